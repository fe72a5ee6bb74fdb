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

A last member that a force's or a firm's plural head noun follows qualifies that noun ("from Bakhmut and Wagner
positions", "from Ely and Delacroix trucks"); other nouns are as often a town's ("from Aflao and Denu markets").
One a ", who" or ", whom" follows is a person ("from Rushville and Hargrove, who donated hay"); ", whose" is as
often a town's ("and Tassiga, whose wells dried up"). The list vouches only while it stays one of towns: where
the resolver later sets aside every held member (`vouchers`, read by `unvouched_tails` after resolution: none
kept) in a story that keeps no place at all, the last member goes with it ("from Zintan and Haftar" alone). A story that keeps a place (a dateline) is local news, whose hamlets the gazetteer
often holds only as a far namesake ("VERNAL, Utah — through Neola and Lapoint", Neola held only in Iowa).
"""
from __future__ import annotations

import re
from typing import Iterable, Optional, Sequence

from eventwatch.geo.document_words import document_words
from eventwatch.geo.gazetteer import prior_score
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
# A ", who" or ", whom" after it says it is a person ("from Rushville and Hargrove, who donated hay"); not ", whose",
# which follows a town as often ("and Tassiga, whose wells dried up").
_OWN_CLAUSE = re.compile(r"['’]|\s*\d|\s+(?:is|was|are|were|has|had|have|said|says|told)\b"
                         r"|,\s+(?:who|whom)\b")
# A force's or a firm's plural head noun after the last member, which the name then qualifies ("Wagner positions",
# "Storm units", "Delacroix trucks"). Only these: a town qualifies other nouns as often ("Denu markets").
_FORCE_NOUN = re.compile(r"\s+(?:units|positions|troops|forces|fighters|militias?|trucks|shares|executives|staff)\b")


def unknown_list_tails(text: str, tokens: list[Token], taken: list[bool], readings: list[str],
                       span_at: dict[int, NameSpan], cues: Cues, persons: frozenset[str],
                       lower: frozenset[str]) -> list[NameSpan]:
    """Unheld last members, after "and"/"or", of lists after a weak cue whose other members are all held towns
    (`span_at`: the recognised names by token), marked taken."""
    out: list[NameSpan] = []
    n = len(tokens)
    placed: Optional[dict[str, frozenset[str]]] = None  # the story's places by country, found on first need
    for k in document_words(tokens).positions(_LIST_CUES):
        t = tokens[k]
        st = k + 1
        if st >= n or not t.text.islower() or text[t.end : tokens[st].start] != " ":
            continue
        members = small = 0
        held: list[int] = []
        while st is not None and st < n and _held_town_at(span_at, st):
            members += 1
            if placed is None and _regional_town_at(span_at, st):
                placed = placed_countries(span_at.values())
            small += _small_town_at(span_at, st, placed or {})
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


# A plain town (no capital of a country or a division) below this size is a district's market town, not a city
# whose name senders and firms take ("from Dhangadhi and Attariya": Dhangadhi, 200,000, seats no division in
# GeoNames' coding; Boston, a state's capital, still lists senders). But the band from WORLD_CITY_POPULATION up
# holds as many cities whose names go with senders, firms and universities ("calls from Dayton and Ferraro",
# "donations from Cheltenham and Kessler"), so a town in it vouches only where the story itself is set in the
# town's country: REGIONAL_PLACES other names of the story read there ("officials in Kailali", "Kathmandu").
REGIONAL_TOWN_POPULATION = 300_000
REGIONAL_PLACES = 2


def _regional_town_at(span_at: dict[int, NameSpan], k: int) -> bool:
    """Whether the held name at token k names only plain towns (PPL) below REGIONAL_TOWN_POPULATION, some of
    WORLD_CITY_POPULATION or more: a regional market town or a mid-sized city, which the story must place."""
    exact = [c for c in span_at[k].candidates if c.exact]
    return any((c.population or 0) >= WORLD_CITY_POPULATION for c in exact) \
        and all(c.feature_code == "PPL" and (c.population or 0) < REGIONAL_TOWN_POPULATION for c in exact)


def _small_town_at(span_at: dict[int, NameSpan], k: int, placed: dict[str, frozenset[str]]) -> bool:
    """Whether the held name at token k names no place of WORLD_CITY_POPULATION or more, or is a regional town
    (`_regional_town_at`) of a country where REGIONAL_PLACES other names of the story are read (`placed`): a small
    town, or a regional one in its own region, whatever the reader takes it for."""
    s = span_at[k]
    exact = [c for c in s.candidates if c.exact]
    if all((c.population or 0) < WORLD_CITY_POPULATION for c in exact):
        return True
    return _regional_town_at(span_at, k) and any(
        len(placed.get(c.country_code or "", frozenset()) - {s.norm}) >= REGIONAL_PLACES
        for c in exact if (c.population or 0) >= WORLD_CITY_POPULATION)


def placed_countries(spans: Iterable[NameSpan]) -> dict[str, frozenset[str]]:
    """The story's held names (their normal forms) by the country of each one's most likely exact reading: where
    the story is set, as a reader sees it before resolution ("Kailali", "Kathmandu" and "Nepal" put it in Nepal)."""
    out: dict[str, set[str]] = {}
    for s in spans:
        exact = [c for c in s.candidates if c.exact]
        if s.unknown or s.demonym or not s.locational or not exact:
            continue
        best = max(exact, key=prior_score)
        if best.country_code:
            out.setdefault(best.country_code, set()).add(s.norm)
    return {cc: frozenset(norms) for cc, norms in out.items()}


def _noun_follows(text: str, end: int) -> bool:
    """Whether a force's or a firm's head noun follows the name ending at `end` ("Wagner positions")."""
    return _FORCE_NOUN.match(text, end) is not None


def unvouched_tails(spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                    keep: Sequence[bool]) -> list[int]:
    """Indices of list tails (spans with `vouchers`) none of whose vouching towns is kept after resolution, in a
    story that keeps no located place ("from Zintan and Haftar" alone): the list is then not one of towns. Where
    the story keeps a place (a dateline), a town the resolver set aside is as likely a hamlet held only by a far
    namesake ("VERNAL, Utah — through Neola and Lapoint", Neola held only in Iowa) and still vouches."""
    if any(keep[k] and not s.unknown and s.locational and r is not None and r.candidate is not None
           and r.candidate.lat is not None and r.candidate.lon is not None
           for k, (s, r) in enumerate(zip(spans, resolutions))):
        return []
    index = {s.i: k for k, s in enumerate(spans) if not s.unknown}
    return [k for k, s in enumerate(spans)
            if s.vouchers and keep[k] and not any(_kept_town(index.get(v), spans, keep) for v in s.vouchers)]


def _kept_town(k: Optional[int], spans: Sequence[NameSpan], keep: Sequence[bool]) -> bool:
    """Whether the held town at span k is still a place of the story: kept as a place."""
    return k is not None and keep[k] and spans[k].locational
