"""Which reading of a name owns it, where another reading won on the story's context alone: the larger town
that bears the name as its own over a town matched by an old or variant name of its own, and a state or
nation over a village of its country sharing its name.

The resolver (`Resolver._judge`) asks these once a reading has won, and gives the name to the owner unless the
text places it by the winner (a container, words that fit a town, neighbours named around it).
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.firm_context import SMALL_TOWN_POPULATION
from eventwatch.geo.gazetteer import FUZZY_MIN, Candidate, _named_as_its_division, similarity
from eventwatch.geo.normalise import normalise
from eventwatch.geo.reading_priors import ADMIN1_CODES, _short_written_main
from eventwatch.geo.store import NAME_ALT, NAME_MAIN

# A town this large (a world city) is what its name means unless firm names place a smaller namesake; read by
# an old name of its own ("Bombay", "Kiev"), it keeps the name.
WORLD_CITY_POPULATION = 100_000


def division_rival(c: Candidate, readings: list[Candidate]) -> Optional[Candidate]:
    """The first-level division of c's country spelled exactly like village c ("Florida", "Wales",
    "Washington"), if c is a village that has one. (A division abroad is another country's place, which the
    story's countries tell apart; the village's own division of its name is the one it is the seat of.)

    A state's, province's or nation's name means the division; a village of that name is meant where the text
    places it so (a container, a word that fits a town, a small town of the story close around it:
    `Resolver._judge`). A city named in passing nearby ("New York City and Florida") or the division around the
    village named ("England and Wales") does not: they name the village's region, and the division's name is
    written for the division far more often than for the village."""
    if not c.exact or not c.feature_code.startswith("PPL") or c.population >= SMALL_TOWN_POPULATION:
        return None
    return next((o for o in readings if o.exact and o.feature_code in ADMIN1_CODES and o.source != "user"
                 and o.country_code == c.country_code and o.admin1_code != c.admin1_code), None)


def own_name_owner(c: Candidate, readings: list[Candidate],
                   named: frozenset[str] = frozenset()) -> Optional[Candidate]:
    """The larger town of c's country that bears c's matched name as its own, where c, a town smaller than a
    world city, was matched only by another name of its own (a former or variant name), if there is one; else
    a world city or populous province abroad of that name (`_owns_abroad`).

    A place is written by its own name: "Pittsburgh" is the Pennsylvania city, not the California town once
    spelled so, unless the story places the name by the smaller town (`Resolver._judge`: a written container,
    its state, a place near it). A world city read by another name ("Bombay", "Kiev") keeps it, as does a town
    whose other name is its own division's (`_named_as_its_division`) or its own name with a title written
    short ("St. Petersburg"), unless a city of world-city size abroad bears that other name as its own and the
    story points there (`_world_city_owner`: `named`, the countries the story or the name's container
    names). A country abroad of that name comes first (`Resolver._judge` then asks the text
    for more than the town's state to keep the town)."""
    if c.kind != NAME_ALT or not c.exact or c.source == "user" or not c.feature_code.startswith("PPL") \
            or _named_as_its_division(c) or _short_written_main(c) > 0:
        return None
    if c.population >= WORLD_CITY_POPULATION:
        return _world_city_owner(c, readings, named)
    abroad = [o for o in readings if o.kind == NAME_MAIN and o.exact and o.country_code != c.country_code
              and _owns_abroad(o)]
    # A nation owns its name before any town does: "Cuba" is the island before a Missouri town of that name.
    return next((o for o in abroad if o.feature_code.startswith("PCL")), None) \
        or next((o for o in readings if o.kind == NAME_MAIN and o.exact and o.feature_code.startswith("PPL")
                 and o.country_code == c.country_code and o.population > c.population), None) \
        or next(iter(abroad), None)


def _world_city_owner(c: Candidate, readings: list[Candidate], named: frozenset[str]) -> Optional[Candidate]:
    """The city of world-city size abroad bearing as its own name the other name world city c was matched by
    ("San Miguel", an old name of San Diego, is El Salvador's third city), where the story points to it. A
    world city keeps its old name ("Bombay", "Kiev") where nothing else of size bears it; where a city abroad
    does, the name as written is that city's own only if the story names that city's country (`named`) and not
    c's own: "Antioch" in a story naming Turkey is Antakya, not the Californian city, and "Santa Ana" beside
    Taguig in a story naming the Philippines is Manila's, whatever big city abroad bears the name. Writing c by
    its own name as well is no pointer ("Manchester" in a Richmond, Va. story is the Richmond neighbourhood,
    not the English city). A variant spelling of c's own name stays c's: the words the two names do not share
    must differ beyond a spelling ("Diego" and "Miguel", where "Kiev" and "Kyiv" are one word spelled two
    ways)."""
    if c.country_code in named:
        return None
    return next((o for o in world_city_namesakes(c, readings) if o.country_code in named), None)


def world_city_namesakes(c: Candidate, readings: list[Candidate]) -> list[Candidate]:
    """The cities of world-city size abroad bearing as their own name the other name world city c was matched
    by ("San Miguel", El Salvador's third city, for San Diego), whatever the story names; none where the name
    is a variant spelling of c's own (`_world_city_owner`)."""
    if c.kind != NAME_ALT or not c.matched:
        return []
    own, written = normalise(c.name).split(), normalise(c.matched).split()
    own_rest = " ".join(w for w in own if w not in written)
    written_rest = " ".join(w for w in written if w not in own)
    if not own_rest or not written_rest or similarity(own_rest, written_rest) >= FUZZY_MIN:
        return []
    return [o for o in readings if o.kind == NAME_MAIN and o.exact and o.country_code != c.country_code
            and o.feature_code.startswith("PPL") and o.population >= WORLD_CITY_POPULATION]


# A province or state abroad this populous owns its name against a town that bore it only as a variant.
PROVINCE_OWNER_POPULATION = 1_000_000

# A city of its country this populous, and this many times larger than a town holding its name only as a
# variant, owns the name whatever places the story names around the town.
METROPOLIS_OWNER_POPULATION = 1_000_000
METROPOLIS_OWNER_RATIO = 20


def metropolis_owner(owner: Candidate, c: Candidate) -> bool:
    """Whether `owner`, the town bearing c's matched name as its own, is a city of millions of c's country that
    keeps the name even where the story names places around c. A paper writes a suburb by its name of today
    ("Durbanville", once "D'Urban"); the bare old name is the great city ("trucks sent to Durban" in a story
    that also names Cape Town, beside which the suburb lies). A local paper's variant for a town of its own
    (`Resolver._judge`) is a spelling of a town of like size, never of a metropolis."""
    return owner.feature_code.startswith("PPL") and owner.country_code == c.country_code \
        and owner.population >= METROPOLIS_OWNER_POPULATION \
        and owner.population >= METROPOLIS_OWNER_RATIO * max(c.population, 1)


def short_form_of_own_name(c: Candidate) -> bool:
    """Whether c was matched by the first words of its own name ("Belém" for Belém de São Francisco, "Campinas"
    for Campinas do Sul): locals write such a town by its short form, so where the story names the town's
    state, the town is meant even beside a metropolis of the short name. Without the state, "Manhattan" in a
    story of California's cities is still the metropolis, not Manhattan Beach."""
    return normalise(c.name).startswith(normalise(c.matched or "") + " ")


def _owns_abroad(o: Candidate) -> bool:
    """A country, a world city or a populous first-level division abroad: "over the border in Quebec" is the
    province, not the Connecticut town once called so, and "exports to Egypt" the nation, not an Ohio town
    listing the name among its old ones. Small divisions and villages abroad ("North Side", a Cayman
    district) own nothing against a town of the story's country, which local papers name by old names."""
    if o.feature_code.startswith("PCL"):
        return True
    if o.feature_code in ADMIN1_CODES:
        return o.population >= PROVINCE_OWNER_POPULATION
    return o.feature_code.startswith("PPL") and o.population >= WORLD_CITY_POPULATION


def owner_abroad_of_other_name(owner: Candidate, c: Candidate, readings: list[Candidate]) -> Optional[Candidate]:
    """The place abroad that keeps the name town c was matched by, where c bore it only as another name of its
    own, no spelling of its own (`another_name`), and `owner`, bearing it as its own, is a world city or populous
    province abroad: "crossings into Quebec" in a New York story is the province, not the Connecticut town a
    gazetteer lists the name for, however near the story's towns lie to that town. A province of millions of
    the owner's country spelled so comes before its city, as "over the border in Quebec" means the province,
    unless the city is a metropolis of millions ("a choir from Madrid" is the city) or the nation's capital.
    The town keeps the name only where the text places it on its own ground (`Resolver._placed_as_town`); a
    variant spelling ("Hillsboro") stays a local paper's name for its own town."""
    if owner.country_code == c.country_code or not _owns_abroad(owner) or not another_name(c):
        return None
    if owner.feature_code == "PPLC" or owner.feature_code.startswith("PPL") \
            and owner.population >= METROPOLIS_OWNER_POPULATION:
        # "a choir from Madrid": a metropolis keeps its name before the province named after it, and so does a
        # nation's capital of any size ("a pilgrimage to Jerusalem" is the city, not its district)
        return owner
    return max((o for o in readings if o.kind == NAME_MAIN and o.exact and o.feature_code in ADMIN1_CODES
                and o.country_code == owner.country_code and o.population >= PROVINCE_OWNER_POPULATION),
               key=lambda o: o.population, default=owner)


def owns_against_variant(best: Candidate, rival: Candidate) -> bool:
    """Whether `best`, a city of world-city size bearing the name as its own, keeps it against a larger city
    abroad matched only by a variant spelling of its own (a gazetteer lists transliterations and misspellings
    among a big city's names). Both are what a paper could mean by size; the name as written is the one's own,
    so a list of places abroad does not hand it to the other (`Resolver._world_city_listed`). A world city
    written by its old name ("Bombay") still beats a small town bearing that name, which is no world city."""
    return best.kind == NAME_MAIN and best.exact and best.population >= WORLD_CITY_POPULATION \
        and rival.kind == NAME_ALT and rival.source != "user"


def another_name(c: Candidate) -> bool:
    """Whether town c was matched by a name of its own that is no spelling of its own name: a former or other
    name ("Maryville" for Beeville, "Pekin" for Paducah), not a variant spelling ("Hillsboro" for Hillsborough)
    nor its own name written short or long ("Avondale", "Queens").

    A paper writes a town's variant spelling where the town is its own; a name the town bore a century ago is
    written today for the towns bearing it as their own, so the town's state named in the story does not make
    the old name its (`Resolver._judge` then asks for a place near the town)."""
    if c.kind != NAME_ALT or not c.matched:
        return False
    own, written = normalise(c.name), normalise(c.matched)
    if f" {written} " in f" {own} " or f" {own} " in f" {written} ":
        return False
    return similarity(own, written) < FUZZY_MIN


def written_apart(c: Candidate, name_norm: str, written: frozenset[str]) -> bool:
    """Whether the story writes town c by its own name as well as by the other name it was matched with
    (`written`: the folded names of the story's spans). A paper names one town by one name: "anglers from
    Chattanooga and Birmingham" beside "upstream to Cartersville" are two towns, so the variant "Birmingham"
    that the nearby town once bore is not it, however close the story's places lie. A variant that is part
    of the own name ("Avondale" for Avondale Estates) is the town written short, as papers do after naming it
    in full."""
    own = normalise(c.name)
    return own in written and f" {name_norm} " not in f" {own} "
