"""A small place's one-word name opening a longer capitalised name after "the": the name's first word.

"sentenced in the Home Circuit Court", "families gathered outside the Justice Palace", "won the Liberty Bell
Trophy": an institution, a building or an event whose proper name starts with an ordinary word that is also a
hamlet's name somewhere ("Home", "Justice", "Liberty"). News writes a town bare, without "the"; "the" before a
one-word name that runs on into more capitalised words opens the longer name, and the corpora leave a town
inside another entity's name out or optional. Kept: a reading strong on its own (a country, a first-level
division, a curated feature, a city of 100,000), a town of note ("the Bath Assembly Rooms" is in Bath), a name
the recogniser placed by its kind (a dateline, a street, a feature, a facility), and a name before a word of
place kind ("the Hope Valley", "the Orange River"), which names the place itself.
"""
from __future__ import annotations

from eventwatch.geo.common_word_names import TOWN_OF_NOTE
from eventwatch.geo.common_word_names import _beside_a_firm_place as beside_a_firm_place
from eventwatch.geo.name_span import NameSpan, strong
from eventwatch.geo.normalise import Token

# Cues that name the place by its kind or its role in the text, whatever follows it.
_KEEPING_CUES = frozenset({"dateline", "street", "road", "feature", "facility"})
# Words of place kind after the name: the run names a place ("the Hope Valley"), not an institution.
_PLACE_KINDS = frozenset({
    "valley", "river", "lake", "bay", "island", "islands", "isles", "peninsula", "mountains", "mountain", "hills",
    "range", "plains", "plain", "plateau", "desert", "forest", "coast", "delta", "gorge", "strait", "sea", "gulf",
    "county", "district", "region", "province", "state", "parish", "township", "borough", "city", "town",
    "village", "estate", "road", "street", "avenue", "highway", "canal", "creek", "falls", "basin", "heights",
    # a division or quarter written in lower case after the whole run ("the Mir Ali tehsil"): the run is its name
    "tehsil", "upazila", "woreda", "governorate", "municipality", "commune", "department", "prefecture", "oblast",
    "raion", "lga", "sector", "zone", "territory", "ward", "barangay", "camp", "area", "neighbourhood",
    "neighborhood", "quarter", "suburb", "subdistrict", "locality"})


def _title_word(t: Token) -> bool:
    w = t.text
    return len(w) > 1 and w[:1].isupper() and w[1:].islower() and w.isalpha()


def _runs_into_a_place_kind(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised run from token `k` holds or ends before a word of place kind ("the Hope Valley",
    "the Mir Ali tehsil"): then the whole run names a place."""
    while k < len(tokens) and _title_word(tokens[k]):
        if tokens[k].norm in _PLACE_KINDS:
            return True
        k += 1
    return k < len(tokens) and tokens[k].norm in _PLACE_KINDS


def name_openers(text: str, tokens: list[Token], spans: list[NameSpan]) -> list[NameSpan]:
    """Drop the one-word names that open a longer capitalised name after "the" (see the module's docstring)."""
    drop: set[int] = set()
    written: dict[str, int] = {}
    for s in spans:
        written[s.norm] = written.get(s.norm, 0) + 1
    for s in spans:
        if s.j - s.i != 1 or s.i == 0 or s.j >= len(tokens) or s.demonym or s.unknown or s.facility \
                or s.cue in _KEEPING_CUES:
            continue
        before, after = tokens[s.i - 1], tokens[s.j]
        if before.norm != "the" or after.start != s.end + 1 or not _title_word(after) \
                or not _title_word(tokens[s.i]) or _runs_into_a_place_kind(tokens, s.j):
            continue
        if any(c.exact and (strong(c) or c.population >= TOWN_OF_NOTE) for c in s.candidates) \
                or written[s.norm] > 1 or beside_a_firm_place(s, spans):
            continue
        drop.add(id(s))
    return [s for s in spans if id(s) not in drop] if drop else spans
