"""A people's word standing among towns in a list names the town of that name: "crews from Pampa, Canadian and
Panhandle" (Canadian, Texas), "buses from Elliot Lake, Spanish and Massey" (Spanish, Ontario).

A few towns bear a people's word as their name (Canadian, Argentine, Dane, Spanish). Read alone, the word is the
people's ("Canadian crews"), and the recogniser keeps only its demonym readings. Between two names joined as a
list ("A, X and B", "A, X, B"), where neither neighbour is a people's word too, the word is no adjective of a
noun after it but one more member of the list: the town. A list of people's words ("Mexican, Canadian and
American officials") stays one of peoples.

A list of school subjects, languages or first names ("classes in Algebra, Spanish and Chemistry", "brothers
Cody, Dane and Tyler") is no list of towns: the word is the town only where a neighbour of the list can be a
town, a county or a parish within `Weights.near_km` of it (Espanola beside Spanish, Ontario; Jennings and Iowa beside Welsh,
Louisiana), as a local paper lists a town's neighbours.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from eventwatch.geo.distances import flat_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_MAIN
from eventwatch.geo.weights import WEIGHTS

# A comma between two list members (the tokens hold no punctuation: it lies in the gap between them).
_COMMA = re.compile(r"\s*,\s*")
_SPACE = re.compile(r"\s+")
# The most words a neighbouring member's name is read with ("Elliot Lake", "Red Bank Hills").
_MEMBER_WORDS = 3
# Local divisions that vouch for a listed town as a town does: a county or parish listed beside it ("shelters in
# Allen Parish, Welsh and Acadia Parish") names its own ground, its point within `Weights.near_km` of the town.
_LOCAL_DIVISIONS = frozenset({"ADM2", "ADM3"})


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and not t.text.isupper()


def _neighbour_before(text: str, tokens: Sequence[Token], i: int) -> int:
    """The index of the list member's last word just before word i and a comma, or -1."""
    return i - 1 if i >= 1 and _COMMA.fullmatch(text, tokens[i - 1].end, tokens[i].start) else -1


def _neighbour_after(text: str, tokens: Sequence[Token], j: int) -> int:
    """The index of the next list member's first word after word j - 1, past a comma or "and"/"or" (with or
    without a comma before it), or -1."""
    if j >= len(tokens):
        return -1
    if tokens[j].norm in ("and", "or") and _SPACE.fullmatch(text, tokens[j - 1].end, tokens[j].start) \
            or _COMMA.fullmatch(text, tokens[j - 1].end, tokens[j].start):
        k = j + 1 if tokens[j].norm in ("and", "or") else j
        if k < len(tokens) and tokens[k].norm in ("and", "or"):
            k += 1  # ", and"
        return k if k < len(tokens) else -1
    return -1


def _neighbours(text: str, tokens: Sequence[Token], i: int, j: int) -> tuple[int, int]:
    """The indices of the list members' words next to the one word tokens[i:j] (-1 where none)."""
    if j - i != 1:
        return -1, -1
    return _neighbour_before(text, tokens, i), _neighbour_after(text, tokens, j)


def list_neighbours(text: str, tokens: Sequence[Token], i: int, j: int) -> tuple[int, int]:
    """The indices of the words of the list members just before and after the one word tokens[i:j] (-1 where
    none): the members an ordinary word among them is judged by (geo/context_reading.py)."""
    return _neighbours(text, tokens, i, j)


def between_list_members(text: str, tokens: Sequence[Token], i: int, j: int,
                         is_demonym: Callable[[Token], bool]) -> bool:
    """Whether the one word tokens[i:j] stands between two capitalised names of a list ("A, X and B", "A, X, B"),
    neither of them a people's word (`is_demonym`)."""
    before, after = _neighbours(text, tokens, i, j)
    return before >= 0 and after >= 0 \
        and all(_capitalised(tokens[k]) and not is_demonym(tokens[k]) for k in (before, after))


def _member_names(text: str, tokens: Sequence[Token], k: int, step: int) -> list[str]:
    """The names a list member touching word k may be: that word, then it with up to two capitalised words
    further from the word between (step -1: before it, "Elliot Lake"; step 1: after it, "Tyler Olson")."""
    names, far = [], k
    for _ in range(_MEMBER_WORDS):
        if not (0 <= far < len(tokens)) or not _capitalised(tokens[far]):
            break
        if far != k:
            a, b = (far, far + 1) if step < 0 else (far - 1, far)
            if not _SPACE.fullmatch(text, tokens[a].end, tokens[b].start):
                break
        lo, hi = (far, k) if step < 0 else (k, far)
        names.append(text[tokens[lo].start : tokens[hi].end])
        far += step
    return names


def _beside_a_neighbour(town: Candidate, neighbour_towns: Sequence[Candidate]) -> bool:
    return town.lat is not None and any(
        flat_km(town.lat, town.lon, p.lat, p.lon) <= WEIGHTS.near_km for p in neighbour_towns)


def listed_demonym_towns(text: str, tokens: Sequence[Token], i: int, j: int, cands: Sequence[Candidate],
                         is_demonym: Callable[[Token], bool],
                         readings: Callable[[str], Sequence[Candidate]]) -> list[Candidate]:
    """The towns the one-word people's name tokens[i:j] names where it stands between two names of a list, one
    of them able to be a town near it (`readings`: a name's gazetteer readings); none elsewhere. The word is an
    ordinary one as well ("canadian"): geo/context_reading.py keeps it there, as the list places it."""
    towns = [c for c in cands if c.kind == NAME_MAIN and c.exact and c.feature_code.startswith("PPL")]
    if not towns or not between_list_members(text, tokens, i, j, is_demonym):
        return []
    before, after = _neighbours(text, tokens, i, j)
    names = _member_names(text, tokens, before, -1) + _member_names(text, tokens, after, 1)
    near = [p for name in names for p in readings(name) if p.exact and p.lat is not None
            and (p.feature_code.startswith("PPL") or p.feature_code in _LOCAL_DIVISIONS)]
    return [c for c in towns if _beside_a_neighbour(c, near)]


def towns_near_both_neighbours(text: str, tokens: Sequence[Token], i: int, j: int, cands: Sequence[Candidate],
                               readings: Callable[[str], Sequence[Candidate]]) -> list[Candidate]:
    """The towns the word tokens[i:j] names where it stands between two list members and lies near a reading of
    each ("Bangor, Hope and Camden": Hope, Maine by Bangor and by Camden). Two names agreeing on one
    neighbourhood vouch for it, though either alone names many places; "Lincoln, Hope and Chase" has no Hope
    near both."""
    towns = [c for c in cands if c.kind == NAME_MAIN and c.exact and c.feature_code.startswith("PPL")]
    before, after = _neighbours(text, tokens, i, j)
    if not towns or before < 0 or after < 0:
        return []
    sides = [[p for name in _member_names(text, tokens, k, step) for p in readings(name) if p.exact
              and p.lat is not None and (p.feature_code.startswith("PPL") or p.feature_code in _LOCAL_DIVISIONS)]
             for k, step in ((before, -1), (after, 1))]
    return [c for c in towns if all(_beside_a_neighbour(c, near) for near in sides)]


# Two ordinary words name many places each, and some pair of their namesakes lies near by chance ("Liberty" and
# "Independence" agree on Missouri, Kentucky and more within `Weights.near_km`): only a pair of neighbouring towns
# (an hour's drive) is taken as a local paper's list, and only in a first-level division the list's other member
# holds a reading in.
_ORDINARY_PAIR_KM = 60.0
# A town of this many people is what its name means unless the list itself lies beside a namesake of it.
_LARGE_CITY = 100_000


def _national(places: Sequence[Candidate]) -> bool:
    """Whether some reading is a country or a national capital ("Lebanon", "Washington"): a name a reader takes
    for that before any small namesake, unless the list lies beside one (`_vouches`)."""
    return any(p.exact and (p.feature_code.startswith("PCL") or p.feature_code == "PPLC") for p in places)


def _large_states(firm: Sequence[Candidate]) -> set[tuple[str, str]]:
    """The first-level divisions of the named member's large cities ("Lincoln": Nebraska), read once a list."""
    return {(p.country_code, p.admin1_code) for p in firm if p.kind == NAME_MAIN
            and p.feature_code.startswith("PPL") and p.population >= _LARGE_CITY}


# Words after which a list has closed ("in Washington, Liberty and Hope after the storm"): a preposition or a
# verb's first word, so that the last member is no modifier of a noun after it ("Hope advocates").
_CLOSERS = frozenset({"after", "at", "before", "by", "during", "for", "from", "in", "into", "near", "of", "on",
                      "over", "since", "through", "to", "until", "with", "without", "was", "were", "is", "are",
                      "has", "have", "had", "will", "would", "and", "or"})


# A verb in the past tense after the last member is the list's predicate ("crews from Washington, Hope and
# Liberty responded"), not a noun the member modifies: a regular one by its ending (five letters or more, so no
# "shed" or "bed"), common irregular ones by name.
_PAST_TENSE = re.compile(r"[a-z]{2,}[a-df-z]ed")  # not "-eed" ("seed", "breed"): nouns
# Words of that ending that are adjectives or nouns, modifying or naming what follows the member ("Liberty armed
# groups", "the Hope seabed"): no verb closes the list there.
_NOT_PAST = frozenset({"armed", "based", "seabed", "riverbed", "flowerbed", "hundred", "kindred", "sacred", "naked",
                       "wicked", "rugged", "beloved", "skilled", "talented", "gifted", "limited", "related",
                       "ragged", "crooked", "wretched"})
_PAST_VERBS = frozenset({"said", "told", "saw", "got", "lost", "made", "took", "went", "came", "ran", "sent", "won",
                         "began", "fell", "held", "met", "left", "gave", "fought", "joined", "spent", "rose"})


def _closes(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the list whose last member opens at word k ends cleanly after that member: punctuation, the
    text's end, or a closing word (`_CLOSERS`) next, not a noun the member modifies ("Hope advocates")."""
    while k + 1 < len(tokens) and _capitalised(tokens[k + 1]) and _SPACE.fullmatch(text, tokens[k].end,
                                                                                     tokens[k + 1].start):
        k += 1  # "Elliot Lake": the member's further words
    if k + 1 >= len(tokens) or not text[tokens[k].end : tokens[k + 1].start].isspace():
        return True
    nxt = tokens[k + 1]
    return nxt.norm in _CLOSERS or nxt.norm in _PAST_VERBS or (
        nxt.text.islower() and _PAST_TENSE.fullmatch(nxt.text) is not None and nxt.text not in _NOT_PAST)


def _vouches(town: Candidate, firm: Sequence[Candidate], large: set[tuple[str, str]], national: bool) -> bool:
    """Whether the list's named member (its towns and local divisions, `firm`) places `town`'s first-level
    division: it has a reading there, and where it is a large city ("Lincoln", Nebraska) that city lies in the
    division or a town of its name there lies within `_ORDINARY_PAIR_KM` of the town ("Springfield, Liberty and
    Independence": Missouri's city; "Lincoln, Liberty and Hope": Lincoln, Maine lies 125 km off, and a county
    named so is not what the bare name says, so Nebraska's city). A country's or a national capital's name
    (`national`) places only a state where a town of its name lies so near ("Washington, Hope and Liberty":
    Washington, Maine, 14 km off; "Lebanon, Hope and Liberty": Lebanon, Maine, 166 km off, so the country)."""
    state = (town.country_code, town.admin1_code)
    if not national and (not large or state in large):
        return any((p.country_code, p.admin1_code) == state for p in firm)
    return any((p.country_code, p.admin1_code) == state and p.feature_code.startswith("PPL") and p.lat is not None
               and flat_km(town.lat, town.lon, p.lat, p.lon) <= _ORDINARY_PAIR_KM for p in firm)


def towns_beside_an_ordinary_peer(text: str, tokens: Sequence[Token], i: int, j: int, cands: Sequence[Candidate],
                                  is_ordinary: Callable[[Token], bool],
                                  readings: Callable[[str], Sequence[Candidate]]) -> list[Candidate]:
    """The towns the ordinary word tokens[i:j] names where it stands between two list members, one of them a
    single ordinary word too and the other a name ("Springfield, Liberty and Independence", "crews from Belfast,
    Liberty and Hope"): the towns lying within `_ORDINARY_PAIR_KM` of a town of the ordinary neighbour's name, in
    a first-level division the name places (`_vouches`: Liberty and Independence, Missouri, where a Springfield
    lies; Liberty and Hope, Maine, where a Belfast lies). Neither ordinary word vouches alone, nor does the name,
    whose namesakes are many ("Lincoln"); a list of ordinary words only ("Freedom, Liberty and Independence") has
    no name to place it, and a country's or a national capital's name places only a state where a town of its name
    lies by the pair ("Washington, Liberty and Hope": Maine; "Lebanon, Liberty and Hope": none), and only where
    the list closes cleanly after its last member (`_closes`: not "Washington, Liberty and Hope advocates")."""
    towns = [c for c in cands if c.kind == NAME_MAIN and c.exact and c.feature_code.startswith("PPL")
             and c.lat is not None]
    before, after = _neighbours(text, tokens, i, j)
    if not towns or before < 0 or after < 0:
        return []
    members = [(k, _member_names(text, tokens, k, step)) for k, step in ((before, -1), (after, 1))]
    ordinary = [k for k, names in members if len(names) == 1 and is_ordinary(tokens[k])]
    if len(ordinary) != 1:
        return []
    named = [readings(name) for name in next(names for k, names in members if k != ordinary[0])]
    firm = [p for places in named for p in places if p.exact
            and (p.feature_code.startswith("PPL") or p.feature_code in _LOCAL_DIVISIONS)]
    large, national = _large_states(firm), any(_national(places) for places in named)
    if national and not _closes(text, tokens, after):
        return []  # "Senators in Washington, Liberty and Hope advocates": the capital, no list of Maine towns
    towns = [c for c in towns if _vouches(c, firm, large, national)]
    if not towns:
        return []
    peers = [p for p in readings(tokens[ordinary[0]].text) if p.exact and p.lat is not None
             and p.kind == NAME_MAIN and p.feature_code.startswith("PPL")]
    return [c for c in towns if any(flat_km(c.lat, c.lon, p.lat, p.lon) <= _ORDINARY_PAIR_KM for p in peers)]
