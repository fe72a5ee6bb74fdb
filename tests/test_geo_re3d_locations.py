"""Conflict-report Location mentions as re3d marks them, and the geoparser readings behind them: the kind of
place said with a name, a part of a town named with the town, a border named by a country adjective, a
country that leads or fields something, and a name the gazetteer lacks at the end of a list. Every sentence
is the project's own."""
from __future__ import annotations

import pytest

from conftest import event_place, toponym
from eventwatch.evaluate.entities import predict_entities


def locations(gaz, text):
    from eventwatch.extract.actors import ActorRegistry

    return [text[s:e] for type_, (s, e) in predict_entities(text, ActorRegistry.load(), gazetteer=gaz)
            if type_ == "Location"]


# -- re3d's span convention (evaluate/entities.py) -------------------------------------------------------
def test_the_kind_of_place_before_an_unknown_village_is_part_of_its_mention(gaz):
    text = "Gunmen killed four shepherds in the village of Qurtavel on Friday."
    assert locations(gaz, text) == ["the village of Qurtavel"]


def test_a_district_named_with_its_town_is_one_location(gaz):
    text = "A car bomb exploded in the Mansour district of Baghdad on Sunday."
    assert locations(gaz, text) == ["the Mansour district of Baghdad"]


def test_a_suburb_word_before_of_belongs_to_the_next_name(gaz):
    text = "Aid reached the besieged Damascus suburb of Qurtavel at last."
    assert "Damascus suburb" not in locations(gaz, text)


def test_a_country_adjective_before_border_is_a_location_mention(gaz):
    text = "The blast shook a market near the Jordanian border on Monday."
    assert "the Jordanian border" in locations(gaz, text)


# -- the geoparser: countries that act through a compound ----------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("The UK-led coalition struck two bridges overnight.", "UK"),
    ("A Norway-brokered truce held for a week.", "Norway"),
    ("The U.S.-led coalition carried out four strikes.", "U.S."),
])
def test_a_country_hyphened_to_led_or_brokered_is_the_state_not_the_ground(gaz, text, name):
    assert not toponym(gaz, text, name).locational


@pytest.mark.parametrize("text,name", [
    ("Two U.S. Marines were wounded in the assault.", "U.S."),
    ("US assistance keeps the clinics open.", "US"),
    ("The deal shows the enduring UK commitment to the region.", "UK"),
    ("Ongoing UK efforts to reopen the road have stalled.", "UK"),
])
def test_a_country_before_the_people_it_fields_or_the_help_it_gives_is_an_actor(gaz, text, name):
    assert not toponym(gaz, text, name).locational


def test_a_country_before_a_place_noun_stays_the_ground(gaz):
    assert toponym(gaz, "Two soldiers died at a UK base in the desert.", "UK").locational


# -- the geoparser: an unknown name closing a list of known ones ---------------------------------------------
def test_a_list_after_in_covers_an_unknown_name_after_known_ones(gaz):
    assert toponym(gaz, "The raids in Sarmin, Binnish and Qurtavel killed nine people.", "Qurtavel").locational


def test_a_list_after_in_still_stops_at_a_person(gaz):
    from eventwatch.geo import geoparse

    names = [t.text for t in geoparse(gaz, "Talks in Geneva and Moscow, Reuters reported, ended early.")]
    assert "Reuters" not in names


@pytest.mark.parametrize("text", [
    "One militia is in Oslo and Zorvath is in Bergen.",
    "Reporters in Oslo and Ayla Kettner in Rome contributed to this story.",
    "Tolls between Exits 1 in Oslo and Exit 6 near Bergen rose.",
])
def test_a_word_opening_its_own_clause_after_a_list_of_known_names_is_no_member(gaz, text):
    from eventwatch.geo import geoparse

    names = {t.text for t in geoparse(gaz, text)}
    assert not names & {"Zorvath", "Ayla Kettner", "Exit"}


# -- the geoparser: countries listed as the members of a body that acts ---------------------------------------
def test_countries_listed_as_a_coalitions_members_are_states_not_ground(gaz):
    text = "Coalition nations that have flown strikes in Chad include Norway, Denmark and the Netherlands."
    assert toponym(gaz, text, "Chad").locational
    for name in ("Norway", "Denmark", "Netherlands"):
        assert not toponym(gaz, text, name).locational


def test_countries_listed_as_donors_are_states(gaz):
    assert not toponym(gaz, "Donors including Japan and Canada pledged more money.", "Canada").locational


def test_countries_listed_by_what_befell_them_stay_places(gaz):
    text = "Countries hit by the drought include Chad, Niger and Mali."
    assert all(toponym(gaz, text, name).locational for name in ("Chad", "Niger", "Mali"))


def test_a_country_leading_a_body_is_one_organisation_with_it(gaz):
    from eventwatch.extract.actors import ActorRegistry

    text = "The UK-led coalition struck two bridges overnight."
    found = [text[s:e] for type_, (s, e) in predict_entities(text, ActorRegistry.load(), gazetteer=gaz)
             if type_ == "Organisation"]
    assert "The UK-led coalition" in found


# -- the geoparser: the offices of a list of countries, a union that acts, a country standing by another ----
@pytest.mark.parametrize("text", [
    "She phoned the foreign ministers of Norway, Chile, Kenya and Peru after the vote.",
    "He welcomed the Ministers of Trade of Ghana, Chile and Peru in the spring.",
    "The governments of Chile and Peru signed the accord.",
])
def test_every_country_of_a_list_an_office_belongs_to_is_a_state(gaz, text):
    names = [n for n in ("Norway", "Ghana", "Chile", "Kenya", "Peru") if f" {n}" in text]
    assert names and not any(toponym(gaz, text, name).locational for name in names)


def test_a_country_after_a_list_of_offices_stays_the_ground_after_a_place_cue(gaz):
    text = "The foreign ministers of Chile and Peru met in Norway."
    assert toponym(gaz, text, "Norway").locational


@pytest.mark.parametrize("text,name", [
    ("The EU will host a donors' conference next spring.", "EU"),
    ("The European Union keeps funding the clinics run by its partners.", "European Union"),
])
def test_the_union_acting_through_its_institutions_is_no_place(gaz, text, name):
    assert not toponym(gaz, text, name).locational


@pytest.mark.parametrize("text,name", [
    ("Thousands of migrants crossed into the EU last year.", "EU"),
    ("Migrants arrived in the European Union by sea.", "European Union"),
    ("Europe will see colder weather this week.", "Europe"),
])
def test_the_union_after_a_place_cue_and_the_continent_stay_places(gaz, text, name):
    assert toponym(gaz, text, name).locational


@pytest.mark.parametrize("text", ["Canada stands by its allies in this struggle.",
                                  "Canada stands with the victims of the attack.",
                                  "Canada stood behind the peace plan."])
def test_a_country_standing_by_or_with_another_is_its_government(gaz, text):
    assert not toponym(gaz, text, "Canada").locational


@pytest.mark.parametrize("text", ["Canada stands at a crossroads after the vote.",
                                  "The old fort stands in Canada.",
                                  "Canada stands out among the donors."])
def test_a_country_that_only_stands_somewhere_stays_the_ground(gaz, text):
    assert toponym(gaz, text, "Canada").locational


def test_an_office_of_listed_countries_is_neither_their_location_nor_each_an_organisation(gaz):
    from eventwatch.extract.actors import ActorRegistry

    text = "The envoy spoke with the Foreign Ministers of Chile, Peru and Kenya on Monday."
    found = predict_entities(text, ActorRegistry.load(), gazetteer=gaz)
    spans = {text[s:e] for _, (s, e) in found}
    assert not spans & {"Chile", "Peru", "Kenya"}


# -- re3d's span convention: a named site owns its article; a place inside a group's name is no Location ------
@pytest.mark.parametrize("text,mention", [
    ("Engineers inspected the Tikrit Dam on Monday.", "the Tikrit Dam"),
    ("Explosions were heard at the Daraa military airport overnight.", "the Daraa military airport"),
])
def test_a_named_site_keeps_its_article(gaz, text, mention):
    assert mention in locations(gaz, text)


def test_a_town_before_the_noun_it_modifies_leaves_the_article_to_the_noun(gaz):
    assert locations(gaz, "The Mosul push began at dawn.") == ["Mosul"]


@pytest.mark.parametrize("text", ["He fought with al-Qaeda in Iraq before his capture.",
                                  "Leaders of al Qaeda in Iraq met last week."])
def test_a_country_inside_a_known_groups_name_is_no_location(gaz, text):
    assert "Iraq" not in locations(gaz, text)


def test_a_country_after_a_known_group_and_its_own_place_cue_stays_a_location(gaz):
    assert "Iraq" in locations(gaz, "Al-Qaeda fighters were captured in Iraq last week.")


def test_a_country_that_stood_somewhere_stays_the_ground(gaz):
    assert toponym(gaz, "Canada stood at a crossroads after the vote.", "Canada").locational


# -- the geoparser: a building named with an Arabic article before a lower-case head (geo/article_sites.py) ----
@pytest.mark.parametrize("text,site,inner", [
    ("A bomb hit the al-Zahra mosque in Kirkuk on Friday.", "al-Zahra mosque", "al-Zahra"),
    ("Gunmen stormed the al-Amal hospital in Mosul on Monday.", "al-Amal hospital", "al-Amal"),
    ("The al-Zahra mosque in Kirkuk was hit by a bomb on Friday.", "al-Zahra mosque", "al-Zahra"),
])
def test_a_building_named_with_an_arabic_article_is_the_site_not_a_namesake_village(gaz, text, site, inner):
    assert toponym(gaz, text, site).locational
    assert not toponym(gaz, text, inner).locational
    assert event_place(gaz, text).name in ("Kirkuk", "Mosul")


def test_the_building_is_the_mention_with_its_article(gaz):
    assert "the al-Zahra mosque" in locations(gaz, "A bomb hit the al-Zahra mosque in Kirkuk on Friday.")


@pytest.mark.parametrize("text,name", [("Shells hit the Aleppo hospital on Monday.", "Aleppo"),
                                       ("Rebels in al-Bab attacked a school.", "al-Bab")])
def test_a_town_before_a_building_word_without_the_article_phrase_stays_the_town(gaz, text, name):
    assert toponym(gaz, text, name).locational


# -- second pass: persisting stances, resolve, a place's people, paired states, a kind after a country adjective --
@pytest.mark.parametrize("text", ["Canada will continue to work with its partners in the region.",
                                  "Canada has continued to stand shoulder to shoulder beside Chile.",
                                  "Canada continued to back the ceasefire plan.",
                                  "Canada is committed to rebuilding the port.",
                                  "Canada was determined to restore the talks."])
def test_a_country_persisting_in_a_stance_or_resolved_to_act_is_its_government(gaz, text):
    assert not toponym(gaz, text, "Canada").locational


@pytest.mark.parametrize("text", ["Many families in Canada work with horses.",
                                  "Thousands of migrants continue to arrive in Canada.",
                                  "Snow continues to fall across Canada.",
                                  "Aid workers are committed to Canada's refugees."])
def test_a_country_where_people_work_or_things_continue_stays_the_ground(gaz, text):
    assert toponym(gaz, text, "Canada").locational


def _entities(gaz, text, kind):
    from eventwatch.extract.actors import ActorRegistry

    return [text[s:e] for type_, (s, e) in predict_entities(text, ActorRegistry.load(), gazetteer=gaz)
            if type_ == kind]


def test_the_people_of_a_place_are_an_organisation_not_its_location(gaz):
    text = "The envoy praised the people of Mosul and its leaders and the people of Iraq."
    assert _entities(gaz, text, "Location") == []
    assert _entities(gaz, text, "Organisation") == ["the people of Mosul", "the people of Iraq"]


def test_a_place_after_people_from_stays_a_location(gaz):
    assert "Mosul" in locations(gaz, "Many people from Mosul fled south in the spring.")


def test_two_states_hyphened_before_a_noun_of_their_relation_are_parties_not_places(gaz):
    text = "Ministers met at the Chile-Peru summit to discuss the Iran-Iraq war."
    assert locations(gaz, text) == []
    assert {"Chile", "Peru", "Iran", "Iraq"} <= set(_entities(gaz, text, "Organisation"))


def test_two_states_hyphened_before_their_border_stay_one_location(gaz):
    assert set(locations(gaz, "Smugglers crossed the Syria-Iraq border at night.")) == {"the Syria-Iraq border"}


def test_the_kind_after_a_country_adjective_belongs_to_the_named_town(gaz):
    text = "Rebels captured the Syrian town of Qurtavel after a week of fighting."
    assert locations(gaz, text) == ["the Syrian town of Qurtavel"]


def test_a_country_abbreviation_opening_a_noun_phrase_is_no_location(gaz):
    text = "The U.K. embassy in Oslo was closed and US forces left the city."
    assert _entities(gaz, text, "Location") == ["Oslo"]
    assert "US forces" in _entities(gaz, text, "Organisation")


def test_a_country_abbreviation_after_a_place_cue_stays_a_location(gaz):
    assert "the UK" in locations(gaz, "Thousands of migrants arrived in the UK and Chile.")


def test_a_site_and_the_country_after_its_comma_are_one_location(gaz):
    text = "A strike killed a commander near Mosul Dam, Iraq, on Monday."
    assert locations(gaz, text) == ["Mosul Dam, Iraq"]


def test_a_town_and_the_titled_division_after_its_comma_are_one_location(gaz):
    text = "The fire started in Cibolo, Bexar County, on Monday."
    assert locations(gaz, text) == ["Cibolo, Bexar County"]


def test_a_list_of_towns_and_an_untitled_division_stay_apart(gaz):
    text = "The fire spread to Cibolo, Bexar and Austin on Monday."
    assert "Cibolo, Bexar" not in locations(gaz, text)
