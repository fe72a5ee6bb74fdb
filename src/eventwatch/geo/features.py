"""Names that are not in the gazetteer but are places all the same: streets and natural features or landmarks.

"Royal Street", "Mississippi River", "Lake Manassas", "Gulf of Aden": a town's name inside one is part of the
longer name, not the town.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from eventwatch.geo.document_words import document_words
from eventwatch.geo.facilities import load_facilities
from eventwatch.geo.feature_readings import POLITY_CODES, WATER_WORDS, feature_readings
from eventwatch.geo.interval_cover import Intervals
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import JOIN_GAPS, SENTENCE_BREAK, NameSpan, opens_sentence
from eventwatch.geo.normalise import Token
from eventwatch.geo.roads import AGENCY_WORDS
from eventwatch.geo.saint_names import saint_held, saint_inside_feature_name
from eventwatch.geo.span_index import SpanIndex
from eventwatch.geo.romance_features import (RELIEF_CODES, ROMANCE_FEATURE_PREFIXES, SPANISH_RELIEF_COUNTRIES,
                                             romance_feature_name_start)
from eventwatch.geo.store import NAME_MAIN
from eventwatch.geo.street_compass import compass_opening

STREET_HEADS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "highway", "lane",
                          "drive", "parkway", "square"})


# Words that, capitalised right after a road word, make the run an agency's name: "the Montana Highway Patrol",
# "the Kent County Road Commission", "the Texas Highway Department". The agency is named after the state or
# county it serves, not after a road of that name. Not "Police" or "Division": "the Jinja Road Police Station",
# "the Mombasa Road Police Division" are named after the road they stand on.
_AGENCY_AFTER_ROAD = AGENCY_WORDS
# Words before the road word that name what an agency serves: a county's or a state's word, or the nation's.
_AGENCY_SERVES = frozenset({"county", "parish", "state", "federal", "national", "provincial", "borough"})
# Feature codes of the divisions an agency is named after ("Montana", "Kent County"): a state or a county;
# a country (PCL, PCLI, ...: "Ghana") is asked by `_names_division` itself.
_AGENCY_DIVISIONS = ("ADM1", "ADM2")
# Words that open a building's name after an agency word: "the Oxford Street Department Store" is a store.
_BUILDING_AFTER_AGENCY = frozenset({"store", "stores", "station", "post", "building", "mall"})


def _names_division(sp: NameSpan) -> bool:
    """Whether the span reads exactly as a state, a county or a country."""
    return any(c.exact and (c.feature_code in _AGENCY_DIVISIONS or c.feature_code.startswith("PCL"))
               for c in sp.candidates)


def _serves_division(tokens: list[Token], kept: SpanIndex, k: int) -> bool:
    """Whether the word right before the road word at token k (two, past "Toll") names a state, a county or the
    nation ("Montana Highway", "Kent County Road", "Federal Highway", "Ghana Highway", "Illinois State Toll
    Highway"): what an agency is named after. A town's name before it ("Oxford Street", "Ferozepur Road") names
    a road. `kept`: the names filed by their ends (a scan of every name per road word cost the square)."""
    before = [tokens[k - 1]] if k >= 1 else []
    if k >= 2 and tokens[k - 1].norm == "toll":
        before.append(tokens[k - 2])  # "the Ohio State Toll Road": one word back only past "Toll" ("State Line Road")
    if any(t.norm in _AGENCY_SERVES for t in before):
        return True
    return any(_names_division(sp) for t in before for sp in kept.ending_at(t.end))


def _agency_after(text: str, tokens: list[Token], kept: SpanIndex, k: int) -> bool:
    """Whether the road word at token k is followed, after one space, by a capitalised agency word that ends the
    name (not "Department Store"), after the name of a state, a county or the nation."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or text[tokens[k].end : nxt.start] != " " or not nxt.text[:1].isupper() \
            or nxt.norm not in _AGENCY_AFTER_ROAD:
        return False
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    if after is not None and text[nxt.end : after.start] == " " and after.norm in _BUILDING_AFTER_AGENCY:
        return False  # "the Oxford Street Department Store": the agency word opens a building's name
    return _serves_division(tokens, kept, k)


def is_street(norm: str) -> bool:
    """Whether a name ends in a street word ("Memphis St.", "Royal Street"): a street, not a town or a village."""
    words = norm.split()
    return len(words) > 1 and words[-1].rstrip(".").lower() in STREET_HEADS


def streets(text: str, tokens: list[Token], kept: list[NameSpan], readings: list[str], cues: Cues) -> list[NameSpan]:
    """Named streets and roads ("Royal Street", "Main St.", "Hampton Avenue"): places no gazetteer holds.

    They are reported unresolved; a town name inside one ("Washington Street") is not the town.
    """
    out: list[NameSpan] = []
    drop: set[int] = set()
    held = saint_held(kept)  # a gazetteer's name goes on past these tokens ("St. Croix" after "Lake")
    # The kept names' positions in order of their starts: a scan of every name per street cost a long text the
    # square of its length. (A name inside a run starts in it too, so only those starting there are tested.)
    by_start = sorted(range(len(kept)), key=lambda idx: kept[idx].start)
    starts = [kept[idx].start for idx in by_start]
    index = SpanIndex(kept)
    for k in document_words(tokens).positions(STREET_HEADS):
        t = tokens[k]
        if not t.text[:1].isupper() or k == 0 or _agency_after(text, tokens, index, k) \
                or saint_inside_feature_name(text, tokens, k, held):  # "Port St Johns": a saint's, no street
            continue
        st = k
        while st > 0 and k - st < 4:
            p = tokens[st - 1]
            gap = text[p.end : tokens[st].start]
            if gap.strip() not in JOIN_GAPS or "\n" in gap or not (p.text[:1].isupper() or p.text[:1].isdigit()):
                break
            if p.norm in STREET_HEADS or SENTENCE_BREAK.search(gap):
                break
            st -= 1
        if st == k or tokens[st].text.isdigit() and st + 1 == k:
            continue
        while st < k and (tokens[st].norm in {"the", "a", "on", "in", "at"} or tokens[st].norm in cues.months
                          or (st > 0 and tokens[st].text.isdigit())):
            st += 1
        if st >= k:
            continue
        st = compass_opening(text, tokens, st)  # geo/street_compass.py: "N. Maple Drive"
        end = t.end + (1 if text[t.end : t.end + 1] == "." and t.norm in {"st", "ave", "rd", "blvd"} else 0)
        # the kept names inside the street's run, among those starting in it (found by bisection)
        for idx in by_start[bisect_left(starts, tokens[st].start) : bisect_right(starts, t.end)]:
            if kept[idx].end <= t.end:
                drop.add(idx)
        out.append(NameSpan(st, k + 1, tokens[st].start, end, " ".join(readings[st : k + 1]), unknown=True,
                            cue="street"))
    return [sp for idx, sp in enumerate(kept) if idx not in drop] + out


# "the River Lune": British, Irish, African and South Asian English name a river with the word before it.
RIVER_WORD = "river"
# Feature prefixes that the gazetteer holds as no place of their own and that open a stream's name ("Bayou Teche").
_STREAM_PREFIXES = frozenset({"bayou"})
# Last words of a road named after a stream ("Bayou Dularge Road", "the Bayou Teche Byway").
_ROAD_ENDS = STREET_HEADS | {"byway", "bridge", "trail"}


def river_first(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token k is "River" opening a river's name ("the River Lune", "along the River Kaveri").

    Unlike "Lake" or "Mount", a capitalised "River" before another capitalised word opens many names that
    are no river ("River Oaks", "River Island", "River Phoenix"); the lower-case article before it is what
    marks the river, as English writes "the River X" and never "the River Phoenix" for a person. At a sentence's
    start the article takes the sentence's capital ("The River Ouse rose overnight"): the same mark."""
    if tokens[k].norm != RIVER_WORD or not tokens[k].text[:1].isupper() or k == 0:
        return False
    before = tokens[k - 1]
    article = before.text == "the" or (before.text == "The" and opens_sentence(text, tokens, k - 1))
    return article and text[before.end : tokens[k].start] == " "


def _not_a_river(tokens: list[Token], k: int, e: int, cues: Cues) -> bool:
    """Whether "the River X" (tokens k..e) is rather the name of something else.

    A river's name after the word is one word ("the River Lune", "the River Tavy"); a longer run of
    capitals ("the River Concert Series", "the River Oaks Hospital"), an everyday word ("the River Walk") or
    a following name word (an organisation's, a street's, a building's) makes the whole an event's, a
    firm's or a building's name."""
    if e != k + 1 or tokens[e].norm in cues.common_words:
        return True
    nxt = tokens[e + 1] if e + 1 < len(tokens) else None
    heads = cues.organisation_heads | STREET_HEADS | load_facilities().heads
    return nxt is not None and nxt.text[:1].isupper() and (nxt.norm in heads or nxt.start - tokens[e].end <= 1)


# Prepositions and conjunctions that, capitalised at a sentence's start, open the sentence rather than a
# feature's name ("In Bowers Beach", "At Nelson Mandela Bay"); "North Beach" keeps its direction.
_SENTENCE_OPENING_PREPOSITIONS = frozenset({
    "in", "at", "on", "near", "from", "for", "by", "to", "into", "across", "around", "inside", "outside",
    "throughout", "and", "but", "while", "after", "before", "during", "since", "as", "when", "along", "off",
    "beyond", "toward", "towards", "through"})


# Heads of the land or water a river names ("the Ohio River Valley", "the Mekong River Delta").
RIVER_AREA_HEADS = frozenset({"valley", "basin", "delta", "gorge", "estuary"})


def _may_name_a_feature(word: Token, span: NameSpan | None, cues: Cues) -> bool:
    """Whether the capitalised word before a feature's head held alone ("Gulf") may be the feature's own name
    ("the Mwanza Gulf", "the Winam Gulf"): not a code written in capitals ("US", "UAE", "OPEC"), not a kept name
    read exactly as a country or a first-level division, or a demonym ("Mexico", "Gauteng", "Saudi"), not a
    given name or a name the gazetteer does not hold as a place at all (a surname: "Trump")."""
    if word.text.isupper() or word.norm in cues.given_names or span is None or span.unknown or span.demonym:
        return False
    first = next((c for c in span.candidates if c.exact), None)
    return first is not None and not first.feature_code.startswith(("PCL", "ADM1"))


def features(text: str, tokens: list[Token], kept: list[NameSpan], found: list[NameSpan], readings: list[str],
             cues: Cues) -> list[NameSpan]:
    # `found`: the names context kept ("Manassas" in "Lake Manassas"), whose readings the feature inherits;
    # a name context dropped ("Peron" in "Cape Peron", a surname-like word) gives it none.
    """Natural features and landmarks named after a place or a word ("Mississippi River", "Lake Manassas",
    "Indian Ocean", "Gulf of Aden"): one locational name, not a town inside an institution's name.

    The gazetteer rarely holds them. A place name inside one keeps its readings as weak ones (believed only
    where the document's other places lie around it, at "near" precision); otherwise the name is reported
    unresolved and stands in at the document's places.
    """
    n = len(tokens)
    by_end = {s.j: s for s in found}
    by_start = {s.i: s for s in found}
    by_token = {k: s for s in found for k in range(s.i, s.j)}
    in_kept = {k for s in kept for k in range(s.i, s.j) if not s.unknown or s.cue == "street"}

    def joined(a: int, b: int) -> bool:
        gap = text[tokens[a].end : tokens[b].start]
        return gap.strip() in JOIN_GAPS and "\n" not in gap

    def capital_run(k: int, step: int, limit: int = 3) -> int:
        """The furthest token from k (exclusive of k) in a run of capitalised words, or k if none."""
        e = k
        while 0 <= e + step < n and abs(e + step - k) <= limit and joined(min(e, e + step), max(e, e + step)):
            t = tokens[e + step]
            if not t.text[:1].isupper() or t.norm in cues.months or t.norm in {"the", "a", "an"} \
                    or t.norm in cues.feature_heads:
                break
            if step < 0 and t.norm in _SENTENCE_OPENING_PREPOSITIONS and opens_sentence(text, tokens, e + step):
                break  # "In Bowers Beach, firefighters...": the preposition is capitalised for the sentence
            if (e + step) in in_kept:
                # A place name inside the run belongs to it ("Dulles International Airport").
                sp = by_token.get(e + step)
                if sp is not None and not sp.demonym:
                    e = sp.i if step < 0 else sp.j - 1
                break
            e += step
        return e

    # "near Lake Vermont": a feature's prefix that is also a town's name ("Lake") may be read alone after a place
    # cue; before a state's or a country's name joined to it, it opens the feature's name instead (a state's or
    # a nation's name after "Lake" names no town there: the lake is named after it).
    lone_prefixes = {s.i for s in kept if s.j - s.i == 1 and not s.unknown and tokens[s.i].norm in cues.feature_prefixes
                     and s.j < n and joined(s.i, s.j) and s.j in by_start
                     and any(c.exact and c.kind == NAME_MAIN and c.feature_code.startswith(POLITY_CODES)
                             for c in by_start[s.j].candidates)}
    # "Bayou Crane": the stream word of the Gulf coast, read alone as an unknown name or by a loose spelling,
    # opens the unheld stream named after it, as an unheld "Lake X" does (its inner name gives only water readings).
    lone_prefixes |= {s.i for s in kept if s.j - s.i == 1 and tokens[s.i].norm in _STREAM_PREFIXES
                      and not any(c.exact for c in s.candidates)
                      and s.j < n and joined(s.i, s.j) and tokens[s.j].text[:1].isupper()
                      and not tokens[s.j].text.isupper()}
    # "Lake St Lucia", "Cape St. Francis": a feature's prefix held alone as a town ("Lake") before a saint's
    # abbreviation opens the feature's name (geo/saint_names.py), never left behind as the town.
    held = saint_held(kept)
    saint_named = {s.i for s in kept if s.j - s.i == 1 and tokens[s.i].norm in cues.feature_prefixes
                   and saint_inside_feature_name(text, tokens, s.j, held)}
    lone_prefixes |= saint_named
    # "Cerro de la Muerte", "the Sierra Nevada": a Spanish mountain word held alone as a town or a region far
    # away opens the longer name instead (geo/romance_features.py).
    lone_prefixes |= {s.i for s in kept if s.j - s.i == 1 and not s.unknown
                      and romance_feature_name_start(text, tokens, s.i, cues) is not None}
    # "the Mwanza Gulf", "the Winam Gulf": a feature's head that the gazetteer also holds alone (Gulf Province,
    # Gulf County) still ends the name of the capitalised words joined before it, where no capitalised word
    # goes on after it ("Gulf Coast", "Gulf War" are names of their own).
    # The word before must be able to name a feature: a code ("US Gulf", "UAE Gulf"), a country's or a state's
    # own name ("the Mexico Gulf", "Gauteng Springs") or a demonym is a land's, and a person's name ("the Trump
    # Gulf tour") no place's; those are read as the text's other names are.
    kept_at = {k: s for s in kept for k in range(s.i, s.j)}
    kept_starts = {s.i for s in kept}
    held_heads = {s.i for s in kept if s.j - s.i == 1 and tokens[s.i].norm in cues.feature_heads and s.i > 0
                  and joined(s.i - 1, s.i) and tokens[s.i - 1].text[:1].isupper()
                  and not (s.j < n and joined(s.i, s.j) and tokens[s.j].text[:1].isupper())
                  and _may_name_a_feature(tokens[s.i - 1], kept_at.get(s.i - 1), cues)}
    made: list[tuple[int, int]] = []
    for k in document_words(tokens).capitalised:  # both kinds of feature name open on a capitalised word
        t = tokens[k]
        if t.norm in RIVER_AREA_HEADS and k >= 2 and tokens[k - 1].norm == RIVER_WORD \
                and tokens[k - 1].text[:1].isupper() and joined(k - 1, k) and joined(k - 2, k - 1):
            # "the Ohio River Valley", "the Sundays River Valley": the land along a river is named for it whole,
            # the river's own head word inside ("River Valley" alone is a Singapore district, no reading here)
            st = capital_run(k - 1, -1)
            if st < k - 1:
                made.append((st, k + 1))
            continue
        # "The River" opening a sentence is a gazetteer name too (a GeoNames alias); before a river's name the
        # pair is the article and the river's first word, so the river's name replaces it.
        opening_river = k > 0 and tokens[k - 1].text == "The" and river_first(text, tokens, k)
        if (k in in_kept and k not in lone_prefixes and k not in held_heads and not opening_river) \
                or t.text.isupper() and len(t.text) > 1:
            continue
        if t.norm in cues.feature_heads and k > 0 and joined(k - 1, k) and tokens[k - 1].text[:1].isupper() \
                and not opening_river:
            inner = by_end.get(k)
            st = inner.i if inner is not None and not any(x in in_kept and inner.i not in kept_starts
                                                          for x in range(inner.i, k)) else capital_run(k, -1)
            end_tok = k
            if k + 2 < n and tokens[k + 1].norm == "of" and joined(k, k + 1) and joined(k + 1, k + 2) \
                    and tokens[k + 2].text[:1].isupper():
                end_tok = k + 2 if (k + 2) not in by_start else by_start[k + 2].j - 1
            if st < k - 1 and tokens[st].text == "The" and opens_sentence(text, tokens, st) and inner is not None \
                    and inner.i == st and not any(c.exact for c in inner.candidates):
                # "The Uco Valley": a near spelling that swallowed the sentence's article is no part of the
                # feature. A name held exactly with its article keeps it ("The Dalles Dam", "A Coruña Airport").
                st += 1
            if st == k:
                continue
            made.append((st, end_tok + 1))
        elif (t.norm in cues.feature_prefixes or river_first(text, tokens, k)) and k + 1 < n \
                and tokens[k + 1].text[:1].isupper() and (
            joined(k, k + 1) or (t.norm == "mt" and text[t.end : tokens[k + 1].start] == ". ")
        ):
            inner = by_start.get(k + 1)
            e = inner.j - 1 if inner is not None else capital_run(k, 1)
            if e == k or t.norm == RIVER_WORD and _not_a_river(tokens, k, e, cues):
                continue
            if t.norm in _STREAM_PREFIXES and tokens[e].norm in _ROAD_ENDS:
                continue  # "the Bayou Teche Byway", "Bayou Dularge Road": a road named after the stream
            made.append((k, e + 1))
        elif (first := romance_feature_name_start(text, tokens, k, cues)) is not None:
            inner = by_start.get(first)
            made.append((k, (inner.j - 1 if inner is not None else capital_run(first, 1)) + 1))
    if not made:
        return kept
    # "the Cape Fear River": the prefix reads "Cape Fear" and the head "Cape Fear River"; the longer name is the
    # feature, and the shorter one inside it is no second place.
    made = _outermost(made)
    out = []
    found_at = SpanIndex(found)
    for i, j in made:
        # the found names inside the run, in their order, among those overlapping it (found by bisection; a name
        # spans at least one token, so every name inside the run overlaps it)
        inside = [s for s in map(found.__getitem__, found_at.overlapping(i, j))
                  if i <= s.i and s.j <= j and not s.demonym and not (
                      s.j - s.i == 1 and (tokens[s.i].norm in cues.feature_heads
                                          or tokens[s.i].norm in cues.feature_prefixes
                                          or tokens[s.i].norm in ROMANCE_FEATURE_PREFIXES))]
        inner = max(inside, key=lambda s: s.end - s.start, default=None)
        water = tokens[i].norm in WATER_WORDS or tokens[j - 1].norm in WATER_WORDS
        cands = feature_readings(inner.candidates, water) if inner is not None else []  # geo/feature_readings.py
        if i + 1 < j and saint_inside_feature_name(text, tokens, i + 1, held):
            # "Lake St. Clair", "Lake St Lucia" unheld whole: a lake or a cape named for the saint, not after a
            # town of the saint's name (a namesake "St Clair" far away), stands in unresolved as "Port St
            # Charles" does.
            cands = []
        elif tokens[i].norm in _STREAM_PREFIXES:
            # "Bayou Lafourche": the parish and the towns along a bayou are named after it, not it after them,
            # and it runs past several: none of their readings is the stream's, which stands in unresolved.
            cands = []
        # "Cerro Aconcagua": the held name is the mountain itself, so its reading is the feature's own, where
        # Spanish names the relief (a peak of that name in Nepal is not the one a Spanish word opens).
        relief = [c for c in cands if c.exact and c.feature_code in RELIEF_CODES
                  and c.country_code in SPANISH_RELIEF_COUNTRIES] \
            if tokens[i].norm in ROMANCE_FEATURE_PREFIXES else []
        end = tokens[j - 1].end
        span = NameSpan(i, j, tokens[i].start, end, " ".join(readings[i:j]), relief or cands, cue="feature",
                        vague="near" if cands and not relief else None, weak=bool(cands) and not relief,
                        unknown=not cands)
        out.append(span)
    covered = Intervals((s.start, s.end) for s in out)  # geo/interval_cover.py: a bisection, not a scan per name
    rest = [s for s in kept if not covered.holds(s.start, s.end) and not covered.meets(s.start, s.end)]
    return rest + out


def _outermost(made: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The token runs of `made` that no other run of it holds ("the Cape Fear River": the prefix reads "Cape Fear"
    and the head "Cape Fear River"; the shorter one inside is no second place), in their order, repeats kept.

    A run is held where another starts at or before it and ends at or after it: swept once in the order of
    starts (the longer first at one start), each run is held where a run seen before it ends at or after its end.
    Asking every other run for each cost a text of many features the square of their number."""
    held: set[tuple[int, int]] = set()
    furthest = -1
    for i, j in sorted(set(made), key=lambda run: (run[0], -run[1])):
        if furthest >= j:
            held.add((i, j))
        furthest = max(furthest, j)
    return [run for run in made if run not in held]


# "Dogwood and Pruitt streets", "Birch, Fenwick and Tolley roads": a plural street word after a list of names
# makes each name a street's.
PLURAL_STREET_HEADS = frozenset({"streets", "roads", "avenues", "drives", "lanes", "boulevards"})


# Words capitalised only for opening a sentence or a heading before a list of streets.
_NOT_STREET_NAME = frozenset({"the", "a", "an", "at", "on", "of", "in", "near", "along", "from", "to", "between",
                              "both", "and", "or", "corner"})


def _name_word(t: Token) -> bool:
    """A capitalised word that may be (part of) a street's name; a word in capitals is an acronym or a heading."""
    return t.text[:1].isupper() and not t.text.isupper()


def listed_streets(text: str, tokens: list[Token], kept: list[NameSpan], readings: list[str], strong) -> list[NameSpan]:
    """Streets named together before one plural street word ("the corner of Dogwood and Pruitt streets",
    "between Crabgrass, Owens and Harris roads"): each name is a street, reported unresolved, not the town of
    that name. A capitalised plural word ("Bridge and High Streets") belongs to the last street's name.

    English writes the shared head once after a list of two or more names. A large city in the list keeps its
    reading ("the Damascus and Homs roads" are the roads to them), and so the list keeps all its readings.
    """
    out: list[NameSpan] = []
    runs: list[tuple[int, int]] = []
    index = SpanIndex(kept)  # the names a list's runs overlap, found by bisection: a scan per list cost the square
    for k in document_words(tokens).positions(PLURAL_STREET_HEADS):
        t = tokens[k]
        if k == 0:
            continue
        if text[tokens[k - 1].end : t.start] != " ":
            continue
        names: list[tuple[int, int]] = []
        e = k
        while True:
            st = e
            while st > 0 and e - st < 3 and _name_word(tokens[st - 1]) \
                    and (st == e or text[tokens[st - 1].end : tokens[st].start] == " "):
                st -= 1
            while st < e and tokens[st].norm in _NOT_STREET_NAME:
                st += 1  # "Between Mill and High Streets", "The Mill and ...": the sentence's capital, not the name's
            if st == e:
                break
            names.append((st, e))
            if st < 2:
                break
            if tokens[st - 1].norm in ("and", "or") and text[tokens[st - 2].end : tokens[st - 1].start].strip() in ("", ","):
                e = st - 1
            elif text[tokens[st - 1].end : tokens[st].start].strip() == ",":
                e = st
            else:
                break
        if len(names) < 2:
            continue
        if any(any(c.exact and strong(c) for c in kept[n].candidates)
               for st2, e2 in names for n in index.overlapping(st2, e2)):
            continue
        for n, (st, e) in enumerate(names):
            last = n == 0 and t.text[:1].isupper()
            end_tok = k + 1 if last else e
            runs.append((st, end_tok))
            out.append(NameSpan(st, end_tok, tokens[st].start, tokens[end_tok - 1].end,
                                " ".join(readings[st:end_tok]), unknown=True, cue="street"))
    if not out:
        return kept
    taken = Intervals(runs)
    return [s for s in kept if not taken.holds(s.i, s.j)] + out
