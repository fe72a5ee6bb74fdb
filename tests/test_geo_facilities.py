"""Named facilities and sites (hospitals, prisons, camps, parks) read as one place where a cue puts them
somewhere, and as an institution, not a place, where they act. Sentences are the project's own."""
from __future__ import annotations

import pytest

from eventwatch.geo.facilities import facilities, load_facilities
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.recognise import Recogniser


@pytest.fixture(scope="module")
def rec() -> Recogniser:
    return Recogniser(Gazetteer.load(), facilities=True)


def spans(rec, text):
    return {text[s.start:s.end]: s for s in rec.recognise(text)}


@pytest.mark.parametrize("text,name", [
    ("Shelling hit the nearby Al-Quds Hospital in Aleppo on Monday, and it was closed for repairs.",
     "Al-Quds Hospital"),
    ("The wounded were taken by ambulance to the main wards in Idlib University Hospital late at night.",
     "Idlib University Hospital"),
    ("He was held for a year at Camp Bucca in southern Iraq before he was released.", "Camp Bucca"),
    ("Four men were killed in the attack on the town, near Omari Mosque, the local council said.",
     "Omari Mosque"),
    ("Dozens of families sheltered inside the University of Mosul while the fighting went on.",
     "University of Mosul"),
])
def test_a_facility_with_a_place_cue_is_one_locational_name(rec, text, name):
    found = spans(rec, text)
    assert name in found and found[name].locational and found[name].facility


def test_a_place_name_inside_a_facility_is_embedded_and_lends_its_reading(rec):
    found = spans(rec, "The wounded were taken by ambulance to the main wards in Idlib University Hospital late at night.")
    assert found["Idlib"].locational is False and found["Idlib"].cue == "embedded"
    assert found["Idlib University Hospital"].weak and found["Idlib University Hospital"].candidates


@pytest.mark.parametrize("text,name", [
    ("Kassab Hospital said it had received twelve bodies since the morning.", "Kassab Hospital"),
    ("After the vote, the Damascus University officials declined to comment on the report.",
     "Damascus University"),
    ("The talks were hosted by the Centre for Strategic Studies in Amman last week.", "Centre"),
    ("Jerry Hall attended the gala in the city of Paris with her friends.", "Jerry Hall"),
])
def test_institutions_acting_organisations_and_people_are_not_facilities(rec, text, name):
    assert not any(name in n and s.facility for n, s in spans(rec, text).items())


def test_a_building_needs_a_firm_cue_a_site_does_not(rec):
    building = spans(rec, "She was a pupil at Goose Lake High School for four years before she moved away.")
    assert not any(s.facility for s in building.values())
    site = spans(rec, "The rally was held at Riverside Park on Saturday, organisers told the paper.")
    assert site["Riverside Park"].facility


def test_facilities_are_read_by_default_and_can_be_left_out():
    text = "He was held for a year at Camp Bucca in southern Iraq before he was released."
    gaz = Gazetteer.load()
    assert any(s.facility for s in Recogniser(gaz).recognise(text))
    assert not any(s.facility for s in Recogniser(gaz, facilities=False).recognise(text))


def test_the_lexicon_loads_and_rejects_bad_entries(tmp_path):
    words = load_facilities()
    assert "hospital" in words.heads and "camp" in words.sites and "camp" in words.prefixes
    bad = tmp_path / "facilities.yaml"
    bad.write_text("heads: [Hospital]\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_facilities(str(bad))




def test_a_town_in_the_possessive_before_a_facility_stays_a_place_of_its_own(rec):
    found = spans(rec, "Two patients were moved on Monday after a fire broke out in Aleppo's Al-Razi Hospital, "
                       "the health directorate said in a statement issued later that evening.")
    assert "Al-Razi Hospital" in found and found["Al-Razi Hospital"].locational
    assert "Aleppo" in found and found["Aleppo"].locational


# -- crossings and checkpoints: a site of its own, or a town's --------------------------------------------------
@pytest.mark.parametrize("text, site", [
    ("Aid lorries waited for hours near the Bab al-Hawa crossing on Tuesday.", "Bab al-Hawa crossing"),
    ("Aid lorries waited near the Bab al-Hawa border crossing before dawn.", "Bab al-Hawa border crossing"),
    ("Soldiers at the Einav checkpoint detained two students.", "Einav checkpoint"),
    # a spelling only a rule derives (Qalandiya's y glide dropped) is no town's whole name
    ("Soldiers at the Qalandia checkpoint detained two students.", "Qalandia checkpoint"),
])
def test_a_crossing_after_a_name_no_gazetteer_holds_whole_is_a_site(rec, text, site):
    found = spans(rec, text)
    assert site in found and found[site].locational
    assert not any(s.locational for t, s in found.items() if t != site and t in site)


def test_a_crossing_after_a_towns_whole_name_leaves_the_town_the_place(rec):
    found = spans(rec, "Aid lorries waited near the Rafah crossing on Tuesday.")
    assert "Rafah" in found and found["Rafah"].locational
    assert not any("crossing" in t for t in found)


@pytest.mark.parametrize("text,name,seat", [
    ("Heat records fell, and the Meteorological Centre in Jaipur issued a red alert for three districts.",
     "Meteorological Centre", "Jaipur"),
    ("The Regional Forecast Centre in Chennai said the storm would weaken before landfall.",
     "Regional Forecast Centre", "Chennai"),
    ("The Poison Control Center in Denver reported forty calls about the mushrooms.", "Poison Control Center",
     "Denver"),
])
def test_an_agency_named_with_its_town_then_a_verb_is_the_agency_acting_and_its_town_stays_a_place(rec, text, name,
                                                                                                  seat):
    found = spans(rec, text)
    assert name not in found or not found[name].facility
    assert seat in found and found[seat].locational


def test_people_at_a_facility_in_a_town_leave_it_a_place(rec):
    # the doctors speak; the hospital after "at" is where they are
    found = spans(rec, "Doctors at the Al-Amal Hospital in Gaza said twenty people had died.")
    assert "Al-Amal Hospital" in found and found["Al-Amal Hospital"].facility
