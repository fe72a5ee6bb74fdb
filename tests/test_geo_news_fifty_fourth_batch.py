"""Rules found by the news probe's fifty-fourth batch (world web copy of the GeoWebNews kind from Venezuela, Cuba,
Azerbaijan, North Macedonia, Latvia, Kazakhstan, Georgia, Montenegro, Estonia, Denmark, the Netherlands, South
Korea, Bulgaria, Iceland, Mongolia, Serbia, Japan, Taiwan, Lithuania and Norway).

Each is a rule a reader applies to any wire story: a name a preposition governs closes its clause at ", and", so
the next clause's subject passes no role back to it ("the line with Abkhazia, and Moscow called it a provocation"),
though its own role still reaches a second item ("talks between Rome, and Vienna"); a country "stood with" is a
party of its own (as one "sided with" is), but not one whose flags fans stand with; a place "warned of" rain, floods or
storms is the ground the warning is for, where a country "warned of" sanctions, a flood of migrants or fire and
fury is a party (a measure after "of" is no figure: "winds of up to 150 km/h"); and "lay" after a modal is the deed
of laying a railway or a cable ("Kazakhstan will lay a second line"), where bare, or before a place preposition or a
state ("in ruins", "empty"), it is "lie" ("Mosul still lay in ruins"). And true facts for the gazetteer: Mongolia's
aimags go by the names English copy writes today ("Bayankhongor", "Dornogovi", "Khentii", "Zavkhan"), not
GeoNames' older ones; and South Korea's counties, held as "Jeongseon-gun", answer to their bare names.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names


def _place(gaz, text: str, name: str):
    from eventwatch.geo import geoparse

    return next(t.place for t in geoparse(gaz, text) if t.text == name)


# -- the Sava written bare ------------------------------------------------------------------------------------------
# Bare "Sava" is no alias of the river (it is a Serbian given name and a Malagasy region): the existing rules for a
# river written short read it where the sentence sets it as water (a measured rise, "along the").

def test_the_sava_bare_is_the_river_where_it_rises_by_a_measure_at_a_serbian_town(gaz):
    place = _place(gaz, "After a week of rain the Sava rose by two metres at Obrenovac on Sunday.", "Sava")
    assert (place.feature_code, place.name) == ("STM", "Sava River")


def test_the_sava_bare_is_the_river_along_which_barges_wait(gaz):
    place = _place(gaz, "Grain barges waited along the Sava near Sremska Mitrovica as the water fell.", "Sava")
    assert place.feature_code == "STM"


def test_the_sava_region_of_madagascar_stays_the_region(gaz):
    # the river's bare name does not take the Malagasy region's story from it
    text = "Vanilla growers in the Sava region of Madagascar, around Sambava and Antalaha, lost their crop."
    assert _place(gaz, text, "Sava").country_code == "MG"


def test_the_sava_valley_in_a_croatian_story_stays_in_croatia(gaz):
    # the valley rule keeps the story's country, where the river's point (its mouth) lies in Serbia
    place = _place(gaz, "Orchards in the Sava valley were flattened by hail, Croatian farmers said.", "Sava")
    assert place is not None and place.country_code == "HR"


def test_sava_the_given_name_is_no_place(gaz):
    # a Serbian first name: neither it nor the surname after it is read as a place
    text = "Sava Jovanović, who runs the ferry at Smederevo, said the crossing would reopen."
    assert "Sava" not in locational_names(gaz, text) and "Jovanović" not in found_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="rising is a river's only by a measure or a mark (geo/river_verbs.py): "
                                       "'rose steadily' is a currency's or a ranking's as often, and bare 'Sava' is "
                                       "no alias")
def test_the_sava_that_rose_steadily_is_the_river(gaz):
    place = _place(gaz, "Downstream the Sava rose steadily at Obrenovac, and ferries stopped.", "Sava")
    assert place.feature_code == "STM"


# -- Mongolia's aimags by their English names -----------------------------------------------------------------------

def test_mongolian_aimags_by_the_names_the_press_writes(gaz):
    text = "Herders in Bayankhongor and Dornogovi lost thousands of goats this winter."
    assert [(_place(gaz, text, n).country_code, _place(gaz, text, n).feature_code)
            for n in ("Bayankhongor", "Dornogovi")] == [("MN", "ADM1"), ("MN", "ADM1")]


def test_more_aimags_in_another_sentence(gaz):
    text = "Snow lay deep across Khentii and Zavkhan, the emergency agency said."
    assert locational_names(gaz, text) == ["Khentii", "Zavkhan"]
    assert {_place(gaz, text, n).country_code for n in ("Khentii", "Zavkhan")} == {"MN"}


# -- South Korea's counties by their bare names ---------------------------------------------------------------------

def test_a_korean_county_held_with_its_gun_title_answers_to_its_bare_name(gaz):
    place = _place(gaz, "Tourists drove from Gangneung to Jeongseon to ride the rail bikes.", "Jeongseon")
    assert (place.country_code, place.feature_code) == ("KR", "ADM2")


def test_another_korean_county_by_its_bare_name(gaz):
    place = _place(gaz, "Floods cut the road between Inje and Yanggu in Gangwon.", "Inje")
    assert (place.country_code, place.feature_code) == ("KR", "ADM2")


def test_a_korean_family_name_is_no_ward(gaz):
    # only "-gun" is dropped: "Jung-gu" (a city's central ward) gives no bare "Jung", a family name
    assert "Jung" not in found_names(gaz, "Jung Min-ho scored twice as Ulsan beat Pohang on Saturday.")


# -- ", and" after a preposition's object opens a clause ------------------------------------------------------------

def test_a_region_after_with_keeps_its_ground_when_a_capital_acts_in_the_next_clause(gaz):
    text = "Troops patrol the line with Abkhazia, and Moscow called the move a provocation."
    assert locational_names(gaz, text) == ["Abkhazia"]


def test_a_breakaway_region_after_with_is_no_party_to_the_next_clauses_deed(gaz):
    text = "Trade grew along the border with Transnistria, and Chisinau welcomed the figures."
    assert locational_names(gaz, text) == ["Transnistria"]


def test_a_list_closed_by_comma_and_still_shares_its_verb(gaz):
    # no preposition governs "Zambia": the three countries are the subjects of one report
    text = "Malawi, Zambia, and Zimbabwe have reported new cases."
    assert found_names(gaz, text) == ["Malawi", "Zambia", "Zimbabwe"] and locational_names(gaz, text) == []


def test_a_two_item_list_after_a_preposition_closed_by_comma_and_shares_its_role(gaz):
    # the ", and" rule blocks only the role passing back to the preposition's object: the object's own role
    # passes on to the list's second item, which the preposition governs too
    text = "Negotiations between Rome, and Vienna stalled in March after Bern stepped back."
    assert locational_names(gaz, text) == []
    text = "The treaty was ratified by Peru, and Chile, which both sent envoys."
    assert found_names(gaz, text) == ["Peru", "Chile"] and locational_names(gaz, text) == []


def test_a_list_of_two_after_with_closed_by_comma_and_is_two_parties(gaz):
    text = "The pact was signed with Ecuador, and Colombia, the facilitators announced."
    assert found_names(gaz, text) == ["Ecuador", "Colombia"] and locational_names(gaz, text) == []
    text = "Ties with Serbia, and Hungary remain tense, the foreign minister said."
    assert found_names(gaz, text) == ["Serbia", "Hungary"] and locational_names(gaz, text) == []


def test_a_name_after_comma_and_with_a_singular_verb_of_its_own_opens_a_clause(gaz):
    # "..., and Tbilisi was flooded": a singular verb straight after the second name makes it the subject of a new
    # clause, so the first name's role does not pass on to it
    text = "Ankara signed a trade accord with Georgia, and Tbilisi was flooded overnight, officials said."
    assert "Tbilisi" in locational_names(gaz, text)
    text = "The summit with France, and Paris was hit by strikes that week."
    assert "Paris" in locational_names(gaz, text)


def test_a_plural_or_past_verb_after_comma_and_keeps_the_two_item_list(gaz):
    # the negative case: a plural or past verb may be the list's own, and the role still passes on
    text = "Relations with Bolivia, and Peru remain frosty, the envoy said."
    assert found_names(gaz, text) == ["Bolivia", "Peru"] and locational_names(gaz, text) == []
    text = "Talks with Moldova, and Kyiv collapsed in June."
    assert found_names(gaz, text) == ["Moldova", "Kyiv"] and locational_names(gaz, text) == []


def test_a_country_stood_with_is_a_party_whatever_clause_follows(gaz):
    # standing with a country is siding with its government: the ", and" rule above takes no role from it
    text = "The United States said it stood with the Philippines, and Japan voiced concern."
    assert "Philippines" in found_names(gaz, text) and "Philippines" not in locational_names(gaz, text)
    text = "Poland said it would always stand with Ukraine."
    assert "Ukraine" in found_names(gaz, text) and locational_names(gaz, text) == []


def test_people_standing_with_banners_in_a_city_leave_the_city_a_place(gaz):
    assert locational_names(gaz, "Protesters stood with banners in Warsaw.") == ["Warsaw"]


def test_fans_standing_with_a_countrys_flags_leave_the_country_a_place(gaz):
    # a plural noun right after the name says whose flags: no party is stood by ("stood with Ukraine." still is)
    text = "Supporters standing with Argentina scarves packed the squares of Rosario."
    assert "Argentina" in locational_names(gaz, text)
    text = "Crowds stood with Ghana flags along the road into Kumasi."
    assert "Ghana" in locational_names(gaz, text)


def test_standing_with_a_country_weeks_before_or_as_a_subject_is_siding(gaz):
    # a span of time or a clause's -s verb after the name is no noun it modifies: the country is still a party
    for text, name in (("Canada stood with Ukraine weeks before the invasion.", "Ukraine"),
                       ("Germany stood with Israel days after the attack.", "Israel"),
                       ("Standing with Taiwan means paying a price, the minister said.", "Taiwan")):
        assert name in found_names(gaz, text) and name not in locational_names(gaz, text), text


# -- a warning of a hazard ------------------------------------------------------------------------------------------

def test_prefectures_warned_of_rain_are_the_ground(gaz):
    text = "Toyama and Niigata, the neighbouring prefectures, were warned of further rain."
    assert locational_names(gaz, text) == ["Toyama", "Niigata"]


def test_a_state_warned_about_flooding_is_the_ground(gaz):
    assert locational_names(gaz, "Coastal Kerala was warned about heavy flooding on Monday.") == ["Kerala"]


def test_a_country_warned_of_consequences_or_sanctions_is_a_party(gaz):
    # "if the talks failed": a hazard's word after the warning's own phrase would not count either
    text = "Iran was warned of consequences if the talks failed."
    assert "Iran" in found_names(gaz, text) and "Iran" not in locational_names(gaz, text)
    text = "Venezuela was warned of new sanctions by the United States."
    assert "Venezuela" in found_names(gaz, text) and "Venezuela" not in locational_names(gaz, text)


def test_a_place_warned_of_heavy_rain_and_landslides_or_a_named_typhoon_is_the_ground(gaz):
    assert locational_names(gaz, "Kagoshima was warned of heavy rain and landslides on Friday.") == ["Kagoshima"]
    assert locational_names(gaz, "Okinawa was warned of Typhoon Khanun on Monday.") == ["Okinawa"]


def test_a_country_warned_of_a_figurative_flood_or_storm_is_a_party(gaz):
    # a hazard's noun before "of" is a figure ("a flood of refugees", "a storm of protest")
    for text in ("Spain was warned of a flood of refugees if the pact failed.",
                 "Chile was warned of a storm of criticism over the mining law."):
        name = text.split()[0]
        assert name in found_names(gaz, text) and name not in locational_names(gaz, text), text


def test_a_country_warned_of_fire_an_outbreak_or_an_explosion_is_a_party(gaz):
    # fire, outbreaks, blasts and explosions are warned of as figures as often: they make no forecast
    for text in ("Tehran was warned of fire and fury by the general.",
                 "Bosnia was warned of an outbreak of unrest in the east.",
                 "Portugal was warned of an explosion in public spending by the auditors.",
                 "Jordan was warned of a blast of anger from Washington."):
        name = text.split()[0]
        assert name in found_names(gaz, text) and name not in locational_names(gaz, text), text


def test_a_place_warned_of_a_hazard_of_a_measure_is_the_ground(gaz):
    # "of" after the hazard before a measure ("winds of up to", "floods of more than", "rainfall of about") gives
    # its size, no figure
    for text in ("Taiwan was warned of winds of up to 180 km/h as the cyclone neared.",
                 "Mozambique was warned of floods of more than two metres along the delta.",
                 "Nagpur was warned of rainfall of about 150 millimetres on Tuesday."):
        assert locational_names(gaz, text) == [text.split()[0]], text


def test_a_place_warned_of_a_hazard_over_a_time_or_around_a_place_is_the_ground(gaz):
    # "over" and "around" after the hazard say when or where it strikes
    for text in ("Sapporo was warned of heavy snow over the holiday.",
                 "Shikoku was warned of storms over the coming four days.",
                 "Barbados was warned of gale-force winds around the coast.",
                 "Nagasaki was warned of landslides around the steep northern districts."):
        assert locational_names(gaz, text) == [text.split()[0]], text


def test_a_country_warned_of_a_weapon_named_like_a_storm_is_a_party(gaz):
    # a storm's title needs a capitalised name after it; "Storm Shadow" and "Typhoon"/"Tornado" before a
    # lowercase noun are a missile and aircraft
    for text in ("Iran was warned of Storm Shadow strikes by the general.",
                 "Oman was warned of Typhoon delivery delays by the maker.",
                 "Italy was warned of Tornado jet delays."):
        name = text.split()[0]
        assert name in found_names(gaz, text) and name not in locational_names(gaz, text), text


def test_a_place_warned_of_a_named_storm_is_the_ground(gaz):
    # the negative case: a storm's title with its name still counts
    assert locational_names(gaz, "Kagoshima was warned of Typhoon Shanshan on Wednesday.") == ["Kagoshima"]
    assert locational_names(gaz, "Kochi was warned of Cyclone Tauktae overnight.") == ["Kochi"]


# -- "lay" after a modal --------------------------------------------------------------------------------------------

def test_a_country_that_will_lay_a_pipeline_is_its_government(gaz):
    text = "Kenya will lay a new pipeline from Mombasa to Kisumu."
    assert "Kenya" in found_names(gaz, text) and locational_names(gaz, text) == ["Mombasa", "Kisumu"]


def test_a_country_that_would_lay_a_cable_is_its_government(gaz):
    text = "Norway would lay a second power cable to Scotland, the ministry said."
    assert "Norway" in found_names(gaz, text) and "Norway" not in locational_names(gaz, text)


def test_a_place_that_lay_in_ruins_is_the_ground(gaz):
    # bare "lay" is the past of "lie": a state of the ground, no deed
    assert locational_names(gaz, "A year after the siege Mosul still lay in ruins.") == ["Mosul"]
    assert locational_names(gaz, "Under the ash cloud Tonga lay silent for days.") == ["Tonga"]


def test_lay_written_for_lie_after_a_modal_is_the_ground(gaz):
    # "lay" before "in", "empty" or "idle" is "lie" misspelt: a state of the ground, no deed
    assert locational_names(gaz, "Without help, Aleppo could lay in ruins for years, the governor said.") \
        == ["Aleppo"]
    assert locational_names(gaz, "Kharkiv may lay empty for a decade, planners warned.") == ["Kharkiv"]
    assert locational_names(gaz, "Homs would lay in rubble long after the truce.") == ["Homs"]


def test_lay_out_lay_claim_and_lay_on_after_a_modal_are_deeds(gaz):
    for text in ("Ghana would lay out its budget on Thursday.",
                 "Vietnam may lay claim to the reef.",
                 "Nairobi will lay on extra trains for the match."):
        name = text.split()[0]
        assert name in found_names(gaz, text) and name not in locational_names(gaz, text), text


def test_lay_before_any_object_after_a_modal_is_a_deed(gaz):
    # "lay" is "lie" only before a place preposition or a state; any object makes it the government's deed
    for text in ("Belarus could lay waste to Grodno within days.",
                 "Estonia will lay undersea cables to Finland next year.",
                 "Hungary will lay wreaths at the monument on Monday.",
                 "Belgrade will lay blame on Pristina for the delay.",
                 "Kazakhstan will lay railway track to the frontier."):
        name = text.split()[0]
        assert name in found_names(gaz, text) and name not in locational_names(gaz, text), text


def test_lay_before_a_place_preposition_or_a_state_after_a_modal_is_the_ground(gaz):
    assert locational_names(gaz, "Mosul would lay abandoned long after the war.") == ["Mosul"]
    assert locational_names(gaz, "Gaza could lay beneath the rubble for a generation.") == ["Gaza"]


# -- what the batch showed and this change leaves ------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="a common-word town ('Bar') after 'sent on to' opening a list is kept only "
                                       "after in/from/near, and a dateline's written country gives no "
                                       "neighbourhood as a US state's does")
def test_a_common_word_port_a_ship_is_sent_to_near_the_dateline(gaz):
    text = "KOTOR, Montenegro — Ships turned away will be sent on to Bar or Dubrovnik, officials said."
    assert "Bar" in locational_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="metonymy: a county that 'has reported' cases (its health bureau) is kept "
                                       "literal, as 'Maricopa County has recorded' in batch 32")
def test_a_county_that_has_reported_cases_is_its_health_bureau(gaz):
    text = "Taiwan has recorded 215 dengue cases. Pingtung County, to the south, has reported four cases."
    assert "Pingtung County" not in locational_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="gazetteer: Alat (Ələt), the Azerbaijani port south of Baku, not held; "
                                       "only Alat in Bukhara")
def test_the_azerbaijani_port_of_alat(gaz):
    assert _place(gaz, "A larger ferry terminal at Alat, south of Baku, opened.", "Alat").country_code == "AZ"


def test_a_bare_korean_county_with_no_korean_context(gaz):
    """Mended in leftovers round 37: a look-alike abroad the story does not support (Xuancheng) gives way to the
    reading spelled as written, the county held under its title (geo/exact_fallbacks.py)."""
    place = _place(gaz, "Firefighters in Sancheong battled the flames through the night.", "Sancheong")
    assert place is not None and place.country_code == "KR"


@pytest.mark.xfail(strict=True, reason="a hazard's noun before a place preposition is read literally: 'a storm on "
                                       "the bond markets' is a figure only the noun after the preposition shows")
def test_a_country_warned_of_a_storm_on_the_markets_is_a_party(gaz):
    text = "Portugal was warned of a storm on the bond markets should the reform stall."
    assert "Portugal" not in locational_names(gaz, text)
