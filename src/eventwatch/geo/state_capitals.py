"""The seats of first-level governments in federations whose press names a state by its capital.

US, Canadian and Australian papers write "ask Harrisburg for money", "lobby Albany", "Queen's Park" or
"Canberra" for the state's, province's or country's government, as wire copy writes "Moscow" for Russia's.
A national capital carries its own feature code (PPLC) and a large city counts as a seat by its population,
but a state capital of 50,000 (Harrisburg, Pierre, Montpelier) has neither mark in the gazetteer, so the
roles only a government plays (the one asked for money) were read as the town. The list is curated
(state_capitals.tsv) and every row must resolve in the bundled gazetteer (a test checks), so it cannot drift
from the places it names. Other federations' regional seats join it where their press writes them the
same way (Erbil for the Kurdistan Region's government).
"""
from __future__ import annotations

from functools import lru_cache

from eventwatch.geo.derive import DATA_DIR, read_tsv
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import normalise

STATE_CAPITALS_FILE = DATA_DIR / "state_capitals.tsv"


@lru_cache(maxsize=1)
def state_capitals() -> frozenset[tuple[str, str, str]]:
    """(country code, first-level division, normalised main name) of every listed capital."""
    return frozenset((cc, admin1, normalise(name)) for cc, admin1, name in read_tsv(STATE_CAPITALS_FILE))


def is_state_capital(c: Candidate) -> bool:
    """Whether a reading is the town that seats its state's or province's government."""
    return c.feature_code.startswith("PPL") and c.country_code is not None and c.admin1 is not None \
        and (c.country_code, c.admin1, normalise(c.name)) in state_capitals()
