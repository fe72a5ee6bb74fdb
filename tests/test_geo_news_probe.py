"""The news probe: every toponym of 1528 invented news stories (seventy-three batches: 30, 30, 30, 24, 30, 20, 24, 24, 24, 24, 24, 24, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20 and 20) found
on its exact span and resolved to the place it names, and no metonymic or made-up place kept as one.

The stories (tests/fixtures/geo/news_probe.yaml, written for the project) are of the kinds the geoparsing
corpora hold: US and Canadian local papers, world news, disease outbreaks, UK/Australian/Indian/Nigerian
regional news, sports, business and travel. benchmarks/news_probe.py prints the figures by kind; here each
story must pass whole, and a story that still fails is marked with what fails in it (strict: a fix must
remove the mark). The probe's own scoring is pinned below with small stories of its own.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("news_probe", ROOT / "benchmarks" / "news_probe.py")
probe = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("news_probe", probe)  # dataclasses look their module up by name
_spec.loader.exec_module(probe)

STORIES = probe.load_probe()


@pytest.fixture(scope="module")
def gazetteer():
    from eventwatch.geo import Gazetteer

    return Gazetteer.load()


def _case(story):
    marks = [pytest.mark.xfail(reason=story.xfail, strict=True)] if story.xfail else []
    return pytest.param(story, id=story.id, marks=marks)


@pytest.mark.parametrize("story", [_case(s) for s in STORIES])
def test_each_story_has_every_toponym_found_and_placed(gazetteer, story):
    result = probe.score_story(gazetteer, story)
    assert result.problems == []


def test_the_probe_holds_the_kinds_of_news_the_corpora_hold():
    first = [s.kind for s in STORIES if probe.batch_of(s) == "b1"]
    assert len(first) == 30
    assert {k: first.count(k) for k in set(first)} == {
        "us_local": 8, "world": 8, "outbreak": 6, "regional": 4, "sport_business_travel": 4}
    assert all(80 <= len(s.text.split()) <= 200 for s in STORIES)


# Each later batch, with the kinds of news it adds (batch 4's kinds are pinned in test_geo_news_fourth_batch.py) and the
# longest story it allows.
LATER_BATCHES = [
    ("b2", {"us_local": 7, "regional": 8, "disaster": 7, "world": 3, "sport_business_travel": 5}, 200),
    ("b3", {"us_local": 9, "regional": 5, "world": 5, "outbreak": 4, "sport_business_travel": 7}, 200),
    ("b5", {"us_local": 8, "world": 6, "outbreak": 5, "regional": 5, "sport_business_travel": 6}, 160),
    ("b6", {"us_local": 6, "world": 5, "outbreak": 2, "disaster": 2, "regional": 5}, 150),
    ("b7", {"us_local": 6, "world": 5, "outbreak": 5, "disaster": 2, "regional": 5, "sport_business_travel": 1}, 150),
    ("b8", {"us_local": 9, "world": 5, "outbreak": 4, "regional": 4, "sport_business_travel": 2}, 150),
    ("b9", {"us_local": 6, "disaster": 3, "regional": 6, "outbreak": 4, "world": 3, "sport_business_travel": 2}, 130),
    ("b10", {"world": 12, "disaster": 3, "outbreak": 2, "sport_business_travel": 5, "regional": 2}, 200),
    ("b11", {"us_local": 16, "regional": 5, "sport_business_travel": 3}, 200),
    ("b12", {"outbreak": 5, "world": 7, "sport_business_travel": 7, "regional": 5}, 220),
    ("b13", {"world": 7, "disaster": 3, "outbreak": 3, "regional": 3, "sport_business_travel": 4}, 160),
    ("b14", {"us_local": 6, "regional": 7, "world": 3, "sport_business_travel": 4}, 170),
    ("b15", {"us_local": 5, "regional": 5, "disaster": 2, "outbreak": 3, "world": 2, "sport_business_travel": 3}, 150),
    ("b16", {"regional": 8, "us_local": 2, "disaster": 3, "outbreak": 3, "world": 2, "sport_business_travel": 2}, 160),
    ("b17", {"us_local": 16, "disaster": 2, "sport_business_travel": 2}, 170),
    ("b18", {"sport_business_travel": 11, "world": 6, "outbreak": 2, "disaster": 1}, 170),
    ("b19", {"outbreak": 8, "disaster": 6, "world": 6}, 170),
    ("b20", {"regional": 16, "sport_business_travel": 2, "disaster": 2}, 170),
    ("b21", {"us_local": 6, "outbreak": 5, "regional": 4, "sport_business_travel": 3, "world": 2}, 140),
    ("b22", {"world": 5, "disaster": 5, "sport_business_travel": 6, "outbreak": 2, "regional": 2}, 140),
    ("b23", {"us_local": 16, "sport_business_travel": 3, "disaster": 1}, 170),
    ("b24", {"sport_business_travel": 9, "world": 5, "regional": 2, "disaster": 2, "outbreak": 2}, 170),
    ("b25", {"outbreak": 10, "world": 8, "disaster": 2}, 150),
    ("b26", {"sport_business_travel": 9, "regional": 5, "disaster": 3, "world": 2, "outbreak": 1}, 150),
    ("b27", {"us_local": 16, "regional": 4}, 170),
    ("b28", {"sport_business_travel": 6, "regional": 6, "disaster": 4, "world": 3, "outbreak": 1}, 150),
    ("b29", {"sport_business_travel": 7, "world": 4, "regional": 5, "disaster": 2, "outbreak": 1, "us_local": 1}, 150),
    ("b30", {"us_local": 15, "regional": 5}, 150),
    ("b31", {"sport_business_travel": 6, "world": 5, "regional": 5, "disaster": 2, "outbreak": 2}, 150),
    ("b32", {"outbreak": 16, "disaster": 2, "sport_business_travel": 2}, 150),
    ("b33", {"sport_business_travel": 8, "world": 5, "regional": 4, "disaster": 2, "outbreak": 1}, 150),
    ("b34", {"us_local": 12, "regional": 8}, 150),
    ("b35", {"sport_business_travel": 7, "regional": 5, "world": 4, "disaster": 2, "outbreak": 2}, 150),
    ("b36", {"us_local": 13, "regional": 7}, 150),
    ("b38", {"us_local": 13, "regional": 7}, 150),
    ("b40", {"us_local": 13, "regional": 7}, 150),
    ("b41", {"world": 6, "sport_business_travel": 6, "regional": 3, "disaster": 3, "outbreak": 2}, 150),
    ("b42", {"us_local": 13, "regional": 7}, 150),
    ("b43", {"world": 6, "sport_business_travel": 6, "regional": 3, "disaster": 3, "outbreak": 2}, 150),
    ("b45", {"outbreak": 10, "world": 6, "disaster": 2, "sport_business_travel": 2}, 150),
    ("b44", {"us_local": 13, "regional": 7}, 150),
    ("b46", {"world": 7, "sport_business_travel": 7, "disaster": 3, "outbreak": 2, "regional": 1}, 150),
    ("b47", {"us_local": 13, "regional": 7}, 150),
    ("b48", {"outbreak": 10, "world": 6, "disaster": 2, "sport_business_travel": 2}, 150),
    ("b37", {"sport_business_travel": 7, "disaster": 6, "regional": 3, "world": 3, "outbreak": 1}, 150),
    ("b39", {"sport_business_travel": 7, "world": 4, "regional": 4, "disaster": 4, "outbreak": 1}, 150),
    ("b49", {"regional": 11, "disaster": 3, "outbreak": 2, "sport_business_travel": 2, "world": 2}, 150),
    ("b50", {"world": 7, "sport_business_travel": 7, "disaster": 3, "outbreak": 2, "regional": 1}, 150),
    ("b51", {"us_local": 13, "regional": 7}, 150),
    ("b52", {"outbreak": 10, "world": 6, "disaster": 2, "sport_business_travel": 2}, 150),
    ("b53", {"regional": 14, "disaster": 2, "outbreak": 2, "sport_business_travel": 2}, 150),
    ("b54", {"world": 7, "sport_business_travel": 7, "disaster": 3, "outbreak": 2, "regional": 1}, 150),
    ("b55", {"us_local": 13, "regional": 7}, 150),
    ("b56", {"outbreak": 10, "world": 5, "disaster": 2, "sport_business_travel": 3}, 150),
    ("b57", {"regional": 14, "disaster": 2, "outbreak": 2, "sport_business_travel": 2}, 150),
    ("b58", {"world": 7, "sport_business_travel": 8, "disaster": 3, "outbreak": 2}, 150),
    ("b59", {"us_local": 13, "regional": 7}, 150),
    ("b60", {"outbreak": 10, "world": 6, "disaster": 2, "sport_business_travel": 2}, 150),
    ("b61", {"regional": 14, "disaster": 2, "outbreak": 2, "sport_business_travel": 2}, 150),
    ("b62", {"world": 8, "sport_business_travel": 7, "disaster": 3, "outbreak": 2}, 150),
    ("b63", {"us_local": 13, "regional": 7}, 150),
    ("b64", {"outbreak": 10, "world": 7, "disaster": 1, "sport_business_travel": 2}, 150),
    ("b65", {"regional": 14, "disaster": 2, "outbreak": 2, "sport_business_travel": 2}, 150),
    ("b66", {"world": 9, "sport_business_travel": 8, "disaster": 2, "outbreak": 1}, 150),
    ("b67", {"us_local": 13, "regional": 7}, 150),
    ("b68", {"outbreak": 10, "world": 6, "disaster": 2, "sport_business_travel": 2}, 150),
    ("b69", {"regional": 14, "disaster": 2, "outbreak": 2, "sport_business_travel": 2}, 150),
    ("b70", {"world": 9, "sport_business_travel": 7, "disaster": 2, "outbreak": 2}, 150),
    ("b71", {"us_local": 13, "regional": 7}, 150),
    ("b72", {"outbreak": 10, "world": 6, "disaster": 2, "sport_business_travel": 2}, 150),
    ("b73", {"regional": 14, "disaster": 2, "outbreak": 2, "sport_business_travel": 2}, 150),
]


@pytest.mark.parametrize("batch, spread, longest", LATER_BATCHES, ids=[b for b, _, _ in LATER_BATCHES])
def test_each_later_batch_adds_the_kinds_of_news_it_was_written_for(batch, spread, longest):
    stories = [s for s in STORIES if probe.batch_of(s) == batch]
    assert len(stories) == sum(spread.values()) and all(s.id.startswith(f"{batch}-") for s in stories)
    kinds = [s.kind for s in stories]
    assert {k: kinds.count(k) for k in set(kinds)} == spread
    assert all(80 <= len(s.text.split()) <= longest for s in stories)


def test_a_state_annotated_as_its_own_division_is_not_a_town_of_its_name_in_another_state(gazetteer):
    gold = probe.GoldName(0, 7, "Wyoming", "literal", "Wyoming", "US", "Wyoming")
    assert probe.expected_place(gazetteer, gold).feature_code == "ADM1"


def test_a_written_abbreviation_expects_the_province_not_its_namesake_city(gazetteer):
    gold = probe.GoldName(0, 4, "Que.", "literal", "Quebec", "CA", None)
    assert probe.expected_place(gazetteer, gold).feature_code == "ADM1"


def test_a_namesake_holding_the_annotated_name_as_a_variant_is_not_the_expected_place(gazetteer):
    # "Rio Grande do Sul" is also an old name of the city of Rio Grande: the state is meant.
    gold = probe.GoldName(0, 17, "Rio Grande do Sul", "literal", "Rio Grande do Sul", "BR", None)
    assert probe.expected_place(gazetteer, gold).feature_code == "ADM1"
    city = probe.GoldName(0, 8, "New York", "literal", "New York", "US", "New York")
    assert probe.expected_place(gazetteer, city).name == "New York City"


def _write(tmp_path, toponyms: str, text: str = "") -> Path:
    text = text or ("Floods cut roads around Leeds on Monday. " * 12)
    path = tmp_path / "probe.yaml"
    path.write_text(f"stories:\n- id: a\n  kind: world\n  text: >\n    {text}\n  toponyms:\n{toponyms}",
                    encoding="utf-8")
    return path


def test_a_toponym_not_found_in_order_fails_loudly(tmp_path):
    with pytest.raises(ValueError, match="not found"):
        probe.load_probe(_write(tmp_path, "  - {t: Leeds, cc: GB}\n  - {t: York, cc: GB}\n"))


def test_a_literal_toponym_without_a_country_fails_loudly(tmp_path):
    with pytest.raises(ValueError, match="needs cc"):
        probe.load_probe(_write(tmp_path, "  - {t: Leeds}\n"))


def test_names_are_located_in_order_on_whole_words(tmp_path):
    stories = probe.load_probe(_write(tmp_path, "  - {t: Leeds, cc: GB}\n  - {t: Leeds, cc: GB}\n"))
    first, second = stories[0].names
    assert stories[0].text[first.start:first.end] == "Leeds"
    assert second.start > first.start


def test_a_metonymic_name_kept_as_a_place_counts_against_precision(gazetteer, tmp_path):
    text = ("Paris said on Monday it would send aid to Lyon after storms. " * 8).strip()
    path = _write(tmp_path, "".join("  - {t: Paris, none: true}\n  - {t: Lyon, cc: FR}\n" for _ in range(8)), text)
    result = probe.score_story(gazetteer, probe.load_probe(path)[0])
    assert result.n_gold == 8 and result.tp == 8
    assert result.n_pred - result.tp == sum("metonymic kept" in p for p in result.problems)


def test_a_place_is_right_only_in_its_country_division_and_within_161_km(gazetteer):
    gold = probe.GoldName(0, 11, "Springfield", "literal", "Springfield", "US", "Illinois")
    expected = probe.expected_place(gazetteer, gold)
    assert expected is not None and expected.admin1 == "Illinois"
    assert probe.resolution_misses(gold, _place(expected), expected) == []
    missouri = probe.expected_place(gazetteer, probe.GoldName(0, 11, "Springfield", "literal", "Springfield",
                                                              "US", "Missouri"))
    assert probe.resolution_misses(gold, _place(missouri), expected) != []


def _place(c):
    from eventwatch.model import Place

    return Place(name=c.name, lat=c.lat, lon=c.lon, country_code=c.country_code, admin1=c.admin1)


def test_a_division_named_after_its_designator_expects_the_division_not_its_namesake_city(gazetteer, tmp_path):
    # "the state of Bahia": Salvador, the state's capital, also holds "Bahia" as a variant.
    text = ("Farmers in the state of Bahia planted more soy this year than last. " * 8).strip()
    story = probe.load_probe(_write(tmp_path, "  - {t: Bahia, cc: BR}\n", text))[0]
    assert story.names[0].designated
    assert probe.expected_place(gazetteer, story.names[0]).feature_code == "ADM1"


def test_a_bare_province_annotated_as_a_division_expects_the_province_not_its_capital_city(gazetteer, tmp_path):
    # a bare "Quebec" listed with states: the province, though Québec city ranks first and lies in it too
    text = ("Riders came from Vermont, Maine and Quebec for the weekend races on the lake. " * 7).strip()
    story = probe.load_probe(_write(tmp_path, "  - {t: Quebec, cc: CA, a1: Quebec, division: true}\n", text))[0]
    assert probe.expected_place(gazetteer, story.names[0]).feature_code == "ADM1"
    plain = probe.load_probe(_write(tmp_path, "  - {t: Quebec, cc: CA, a1: Quebec}\n", text))[0]
    assert probe.expected_place(gazetteer, plain.names[0]).feature_code != "ADM1"
