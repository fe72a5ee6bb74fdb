"""The word English news uses for some countries' first-level divisions ("Borno State", "the Far North
region"), which chooses between two countries' first-level divisions of one name when the story does not.

Why: "Adamawa" is both Nigeria's state and (as Cameroon's press writes Adamaoua) Cameroon's region. The name
alone is read by the story's other places, and a writer who puts "region" beside it leans to the country that
calls its divisions so. But English writers use "region" and "province" loosely ("the Amazonas region" is
common for Brazil's state), so the word is weak evidence: a tie-breaker, never a filter over what the story
says. The word is noted while the name's context is read (`note_first_level_word`) and weighed only once all
of the story's names are known (`readings_by_first_level_words`): a story that names the other country or a
place in it ("the Adamawa region of Nigeria", "... police said in Yola") keeps that country's reading for the
resolver to weigh. Only between first-level readings in countries listed here, and only where the word fits
some of them and not the others: a country left out keeps its readings.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.name_span import NameSpan

# The word each country's first-level divisions are called in English-language reporting. A country is listed
# under one word only, and only where that word is the settled usage and GeoNames' ADM1 rows are those
# divisions (Kenya's ADM1 rows are its counties since 2013, not its former provinces: left out).
_FIRST_LEVEL_WORD: dict[str, str] = {
    **dict.fromkeys(("NG", "US", "IN", "MX", "BR", "AU", "MY", "SD", "SS", "VE"), "state"),
    **dict.fromkeys(("CM", "GH", "ET", "IT", "FR", "SN", "ML", "TZ", "GN", "BF", "NE", "CL", "PE", "TG"), "region"),
    **dict.fromkeys(("CA", "PK", "AF", "IR", "TR", "CD", "ZA", "ZM"), "province"),
}


def note_first_level_word(s: NameSpan, word: str) -> None:
    """Note the division word beside a name whose first-level readings lie in countries that call such a
    division by different words ("the Adamawa region"); weighed later by `readings_by_first_level_words`."""
    if _disfavoured(s, word):
        s.first_level_word = word


def readings_by_first_level_words(text: str, spans: Sequence[NameSpan]) -> None:
    """Drop the first-level readings a noted division word disfavours ("the Adamawa region": not Nigeria's
    state), unless another place of the story lies in that country ("near Yola", "officials in Manaus"): the
    story outweighs the word. Where the story names both countries, the word
    breaks the tie."""
    noted = [k for k, s in enumerate(spans) if s.first_level_word]
    if not noted:
        return
    for k in noted:
        s = spans[k]
        word = s.first_level_word or ""
        dropped = _disfavoured(s, word)
        if not dropped:
            continue
        named = _story_countries(text, spans, k)
        if named & dropped:
            continue  # the story speaks of the country the word would drop: its reading stays to be weighed
        s.candidates = [c for c in s.candidates if c.feature_code != "ADM1" or c.country_code not in dropped]


def _disfavoured(s: NameSpan, word: str) -> frozenset[str]:
    """The countries of the name's exact first-level readings that call such a division otherwise, where a
    reading in a country that uses `word` stays; empty where the word decides nothing."""
    firsts = [c for c in s.candidates if c.exact and c.feature_code == "ADM1"]
    if len({c.country_code for c in firsts}) < 2 \
            or not any(_FIRST_LEVEL_WORD.get(c.country_code) == word for c in firsts):
        return frozenset()
    return frozenset(c.country_code for c in s.candidates if c.feature_code == "ADM1"
                     and _FIRST_LEVEL_WORD.get(c.country_code, word) != word)


def _story_countries(text: str, spans: Sequence[NameSpan], skip: int) -> frozenset[str]:
    """The countries the story's other towns and divisions lie in by their likeliest exact reading (the most people) ("near Yola", "officials
    in Chandigarh"). Not a country's own name elsewhere in the story (a neighbour is named as often: "the River
    Benue crosses into Nigeria"; one stated with the name is read where the word is noted), not a demonym, not
    a name that only modifies a word ("Yola-born"), and not a division written with its own country's word
    ("the Adamawa region and Borno State": the writer set the two words against each other). Only towns and
    divisions: a river or a range crosses borders ("the River Benue")."""
    out: set[str] = set()
    for m, o in enumerate(spans):
        if m == skip or o.unknown or o.demonym or not o.candidates or text[o.end : o.end + 1] in ("-", "‐"):
            continue
        towns = [c for c in o.candidates if c.exact and c.country_code and c.feature_code.startswith(("PPL", "ADM"))]
        if not towns or o.norm.rsplit(" ", 1)[-1] in _WORDS or o.cue in _WORDS:
            continue
        out.add(max(towns, key=lambda c: c.population or 0).country_code)
    return frozenset(out)


_WORDS = frozenset(_FIRST_LEVEL_WORD.values())
