"""The country a story is told in, from words that are not place names (geo/country_register.py), and the
weak vote it gives the resolver between namesakes.

Sentences are invented for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from eventwatch.geo.country_register import (
    FULL_EVIDENCE,
    country_evidence,
    document_votes,
    load_country_register,
    parse_register,
    required_literals,
)
from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.resolve import WEIGHTS, Resolver
from eventwatch.geo.yaml_files import parse_yaml


def countries(gaz, rec, text, weights=WEIGHTS):
    spans = rec.recognise(text)
    out = Resolver(gaz, weights).resolve(spans, text=text)
    return {s.norm: r.candidate.country_code for s, r in zip(spans, out) if r is not None and r.candidate is not None}


WITHOUT_REGISTER = replace(WEIGHTS, register=0.0)


# -- the register file -----------------------------------------------------------------------------------


def test_the_bundled_register_loads_with_the_division_words_of_the_cues():
    register = load_country_register()
    by_word = {e.text: e.countries for e in register.entries if e.kind == "words"}
    assert by_word["sheriff's office"] == {"US"}
    assert by_word["woreda"] == {"ET"}  # from cues.yaml's division_countries, not repeated in the register
    assert by_word["governorate"] >= {"SY", "IQ", "YE"}


def test_the_register_file_does_not_repeat_the_division_words():
    raw = parse_yaml((DATA_DIR / "country_register.yaml").read_text(encoding="utf-8"))
    written = {w for lists in raw.values() for w in lists.get("words", [])}
    assert not written & set(load_cues().division_countries)


def test_an_entry_under_several_countries_is_one_entry_of_all_of_them():
    register = parse_register({"US": {"words": ["township"]}, "CA": {"words": ["township"]}})
    assert [(e.text, e.countries) for e in register.entries] == [("township", frozenset({"US", "CA"}))]


@pytest.mark.parametrize("raw", [
    {"us": {"words": ["sheriff"]}},  # not an upper-case ISO code
    {"USA": {"words": ["sheriff"]}},
    {"US": {"words": ["Sheriff"]}},  # words are lower-case; names keep their case
    {"US": {"phrases": ["sheriff"]}},  # unknown field
    {"US": {"patterns": ["(unclosed"]}},  # not a regular expression
    {"US": {"words": "sheriff"}},  # not a list
    {"US": {}},
    [],
])
def test_a_malformed_register_is_refused(raw):
    with pytest.raises(ValueError):
        parse_register(raw)


# -- evidence and votes ----------------------------------------------------------------------------------

STORY = ("Deputies from the Pine County Sheriff's Office arrested a man at 418 Walnut St. on a felony charge. "
         "Anyone with information may call (555) 555-0147.")


def test_evidence_names_the_words_and_where_they_stand():
    evidence = country_evidence(STORY)
    found = {h.text for h in evidence.hits}
    assert {"Sheriff's Office", "418 Walnut St.", "felony", "(555) 555-0147"} <= found
    for h in evidence.hits:
        assert STORY[h.start:h.end] == h.text
    votes = document_votes(evidence)
    assert max(votes, key=votes.get) == "US"
    assert votes["US"] > 0.8 and votes.get("CA", 0.0) < 0.2  # the telephone format is shared with Canada


def test_an_entry_said_again_counts_once():
    once = country_evidence("The felony charge was dropped.")
    twice = country_evidence("The felony charge was dropped. A second felony charge remains.")
    assert once.weights == twice.weights == {"US": 1.0}


def test_the_vote_grows_with_distinct_evidence_up_to_full():
    one = document_votes(country_evidence("The felony charge was dropped."))
    assert one == {"US": pytest.approx(1.0 / FULL_EVIDENCE)}
    full = document_votes(country_evidence(STORY))
    assert sum(full.values()) == pytest.approx(1.0)


def test_words_match_whole_words_in_any_case_and_names_only_as_written():
    assert country_evidence("GARDAÍ are at the scene.").weights == {"IE": 1.0}
    assert country_evidence("The tdap vaccine and the td rate.").weights == {}  # "TD" only as written, whole
    assert country_evidence("The manager of the firm was fired.").weights == {}


def test_a_text_without_register_words_votes_for_no_country():
    assert document_votes(country_evidence("The minister flew to Paris for talks.")) == {}


def test_conflict_words_count_for_the_countries_that_use_them():
    votes = document_votes(country_evidence("Shelling hit two villages of the governorate, the SOHR said."))
    assert max(votes, key=votes.get) == "SY"  # "governorate" is shared by a dozen countries, the monitor is Syria's
    assert votes["IQ"] > 0.0


# -- the vote in resolution -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, country", [
    ("Deputies from the sheriff's office said the fire in Taunton destroyed two barns; "
     "the county commissioners will meet.", "US"),
    ("A police constable told the magistrates' court that the fire in Warwick destroyed two barns.", "GB"),
    ("The iwi said the fire in Hamilton destroyed two barns.", "NZ"),
    ("Gardaí said a man was arrested in Clonmel and the local TD called for calm.", "IE"),
])
def test_the_stories_own_words_pick_the_namesake_in_their_country(gaz, rec, text, country):
    assert next(iter(countries(gaz, rec, text).values())) == country
    # ... which without the register is another country's town of the name
    assert next(iter(countries(gaz, rec, text, WITHOUT_REGISTER).values())) != country


def test_a_named_place_outweighs_the_register(gaz, rec):
    # Alone, Taunton in this story is the Massachusetts town (see above); beside two English cities it is English.
    text = ("Deputies from the sheriff's office said the fire in Taunton destroyed two barns, then drove to "
            "Manchester and Liverpool; the county commissioners will meet.")
    assert countries(gaz, rec, text) == {"taunton": "GB", "manchester": "GB", "liverpool": "GB"}


@pytest.mark.parametrize("city, country", [("Paris", "FR"), ("Florence", "IT"), ("Rome", "IT"), ("Dublin", "IE"),
                                           ("Hamilton", "CA")])
def test_a_famous_city_abroad_keeps_its_reading_in_a_local_story(gaz, rec, city, country):
    # The text's words never make a small town beat a world city of its name: only places do that.
    text = ("The county commissioners met on Tuesday; the sheriff's office asked for two deputies and the school "
            f"district for a levy. The mayor later flew to {city} for talks.")
    assert countries(gaz, rec, text)[city.lower()] == country


def test_a_country_name_stays_the_country_in_a_local_story(gaz, rec):
    text = "The county commissioners met on Tuesday; the sheriff's office reported on a school trip to Jordan."
    assert countries(gaz, rec, text)["jordan"] == "JO"


def test_the_publishers_country_outweighs_the_register(gaz, rec):
    text = "Deputies from the sheriff's office said the fire in Taunton destroyed two barns."
    spans = rec.recognise(text)
    out = Resolver(gaz).resolve(spans, text=text, publisher="tauntonnews.co.uk")
    assert WEIGHTS.register < WEIGHTS.publisher
    assert out[0].candidate.country_code == "GB"


def test_spans_hold_where_lower_casing_would_move_offsets():
    text = "İzmir-born deputies of the sheriff's office filed a felony charge."
    evidence = country_evidence(text)
    assert {h.text for h in evidence.hits} == {"sheriff's office", "felony"}
    assert all(text[h.start:h.end] == h.text for h in evidence.hits)


def test_a_pattern_needs_the_fixed_text_it_is_written_with():
    """The prechecks are read off the pattern: a literal run with its few alternatives spelled out."""
    needs = required_literals(re.compile(r"\b(?:County|State) (?:Road|Route) \d+"))
    assert needs == (("County Road ", "County Route ", "State Road ", "State Route "),)
    assert required_literals(re.compile(r"\bK[Ss]h\.? ?\d")) == (("KSh", "Ksh"),)
    assert required_literals(re.compile(r"[A-Z]\d[A-Z]")) == ()  # nothing fixed: always searched


def test_a_case_blind_pattern_gets_no_precheck():
    assert required_literals(re.compile(r"county road \d+", re.IGNORECASE)) == ()


@pytest.mark.parametrize("text", [
    "Deputies closed County Road 12 at dawn.", "the shop at 412 Elm St. burned", "a fine of £5,000",
    "call (555) 555-0100 or 555-555-0100", "Sen. Smith (D-Ohio) said", "OH 43215", "on the A40 near",
    "KSh 2,000 and Rs. 300 and R 12 million", "on Interstate 35 and U.S. Highway 61",
])
def test_the_prechecks_never_skip_a_pattern_that_matches(text):
    register = load_country_register()
    for (_entry, pattern), needs in zip(register.patterns, register.prechecks):
        if pattern.search(text):
            assert all(any(s in text for s in spellings) for spellings in needs), pattern.pattern
    assert country_evidence(text).hits  # and the text still counts as evidence
