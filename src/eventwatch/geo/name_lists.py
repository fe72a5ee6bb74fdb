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


def confirm_containment(text: str, spans: list[NameSpan], people: frozenset[str] = frozenset()) -> None:
    """"Snetterton, Norfolk", "Thruxton, Hampshire": where the gazetteer puts a reading of the first name
    inside a reading of the second, a division or a country, the pair vouches for both. Two names that agree
    this way are seldom a coincidence; each alone may be a surname or a namesake, so neither need wait for
    another place in the text to support it.

    Lists ("Smith, Jones, Brown") are left alone: there a comma joins equals, and among many surnames two
    readings agree by chance. So are words the document uses as people's names.
    """
    in_list = list_members(text, spans)
    for a_idx, a in enumerate(spans):
        if a.container is None:
            continue
        b = spans[a.container]
        if a.demonym or b.demonym or a.unknown or b.unknown or not a.locational or not b.locational:
            continue
        if a.norm in people or b.norm in people:
            continue
        if a_idx in in_list or a.container in in_list:
            continue
        if any(inside(ca, cb) for ca in a.candidates if ca.exact for cb in b.candidates if cb.exact):
            a.firm = b.firm = True


def inside(a, b) -> bool:
    """Whether place a lies in the division or country b by the gazetteer's codes."""
    if a.id == b.id or not a.country_code or a.country_code != b.country_code:
        return False
    code = b.feature_code
    if code.startswith("PCL"):
        return not a.feature_code.startswith("PCL")
    if code == "ADM1":
        return a.feature_code != "ADM1" and bool(a.admin1_code) and a.admin1_code == b.admin1_code
    if code == "ADM2":
        if a.feature_code in ("ADM1", "ADM2") or not a.admin1_code or a.admin1_code != b.admin1_code:
            return False
        return a.admin2_code is None or a.admin2_code == b.admin2_code
    return False


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
    """Whether the name follows another after a comma ("Slidell, La.") or in brackets after it ("Walker
    County (Ga.)"): where a state's or province's abbreviation stands in news style."""
    return any(o.end <= s.start and re.fullmatch(r"\s*,\s*|\s*\(", text[o.end : s.start]) for o in spans)
