"""Where a name points when the gazetteer cannot place it itself: the document's own places stand in.

Two cases. A name with no gazetteer entry (a street, a river, a hamlet, a neighbourhood) still lies where
the report is: in the place it is said to lie in ("Kafr X, Idlib"), else near the place mentioned closest
before it, else at the place the document is about. It keeps `place=None` (nothing is claimed about the
name itself) and gets a `fallback` with a coarser precision. And a division the gazetteer knows only
approximately (a second-level division placed at its province's centre) is moved to the places the
document names inside its province, which are far likelier to lie in it than the province's centre is.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from typing import Callable, Optional, Sequence

from eventwatch.geo.adjective_holders import adjective_holder
from eventwatch.geo.base_modifiers import foreign_base
from eventwatch.geo.dateline_divisions import division_past_dateline
from eventwatch.geo.destinations import destination_only, goods_headed_for
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.feature_holders import province_past_feature
from eventwatch.geo.focus_countries import foreign_before, foreign_seat
from eventwatch.geo.kind_asides import NOT_BEFORE_KIND, PRE_KIND_WORDS
from eventwatch.geo.listed_unknowns import carry_list_stand_ins
from eventwatch.geo.listed_division_peers import listed_division_peer, peer_over_foreign_town
from eventwatch.geo.repeated_unknowns import carry_stated_stand_ins
from eventwatch.geo.roads import ROAD_CUE, ROAD_END, ROAD_FEATURE, runs_to_border
from eventwatch.geo.settlement_part_heads import settlement_part_gap
from eventwatch.geo.speaking_capitals import seat_country
from eventwatch.geo.state_placed_towns import placed_in_another_state
from eventwatch.geo.town_parts import misread_parts, part_of_town_place
from eventwatch.geo.unknown_names import NEAR_ASIDE, load_unknown_place_words
from eventwatch.model import (WHERE_PREC_ADMIN1, WHERE_PREC_ADMIN2, WHERE_PREC_COUNTRY, WHERE_PREC_NEAR, Evidence,
                              Place, Toponym)

# How far before an unresolved name (in characters) a resolved name still stands in for it.
NEARBY_CHARS = 150
# What reads the text between two offsets of a list of names (`_gap_between`, `indexed_gaps`).
GapReader = Callable[[Sequence[Toponym], int, int], Optional[str]]


def _point(p: Optional[Place]) -> bool:
    """A place small enough to stand in for another (a town, a district), not a country or province."""
    return p is not None and p.lat is not None and p.precision <= WHERE_PREC_ADMIN2


# An ocean's or a sea's codes: open water holds no unknown name merely written near it ("The Pacific was calm as
# the fleet left Pearl Harbor": the harbour is on land, some thousands of kilometres from the ocean's point).
_OPEN_WATER = frozenset({"OCN", "SEA"})


def _open_water(p: Optional[Place]) -> bool:
    """Whether p is an ocean or a sea: a stand-in only where the text puts a name in it (a container)."""
    return p is not None and p.feature_code in _OPEN_WATER


def document_focus(toponyms: Sequence[Toponym]) -> Optional[Place]:
    """The place the document is most about: the most often named resolved place, preferring a point. A place
    named only as where the displaced went (`destinations.destination_only`) is not what the report is about:
    an unknown village the displaced fled from lies elsewhere, so it stands in nowhere rather than there; nor is
    a port or a market named only as where goods are headed (`destinations.goods_headed_for`), the far end of
    the story's road. A place named only as where a statement was made ("the interim administration in Mekelle
    said") comes after every other: the speaker's seat may lie far from the event, so a region the report names is the
    more honest stand-in; where a national capital is all there is, its country (geo/speaking_capitals.py)."""
    # imported here: event_location builds on this module
    from eventwatch.geo.event_location import speaks_from

    counts: dict[tuple, list] = {}
    for t in toponyms:
        p = t.place
        if p is None or not t.locational or p.lat is None or destination_only(t) or goods_headed_for(t):
            continue
        entry = counts.setdefault((p.geonames_id, p.name, p.lat, p.lon), [0, p, t.start, True])
        entry[0] += 1
        entry[3] = entry[3] and speaks_from(t)
    if not counts:
        return None
    best = max(counts.values(), key=lambda e: (not e[3], _point(e[1]), e[0], -e[1].precision, -e[2]))
    if best[3]:
        return seat_country(toponyms, best[1])
    return best[1]


FACILITY_CUE = "facility"  # geo/facilities.py: a named building or site
EMBEDDED_CUE = "embedded"  # a known name read inside a longer one


def _inner_place(toponyms: Sequence[Toponym], k: int, focus: Optional[Place]) -> Optional[Place]:
    """The place named inside facility `k` ("Lagos" in "Lagos State University Teaching Hospital"), where it
    can stand in for the facility: the building is in or near the town its name carries far more often than
    at the document's main place. Not where the document is about another country: there the inner name is
    a namesake or a dedication ("Al-Quds Hospital" in Aleppo is not in Jerusalem). A country inside the name
    ("the Turkish Embassy", "British Council School") says whose it is, not where it is."""
    t = toponyms[k]
    if t.cue != FACILITY_CUE:
        return None
    inside = [o for o in toponyms if o is not t and o.cue == EMBEDDED_CUE and o.place is not None
              and o.place.lat is not None and o.place.precision <= WHERE_PREC_ADMIN1
              and t.start <= o.start and o.end <= t.end]
    if not inside:
        return None
    best = max(inside, key=lambda o: (o.end - o.start, -o.start)).place
    if focus is not None and focus.country_code and best.country_code != focus.country_code:
        return None
    return best


def _inner_within(toponyms: Sequence[Toponym], k: int, container: Place, focus: Optional[Place]) -> Optional[Place]:
    """The town named inside facility `k` where the text puts the facility in a province that holds that town
    ("the Baiji power plant in Salahuddin"), or puts a site of extraction or transport in a country holding it
    ("the Kirkuk gas field in Iraq"): the town is the finer stand-in, and the container agrees with it. A country
    agrees with too many namesakes of a building's dedication ("the Jackson Stadium in the United States", "the
    Victoria Hospital in Canada") for its agreement alone to place one at a town; a field, a dam or a port bears
    the name of the town it serves. A container that is itself a point keeps the facility, and one that does not
    hold the inner town says the name is a namesake's or a dedication's."""
    if _point(container):
        return None
    province = container.admin1 is not None and container.precision < WHERE_PREC_COUNTRY
    if not province and not _named_site(toponyms[k].text):
        return None
    inner = _inner_place(toponyms, k, focus)
    if not _point(inner) or inner.country_code is None or inner.country_code != container.country_code:
        return None
    if province and inner.admin1 != container.admin1:
        return None
    return inner


# The heads of a site named for the town it serves: fields, mines, dams, ports, plants, pipelines. Not the
# buildings named for a person or a saint as often as for a town (stadium, hospital, hotel, school, church).
_NAMED_SITE_HEADS = frozenset({"oilfield", "oilfields", "field", "fields", "gasfield", "dam", "refinery", "airport",
                               "airfield", "airbase", "port", "harbour", "harbor", "mine", "mines", "pipeline",
                               "terminal", "barrage", "reservoir", "quarry", "smelter", "plant"})
_SITE_PHRASES = frozenset({("power", "station"), ("pumping", "station"), ("power", "plant")})


def _named_site(name: str) -> bool:
    """Whether a facility's name ends in a site's head ("Kirkuk gas field", "Mosul Dam", "Baiji power station")."""
    words = name.lower().split()
    return len(words) > 1 and (words[-1] in _NAMED_SITE_HEADS or tuple(words[-2:]) in _SITE_PHRASES)


def _place_after(toponyms: Sequence[Toponym], k: int) -> Optional[Place]:
    """The town written right after facility `k` and a comma ("the X Library, Dublin"): where it stands."""
    t = toponyms[k]
    if t.cue != FACILITY_CUE:
        return None
    nxt = next((o for o in toponyms[k + 1 :] if o.start >= t.end), None)
    if nxt is None or nxt.start - t.end != 2 or not nxt.locational or not _point(nxt.place):
        return None
    return nxt.place


def fallback_place(toponyms: Sequence[Toponym], k: int, container: Optional[int] = None,
                   focus: Optional[Place] = None, reach: int = WHERE_PREC_NEAR) -> Optional[Place]:
    """The stand-in for unresolved toponym `k`, with a precision that says how loosely it stands in. `reach` is
    the finest precision its container can give it: a point's neighbour (2) unless the text puts the name
    further away ("20 km from Y", `stated_container`)."""
    t = toponyms[k]
    source, precision = None, WHERE_PREC_ADMIN2
    if container is not None and toponyms[container].place is not None \
            and (inner := _inner_within(toponyms, k, toponyms[container].place, focus)) is not None:
        source, precision = inner, WHERE_PREC_NEAR  # "the Kirkuk gas field in Iraq": at Kirkuk, inside Iraq
    elif container is not None and toponyms[container].place is not None:
        source = toponyms[container].place
        precision = max(reach, WHERE_PREC_NEAR) if _point(source) else max(reach, source.precision)
    elif (inner := _place_after(toponyms, k) or _inner_place(toponyms, k, focus)) is not None:
        source = inner
        precision = WHERE_PREC_NEAR if _point(source) else source.precision
    else:
        for j in range(k - 1, -1, -1):
            o = toponyms[j]
            if t.start - o.end > NEARBY_CHARS:
                break
            if o.locational and _point(o.place) and not _open_water(o.place) and not foreign_seat(o, focus) \
                    and not foreign_base(o, focus) and not foreign_before(toponyms, j, k, focus) \
                    and not goods_headed_for(o) \
                    and not placed_in_another_state(toponyms, j, k):
                # (goods_headed_for: "to reach the port at Durban", the road's far end; placed_in_another_state,
                # geo/state_placed_towns.py: "commute from Winchester, Va. Growers near X", the paper's own hamlet)
                source = o.place
                division = division_past_dateline(toponyms, j, k)
                if division is not None:
                    source, precision = division, division.precision
                break
        if source is None and not _open_water(focus):
            source = focus
            if source is not None and not _point(source):
                precision = source.precision
        peer = listed_division_peer(toponyms, k)  # "from Miami, crossing to Bimini or X": Bimini's
        if peer_over_foreign_town(source, peer):
            source, precision = peer, peer.precision
    if source is None:
        return None
    evidence = None
    if source.evidence is not None and t.place is None:
        ev = source.evidence
        evidence = Evidence(ev.document_id, ev.field, t.text, t.start, t.end, ev.sentence, ev.sentence_start)
    return dataclasses.replace(source, raw=t.text, precision=max(precision, source.precision),
                               evidence=evidence, alternatives=[])


def add_fallbacks(toponyms: list[Toponym], containers: Sequence[Optional[int]]) -> None:
    """Give every unresolved locational toponym its stand-in place (in place); a named part of a town read as
    a namesake elsewhere is unresolved first (`town_parts.misread_parts`) and stands in at its town."""
    parts = misread_parts(toponyms)
    for part, town in parts:
        t = toponyms[part]
        stand_in = part_of_town_place(t, toponyms[town].place)
        ev = stand_in.evidence
        if ev is not None:
            stand_in.evidence = Evidence(ev.document_id, ev.field, t.text, t.start, t.end, ev.sentence,
                                         ev.sentence_start)
        t.place, t.fallback = None, stand_in
    _stand_ins(toponyms, containers, {part for part, _ in parts})


def _stand_ins(toponyms: list[Toponym], containers: Sequence[Optional[int]], placed: set[int]) -> None:
    """The stand-ins of `add_fallbacks` for the names not read as parts of towns (`placed`). The text between
    names is read from the kept sentences indexed here (`indexed_gaps`): no name gains or loses its place until
    `carry_stated_stand_ins`, the last step, which reads no gap."""
    focus = document_focus(toponyms)
    gap_between = indexed_gaps(toponyms)
    stated: set[int] = set()
    for k, t in enumerate(toponyms):
        if t.place is None and t.locational and k not in placed:
            if t.cue == ROAD_CUE:
                t.fallback = road_place(toponyms, k, containers[k], focus)
            # a container the gazetteer lacks ("X village, Y groupement, Z territory") is passed through to
            # whatever the text says holds it (`stated_container`, `_through_unplaced_holder`)
            elif containers[k] is not None and toponyms[containers[k]].place is not None:
                # "X in Y state's Z region": the division after the container's possessive holds the name
                held = _division_after_possessive(toponyms, containers[k])
                t.fallback = fallback_place(toponyms, k, containers[k] if held is None else held, focus)
                stated.add(k)
            else:
                container, reach = stated_container(toponyms, k, gap_between)
                if container is None:
                    container = adjective_holder(toponyms, k, gap_between)
                t.fallback = fallback_place(toponyms, k, container, focus, reach)
                if container is not None:
                    stated.add(k)
    stated |= carry_list_stand_ins(toponyms, stated, gap_between)
    carry_stated_stand_ins(toponyms, stated)


# What the text writes between an unresolved name and the place that holds it, beyond the bare comma or "in"
# that recognition links (name_lists.CONTAINMENT_GAP): the kind of place the name is, then "in", "of", "near"
# or "outside" ("Kalma camp in Nyala", "Umemger village of Guma LGA", "the Hay X neighbourhood of Aleppo").
# The kind may be a division of any country's hierarchy ("Mayom County of Unity State", "X territory in North
# Kivu", "X woreda of East Wollega zone"): a division named "of"/"in" a larger one lies inside it. Nigerian
# English calls a village a community ("X community of Y LGA"), and an apposition names the kind after a
# comma ("X, a village in Y woreda", "X, a small town near Y"): both say the same.
_DIVISION_HEADS = (
    r"county|province|territory|prefecture|sub-?prefecture|governorate|region|state|municipality|municipio|department|"
    r"cercle|commune|woreda|zone|township|tehsil|payam|raion|rayon|oblast|hromada|lga|local\s+government\s+area|"
    # the customary and lower divisions of Congo's and Cameroon's hierarchies ("X groupement of Y chiefdom")
    r"groupement|chiefdom|chefferie|subdivision|arrondissement|"
    # the group of villages below a Myanmar township ("X village tract, Y township")
    r"village\s+tract"
)
# "the Bapere sector of ", "the Y groupement in ": a division the recogniser did not take as a name (a sector,
# a groupement, a subdistrict below the division the text then names), passed on the way to the place that
# holds it all ("X, a village in the Y sector of Z territory"): the village lies in Z, whatever Y is.
# So is one whose kind an apposition gives ("the X quarter of Y, a commune of Z": the quarter lies in Z).
_UNREAD_DIVISION = (
    r"(?:(?-i:[A-Z][\w'’-]*)(?:[\s-](?-i:[A-Z][\w'’-]*)){0,2}(?:\s+|,\s+an?\s+)"
    rf"(?:{_DIVISION_HEADS}|district|sub-?district|sector|secteur)\s+(?:of|in)\s+(?:the\s+)?)"
)
# A site's head, after at most one word of what it handles ("the X fuel port in Y", "the X border crossing near
# Z"): unknown_places.yaml's site_heads, which also make a name opened by a weak prefix a place's.
_SITE_HEADS = rf"(?:{NOT_BEFORE_KIND}[a-z-]+\s+)?(?:" + "|".join(sorted(load_unknown_place_words().site_heads)) + ")"
HEAD_BEFORE_CONTAINER = re.compile(
    rf"(?:\s+|,\s+an?\s+{PRE_KIND_WORDS})"  # "X, a (small farming) village in Y": what the aside says of it
    r"(?:(?:idp|idps|refugee|refugees|displacement|displaced|transit)\s+)?"
    r"(?:village|hamlet|camp|neighbou?rhood|favela|quarter|settlement|area|locality|district|town|suburb|community|"
    # the parts a town is cut into for its own government ("X, a borough of Y", "a ward of Z"), only in the
    # aside: bare, "X ward in Y" is a hospital's ward ("Cholera ward in Beira"), no named part of the town. Only
    # right after ", a " (one space each): adjectives ("a small ward of"), "an outer borough" and wider spacing
    # are left out on purpose, to keep the aside as narrow as its tests show it
    r"(?<=,\sa\s)(?:borough|ward)|"
    rf"{_DIVISION_HEADS}"
    rf"|{_SITE_HEADS})"
    r"\s+(?:in|of|near|outside)\s+(?:the\s+)?(?:(?:[a-z-]+ern|central)\s+)?(?:(?:rural|countryside\s+of)\s+)?"
    rf"{_UNREAD_DIVISION}?",
    re.IGNORECASE,
)
# "X village, in Y locality": the kind of place, then an aside saying where it lies.
_HEAD_THEN_ASIDE = re.compile(
    r"\s+(?:village|hamlet|town|camp|settlement|locality|community|area|neighbou?rhood)\s*,\s+in\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+ern|central)\s+)?", re.IGNORECASE)
# "X, in Burkina Faso's Sahel region", "X in eastern Congo's Masisi territory": a country written in the
# possessive before a division only says whose division it is; the division after it is what holds X.
IN_BEFORE_COUNTRY = re.compile(r",?\s+in\s+(?:the\s+)?(?:(?:[a-z-]+ern|central)\s+)?", re.IGNORECASE)
POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:[a-z-]+ern|central)\s+)?", re.IGNORECASE)
# "the village of X, 20 km from Y", "X, a village 15 km east of Y", "X, some 12 miles north-east of Y": a
# distance from a known place.
DISTANCE_FROM = re.compile(
    r",?\s+(?:an?\s+(?:small\s+)?(?:village|town|hamlet|settlement|camp|neighbou?rhood|area)\s+)?"
    r"(?:(?:some|about|around|roughly|nearly|approximately|just)\s+)?(\d+(?:\.\d+)?)\s*-?\s*"
    r"(km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\s+"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)[a-z-]*\s+)?(?:of|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "inside X since 5am, northern Shan", "X overnight, Mopti region", "X on Tuesday night, Kharkiv oblast": a short
# time phrase (at most five words of time, no verb, no sentence break) between a name and the comma before the
# place that holds it. Reports written fast (posts, flash updates) put the time first and the container after.
_TIME_WORD = (
    r"(?:since|from|on|at|early|late|around|about|until|till|by|before|after|overnight|yesterday|today|tonight"
    r"|this|last|the|of|morning|afternoon|evening|night|dawn|daybreak|dusk|noon|midday|midnight"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july"
    r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|\d{1,2}(?:[:.]\d{2})?(?:\s?(?:am|pm|a\.m\.|p\.m\.|hrs|h))?|\d{4})"
)
TIME_BEFORE_CONTAINER = re.compile(
    rf"\s+(?:{_TIME_WORD}\s+){{0,4}}{_TIME_WORD},\s+(?:(?:[a-z-]+ern|central)\s+)?",
    re.IGNORECASE,
)
# Arabic "in" ("في", "داخل") between an unresolved name and the place after it, with an optional comma.
ARABIC_IN = re.compile(r"[\s،,]*\s(?:في|داخل)\s+")
_MILE_KM = 1.609344
# Within UCDP's 25 km a name stands near its reference point (2); within ~50 km at its district (3).
NEAR_KM = 25.0
DISTRICT_KM = 50.0


def _bracket_closes(toponyms: Sequence[Toponym], k: int, sentence: str, offset: int) -> bool:
    """Whether the bracket holding place `k` closes after it, or after the province that follows it ("X town
    (Y district, Z)"): an ACLED note writes the district and its province together, and the district holds X."""
    o = toponyms[k]
    if _CLOSE_BRACKET.match(sentence, o.end - offset):
        return True
    after = next((p for p in toponyms[k + 1 :] if p.start >= o.end), None)
    return after is not None and after.start - offset <= len(sentence) \
        and _DIVISION_THEN_COMMA.fullmatch(sentence[o.end - offset : after.start - offset]) is not None \
        and _CLOSE_BRACKET.match(sentence, after.end - offset) is not None


def stated_container(toponyms: Sequence[Toponym], k: int, gap_between: Optional[GapReader] = None,
                     _depth: int = 0) -> tuple[Optional[int], int]:
    """The resolved place the text says unresolved toponym `k` lies in or near, read from the words between
    them ("Kalma camp in Nyala", "Ngamdu, 20 km from Maiduguri", "X since 5am, northern Shan"), with the finest precision that reading
    allows; (None, 2) where the text says none. The words are read from the following place's sentence: a
    toponym keeps only its own text. Between unplaced names, `gap_between` reads them (`_gap_between`, the
    walk over every name, where none is given)."""
    gap_between = gap_between or _gap_between
    t = toponyms[k]
    nxt = next((j for j in range(k + 1, len(toponyms)) if toponyms[j].start >= t.end), None)
    if nxt is None:
        return None, WHERE_PREC_NEAR
    o = toponyms[nxt]
    if o.place is None and _depth < _CHAIN_DEPTH:
        return _through_unplaced_holder(toponyms, k, nxt, _depth, gap_between)
    ev = o.place.evidence if o.place is not None else None
    if not o.locational or ev is None or not ev.sentence or t.end < ev.sentence_start or o.start - t.end > 60:
        return None, WHERE_PREC_NEAR
    gap = ev.sentence[t.end - ev.sentence_start : o.start - ev.sentence_start]
    if HEAD_BEFORE_CONTAINER.fullmatch(gap) or IN_BEFORE_COUNTRY.fullmatch(gap):
        held = _division_after_possessive(toponyms, nxt)
        if held is not None:
            return held, WHERE_PREC_NEAR
    if HEAD_BEFORE_CONTAINER.fullmatch(gap) and not (gap.startswith(",") and _country(o.place)):
        # An apposition with a country ("X, a farming town in eastern Y") says no more than the country: the
        # town named before it, as for any name, stands in closer.
        return _bracketed_refinement(toponyms, nxt), WHERE_PREC_NEAR
    if settlement_part_gap(ev.sentence, t.start - ev.sentence_start, gap, t.text):
        # "Chibolya compound in Lusaka", "Korail slum of Dhaka": a named part of the town, which holds it
        # (geo/settlement_part_heads.py)
        return _bracketed_refinement(toponyms, nxt), WHERE_PREC_NEAR
    if (gap.startswith(",") and IN_BEFORE_COUNTRY.fullmatch(gap) or _HEAD_THEN_ASIDE.fullmatch(gap)) \
            and o.place is not None and not (o.place.feature_code or "").startswith("PCL"):
        # "X, in the Y region", "X, in northern Y": an aside that says where the name lies. It outranks a
        # town named before (a dateline, a speaker's seat) that only happens to be nearer in the text.
        return nxt, WHERE_PREC_NEAR
    if _ASIDE_DIVISION_OF.fullmatch(gap) and o.place is not None and not _country(o.place):
        # "the community of X, in the municipality of Y": the aside names the division holding the name with the
        # division's word before it; it outranks a town named elsewhere in the sentence (a speaker's seat).
        return nxt, WHERE_PREC_NEAR
    if _BRACKET_HOLDER.fullmatch(gap) and o.place is not None and not _country(o.place) \
            and _bracket_closes(toponyms, nxt, ev.sentence, ev.sentence_start):
        # "X (Y)", "X cercle (Y region)": event datasets' notes write the division holding a place in brackets
        # after it (geo/bracketed_divisions.py); a bracketed country says only whose place it is.
        return nxt, WHERE_PREC_NEAR
    if TIME_BEFORE_CONTAINER.fullmatch(gap):
        # The place after the time phrase is where the sentence says the name lies: it stands in before the
        # document's only town, which may lie elsewhere in the same division.
        return nxt, WHERE_PREC_NEAR
    if ARABIC_IN.fullmatch(gap):
        # "قرية X في جبل الزاوية": Arabic's "in", which recognition links only between English names; a feature
        # across provinces gives way to the province after it (geo/feature_holders.py)
        return province_past_feature(toponyms, nxt), WHERE_PREC_NEAR
    if _OWN_HEAD_THEN_HOLDER.fullmatch(gap) and (_point(o.place) or o.place is not None and not _country(o.place)) \
            and not _DIVISION_LIST_GOES_ON.match(ev.sentence, o.end - ev.sentence_start):
        # "X chiefdom, Y territory": a division the gazetteer lacks, written with its word, in the place after it;
        # the holder may be a province ("X district, Y province", "X township, Y Region"), where it stands in
        # with the province's own precision, never at a town named elsewhere (a speaker's seat, a dateline).
        return nxt, WHERE_PREC_NEAR
    if gap.strip() == "," and _point(o.place) and not _LIST_RUN.match(ev.sentence, o.end - ev.sentence_start):
        # "Barangay X, Y, Z province": the address form names the unplaced name with the town it lies in, even
        # where the names run on (which is why recognition links no container here); a run closed by "and" or
        # "or" ("X, Y Twp., Z or W") is a list of equals instead.
        return nxt, WHERE_PREC_NEAR
    if NEAR_ASIDE.fullmatch(gap) and _point(o.place):
        # "the village of X, near Y", "X, just outside Y": the town an aside sets the unplaced name beside (as
        # "X, a village near Y" does, naming the kind), before a town named elsewhere.
        return nxt, WHERE_PREC_NEAR
    m = DISTANCE_FROM.fullmatch(gap)
    if m is not None and _point(o.place):
        km = float(m.group(1)) * (_MILE_KM if m.group(2).lower().startswith("mi") else 1.0)
        reach = WHERE_PREC_NEAR if km <= NEAR_KM else WHERE_PREC_ADMIN2 if km <= DISTRICT_KM else WHERE_PREC_ADMIN1
        return nxt, reach
    return None, WHERE_PREC_NEAR


# "Raqqa (Al-Karama subdistrict)", "Idlib governorate (Harim district)": a bracket right after a holder that names
# the division below it, as event datasets' notes do.
_REFINING_BRACKET = re.compile(rf"(?:\s+(?:{_DIVISION_HEADS}|district|countryside))?\s*\(\s*", re.IGNORECASE)


def _bracketed_refinement(toponyms: Sequence[Toponym], j: int) -> int:
    """The holder `j`, or the finer division of the same province written in brackets right after it ("a hamlet
    in the eastern countryside of Raqqa (Al-Karama subdistrict)"): the note's finest word on where the name
    lies, as a coder reads it."""
    o = toponyms[j]
    nxt = j + 1
    if nxt >= len(toponyms) or o.place is None or o.place.evidence is None:
        return j
    b, ev = toponyms[nxt], o.place.evidence
    if b.place is None or not b.locational or b.place.country_code != o.place.country_code \
            or b.place.admin1 != o.place.admin1 or b.place.precision >= o.place.precision \
            or not ev.sentence_start <= o.end <= b.start <= ev.sentence_start + len(ev.sentence):
        return j
    gap = ev.sentence[o.end - ev.sentence_start : b.start - ev.sentence_start]
    closed = _CLOSE_BRACKET.match(ev.sentence, b.end - ev.sentence_start) or \
        _DIVISION_CLOSE.match(ev.sentence, b.end - ev.sentence_start)
    return nxt if _REFINING_BRACKET.fullmatch(gap) and closed else j


# ", in the municipality of ", ", in the rural area of the municipio of ": an aside whose division word comes
# before the division's name.
_ASIDE_DIVISION_OF = re.compile(
    rf",\s+in\s+(?:the\s+)?(?:rural\s+(?:area|zone|part)\s+of\s+(?:the\s+)?)?(?:{_DIVISION_HEADS}|district)\s+of\s+",
    re.IGNORECASE,
)
# "X (", "X cercle (": a bracket opened right after a name, with the name's own division word before it.
_BRACKET_HOLDER = re.compile(rf"(?:\s+(?:{_DIVISION_HEADS}|district|town|village|hamlet))?\s*\(\s*", re.IGNORECASE)
_CLOSE_BRACKET = re.compile(r"(?:\s+(?:region|province|state|governorate))?\s*\)", re.IGNORECASE)
# "Y district, " inside a bracket, before the province that closes it ("X town (Y district, Z)").
_DIVISION_THEN_COMMA = re.compile(rf"(?:\s+(?:{_DIVISION_HEADS}|district|sub-?district))?,\s*", re.IGNORECASE)
# "Al-Karama subdistrict)", "Harim district)": a lower division's word closing the bracket.
_DIVISION_CLOSE = re.compile(rf"\s+(?:{_DIVISION_HEADS}|district|sub-?district|nahiya)\s*\)", re.IGNORECASE)
# How many unplaced divisions a chain of asides may pass through ("X, a village in the Y groupement of Z chiefdom,
# W territory": two) before the place that holds them all.
_CHAIN_DEPTH = 3
# "X chiefdom, Y territory", "X sector, Y": a name written with its own division word, a comma and the place
# that holds it: the address form with the division word kept.
_OWN_HEAD_THEN_HOLDER = re.compile(rf"\s+(?:{_DIVISION_HEADS}|district|sector|secteur),\s+(?:the\s+)?", re.IGNORECASE)
# "X village, Y groupement, Z territory": the address form with the settlement's word kept, passed only on the way
# through a division the gazetteer lacks to the place that holds them both.
_SETTLEMENT_THEN_HOLDER = re.compile(r"\s+(?:village|hamlet|locality|settlement|community),\s+", re.IGNORECASE)
# What closes a list of divisions rather than a chain of them ("X territory, Y territory and Z").
_DIVISION_LIST_GOES_ON = re.compile(rf"(?:\s+(?:{_DIVISION_HEADS}|district))?\s*,?\s+(?:and|or)\s+[A-Z]",
                                    re.IGNORECASE)


def _through_unplaced_holder(toponyms: Sequence[Toponym], k: int, j: int, depth: int,
                             gap_between: GapReader) -> tuple[Optional[int], int]:
    """The place holding unresolved `k` when the text says it lies in another unresolved name `j` ("X, a village
    in the Y groupement of Z chiefdom, W territory"): the place `j` itself is said to lie in, followed down the
    chain. A village of a division the gazetteer lacks lies in whatever holds that division, not at the
    document's main place; (None, 2) where the text says nothing of the kind."""
    t, o = toponyms[k], toponyms[j]
    gap = gap_between(toponyms, t.end, o.start)
    if gap is None or not o.locational or o.start - t.end > 60:
        return None, WHERE_PREC_NEAR
    # An aside ("the village of X, in Y district of Z") says where X lies as a head word does.
    # So does a bracket opened after the name ("X village (Y village tract, Z township, ...)"): ACLED's address.
    headed = bool(HEAD_BEFORE_CONTAINER.fullmatch(gap) or _OWN_HEAD_THEN_HOLDER.fullmatch(gap)
                  or _SETTLEMENT_THEN_HOLDER.fullmatch(gap) or _BRACKET_HOLDER.fullmatch(gap)
                  or gap.startswith(",") and IN_BEFORE_COUNTRY.fullmatch(gap) or _HEAD_THEN_ASIDE.fullmatch(gap))
    if not headed and not IN_BEFORE_COUNTRY.fullmatch(gap):
        return None, WHERE_PREC_NEAR
    # "X in Y state's Z region": a plain "in" passes through Y only to the division Y is said to hold.
    possessed = _division_of_unplaced(toponyms, j, gap_between)
    if possessed is not None:
        return possessed, WHERE_PREC_NEAR
    if not headed:
        return None, WHERE_PREC_NEAR
    held, reach = stated_container(toponyms, j, gap_between, depth + 1)
    if held is None or toponyms[held].place is None:
        return None, WHERE_PREC_NEAR
    return held, reach


# "Y state's", "Y's": an unplaced holder in the possessive, its own kind word allowed before the "'s".
_UNPLACED_POSSESSIVE = re.compile(r"(?:\s+(?:state|region|province|federal\s+state))?" + POSSESSIVE_GAP.pattern,
                                  re.IGNORECASE)


def _division_of_unplaced(toponyms: Sequence[Toponym], j: int, gap_between: GapReader) -> Optional[int]:
    """The resolved division written right after unplaced `j` in the possessive ("X in Y state's Z region",
    a federal state the gazetteer lacks): Z is the finest known ground the text gives X, as with a country's
    possessive (`_division_after_possessive`)."""
    o = toponyms[j]
    nxt = next((i for i in range(j + 1, len(toponyms)) if toponyms[i].start >= o.end), None)
    if nxt is None or toponyms[nxt].place is None or not toponyms[nxt].locational \
            or _country(toponyms[nxt].place):
        return None
    gap = gap_between(toponyms, o.end, toponyms[nxt].start)
    return nxt if gap is not None and _UNPLACED_POSSESSIVE.fullmatch(gap) else None


class _KeptSentences:
    """The sentences kept on a list's resolved names, sorted by where they open, each with the furthest end
    any of them opening so far reaches: the one that may hold two offsets is found by bisection.

    Every kept sentence is a slice of the one text, at its own offset, so any sentence holding two offsets gives
    the same text between them as the first name's in the list that `_gap_between` reads; asked once per
    unresolved name, that walk over every name cost the square of a long text's names. The index holds the
    places as they stand when it is made: it serves while no name gains or loses one (`indexed_gaps`)."""

    def __init__(self, toponyms: Sequence[Toponym]):
        kept = sorted(((o.place.evidence.sentence_start, o.place.evidence) for o in toponyms
                       if o.place is not None and o.place.evidence is not None and o.place.evidence.sentence),
                      key=lambda x: x[0])
        self._starts = [start for start, _ in kept]
        self._furthest: list[Evidence] = []
        for _, ev in kept:
            if not self._furthest or _sentence_end(ev) > _sentence_end(self._furthest[-1]):
                self._furthest.append(ev)
            else:
                self._furthest.append(self._furthest[-1])

    def gap(self, start: int, end: int) -> Optional[str]:
        k = bisect_right(self._starts, start) - 1
        if start > end or k < 0:
            return None
        ev = self._furthest[k]
        if end > _sentence_end(ev):
            return None
        return ev.sentence[start - ev.sentence_start : end - ev.sentence_start]


def _sentence_end(ev: Evidence) -> int:
    return ev.sentence_start + len(ev.sentence)


def _gap_between(toponyms: Sequence[Toponym], start: int, end: int) -> Optional[str]:
    """The text between two offsets, read from the sentence of any resolved name that holds both; None where
    no such sentence is kept (toponyms keep only their own text)."""
    for o in toponyms:
        ev = o.place.evidence if o.place is not None else None
        if ev is not None and ev.sentence and ev.sentence_start <= start <= end <= ev.sentence_start + len(ev.sentence):
            return ev.sentence[start - ev.sentence_start : end - ev.sentence_start]
    return None


def indexed_gaps(toponyms: Sequence[Toponym]) -> GapReader:
    """A `_gap_between` for `toponyms` answering from their kept sentences indexed once, now (`_KeptSentences`),
    for a pass in which no name gains or loses its place; any other list is read by the walk over its names."""
    sentences = _KeptSentences(toponyms)

    def gap_between(of: Sequence[Toponym], start: int, end: int) -> Optional[str]:
        return sentences.gap(start, end) if of is toponyms else _gap_between(of, start, end)

    return gap_between


def _country(place: Optional[Place]) -> bool:
    return place is not None and (place.feature_code or "").startswith("PCL")


# The rest of a run of capitalised names closed by "and"/"or" ("Twp., Trenton or Monroe").
_NAME_WORDS = r"(?:\s+[A-Z][\w.'’-]*)*"
_LIST_RUN = re.compile(rf"{_NAME_WORDS}(?:\s*,\s*[A-Z][\w.'’-]*{_NAME_WORDS})*\s*,?\s+(?:and|or)\s+[A-Z]")


def _division_after_possessive(toponyms: Sequence[Toponym], j: int) -> Optional[int]:
    """The resolved division written right after country `j` in the possessive ("Burkina Faso's Sahel region"),
    which holds what the text places "in" that phrase; None where `j` is not such a country. A region or
    division wider than the one after it holds it alike, its own division word before the "'s" or not
    ("X in Galana state's Waro region"): the finer one is where the name lies."""
    o = toponyms[j]
    if o.place is None or o.place.evidence is None:
        return None
    country = (o.place.feature_code or "").startswith("PCL")
    if not country and o.place.precision < WHERE_PREC_ADMIN1:
        return None
    nxt = next((i for i in range(j + 1, len(toponyms)) if toponyms[i].start >= o.end), None)
    if nxt is None:
        return None
    held, ev = toponyms[nxt], o.place.evidence
    if held.place is None or not held.locational or held.place.country_code != o.place.country_code:
        return None
    if not country and held.place.precision >= o.place.precision:
        return None
    if not ev.sentence_start <= o.end <= held.start <= ev.sentence_start + len(ev.sentence):
        return None
    gap = ev.sentence[o.end - ev.sentence_start : held.start - ev.sentence_start]
    return nxt if (POSSESSIVE_GAP if country else _HOLDER_POSSESSIVE_GAP).fullmatch(gap) else None


# "Galana state's Waro region": a wider division's possessive, its division word written or not.
_HOLDER_POSSESSIVE_GAP = re.compile(rf"(?:\s+(?:{_DIVISION_HEADS}))?{POSSESSIVE_GAP.pattern}", re.IGNORECASE)


# A road's stand-in: how far after the road (in characters) the town it is said to pass still anchors it
# ("the M4 highway near Saraqib"), and how far apart its two towns may be for each UCDP precision.
ROAD_ANCHOR_CHARS = 40
# The cues of a town that places the road beside it ("near Saraqib", "outside Lahore", "east of Mahnomen").
_ROAD_ANCHOR_CUES = frozenset({"near", "outside", "nearby", "around", "at", "in", "north", "south", "east", "west",
                               "northeast", "northwest", "southeast", "southwest"})
ROAD_NEAR_KM = 50.0  # a segment this short lies within UCDP's 25 km of a point on it
ROAD_DISTRICT_KM = 150.0  # longer segments are known to the district (3), longer still to the province (4)


def road_place(toponyms: Sequence[Toponym], k: int, container: Optional[int] = None,
               focus: Optional[Place] = None) -> Optional[Place]:
    """The stand-in for a road (geo/roads.py): the town it is said to pass or run from, else as any name.

    A road runs through many places, so a town named with it fixes a segment only: the road between two
    towns stands in at the first, near (2) where they are close, else at the district (3) or province (4)
    level their distance allows; a road "near X" or "outside X" stands in near X (2); otherwise the road
    stands in as any unresolved name does (fallback_place). Its feature code is RD.
    """
    t = toponyms[k]
    ends = [o for o in toponyms[max(0, k - 2) : k + 4] if o is not t and o.cue == ROAD_END and _point(o.place)
            and t.start <= o.start < t.end + ROAD_ANCHOR_CHARS]
    place: Optional[Place] = None
    if len(ends) >= 2:
        a, b = ends[0].place, ends[1].place
        km = haversine_km(a.lat, a.lon, b.lat, b.lon)
        precision = WHERE_PREC_NEAR if km <= ROAD_NEAR_KM else WHERE_PREC_ADMIN2 if km <= ROAD_DISTRICT_KM \
            else WHERE_PREC_ADMIN1
        place = dataclasses.replace(a, raw=t.text, precision=max(precision, a.precision), alternatives=[])
    elif len(ends) == 1 and (_one_end_named(toponyms, t, ends[0]) or runs_to_border(t.text)):
        # "the road between Diapaga and X", X unknown to the gazetteer: the road still runs from the known
        # town, not from the dateline or the speaker's seat; how far it runs is unknown, so its district (3).
        a = ends[0].place
        place = dataclasses.replace(a, raw=t.text, precision=max(WHERE_PREC_ADMIN2, a.precision), alternatives=[])
    elif container is None:
        nxt = next((o for o in toponyms[k + 1 :] if o.start >= t.end), None)
        if nxt is not None and nxt.locational and _point(nxt.place) and nxt.start - t.end <= ROAD_ANCHOR_CHARS \
                and nxt.cue in _ROAD_ANCHOR_CUES:
            place = dataclasses.replace(nxt.place, raw=t.text, precision=max(WHERE_PREC_NEAR, nxt.place.precision),
                                        alternatives=[])
    if place is None:
        place = fallback_place(toponyms, k, container, focus)
    elif place.evidence is not None:
        ev = place.evidence
        place.evidence = Evidence(ev.document_id, ev.field, t.text, t.start, t.end, ev.sentence, ev.sentence_start)
    if place is None:
        return None
    return dataclasses.replace(place, feature_code=ROAD_FEATURE)


def _one_end_named(toponyms: Sequence[Toponym], road: Toponym, end: Toponym) -> bool:
    """Whether the road's other end is a name the gazetteer lacks (an unresolved road end inside the road's
    span), so that the one resolved end is all the text gives of where the road runs."""
    return any(o is not road and o is not end and o.cue == ROAD_END and o.place is None
               and road.start <= o.start < road.end for o in toponyms)


def reposition_approximate(toponyms: list[Toponym], approximate: Sequence[bool]) -> None:
    """Move divisions with stand-in coordinates to the nearest-mentioned place the document names inside them.

    Only stand-ins move: a county placed from its member towns or its namesake town (approx=0 in the bundled
    table) is nearer its own centre than any town the document happens to name in the same province.
    """
    if not any(approximate):
        return
    points = _points_by_province(toponyms, approximate)
    for k, t in enumerate(toponyms):
        p0 = t.place
        if p0 is None or not p0.admin1 or not approximate[k]:
            continue
        best = _nearest_mentioned(points.get((p0.country_code, p0.admin1)), t.start)
        if best is not None:
            t.place = dataclasses.replace(p0, lat=best.lat, lon=best.lon)


def _points_by_province(toponyms: Sequence[Toponym], approximate: Sequence[bool]
                        ) -> dict[tuple[Optional[str], Optional[str]], tuple[list[int], list[int], list[Place]]]:
    """The places that may lend a stand-in division their point (points placed for themselves, no county), by
    (country, province), each group's (starts, indexes, places) sorted by start then index: testing every name for
    every stand-in cost the product of a long text's divisions and names. Only stand-ins move, and a stand-in
    never lends, so the groups hold while `reposition_approximate` moves them."""
    found: dict[tuple[Optional[str], Optional[str]], list[tuple[int, int, Place]]] = {}
    for j, o in enumerate(toponyms):
        if not approximate[j] and _point(o.place) and o.place.feature_code != "ADM2":
            found.setdefault((o.place.country_code, o.place.admin1), []).append((o.start, j, o.place))
    out = {}
    for key, group in found.items():
        group.sort(key=lambda x: (x[0], x[1]))
        out[key] = ([start for start, _, _ in group], [j for _, j, _ in group], [p for _, _, p in group])
    return out


def _nearest_mentioned(group: Optional[tuple[list[int], list[int], list[Place]]], at: int) -> Optional[Place]:
    """The place of `group` written nearest offset `at`, the first in the text of those equally near (as `min`
    over the names in order chose it); None for no group."""
    if not group:
        return None
    starts, indexes, places = group
    k = bisect_left(starts, at)
    gap = min(abs(starts[n] - at) for n in (k - 1, k) if 0 <= n < len(starts))
    nearest = [n for start in {at - gap, at + gap} for n in range(bisect_left(starts, start),
                                                                   bisect_right(starts, start))]
    return places[min(nearest, key=lambda n: indexes[n])]
