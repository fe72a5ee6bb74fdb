"""A province written in brackets after the place it holds: "X district (Y)", "Kolongo (X cercle, Y)".

Event datasets' notes (ACLED's above all) and the flash updates that copy them write the first-level
division in brackets after the event's place, alone or after the second-level one ("in Hays district
(Hudaydah)", "at X (Y district, Z)"). The bracketed name is then the division, even where the gazetteer also
holds a town of that name, usually its capital: "(Al Hudaydah)" after a district of that governorate is the
governorate, and the event is in the district, not in the capital city. After a village the gazetteer lacks
("in Thiban (Dayr az Zawr)") the bracket is the province too: the village stands in there, not at its capital.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan

_FIRST_LEVEL = ("ADM1", "ADM1H")
# The bracket opened right after the held place, and the one closed right after the division.
_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
# What follows the bracket's first name in ACLED's chain: the bracket's end or the next, larger division.
_BRACKET_GOES_ON = re.compile(r"\s*[),]")


def mark_bracketed_divisions(text: str, spans: Sequence[NameSpan]) -> None:
    """Read as a first-level division (vague "admin1") each bare name that closes a bracket opened right after
    a place of the same country, or after such a place's lower division and a comma ("X (Y)", "X (W
    district, Y)"), where the name has a first-level reading in a country the place has a reading in."""
    mark_bracketed_holders(text, spans)
    for k in range(1, len(spans)):
        s = spans[k]
        if s.vague is not None or s.demonym or not s.locational or _CLOSE.match(text, s.end) is None:
            continue
        first_level = _first_level_countries(s)
        if not first_level:
            continue
        held = _held_place(text, spans, k)
        if held is None:
            pair = _bare_pair(text, spans, k)
            if pair is not None:
                pair.vague, s.vague = "admin2", "admin1"
            continue
        if not any(c.country_code in first_level for c in held.candidates) and not _cued_unknown(held):
            continue
        s.vague = "admin1"
        s.candidates = [_spelt_as_its_capital(c, s) for c in s.candidates]


def mark_bracketed_holders(text: str, spans: Sequence[NameSpan]) -> None:
    """Make firm the bare name opening a bracket right after a cued or unknown place ("at X (Y, Z)", "at X
    (Y)"): ACLED's notes place a village the gazetteer may lack by its district in brackets, and that district
    has no cue of its own, so without this a town of modest size there ("Djibo", read alone) would need another
    place to vouch for it, and the village would have nothing to stand in at. Either way the bracketed name is
    a place: the village's district, or the village's other spelling."""
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if s.firm or s.cue is not None or s.demonym or not s.locational or not prev.locational or prev.demonym:
            continue
        if not (prev.unknown or prev.firm or prev.cue is not None) or not any(c.exact for c in s.candidates):
            continue
        prev_end = prev.phrase_end if prev.phrase_end >= 0 else prev.end
        if prev_end <= s.start and _OPEN.fullmatch(text, prev_end, s.start) \
                and _BRACKET_GOES_ON.match(text, s.end) is not None:
            s.firm = True


def _bare_pair(text: str, spans: Sequence[NameSpan], k: int) -> NameSpan | None:
    """The bare name opening an ACLED-style bracket "X (W, Y)" that span `k` closes, when W has a
    second-level reading lying in a first-level reading of Y: the note gives the place's district and province
    without division words ("Porga (Materi, Atakora)"), so W is that district, not its namesake seat town.
    X must be a place: US copy writes "(Town, State)" asides after anything."""
    s, prev = spans[k], spans[k - 1]
    if prev.vague is not None or prev.demonym or not prev.locational or text[prev.end : s.start].strip() != ",":
        return None
    if k < 2 or not spans[k - 2].locational or spans[k - 2].demonym:
        return None
    # The bracket notes a place written right before it ("Porga (Materi, Atakora)"); an aside after a common
    # noun or a person ("the plant (Marion, Ohio)") names a town and its state.
    before_end = spans[k - 2].phrase_end if spans[k - 2].phrase_end >= 0 else spans[k - 2].end
    if before_end > prev.start or _OPEN.fullmatch(text, before_end, prev.start) is None:
        return None
    provinces = {c.admin1_code for c in s.candidates if c.exact and c.feature_code in _FIRST_LEVEL}
    if not any(c.exact and c.feature_code == "ADM2" and c.admin1_code in provinces for c in prev.candidates):
        return None
    return prev


def _cued_unknown(held: NameSpan) -> bool:
    """Whether the bracket's place is a village the gazetteer lacks, cued as a place ("in Thiban (Dayr az
    Zawr)"): its bracket is the province the note places it in, as after a known place, and an unknown name has
    no country of its own to check the province against."""
    return not any(c.exact for c in held.candidates) and (held.firm or held.cue is not None)


def _first_level_countries(s: NameSpan) -> set[str]:
    """The countries where the bracketed name is a first-level division: spelt as the division, or as the
    division's namesake capital when the spelling only matches the town ("(Dayr az Zawr)" is written as the
    city's alternate name; the governorate around it bears the same name)."""
    towns = {(c.country_code, c.admin1_code) for c in s.candidates if c.exact and c.feature_code.startswith("PPL")}
    return {c.country_code for c in s.candidates if c.feature_code in _FIRST_LEVEL
            and (c.exact or (c.country_code, c.admin1_code) in towns and _same_name(c, s))}


def _spelt_as_its_capital(c, s: NameSpan):
    """Reading c, taken as spelt exactly where it is a first-level division bearing the name of a town reading the
    note spells exactly ("(Dayr az Zawr)": the city's alternate name, the governorate's too). A copy: readings
    are shared by every document naming the place."""
    if c.exact or c.feature_code not in _FIRST_LEVEL or not _same_name(c, s):
        return c
    return dataclasses.replace(c, similarity=100.0)


def _same_name(division, s: NameSpan) -> bool:
    """Whether the division bears the name of the town reading spelt exactly (not a fuzzy near-miss)."""
    return any(c.exact and c.name == division.name for c in s.candidates)


def _held_place(text: str, spans: Sequence[NameSpan], k: int) -> NameSpan | None:
    """The place whose bracket span `k` closes: the name right before the bracket ("X district (Y)"), or the
    lower division written first inside it ("(X district, Y)"), with the place before the bracket standing
    for it when that division is unknown."""
    s, prev = spans[k], spans[k - 1]
    prev_end = prev.phrase_end if prev.phrase_end >= 0 else prev.end
    if prev_end > s.start:
        return None
    gap = text[prev_end : s.start]
    if _OPEN.fullmatch(gap):
        return prev  # "Hays district (Al Hudaydah)"
    start = prev.phrase_start if prev.phrase_start >= 0 else prev.start
    if gap.strip() == "," and prev.vague == "admin2" and text[:start].rstrip().endswith("("):
        return prev  # "(Daquq district, Kirkuk)"
    return None
