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

from collections import Counter
from typing import Sequence

from eventwatch.geo.name_span import NameSpan

# The word each country's first-level divisions are called in English-language reporting. A country is listed
# under one word only, and only where that word is the settled usage and GeoNames' ADM1 rows are those
# divisions (Kenya's ADM1 rows are its counties since 2013, not its former provinces: left out).
_FIRST_LEVEL_WORD: dict[str, str] = {
    **dict.fromkeys(("NG", "US", "IN", "MX", "BR", "AU", "MY", "SD", "SS", "VE"), "state"),
    **dict.fromkeys(("CM", "GH", "ET", "IT", "FR", "SN", "ML", "TZ", "GN", "BF", "NE", "CL", "PE", "TG"), "region"),
    **dict.fromkeys(("CA", "PK", "AF", "IR", "TR", "CD", "ZA", "ZM"), "province"),
    # The countries that call their first-level divisions departments (Spanish America's, and Haiti, Benin and
    # Congo-Brazzaville as cues.yaml division_levels does): "Bolívar state" is Venezuela's, where Colombia's was
    # read, and "Plateau state" Nigeria's, not Benin's. The listing works one way only: "department" is no
    # division word after a name (cues.yaml leaves it out of vague_after: "a department store"), so it is never
    # noted, and "Bolívar department" is read by the story alone.
    **dict.fromkeys(("CO", "BO", "PY", "UY", "GT", "HN", "SV", "NI", "HT", "BJ", "CG"), "department"),
}


def first_level_word(country_code: str) -> str | None:
    """The word English reporting calls the country's first-level divisions ("state" for South Sudan), if
    settled."""
    return _FIRST_LEVEL_WORD.get(country_code)


def note_first_level_word(s: NameSpan, word: str) -> None:
    """Note the division word beside a name whose first-level readings lie in countries that call such a
    division by different words ("the Adamawa region"); weighed later by `readings_by_first_level_words`."""
    if _disfavoured(s, word):
        s.first_level_word = word


def readings_by_first_level_words(text: str, spans: Sequence[NameSpan]) -> None:
    """Drop the first-level readings a noted division word disfavours ("the Adamawa region": not Nigeria's
    state), unless another place of the story lies in that country ("near Yola", "officials in Manaus"): the
    story outweighs the word. Where the story speaks of both countries ("Cameroonian troops ... from Mubi"), the
    word breaks the tie. The story's countries are read once per document: a regional digest notes the word
    beside many names."""
    noted = [k for k, s in enumerate(spans) if s.first_level_word]
    if not noted:
        return
    countries = _span_countries(text, spans)
    tallies: dict[tuple[frozenset[str], frozenset[str]], Counter[str]] = {}  # how many spans speak of each country
    for k in noted:
        s = spans[k]
        word = s.first_level_word or ""
        dropped = _disfavoured(s, word)
        if not dropped:
            continue
        favoured = {c.country_code for c in s.candidates if c.feature_code == "ADM1"
                    and _FIRST_LEVEL_WORD.get(c.country_code) == word}
        if _far_larger(s, dropped, favoured):
            continue  # "the Amazonas region": Brazil's state, though Peru calls its divisions regions
        key = (dropped, frozenset(favoured))
        if key not in tallies:
            tallies[key] = Counter(c for entry in countries for c in _speaks_of(entry, dropped, favoured))
        tally, mine = tallies[key], _speaks_of(countries[k], dropped, favoured)
        named = {c for c, n in tally.items() if n > (c in mine)}
        if named & dropped and not named & favoured:
            continue  # the story speaks of the country the word would drop: its reading stays to be weighed
        s.candidates = [c for c in s.candidates if c.feature_code != "ADM1" or c.country_code not in dropped]


# How many times the people of the word's own reading a division the word disfavours must hold for the word
# to decide nothing: Brazil's Amazonas against Peru's (35 times), not Pakistan's Punjab against India's (5 times)
# nor Nigeria's Adamawa against Cameroon's (2 times), where the word breaks the tie.
_FAR_LARGER = 10


def _far_larger(s: NameSpan, dropped: frozenset[str], favoured: set[str]) -> bool:
    """Whether the name's most populous first-level reading lies in a country the word disfavours and holds
    at least `_FAR_LARGER` times the people of every reading the word favours: writers put "region" or "state"
    loosely beside a famous division, so the word is a tie-breaker between comparable readings only."""
    firsts = [c for c in s.candidates if c.exact and c.feature_code == "ADM1"]
    if not firsts:
        return False
    top = max(firsts, key=lambda c: c.population or 0)
    kept = max((c.population or 0 for c in firsts if c.country_code in favoured), default=0)
    return top.country_code in dropped and (top.population or 0) >= _FAR_LARGER * max(kept, 1)


def _speaks_of(entry: "_Countries", dropped: frozenset[str], favoured: set[str]) -> frozenset[str]:
    """The countries a span speaks of for a word that drops `dropped` and keeps `favoured`: its town's country
    unless it has likely namesakes on both sides, and a country it names outright only for the word's side."""
    top, likely, own = entry
    return (top if not (likely & dropped and likely & favoured) else frozenset()) | (own & favoured)


def _disfavoured(s: NameSpan, word: str) -> frozenset[str]:
    """The countries of the name's exact first-level readings that call such a division otherwise, where a
    reading in a country that uses `word` stays; empty where the word decides nothing."""
    firsts = [c for c in s.candidates if c.exact and c.feature_code == "ADM1"]
    if len({c.country_code for c in firsts}) < 2 \
            or not any(_FIRST_LEVEL_WORD.get(c.country_code) == word for c in firsts):
        return frozenset()
    return frozenset(c.country_code for c in s.candidates if c.feature_code == "ADM1"
                     and _FIRST_LEVEL_WORD.get(c.country_code, word) != word)


_Countries = tuple[frozenset[str], frozenset[str], frozenset[str]]


def _span_countries(text: str, spans: Sequence[NameSpan]) -> list[_Countries]:
    """For each span: the country its town or division lies in by its likeliest exact reading (the most people:
    "near Yola", "officials in Chandigarh"); every country holding a namesake of at least a tenth of those
    people; and the country it names outright (a country's name or a demonym: "Cameroonian troops"), which
    counts only for the word's own country.

    A town with likely namesakes in both countries the word sets apart ("officials in Hyderabad": India's or
    Pakistan's) decides neither, as which one the story chose is read only later. Not a country's own name for the country the word drops (a neighbour is named as often: "the
    River Benue crosses into Nigeria"; one stated with the name is read where the word is noted), not a name
    that only modifies a word ("Yola-born"), and not a division written with its own country's word ("the
    Adamawa region and Borno State": the writer set the two words against each other). Only towns and
    divisions: a river or a range crosses borders ("the River Benue")."""
    out: list[_Countries] = []
    none: frozenset[str] = frozenset()
    for o in spans:
        if o.unknown or not o.candidates or text[o.end : o.end + 1] in ("-", "‐"):
            out.append((none, none, none))
            continue
        exact = [c for c in o.candidates if c.exact]
        if o.demonym or exact and max(exact, key=lambda c: c.population or 0).feature_code.startswith("PCL"):
            out.append((none, none, frozenset(c.country_code for c in o.candidates
                                              if c.country_code and c.feature_code.startswith("PCL"))))
            continue
        towns = [c for c in exact if c.country_code and c.feature_code.startswith(("PPL", "ADM"))]
        if not towns or o.norm.rsplit(" ", 1)[-1] in _WORDS or o.cue in _WORDS:
            out.append((none, none, none))
            continue
        top = max(towns, key=lambda c: c.population or 0)
        likely = frozenset(c.country_code for c in towns if (c.population or 0) * 10 >= (top.population or 0))
        out.append((frozenset({top.country_code}), likely, none))
    return out


_WORDS = frozenset(_FIRST_LEVEL_WORD.values())
