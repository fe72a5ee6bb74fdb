"""Names written with a saint's abbreviation ("St. Charles County", "Ste. Genevieve County").

The gazetteer writes many such names only in full ("Saint Charles County"), so the automaton finds the
abbreviated name nowhere and finds the rest of it ("Charles County") as another place, often in another
state. A reader never drops the saint's word: "St. Charles" is not "Charles". The name is read whole under
its written-out spelling when the gazetteer holds one, and the hit that leaves the saint's word out is
dropped either way, so a shorter whole hit ("St. Charles", before "County") is read instead.

A mountain's or a fort's abbreviation ("Mt. Pleasant", "Ft. Lee") is read the same way, and the written-out
spelling is read beside the abbreviated one even where the gazetteer also holds the abbreviation: GeoNames
gives "Mt Pleasant" as a spelling of a few of the towns called "Mount Pleasant" only, so the abbreviation
alone would leave out the namesake the story's other places point to. A saint's abbreviation held as written
("St James": a London district, an Australian suburb; "St. Clair": a few small towns, and a surname) is read
under its written-out spelling beside it only where that spelling holds a first-level division the written one
lacks, in a country where another name of the story is likeliest read (as a capital, a country or a division,
else as its most populous namesake): Jamaica's and Barbados' parishes are written "Saint James" and "Saint
Michael" only, and a Montego Bay story means the parish, while a Vermont story's "St. Catherine" is no Jamaican
one. Not against a land of another country qualifying it ("St Catherine, Missouri"); after a forename the name
is a surname ("Shane St James") and read as no place at all. Towns written out ("Saint Clair, Michigan") are not
added: a surname repeated through a school story would find one of them near its places.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Container, Protocol, Sequence

from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.normalise import normalise
from eventwatch.geo.store import NAME_MAIN

# The abbreviation (as the tokenizer folds it) and the word it stands for.
SAINT_WORDS = {"st": "Saint", "ste": "Sainte", "saint": "Saint", "sainte": "Sainte"}
# Abbreviated first words that stand for a word every namesake writes out ("Mt." for "Mount").
GENERIC_WORDS = {"mt": "Mount", "ft": "Fort"}
_WRITTEN_OUT = {**SAINT_WORDS, **GENERIC_WORDS}
# A city this large bearing the abbreviated spelling as its own name ("St. Louis", "St. Paul") is what the
# abbreviation names: a division written out elsewhere is not added beside it.
CITY_OF_NOTE = 50_000
# Words that make the saint's name after them a feature's or a fort's ("Lake St. Catherine" in Vermont, "Fort St.
# John"): no division written out elsewhere is added to it.
_FEATURE_WORDS_BEFORE = frozenset({"lake", "mount", "mt", "fort", "ft", "cape", "isle", "port", "point"})
_GAPS = (" ", ". ")
# What stands on or by a street and takes its name ("Fort St Bridge", "Port St Mall"): the street's "St", no saint's;
# so does any facility's head word (facilities.yaml: "Lake St Hospital", "Cape St Church").
_NAMED_AFTER_A_STREET = frozenset({
    "bridge", "mall", "station", "market", "tunnel", "underpass", "overpass", "flyover", "junction", "roundabout",
    "interchange", "crossing", "wharf", "pier", "jetty", "terminal", "precinct", "plaza", "arcade", "depot",
})


class _Keys(Protocol):
    def keys_for(self, name: str) -> list[int]: ...

    def candidates(self, key_ids: Sequence[int], norm: str) -> list: ...


def saint_before(text: str, tokens: Sequence, i: int) -> str | None:
    """The written-out word right before token i ("St. " -> "Saint", "Mt. " -> "Mount"), if there is one.

    "MT" without its period is Montana's postal code ("Helena, MT Police"), not a mountain."""
    if i == 0:
        return None
    prev = tokens[i - 1]
    word = _WRITTEN_OUT.get(prev.norm)
    if word is None or not prev.text[:1].isupper():
        return None
    gap = text[prev.end : tokens[i].start]
    if gap not in _GAPS or (gap == ". " and prev.norm in ("saint", "sainte")):
        return None
    if gap == " " and prev.norm in GENERIC_WORDS and prev.text.isupper():
        return None
    return word


def saint_inside_feature_name(text: str, tokens: Sequence, k: int, held: Container[int] = ()) -> bool:
    """Whether token k is "St" between a capitalised feature word and a capitalised name ("Port St Johns",
    "Lake St. Clair", "Fort St John"): the saint's abbreviation inside a place's name, not a street's.

    Found while writing the tests of the news probe's sixty-fifth batch, not from one of its stories: "Port St
    Johns" was read both as the town and as a street "Port St" on the same words, and an unheld "Port St
    Charles" as a street and a namesake "St Charles". "St" also ends a street's name ("Port St", "Fort St"),
    but a street's name is not followed by another name in the same run, while a saint's abbreviation always
    is; and a port, a fort, a lake or a cape is named for a saint far more often than a street is named for one
    of them. Two things a street's name is followed by all the same: what stands on or by the street, named
    after it ("Fort St Bridge", "Port St Mall"); and, after "St." with its period, the next sentence, whose
    first word is capitalised for the sentence ("...closed Fort St. Police said", "...on Lake St. Minneapolis
    police said"). So after the period only a saint's name reads on: one the gazetteer holds as "St. X" or
    "Saint X" (`held`: the tokens a held name covers and goes on past, so "St. Croix", "St. Ignace" whatever the
    forename list says), a forename ("St. John", "St. Clair"), or one with the "s" of its parish ("St. Johns",
    "St. Marys")."""
    if k == 0 or k + 1 >= len(tokens) or tokens[k].norm not in ("st", "ste") or not tokens[k].text[:1].isupper():
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    gap = text[tokens[k].end : after.start]
    if before.norm not in _FEATURE_WORDS_BEFORE or not before.text[:1].isupper() \
            or text[before.end : tokens[k].start] != " " or gap not in _GAPS or not after.text[:1].isupper() \
            or after.norm in _NAMED_AFTER_A_STREET or _facility_head(after.norm):
        return False
    return gap == " " or k in held or _saints_name(after.norm) and not person_opens(text, tokens, k + 1)


def person_opens(text: str, tokens: Sequence, k: int, lenient: bool = False) -> bool:
    """Whether a person's full name opens the next sentence at token k after a street's "St." ("Traffic was
    held on Mill St. Ruth Okafor, 38, of Enugu, was charged"), so "St." ends the street and no saint's name
    begins there. A reader sees a street only where every sign agrees:

    - the word before "St." is a street's own word in mid-sentence ("on Mill St."): a sentence's first word
      is capitalised for the sentence ("In St. Charles", "Near St. Joseph"), and a compass, part or locative
      word ("East St. Louis", "Downtown St. Paul") makes a place's name with the saint's, no street's;
    - a forename and one capitalised word that heads no building, street or institution follow, with no third
      capitalised word (cue_readers.person_follows), and that word is no weekday or month ("Fort St. John
      Tuesday") and no country's or state's name ("St. George Utah": the land qualifying the place) unless an
      age or ", who" follows it ("Bay St. John Jordan, 29,": a surname that is also a land's name);
    - the person is then spoken of as a person: an age (", 38,"), "who", "of" a place, or a verb of saying.
      After a title ("Pope St. John Paul", "Queen St.") or a feature's word ("Fort St. John", "Lake St.
      Clair"), both of which also open saints' names, only an age or ", who" will do.
    A saint's name inside a place's is one word ("St. Clair", "St. John"), and what follows it is the place's
    own word ("Fort St. John Hospital") or none. `lenient` takes any person cue after a feature's word as well
    (never after a title: "Bishop St. Patrick Moran said" is the saint's): it is asked only whether a saint's
    name may be read there ("Fort St. Mark Owens said": too weak a sign for a street, too strong for a saint). Imported here, as geo/cue_readers.py reaches this
    module through the facilities it reads."""
    from eventwatch.geo.cue_readers import person_follows
    from eventwatch.geo.land_words import land_words

    if k < 2 or k + 1 >= len(tokens) or tokens[k - 1].norm not in ("st", "ste") \
            or text[tokens[k - 1].end : tokens[k].start] != ". " or not _joined_capital_before(text, tokens, k - 1):
        return False
    cues = load_cues()
    word, surname = tokens[k - 2], tokens[k + 1]
    if word.norm in cues.directions or word.norm in cues.place_part_words or word.norm in cues.locative_before:
        return False
    if (surname.norm in cues.months or surname.norm in land_words()) \
            and _STRONG_PERSON_CUE.match(text, surname.end) is None:
        return False  # "St. George Utah": the land qualifies the place; "St. John Jordan, 29," is a person
    if not person_follows(cues, text, tokens, tokens[k]):  # (bisects any sequence: no copy of the tokens)
        return False
    strict = (not lenient and word.norm in _FEATURE_WORDS_BEFORE) \
        or word.norm in cues.person_titles or word.norm in cues.office_titles  # (a title opens a saint's name)
    return (_STRONG_PERSON_CUE if strict else _PERSON_CUE).match(text, surname.end) is not None


# What follows a person's full name and no place's: an age, "who", "of" a place, a verb of saying; the strong
# ones (an age, ", who") are asked for after a word that also opens a saint's place or name ("Fort", "Pope").
_STRONG_PERSON_CUE = re.compile(r",\s*(?:\d{1,3}\s*,|who\b)")
_PERSON_CUE = re.compile(
    r",\s*(?:\d{1,3}\s*,|who\b)|,?\s+who\b|,?\s+of\s+[A-Z]"
    r"|\s+(?:said|says|told|added|recalled|explained|wrote)\b")


def _facility_head(norm: str) -> bool:
    """Whether a word is a facility's head word (facilities.yaml): imported here, as geo/facilities.py reads this
    module's saint words through geo/saint_buildings.py."""
    from eventwatch.geo.facilities import load_facilities

    return norm in load_facilities().heads


def saint_held(spans: Sequence) -> set[int]:
    """The tokens a name the gazetteer holds covers and goes on past: the "St" of a held "St. Croix" or "Port St.
    Lucie" (`saint_inside_feature_name`'s `held`). Its words are counted once each: linear in the names."""
    return {k for s in spans if not s.unknown for k in range(s.i, s.j - 1)}


def _saints_name(norm: str) -> bool:
    """Whether a word after "St." is a saint's name: a forename, or one with the "s" of a parish or a church
    ("Johns", "Marys", "Helens"). A word of the next sentence ("Police", "Minneapolis") is neither."""
    names = load_cues().given_names
    return norm in names or norm.endswith("s") and norm[:-1] in names


def written_out(name: str) -> str | None:
    """The name with its first word, a saint's abbreviation, written out ("St. Kitts and Nevis" -> "Saint Kitts
    and Nevis"), or None where it starts with none.

    A name asked for whole (a span given to `resolve_names`) is looked up as written, and the gazetteer
    writes many saints' names in full only: the written-out spelling is the same name."""
    head, sep, rest = name.partition(" ")
    word = SAINT_WORDS.get(head.rstrip(".").lower())
    if not sep or not rest or word is None or head.lower() in ("saint", "sainte") or not head[:1].isupper():
        return None
    return f"{word} {rest}"


def saint_hits(gaz: _Keys, text: str, tokens: Sequence, readings: Sequence[str],
               hits: dict[tuple[int, int], list[int]]) -> dict[tuple[int, int], str]:
    """Rewrite the automaton's hits so no name leaves out the saint's word before it: a hit right after
    "St."/"Ste." is replaced by the whole name when the gazetteer holds its written-out spelling, and
    dropped otherwise. Returns, for each whole name added, the written-out spelling its candidates are read
    under (beside the spelling as written)."""
    spelled: dict[tuple[int, int], str] = {}
    story: _StoryLands | None = None  # the other names' countries, counted once per document when first asked
    for i, j in list(hits):
        word = saint_before(text, tokens, i)
        if word is None or not tokens[i].text[:1].isupper():
            continue
        del hits[(i, j)]
        if text[tokens[j - 1].end : tokens[j - 1].end + 2] in ("'s", "’s"):
            continue  # "St. Mark's Cathedral", "St. Mary's": a saint's church or school, read as it stands
        if _after_forename(text, tokens, i - 1):
            hits.pop((i - 1, j), None)
            continue  # "Shane St James, 27,": a person's surname, no place of either spelling
        if _street_before_person(text, tokens, i, hits):
            hits.pop((i - 1, j), None)
            continue  # "...closed Fort St. Mark Davies, 41,": the street ends at "St.", a person opens the sentence
        if _street_before_person(text, tokens, i, hits, lenient=True):
            hits.pop((i - 1, j), None)
            continue  # "...shut Fort St. Mark Owens said": maybe a street, maybe a fort, but no saint's place
        whole = hits.get((i - 1, j), [])
        generic = tokens[i - 1].norm in GENERIC_WORDS
        full = f"{word} {text[tokens[i].start : tokens[j - 1].end]}"
        as_written = gaz.candidates(whole, " ".join(readings[i - 1 : j])) if whole and not generic else []
        if any(c.exact for c in as_written):
            lands = () if _not_a_division_here(text, tokens, hits, i - 1) else \
                _divisions_written_out(gaz, full, whole, as_written)
            if lands:
                story = story if story is not None else _StoryLands(gaz, text, tokens, readings, hits)
                lands = lands & story.but(i - 1, j)
            if not lands or story.qualified_elsewhere(j, lands):
                continue  # the gazetteer writes the name as the text does: read so, as any other name is
        keys = gaz.keys_for(full)
        if keys:
            hits[(i - 1, j)] = sorted(set(whole) | set(keys))
            spelled[(i - 1, j)] = normalise(full)
    return spelled


def _joined_capital_before(text: str, tokens: Sequence, i: int) -> bool:
    """Whether a capitalised word (not one in capitals) stands joined by a space right before the abbreviation at
    token i in mid-sentence: the sentence's first word is capitalised for the sentence."""
    if i == 0:
        return False
    before = tokens[i - 1]
    if not before.text[:1].isupper() or before.text.isupper() or text[before.end : tokens[i].start] != " ":
        return False
    gap = text[tokens[i - 2].end : before.start] if i > 1 else "."
    return not gap.strip(" ,;:\"'“‘()") and "\n" not in gap


def _after_forename(text: str, tokens: Sequence, i: int) -> bool:
    """Whether a forename stands joined right before the abbreviation at token i in mid-sentence ("Shane St
    James, 27,", "fined Marcus St Michael"): the saint's name is the person's surname."""
    return _joined_capital_before(text, tokens, i) and tokens[i - 1].norm in load_cues().given_names


def _street_before_person(text: str, tokens: Sequence, i: int, hits: dict[tuple[int, int], list[int]],
                          lenient: bool = False) -> bool:
    """Whether the abbreviation before token i is a street's "St." joined to a capitalised word before it ("Fort
    St.", "Lake St.") and a person's full name opens right after its period ("Fort St. Mark Davies, 41, of ..."):
    the period ends the street's name and the sentence, and the forename is the next sentence's subject, not a
    saint's (`person_opens`). Never where a longer name the gazetteer holds runs over the street's word and the
    forename ("Fort St. John", "East St. Louis"): the place's name is read whole (asked last, and rarely)."""
    return person_opens(text, tokens, i, lenient) and not any(a < i - 1 and b >= i + 1 for a, b in hits)


def _not_a_division_here(text: str, tokens: Sequence, hits: dict[tuple[int, int], list[int]], i: int) -> bool:
    """Whether the word before the abbreviation at token i makes the saint's name no division: a feature's or a
    fort's word ("Lake St. Catherine" in Vermont, "Fort St. John"), or a capitalised word no place name holds
    joined right before it in mid-sentence (a name the forename list lacks)."""
    if i > 0 and tokens[i - 1].norm in _FEATURE_WORDS_BEFORE:
        return True
    return _joined_capital_before(text, tokens, i) and not any(a <= i - 1 < b for a, b in hits)


def _divisions_written_out(gaz: _Keys, full: str, whole: Sequence[int], as_written: Sequence) -> set[str]:
    """The countries where the written-out spelling ("Saint James") names a first-level division (Jamaica's
    parish) that the abbreviated spelling's own readings ("St James": a London district) do not; none where a
    city of note bears the abbreviated spelling as its own name ("St. Louis" is the city, not Senegal's
    Saint-Louis region). Asked before anything about the story's other names: most saints' names hold none."""
    if any(c.exact and c.kind == NAME_MAIN and (c.population or 0) >= CITY_OF_NOTE for c in as_written):
        return set()
    own = set(whole)
    keys = [k for k in gaz.keys_for(full) if k not in own]
    return {c.country_code for c in gaz.candidates(keys, normalise(full)) if c.exact and c.feature_code == "ADM1"} \
        if keys else set()


def likeliest_country(gaz: _Keys, keys: Sequence[int], norm: str) -> tuple[str, bool] | None:
    """The country a name is read in first, and whether by a land's own reading: that of its first exact
    reading as a country, a capital or a first-level division ("Kingston": Jamaica's capital, not an Australian
    district listed before it), else that of its most populous exact reading ("Montego Bay"). Candidate order
    alone is no likelihood."""
    exact = [c for c in gaz.candidates(keys, norm) if c.exact and c.country_code]
    seat = next((c for c in exact if c.feature_code.startswith(("PCL", "PPLC", "ADM1"))), None)
    if seat is not None:
        return seat.country_code, True
    return (max(exact, key=lambda c: c.population or 0).country_code, False) if exact else None


class _StoryLands:
    """The country each of the story's other names is read in first (`likeliest_country`), worked out once per
    document, so each saint's name asks only which countries the names outside it stand for: a list of parishes
    ("St James, St Ann, St Mary") costs in proportion to its length."""

    def __init__(self, gaz: _Keys, text: str, tokens: Sequence, readings: Sequence[str],
                 hits: dict[tuple[int, int], list[int]]):
        self.text, self.tokens = text, tokens
        self.by_start: dict[int, list[tuple[int, str, bool]]] = {}
        self.counts: Counter = Counter()
        self.longest = 1
        for (a, b), keys in hits.items():
            if saint_before(text, tokens, a) is not None and tokens[a].text[:1].isupper():
                continue  # the name after a saint's abbreviation is read whole with it, or not at all
            read = likeliest_country(gaz, keys, " ".join(readings[a:b]))
            if read is not None:
                cc, land = read
                self.by_start.setdefault(a, []).append((b, cc, land))
                self.counts[cc] += 1
                self.longest = max(self.longest, b - a)

    def but(self, i: int, j: int) -> set[str]:
        """The countries of the names outside tokens i..j."""
        inside: Counter = Counter(cc for a in range(i - self.longest + 1, j) for b, cc, _ in self.by_start.get(a, ())
                                  if a < j and b > i)
        return {cc for cc, n in self.counts.items() if n > inside[cc]}

    def qualified_elsewhere(self, j: int, lands: set[str]) -> bool:
        """Whether a land read in another country (a country, its capital or a first-level division) qualifies
        the saint's name ending at token j - 1 ("St Catherine, Ontario", "St James in London"): the writer has
        placed it there, not in the parish's country."""
        if j < len(self.tokens) and self.tokens[j].norm == "in" \
                and self.text[self.tokens[j - 1].end : self.tokens[j].start] == " ":
            j += 1
        elif j >= len(self.tokens) or self.text[self.tokens[j - 1].end : self.tokens[j].start] != ", " \
                or self.tokens[j].norm in SAINT_WORDS:
            return False  # "St James, St Mary and St Ann": a list of the parishes, where Jersey's are no qualifier
        return any(land and cc not in lands for _, cc, land in self.by_start.get(j, ()))
