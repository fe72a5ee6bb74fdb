"""A town named with the division or country it lies in, when no reading of the town lies there.

Conflict reports name small towns with their division ("Boni, Douentza cercle, Mopti region", "Palma in Cabo
Delgado province", "Moura, central Mali"). When the gazetteer lacks the town, its only readings are
namesakes elsewhere (a Palma in Spain, a Moura in Portugal): the report itself says they are wrong. The name
is then kept unresolved, so it stands in at the division the report gives, with its own name, instead of
landing on another continent.

Local news writes a town with its state or county the same way ("Rockingham, Northamptonshire", "Cedar Ridge,
Okla."): a namesake abroad the story gives no other support is still a place there, and a namesake in another
state of the same country is as plainly wrong as one abroad.
"""
from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from eventwatch.geo.bearing_lands import NEAR_GROUND_KM
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.governed_territories import governs
from eventwatch.geo.modifier_heads import home_head_after
from eventwatch.geo.name_lists import COUNTRY_ASIDE_GAP
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import LIST_GOES_ON, Resolution
from eventwatch.geo.seats import country_points
from eventwatch.geo.short_country_names import shortens
from eventwatch.geo.split_divisions import holds_filed
from eventwatch.geo.store import NAME_ALT, NAME_DERIVED, NAME_MAIN
from eventwatch.model import WHERE_PREC_ADMIN2

# Says whether a populated place of a country lies within a distance of a point (lat, lon, country, km).
NearTown = Callable[[float, float, str, float], bool]


def readings_outside_their_container(text: str, spans: Sequence[NameSpan],
                                     resolutions: Sequence[Optional[Resolution]],
                                     keep: Sequence[bool],
                                     near_town: Optional[NearTown] = None) -> list[int]:
    """Indices of spans whose chosen reading lies in another country than the division or country the text
    places them in, while none of their readings lies in it.

    "X, central Mali" (a direction between the comma and the country) names the container as plainly as
    "X, Mali" does; such a span is given that container here, so its stand-in is found there. The other
    way round, a holder the text can only have misread (`_misread_holder`) is returned too: it stands in at
    the town written before it. `near_town` (`Gazetteer.has_town_of_country_near`) tells a town by a stated
    country's border from a namesake far from it (`_far_from_country`).
    """
    out = []
    for k, s in enumerate(spans):
        r = resolutions[k]
        if r is None or r.candidate is None or not s.locational \
                or not (r.candidate.feature_code.startswith("PPL") or _named_subdivision(s, r)
                        or _state_read_for_settlement(text, spans, k, r) or _county_by_bare_name(r)):
            continue  # only a town or a lower division is placed in a division this way; "Cyprus, Greece" is a list
        if not keep[k]:
            # A name not believed as its reading abroad is still a place when an aside says which division
            # holds it ("the camp at X, a rural commune in Y cercle"): it is a local place the gazetteer lacks.
            # The comma is needed: without it the name may be a word ("Farmers in Hants County").
            aside = _division_aside(text, spans, k) if text.startswith(",", s.end) else None
            if aside is None:
                aside = _bare_holder(text, spans, resolutions, keep, k)  # "Rockingham, Northamptonshire"
            if aside is None and (aside := _routed_country_holder(text, spans, resolutions, keep, k)) is not None:
                s.container = aside  # "from Agartala to Akhaura in Bangladesh"
                out.append(k)
                continue
            if aside is not None and keep[aside] and _abroad(s, r, resolutions[aside]) \
                    and (_SETTLEMENT_ASIDE.fullmatch(text, s.end, spans[aside].start) is None
                         or _may_be_namesake(text, s, r)):
                s.container = aside
                out.append(k)
            continue
        container = s.container if s.container is not None else _directed_container(text, spans, k)
        if container is None:
            container = _division_aside(text, spans, k)
            outer = _holder_after_division_word(text, spans, container) if container is not None else None
            if outer is not None and not _lies_in(resolutions[container], resolutions[outer]):
                # "X, a border town in the Y municipality of Z state": where the gazetteer lacks Y, or reads it
                # as a namesake outside Z, the division the report gives X is Z
                container = outer
        if container is None:
            container = _holder_after_division_word(text, spans, k)
        if container is None or not keep[container]:
            continue
        held = resolutions[container]
        if held is not None and held.candidate is not None and _misread_holder(text, s, r, spans[container], held):
            out.append(container)
            continue
        if held is None or held.candidate is None or not _holds_towns(
                text, s, spans[container], held, r, _country_after(text, spans, resolutions, container), near_town):
            continue
        country = held.candidate.country_code
        if not country:
            continue
        if r.candidate.country_code == country:
            if not (_outside_named_division(s, spans[container], held)
                    or _outside_written_state(text, s, spans[container], held)):
                continue
        elif any(c.country_code == country and c.similarity >= r.candidate.similarity for c in s.candidates) \
                and not _outside_named_division(s, spans[container], held):
            continue  # a reading there exists: which one to take is the resolver's business; a looser
            # spelling there ("Kan" for "Kani") lost to the exact namesake abroad and is no reading of the name.
            # Not where the report names the division and none of the readings there lies in it: they are
            # namesakes of a town the gazetteer lacks, as the one abroad is.
        s.container = container
        out.append(k)
    return out


def _lies_in(inner: Optional[Resolution], outer: Optional[Resolution]) -> bool:
    """Whether a division's reading lies in the division written as holding it (an unread holder says
    nothing against it); a division the gazetteer lacks lies nowhere."""
    if outer is None or outer.candidate is None:
        return True
    if inner is None or inner.candidate is None:
        return False
    held, holder = inner.candidate, outer.candidate
    return held.country_code == holder.country_code \
        and (holder.feature_code != "ADM1" or held.admin1_code == holder.admin1_code
             or bool(held.admin1_code and holder.admin1_code) and holds_filed(holder.admin1_code, held.admin1_code))


def _abroad(span: NameSpan, reading: Resolution, held: Optional[Resolution]) -> bool:
    """Whether the division an aside names is read in a country where none of the name's readings lies."""
    if held is None or held.candidate is None:
        return False
    code = held.candidate.feature_code
    if not (code.startswith("ADM") or code.startswith("PPL") and held.precision >= WHERE_PREC_ADMIN2):
        return False  # the division itself, or its seat standing for it ("Tenenkou cercle")
    country = held.candidate.country_code
    return bool(country) and reading.candidate.country_code != country \
        and not any(c.country_code == country for c in span.candidates)


def _named_subdivision(span: NameSpan, resolution: Resolution) -> bool:
    """A name the text calls a lower division ("the rural commune of X", "X subdivision") and read as a
    second-order or lower division: it lies in the division the text places it in as a town does, so a
    namesake division in another country ("the commune of X, in Y cercle" read as a district abroad) is
    wrong by the report's own words."""
    code = resolution.candidate.feature_code
    return span.vague == "admin2" and code.startswith("ADM") and code not in {"ADM1", "ADMD"}


# How near a town of the stated country a town's reading must lie to be that town seen across a border: a
# border region's width, taking in an island off the coast (Kyrenia lies some 70 km off Turkey's shore).
BORDER_TOWN_KM = 150.0


def _holds_towns(text: str, town: NameSpan, span: NameSpan, resolution: Resolution,
                 town_reading: Optional[Resolution] = None, country_stated: bool = False,
                 near_town: Optional[NearTown] = None) -> bool:
    """A container named with its division word ("Douentza cercle", "Cabo Delgado province"), or a country
    after a comma ("Moura, Mali", "Kani township, Sagaing Region": the comma follows the town's whole phrase,
    division word included): a bare name ("North-Western") may be misread itself, and "X in COUNTRY" also
    follows titles ("St. Gregory of Narek in the Vatican")."""
    code = resolution.candidate.feature_code
    if span.vague in {"admin1", "admin2"}:
        # The division itself, or its seat standing for it ("Douentza cercle"); "Soum province" read as a town
        # near which things happen (a Soum in Senegal) is no container to trust.
        return code.startswith("ADM") or resolution.precision >= WHERE_PREC_ADMIN2
    start = span.phrase_start if span.phrase_start >= 0 else span.start
    gap = (max(town.end, town.phrase_end), start)
    if code == "ADM1" and (_IN_GAP.fullmatch(text, *gap) or _SETTLEMENT_ASIDE.fullmatch(text, *gap)) \
            and (_one_country_division(span, resolution) or country_stated) \
            and _may_be_namesake(text, town, town_reading, country_stated):
        # "Springfield in Limpopo", "X in the Eastern Cape", "X, a village in Sindh": a first-order division
        # that one country has, or one that several have written with its country ("X, a village in Punjab,
        # Pakistan"): the text says which country's division it is
        return True
    if code.startswith("PCL") and COUNTRY_ASIDE_GAP.fullmatch(text, *gap) is not None:
        return True  # "X, across the border in Y": an aside that says which country holds X (geo/name_lists.py)
    if code.startswith("PCL") and _IN_GAP.fullmatch(text, *gap) and town.locational and town_reading is not None \
            and town_reading.candidate is not None and town_reading.candidate.feature_code.startswith("PPL") \
            and _may_be_namesake(text, town, town_reading) \
            and _far_from_country(town_reading.candidate, resolution.candidate.country_code, near_town) \
            and not shortens(text[span.start : span.end], town_reading.candidate.country_code):
        # "killed at Tilbury in Malawi", "a farm at Windsor in Zambia": a town read as a place that may be a
        # namesake (no capital, no city of size with a rare name), written in a country none of its readings lies
        # in, is a town the gazetteer lacks there; not after a word of origin ("students from Tilbury in Malawi").
        # After a firm cue as after a weak one ("killed in Tilbury in Malawi"): "in X in COUNTRY" places X there.
        # Only a reading far from that country: a town across its border ("at Derry in Ireland"), in land it
        # disputes ("at Hebron in Israel") or on an island off it is the writer's view of where the town lies,
        # not a namesake; nor is one in a country whose name the written one shortens ("Bata in Guinea" for
        # Equatorial Guinea's, geo/short_country_names.py)
        return True
    if text[max(town.end, town.phrase_end) : start].strip() != ",":
        return False
    return code.startswith("PCL") or _unambiguous_holder(text, span, resolution, town)


# "X in Y", "X in the Y": a town and the division it lies in, the division bare (no "province" after it).
_IN_GAP = re.compile(r"\s+in\s+(?:the\s+)?")
# "students from X in Y", "a march for X in Y", "fans of X in Y": Y is where the people or the deed are, X
# where they come from or what they stand for; X lies wherever its reading says. Not "to": "troops moved to X
# in Y" goes to an X that Y holds. "of" only after a noun of support or purpose: "residents of X in Y" and
# "the people of X in Y" live in an X that Y holds.
_ORIGIN_BEFORE = re.compile(r"(?i)\b(?:from|for|(?:fans|supporters|vigils?|memory|name|hono(?:u)?r)\s+of)\s+$")
# A city this large with a name few places share is a real place, not a stand-in namesake of some village the
# gazetteer lacks ("near Toulouse in Limpopo" keeps Toulouse). A name many towns share ("Springfield",
# "Lincoln", "Columbus": `_COMMON_NAME_PLACES` or more areas hold one) is a namesake whatever its biggest
# holder's size, and a national capital never is one ("Paris, a city in Bavaria" is a contrived sentence, not
# a Bavarian Paris). The bar is a city's, not a market town's: a town abroad of fewer people is still often the
# namesake of the camp or village a report means ("Ifo in Garissa" is Kenya's camp, not Nigeria's town of 88,000).
_NAMESAKE_MAX_POPULATION = 100_000
_COMMON_NAME_PLACES = 3


def _may_be_namesake(text: str, town: NameSpan, reading: Optional[Resolution], country_stated: bool = False) -> bool:
    """Whether a bare first-order division after "in" may overrule the town's reading abroad: only where "X in
    Y" places X ("near X in Y", "X, a village in Y"), not after a word of origin or purpose ("refugees from X
    in Y"), and only for a reading that may be a namesake (not a capital, nor a big city of a rare name). A
    division written with its country ("from X in Punjab, Pakistan") is an address, placing X after a word of
    origin too, but only where X's reading is small or a state: a city of size abroad after a word of origin is
    where the people came from, and the division and country say where they are now ("doctors from Boston in
    Punjab, Pakistan")."""
    start = town.phrase_start if 0 <= town.phrase_start <= town.start else town.start
    c = reading.candidate if reading is not None else None
    small = c is not None and c.feature_code != "PPLC" \
        and (c.feature_code == "ADM1" or (c.population or 0) < _NAMESAKE_MAX_POPULATION)
    if not (country_stated and small) and _ORIGIN_BEFORE.search(text, max(0, start - 20), start) is not None:
        return False
    if c is None:
        return True
    if c.feature_code == "PPLC":
        return False
    if c.feature_code == "ADM1" or (c.population or 0) < _NAMESAKE_MAX_POPULATION:
        # a state read for a name its aside calls a village (`_state_read_for_settlement`) is no village
        return True
    areas = {(t.country_code, t.admin1_code) for t in town.candidates if t.exact and t.feature_code.startswith("PPL")}
    return len(areas) >= _COMMON_NAME_PLACES


def _far_from_country(town: Candidate, country: Optional[str], near_town: Optional[NearTown] = None) -> bool:
    """Whether the town's reading lies farther than `BORDER_TOWN_KM` from every town of the country
    (`near_town`): only then is a town the text places in that country a namesake there. A town just across
    its border, in land it disputes or on an island off its coast ("at Derry in Ireland", "at Kyrenia in
    Turkey") is the same town seen across a border the writer draws otherwise; one merely in a neighbour, or
    in the same quarter of the world ("at Neustadt in Austria" read in Hamburg), is not. Without `near_town`,
    only a reading beyond `NEAR_GROUND_KM` of the country's reference point is far."""
    if not country or not town.country_code or town.lat is None or town.lon is None:
        return False
    if governs(country, town.country_code):
        return False  # "in Kourou in France", "in Nuuk in Denmark": a town of a territory the country governs
    if near_town is not None:
        return not near_town(town.lat, town.lon, country, BORDER_TOWN_KM)
    point = country_points().get(country)
    return point is not None and haversine_km(town.lat, town.lon, point[1], point[2]) > NEAR_GROUND_KM


def _country_after(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                   k: int) -> bool:
    """Whether span k is followed by a comma and its own country, read as that country ("Punjab, Pakistan"):
    the writer has said which country's division of that name is meant."""
    if k + 1 >= len(spans) or text[spans[k].end : spans[k + 1].start].strip() != ",":
        return False
    here, after = resolutions[k], resolutions[k + 1]
    return here is not None and after is not None and here.candidate is not None and after.candidate is not None \
        and after.candidate.feature_code.startswith("PCL") \
        and after.candidate.country_code == here.candidate.country_code


def _one_country_division(span: NameSpan, resolution: Resolution) -> bool:
    """Whether every place the division's name spells exactly lies in the country of its first-order reading:
    a bare "in Punjab" (India's and Pakistan's) may be misread, "in Limpopo" may not. A country's name after
    "in" is left out: "St. Gregory of Narek in the Vatican" is a title, not a town placed in the country."""
    country = resolution.candidate.country_code
    return bool(country) and all(c.country_code == country for c in span.candidates
                                 if c.similarity >= 100.0 and c.feature_code.startswith(("ADM", "PCL", "PPL")))


def _misread_holder(text: str, town: NameSpan, town_reading: Resolution, span: NameSpan,
                    held: Resolution) -> bool:
    """Whether the holder in "Town, Holder" is read only by an alternate name of a place in another country
    than the town's own-name reading, with no reading in the town's country ("Jakiri, Bui" with Bowie,
    Maryland once called "Bui"): what the text writes after a town and a comma lies around the town, so that
    reading is a namesake and the holder is a division the gazetteer lacks."""
    if held.candidate.kind != NAME_ALT or town_reading.candidate.kind != NAME_MAIN \
            or town_reading.candidate.similarity < 100.0:
        return False
    start = span.phrase_start if span.phrase_start >= 0 else span.start
    if text[town.end : start].strip() != "," or LIST_GOES_ON.match(text, span.end):
        return False
    country = town_reading.candidate.country_code
    return bool(country) and held.candidate.country_code != country \
        and not any(c.country_code == country for c in span.candidates)


def _unambiguous_holder(text: str, span: NameSpan, resolution: Resolution, town: Optional[NameSpan] = None) -> bool:
    """A bare division or town after a comma ("Rockingham, Northamptonshire", "Boni, Mopti") holds the name
    before it when all its readings lie in one country: "X, Y" names a place with what it lies in or near, so
    a reading of X in another country is a namesake. A name read in several countries, or read by another
    place's alternate name, may be misread itself ("Tbilisi, Georgia"; "Kumbo, Bui division" with Bowie,
    Maryland once called "Bui"), and a name that goes on into a list is an equal of X, not its holder."""
    code = resolution.candidate.feature_code
    if not (code.startswith("ADM") or code.startswith("PPL")):
        return False
    if resolution.candidate.kind == NAME_ALT:
        return False  # a holder read by another place's alternate name ("Bui" for Bowie) may be misread
    if LIST_GOES_ON.match(text, span.end):
        return False
    exact = [c for c in span.candidates if c.similarity >= 100.0]
    country = resolution.candidate.country_code
    if {c.country_code for c in exact} == {country}:
        return True
    if town is not None and town.candidates and code in _HOLDING_LEVEL and _closes_pair(text, town, span) \
            and not any(c.exact and c.country_code != country and c.country_code in {e.country_code for e in exact}
                        for c in town.candidates):
        # "Power, Montana, on Tuesday": no reading of the town lies in a country the holder's other readings name
        # (Bulgaria's Montana), so nothing there can tip the holder away from its own reading
        return True
    # A division read as one ("Stroud, Ontario" as the province) whose namesakes abroad are all of a lower level
    # (towns, or counties under a province): a place written after "Town, " is the higher division far more
    # often, so the reading holds; a name that is also a country or a province abroad ("Tbilisi, Georgia")
    # stays in doubt.
    if code not in _HOLDING_LEVEL or country is None \
            or not (_closes_pair(text, town, span) or _modifying_pair(text, town, span)):
        return False  # "In Denver, Virginia told reporters": a name opening the next clause holds nothing
    level = _HOLDING_LEVEL[code]
    return all(c.country_code == country or _level(c.feature_code) < level for c in exact)


# What follows a holder that closes its phrase ("Stroud, Ontario, on Friday", "Pellmoor, Ontario.").
_CLOSES_PHRASE = re.compile(r"\s*(?:[,.;:)]|$)")
# An article right before "Town, " and a noun a town has right after its holder (geo/modifier_heads.py): the
# pair modifies it ("a Bradford, Ontario court", "the Stroud, Ontario council"), which no clause opening with a
# person's name ("In Denver, Virginia told reporters") and no firm's or team's name ("a Google, California
# engineer") does.
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:an?|the|An?|The)\s+$")


def _closes_pair(text: str, town: Optional[NameSpan], holder: NameSpan) -> bool:
    """Whether "Town, Holder" is written as one name: the holder closes the phrase ("Stroud, Ontario, on
    Friday"), or the pair opens its sentence as the subject of a verb in lower case ("Power, Montana is a
    farming town", "Hope, Idaho lost its post office"). A clause opening with a person's name after a place
    ("In Denver, Virginia told reporters") has the place after a preposition, not at the sentence's head."""
    if _CLOSES_PHRASE.match(text, holder.end):
        return True
    if town is None or _SUBJECT_VERB_AFTER.match(text, holder.end) is None:
        return False
    start = town.phrase_start if town.phrase_start >= 0 else town.start
    return _SENTENCE_HEAD.search(text, max(0, start - 3), start) is not None


# A word in lower case after the holder ("Power, Montana is"), not a list's "and"/"or" going on.
_SUBJECT_VERB_AFTER = re.compile(r"\s+(?!(?:and|or|nor)\b)[a-z]")
# The head of a sentence, a line or the text, right before the town.
_SENTENCE_HEAD = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _modifying_pair(text: str, town: Optional[NameSpan], holder: NameSpan) -> bool:
    """Whether "Town, Holder" is written as a modifier: an article before the town, a noun a town has after."""
    if town is None or not home_head_after(text, holder.end):
        return False
    start = town.phrase_start if town.phrase_start >= 0 else town.start
    return _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None
# How high a division, read as such after "Town, ", stands over its namesakes abroad.
_HOLDING_LEVEL = {"ADM1": 2, "ADM2": 1}


def _level(code: str) -> int:
    """A reading's level among holders: a country above a province above a county above a town (0)."""
    return 3 if code.startswith("PCL") else _HOLDING_LEVEL.get(code, 0 if code.startswith("PPL") else 3)


def _bare_holder(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                 keep: Sequence[bool], k: int) -> Optional[int]:
    """The believed division or country linked as the container of span k, written right after its comma and
    trusted as a holder (`_holds_towns`), or None. A possessor opens a phrase of its own ("Still, Hawaii's
    experience shows"): the word before its comma is no town of it."""
    container = spans[k].container
    if container is None or not keep[container] or text.startswith(("'s", "’s"), spans[container].end):
        return None
    start = spans[container].phrase_start if spans[container].phrase_start >= 0 else spans[container].start
    if text[spans[k].end : start].strip() != ",":
        return None  # "Villages in X district": a word before "in" is no town the division holds
    held = resolutions[container]
    if held is None or held.candidate is None \
            or not _holds_towns(text, spans[k], spans[container], held, resolutions[k]):
        return None
    return container


# Cues of a route's end or way ("the convoy via X", "trucks crossing into X"): the name after one is where something
# goes or passes, never a person or a firm addressed.
_ROUTE_CUES = frozenset({"via", "through", "into", "towards", "toward"})
# "At", "from" and "near" say where a thing happened or came from ("shot at X", "fled from X", "lorries from X"):
# they count unless a firm's or a club's context says the name is one (`_firm_or_club_before`).
_PLACE_CUES = frozenset({"from", "at", "near"})
# "To" also follows a person or a body written to ("wrote to X"), so it counts only after a route's word, a
# vehicle or a verb of flight ("the rail link to X", "lorries to X", "fled to X"), or as the far end of "from
# PLACE to X".
_ROUTE_WORD = re.compile(r"\b(?:link|road|route|line|ferry|flights?|trains?|bus(?:es)?|trucks?|lorr(?:y|ies)|vans?|"
                         r"boats?|convoys?|cars?|crossing|crossed|bound|travell?ed|moved|went|sailed|flew|drove|"
                         r"walked|fled|displaced|evacuated|deported|returned)\s+to\s+$", re.IGNORECASE)
# A firm's people, work or holdings right before the cue ("staff at X", "the picket line at X", "jobs at X", "a
# spokesman at X", "orders from X"): the name is an employer (aid, health, relief, rescue, humanitarian and migrant
# workers, and a camp's managers, are no firm's). None is read in "miners were shot at X" or "lorries from X".
_FIRM_BEFORE = re.compile(r"\b(?:staff|(?<!aid )(?<!health )(?<!relief )(?<!rescue )(?<!migrant )(?<!humanitarian )"
                          r"workers?|employees?|clerks?|executives?|analysts?|engineers?|technicians?|(?<!camp )"
                          r"managers?|bosses|shareholders?|investors?|unions?|spokes(?:man|woman|person)|researchers?|"
                          r"delegations?|orders|layoffs|jobs|shares|stakes?|profits?|sales|"
                          r"(?:picket|production|assembly)\s+lines?)\s+(?:to|from|at|near)\s+(?:the\s+)?$",
                          re.IGNORECASE)
# A transfer verb right before "to" or "from" (never "at": "a ceasefire was signed at X", "cattle were sold at X"):
# "switched" and "loaned" move players or staff between clubs or firms; "sold", "signed" and "transferred" also
# move prisoners, patients and goods, so they make a club only with a player or a club in the sentence.
_TRANSFER_BEFORE = re.compile(r"\b(?:switched|loaned)\s+(?:to|from)\s+(?:the\s+)?$", re.IGNORECASE)
_SOLD_BEFORE = re.compile(r"\b(?:sold|signed|transferred)\s+(?:to|from)\s+(?:the\s+)?$", re.IGNORECASE)
# A player, not a hyphen's compound ("right-wingers") nor a rights defender, who moves between clubs earlier in the
# sentence ("the striker moved from Leeds to X"); a player who travels is no transfer ("the players flew from X").
_PLAYER = (r"(?<![-\w])(?:players?|strikers?|midfielders?|(?<!rights )defenders?|wingers?|goalkeepers?|keepers?|"
           r"full-backs?|centre-backs?)\b")
_PLAYER_BEFORE = re.compile(_PLAYER + r"[^.!?]*\b(?:moved|joined|switched|signed|loaned|sold|transferred)\b[^.!?]*$",
                            re.IGNORECASE)
_CLUB_BEFORE = re.compile(r"(?:" + _PLAYER + r"|\b(?:clubs?|squads?|teams?|league|fee|contract)\b)[^.!?]*$",
                          re.IGNORECASE)
_TRAVELLED_BEFORE = re.compile(r"\b(?:flew|flown|drove|driven|travell?ed|sailed|walked|rode|ridden|bus(?:s)?ed|ferried|"
                               r"airlifted)(?:\s+by\s+(?:bus|coach|road|air|car|train|boat|plane|rail|sea))?"
                               r"\s+(?:to|from)\s+$", re.IGNORECASE)
# Harm done at the name ("shot at X", "killed near X") or to the people there ("workers at X in Y were attacked"):
# the name is where it happened, whoever the people are.
_HARM = r"(?:killed|shot|attacked|arrested|kidnapped|abducted|beaten|wounded|injured|detained|murdered|ambushed)"
_HARMED_BEFORE = re.compile(r"\b" + _HARM + r"\s+(?:at|near)\s+(?:the\s+)?$", re.IGNORECASE)
_HARMED_AFTER = re.compile(r"\s+(?:were|was|had been|have been|has been)\s+(?:\w+ly\s+)?" + _HARM + r"\b")
_FROM_BEFORE = re.compile(r"\b[Ff]rom\s+(?:the\s+)?$")
_TO_GAP = re.compile(r"\s+to\s+")
_IN_COUNTRY = re.compile(r"\s+in\s+")


def _routed_country_holder(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                           keep: Sequence[bool], k: int) -> Optional[int]:
    """The country written "in" right after a disbelieved name that ends a route or lies where something
    happened ("the rail link from Agartala to Akhaura in Bangladesh", "miners were shot at Zorbak in Nepal"),
    when none of the name's readings lies in it. The country says where the name is as plainly as a comma
    would: the gazetteer lacks the town, and the look-alike abroad it was disbelieved as is no reading of it.
    A person written to, or a firm or a club, is left alone ("She wrote to Smith in Canada", "staff at Nokia in
    India", "the striker moved from Leeds to Arsenal in Argentina")."""
    s = spans[k]
    container = s.container if s.container is not None else (k + 1 if k + 1 < len(spans) else None)
    if container is None or container <= k or not keep[container] \
            or _IN_COUNTRY.fullmatch(text, s.end, spans[container].start) is None:
        return None
    if s.cue in _PLACE_CUES:
        if _firm_or_club_before(text, s.start, spans[container].end):
            return None
    elif s.cue == "to":
        routed = _ROUTE_WORD.search(text, max(0, s.start - 30), s.start) is not None \
            and not _firm_or_club_before(text, s.start)
        if not (routed or _from_place_to(text, spans, keep, k)):
            return None
    elif s.cue not in _ROUTE_CUES:
        return None
    held = resolutions[container]
    if held is None or held.candidate is None or not held.candidate.feature_code.startswith("PCL"):
        return None
    country = held.candidate.country_code
    return container if country and not any(c.country_code == country for c in s.candidates) else None


def _firm_or_club_before(text: str, start: int, after: Optional[int] = None) -> bool:
    """Whether the words before the cue of the name starting at `start` make it a firm or a club: a firm's people,
    work or holdings right before the cue, a transfer verb right before "to" or "from" (`_TRANSFER_BEFORE`; "sold",
    "signed", "transferred" only with a player or club in the sentence), or a player earlier in the sentence who
    moves between clubs and does not travel (`_FIRM_BEFORE`, `_PLAYER_BEFORE`, `_TRAVELLED_BEFORE`). Harm done at
    the name, or to its people (`after`: where the country written after it ends), makes it a place whatever
    precedes."""
    lo = max(0, start - 40)
    if _HARMED_BEFORE.search(text, lo, start) is not None \
            or (after is not None and _HARMED_AFTER.match(text, after) is not None):
        return False
    if _FIRM_BEFORE.search(text, lo, start) is not None or _TRANSFER_BEFORE.search(text, lo, start) is not None:
        return True
    far = max(0, start - 100)
    if _SOLD_BEFORE.search(text, lo, start) is not None and _CLUB_BEFORE.search(text, far, start) is not None:
        return True
    return _PLAYER_BEFORE.search(text, far, start) is not None \
        and _TRAVELLED_BEFORE.search(text, max(0, start - 30), start) is None


def _from_place_to(text: str, spans: Sequence[NameSpan], keep: Sequence[bool], k: int) -> bool:
    """Whether the name is the far end of "from X to NAME" with X a name kept as a place ("from Sylhet to
    Kamalganj"): the near end makes it a route. A near end that is no place ("from Millonarios to Arsenal"),
    or a club's context before "from" ("switched from Porto to X", "the striker moved from Leeds to X": see
    `_firm_or_club_before`), says nothing."""
    p = k - 1
    if p < 0 or not keep[p] or not spans[p].locational or spans[k].cue != "to" \
            or _TO_GAP.fullmatch(text, spans[p].end, spans[k].start) is None:
        return False
    start = spans[p].phrase_start if 0 <= spans[p].phrase_start < spans[p].start else spans[p].start
    return _FROM_BEFORE.search(text, max(0, start - 12), start) is not None and not _firm_or_club_before(text, start)


def _outside_written_state(text: str, town: NameSpan, span: NameSpan, held: Resolution) -> bool:
    """Whether a first-level division written bare after the town's comma ("Cedar Ridge, Okla.") holds none of
    the town's readings, each of which has a first-level division of its own: the story's town is then a
    namesake the gazetteer lacks, not one in another state."""
    if held.candidate.feature_code != "ADM1" or not held.candidate.admin1_code:
        return False
    start = span.phrase_start if span.phrase_start >= 0 else span.start
    if text[max(town.end, town.phrase_end) : start].strip() != ",":
        return False
    country, admin1 = held.candidate.country_code, held.candidate.admin1_code
    same = [c for c in town.candidates if c.country_code == country]
    return bool(same) and all(c.admin1_code and not holds_filed(admin1, c.admin1_code) for c in same)


def _outside_named_division(town: NameSpan, span: NameSpan, held: Resolution) -> bool:
    """Whether a division written with its division word ("the municipality of Aguililla", "Faskari LGA")
    lies in a first-level division none of the town's readings lies in: the report names a village of that
    division, and the namesakes elsewhere in the country are other villages."""
    admin1 = held.candidate.admin1_code
    if span.vague not in {"admin1", "admin2"} or not admin1:
        return False
    country = held.candidate.country_code
    return not any(c.country_code == country and c.admin1_code and holds_filed(admin1, c.admin1_code)
                   for c in town.candidates)


# ", in the municipality of Y", " in Y district": an aside after a town that says which division holds it;
# also ", in the rural area of the municipality of Y" (the countryside of a municipality, where its veredas and
# villages lie), as Colombian and Mexican reports write it.
# ", a rural commune in Y cercle", ", a village in Y district": what the name is, said in lower case, then its division.
# A time phrase after the comma (", a day after clashes in Y", ", an hour before a rally in Y district") says when,
# not what the name is: the division after it holds the other event, not the town.
_TIME_PHRASE = (r"(?!\s+(?:[a-z-]+\s+)?(?:second|minute|hour|day|night|week|fortnight|month|year|decade|while)s?"
                r"\s+(?:after|before|since|later|earlier|ago|into|on)\b)")
_ASIDE_GAP = re.compile(rf"(?:,?|,\s+an?{_TIME_PHRASE}(?:\s+[a-z-]+){{1,3}}?)\s+in\s+(?:the\s+)?"
                        r"(?:rural\s+(?:area|zone|part)\s+of\s+(?:the\s+)?)?")


def _county_by_bare_name(reading: Resolution) -> bool:
    """Whether a name was read as a second-order division only by that division's bare name ("Power" for Power
    County, Idaho): written before a state ("Power, Montana") it names a town, which lies in the state written."""
    return reading.candidate.feature_code == "ADM2" and reading.candidate.kind == NAME_DERIVED


def _state_read_for_settlement(text: str, spans: Sequence[NameSpan], k: int, reading: Resolution) -> bool:
    """Whether a name read as a first-level division is called a settlement in the aside after it ("Victoria,
    a village in Sindh"): a village is no state, so the division reading abroad is a namesake and the name is
    placed in the division the aside gives, as a town read abroad is."""
    return reading.candidate.feature_code == "ADM1" and k + 1 < len(spans) \
        and _SETTLEMENT_ASIDE.fullmatch(text, spans[k].end, spans[k + 1].start) is not None


def _division_aside(text: str, spans: Sequence[NameSpan], k: int) -> Optional[int]:
    """The next span when it is a division named with its division word in an aside after the town ("El
    Aguaje, in the municipality of Aguililla"), which recognition does not link as a container."""
    if k + 1 >= len(spans):
        return None
    nxt = spans[k + 1]
    if nxt.vague not in {"admin1", "admin2"}:
        # "X, a farming village in Limpopo": a bare first-order division in a settlement's aside (whether one
        # country alone has it is asked of its reading, `_holds_towns`)
        if not any(c.exact and c.feature_code == "ADM1" for c in nxt.candidates) \
                or _SETTLEMENT_ASIDE.fullmatch(text, spans[k].end, nxt.start) is None:
            return None
    start = nxt.phrase_start if nxt.phrase_start >= 0 else nxt.start
    return k + 1 if start >= spans[k].end and _ASIDE_GAP.fullmatch(text, spans[k].end, start) else None


# ", a village in ", ", a small farming town in the ": an aside saying what the name before it is and where.
_SETTLEMENT_ASIDE = re.compile(r",\s+an?\s+(?:[a-z-]+\s+){0,2}(?:village|town|city|settlement|hamlet)\s+in\s+"
                               r"(?:the\s+)?")


def _holder_after_division_word(text: str, spans: Sequence[NameSpan], k: int) -> Optional[int]:
    """The next span when a name written with its division word is followed by a comma and it ("Kani
    township, Sagaing Region", "Danmusa LGA, Katsina"): the address style of reports, which recognition links
    as a container only for a bare town before the comma. "Of" or "in" joins the two the same way when the
    holder is written with its own division word ("the Kot Ali tehsil of Y district", "the X commune, in Y
    cercle"): a division word on both sides leaves no other reading of the preposition."""
    if k + 1 >= len(spans) or spans[k].vague not in {"admin1", "admin2"} or spans[k].phrase_end <= spans[k].end:
        return None
    nxt = spans[k + 1]
    start = nxt.phrase_start if nxt.phrase_start >= 0 else nxt.start
    if start < spans[k].phrase_end:
        return None
    gap = " ".join(text[spans[k].phrase_end : start].split())
    if gap == ",":
        return k + 1
    return k + 1 if gap in _JOINING_WORDS and nxt.vague in {"admin1", "admin2"} else None


# What joins a lower division to the division holding it when both are written with their division words.
_JOINING_WORDS = frozenset({"of", "in", ", in", "of the", "in the", ", in the"})


def _directed_container(text: str, spans: Sequence[NameSpan], k: int) -> Optional[int]:
    """The next span when the text reads "X, northern Y" with Y a country: the direction is part of Y's
    phrase, and Y is where X lies."""
    if k + 1 >= len(spans):
        return None
    nxt = spans[k + 1]
    if nxt.direction is None or nxt.phrase_start < 0:
        return None
    if text[spans[k].end : nxt.phrase_start].strip() != ",":
        return None
    if not any(c.feature_code.startswith("PCL") for c in nxt.candidates):
        return None
    return k + 1


def mentions_of_the_same_name(spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                              placed: Sequence[int]) -> list[int]:
    """Indices of other mentions of a name `readings_outside_their_container` found misread: a report names
    its small town first bare ("the blockade of Boni", in a title) and then with its division ("the commune
    of Boni, in Douentza cercle"). The bare mention had the same namesake abroad; it is the same local place,
    so it takes the same holder and stands in there too. Call before the placed spans' readings are
    cleared."""
    placed_set = set(placed)
    by_name: dict[str, list[int]] = {}
    for j, other in enumerate(spans):
        if j not in placed_set:
            by_name.setdefault(other.norm, []).append(j)
    out: list[int] = []
    done: set[tuple[str, int]] = set()
    for k in placed:
        reading = resolutions[k].candidate if resolutions[k] is not None else None
        if reading is None or spans[k].container is None or (spans[k].norm, reading.id) in done:
            continue  # a later placed mention of the same name and reading finds its mentions already taken
        done.add((spans[k].norm, reading.id))
        for j in by_name.get(spans[k].norm, ()):
            r = resolutions[j]
            if r is None or r.candidate is None or r.candidate.id != reading.id:
                continue
            spans[j].container = spans[k].container
            out.append(j)
    return out


def words_run_into(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                   placed: Sequence[int]) -> list[tuple[int, int]]:
    """(before, k) for each name placed in a division abroad (`readings_outside_their_container`) that the
    capitalised word written just before it, itself left unread, runs into: "the Mir Ali tehsil in Y
    district" read as "Mir" (a Mir abroad, refused) and "Ali" (an Ali in India). Both words are one
    name the gazetteer lacks, which stands in at the division with its whole name."""
    out = []
    for k in placed:
        b = k - 1
        if b < 0 or b in placed or spans[b].j != spans[k].i or text[spans[b].end : spans[k].start] != " " \
                or spans[b].container is not None or not text[spans[b].start : spans[b].end][:1].isupper():
            continue
        r = resolutions[b]
        if r is None and spans[b].candidates or r is not None and r.candidate is not None:
            continue  # (a name with no reading at all is unknown: reported on its own)
        out.append((b, k))
    return out
