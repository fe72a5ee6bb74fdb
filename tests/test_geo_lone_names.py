"""A report that names one town, in a spelling of its own, still gets that town; a division written with
"North" where GeoNames writes "Northern" is still the division."""
import pytest

from eventwatch.geo import geoparse


def _places(gaz, text):
    return {t.text: t for t in geoparse(gaz, text)}


@pytest.mark.parametrize("spelling", ["Maaret al-Numan", "Marat al-Numan", "Maarat al-Numan", "Marat al-Noman",
                                      "Maarat an-Noman"])
def test_a_lone_transliterated_town_is_resolved_when_nothing_in_the_text_argues_otherwise(gaz, spelling):
    found = _places(gaz, f"Warplanes bombed {spelling} before dawn on Tuesday.")
    place = found[spelling].place
    assert place is not None and place.country_code == "SY" and place.admin1 == "Idlib"


def test_a_lone_town_far_from_the_reports_other_places_in_its_country_stays_a_stand_in(gaz):
    # The document places itself in Baghdad; a loose spelling of a town in Dhi Qar ("Karradi") is not believed
    # there: Karrada is Baghdad's own district (town_parts.yaml), at the city's point.
    found = _places(gaz, "Mortars struck Karrada in Baghdad on Friday.")
    place = found["Karrada"].place
    assert place is not None and place.name == "Karrada" and place.admin1 == "Baghdad" and place.precision == 2


def test_a_one_vowel_variant_of_a_short_name_is_no_transliteration_on_its_own(gaz):
    assert _places(gaz, "Mortars struck Karradu on Friday.")["Karradu"].place is None


@pytest.mark.parametrize("written, division", [
    ("North Darfur", "Northern Darfur"), ("South Darfur", "Southern Darfur"),
    ("South Kordofan", "Southern Kordofan"), ("West Darfur", "Western Darfur"),
])
def test_north_and_northern_forms_of_a_division_name_are_one_division(gaz, written, division):
    place = _places(gaz, f"Fighting displaced thousands in {written} this week.")[written].place
    assert place is not None and place.name == division and place.feature_code == "ADM1" and place.precision == 4


def test_a_spelling_differing_only_in_vowels_needs_a_long_consonant_frame(gaz):
    from eventwatch.geo.resolve import vowels_apart

    assert vowels_apart("marat al noman", "maarat al numan")  # seven consonants, vowels alone differ
    assert not vowels_apart("karradu", "karrada")  # three consonants: another word as likely as a variant
    assert not vowels_apart("marat al nomas", "maarat al numan")  # a consonant differs
