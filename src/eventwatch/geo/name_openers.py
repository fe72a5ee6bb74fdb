"""A small place's one-word name opening a longer capitalised name after "the": the name's first word.

"sentenced in the Home Circuit Court", "families gathered outside the Justice Palace", "won the Liberty Bell
Trophy": an institution, a building or an event whose proper name starts with an ordinary word that is also a
hamlet's name somewhere ("Home", "Justice", "Liberty"). News writes a town bare, without "the"; "the" before a
one-word name that runs on into more capitalised words opens the longer name, and the corpora leave a town
inside another entity's name out or optional (a small town's own name opening a firm's, a club's or a
society's is read so as well: the LGL corpus leaves "the X Funeral Home", "the X Society" out). Kept: a reading
strong on its own (a country, a first-level division, a curated feature, a city of 100,000), a town of note
("the Bath Assembly Rooms" is in Bath), a name the recogniser placed by its kind (a dateline, a street, a
feature, a facility), a town opening a civic building's or body's name ("the Westbury Public Library", which
geo/civic_namesakes.py returns embedded: such buildings are named after the town they serve), a name before
another place's name ("the Mallaig Skye ferry"), and a name before a word of
place kind ("the Hope Valley", "the Akaroa Cove", "the Hokitika Estuary"), which names the place or its waters.
"""
from __future__ import annotations

from eventwatch.geo.civic_namesakes import opens_civic_name
from eventwatch.geo.common_word_names import KIND_CUES, TOWN_OF_NOTE
from eventwatch.geo.common_word_names import _beside_a_firm_place as beside_a_firm_place
from eventwatch.geo.name_span import NameSpan, strong
from eventwatch.geo.normalise import Token
from eventwatch.geo.title_case import title_word

# Words of place kind the recogniser's place nouns (`place_nouns`: its vague-after words, feature heads and
# kinds of division) lack: the waters, shores and lands round a town a run may end in ("the Akaroa Cove", "the
# Gimli Lowlands"). Not a ridge, a point or a pass ("the Glacier Ridge"): a feature named on its own, whose first
# word is seldom the town meant.
_MORE_PLACE_KINDS = frozenset({
    "cove", "estuary", "inlet", "lagoon", "reef", "sound", "roads", "foreshore", "headland",
    "range", "ranges", "gorge", "delta", "basin", "glacier", "swamp", "wetlands", "lowlands", "uplands",
    "valleys", "isles", "corridor", "border", "road", "street", "avenue", "highway", "borough", "barangay",
    "estate", "department", "camp", "ward"})
# Place kinds that also close a body's or a site's name when capitalised ("the Liberty Zone", "the Justice
# Department", "the Hope Camp"): they make the run a place only written in lower case after it ("the Mir Ali
# tehsil", "the Liberty camp").
_LOWER_CASE_ONLY = frozenset({"department", "sector", "zone", "state", "states", "camp", "area", "ward"})


def _runs_into_a_place_kind(tokens: list[Token], k: int, kinds: frozenset[str]) -> bool:
    """Whether the capitalised run from token `k` holds or ends before a word of place kind ("the Hope Valley",
    "the Mir Ali tehsil"): then the whole run names a place."""
    while k < len(tokens) and title_word(tokens[k]):
        if tokens[k].norm in kinds and tokens[k].norm not in _LOWER_CASE_ONLY:
            return True
        k += 1
    return k < len(tokens) and tokens[k].norm in kinds


def name_openers(text: str, tokens: list[Token], spans: list[NameSpan], place_nouns: frozenset[str]) -> list[NameSpan]:
    """Drop the one-word names that open a longer capitalised name after "the" (see the module's docstring).

    `place_nouns` are the recogniser's words of place kind."""
    drop: set[int] = set()
    written: dict[str, int] = {}
    # Names read on their own (not inside a longer name, nor a people's word as in "the Arab-Israeli conflict").
    starts = frozenset(s.i for s in spans if s.cue != "embedded" and not s.demonym)
    kinds = place_nouns | _MORE_PLACE_KINDS
    for s in spans:
        written[s.norm] = written.get(s.norm, 0) + 1
    for s in spans:
        if s.j - s.i != 1 or s.i == 0 or s.j >= len(tokens) \
                or s.demonym or s.unknown or s.facility or s.cue in KIND_CUES:
            continue
        before, after = tokens[s.i - 1], tokens[s.j]
        # A capitalised word that is itself a name read ("the Mallaig Skye ferry") is another place, not the
        # rest of this one's longer name.
        if before.norm != "the" or after.start != s.end + 1 or not title_word(after) or s.j in starts \
                or not title_word(tokens[s.i]) or _runs_into_a_place_kind(tokens, s.j, kinds) \
                or opens_civic_name(text, s.start, s.end):
            continue
        if any(c.exact and (strong(c) or c.population >= TOWN_OF_NOTE) for c in s.candidates) \
                or written[s.norm] > 1 or beside_a_firm_place(s, spans):
            continue
        drop.add(id(s))
    return [s for s in spans if id(s) not in drop] if drop else spans
