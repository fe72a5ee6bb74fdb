"""Loading now the lists and patterns the geoparser otherwise loads inside the first document that needs them.

Most of the recogniser's word lists load with it, but a few rules load theirs only when a document first asks
(a wire agency before "reported from", a section label, a country whose counties are its first order, the dotted
abbreviations of divisions read in a list of people's names): the wire-agency list alone imports the ingest stage
(about a tenth of a second), and the dotted abbreviations parse the whole aliases file (some hundredths). Inside
a timed run that one document pays for the whole process; `evaluate geo`'s warm-up calls `load_lazy_lists` so that
no document does. What it loads is cached by the loaders themselves, so no document's reading depends on it having
run.
"""
from __future__ import annotations

from eventwatch.geo.first_order_counties import _bare_first_order_counties
from eventwatch.geo.name_lists import _dotted_division_abbreviations
from eventwatch.geo.reporter_seats import _agency_from
from eventwatch.geo.seats import capital_names
from eventwatch.geo.section_labels import _section_words, _town_labels
from eventwatch.geo.sources import _country_names
from eventwatch.geo.state_capitals import state_capitals


def load_lazy_lists() -> None:
    """Load every list above now (each loader keeps what it loads)."""
    for load in (_agency_from, _bare_first_order_counties, _section_words, _town_labels, capital_names, _country_names,
                 state_capitals, _dotted_division_abbreviations):
        load()
