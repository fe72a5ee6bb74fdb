"""The 30-label event scheme: complete, mapped to ACLED/PLOVER/CAMEO, and guarded by its loader."""
from __future__ import annotations

import copy

import pytest
import yaml

from eventwatch.extract.event_types import (
    LABELS,
    EventTypeError,
    _default_path,
    family_of,
    load_event_types,
    parse_event_types,
)


@pytest.fixture(scope="module")
def raw() -> dict:
    with open(_default_path(), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def test_scheme_has_exactly_the_thirty_case_labels():
    types = load_event_types()
    assert len(LABELS) == 30
    assert set(types) == set(LABELS)


def test_each_acled_type_carries_its_official_sub_event_name():
    types = load_event_types()
    assert types["AIR_STRIKE"].acled_sub_event_type == "Air/drone strike"
    assert types["REM_EXPLOS"].acled_sub_event_type == "Remote explosive/landmine/IED"
    assert types["FORCE_AGAINST_PROTEST"].acled_sub_event_type == "Excessive force against protesters"
    assert sum(1 for t in types.values() if t.is_acled) == 25


def test_families_and_disorder_types_follow_acled():
    assert family_of("ARMED_CLASH") == "Battles"
    assert family_of("SUIC_BOMB") == "Explosions/Remote violence"
    assert family_of("ABDUCT_DISSAP") == "Violence against civilians"
    assert family_of("PEACE_PROTEST") == "Protests"
    assert family_of("MOB_VIOL") == "Riots"
    assert family_of("HQ_ESTABLISHED") == "Strategic developments"
    types = load_event_types()
    for label in ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"):
        assert types[label].family == "Other" and types[label].acled_sub_event_type is None
    assert types["PEACE_PROTEST"].disorder_type == "Demonstrations"
    assert types["AGREEMENT"].disorder_type == "Strategic developments"


def test_plover_and_cameo_codes_are_present_where_they_exist():
    types = load_event_types()
    assert types["AIR_STRIKE"].cameo == "195" and types["AIR_STRIKE"].plover.startswith("FIGHT")
    assert types["AGREEMENT"].cameo == "057"  # leading zero kept
    assert types["NATURAL_DISASTER"].cameo is None
    assert all(t.description.endswith(".") for t in types.values())


def test_unknown_label_is_a_key_error():
    with pytest.raises(KeyError):
        family_of("NOT_A_LABEL")


def test_loader_is_cached():
    assert load_event_types() is load_event_types()


def test_missing_label_is_rejected(raw):
    broken = copy.deepcopy(raw)
    del broken["event_types"]["GRENADE"]
    with pytest.raises(EventTypeError, match="GRENADE"):
        parse_event_types(broken)


def test_family_that_contradicts_the_disorder_type_is_rejected(raw):
    broken = copy.deepcopy(raw)
    broken["event_types"]["ARREST"]["disorder_type"] = "Demonstrations"
    with pytest.raises(EventTypeError, match="ARREST"):
        parse_event_types(broken)


def test_unknown_family_and_non_numeric_cameo_are_rejected(raw):
    broken = copy.deepcopy(raw)
    broken["event_types"]["ATTACK"]["family"] = "Skirmishes"
    with pytest.raises(EventTypeError, match="family"):
        parse_event_types(broken)
    broken = copy.deepcopy(raw)
    broken["event_types"]["ATTACK"]["cameo"] = "18x"
    with pytest.raises(EventTypeError, match="cameo"):
        parse_event_types(broken)


def test_non_acled_type_with_an_acled_name_is_rejected(raw):
    broken = copy.deepcopy(raw)
    broken["event_types"]["DIPLO"]["acled"] = "Diplomacy"
    with pytest.raises(EventTypeError, match="DIPLO"):
        parse_event_types(broken)
