"""Which of a sentence's places is where the event happened."""
from __future__ import annotations

import bisect
import copy
import re
from typing import Callable, Optional

from eventwatch.geo.attributed_asides import in_attributed_aside, in_blame_aside
from eventwatch.geo.between_asides import between_aside
from eventwatch.geo.boundary_sides import across_the_line
from eventwatch.geo.coder_notes import noted_place
from eventwatch.geo.coordinates import COORDINATE_CUE
from eventwatch.geo.destinations import destination_only
from eventwatch.geo.fallback import ARABIC_IN, DISTANCE_FROM, HEAD_BEFORE_CONTAINER
from eventwatch.geo.force_origins import force_origin
from eventwatch.geo.group_seats import fled_place, group_speaks, holds
from eventwatch.geo.held_in_towns import TOWN_PART_COMMA
from eventwatch.geo.hiding_ground import hiding_ground
from eventwatch.geo.measured_offsets import measured_anchor
from eventwatch.geo.normalise import is_arabic
from eventwatch.geo.person_origins import person_origin
from eventwatch.geo.report_titles import TITLE_CUE
from eventwatch.geo.reporter_seats import reports_from
from eventwatch.geo.roads import ROAD_CUE, ROAD_END, load_roads
from eventwatch.geo.route_clauses import in_route_clause
from eventwatch.geo.seat_targets import deeds_placed, judicial_court, targeted_institution
from eventwatch.geo.settlement_part_heads import settlement_part_gap
from eventwatch.geo.split_divisions import lies_in_division
from eventwatch.geo.town_parts import part_of_town_place, town_part_pairs
from eventwatch.geo.unknown_names import CAMP_SHELTERS, load_unknown_place_words
from eventwatch.geo.water_countries import with_story_country
from eventwatch.geo.word_prechecks import case_folded, may_hold
from eventwatch.model import WHERE_PREC_ADMIN1, WHERE_PREC_ADMIN2, WHERE_PREC_NEAR, Place, Toponym

_ATTACK_VERBS = load_unknown_place_words().attack_verbs

# Cues that put the event at the place ("in X", "near X", "village of X") rather than mention it.
_EVENT_CUES = frozenset(
    "in at near outside inside into on village town city area outskirts vicinity countryside rural suburbs "
    "camp neighbourhood neighborhood market district province governorate struck hit shelled bombed targeted "
    "stormed captured besieged raided hamlet settlement "
    # a list's plural head says as much of each member ("the villages of X, Y and Z")
    "villages towns hamlets "
    # the local words for a settlement below a municipality ("the corregimiento of X", "the barangay of Y")
    "corregimiento vereda barangay "
    # the divisions of other hierarchies, as "district" and "province" ("Mayom County of Unity State")
    "county territory prefecture municipality municipio commune cercle woreda township tehsil upazila regency canton "
    "oblast raion payam "
    # and the customary and lower divisions below a territory or a division ("the X groupement of Y chiefdom")
    "groupement chiefdom chefferie subdivision arrondissement "
    # an island the tables lack is ground people live and fight on, as a village is ("on X island")
    "island "
    # an Arabic name keeps its settlement or division word, folded, as its cue ("بلدة X" the town of X)
    "مدينه بلده قريه مخيم حي منطقه ناحيه مدن قري بلدات قضاء مديريه محليه اطراف محيط".split()
    # what an armed group burns is a place ("gunmen burned X": unknown_names.armed_target reads the doer)
    + ["burned", "burnt", "torched", "razed"]
    # and what an armed doer attacks, overruns or loots ("bandits attacked X (Maru, Zamfara)"): the verb is read
    # only with its doer before it (unknown_names.armed_target), so it names the target as firmly as "at" does
    + sorted(_ATTACK_VERBS)
)


# Cues that put an English name the tables lack on the ground as a settlement ("the outskirts of X", "the village
# of X", "in X"), where a speaker's seat is all else the sentence names.
_SETTLEMENT_CUES = frozenset("in at near outside inside outskirts vicinity village villages town towns hamlet "
                             "hamlets camp neighbourhood neighborhood".split())


# Cues of a river, a lake or another feature the tables lack ("the X river", geo/river_towns.unheld_rivers).
# "feature" is any natural feature's (a mountain, a forest), which is as much the event's ground as water is.
# Such a stand-in sits at the document's focus, often the speaker's own seat: the rule then changes only the
# precision (the seat's point at a coarser precision, the event somewhere around it), not the point. It holds
# only for the feature told before the attribution ("drowned in the X river, police in Y said"); with the
# attribution first ("Police in Y said ... drowned in the X river") the seat keeps a town's precision.
_WATER_CUES = frozenset({"feature", "river", "lake", "creek", "stream"})


# Words that make a sentence holding a coordinate say where something happened ("the strike was geolocated to",
# "Coordinates: ...", "the crater is at"), so its point may stand for an event told in another sentence.
_WHERE_STATEMENT = re.compile(
    r"(?i)\b(?:co-?ordinates?|geo-?locat\w*|gps|located|locations?|positions?|site|took place|happened|occurred|"
    r"struck|hit|strikes?|attack(?:s|ed)?|shell(?:s|ed|ing)?|bomb(?:s|ed|ing)?|explosions?|blasts?|impacts?|"
    r"craters?|fired|landed)\b"
)
# How far a stated point may lie from the place a sentence names and still be where that place's event was:
# UCDP's "near a known place" radius for a town, twice that for a second-order division.
_SAME_TOWN_KM = 25.0
_SAME_DISTRICT_KM = 50.0


def choose_event_location(toponyms: list[Toponym], start: int, end: int) -> Optional[Place]:
    """The most specific locational place named in [start, end).

    A coordinate pair written in the sentence is the most precise evidence there is and wins over any name.
    Otherwise actors' origins (demonyms, "Moscow said") are not locational and never chosen; among the rest a
    place a statement was made from ("said in Kyiv", "the London-based monitor") or a story was filed from
    (a dateline: "MAIDUGURI, Nigeria (AP) —") comes last, then what lies across the line the event happened
    along ("on the border with Y"), then a lower UCDP
    precision code wins (a town beats "rural Aleppo", which beats "Syria"; a town and a point near it rank
    alike), then a name with an event cue ("in", "near", "village of"), then the earliest. When only
    unresolved names are there, the best one's stand-in place is returned (its raw text is the unresolved
    name). A point given in another sentence that says where something happened ("the strike was geolocated
    to 35.86, 36.80") replaces the chosen place when it agrees with it (see `_stated_point`).
    """
    toponyms = _without_locators(_parts_read_as_towns(toponyms))
    # A town a road is named after ("the Damascus–Aleppo highway") is not where the event is: the road is.
    inside = [t for t in toponyms if t.locational and t.place is not None and start <= t.start < end
              and t.cue != ROAD_END]
    if any(t.locational and t.place is None and t.fallback is None and start <= t.start < end for t in toponyms):
        # a place nothing in the text can stand in for (`fallback.document_focus`) is where it happened, not
        # where the displaced went
        inside = [t for t in inside if not destination_only(t)]
    points = [t for t in inside if t.cue == COORDINATE_CUE]
    if points:
        return copy.deepcopy(points[0].place)
    chosen: Optional[Place] = None
    # Names the gazetteer cannot place, each with the stand-in of the place it is said to lie in
    # ("the village of X, Idlib" → Idlib, coarser precision, raw "X").
    stand_ins = [t for t in toponyms if t.locational and t.place is None and t.fallback is not None
                 and start <= t.start < end]
    if inside:
        # An agency title's area ("GAZA: Flash Update") holds what the report names, like a dateline's town.
        # What lies across the line the event happened along ranks after the sentence's other places but
        # before a speaker's seat: it is still somewhere on that line.
        # a group's seat that nothing else draws the event from is where it happened (geo/group_seats.py)
        grounded = _grounded_groups(inside, stand_ins)

        def elsewhere(t: Toponym) -> bool:
            return told_elsewhere(t) and id(t) not in grounded

        best = min(inside, key=lambda t: (elsewhere(t) or names_a_road(t) or t.cue == TITLE_CUE
                                          or _blamed_beside_the_event(t, inside),
                                          beyond_a_line(t) or on_the_way(t) or _home_town_aside(t, inside),
                                          not _struck_institution(t), _tier(t.place.precision),
                                          0 if (t.cue or "") in _EVENT_CUES or _measured_from(t) else 1, t.start))
        chosen = best.place
        # A cued village the tables lack, standing in at that same place, says more: the event keeps its name
        # ("in the village of X, rural Idlib" → Idlib as the stand-in of X, not as "rural Idlib").
        # A name written as lying in the chosen place ("Goz X camp in Nyala") is where the event is even where its
        # stand-in is coarser than the place itself: the event is near Nyala (2), not in the town (1).
        # A road whose stand-in lies inside a coarser chosen place ("on the road between X and Y (Z region)")
        # is where the event is: the road is known to its towns, the region only holds it.
        within = [t for t in stand_ins if (t.cue or "") in _EVENT_CUES and _same_ground(t.fallback, chosen)
                  and not _holder_after(t, best)
                  or _named_in(t, best) and _same_ground(t.fallback, chosen, coarser=True)
                  # "قرية X في ناحية Y": an Arabic village written in its subdistrict stands in at the province
                  # both lie in
                  or _named_in(t, best) and is_arabic(t.text) and t.fallback.country_code == chosen.country_code
                  and bool(chosen.admin1) and t.fallback.admin1 == chosen.admin1
                  or t.cue == ROAD_CUE and _finer_inside(t.fallback, chosen)
                  # "MALI: Flash update on the blockade of Boni": the title's area holds what the title names
                  or best.cue == TITLE_CUE and t.fallback.country_code == chosen.country_code
                  and t.fallback.precision < chosen.precision]
        # A place named only as a speaker's seat ("قالت لجان مقاومة الفاشر", the El Fasher committees said; "the
        # health ministry in Beirut said") says less than a cued camp or village the tables lack: the event
        # stands in at that village's place, keeping its name.
        # So does a river or a lake the tables lack, named in the event's clause before the attribution ("two
        # fishermen drowned in the X river, police in Y said"): the water is where it happened.
        cued = [t for t in stand_ins if (t.cue or "") in _EVENT_CUES and is_arabic(t.text)
                or (t.cue or "") in _SETTLEMENT_CUES and speaks_from(best) and id(best) not in grounded
                or (t.cue or "") in _WATER_CUES and t.end <= best.start and speaks_from(best)
                and id(best) not in grounded]
        if not within and cued and elsewhere(best) and all(elsewhere(t) for t in inside):
            within = cued
        # A road placed by the towns it is named after ("an ambush on the road between X and Y") says where the
        # event was; a dateline or a speaker's seat, all the sentence else names, only says who told it.
        roads = [t for t in stand_ins if t.cue == ROAD_CUE and _placed_by_its_ends(t, toponyms)]
        if not within and roads and elsewhere(best) and all(elsewhere(t) for t in inside):
            within = roads
        # "X, a village between Y and Z": the towns only place the village, which the tables lack; the event
        # stands in at the village's fallback near the first of them, keeping its name.
        between = None if within else _located_by(stand_ins, best, between_aside)
        if within:
            # of two as precise, a name only an attack verb cues ranks after one written as lying in the chosen
            # place ("bandits attacked X and Y in Zamfara State": Y, placed by the report); and a river or a
            # lake ranks after a settlement written beside it ("on the X river near Y village"): the water runs
            # for miles, the settlement says where along it
            settled = _settled_waters(within)
            chosen = min(within, key=lambda t: (t.fallback.precision, t.cue in _ATTACK_VERBS and not _named_in(t, best),
                                                id(t) in settled, t.start)).fallback
        elif between is not None and between.fallback.country_code == chosen.country_code:
            chosen = between.fallback
        else:
            located = _located_by(stand_ins, best)
            if located is not None:
                chosen = copy.copy(chosen)
                chosen.raw = located.text
    elif stand_ins:
        best = min(stand_ins, key=lambda t: (0 if (t.cue or "") in _EVENT_CUES else 1, t.fallback.precision,
                                             t.start))
        chosen = best.fallback
    stated = _stated_point(toponyms, start, end, chosen)
    if stated is not None:
        return copy.deepcopy(stated)
    noted = noted_place(toponyms, chosen, stand_in=any(chosen is t.fallback for t in stand_ins))
    if noted is not None:
        return noted
    # a water held in no country (a cross-border river) is in the one country the story's other places lie in
    return with_story_country(copy.deepcopy(chosen), toponyms) if chosen is not None else None


# A settlement written after the water in the same clause says where along it the event was ("the X river near
# Y village", "the X river in Y village", "the X lake, upstream of Y", "the X river, 10 km from Y"), unless the
# words between say otherwise: "from" ("crossing the X river from Y village": where the boat set out; a distance
# "12 km from" is DISTANCE_FROM's and places it, as "downstream from" and "not far from" do, but not "far from" or
# "miles away from"), a destination ("heading to", "bound for", "towards"), a source or its people ("according to
# a chief in Y", "residents of Y"), or a clause break (";", "and", a relative pronoun, a finite verb: "on the X
# river, and residents of Y fled"), after which the settlement is another clause's. A participle before the
# settlement's noun describes it ("near the abandoned village of Y") and breaks nothing.
_WATER_WORD = re.compile(r"(?i)\s+(?:river|lake|creek|stream|forest|mountains?|hills?|swamp|marsh)\b")
_NOT_BESIDE_WATER = re.compile(
    r"(?i)(?<!stream\s)(?<!not\sfar\s)\bfrom\b|[;.!?:()]|,\s*(?:but|or|while|as|after|before|when|where)\b"
    r"|(?<!close\s)(?<!next\s)(?<!due\s)\bto\b|\b(?:and|for|towards?|according|residents?|officials?|chiefs?)\b"
    r"|\b(?:that|which|who)\b"
    r"|\b(?:was|were|is|are|had|has|have|said|says|told|fled|ran|took|went|left)\b"
    r"|(?<!\bthe\s)\b\w+ed\b(?!\s+(?:village|town|settlement|hamlet)\s+of\b)"
)
# The farthest a settlement may be written after the water and still be placed beside it.
_BESIDE_WATER_SPAN = 80


def _settled_waters(within: list[Toponym]) -> set[int]:
    """The ids of the waters in `within` (a river, a lake, a natural feature the tables lack) with a settlement
    among `within` written after them in their clause ("on the X river in Y village"): the settlement says where
    along the water the event was, and ranks first. A settlement named otherwise (the boat's origin, another
    clause) does not outrank the water the event was on. Only the settlement written next after each water is
    looked at: one beyond it lies beyond its words too (linear in the names after a sort)."""
    settlements = sorted((t for t in within if (t.cue or "") not in _WATER_CUES), key=lambda t: t.start)
    if not settlements:
        return set()
    starts = [t.start for t in settlements]
    settled: set[int] = set()
    for water in within:
        if (water.cue or "") not in _WATER_CUES:
            continue
        k = bisect.bisect_right(starts, water.end)
        if k < len(settlements) and _beside_water(water, settlements[k]):
            settled.add(id(water))
    return settled


def _beside_water(water: Toponym, other: Toponym) -> bool:
    """Whether `other`, a settlement written after `water` in its sentence, is written as lying along it."""
    found = _in_sentence(water)
    if found is None:
        return False
    sentence, _at, end = found
    gap_end = end + other.start - water.end
    if gap_end > len(sentence):
        return False
    word = _WATER_WORD.match(sentence, end, gap_end)
    gap_start = word.end() if word is not None else end
    if DISTANCE_FROM.fullmatch(sentence, gap_start, gap_end) is not None:
        return True
    return gap_end - gap_start <= _BESIDE_WATER_SPAN \
        and _NOT_BESIDE_WATER.search(sentence, gap_start, gap_end) is None


def _parts_read_as_towns(toponyms: list[Toponym]) -> list[Toponym]:
    """The toponyms with each named part of a town and its town read as one place ("the Crater district of
    Aden", "the Karari area of Omdurman", "Mogadishu's Hodan district"): the town near its point (UCDP 2)
    with the part's name as raw, in place of both; and with the province (or its capital) a district is
    said to lie in dropped ("the Khanabad district of Kunduz"): it says where the district is, not where
    the event is. See town_parts.town_part_pairs for how the two are told apart."""
    pairs = town_part_pairs(toponyms)
    if not pairs:
        return toponyms
    out = list(toponyms)
    drop: set[int] = set()
    for part, holder, is_part in pairs:
        if is_part:
            merged = copy.copy(toponyms[holder])
            merged.place = part_of_town_place(toponyms[part], toponyms[holder].place)
            at = min(part, holder)  # the pair ranks where the first of its names is written
            merged.start, merged.end = toponyms[at].start, toponyms[at].end
            merged.cue = toponyms[part].cue if (toponyms[part].cue or "") in _EVENT_CUES else merged.cue
            out[holder] = merged
            drop.add(part)
        elif toponyms[part].place is not None:
            drop.add(holder)
    return [t for k, t in enumerate(out) if k not in drop]


# ", west of", ", just north-east of", " district west of", ", a town north of", Arabic " غربي ": the place after
# it only says where the name before it lies. Without a comma the name must carry its own division or
# settlement word ("Hawija district west of Kirkuk"), so "fighting in Idlib north of the road" is no locator.
_DIRECTION = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_LOCATOR_HEAD = (
    r"(?:district|sub-?district|county|province|governorate|region|territory|municipality|municipio|commune|"
    r"township|town|village|city|camp|area|suburb|neighbou?rhood|quarter|hamlet|settlement|locality)"
)
_LOCATOR_GAP = re.compile(
    rf"(?i)(?:\s+{_LOCATOR_HEAD}{CAMP_SHELTERS})?,\s*(?:(?:an?|the)\s+(?:(?:small|large|border|remote|farming|"
    rf"mountain|coastal|desert|frontline|front-line|nearby)\s+)?{_LOCATOR_HEAD}\s+)?"
    rf"(?:(?:just|due|slightly|far|some\s+way)\s+)?"
    rf"{_DIRECTION}\s+of\s+(?:the\s+)?"
    rf"|\s+{_LOCATOR_HEAD}\s+(?:(?:just|due|slightly|far)\s+)?{_DIRECTION}\s+of\s+(?:the\s+)?"
    # Arabic: "قضاء الحويجة غربي كركوك", "بلدة X شمال شرقي Y" (the name's own division word comes before it)
    r"|\s+(?:إلى\s+ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?(?:\s+(?:شرق|غرب)(?:ي|ى)?)?(?:\s+مدينة)?\s+"
)


def _without_locators(toponyms: list[Toponym]) -> list[Toponym]:
    """The toponyms without a town that only locates the resolved town or district written before it ("in the
    district of Maqbanah, west of Taiz", "Hawija district west of Kirkuk", "Huwwara, a town south of Nablus",
    "قضاء الحويجة غربي كركوك", "Tarhuna, 60 km south-east of Tripoli"): the event is at the name the text
    places, at that name's own precision, not at its landmark, though the landmark's "west of" ranks as near
    a town. A direction with no named place before it ("30 km west of Kirkuk") still locates the event."""
    drop = set()
    for k in range(1, len(toponyms)):
        a, b = toponyms[k - 1], toponyms[k]
        if not (a.locational and b.locational) or a.place is None or b.place is None \
                or a.place.precision > WHERE_PREC_ADMIN2 or b.place.evidence is None:
            continue
        ev = b.place.evidence
        if not ev.sentence_start <= a.end <= b.start:
            continue
        gap = ev.sentence[a.end - ev.sentence_start : b.start - ev.sentence_start]
        if _LOCATOR_GAP.fullmatch(gap) or DISTANCE_FROM.fullmatch(gap) and gap.lstrip().startswith(","):
            drop.add(k)
    return [t for k, t in enumerate(toponyms) if k not in drop] if drop else toponyms


def _named_in(stand_in: Toponym, holder: Toponym) -> bool:
    """Whether the unresolved name is written as lying in the chosen place ("Palma in Cabo Delgado province",
    "Boni, Douentza cercle", "Kanyama compound, Lusaka"): then the event is at that name, standing in at its
    holder, whatever verb led to it ("attacked Palma")."""
    evidence = holder.place.evidence if holder.place is not None else None
    if evidence is None or not stand_in.end <= holder.start:
        return False
    gap = evidence.sentence[stand_in.end - evidence.sentence_start : holder.start - evidence.sentence_start]
    if is_arabic(stand_in.text) and (_ARABIC_JOINED_HOLDER.fullmatch(gap) is not None
                                     or not gap.strip() and holder.text.startswith("ب")):
        return True  # "حي الأندلس بطرابلس", "قرية X في ناحية Y": the holder's own "in" and division word
    if is_arabic(stand_in.text) and _ARABIC_COMPASS_GAP.fullmatch(gap) is not None:
        return True
    if any(p.fullmatch(gap) is not None for p in (_HOLDER_GAP, HEAD_BEFORE_CONTAINER, DISTANCE_FROM, TOWN_PART_COMMA)):
        return True
    if settlement_part_gap(evidence.sentence, stand_in.start - evidence.sentence_start, gap, stand_in.text):
        return True  # "Kanyama compound in Lusaka", "Mathare slum of Nairobi" (geo/settlement_part_heads.py)
    # ACLED's bracket chain "X (Y, Z)": the first bracketed name is the district holding X. A lone bracketed
    # name ("X (Y)") is as often the same place's other spelling, so the chain's comma is asked for.
    after = holder.end - evidence.sentence_start
    return _BRACKET_OPEN.fullmatch(gap) is not None and _BRACKET_CHAIN_REST.match(evidence.sentence, after) is not None


def _located_by(stand_ins: list[Toponym], holder: Toponym,
                locates: Callable[[str], object] = _LOCATOR_GAP.fullmatch) -> Optional[Toponym]:
    """The unresolved name the chosen place only locates ("Zamzam camp, south of El Fasher"): the event is at
    that name, which the gazetteer lacks, near the landmark (the landmark's own "south of" precision), so the
    name is kept as the place's raw text rather than the direction phrase. `locates` tells a locating gap
    between the name and the landmark (a compass aside by default; "a village between" for between_aside)."""
    evidence = holder.place.evidence if holder.place is not None else None
    if evidence is None:
        return None
    for t in stand_ins:
        if t.end <= holder.start and evidence.sentence_start <= t.end:
            gap = evidence.sentence[t.end - evidence.sentence_start : holder.start - evidence.sentence_start]
            if locates(gap):
                return t
    return None


# "X, Y", "X in Y", the asides "X, in Y", "X, in the municipality of Y" that reports write, and Arabic's "in";
# also "X, in the rural area of the municipality of Y" (the countryside of a municipality holds its veredas).
# An Arabic holder after "in" with its settlement or division word, "ب" joined or "في" apart: "حي X بمدينة Y",
# "قرية X في ناحية Y".
_ARABIC_JOINED_HOLDER = re.compile(r"\s+(?:ب|في\s+)(?:مدينة|مدينه|بلدة|بلده|محافظة|محافظه|ولاية|ولايه|ريف|قضاء|ناحية|ناحيه|"
                                   r"محلية|محليه|مديرية|مديريه)\s+")
# "بلدة X جنوب نابلس", "قرية X شمال شرقي مدينة Y": a compass word (or two) between an unresolved Arabic name and
# its holder places the name by the holder, as "X, south of Y" does in English; so does "near" ("قرية X قرب Y",
# "بالقرب من Y")
_ARABIC_COMPASS_GAP = re.compile(r"(?:\s+(?:(?:شمال|جنوب|شرق|غرب)(?:ي|ى)?|قرب|بالقرب\s+من)){1,2}\s+"
                                 r"(?:(?:مدينة|مدينه|بلدة|بلده)\s+)?")
# A compass side of the holder ("X, in western Y") holds X as the holder does.
_HOLDER_GAP = re.compile(
    rf"(?i),\s*|,?\s+in\s+(?:the\s+)?(?:rural\s+(?:area|zone|part)\s+of\s+(?:the\s+)?)?"
    rf"(?:{_DIRECTION}(?:ern)?\s+)?"
    rf"(?:(?:{_LOCATOR_HEAD}|department|state|zone|woreda)\s+of\s+)?|{ARABIC_IN.pattern}"
)


_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_CHAIN_REST = re.compile(r"\s*,[^()]+\)")


# The words of a first-level division, written after a name that holds the chosen place ("X commune (Y province,
# Z region)", "X, Y governorate").
_HOLDER_CUES = frozenset({"province", "governorate", "region", "state", "oblast"})


def _holder_after(stand_in: Toponym, best: Toponym) -> bool:
    """Whether an unresolved name only holds the chosen place: a province the gazetteer lacks, written after the
    town ("Arbinda commune (Soum province)"), borrows the town itself as its stand-in, and says no more of
    where the event was than the town does; its name is no better raw text than the town's."""
    return stand_in.start >= best.end and (stand_in.cue or "") in _HOLDER_CUES \
        and best.place is not None and _same_ground(stand_in.fallback, best.place)


def _tier(precision: int) -> int:
    """How specific a precision is for choosing among a sentence's places: the town itself (1) and a point
    near it or a named part of it (2) are both town-level, so "near Debre Markos" is not beaten by a capital
    named later in the sentence; coarser codes rank by their code."""
    return WHERE_PREC_NEAR if precision <= WHERE_PREC_NEAR else precision


def _in_sentence(toponym: Toponym) -> Optional[tuple[str, int, int]]:
    """The sentence the name's place was read from, with the name's offsets in it; None where the place keeps
    no sentence (a gold span, a user's place) or the name lies outside it."""
    place = toponym.place or toponym.fallback
    evidence = place.evidence if place is not None else None
    if evidence is None or not evidence.sentence:
        return None
    at, end = toponym.start - evidence.sentence_start, toponym.end - evidence.sentence_start
    if not 0 <= at <= end <= len(evidence.sentence):
        return None
    return evidence.sentence, at, end


def _measured_from(toponym: Toponym) -> bool:
    """Whether the name is what a written offset measures from ("15 km east of X"): a cue of the event's place
    as firm as "near" (geo/measured_offsets.py)."""
    found = _in_sentence(toponym)
    return found is not None and measured_anchor(found[0], found[1])


def _audience_addressed(sentence: str, at: int, end: int, before: str) -> bool:
    """Whether the words before the name at `at` are a speaker addressing an audience there
    (`_AUDIENCE_SPEAKER_BEFORE`); searched in the sentence itself, so that a participle may open it. Not where a
    "where" clause after the name makes it the scene ("Talking to reporters in Goma, where shells hit the
    market"): only here, as "he said by phone from Goma, where he later fled" is still the speaker's seat."""
    low = before.lower()
    if not any(verb in low for verb in _AUDIENCE_VERBS):
        return False
    m = _AUDIENCE_SPEAKER_BEFORE.search(sentence, at - len(before), at)
    if m is None or _SCENE_AFTER.match(sentence, end) is not None:
        return False
    # "a lawmaker was shot dead while speaking to reporters in X": a casualty or an attack in the clause the
    # participle hangs on makes X the scene, unless a verb of saying stands between ("..., the governor said,
    # speaking to reporters in X")
    head = sentence[max(0, m.start() - 160) : m.start()]
    return _HARM_BEFORE.search(head) is None or _SAID_BEFORE.search(head) is not None


def speaks_from(toponym: Toponym, groups: bool = True) -> bool:
    """Whether the name is where a statement about the event was made, not where the event happened: "the
    ministry said in Niamey", "told reporters in Addis Ababa", "a statement from Abuja", "the health ministry
    in Ramallah", "the London-based monitor", and (unless `groups` is False) "a rights group in X said"
    (geo/group_seats.py). Such a place is still locational (the speaker is there), so it stays the event's
    place only when the sentence names no other."""
    found = _in_sentence(toponym)
    if found is None:
        return False
    sentence, at, end = found
    before, after = sentence[max(0, at - 80) : at], sentence[end : end + 8]
    # Every expression before the name ends in spaces after "in", "from" or "the" (English) or after an Arabic
    # word: a name with no such word before it, most names, is not searched for them (asked of every name,
    # each search tried every position of its 80 characters).
    word = before.rstrip()
    last = word[-1:] if len(word) < len(before) else ""
    english = last != "" and last in _ENGLISH_CUE_ENDS
    arabic = "\u0621" <= last <= "\u064a"
    return bool(english and (_SPEAKER_BEFORE.search(before) or _institution_seat(sentence, at, end)
                             or reports_from(before) or _audience_addressed(sentence, at, end, before))
                or _BASED_AFTER.match(after)
                or english and _FORCE_BEFORE.search(before) and _SPEECH_AFTER.match(sentence, end)
                or groups and english and group_speaks(sentence, before, end)
                or last != "" and last in "fFeE" and _SEE_BEFORE.search(before) and _SPEECH_AFTER.match(sentence, end)
                or arabic and _ARABIC_SPEAKER_BEFORE.search(before))


# The last letters of "in", "from" and "the", in either case: what the English expressions below end with.
_ENGLISH_CUE_ENDS = frozenset("nNmMeE")


# "said in Niamey", "said by phone from Bahir Dar", "said in a statement issued in Addis Ababa", "said in a
# communique read on state television in Bamako" (juntas and armies speak through the state broadcaster).
_SPEAKER_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told(?:\s+\w+){0,2}?|"
    # an outlet told ("told a radio station in Juba", "told the state news agency in X")
    r"told\s+(?:a|an|the)\s+(?:(?:local|state|private|national|community)\s+)?"
    r"(?:radio|television|TV|news)\s+(?:station|channel|agency|outlet|conference)|announced|stated|declared|denied|added|wrote|tweeted|posted|"
    r"speaking|spoke|statement|briefing|press\s+conference)"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+)?"
    r"(?:\s+(?:in|on)\s+a\s+(?:statement|briefing|post|video|press\s+conference|communiqu[eé]))?"
    r"(?:\s+(?:by\s+(?:tele)?phone|by\s+satellite\s+phone|over\s+the\s+phone|issued|released|published|"
    r"delivered|made|given|sent|read|broadcast|aired|televised)"
    r"(?:\s+(?:on|over)\s+(?:the\s+)?(?:state|national|public)?\s*(?:television|radio|TV))?)?"
    r"\s+(?:in|from)\s+(?:the\s+)?$"
)
# The audience a speaker addressed, named with the verb: the town after it is the speaker's seat. A participle
# opens its own clause ("Briefing reporters in Geneva, a spokesperson said", "..., speaking to journalists in
# Kinshasa", "the governor, talking in Maiduguri, said"); a past form has the audience after it ("the minister
# briefed reporters in Kabul") or before it ("journalists briefed in Kabul said"). Mid-clause, a participle belongs
# to the event's own clause ("a soldier talking to journalists in X was shot dead", "the rally he was addressing in
# X"), and so does a past form without the audience ("soldiers addressed a crowd in X before opening fire").
_AUDIENCE = (r"(?:(?:the|a\s+group\s+of|foreign|local|visiting)\s+)?"
             r"(?:reporters|journalists|press|media|correspondents|diplomats|donors)")
_AUDIENCE_SPEAKER_BEFORE = re.compile(
    r"(?i)(?:(?:^|[,;:]\s*|\b(?:while|when|after|before)\s+)(?:speaking|talking|addressing|briefing)"
    r"(?:\s+(?:to\s+|with\s+)?" + _AUDIENCE + r")?|\b(?:briefed|addressed)\s+" + _AUDIENCE + r"|\b" + _AUDIENCE
    + r"\s+(?:briefed|addressed))(?:\s+(?:on|late\s+on|early\s+on)\s+\w+)?\s+(?:in|from)\s+(?:the\s+)?$")
# A casualty or attack verb in the clause an audience participle hangs on (`_audience_addressed`), and a verb of
# saying that gives the participle a speaker's clause of its own instead.
_HARM_BEFORE = re.compile(
    r"(?i)\b(?:killed|shot|gunned\s+down|wounded|injured|attacked|assassinated|ambushed|stabbed|abducted|"
    r"kidnapped|opened\s+fire|blew\s+(?:himself|herself)\s+up)\b")
_SAID_BEFORE = re.compile(r"(?i)\b(?:said|says|told|stated|added)\b")
# the words of speaking `_AUDIENCE_SPEAKER_BEFORE` opens with: a window without any of them is not searched
_AUDIENCE_VERBS = ("speaking", "talking", "addressing", "addressed", "briefing", "briefed")
# "in Goma, where shells hit the market": the clause after the name makes it the scene (`_audience_addressed`)
_SCENE_AFTER = re.compile(r",?\s+where\b")
# "officials in Hargeisa", "the health ministry in Ramallah", "the OCHA hub in Gaziantep", "the regional
# administration in Mekele", "the local authority in Taiz", "a charity headquartered in Geneva": an institution's seat;
# the institution may carry its remit in an "of" phrase ("the Ministry of Health in Gaza", "the Office of the
# Governor in Kandahar").
_SEAT_BEFORE = re.compile(
    r"(?i)\b(?:officials?|ministry|ministries|government|authorities|authority|spokes(?:man|woman|person)|office|hub|"
    r"mission|headquarters|embassy|envoy|diplomats?|agency|monitor|observatory|presidency|administration|"
    # a commission speaks for a state or a body from its seat ("the high commission in Noumea", "the electoral
    # commission in Accra", "the British High Commission in Nairobi")
    r"commission|"
    # an outlet's own desk ("a source reached by our newsroom in Bangui", "the agency's bureau in Goma")
    r"newsroom|bureau|editorial\s+(?:office|desk|team)|"
    # an organisation's registered seat ("a network of charities headquartered in Geneva")
    r"headquartered|head-quartered|"
    # a tribunal or prosecutors trying what happened elsewhere ("prosecutors in The Hague"); the prosecution
    # takes no "of" phrase ("the prosecution of soldiers in X" is about X)
    r"tribunal|prosecutors?)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2})?"
    r"\s+(?:in|from)\s+(?:the\s+)?$|\bprosecution\s+(?:in|from)\s+(?:the\s+)?$"
)
# "a military court in X", "the Court of Appeal in Y", "the court in Z heard ...": a court trying what happened
# elsewhere sits in its town (a bare court is a judge's, not a game's or a mall's: seat_targets.judicial_court);
# the word before it, the court word as written and a capitalised "of" phrase naming it.
_COURT_BEFORE = re.compile(
    r"(?i)(?:\b(?P<modifier>[\w'’-]+)\s+)?\b(?P<court>courts?)"
    r"(?P<named>\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w-]*){0,2})?"
    r"\s+(?:in|from)\s+(?:the\s+)?$"
)
_BASED_AFTER = re.compile(r"(?i)-?\s?based\b")
# How far before an institution word an attack verb may stand ("stormed the heavily guarded provincial office of
# the ministry of the interior in X")
_TARGET_REACH = 160


def _institution_seat(sentence: str, at: int, end: int) -> bool:
    """Whether the words before the name at `at`..`end` make it an institution's seat ("the health ministry in
    Ramallah", "a military court in Bellinzona"), not the institution as what was attacked ("grenades hit the
    ministry in X", "a bomb exploded outside the Supreme Court in Y") or a court that is no judge's ("a
    football court in X")."""
    start = max(0, at - 80)
    before = sentence[start:at]
    seat = _SEAT_BEFORE.search(before)
    opens = start + seat.start() if seat is not None else -1
    if seat is None:
        # the word's letters first: most names have no court before them, and the search tries every position
        court = _COURT_BEFORE.search(before) if "ourt" in before.lower() else None
        if court is None:
            return False
        ahead = sentence[max(0, start + court.start() - 40) : start + court.start()]
        if not judicial_court(court.group("modifier") or "", court.group("named") is not None, ahead,
                              sentence[end : end + 100], court.group("court")):
            return False
        opens = start + court.start()
        # a court's town gives way only to the place of the deeds it tries, never a destination or a topic
        if not deeds_placed(f"{sentence[:opens]} {sentence[end:]}"):
            return False
    return not targeted_institution(sentence[max(0, opens - _TARGET_REACH) : opens])


def _struck_institution(toponym: Toponym) -> bool:
    """Whether the name holds an institution the event struck ("militants destroyed the court in X", "a bomb
    hit the ministry in Y"): the target's town is where the event is, whatever else the sentence places after
    it, even where it is read more coarsely (a division and its seat share the name) than a town named later."""
    found = _in_sentence(toponym)
    if found is None:
        return False
    sentence, at, _end = found
    start = max(0, at - 80)
    before = sentence[start:at]
    seat = _SEAT_BEFORE.search(before) or (_COURT_BEFORE.search(before) if "ourt" in before.lower() else None)
    if seat is None or _NAMED_OF.search(seat.group(0)):
        return False  # "raided the headquarters of Macomia in Cabo Delgado": the province holds the town struck
    opens = start + seat.start()
    return targeted_institution(sentence[max(0, opens - _TARGET_REACH) : opens])


_NAMED_OF = re.compile(r"\bof\s+(?:the\s+)?[A-Z]")


# "قالت لجان مقاومة الفاشر إن", "أفادت تنسيقية طفس": an Arabic verb of saying, then the speaking body in construct
# with its town (no preposition between): the town is the body's seat, as "the committees in El Fasher said". After
# "إن"/"أن" (that) the town is what the statement is about ("قال المرصد إن حلب ...").
_ARABIC_SPEAKER_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:قال|قالت|أفاد|أفادت|افاد|افادت|ذكر|ذكرت|أكد|أكدت|اكد|اكدت|أعلن|أعلنت|اعلن|اعلنت|بحسب|حسب|وفق|وفقا|وفقاً)"
    r"\s+(?:(?!(?:في|من|على|إلى|الى|قرب|عن|بين|[وفبل]?[إأا]ن(?:ه|ها|هم)?)\s)[\u0621-\u064a]+\s+){1,3}$"
)
# "Police in Katsina said ...", "the army in Gao told reporters ...", "an army officer in Y said": a force or
# its officer named with the town it speaks from, then the verb of speaking. Without the verb ("police in Kano
# fired tear gas") the town is the act's. Medical and rescue staff speak alike from where the wounded were
# taken ("health workers in Oakdale town said", "doctors in Y told reporters", "medics at the X Hospital in Y
# said"): the hospital's town, not the strike's. Rescue services and anonymous sources speak alike from their
# base ("the civil defence in Gaza said", "a security source in Y said"). Not residents or witnesses: they
# speak from the ground the event hit.
_FORCE_BEFORE = re.compile(
    r"(?i)\b(?:police|army|military|gendarmerie|command|commanders?|officers?|health\s+workers?|medics?|doctors?|"
    r"nurses?|medical\s+(?:staff|sources|workers)|aid\s+workers?|rescuers|rescue\s+workers|"
    r"(?:security|military|medical|local|official|government|diplomatic)\s+sources?|civil\s+defen[cs]e|"
    r"civil\s+protection|emergency\s+services|rescue\s+services)"
    r"(?:\s+(?:at|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Hospital|Clinic|Medical\s+(?:Complex|Centre|Center)))?"
    r"\s+(?:in|from)\s+(?:the\s+)?$"
)
# "the Diocese of X said", "the Bishop of Y told": a church body named for its see speaks from it, about events in
# the parishes it holds.
_SEE_BEFORE = re.compile(r"(?i)\b(?:arch)?(?:dioceses?|bishops?|eparchy|vicariates?)\s+of\s+(?:the\s+)?$")
_SPEECH_AFTER = re.compile(
    r"(?i)(?:\s+(?:state|town|city))?,?\s+(?:said|says|told|confirmed|reported|announced|stated)\b")


def names_a_road(toponym: Toponym) -> bool:
    """Whether the name is a town a road is called after, written before a lower-case road word ("fleeing on
    the Lashio road", "a checkpoint on the Kabul highway") or after one ("40 km north of X on the road to Y"):
    the road leads to the town, so what happens on it is not in the town. Like a speaker's seat it stays the
    event's place only when the sentence names no other. A capitalised head is a street's own name ("Lashio
    Road" in a town), not this."""
    found = _in_sentence(toponym)
    if found is None:
        return False
    sentence, at, end = found
    before = sentence[max(0, at - 4) : at].lower()
    after = _ROAD_WORD_AFTER.match(sentence, end)
    if before.endswith("the ") and after is not None and after.group(1) in load_roads().heads:
        return True
    # "on the road to Y", "the highway leading to Y": the same road, its town written after it
    towards = _ROAD_WORD_TOWARDS.search(sentence[max(0, at - 40) : at])
    return towards is not None and towards.group(1) in load_roads().heads


_ROAD_WORD_AFTER = re.compile(r" ([a-z]+)\b")
_ROAD_WORD_TOWARDS = re.compile(r"\bthe\s+(?:main\s+)?([a-z]+)\s+(?:(?:leading|going|running)\s+)?(?:to|towards)\s+$")


def told_elsewhere(toponym: Toponym, groups: bool = True) -> bool:
    """Whether the name is a place the report mentions beside its event, not the event's: where a statement
    was made from (`speaks_from`), where people went afterwards (`taken_to`), where the story was filed
    (`filed_from`), where a fighting force came from (`raised_in`) or where a development added after the
    sentence's attribution happened (`after_attribution`). Not what lies across a line (`beyond_a_line`): a
    sentence whose only place is the far side still happened on that line, and a told-elsewhere name is
    dropped when its sentence names nothing else (extract/mentions.py)."""
    return speaks_from(toponym, groups) or taken_to(toponym) or filed_from(toponym) or raised_in(toponym) \
        or after_attribution(toponym)


def _grounded_groups(inside: list[Toponym], stand_ins: list[Toponym]) -> set[int]:
    """The ids of the names that are told elsewhere only as a group's seat ("activists in X said") where nothing
    else the event's span names draws the event away from it: every other place holds the seat (its province, its
    country) or is told elsewhere itself or is where people fled from or into. A group is then on the ground,
    telling of its own town (geo/group_seats.py)."""
    grounded: set[int] = set()
    for t in inside:
        found = _in_sentence(t)
        if found is None:
            continue
        sentence, at, end = found
        if not group_speaks(sentence, sentence[max(0, at - 80) : at], end) or told_elsewhere(t, groups=False):
            continue
        if not any(_draws_from_group(o, t) for o in inside + stand_ins if o is not t):
            grounded.add(id(t))
    return grounded


def _draws_from_group(other: Toponym, seat: Toponym) -> bool:
    """Whether `other` is a place the event may be at rather than the group's seat: one that does not hold the
    seat, told as no speaker's seat, and not where people fled from or into."""
    place = other.place if other.place is not None else other.fallback
    if place is None or not other.locational or holds(place, seat.place) or told_elsewhere(other):
        return False
    found = _in_sentence(other)
    return found is None or not fled_place(found[0][max(0, found[1] - 80) : found[1]])


def reporters_seat(toponym: Toponym) -> bool:
    """Whether the name is only where a wire agency or a correspondent reported from ("AFP reported from X"): a
    speaker's seat that ranks last in its sentence, but one a reporter is often sent to because the event is
    near, so (unlike another seat) it still stands for a sentence that names no other place
    (extract/mentions.py)."""
    found = _in_sentence(toponym)
    if found is None:
        return False
    sentence, at, _ = found
    return reports_from(sentence[max(0, at - 80) : at]) and not (taken_to(toponym) or filed_from(toponym)
                                                                   or raised_in(toponym)
                                                                   or after_attribution(toponym))


def beyond_a_line(toponym: Toponym) -> bool:
    """Whether the name is what lies across the boundary the event happened along ("near X, along the
    occupation line with the Y region"): the far side, not the event's place (geo/boundary_sides.py). It
    ranks after the sentence's other places and before the places told elsewhere."""
    found = _in_sentence(toponym)
    return found is not None and across_the_line(found[0][max(0, found[1] - 120) : found[1]])


def on_the_way(toponym: Toponym) -> bool:
    """Whether the name lies in a relative clause telling how the actors came ("gunmen who crossed the X river
    from Y killed ..."): their route, ranked with what lies across a line (geo/route_clauses.py)."""
    found = _in_sentence(toponym)
    return found is not None and in_route_clause(found[0][: found[1]])


def home_town(toponym: Toponym) -> bool:
    """Whether the name is a person's home town told beside the event ("one of them, a native of X, died"): who
    they were, ranked with what lies across a line (geo/person_origins.py)."""
    found = _in_sentence(toponym)
    return found is not None and person_origin(found[0][max(0, found[1] - 60) : found[1]])


# What joins a home town to the province or country written to locate it ("pilgrims from X in Y State", "from X,
# Y", "from X in northern Y").
_HOME_TOWN_LOCATOR = re.compile(
    r"(?i),\s*|\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?")


def _home_town_aside(toponym: Toponym, inside: list[Toponym]) -> bool:
    """Whether a home town ranks after the sentence's other places. A province or country written right after
    the town to locate it ("tourists from X in Y") says no more about where the event was than the town does,
    so the town stays the finer place; the same country named in the event's own clause ("a native of X was
    shot dead in central Y") does, and ranks first."""
    if not home_town(toponym):
        return False
    found = _in_sentence(toponym)
    return any(o is not toponym and o.place is not None
               and not (found is not None and _finer_inside(toponym.place, o.place)
                        and _HOME_TOWN_LOCATOR.fullmatch(found[0], found[2], found[2] + o.start - toponym.end) is not None)
               for o in inside)


def after_attribution(toponym: Toponym) -> bool:
    """Whether the name lies in a concurrent development added after the sentence's attribution ("..., sources
    said, as the group fired rockets at Y"): background, not the sentence's event (geo/attributed_asides.py)."""
    found = _in_sentence(toponym)
    return found is not None and in_attributed_aside(found[0], found[1])


def _blamed_beside_the_event(toponym: Toponym, inside: list[Toponym]) -> bool:
    """Whether the name lies in the speaker's view of the cause ("..., the army said, blaming fighting near Y")
    while its sentence names the event's own place as a district or finer, or in another country: then Y is
    background. Beside only a country, province or region holding it ("twelve died in northern Nigeria, ...,
    blaming a blast in Y") the blamed place is where the deaths were (geo/attributed_asides.py). Only a place the
    main clause puts its event at ("died in X", "hit X") counts: where its people come from ("a peacekeeper from
    X") is no place of the event, and the blamed place is then all the sentence says of where it happened."""
    found = _in_sentence(toponym)
    if found is None or not in_blame_aside(found[0], found[1]):
        return False
    home = toponym.place
    sentence_start = toponym.start - found[1]
    for other in inside:
        seen = _in_sentence(other)
        if other is toponym or seen is None or other.start - seen[1] != sentence_start:
            continue
        if (other.cue or "") not in _EVENT_CUES:
            continue  # an origin or a bare mention, not where the event was
        if (other.place.precision <= WHERE_PREC_ADMIN2 or other.place.country_code != home.country_code) \
                and not in_blame_aside(seen[0], seen[1]) and not told_elsewhere(other):
            return True
    return False


def raised_in(toponym: Toponym) -> bool:
    """Whether the name is an armed group's home town ("backed by brigades from Misrata"): its actor's
    origin, not where it fought (geo/force_origins.py)."""
    found = _in_sentence(toponym)
    if found is None:
        return False
    sentence, at, _ = found
    return force_origin(sentence[max(0, at - 60) : at])


DATELINE_CUE = "dateline"  # the cue the recogniser gives the place of "MAIDUGURI, Nigeria (AP) —"


def filed_from(toponym: Toponym) -> bool:
    """Whether the name is a dateline's ("MAIDUGURI, Nigeria (AP) — ..."): where the reporter filed the story
    from, which wire copy writes whether or not the event happened there ("... attacks on villages in Mafa
    local government area"). Like a speaker's seat, it stays the event's place only when the sentence names
    no other: a dateline over a body that names no place is the best a coder has."""
    return toponym.cue == DATELINE_CUE


def taken_to(toponym: Toponym) -> bool:
    """Whether the name is where people went after the event, not where it happened: "families fled to camps
    in Abs", "the wounded were taken to hospitals in Gusau", "survivors were evacuated to Bunia". The displaced
    and the wounded are counted at the event's place, so such a destination, like a speaker's seat, stays
    the event's place only when the sentence names no other."""
    found = _in_sentence(toponym)
    if found is None:
        return False
    sentence, at, end = found
    before = sentence[max(0, at - 120) : at]
    if not _may_name_a_destination(before):
        return False  # every window below is a piece of this one
    if _FORCED_ACROSS.search(before[-80:]) is not None and (
            _CROSSING_AFTER.match(sentence, end) is not None or _GONE_ON_AFTER.match(sentence, end) is not None
            or toponym.place is not None and (toponym.place.feature_code or "").startswith(_WATER_CODES)):
        return True
    for _ in range(4):
        window = before[-80:]
        if _may_name_a_destination(window) and (_DESTINATION_BEFORE.search(window) is not None
                                                or _FORCED_TO.search(window) is not None
                                                # "escaped into the bush outside X" (geo/hiding_ground.py)
                                                or hiding_ground(window, sentence[end : end + 160])):
            return True
        # "fled towards Lubero town and Butembo", "taken to Gao, Ansongo or Menaka": a later member of the list
        # after the destination is one too, but not a name that opens a clause of its own ("fled to Goma, and
        # Rutshuru came under shelling")
        if _LIST_GOES_ON.match(sentence, end) is None:
            return False
        member = _LIST_MEMBER_BEFORE.search(before)
        if member is None:
            return False
        before = before[: member.start()]
    return False


def hidden_beside(toponym: Toponym) -> bool:
    """Whether the name only places wild ground people escaped into ("fled into the bush outside X", "took to
    the hills above Y"; geo/hiding_ground.py): a refuge, but one that lies by the town, so where the report
    names no other place the town is still the nearest ground a coder has (extract/mentions.py)."""
    found = _in_sentence(toponym)
    if found is None:
        return False
    sentence, at, end = found
    return hiding_ground(sentence[max(0, at - 80) : at], sentence[end : end + 160])


# Words the English half of `_DESTINATION_BEFORE` cannot match without (pieces of its verbs). A window with
# none of them and no Arabic letter, most names' (geo/word_prechecks.py), is not searched.
_DESTINATION_VERBS = ("fle", "escap", "displaced", "evacuated", "relocated", "taken", "rushed", "transferred",
                      "airlifted", "brought", "sought", "forced", "seek", "took", "tak", "shelter")


def _may_name_a_destination(window: str) -> bool:
    """Whether `_DESTINATION_BEFORE` may match in `window`: the Arabic half needs Arabic letters, the
    English one a word of fleeing or carrying."""
    return is_arabic(window) or may_hold(case_folded(window), _DESTINATION_VERBS)


# A capitalised name (with its particles and a settlement word) and the list joint after it, ending the text
# before a later list member: "Lubero town and ", "Gao, ", "Kutum, and ".
_LIST_MEMBER_BEFORE = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|ar|as|an|de|du|la|le)[\s-])?[A-Z][\w'’-]*){0,2}"
    r"(?:\s+(?:town|city|village|camp|district|area))?(?:,\s+(?:and|or)\s+|,\s+|\s+(?:and|or)\s+)$"
)


# What may follow the last name of a list of destinations: punctuation or the text's end, a further member,
# a preposition or a time word ("fled to Gao and Ansongo on Monday"). A verb there makes the name a clause's
# subject.
_LIST_GOES_ON = re.compile(
    r"\s*(?:[.;:,)(—–-]|$)|\s+(?:and|or|in|on|at|after|before|by|from|near|over|during|with|for|since|until|amid|"
    r"following|to|towards?|into|across|last|this|earlier|later|overnight|yesterday|today|tonight|town|city|"
    r"village|camp|district|area|province|region)\b"
)


# A verb of fleeing or of carrying the wounded, then "to" and at most a short noun phrase with "in"/"at"
# ("to camps in", "to the Federal Medical Centre in", "towards"), right before the name.
_DESTINATION_BEFORE = re.compile(
    r"(?i)\b(?:fle(?:e|d|eing|es)|escap(?:e|ed|ing)|displaced|evacuated|relocated|taken|rushed|transferred|"
    r"airlifted|brought|sought\s+(?:refuge|shelter|safety))"
    r"(?:\s+(?:back|away|north|south|east|west|\w+ward|on\s+foot))?"
    r"\s+(?:to|towards?|into)\s+(?:(?:the|a|an|nearby|several|two|three|makeshift|overcrowded|\w+ing)\s+)?"
    r"(?:(?:camps?|sites?|shelters?|settlements?|hospitals?|clinics?|centres?|centers?|towns?|villages?|areas?|"
    r"schools?|city)\s+(?:in|at|near|of|around)\s+(?:the\s+)?)?$"
    # Arabic: fleeing or carrying the wounded, its subject, then "to"/"towards" ("نزوح عشرات العائلات نحو مدينة
    # X", "نقل المصابين إلى مستشفى مدينة X"), and at most two words of a settlement or hospital before the name
    r"|(?:^|\s)[وف]?(?:ال)?(?:نزوح|نزح\w*|فرار|فر|فرت|فروا|هرب\w*|تهجير|هجر\w*|نقل\w*|إسعاف\w*|اسعاف\w*)"
    r"(?:\s+[^\s،,.]+){0,3}?\s+(?:إلى|الى|نحو|باتجاه|صوب)\s+"
    r"(?:(?:مستشفى|مشفى|مستشفيات|مخيم|مخيمات|مدينة|مدينه|بلدة|بلده|قرية|قريه|قرى|مناطق|منطقة|منطقه|ريف)\s+){0,2}$"
)

# "forced some 3,000 people across the border to Y", "forced 2,000 people to cross the X river into Z", "forced
# hundreds of families to flee into W": the people the fighting drove out, an optional crossing (the water or
# border they crossed) and where they went. "across" with nothing after it is no destination: "forced 5,000
# people across X territory from their homes" counts them throughout X, where the event was.
_FORCED_PEOPLE = (
    r"(?i)\bforced\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|up\s+to|thousands\s+of|"
    r"hundreds\s+of|tens\s+of\s+thousands\s+of|[\d.,]+|the|its|their)\s+)*"
    r"(?:people|persons|families|residents|civilians|villagers|households|inhabitants|refugees)"
    r"(?:\s+to\s+(?:flee|move|leave))?"
)
_FORCED_TO = re.compile(
    _FORCED_PEOPLE
    + r"(?:\s+(?:to\s+cross|across|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+(?:\s+to\s+(?:flee|move))?)?"
    r"\s+(?:to|into|towards?)\s+(?:the\s+)?$"
)
# The water or border itself ("forced 3,000 people across the X river to Y"): crossed on the way, not where the
# fighting was, so ranked as a destination; only with its crossing noun and a destination after it, since
# "forced 5,000 people across X territory from their homes" names the area they were driven out of.
_FORCED_ACROSS = re.compile(_FORCED_PEOPLE + r"\s+(?:to\s+cross|across|over)\s+(?:the\s+)?$")
_CROSSING_AFTER = re.compile(r"(?i)\s+(?:river|border|frontier|lake|creek|stream)\b[^.;]{0,40}?\b(?:to|into)\s")
# "forced N people across the X into Y": where they went right after the crossed name, so X was crossed on the way,
# whether or not "river" is written ("to flee" after X is why they left it, not where they went).
_GONE_ON_AFTER = re.compile(r"(?i)\s+(?:to|into|towards?)\s(?!\s*(?:flee|move|leave)\b)")
# GeoNames codes of water and border features: a crossed stream or lake is never where the fighting was.
_WATER_CODES = ("STM", "LK", "RSV", "BDR", "CNL", "BAY")


def _stated_point(toponyms: list[Toponym], start: int, end: int, chosen: Optional[Place]) -> Optional[Place]:
    """A coordinate from another sentence that says where something happened, when it can only be this
    event's place: it lies at the place the sentence names (within 25 km of a town, 50 km of a district, in
    the same first-level division or country as a coarser place), the one nearest in the text winning; or,
    when the sentence names no place at all, the document states a single point."""
    stated = [t for t in toponyms if t.cue == COORDINATE_CUE and t.locational and t.place is not None
              and not start <= t.start < end and t.place.evidence is not None
              and _WHERE_STATEMENT.search(t.place.evidence.sentence)]
    if not stated:
        return None
    if chosen is None:
        distinct = {(round(t.place.lat, 3), round(t.place.lon, 3)) for t in stated}
        return stated[0].place if len(distinct) == 1 else None
    agreeing = [t for t in stated if _agrees(t.place, chosen)]
    if not agreeing:
        return None
    return min(agreeing, key=lambda t: start - t.end if t.end <= start else t.start - end).place


def _same_ground(stand_in: Place, place: Place, coarser: bool = False) -> bool:
    """Whether a stand-in is the chosen place itself, at no coarser precision (at any, with `coarser`)."""
    if stand_in.precision > place.precision and not coarser or stand_in.country_code != place.country_code:
        return False
    if stand_in.geonames_id is not None and stand_in.geonames_id == place.geonames_id:
        return True
    return stand_in.name == place.name and stand_in.admin1 == place.admin1


def _placed_by_its_ends(road: Toponym, toponyms: list[Toponym]) -> bool:
    """Whether a road's stand-in is one of the towns its own name holds ("Diapaga" in "the road between
    Diapaga and X"), not a place borrowed from elsewhere in the document."""
    return any(o.cue == ROAD_END and o.place is not None and road.start <= o.start < road.end
               and o.place.geonames_id == road.fallback.geonames_id for o in toponyms)


def _finer_inside(stand_in: Place, area: Place) -> bool:
    """Whether a stand-in is more precise than a province or country it lies in (same first-level division
    for a province, same country for a country or a part of one)."""
    if stand_in.precision >= area.precision or area.precision < WHERE_PREC_ADMIN1 \
            or stand_in.country_code != area.country_code:
        return False
    return area.precision > WHERE_PREC_ADMIN1 or bool(area.admin1) and bool(stand_in.admin1) \
        and lies_in_division(area.country_code, stand_in.admin1, area.admin1)


def _agrees(point: Place, place: Place) -> bool:
    if place.country_code and point.country_code != place.country_code:
        return False
    if place.precision <= WHERE_PREC_ADMIN2:
        if place.lat is None or place.lon is None:
            return False
        from eventwatch.geo.distances import haversine_km

        reach = _SAME_DISTRICT_KM if place.precision == WHERE_PREC_ADMIN2 else _SAME_TOWN_KM
        return haversine_km(point.lat, point.lon, place.lat, place.lon) <= reach
    if place.precision == WHERE_PREC_ADMIN1:
        return bool(place.admin1) and point.admin1 == place.admin1
    return bool(place.country_code)


def unresolved_names(toponyms: list[Toponym], start: int, end: int) -> list[str]:
    """Locational names in [start, end) the gazetteer could not resolve (kept so nothing is lost)."""
    return [t.text for t in toponyms if t.locational and t.place is None and start <= t.start < end]
