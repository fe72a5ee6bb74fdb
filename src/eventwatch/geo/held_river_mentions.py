""""Lorries queue where the road runs beside the Beas": a river the gazetteer holds only with its kind word,
written bare after "the" in a story that never writes it whole.

Regional papers name their own rivers bare ("along the Chindwin", "barges on the Mandovi"): the reader knows
the river, and the article says a feature is meant. The gazetteer holds many such rivers only as "X River" or
"River X", since the bare name is also a town's or a person's ("Beas" is a town in Andalusia; geo/
bare_river_mentions.py reads the bare "the X" only after the story wrote "the X River"). Here a "the X" that no
name covers becomes the river where the gazetteer holds "X River" or "River X" as a stream (STM) and a
preposition of place on water sets it as ground ("on", "along", "beside", "across"). Not a verb after it alone
("The Kwanza rose 2 percent" is a currency) nor "of" ("Bank of the Surma" is a lender). Not where the name goes on into a capitalised word ("the Beas Dam", a building's
name) or a lower-case word that the name would qualify ("the Chindwin ferry", "the Wilson family"): only
punctuation, a function word, or a river's own verb may follow. A name already read only as towns, exactly or
as loose spellings ("Beas" in Andalusia, "Kamla" as Kamalia), gives way to the river: a town takes no article,
and the ground says water. A name read as a country or a division ("on the Gambia") keeps its reading.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping

from eventwatch.geo.feature_ground import RIVER_VERBS
from eventwatch.geo.interval_cover import Intervals
from eventwatch.geo.name_span import NameSpan

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Gazetteer
    from eventwatch.geo.normalise import Token

# What may follow the bare name: the end of a clause, or a word that opens no compound with it.
_FOLLOWERS = frozenset({"and", "or", "but", "at", "in", "near", "to", "from", "for", "since", "before", "after",
                        "where", "which", "that", "when", "until", "had", "has", "have", "was", "is", "were",
                        "are", "on", "into", "as", "with", "by", "this", "last", "each", "every", "said", "says",
                        "told"}) | RIVER_VERBS
# The prepositions that set "the X" as a river's ground: where along, on or over water something is. Not "of" ("Bank
# of the Surma", "Gen. Banks of the Meghna": a lender's or a unit's name), nor "in", "at", "to" or "from", which
# take a body, a market or a firm named for a river as often ("invested in the Kwanza"). Not "by", which names an
# agent as often as a bank ("rates set by the Shire": an Australian council).
_GROUND_BEFORE = re.compile(r"\b(?:on|along|across|beside|near|over|beyond|below|above|under|through|alongside"
                            r"|down|up|past|off|upstream\s+on|downstream\s+on)\s+the\s+\Z")
# A single capitalised word of letters: the bare name of a river ("Beas", "Chindwin").
_WORD = re.compile(r"[A-Z][a-z]{2,}\Z")
# Words that name a council or a division as such, beyond cues.yaml's vague_after: "the Shire" and "the Borough" are
# an Australian or an English council ("on the Shire's books"), never a bare river, though Malawi's river is held as
# "Shire River".
_COUNCIL_WORDS = frozenset({"shire", "borough", "council", "corporation"})
# The kinds of vague_after's words that name a division or a town ("the County", "the District", "the City").
_DIVISION_KINDS = frozenset({"admin1", "admin2", "city"})


def held_river_mentions(text: str, tokens: list["Token"], spans: list[NameSpan], gaz: "Gazetteer",
                        vague_after: Mapping[str, str] | None = None) -> list[NameSpan]:
    """`spans` with a name added for each bare "the X" whose river the gazetteer holds only as "X River" or
    "River X" (see above), where no name covers X or the name read there is only towns' (it is replaced). X is
    never a word that names a division or a council (cues.yaml's vague_after of a division's or a town's kind,
    and _COUNCIL_WORDS): "the Shire", "the County" are the body, not Malawi's Shire River."""
    divisions = _COUNCIL_WORDS | {w for w, kind in (vague_after or {}).items() if kind in _DIVISION_KINDS}
    loose = {s.start: s for s in spans if not s.demonym and not s.unknown and s.candidates
             and all(c.feature_code.startswith("PPL") for c in s.candidates if c.exact)}
    taken = Intervals((s.start, s.end) for s in spans if s.start not in loose)
    added: list[NameSpan] = []
    replaced: set[int] = set()
    for k in range(len(tokens) - 1):
        if tokens[k].norm != "the":
            continue
        w = tokens[k + 1]
        if not _WORD.match(w.text) or w.hyphen_after or taken.meets(w.start, w.end) or w.norm in divisions:
            continue
        read = loose.get(w.start)
        if read is not None and read.end != w.end:
            continue
        if k + 2 < len(tokens) and text[w.end : tokens[k + 2].start].strip() == "" \
                and tokens[k + 2].text[:1].isalnum() and tokens[k + 2].norm not in _FOLLOWERS:
            continue  # "the Beas Dam", "the Chindwin ferry": the name qualifies what follows
        if _GROUND_BEFORE.search(text, max(0, w.start - 30), w.start) is None:
            continue  # "The Kwanza rose 2 percent", "Bank of the Surma said": no river's ground
        cands = _held_rivers(gaz, w.text)
        if cands:
            added.append(NameSpan(k + 1, k + 2, w.start, w.end, w.norm, cands, phrase_start=w.start,
                                  phrase_end=w.end))
            if read is not None:
                replaced.add(id(read))
    if not added:
        return spans
    return sorted([s for s in spans if id(s) not in replaced] + added, key=lambda s: s.start)


def _held_rivers(gaz: "Gazetteer", word: str) -> list:
    """The streams the gazetteer holds exactly as "<word> River" or "River <word>"."""
    out = []
    for name in (f"{word} River", f"River {word}"):
        if gaz.keys_for(name):
            out += [c for c in gaz.lookup(name) if c.exact and c.feature_code == "STM"]
    return out
