"""How names next to each other relate: one inside another ("Saraqib, Idlib"), or equals in a list
("Becker, Clay and Douglas counties"), sharing a cue written once.
"""
from __future__ import annotations

import re

from eventwatch.geo.name_span import NameSpan

CONTAINMENT_GAP = re.compile(
    r"\s*,\s*|\s*\(\s*|\s+(?:in|near|outside|of)\s+(?:the\s+)?(?:[a-z-]+ern\s+|(?:north|south|east|west)[a-z-]*\s+)?"
    r"(?:(?:rural|countryside\s+of)\s+)?",
)
LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def link_containers(text: str, spans: list[NameSpan]) -> None:
    """"Saraqib, Idlib" / "Atarib in western rural Aleppo": the second name contains the first.

    In a list ("Becker, Clay, Douglas and Grant"; "Ohio, Indiana, Illinois") a comma joins equals, so
    there a name contains the one before it only where it can be a larger kind of place than that one
    ("Saraqib, Idlib, Syria").
    """
    in_list = list_members(text, spans)
    for a_idx in range(len(spans) - 1):
        a, b = spans[a_idx], spans[a_idx + 1]
        if b.demonym or b.unknown or a.demonym:
            continue
        gap = text[a.end : b.start]
        if len(gap) <= 40 and CONTAINMENT_GAP.fullmatch(gap):
            if a_idx in in_list and a_idx + 1 in in_list and level(b) <= level(a):
                continue
            a.container = a_idx + 1


def list_members(text: str, spans: list[NameSpan]) -> set[int]:
    """Indices of names in runs of three or more joined by commas (or a final "and"/"or")."""
    out: set[int] = set()
    run = [0] if spans else []
    for k in range(1, len(spans) + 1):
        if k < len(spans) and LIST_GAP.fullmatch(text[spans[k - 1].end : spans[k].start]):
            run.append(k)
            continue
        if len(run) >= 3:
            out.update(run)
        run = [k]
    return out


def level(s: NameSpan) -> int:
    """The largest kind of place a name can be: 2 a country, 1 a first-level division, 0 anything smaller."""
    codes = {c.feature_code for c in s.candidates if c.exact}
    if any(fc.startswith("PCL") or fc == "CONT" for fc in codes):
        return 2
    return 1 if "ADM1" in codes else 0


def spread_plural_cues(text: str, spans: list[NameSpan], plural: dict[str, str]) -> None:
    """"Becker, Clay and Douglas counties": the plural division word after a list applies to every name."""
    for k in range(len(spans) - 1, -1, -1):
        m = NEXT_WORD.match(text, spans[k].end)
        if m is None or m.group(1) not in plural:
            continue
        word = m.group(1)
        j = k
        while True:
            spans[j].vague, spans[j].cue = plural[word], word
            if j == 0 or not LIST_GAP.fullmatch(text[spans[j - 1].end : spans[j].start]):
                break
            j -= 1


def spread_place_cues(text: str, spans: list[NameSpan]) -> None:
    """"in Khalasa and Thiban", "near Saraqib, Sarmin and Binnish": a place cue covers the whole list."""
    for k in range(1, len(spans)):
        a, b = spans[k - 1], spans[k]
        if a.firm and a.locational and not a.demonym and b.cue is None and not b.demonym and b.locational \
                and LIST_GAP.fullmatch(text[a.end : b.start]):
            b.cue, b.firm = a.cue, True


def after_comma(text: str, s: NameSpan, spans: list[NameSpan]) -> bool:
    return any(o.end <= s.start and re.fullmatch(r"\s*,\s*", text[o.end : s.start]) for o in spans)
