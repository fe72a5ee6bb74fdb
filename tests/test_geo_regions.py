"""Seas, rivers, mountains, deserts, world regions and disputed territories in the gazetteer.

The bundled GeoNames tables hold populated places and divisions only; natural_features.yaml adds the places
reports name that are neither. These tests state what that list must do: load only when well formed, give
each kind of feature its UCDP precision, be recognised with or without "the", beat small namesake towns,
leave towns their own mentions, and not turn an adjective use ("Mediterranean diet") into a place.
The sentences are written for these tests.
"""
from __future__ import annotations

import textwrap

import pytest

from eventwatch.geo import choose_event_location, geoparse
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.natural_features import FEATURE_CODES, adjectival_names, load_natural_features
from eventwatch.geo.resolve import is_area
from eventwatch.geo.sources import feature_precision, natural_feature_records
from eventwatch.geo.store import NAME_CURATED, NAME_DEMONYM
from eventwatch.model import (
    WHERE_PREC_EXACT,
    WHERE_PREC_INTERNATIONAL,
    WHERE_PREC_NEAR,
    WHERE_PREC_REGION,
)



def places(gaz: Gazetteer, text: str) -> dict:
    return {t.text: t for t in geoparse(gaz, text)}


def write_list(tmp_path, body: str) -> str:
    path = tmp_path / "features.yaml"
    path.write_text("features:\n" + textwrap.indent(textwrap.dedent(body), "  "), encoding="utf-8")
    return str(path)


# -- the list and its loader ---------------------------------------------------------------------------------
def test_the_bundled_list_covers_every_kind_of_feature_worldwide():
    features = load_natural_features()
    assert len(features) >= 300
    codes = {f.feature_code for f in features}
    assert {"OCN", "SEA", "GULF", "BAY", "STRT", "STM", "LK", "MTS", "DSRT", "PEN", "ISLS", "RGN", "AREA"} <= codes
    assert codes <= FEATURE_CODES
    # Every continent has some: the list is not about one region.
    assert min(f.lat for f in features) < -40 and max(f.lat for f in features) > 65
    assert min(f.lon for f in features) < -100 and max(f.lon for f in features) > 140


def test_a_name_that_is_a_country_in_normal_use_names_no_feature():
    names = {n.lower() for f in load_natural_features() for n in f.all_names}
    assert "jordan" not in names and "river jordan" in names and "jordan river" in names
    assert not {"amazon", "mississippi", "georgia", "chad"} & names


@pytest.mark.parametrize("entry, message", [
    ("- {name: Lake Nowhere, code: LAKE, lat: 1.0, lon: 2.0}\n", "feature code"),
    ("- {name: Lake Nowhere, code: LK, lat: 95.0, lon: 2.0}\n", "lat/lon"),
    ("- {name: Lake Nowhere, code: LK, lat: 1.0, lon: 2.0, country: Narnia}\n", "country"),
    ("- {name: Lake Nowhere, code: LK, lat: 1.0, lon: 2.0, precision: 9}\n", "precision"),
    ("- {name: Lake Nowhere, code: LK, lat: 1.0, lon: 2.0, depth: 40}\n", "unknown fields"),
    ("- {name: Nowhere lake, code: LK, lat: 1.0, lon: 2.0}\n", "cannot be recognised"),
    ("- {name: Lake Nowhere, names: [Lake Nowhère], code: LK, lat: 1.0, lon: 2.0}\n", "repeat"),
    ("- {name: Nowhere Sea, adjectival: [Nowheran], code: SEA, lat: 1.0, lon: 2.0}\n", "among its names"),
    ("- {name: Lake Nowhere, code: LK, lat: 1.0, lon: 2.0}\n- {name: Nowhere Lake, names: [Lake Nowhere], "
     "code: LK, lat: 3.0, lon: 4.0}\n", "names both"),
])
def test_the_loader_refuses_a_malformed_entry(tmp_path, entry, message):
    with pytest.raises(ValueError, match=message):
        load_natural_features(write_list(tmp_path, entry))


def test_names_are_curated_names_and_adjectives_are_indexed_as_demonyms(tmp_path):
    path = write_list(tmp_path, """\
        - {name: Nowhere Mountains, names: [Nowheres], adjectives: [Nowherean], code: MTS, lat: 1.5, lon: 2.5}
        - {name: Nowhere Basin, code: RGN, lat: 1.0, lon: 2.0, precision: 7, country: ZZ}
        """)
    mountains, basin = natural_feature_records(load_natural_features(path))
    assert mountains.names == [("Nowhere Mountains", NAME_CURATED), ("Nowheres", NAME_CURATED),
                               ("Nowherean", NAME_DEMONYM)]
    assert (mountains.feature_code, mountains.lat, mountains.lon, mountains.source) == ("MTS", 1.5, 2.5, "curated")
    assert mountains.precision is None and basin.precision == 7 and basin.country_code == "ZZ"


def test_water_within_one_countrys_coasts_is_that_countrys_not_international(tmp_path):
    path = write_list(tmp_path, """\
        - {name: Nowhere Strait, code: STRT, lat: 1.0, lon: 2.0, country: ZZ}
        - {name: Nowhere Sea, code: SEA, lat: 1.0, lon: 2.0}
        - {name: Nowhere Gulf, code: GULF, lat: 1.0, lon: 2.0, country: ZZ, precision: 7}
        """)
    strait, sea, gulf = natural_feature_records(load_natural_features(path))
    assert strait.precision == WHERE_PREC_REGION
    assert sea.precision is None and feature_precision(sea.feature_code) == WHERE_PREC_INTERNATIONAL
    assert gulf.precision == WHERE_PREC_INTERNATIONAL  # said so in the list


# -- precision and ranking -----------------------------------------------------------------------------------
@pytest.mark.parametrize("code, precision", [
    ("OCN", WHERE_PREC_INTERNATIONAL), ("SEA", WHERE_PREC_INTERNATIONAL), ("GULF", WHERE_PREC_INTERNATIONAL),
    ("STRT", WHERE_PREC_INTERNATIONAL), ("BAY", WHERE_PREC_INTERNATIONAL), ("STM", WHERE_PREC_REGION),
    ("LK", WHERE_PREC_REGION), ("MTS", WHERE_PREC_REGION), ("DSRT", WHERE_PREC_REGION), ("PEN", WHERE_PREC_REGION),
    ("ISLS", WHERE_PREC_REGION), ("RGN", WHERE_PREC_REGION), ("VLC", WHERE_PREC_NEAR), ("MT", WHERE_PREC_NEAR),
    ("PPL", WHERE_PREC_EXACT),
])
def test_each_feature_code_has_its_ucdp_precision(code, precision):
    assert feature_precision(code) == precision


@pytest.mark.parametrize("text, name, code, precision", [
    ("Two tankers were seized in the Strait of Hormuz on Friday.", "Strait of Hormuz", "STRT", 7),
    ("A cargo ship was struck by a drone in the Red Sea.", "Red Sea", "SEA", 7),
    ("Herders moved their cattle across the Sahel this spring.", "Sahel", "RGN", 7),
    ("Curfews were imposed again across Kashmir after the protest.", "Kashmir", "RGN", 5),
    ("The patrol came under fire along the Euphrates at dawn.", "Euphrates", "STM", 5),
    ("Fishermen on Lake Chad reported a raid by armed men.", "Lake Chad", "LK", 5),
])
def test_a_feature_named_in_full_resolves_to_the_feature_with_its_precision(gaz, text, name, code, precision):
    place = places(gaz, text)[name].place
    assert place is not None and place.feature_code == code and place.precision == precision


def test_a_sea_outranks_the_province_named_after_it_unless_a_cue_asks_for_the_province(gaz):
    assert places(gaz, "Missiles were fired at a ship in the Red Sea.")["Red Sea"].place.feature_code == "SEA"
    state = places(gaz, "Floods destroyed houses in Red Sea state, Sudan.")["Red Sea"].place
    assert (state.feature_code, state.country_code) == ("ADM1", "SD")


def test_regions_and_rivers_are_areas_not_points_for_nearness(gaz):
    for name in ("Euphrates", "Kashmir", "Red Sea", "Himalayas"):
        assert is_area(next(c for c in gaz.lookup(name) if c.source == "curated"))


def test_a_place_the_aliases_file_also_lists_is_held_once_with_all_its_names(gaz):
    seas = [c for c in gaz.lookup("Red Sea", limit=50) if c.source == "curated"]
    assert len(seas) == 1
    arabic = [c for c in gaz.lookup("البحر الأحمر", limit=50) if c.source == "curated"]
    assert [c.id for c in arabic] == [seas[0].id]


# -- recognition ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Patrol boats searched the Gulf of Aden for the missing crew.", "Gulf of Aden"),
    ("Gulf of Aden shipping fell by half this year.", "Gulf of Aden"),
    ("Traffic through Bab el-Mandeb slowed after the attack.", "Bab el-Mandeb"),
    ("Traffic through the Bab el-Mandeb slowed after the attack.", "Bab el-Mandeb"),
    ("Fighting resumed in Nagorno-Karabakh overnight.", "Nagorno-Karabakh"),
    ("Villagers fled the Nuba Mountains as the shelling spread.", "Nuba Mountains"),
    ("The aid convoy crossed the Sinai Peninsula by night.", "Sinai Peninsula"),
    ("Smugglers use routes through the Sahara to reach the coast.", "Sahara"),
])
def test_a_feature_is_recognised_with_or_without_the_article(gaz, text, name):
    found = places(gaz, text)
    assert name in found and found[name].locational and found[name].place is not None
    assert found[name].place.feature_code in FEATURE_CODES


@pytest.mark.parametrize("text, town, country", [
    ("The port of Aden was shelled on Monday.", "Aden", "YE"),
    ("The casino reopened in Atlantic City last week.", "Atlantic City", "US"),
    ("Refugees arrived in Chad from the border villages.", "Chad", "TD"),
])
def test_a_feature_does_not_take_a_towns_or_countrys_own_mention(gaz, text, town, country):
    found = places(gaz, text)
    assert list(found) == [town]
    assert found[town].place.country_code == country and found[town].place.feature_code not in FEATURE_CODES


def test_a_feature_name_keeps_the_town_inside_it_out(gaz):
    found = places(gaz, "Navy ships patrolled the Gulf of Aden while Aden itself was quiet.")
    assert found["Gulf of Aden"].place.feature_code == "GULF"
    assert found["Aden"].place.feature_code.startswith("PPL")


# -- adjective uses ------------------------------------------------------------------------------------------
def test_the_names_that_double_as_adjectives_are_known():
    assert {"mediterranean", "caribbean", "pacific", "atlantic"} <= adjectival_names()


@pytest.mark.parametrize("text, name", [
    ("The Mediterranean diet is said to protect the heart.", "Mediterranean"),
    ("Doctors recommend a Mediterranean diet rich in fish.", "Mediterranean"),
    ("She cooks Caribbean food for the festival.", "Caribbean"),
    ("Arctic temperatures gripped the city for a week.", "Arctic"),
])
def test_an_adjective_use_before_another_noun_is_no_place(gaz, text, name):
    found = places(gaz, text)
    assert name not in found or found[name].locational is False


@pytest.mark.parametrize("text, name, code", [
    ("Storms battered the Mediterranean coast overnight.", "Mediterranean", "SEA"),
    ("Hundreds drowned in the Mediterranean this year.", "Mediterranean", "SEA"),
    ("Hurricanes struck Caribbean islands in September.", "Caribbean", "RGN"),
    ("A ship was lost in the Pacific last month.", "Pacific", "OCN"),
    # a past tense after the name makes it the subject's noun, not a modifier of the verb
    ("Ministers from across the Pacific met in Suva to agree a fisheries code.", "Pacific", "OCN"),
    ("Yachts from across the Atlantic arrived in Antigua for the regatta.", "Atlantic", "OCN"),
])
def test_the_noun_use_or_a_place_noun_after_it_names_the_feature(gaz, text, name, code):
    found = places(gaz, text)
    assert found[name].locational and found[name].place.feature_code == code


def test_an_adjective_form_names_the_feature_only_before_a_place_noun(gaz):
    village = places(gaz, "Floods cut off a Siberian village for days.")["Siberian"]
    assert village.locational and village.place.name == "Siberia"
    tigers = places(gaz, "Siberian tigers were counted by the rangers.")["Siberian"]
    assert tigers.locational is False


# -- the event's place ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, town", [
    ("Gunmen killed five herders near Nyala in Darfur on Sunday.", "Nyala"),
    ("An airstrike in the Sahel hit a market in Menaka, killing twelve.", "Menaka"),
    ("A boat capsized on Lake Victoria off Kisumu, police said.", "Kisumu"),
    ("Shells landed in Deir ez-Zor on the Euphrates overnight.", "Deir ez-Zor"),
])
def test_an_event_naming_a_town_and_a_region_is_placed_at_the_town(gaz, text, town):
    place = choose_event_location(geoparse(gaz, text), 0, len(text))
    assert place is not None and place.raw == town and place.precision <= WHERE_PREC_NEAR


def test_an_event_at_sea_is_placed_at_the_sea_as_international_waters(gaz):
    text = "A tanker was attacked in the Gulf of Oman on Thursday."
    place = choose_event_location(geoparse(gaz, text), 0, len(text))
    assert place.name == "Gulf of Oman" and place.precision == WHERE_PREC_INTERNATIONAL
