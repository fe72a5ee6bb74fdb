"""An unheld name closing a list of towns the gazetteer holds, after a weak cue: "buses from Petersburg, Romney and
Wardensville", "traffic was sent through Neola and Lapoint".

"from" and "through" govern persons and firms as often as places ("a call from Dorsey"), so an unheld capitalised
word after one alone is no place (geo/unknown_names.py reads one only after a firm cue: "in", "near"). A list is
another matter: a writer lists things of one kind, and where every member before the last is a town the gazetteer
holds, the last, joined by "and" or "or", is a town too, of the hamlets below any gazetteer's population line that
local papers name by the dozen. The name is reported unresolved and stands in at the places around it.

Only the list's last member is read, and only where nothing shows it opening a clause or a name of its own ("from
Dallas and Smith said", "from Reno and Exit 6"); a list opened by an unheld name is left alone, as is a member the
reader of unknown names refuses (a given name, a month, a word the document writes in lower case). A list naming
only large cities ("donations from Boston and Goldman") is as often one of senders, firms and teams as of towns,
so a list vouches only where one member names no place of WORLD_CITY_POPULATION or more; and a last member of
several words must end in a landform word ("and Paradise Valley"), as a firm's or a person's full name does not
("from Ely and Goldman Sachs").

A last member that a plural noun follows qualifies that noun ("from Bakhmut and Wagner positions": a firm's or a
force's), and one a ", who" follows is a person ("from Rushville and Hargrove, who donated hay"). The
list vouches only while it stays one of towns: where the resolver later sets aside every held member as no place
of the story (`vouchers`, read by `unvouched_tails` after resolution: none kept, none read near a kept place), the
last member goes with it ("from Zintan and Haftar", Zintan set aside in a story with no place near it).
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.document_words import document_words
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.namesake_owners import WORLD_CITY_POPULATION
from eventwatch.geo.normalise import Token
from eventwatch.geo.residence_towns import LANDFORM_ENDINGS
from eventwatch.geo.resolve import Resolution
from eventwatch.geo.unknown_names import next_in_list, unknown_run

# Weak cues whose list of held towns vouches for an unheld last member.
_LIST_CUES = frozenset({"from", "through", "via"})
# After the last member, what shows it opening a clause or a name of its own: a possessive, a number, a finite
# verb ("from Dallas and Smith said", "from Reno and Exit 6"). Not "in", "at" or "on", which the lists of a local
# paper run into as often as not ("from Rushville and Marsland on Sunday").
# A ", who" after it says it is a person ("from Rushville and Hargrove, who donated hay").
_OWN_CLAUSE = re.compile(r"['’]|\s*\d|\s+(?:is|was|are|were|has|had|have|said|says|told)\b"
                         r"|,\s+(?:who|whose|whom)\b")
# A plural noun after the last member, which the name then qualifies ("Wagner positions", "Storm units"): a
# lower-case word ending in a plural's "s". Verbs in "-s" a list of towns may govern are not plurals ("Traders from
# Aflao and Denu say" has none; "from Ely and Lund remains" is rare but read so).
_PLURAL = re.compile(r"\s+([a-z]{2,}[^su\W]s)\b")
_NOT_PLURALS = frozenset({"this", "his", "its", "was", "has", "does", "goes", "says", "remains", "lies", "stands",
                          "runs", "seems", "always", "perhaps", "towards", "afterwards", "besides", "sometimes",
                          "whereas"})
# How near a kept place a held member the resolver set aside must lie to go on vouching: the accuracy radius.
LOCAL_KM = 161.0


def unknown_list_tails(text: str, tokens: list[Token], taken: list[bool], readings: list[str],
                       span_at: dict[int, NameSpan], cues: Cues, persons: frozenset[str],
                       lower: frozenset[str]) -> list[NameSpan]:
    """Unheld last members, after "and"/"or", of lists after a weak cue whose other members are all held towns
    (`span_at`: the recognised names by token), marked taken."""
    out: list[NameSpan] = []
    n = len(tokens)
    for k in document_words(tokens).positions(_LIST_CUES):
        t = tokens[k]
        st = k + 1
        if st >= n or not t.text.islower() or text[t.end : tokens[st].start] != " ":
            continue
        members = small = 0
        held: list[int] = []
        while st is not None and st < n and _held_town_at(span_at, st):
            members += 1
            small += _small_town_at(span_at, st)
            held.append(st)
            st = next_in_list(text, tokens, span_at[st].j)
        if not small or st is None or st >= n or tokens[st - 1].norm not in ("and", "or"):
            continue
        e = unknown_run(text, tokens, taken, st, cues, persons, lower)
        if e is None or _OWN_CLAUSE.match(text, tokens[e - 1].end) or _list_goes_on(text, tokens, e) \
                or _noun_follows(text, tokens[e - 1].end) \
                or (e - st > 1 and tokens[e - 1].norm not in LANDFORM_ENDINGS):
            continue
        out.append(NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(readings[st:e]), unknown=True,
                            cue=t.norm, firm=True, vouchers=tuple(held)))
        for x in range(st, e):
            taken[x] = True
    return out


def _list_goes_on(text: str, tokens: list[Token], e: int) -> bool:
    """Whether another capitalised name follows the one ending before token e as the list's next member: the name
    is then no last member ("from A and B, C"); ", and school buses ..." opens a clause, not a member."""
    k = next_in_list(text, tokens, e)
    return k is not None and tokens[k].text[:1].isupper()


def _held_town_at(span_at: dict[int, NameSpan], k: int) -> bool:
    """Whether a recognised name opens at token k as a town the gazetteer holds (an exact populated place)."""
    s = span_at.get(k)
    if s is None or s.i != k or s.unknown or not s.locational or s.demonym:
        return False
    return any(c.exact and c.feature_code.startswith("PPL") for c in s.candidates)


def _small_town_at(span_at: dict[int, NameSpan], k: int) -> bool:
    """Whether the held name at token k names no place of WORLD_CITY_POPULATION or more: a small town whatever
    the reader takes it for."""
    return all((c.population or 0) < WORLD_CITY_POPULATION for c in span_at[k].candidates if c.exact)


def _noun_follows(text: str, end: int) -> bool:
    """Whether a plural noun follows the name ending at `end` ("Wagner positions")."""
    m = _PLURAL.match(text, end)
    return m is not None and m.group(1) not in _NOT_PLURALS


def unvouched_tails(spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                    keep: Sequence[bool]) -> list[int]:
    """Indices of list tails (spans with `vouchers`) none of whose vouching towns is kept after resolution or read
    within LOCAL_KM of a kept place (a weakly cued hamlet the resolver set aside near the dateline still vouches;
    "from Zintan" set aside in a story with no place near it does not): the list is then not one of towns."""
    points = [(r.candidate.lat, r.candidate.lon) for k, (s, r) in enumerate(zip(spans, resolutions))
              if keep[k] and not s.unknown and s.locational and r is not None and r.candidate is not None
              and r.candidate.lat is not None and r.candidate.lon is not None]
    index = {s.i: k for k, s in enumerate(spans) if not s.unknown}
    out: list[int] = []
    for k, s in enumerate(spans):
        if s.vouchers and keep[k] and not any(_vouches(index.get(v), spans, resolutions, keep, points)
                                              for v in s.vouchers):
            out.append(k)
    return out


def _vouches(k: Optional[int], spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
             keep: Sequence[bool], points: list[tuple[float, float]]) -> bool:
    """Whether the held town at span k is still a place of the story: kept, or read near a kept place."""
    if k is None:
        return False
    if keep[k]:
        return spans[k].locational
    r = resolutions[k]
    c = r.candidate if r is not None else None
    if c is None or c.lat is None or c.lon is None:
        return False
    return any(haversine_km(c.lat, c.lon, la, lo) <= LOCAL_KM for la, lo in points)
