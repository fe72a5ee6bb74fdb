"""Geoparsing behaviour on a small gazetteer built from GeoNames-format files the project wrote."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.geo import choose_event_location, geoparse, unresolved_names
from eventwatch.geo.dumps import build_from_dump
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.model import (
    WHERE_PREC_ADMIN1,
    WHERE_PREC_COUNTRY,
    WHERE_PREC_EXACT,
    WHERE_PREC_NEAR,
    WHERE_PREC_REGION,
)

FIXTURES = Path(__file__).parent / "fixtures" / "geo"
COUNTRIES = ["SY", "RU", "TR", "US", "NG", "AL", "YE", "AE"]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build_from_dump(FIXTURES / "SY_sample.txt", tmp_path_factory.mktemp("geo") / "store",
                           alternate_names=FIXTURES / "alternateNames_sample.txt", countries=COUNTRIES)


@pytest.fixture(scope="module")
def gaz(store) -> Gazetteer:
    return Gazetteer.load(str(store))


def places(gaz, text, **kw):
    return {t.text: t for t in geoparse(gaz, text, **kw)}


@pytest.mark.parametrize("spelling", ["Maaret al-Numan", "Maarat al-Numan", "Ma'arrat al-Nu'man", "Maarrat an-Numan"])
def test_a_syrian_town_is_found_under_its_usual_spellings(gaz, spelling):
    found = places(gaz, f"Airstrikes hit {spelling} in Idlib on Tuesday.")
    assert found[spelling].place.geonames_id == 167611
    assert found[spelling].place.precision == WHERE_PREC_EXACT


@pytest.mark.parametrize("spelling,gid", [("Khan Sheikhoun", 168325), ("Khan Shaykhun", 168325),
                                          ("Atareb", 174030), ("Atarib", 174030)])
def test_transliteration_variants_resolve_in_a_syrian_report(gaz, spelling, gid):
    found = places(gaz, f"Shelling on {spelling} killed three civilians in northern Syria.")
    assert found[spelling].place.geonames_id == gid


def test_arabic_script_names_with_clitics_are_found_but_not_inside_longer_words(gaz):
    text = "قصف الطيران مدينة حلب وبلدة الأتارب في ريف حلب الغربي وحلبستان"
    found = geoparse(gaz, text)
    names = [(t.text, t.place.geonames_id if t.place else None) for t in found]
    assert ("حلب", 170063) in names
    assert ("الأتارب", 174030) in names
    assert not any("حلبستان" in t.text for t in found)
    rural = [t for t in found if t.cue == "rural"]
    assert rural and rural[0].place.precision == WHERE_PREC_ADMIN1


@pytest.mark.parametrize("text", [
    "غارات جوية على معرة النعمان فجر اليوم",  # "air raids on Maarat al-Numan at dawn": على written with ى
    "نزح المدنيون إلى معرة النعمان",  # "civilians fled to Maarat al-Numan": إلى with hamza below
])
def test_arabic_locatives_are_read_however_their_alef_is_written(gaz, text):
    found = geoparse(gaz, text)
    assert [(t.place.geonames_id if t.place else None, t.cue) for t in found] == [(167611, "in")]


def test_common_words_months_and_person_names_are_not_places(gaz):
    text = ("Said the commander: Human rights groups met in May. Rose Smith wrote about Of and mobile clinics. "
            "Edward Said lectured. Mobile phones were cut.")
    found = geoparse(gaz, text)
    assert [t.text for t in found] == []


def test_a_common_word_with_a_place_cue_is_a_place(gaz):
    found = places(gaz, "The storm reached Mobile, Alabama, on Sunday.")
    assert found["Mobile"].place.geonames_id == 4076598
    assert found["Alabama"].place.precision == WHERE_PREC_ADMIN1


def test_metonymic_capitals_are_actors_not_places(gaz):
    found = places(gaz, "Moscow said the strikes hit militants, while Damascus denied any civilian deaths.")
    assert found["Moscow"].locational is False and found["Moscow"].cue == "metonymy"
    assert found["Damascus"].locational is False
    assert found["Moscow"].place.country_code == "RU"  # still resolved, for who-said-what


def test_demonyms_are_resolved_to_their_country_but_not_locational(gaz):
    found = places(gaz, "Russian jets struck Saraqib.")
    assert found["Russian"].locational is False
    assert found["Russian"].place.country_code == "RU"
    assert found["Russian"].place.precision == WHERE_PREC_COUNTRY


def test_vague_areas_resolve_to_the_division_with_a_coarser_precision(gaz):
    for text in ("Clashes in rural Aleppo.", "Clashes in the Aleppo countryside.",
                 "Clashes in the western Aleppo countryside."):
        aleppo = places(gaz, text)["Aleppo"]
        assert aleppo.place.geonames_id == 170062, text
        assert aleppo.place.precision == WHERE_PREC_ADMIN1, text
    region = places(gaz, "Fighting continues in northwest Syria.")["Syria"]
    assert region.place.precision == WHERE_PREC_REGION and region.place.raw == "northwest Syria"
    assert places(gaz, "Refugees returned to Syria.")["Syria"].place.precision == WHERE_PREC_COUNTRY


def test_near_a_town_is_precision_two(gaz):
    found = places(gaz, "A convoy was hit near Saraqib.")
    assert found["Saraqib"].place.precision == WHERE_PREC_NEAR


def test_admin_containment_picks_the_right_namesake(gaz):
    # A far larger Saraqib exists elsewhere; "Saraqib, Idlib" means the Syrian one.
    found = places(gaz, "Saraqib, Idlib, was shelled overnight.")
    assert found["Saraqib"].place.geonames_id == 164816
    alone = places(gaz, "Saraqib was shelled overnight.")
    assert alone["Saraqib"].place.geonames_id == 9000004  # without context the bigger one wins


def test_document_country_focus_picks_the_right_namesake(gaz):
    found = places(gaz, "Saraqib was shelled overnight.", doc_country="SY")
    assert found["Saraqib"].place.geonames_id == 164816


def test_event_location_is_the_town_not_the_vague_area_or_the_actor(gaz):
    text = "Russian jets bombed Atarib in western rural Aleppo."
    toponyms = geoparse(gaz, text, document_id="d1")
    chosen = choose_event_location(toponyms, 0, len(text))
    assert chosen.geonames_id == 174030 and chosen.precision == WHERE_PREC_EXACT
    aleppo = next(t for t in toponyms if t.text == "Aleppo")
    assert aleppo.place.precision == WHERE_PREC_ADMIN1 and aleppo.place.raw == "western rural Aleppo"


def test_an_unknown_village_is_reported_and_does_not_empty_the_result(gaz):
    text = "Warplanes struck the village of Kafr Nabudah Jadida and Saraqib, Idlib."
    toponyms = geoparse(gaz, text)
    unknown = [t for t in toponyms if t.place is None]
    assert [t.text for t in unknown] == ["Kafr Nabudah Jadida"]
    assert unresolved_names(toponyms, 0, len(text)) == ["Kafr Nabudah Jadida"]
    assert choose_event_location(toponyms, 0, len(text)).geonames_id == 164816


def test_evidence_carries_the_span_and_its_sentence(gaz):
    text = "Nothing happened here. Shelling hit Saraqib, Idlib. Later, calm."
    saraqib = places(gaz, text, document_id="doc-7")["Saraqib"]
    ev = saraqib.place.evidence
    assert (ev.document_id, ev.field) == ("doc-7", "location")
    assert text[ev.start:ev.end] == "Saraqib"
    assert ev.sentence == "Shelling hit Saraqib, Idlib." and text[ev.sentence_start:].startswith(ev.sentence)
    assert saraqib.place.alternatives and all("name" in a for a in saraqib.place.alternatives)


def test_spans_are_absolute_offsets_in_the_text(gaz):
    text = "In Idlib and in Aleppo."
    for t in geoparse(gaz, text):
        assert text[t.start:t.end] == t.text


def test_user_places_win_over_geonames(tmp_path, store):
    csv_file = tmp_path / "places.csv"
    csv_file.write_text("name,aliases,lat,lon,country,admin1\n"
                        "Atmeh Camp,Atma camp;Atmeh IDP camp,36.3,36.65,SY,Idlib\n"
                        "Saraqib,,35.8601,36.8001,SY,SY.12\n", encoding="utf-8")
    g = Gazetteer.load(str(store), user_places=[str(csv_file)])
    found = {t.text: t for t in geoparse(g, "Families fled to Atma camp from Saraqib.")}
    assert found["Atma camp"].place.name == "Atmeh Camp"
    assert found["Atma camp"].place.admin1 == "Idlib Governorate"
    assert (found["Saraqib"].place.lat, found["Saraqib"].place.lon) == (35.8601, 36.8001)
    assert g.lookup("Saraqib")[0].source == "user"


def test_user_places_yaml_is_validated(tmp_path, store):
    from eventwatch.geo.user_places import UserPlacesError

    bad = tmp_path / "bad.yaml"
    bad.write_text("- {name: Nowhere, lat: north, lon: 3}\n", encoding="utf-8")
    with pytest.raises(UserPlacesError):
        Gazetteer.load(str(store), user_places=[str(bad)])
    good = tmp_path / "good.yaml"
    good.write_text("places:\n  - {name: Bab al-Hawa crossing, aliases: [Bab al-Hawa], lat: 36.23, lon: 36.67, country: SY}\n",
                    encoding="utf-8")
    g = Gazetteer.load(str(store), user_places=[str(good)])
    assert g.lookup("Bab al-Hawa")[0].name == "Bab al-Hawa crossing"
