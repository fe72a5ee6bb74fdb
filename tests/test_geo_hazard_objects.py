"""A town right after a verb of damage is the place struck when the clause's subject is a hazard or a weapon
("The storm damaged X", "Shelling destroyed Y", "Artillery pounded Z"): the object of a storm's or a shell's
damage is ground. The same verbs take people, firms and teams as objects when the subject is anything else ("The
scandal damaged X", "The defeat battered Y"), and a hazard noun used as a figure ("a storm of criticism", "the
political storm", "the storm over the memo") or a team's name ("Houston Rockets") is no hazard: those names stay
as they were read before.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import located


@pytest.mark.parametrize("text, town, country", [
    ("The storm damaged Galveston.", "Galveston", "US"),
    ("The storm battered Galveston.", "Galveston", "US"),
    ("Shelling damaged Kupiansk overnight.", "Kupiansk", "UA"),
    ("Russian shelling damaged Kupiansk overnight.", "Kupiansk", "UA"),
    ("Shelling destroyed Bakhmut.", "Bakhmut", "UA"),
    ("Shelling damaged the Kupiansk railway station.", "Kupiansk", "UA"),
    ("Russian artillery pounded Avdiivka for a third day.", "Avdiivka", "UA"),
    ("Drone strikes pounded Kupiansk.", "Kupiansk", "UA"),
    ("Mortar fire shook Kupiansk.", "Kupiansk", "UA"),
    ("A tornado levelled Joplin.", "Joplin", "US"),
    ("Shells battered Vuhledar.", "Vuhledar", "UA"),
    ("Air strikes flattened Maarat al-Numan.", "Maarat al-Numan", "SY"),
    ("The blaze gutted Lahaina.", "Lahaina", "US"),
    ("Wildfires ravaged Lahaina in August.", "Lahaina", "US"),
    # a European storm's name sets the story in Britain (country_register.yaml), where the county lies
    ("Storm Ciaran battered Cornwall.", "Cornwall", "GB"),
])
def test_a_hazard_or_a_weapon_damaging_a_town_places_it(gaz, text, town, country):
    assert (town, country) in located(gaz, text)


@pytest.mark.parametrize("text, town, country", [
    # the cues read before this rule still place the town
    ("The storm hit Galveston.", "Galveston", "US"),
    ("Artillery struck Bakhmut.", "Bakhmut", "UA"),
    ("Shelling destroyed parts of Bakhmut.", "Bakhmut", "UA"),
    ("Typhoon Haiyan flattened Tacloban.", "Tacloban", "PH"),
    ("Heavy rains flooded Jacobabad this week.", "Jacobabad", "PK"),
    ("A 6.1-magnitude earthquake rocked Malatya on Monday.", "Malatya", "TR"),
])
def test_the_cues_already_read_keep_placing_the_town(gaz, text, town, country):
    assert (town, country) in located(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("The scandal damaged Ford.", "Ford"),
    ("The defeat battered Chelsea.", "Chelsea"),
    ("The ruling devastated Morgan.", "Morgan"),
    ("The striker battered Everton.", "Everton"),
    ("The strike damaged Ford.", "Ford"),  # a walkout, not a weapon
    ("A storm of criticism battered Morgan.", "Morgan"),
    ("The political storm damaged Morgan.", "Morgan"),
    ("The storm over the memo damaged Chelsea.", "Chelsea"),
    ("Her fire destroyed Chelsea in the second half.", "Chelsea"),
    ("The storm destroyed Morgan's barn.", "Morgan"),
    ("The fire sale battered Ford.", "Ford"),
    ("Inflation battered Chelsea.", "Chelsea"),
    ("The storm damaged the Ford plant.", "Ford"),  # the firm's works
    ("The rockets damaged Morgan Stanley's offices.", "Morgan Stanley"),
])
def test_a_damage_verb_without_a_hazard_subject_places_nothing(gaz, text, name):
    assert name not in [t for t, _ in located(gaz, text)]


def test_a_country_shaken_by_news_is_read_as_before(gaz):
    # "rocked" after news was read as a country before this rule, and stays so
    assert ("Jordan", "JO") in located(gaz, "The news rocked Jordan.")
