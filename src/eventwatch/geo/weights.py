"""The resolver's weights: how much each kind of evidence for a reading counts.

One frozen record, so that a caller (an experiment, a test) can pass its own and every part of resolution
reads the same numbers.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts, in units of the prior (one unit ~ a tenfold population)."""

    temperature: float = 0.35  # of the softmax that turns scores into reading weights
    rounds: int = 3
    country: float = 4.0  # x share of the other names' weight in the candidate's country
    named_country: float = 1.5  # when another name is the candidate's country itself ("London ... Canada")
    admin1: float = 0.75  # x share of the other names' weight in the candidate's first-level division
    admin1_names: float = 1.5  # per other name that could lie in (or be) the candidate's division, up to 2
    near_km: float = 200.0
    near: float = 0.5  # per other name that could lie within near_km, up to 3 names
    weak_local: float = 1.0  # local support a reading found only inside a longer name, or by fuzzy spelling, needs
    siblings: float = 0.5  # per other name that could be a division of the same country (or a country), up to 2
    doc_country: float = 3.0
    publisher: float = 2.0
    # The country the text's own words place it in (jurisdiction words, addresses, currency:
    # geo/country_register.py), x its vote in [0, 1]: less than the publisher's country or a place the document
    # names, so that it settles only namesakes nothing firmer tells apart.
    register: float = 1.5
    # The publisher's home town (geo/publisher_home.py, `home_readings`): to a bare mention of its name, the
    # home reading; to any name, a reading within home_near_km of the home or in its first-level division.
    # (Its country as well, 1.0 to every name, lost on LGL: stories from local papers also go abroad.)
    home_name: float = 4.0
    home_near: float = 2.0
    home_admin1: float = 1.0
    home_near_km: float = 80.0
    list_peers: float = 3.0  # x share of a list's other names ("A, B and C") read at the candidate's level
    contained_admin1: float = 8.0
    contained_country: float = 6.0
    county: float = 2.0  # a town lying in a second-level division another name could be, and the reverse
    county_km: float = 40.0  # a town this close to a division's centre, in its province, lies in it
    max_candidates: int = 25  # per name, by prior: the long tail of hamlets never wins and costs time


WEIGHTS = Weights()
