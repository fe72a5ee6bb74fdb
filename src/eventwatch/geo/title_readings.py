"""Which places a name opening a paper's or broadcaster's title may be ("the Denver Post", "the Augusta Chronicle").

A paper is published in a city: "The Washington Post" is the capital's, not the state's, and "the Arizona
Republic", with no city of that name, keeps the state. The city is one whose own name the title writes: a
city that merely lists the name among its old or foreign ones (Augsburg, once "Augusta") is no paper's home
where towns bearing the name as their own exist, and those towns are left for the story to choose among.
"""
from __future__ import annotations

from typing import Collection, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.store import NAME_MAIN

# The least population of a city a masthead's place name is read as, over a division of the same name.
MASTHEAD_CITY = 100_000
# A town this size bearing the name as its own can have a paper of its own: a city of the name's old or
# foreign form is then not read.
OWN_NAME_TOWN = 10_000


def title_readings(candidates: Sequence[Candidate], story_countries: Collection[str] = ()) -> list[Candidate]:
    """The readings a name in a title keeps: its cities (MASTHEAD_CITY) when it has any, else every reading.

    A city read by another of its names counts only where no town of OWN_NAME_TOWN bears the name as its own,
    or where the story names a place of the city's country ("the Calcutta Gazette ... officials in Howrah":
    the old name is still the city's there); where an own-name town exists and no city counts, only the
    readings that bear the name as their own stay."""
    towns = [c for c in candidates if c.feature_code.startswith("PPL") and c.exact]
    own = any(c.kind == NAME_MAIN and (c.population or 0) >= OWN_NAME_TOWN for c in towns)
    cities = [c for c in towns if (c.population or 0) >= MASTHEAD_CITY
              and (c.kind == NAME_MAIN or not own or c.country_code in story_countries)]
    if cities:
        return cities
    if own:
        # Only the readings whose own name the title writes: a division reached by an old or derived name
        # ("Medina" for a Saudi region) would otherwise win by size over the paper's town.
        kept = [c for c in candidates if c.kind == NAME_MAIN and c.exact]
        return kept or list(candidates)
    return list(candidates)
