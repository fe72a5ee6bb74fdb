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
lacks, in a country where another name of the story is read first: Jamaica's and Barbados' parishes are written
"Saint James" and "Saint Michael" only, and a Montego Bay story means the parish, while a Vermont story's "St.
Catherine" is no Jamaican one. Towns written out ("Saint Clair, Michigan") are not added: a surname repeated
through a school story would find one of them near its places.
"""
from __future__ import annotations

from typing import Protocol, Sequence

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
    for i, j in list(hits):
        word = saint_before(text, tokens, i)
        if word is None or not tokens[i].text[:1].isupper():
            continue
        del hits[(i, j)]
        if text[tokens[j - 1].end : tokens[j - 1].end + 2] in ("'s", "’s"):
            continue  # "St. Mark's Cathedral", "St. Mary's": a saint's church or school, read as it stands
        whole = hits.get((i - 1, j), [])
        generic = tokens[i - 1].norm in GENERIC_WORDS
        full = f"{word} {text[tokens[i].start : tokens[j - 1].end]}"
        as_written = gaz.candidates(whole, " ".join(readings[i - 1 : j])) if whole and not generic else []
        if any(c.exact for c in as_written) and (
                (i > 1 and tokens[i - 2].norm in _FEATURE_WORDS_BEFORE)
                or not _division_written_out(gaz, full, whole, as_written, _others(hits, readings, i - 1, j))):
            continue  # the gazetteer writes the name as the text does: read so, as any other name is
        keys = gaz.keys_for(full)
        if keys:
            hits[(i - 1, j)] = sorted(set(whole) | set(keys))
            spelled[(i - 1, j)] = normalise(full)
    return spelled


def _others(hits: dict[tuple[int, int], list[int]], readings: Sequence[str], i: int, j: int) -> list:
    """The story's other names (key ids and reading), outside tokens i..j."""
    return [(keys, " ".join(readings[a:b])) for (a, b), keys in hits.items() if b <= i or a >= j]


def _division_written_out(gaz: _Keys, full: str, whole: Sequence[int], as_written: Sequence,
                          others: Sequence) -> bool:
    """Whether the written-out spelling ("Saint James") holds a first-level division (Jamaica's parish) that the
    abbreviated spelling's own readings ("St James": a London district) do not, and no city of note bears the
    abbreviated spelling as its own name ("St. Louis" is the city, not Senegal's Saint-Louis region), in a
    country another name of the story is read in first ("Montego Bay"): a bare "St. Catherine" in a Vermont
    story is no Jamaican parish."""
    if any(c.exact and c.kind == NAME_MAIN and (c.population or 0) >= CITY_OF_NOTE for c in as_written):
        return False
    keys = [k for k in gaz.keys_for(full) if k not in set(whole)]
    lands = {c.country_code for c in gaz.candidates(keys, normalise(full)) if c.exact and c.feature_code == "ADM1"} \
        if keys else set()
    for other, norm in others if lands else ():
        first = next(iter(gaz.candidates(other, norm)), None)
        if first is not None and first.exact and first.country_code in lands:
            return True
    return False
