"""Names written with a saint's abbreviation ("St. Charles County", "Ste. Genevieve County").

The gazetteer writes many such names only in full ("Saint Charles County"), so the automaton finds the
abbreviated name nowhere and finds the rest of it ("Charles County") as another place, often in another
state. A reader never drops the saint's word: "St. Charles" is not "Charles". The name is read whole under
its written-out spelling when the gazetteer holds one, and the hit that leaves the saint's word out is
dropped either way, so a shorter whole hit ("St. Charles", before "County") is read instead.

A mountain's or a fort's abbreviation ("Mt. Pleasant", "Ft. Lee") is read the same way, and the written-out
spelling is read beside the abbreviated one even where the gazetteer also holds the abbreviation: GeoNames
gives "Mt Pleasant" as a spelling of a few of the towns called "Mount Pleasant" only, so the abbreviation
alone would leave out the namesake the story's other places point to.
"""
from __future__ import annotations

from typing import Protocol, Sequence

from eventwatch.geo.normalise import normalise

# The abbreviation (as the tokenizer folds it) and the word it stands for.
SAINT_WORDS = {"st": "Saint", "ste": "Sainte", "saint": "Saint", "sainte": "Sainte"}
# Abbreviated first words that stand for a word every namesake writes out ("Mt." for "Mount").
GENERIC_WORDS = {"mt": "Mount", "ft": "Fort"}
_WRITTEN_OUT = {**SAINT_WORDS, **GENERIC_WORDS}
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
        if whole and not generic and any(c.exact for c in gaz.candidates(whole, " ".join(readings[i - 1 : j]))):
            continue  # the gazetteer writes the name as the text does: read so, as any other name is
        full = f"{word} {text[tokens[i].start : tokens[j - 1].end]}"
        keys = gaz.keys_for(full)
        if keys:
            hits[(i - 1, j)] = sorted(set(whole) | set(keys))
            spelled[(i - 1, j)] = normalise(full)
    return spelled
