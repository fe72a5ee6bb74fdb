"""How names next to each other relate: one inside another ("Saraqib, Idlib"), or equals in a list
("Becker, Clay and Douglas counties"), sharing a cue written once.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import AbstractSet, Callable, Optional, Sequence

from eventwatch.geo.interval_cover import Intervals
from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.verb_forms import AUXILIARIES, FINITE_BE
from eventwatch.geo.yaml_files import parsed_file

CONTAINMENT_GAP = re.compile(
    r"\s*,\s*|\s*\(\s*|\s+(?:in|near|outside|of)\s+(?:the\s+)?(?:[a-z-]+ern\s+|(?:north|south|east|west)[a-z-]*\s+)?"
    r"(?:(?:rural|countryside\s+of)\s+)?",
)
# "Rada'a city in Y", "X town, Y": the first name's own settlement word, then the gap that makes the next name
# its container; a loose spelling needs that container to be believed (resolve.Resolver._short_match).
# Not "of": in "the English town of Y" the kind word belongs to the name after it.
_KIND_THEN_CONTAINMENT = re.compile(
    r"\s+(?:city|town|village)"
    r"(?:\s*,\s*|\s*\(\s*|\s+in\s+(?:the\s+)?(?:[a-z-]+ern\s+|(?:north|south|east|west)[a-z-]*\s+)?)"
)
# "Foya, across the border in Liberia", "Kapoeta, in neighbouring South Sudan": an aside set off by a comma that
# says which country holds the name before it. Read as containment only before a country (`_country_aside`): before
# another town "in X, in Y" is as often a list of places ("clashes in Lyon, in Paris and in Marseille"). Not "now in
# Y": that says where a person from X went ("families from Homs, now in Norway"), not where X lies.
COUNTRY_ASIDE_GAP = re.compile(
    r"\s*,\s+(?:just\s+)?(?:(?:across|over)\s+the\s+(?:border|frontier)\s+)?in\s+(?:the\s+)?"
    r"(?:neighbou?ring\s+|nearby\s+)?(?:central\s+|[a-z-]+ern\s+|(?:north|south|east|west)[a-z-]*\s+)?")
# After that country, a list going on ("in Kabul, in Pakistan and in Iran"): the aside was a list's member.
_ASIDE_LIST_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:and|or)\b|\s*,\s*(?:in|to|from)\s")
LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def link_containers(text: str, spans: list[NameSpan]) -> None:
    """"Saraqib, Idlib" / "Atarib in western rural Aleppo": the second name contains the first.

    In a list ("Becker, Clay, Douglas and Grant"; "Ohio, Indiana, Illinois") a comma joins equals, so
    there a name contains the one before it only where it can be a larger kind of place than that one
    ("Saraqib, Idlib, Syria").
    """
    in_list = list_members(text, spans)
    for a_idx in range(len(spans) - 1):
        a, b_idx = spans[a_idx], a_idx + 1
        while b_idx < len(spans) - 1 and spans[b_idx].end <= a.end:
            b_idx += 1  # the names inside a longer one ("Lyon" in "Lyon Opera House") are not what follows it
        b = spans[b_idx]
        if b.demonym or b.unknown or a.demonym or b.start < a.end:
            continue
        gap = text[a.end : b.start]
        if len(gap) <= 40 and _country_aside(text, gap, b):
            a.container = b_idx
            continue
        if len(gap) <= 40 and (CONTAINMENT_GAP.fullmatch(gap) or _KIND_THEN_CONTAINMENT.fullmatch(gap)):
            if gap.strip() == "(" and _readings_shared(a, b):
                continue  # "El Geneina (الجنينة)": the same town in another script, not its container
            if a_idx in in_list and b_idx in in_list and level(b) <= level(a) and not _town_and_state(a, b):
                continue
            if a_idx in in_list and b_idx in in_list and _city_beside_city_state(a, b):
                continue
            if _owner_of_what_follows(text, a, b):
                continue
            owned = _owned_after(text, spans, b_idx)
            if owned is not None:
                # "Rubaya in eastern Congo's Masisi territory": the possessive hands the containment to the name
                # it owns; one the gazetteer lacks holds the first name at a place it cannot say, so no
                # container is read rather than the country.
                a.container = owned
                continue
            a.container = b_idx


def _country_aside(text: str, gap: str, b: NameSpan) -> bool:
    """Whether `gap` opens an aside placing the name before it in country `b` ("X, across the border in Y,"):
    `b` reads exactly as a country, and no list goes on after it."""
    return CONTAINMENT_GAP.fullmatch(gap) is None and COUNTRY_ASIDE_GAP.fullmatch(gap) is not None \
        and any(c.exact and c.feature_code.startswith("PCL") for c in b.candidates) \
        and _ASIDE_LIST_GOES_ON.match(text, b.end) is None


def _town_and_state(a: NameSpan, b: NameSpan) -> bool:
    """Whether a listed pair reads as a town and its state ("Boise, Idaho, Portland, Maine, and Eugene, Ore."):
    a reading of the first lies in a first-level division the second names, and the first is no division or
    country of that division's country (in "Indiana, Ohio, Illinois" the states are equals, though a village
    in Illinois is called Ohio).

    A list of such pairs is a run of names at two sizes, so its later towns reach the size test against a
    state only through their largest namesake ("Portland" is also a parish of Jamaica, "Lebanon" a country),
    and that namesake must not cut the pair apart."""
    states = [c for c in b.candidates if c.exact and c.feature_code == "ADM1"]
    countries = {c.country_code for c in states}
    readings = [c for c in a.candidates if c.exact]
    equals = any(c.country_code in countries and (c.feature_code == "ADM1" or c.feature_code.startswith("PCL"))
                 for c in readings)
    if states and not equals and any(inside(ca, cb) for ca in readings for cb in states):
        return True
    return _town_and_province(readings, b)


def _town_and_province(readings: list, b: NameSpan) -> bool:
    """Whether a listed pair reads as a town and its province where provinces are second-level divisions
    ("Baliuag, Bulacan and Cabanatuan": GeoNames files the Philippines' provinces under its regions): a town
    reading of the first lies in a second-level division the second names, and the first has no division or
    country reading in that country (in "Becker, Clay and Douglas counties" every name is a county).

    Nor where the second also names a town of that town's first-level division at least as large as it: a list
    of cities of like rank ("Garland, Dallas and Denton"; "Talisay, Cebu and Iloilo") names the big city, not
    the county or province it shares a name with. The table's towns carry no second-level code, so "lies in"
    is only "lies in the same first-level division", and the size of the second's own town is the check left."""
    provinces = [c for c in b.candidates if c.exact and c.feature_code == "ADM2"]
    countries = {c.country_code for c in provinces}
    if not provinces or any(c.country_code in countries and c.feature_code.startswith(("ADM", "PCL"))
                            for c in readings):
        return False
    towns = [c for c in b.candidates if c.exact and c.feature_code.startswith("PPL")]
    return any(ca.feature_code.startswith("PPL") and inside(ca, cb) and not _as_large_a_town(ca, towns)
               for ca in readings for cb in provinces)


# A listed name whose largest reading is a city of this size is no village the gazetteer lacks: where none of its
# readings lies in the next name, that name is its peer, not its container.
_CITY_POPULATION = 100_000


def _city_beside_city_state(a: NameSpan, b: NameSpan) -> bool:
    """Whether a listed pair is two cities, the second a city that is its own first-level division ("Milan,
    Vienna and Warsaw"; "Lyon, Berlin and Prague"): the first's largest reading is a city, none of its readings
    lies in the second, and the second reads as a town of its own division at least as large as that city.

    Without this the city-state's division reading holds the city before it, which has no reading there and is
    dropped or sent to a namesake (a village of Illinois beside its Vienna). "Saraqib, Idlib and Hama" keeps its
    container: Saraqib lies in Idlib."""
    readings = [c for c in a.candidates if c.exact]
    largest = max((c.population for c in readings if c.feature_code.startswith("PPL")), default=0)
    if largest < _CITY_POPULATION:
        return False
    states = [c for c in b.candidates if c.exact and c.feature_code == "ADM1"]
    if not states or any(inside(ca, cb) for ca in readings for cb in states):
        return False
    return any(c.exact and c.feature_code.startswith("PPL") and c.population >= largest
               and any(c.admin1_code == st.admin1_code and c.country_code == st.country_code for st in states)
               for c in b.candidates)


def _as_large_a_town(town, others: list) -> bool:
    """Whether one of `others` is a town of `town`'s first-level division at least as large as it."""
    return any(o.country_code == town.country_code and o.admin1_code == town.admin1_code
               and o.population >= town.population for o in others)


def _owner_of_what_follows(text: str, a: NameSpan, b: NameSpan) -> bool:
    """Whether b, after a comma, opens a new phrase as an owner ("to Ancona, Albania's tourism ministry said")
    rather than holding a: a possessive follows it and no reading of a lies in it. "Paris, Texas's mayor" keeps
    the pair, since a Paris lies in Texas; a name the gazetteer holds no exact reading of keeps it too."""
    if not _OWNER_AFTER.match(text, b.end) or not text[a.end : b.start].strip() == ",":
        return False
    readings = [c for c in a.candidates if c.exact]
    return bool(readings) and not any(inside(ca, cb) for ca in readings for cb in b.candidates if cb.exact)


_OWNER_AFTER = re.compile(r"['’]s\b")


def _owned_after(text: str, spans: list[NameSpan], b_idx: int) -> Optional[int]:
    """The index of the name a possessive after name b_idx owns ("Congo's Masisi territory"), if one follows it."""
    if b_idx + 1 >= len(spans):
        return None
    b, c = spans[b_idx], spans[b_idx + 1]
    if c.demonym or not _POSSESSIVE_GAP.fullmatch(text, b.end, c.start):
        return None
    return b_idx + 1


_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:the\s+)?")


def _readings_shared(a: NameSpan, b: NameSpan) -> bool:
    """Whether some gazetteer entry reads both names: then one is the other's spelling."""
    ids = {c.id for c in a.candidates}
    return any(c.id in ids for c in b.candidates)


def list_runs(text: str, spans: Sequence[NameSpan]) -> list[list[int]]:
    """The spans' indices, in the order given, grouped into runs written as a list ("X, Y and Z": commas or a
    final "and"/"or" between neighbours); a lone name is a run of its own."""
    runs: list[list[int]] = []
    for k, s in enumerate(spans):
        if runs and spans[k - 1].end <= s.start and LIST_GAP.fullmatch(text, spans[k - 1].end, s.start):
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def list_members(text: str, spans: list[NameSpan]) -> set[int]:
    """Indices of names in runs of three or more joined by commas (or a final "and"/"or")."""
    return {k for run in list_runs(text, spans) if len(run) >= 3 for k in run}


def confirm_containment(text: str, spans: list[NameSpan], people: frozenset[str] = frozenset()) -> None:
    """"Snetterton, Norfolk", "Thruxton, Hampshire": where the gazetteer puts a reading of the first name
    inside a reading of the second, a division or a country, the pair vouches for both. Two names that agree
    this way are seldom a coincidence; each alone may be a surname or a namesake, so neither need wait for
    another place in the text to support it.

    Lists ("Smith, Jones, Brown") are left alone: there a comma joins equals, and among many surnames two
    readings agree by chance. So are words the document uses as people's names.
    """
    in_list = list_members(text, spans)
    for a_idx, a in enumerate(spans):
        if a.container is None:
            continue
        b = spans[a.container]
        if a.demonym or b.demonym or a.unknown or b.unknown or not a.locational or not b.locational:
            continue
        if a.norm in people or b.norm in people:
            continue
        if a_idx in in_list or a.container in in_list:
            continue
        if any(inside(ca, cb) for ca in a.candidates if ca.exact for cb in b.candidates if cb.exact):
            a.firm = b.firm = True


def written_container(text: str, spans: list[NameSpan], idx: int) -> bool:
    """Whether the name at idx is written after a comma as the country or division holding the name placed
    firmly before it ("born in Kingston, Jamaica, ..."): the cue before the town governs the pair, so the
    container is where the town is, whatever verb a long aside lets it seem the subject of ("in Kingston,
    Jamaica, into the clubs of the West End, has died" is the pianist dying, not the country acting).

    A state's abbreviation ("Lebanon, Ky., ... has lost two factories") needs no cue before the town: papers
    write "Ky." only to place the name before it, never for the state's government, so the subject is the town."""
    if idx == 0:
        return False
    prev, s = spans[idx - 1], spans[idx]
    if not prev.locational or not (prev.firm or s.abbreviation) or prev.demonym or s.demonym \
            or re.fullmatch(r"\s*,\s*", text[prev.end : s.start]) is None:
        return False
    return any(inside(ca, cb) for ca in prev.candidates if ca.exact for cb in s.candidates if cb.exact)


def inside(a, b) -> bool:
    """Whether place a lies in the division or country b by the gazetteer's codes."""
    if a.id == b.id or not a.country_code or a.country_code != b.country_code:
        return False
    code = b.feature_code
    if code.startswith("PCL"):
        return not a.feature_code.startswith("PCL")
    if code == "ADM1":
        return a.feature_code != "ADM1" and bool(a.admin1_code) and a.admin1_code == b.admin1_code
    if code == "ADM2":
        if a.feature_code in ("ADM1", "ADM2") or not a.admin1_code or a.admin1_code != b.admin1_code:
            return False
        return a.admin2_code is None or a.admin2_code == b.admin2_code
    return False


def level(s: NameSpan) -> int:
    """The largest kind of place a name can be: 2 a country, 1 a first-level division, 0 anything smaller."""
    codes = {c.feature_code for c in s.candidates if c.exact}
    if any(fc.startswith("PCL") or fc == "CONT" for fc in codes):
        return 2
    return 1 if "ADM1" in codes else 0


def spread_plural_cues(text: str, spans: list[NameSpan], plural: dict[str, str],
                       applies: Optional[Callable[[NameSpan, str], bool]] = None) -> None:
    """"Becker, Clay and Douglas counties": the plural division word after a list applies to every name, each
    name the word `applies` to (a southern African town's "townships" are parts of towns, cue_readers)."""
    for k in range(len(spans) - 1, -1, -1):
        m = NEXT_WORD.match(text, spans[k].end)
        if m is None or m.group(1) not in plural:
            continue
        word = m.group(1)
        j = k
        while True:
            if applies is None or applies(spans[j], word):
                spans[j].vague, spans[j].cue = plural[word], word
            if j == 0 or not LIST_GAP.fullmatch(text[spans[j - 1].end : spans[j].start]):
                break
            j -= 1


def spread_place_cues(text: str, spans: list[NameSpan], from_unknown: bool = False) -> None:
    """"in Khalasa and Thiban", "near Saraqib, Sarmin and Binnish": a place cue covers the whole list.

    `from_unknown`: spread only from names the gazetteer does not hold, read once the rest are ("hotels in
    Brackmoor and Portobello": the unheld first name is found after the list's cues were first spread)."""
    run_ends: dict[int, int] = {}  # each member's end of run, walked once for the whole list (`opens_clause`)
    for k in range(1, len(spans)):
        a, b = spans[k - 1], spans[k]
        if from_unknown and not a.unknown:
            continue
        if a.firm and a.locational and not a.demonym and b.cue is None and not b.demonym and b.locational \
                and LIST_GAP.fullmatch(text[a.end : b.start]) and not opens_clause(text, spans, k, run_ends):
            b.cue, b.firm = a.cue, True


# Words after a subject that make it a clause's: an auxiliary or modal (geo/verb_forms), a finite "be", or a
# verb of saying.
_FINITE = AUXILIARIES | FINITE_BE | {"said", "says", "reported", "reports", "confirmed", "announced"}
# A capitalised word right after the word read.
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z]")
# A bare comma between two names of a list, before its ", and" ("in Chad, Niger, and Mali").
_BARE_COMMA = re.compile(r"\s*,\s*")


def opens_clause(text: str, spans: list[NameSpan], k: int, run_ends: Optional[dict[int, int]] = None) -> bool:
    """Whether the name at k, joined to the one before it as if in a list, is rather the subject of a new
    clause: "crowded the town of Oia, and Athens has capped arrivals" (", and" between two names alone joins
    clauses as often as names), "sales to Cuba, Ottawa and Tokyo were pressed to follow" (a bare comma joins
    names of one size of place; a country then a town opens a clause). Either reading needs the names from k
    on to stand before an auxiliary or a verb of saying, as a subject does."""
    gap = text[spans[k - 1].end : spans[k].start]
    joined = re.search(r"\b(?:and|or)\b", gap) is not None
    if joined and ("," not in gap or (k >= 2 and _BARE_COMMA.fullmatch(text[spans[k - 2].end : spans[k - 1].start]))):
        # "in Chad and Niger", "in Chad, Niger, and Mali": a list's last name; not after a list already closed
        # by its own "and" ("in Holguín and Camagüey, and Peru reported": the comma opens a clause)
        return False
    if not joined and level(spans[k - 1]) <= level(spans[k]):
        return False
    last = _run_end(text, spans, k, {} if run_ends is None else run_ends)
    m = NEXT_WORD.match(text, spans[last].end)
    if m is None or m.group(1) not in _FINITE:
        return False
    # "do" is also a Portuguese name connector (cues.yaml `name_connectors`): before a capitalised word it goes
    # on with a name the gazetteer holds only the head of ("to Braga and Vila Nova do Ceira"), and opens no clause.
    # Only a town's name goes on so: after a country or a first-level division ("Britain and France do NATO's
    # bidding") "do" is the verb.
    return not (m.group(1) in load_cues().name_connectors and level(spans[last]) == 0
                and _CAPITALISED_NEXT.match(text, m.end()))


# Prepositions whose object a list of names is as a whole: "in Chad, Niger and Mali", "from Kano and Sokoto".
LIST_PREPOSITIONS = frozenset({"in", "from", "between", "near", "across", "throughout", "to", "into", "through",
                               "around", "outside", "inside", "at", "via", "toward", "towards"})


def literal_list_members(text: str, spans: list[NameSpan]) -> None:
    """"Leaders in Chad, Cameroon and Nigeria said", "Travellers from Kano and Sokoto will": the preposition
    before a list's first name governs every name of the list, so none of them is the subject of the verb
    after the list, and a later name read as an actor for that verb alone is the place the first is.

    A list joins equals: a bare comma joins names only of one size of place ("after talks in Geneva, Russia
    and Ukraine agreed" opens a clause at the comma), and two names need a plain "and"/"or" between them (",
    and" may join two clauses). A later name that is an actor by its own words ("Chad's army") or
    modifies a noun ("Niger residents", cue "modifier") keeps that reading.
    """
    k = 0
    while k < len(spans):
        first = spans[k]
        run = [k]
        while run[-1] + 1 < len(spans) and _list_joined(text, spans, run[-1], run[-1] + 1) \
                and not opens_clause(text, spans, run[-1] + 1):  # "..., and Peru reported": a new subject
            run.append(run[-1] + 1)
        k = run[-1] + 1
        if len(run) < 2 or not first.locational or first.demonym or first.cue not in LIST_PREPOSITIONS:
            continue
        if re.search(rf"\b{first.cue}\s+(?:the\s+)?$", text[max(0, first.start - 16) : first.start]) is None:
            continue  # the cue was read from other words than the preposition right before the list
        if len(run) == 2 and re.fullmatch(r"\s+(?:and|or)\s+(?:the\s+)?", text[first.end : spans[run[1]].start]) is None:
            continue
        for m in run[1:]:
            s = spans[m]
            if s.cue == "metonymy" and not s.locational and not s.demonym \
                    and text[s.end : s.end + 2] not in ("'s", "’s"):
                s.locational, s.cue, s.firm = True, first.cue, first.firm


# What may stand between a sentence's start and a list of names that is its subject: nothing, or an opening
# quotation mark.
# An aside after a list that names what its members are ("X and Y, the county's other towns,"): noun phrases,
# where "further south" or "in turn" only place or order them.
_APPOSITION_AFTER = re.compile(r"\s*,\s*(?:the|a|an|its|their|both|all|some|other|these|those|two|three|four|five"
                               r"|six|seven|eight|nine|ten|several|many)\b")
# A locative aside between the list and its verb ("X and Y, in the Rift Valley, reported"): the aside places the
# towns, whose verb then tells of what happened there.
_LOCATIVE_ASIDE = re.compile(r"\s*,\s*(?:in|near|on|at|along|across|outside|inside|around|within|north|south|east"
                             r"|west|up|down)\b[^,.;]{0,60},")
# "reported"/"recorded" with weather, a disaster or its damage as object tell what befell the towns ("X and Y
# reported heavy rain"), not what their health or civil authorities counted.
_REPORTING_VERBS = frozenset({"reported", "reports", "recorded", "records", "saw", "logged", "registered"})
_WEATHER_OR_DAMAGE = re.compile(
    r"\b(?:rain|rains|rainfall|downpours?|showers|snow|snowfall|hail|heat|heatwaves?|cold|frost|temperatures?|"
    r"winds?|gusts?|storms?|thunderstorms?|flood|floods|flooding|landslides?|mudslides?|tremors?|earthquakes?|"
    r"power cuts?|power outages?|outages?|blackouts?|damage|drought|fog|smog|sunshine|highs?|lows?)\b")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?;:]\s+|\n\s*)[\"“‘']?$")


def actor_list_members(text: str, spans: list[NameSpan]) -> None:
    """"Madurai and Tirunelveli reported scrub typhus", "Pune, Nashik and Thane have recorded cases": a list of
    names opening its sentence is one subject, so the verb after it that makes the last name an actor (its
    health authority, its government) makes every earlier bare name one too. Countries and states are read so
    by their own rules; a town before another was left a place for want of the verb beside it.

    Only bare names: one with a place cue ("in Pune and Nashik") or any other reading of its own keeps it,
    as does a list whose later names are no actors; the list must open its sentence, so "cases rose in Pune.
    Nashik reported ..." and "flights from Pune and Nashik reported" are untouched."""
    k = 0
    while k < len(spans):
        run = [k]
        while run[-1] + 1 < len(spans) and _list_joined(text, spans, run[-1], run[-1] + 1) \
                and not opens_clause(text, spans, run[-1] + 1):
            run.append(run[-1] + 1)
        k = run[-1] + 1
        last = spans[run[-1]]
        if len(run) < 2 or last.locational or last.cue != "metonymy" or last.demonym:
            continue
        if text[last.end : last.end + 2] in ("'s", "’s"):
            continue  # "Nashik's officials": the possessive, not the list, makes it an actor
        if _APPOSITION_AFTER.match(text, last.end) or _LOCATIVE_ASIDE.match(text, last.end):
            continue  # "Spring City and Graysville, the county's other towns, will share": the aside names places
        if _reports_weather(text, last.end):
            continue  # "Chennai and Madurai reported heavy rain": what befell the towns
        first = spans[run[0]]
        if _SENTENCE_OPEN.search(text[max(0, first.start - 40) : first.start]) is None:
            continue
        for m in run[:-1]:
            s = spans[m]
            if s.locational and s.cue is None and not s.demonym and not s.unknown \
                    and text[s.end : s.end + 2] not in ("'s", "’s"):
                s.locational, s.cue = False, "metonymy"


_VERB_AFTER = re.compile(r"(?:\s*,[^,.;]{0,60},)?\s*(?:(?:have|has|had|also|again|now|both|all)\s+)*([a-z]+)\b")


def _reports_weather(text: str, end: int) -> bool:
    """Whether the verb after a list ending at `end` is one of reporting whose object, within a few words, is
    weather, a disaster or its damage ("reported heavy rain", "recorded power cuts after the storm")."""
    m = _VERB_AFTER.match(text, end)
    if m is None or m.group(1) not in _REPORTING_VERBS:
        return False
    # Only the object counts: a phrase after a preposition ("record demand during the heatwave") dates or
    # explains the report, while what is reported may be counted by the towns' authorities.
    obj = _PREPOSITION.split(text[m.end() : m.end() + 40], maxsplit=1)[0]
    return _WEATHER_OR_DAMAGE.search(obj) is not None


_PREPOSITION = re.compile(r"\b(?:after|during|in|from|on|at|amid|over|across|following|since|for|before)\b")


def _list_joined(text: str, spans: list[NameSpan], a: int, b: int) -> bool:
    """Whether names a and b are neighbours in one list: joined by "and", "or" or a comma, and, where only a
    comma joins them, names of the same size of place."""
    gap = text[spans[a].end : spans[b].start]
    if not LIST_GAP.fullmatch(gap) and not re.fullmatch(r"\s*,?\s*(?:(?:and|or)\s+)?the\s+", gap):
        return False
    return bool(re.search(r"\b(?:and|or)\b", gap)) or level(spans[a]) == level(spans[b])


def after_comma(text: str, s: NameSpan, spans: list[NameSpan], ends: Optional[AbstractSet[int]] = None) -> bool:
    """Whether the name follows another after a comma ("Slidell, La.") or in brackets after it ("Walker
    County (Ga.)"): where a state's or province's abbreviation stands in news style. The other name must end
    where the whitespace before the comma or bracket begins, so one set of the names' ends (`ends`, built once
    by a caller asking for many names) answers in constant time: a scan of every name for each would cost a
    text of thousands of "Town, ST" pairs the square of their number."""
    k = s.start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if k == 0 or text[k - 1] not in ",(" or (text[k - 1] == "(" and k != s.start):
        return False  # no comma or bracket right before it ("(" with nothing between): no name need be looked for
    p = k - 1
    while p > 0 and text[p - 1].isspace():
        p -= 1
    if ends is None:
        ends = {o.end for o in spans}
    return p in ends


def _run_end(text: str, spans: list[NameSpan], k: int, run_ends: dict[int, int]) -> int:
    """The last name of the list run that name k stands in: `run_ends` keeps each walked name's end of run, so
    a caller asking for every member of a list of thousands walks it once, not once per member."""
    walked = []
    last = k
    while last not in run_ends and last + 1 < len(spans) \
            and LIST_GAP.fullmatch(text[spans[last].end : spans[last + 1].start]):
        walked.append(last)
        last += 1
    end = run_ends.get(last, last)
    run_ends[last] = end
    for w in walked:
        run_ends[w] = end
    return end


# A list item: one to three capitalised words ("Huawei", "Rainbow Kitten Surprise", "Jos. A. Bank").
_ITEM = r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,2}"
_ITEMS = re.compile(_ITEM)
# A run of three or more items. Its words are read at most 64 letters long, each to its word's end (a run's
# words end there in any case: only a space or a comma may follow one): a run was tried from every capital of a
# word thousands of letters long ("AAAA...", an encoded blob) and read it to its end from each, the square of its
# length. No brand or person listed has a longer word.
_LIST_WORD = r"[A-Z][\w'’.&-]{0,63}(?![\w'’.&-])"
_LIST_ITEM = rf"{_LIST_WORD}(?: {_LIST_WORD}){{0,2}}"
_LIST_RUN = re.compile(rf"{_LIST_ITEM}(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+){_LIST_ITEM}){{2,}}")


def names_among_non_places(text: str, spans: list[NameSpan], given_names: frozenset[str], strong) -> set[int]:
    """Indices of names listed among things that are plainly no places: "Siemens, Vestas, ABB and Nordex led
    the charts", "Deen, Paul Ames and Kay Rostova".

    A list joins equals. Where most of its other members are acronyms ("SMA"), words with a capital inside
    ("GRiZ"), people's full names ("Paul Ames") or names of several words of which the gazetteer reads none
    ("Moon Taxi"), the list is of companies, bands or people, and a small town's name in it is one of them;
    so is a place's name closing a longer member ("Rainbow Kitten Surprise"). A member with a place cue
    of its own, or a country or large city (`strong`, a candidate test), is kept: lists of places can hold
    an acronym too ("Idlib, Hama and the M5").
    """
    by_span = {(s.start, s.end): k for k, s in enumerate(spans)}
    by_end = {s.end: k for k, s in enumerate(spans)}
    by_start = {s.start: k for k, s in enumerate(spans)}
    drop: set[int] = set()
    read = Intervals((s.start, s.end) for s in spans)  # geo/interval_cover.py: whether a member meets a name
    for run in _LIST_RUN.finditer(text):
        items = [(m.start() + run.start(), m.end() + run.start()) for m in _ITEMS.finditer(run.group())]
        places = [by_span[it] for it in items if it in by_span]
        others = [it for it in items if it not in by_span and _plainly_no_place(text[it[0] : it[1]], given_names)]
        # "Rainbow Kitten Surprise": a name closing a longer member is that member's word, however large a
        # city it names, where the list is plainly of no places: beside an acronym or a brand ("GRiZ"), the
        # other members are such names or names of several words none of which the gazetteer reads ("Moon
        # Taxi"). A list of places whose members the gazetteer lacks ("St. Clair Twp.") holds no brand.
        closing = [by_end[it[1]] for it in items if it not in by_span and it[1] in by_end
                   and spans[by_end[it[1]]].start > it[0] and " " not in text[spans[by_end[it[1]]].start : it[1]]]
        unread = [it for it in items if it not in by_span and it not in others and " " in text[it[0] : it[1]]
                  and not read.meets(it[0], it[1])]
        if closing and others and len(others) + len(unread) >= 2 and len(others) + len(unread) > len(places):
            drop.update(k for k in closing if not spans[k].firm and spans[k].cue is None)
        if len(others) >= 2 and len(others) > len(places):
            # "Bobby Crane, Sydney Marlow, Joan Pike": a one-word name opening a two-word member of a list of
            # people's full names is that member's given name, however large a city it also names.
            drop.update(k for k in _opening_names(text, items, spans, by_span, by_start)
                        if not spans[k].firm and spans[k].cue in (None, "embedded"))
        if len(others) < 2 or len(others) <= len(places):
            continue
        for k in places:
            s = spans[k]
            if not s.firm and s.cue is None and " " not in text[s.start : s.end] \
                    and not any(c.exact and strong(c) for c in s.candidates):
                drop.add(k)
    return drop


# Second words that make a town's name the name of its body, division or firm, not a given name: "Dalton
# Police", "Dalton County", "Tulsa Zoo", "Austin Energy" listed beside people keep the town. The lexicon's
# organisation heads ("zoo", "rotary", "library") are added to these at first use.
_BODY_WORDS = frozenset({"police", "county", "city", "township", "parish", "borough", "village", "fire", "sheriff",
                         "council", "schools", "school", "high", "college", "university", "hospital", "officials",
                         "residents", "mayor", "department", "district", "state", "chamber", "utilities", "energy",
                         "insurance", "children", "electric", "power", "water", "transit", "deputies"})
_POSSESSIVE = re.compile(r"['’]s?$")
_ALIASES_FILE = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "aliases.yaml"


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    return _BODY_WORDS | load_cues().organisation_heads


@lru_cache(maxsize=1)
def _dotted_division_abbreviations() -> frozenset[str]:
    """The dotted abbreviations aliases.yaml gives first-level divisions ("Ga.", "Okla.", "Calif."): after a
    town's name they are its state, never a surname."""
    raw = parsed_file(_ALIASES_FILE) or {}
    return frozenset(n for e in raw.get("aliases") or [] if e.get("kind") == "abbreviation" and "admin1" in e
                     for n in e.get("names") or [] if isinstance(n, str) and n.endswith("."))


def _a_division_or_country(s: NameSpan) -> bool:
    return any(c.exact and c.feature_code.startswith(("ADM1", "PCL")) for c in s.candidates)


def _opening_names(text: str, items: list[tuple[int, int]], spans: list[NameSpan], by_span: dict,
                   by_start: dict) -> list[int]:
    """Indices of one-word names opening a list member of exactly two words, the second capitalised, no
    acronym, no body's word and no state ("Sydney Marlow", not "Dalton Police", "Tulsa Sheriff's", "Macon
    Ga." or "Dayton Ohio"): a person's given name and surname."""
    out = []
    for it in items:
        k = by_start.get(it[0])
        words = text[it[0] : it[1]].split()
        if it in by_span or k is None or len(words) != 2 or " " in text[spans[k].start : spans[k].end] \
                or spans[k].end >= it[1] or words[1].isupper() or not words[1][:1].isupper() \
                or _POSSESSIVE.sub("", words[1].lower().rstrip(".")) in _body_words() \
                or words[1] in _dotted_division_abbreviations():
            continue
        second = by_start.get(it[1] - len(words[1]))
        if second is not None and _a_division_or_country(spans[second]):
            continue  # "Dayton Ohio", "Erie Pa": the town and its state
        out.append(k)
    return out


def _plainly_no_place(item: str, given_names: frozenset[str]) -> bool:
    """An acronym ("ABB"), a word with a capital inside ("GRiZ", "DuraDeck") or a person's full name."""
    words = item.split()
    if len(words) == 1:
        w = words[0]
        return (w.isupper() and len(w) >= 2 and w.isalpha()) or any(ch.isupper() for ch in w[1:].replace(".", ""))
    return words[0].lower() in given_names and all(w[:1].isupper() and not w.isupper() for w in words)
