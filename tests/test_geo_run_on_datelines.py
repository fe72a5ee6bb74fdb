"""A dateline in capitals run on after a headline or a byline's date on the same line ("Barn roof caves in.
OAKDALE -- ...", "Filed June 4, 2010 OAKDALE -- ...") is where the story is filed
(geo/run_on_datelines.py)."""
from __future__ import annotations

import pytest

from conftest import toponym


@pytest.mark.parametrize("text, name", [
    ("Filed June 4, 2010 ELKO -- A new library branch opens next week.", "ELKO"),
    ("Storm closes schools. MINOT -- Heavy snow shut every school in the county on Monday.", "MINOT"),
    ("Library reopens. KEENE — The county library reopened its doors on Monday.", "KEENE"),
])
def test_a_run_on_dateline_is_the_town(gaz, text, name):
    t = toponym(gaz, text, name)
    assert t.cue == "dateline" and t.place is not None and t.place.country_code == "US"


@pytest.mark.parametrize("text", [
    "Budget cut. NASA -- The space agency will cut jobs.",
    "Talks resume. NATO -- The alliance will meet on Monday.",
])
def test_an_acronym_before_a_dash_is_no_dateline(gaz, text):
    from eventwatch.geo import geoparse

    assert geoparse(gaz, text) == []
