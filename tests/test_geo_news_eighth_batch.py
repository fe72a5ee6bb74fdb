"""Rules found by the news probe's eighth batch (US local courts and councils in towns whose names recur across
states, Canadian towns named like English ones, English, Northern Irish and Irish regional papers, wire copy
where capitals act or are travelled to, outbreaks by district and regency, business and county-cricket copy).

Each is a rule a reader applies to any text:
- a plural settlement noun before a list ("villages such as X and Y", "towns like X") says what every listed
  name is, so a town the gazetteer holds under an ordinary word's name ("Battle", "Hope") is that town there,
  though on its own a capitalised ordinary word proves nothing;
- islands are listed as settlements are ("the islands of X and Y"): every name of the list is an island's,
  known to the gazetteer or not.

The probe's own scoring learnt one rule too: a name written before a division's designator ("the Saint-Louis
region", "Iloilo province") expects the division, not its seat of the same name.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from conftest import toponyms_by_name


@pytest.mark.parametrize("text, town", [
    ("Bus cuts will leave villages such as Battle and Wadhurst without an evening service to Hastings.", "Battle"),
    ("The Hastings trust said villages including Ticehurst and Battle would keep their surgeries.", "Battle"),
])
def test_a_town_named_by_an_ordinary_word_is_the_town_in_a_list_after_a_settlement_noun(gaz, text, town):
    found = toponyms_by_name(gaz, text)
    assert town in found and found[town].locational
    assert found[town].place is not None and found[town].place.country_code == "GB"


def test_an_ordinary_word_outside_such_a_list_stays_a_word(gaz):
    found = toponyms_by_name(gaz, "Campaigners near Hastings said the Battle for the hospital was not over.")
    assert "Battle" not in found or not found["Battle"].locational


def test_every_name_listed_after_islands_is_an_island_even_one_the_gazetteer_lacks(gaz):
    text = ("Teams from Surabaya will vaccinate children in Sumenep, including on the islands of Kangean and "
            "Sapudi, before moving on to Pamekasan.")
    found = toponyms_by_name(gaz, text)
    assert {"Kangean", "Sapudi"} <= set(found)
    assert found["Sapudi"].locational and found["Sapudi"].cue == "islands"


# The probe's scoring (benchmarks/news_probe.py), pinned with a story of its own.
ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("news_probe", ROOT / "benchmarks" / "news_probe.py")
probe = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("news_probe", probe)
_spec.loader.exec_module(probe)


def test_a_name_written_before_a_designator_expects_the_division_not_its_seat(gaz, tmp_path):
    text = ("Herders near Podor in the Saint-Louis region were told to keep cattle away from the river, and "
            "markets in Saint-Louis closed. ") * 4
    path = tmp_path / "probe.yaml"
    path.write_text("stories:\n- id: a\n  kind: outbreak\n  text: >\n    " + text.strip() + "\n  toponyms:\n"
                    + "  - {t: Podor, cc: SN}\n  - {t: Saint-Louis, cc: SN}\n  - {t: Saint-Louis, cc: SN}\n" * 4,
                    encoding="utf-8")
    story = probe.load_probe(path)[0]
    region, city = story.names[1], story.names[2]
    assert region.designated and not city.designated
    assert probe.expected_place(gaz, region).feature_code.startswith("ADM")
    assert probe.expected_place(gaz, city).feature_code.startswith("PPL")
