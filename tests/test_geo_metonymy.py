"""Metonymy: a place name standing for its government, people or team is kept as a name but is no place.

Texts written for these tests; the gazetteer is the bundled default one. Every signal is checked on both
sides: the actor reading it must catch and a literal reading beside it that it must leave alone. An event's
place is chosen among locational names only, so "Moscow said" must never become where shelling happened.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwatch.geo import geoparse
from eventwatch.geo.associative import inflections, load_associative
from eventwatch.geo.event_location import choose_event_location



def reading(gaz, text: str, name: str) -> bool:
    """Whether `name` is read as a place (locational) in `text`."""
    hits = [t for t in geoparse(gaz, text) if t.text == name]
    assert hits, f"{name!r} not recognised in {text!r}"
    return hits[0].locational


@pytest.mark.parametrize("text, name", [
    ("The sanctions imposed by Canada took effect on Monday.", "Canada"),
    ("Observers criticised the position taken by Portugal at the summit.", "Portugal"),
    ("A request by Egypt for more time was refused.", "Egypt"),
])
def test_the_doer_after_by_is_an_actor(gaz, text, name):
    assert reading(gaz, text, name) is False


@pytest.mark.parametrize("text, name", [
    ("The valley is bordered by Syria to the east.", "Syria"),
    ("Shares were owned by a Texas-based fund.", "Texas"),
])
def test_land_after_by_stays_a_place(gaz, text, name):
    assert reading(gaz, text, name) is True


@pytest.mark.parametrize("text, name", [
    ("Officials agreed to sell Egypt twenty helicopters.", "Egypt"),
    ("The shipment went to NATO ally Norway last week.", "Norway"),
    ("The loan will help Jordan build new schools.", "Jordan"),
    ("The treaty allowed the UK to export more lamb.", "UK"),
])
def test_a_recipient_a_named_ally_or_a_helped_doer_is_an_actor(gaz, text, name):
    assert reading(gaz, text, name) is False


@pytest.mark.parametrize("text, name", [
    ("Analysts wonder why Chile became involved in the dispute.", "Chile"),
    ("Kenya remains committed to the ceasefire.", "Kenya"),
    ("Peru has led the negotiations since March.", "Peru"),
    ("Peru continued to deny the reports.", "Peru"),
])
def test_an_agents_attitude_or_deed_after_a_verb_of_being_or_aspect_makes_an_actor(gaz, text, name):
    assert reading(gaz, text, name) is False


def test_a_verb_of_aspect_alone_does_not_make_a_country_act(gaz):
    assert reading(gaz, "China continued to make up most new capacity.", "China") is True


@pytest.mark.parametrize("text, name", [
    ("Italy and Greece share the same concerns about migration.", "Italy"),
    ("Italy and Greece share the same concerns about migration.", "Greece"),
    ("The United States values Ghana's role in the region.", "United States"),
])
def test_countries_before_a_verb_and_its_object_are_actors(gaz, text, name):
    assert reading(gaz, text, name) is False


@pytest.mark.parametrize("text, name", [
    ("Threats to Turkey include the border war.", "Turkey"),
    ("Fighting in Syria killed the driver.", "Syria"),
])
def test_a_name_governed_by_a_preposition_is_not_the_subject_of_the_next_verb(gaz, text, name):
    assert reading(gaz, text, name) is True


@pytest.mark.parametrize("text, name", [
    ("The former Minister of Foreign Affairs of Kazakhstan arrived on Monday.", "Kazakhstan"),
    ("He works at the Embassy of the Republic of Latvia in Oslo.", "Latvia"),
    ("Relations between the Republic of Moldova and the Holy See improved.", "Moldova"),
    ("Relations between NATO and Finland remain close.", "Finland"),
    ("The council is engaging with Egypt and with Jordan.", "Jordan"),
])
def test_an_office_or_a_relation_of_a_polity_makes_it_an_actor(gaz, text, name):
    assert reading(gaz, text, name) is False


def test_a_place_named_after_an_office_phrase_stays_a_place(gaz):
    assert reading(gaz, "He works at the Embassy of the Republic of Latvia in Oslo.", "Oslo") is True


@pytest.mark.parametrize("text, name", [
    ("The UK Foreign Secretary flew to Riyadh.", "UK"),
    ("She holds a valid UK driving licence.", "UK"),
    ("Reports say US drones were flying over the area.", "US"),
])
def test_a_name_before_a_title_a_state_paper_or_a_weapon_is_a_modifier(gaz, text, name):
    assert reading(gaz, text, name) is False


def test_the_place_after_a_title_stays_a_place(gaz):
    assert reading(gaz, "The UK Foreign Secretary flew to Riyadh.", "Riyadh") is True


@pytest.mark.parametrize("text, name", [
    ("The report notes Tunisia's reluctant attitude towards its neighbours.", "Tunisia"),
    ("The fund shows both the EU's and Japan's commitment to recycling.", "EU"),
    ("Critics point to Putin's Russia and its allies.", "Russia"),
])
def test_a_possessive_of_attitude_or_a_rulers_country_is_an_actor(gaz, text, name):
    assert reading(gaz, text, name) is False


@pytest.mark.parametrize("text, name", [
    ("Economists say Ohio's growth rate has slowed.", "Ohio"),
    ("Ohio's economy grew by two percent.", "Ohio"),
    ("Google's London office opened in May.", "London"),
])
def test_a_places_economy_or_a_companys_site_stays_a_place(gaz, text, name):
    assert reading(gaz, text, name) is True


def test_a_country_closing_an_airlines_name_is_part_of_it(gaz):
    assert reading(gaz, "Passengers complained about Air Zimbabwe and its delays.", "Zimbabwe") is False


def test_an_actor_is_never_an_events_place(gaz):
    text = "Moscow said the shelling in Aleppo killed five people."
    toponyms = geoparse(gaz, text)
    place = choose_event_location(toponyms, 0, len(text))
    assert place is not None and place.name == "Aleppo"
    assert not next(t for t in toponyms if t.text == "Moscow").locational


def test_an_actor_alone_gives_an_event_no_place(gaz):
    text = "The sanctions imposed by Canada hurt exporters."
    assert choose_event_location(geoparse(gaz, text), 0, len(text)) is None


def test_every_word_list_must_be_present_lower_case_and_without_repeats(tmp_path):
    from eventwatch.geo.derive import DATA_DIR

    raw = yaml.safe_load(Path(DATA_DIR, "associative.yaml").read_text(encoding="utf-8"))
    for key, bad in (("agentive_predicates", None), ("clause_verbs", ["Said"]), ("copulas", ["is", "is"])):
        broken = dict(raw)
        if bad is None:
            broken.pop(key)
        else:
            broken[key] = bad
        path = tmp_path / f"{key}.yaml"
        path.write_text(yaml.safe_dump(broken), encoding="utf-8")
        with pytest.raises(ValueError):
            load_associative(str(path))


# -- a seat of government as the subject of a verb of stance, policy or decision ---------------------------


@pytest.mark.parametrize("text, name", [
    ("Damascus denied the attack on Monday.", "Damascus"),
    ("Ankara threatened an offensive against the militia.", "Ankara"),
    ("Kyiv rejects the proposal.", "Kyiv"),
    ("Baghdad relies on local militias to hold the line.", "Baghdad"),
    ("Tehran has repeatedly rejected the accusation.", "Tehran"),
    ("Cairo does not want a new war.", "Cairo"),
    ("Ankara is seeking guarantees before any vote.", "Ankara"),
    ("Moscow maintains a large garrison in Tartus.", "Moscow"),
    ("Russia calls on the council to act.", "Russia"),
    ("Turkey, which opposes the plan, walked out.", "Turkey"),
    ("Chad and Niger reject the new border plan.", "Niger"),
    ("With Moscow backing the rebels, the talks stalled.", "Moscow"),
])
def test_a_seat_of_government_that_takes_a_stance_is_an_actor(gaz, text, name):
    assert reading(gaz, text, name) is False


@pytest.mark.parametrize("text, name", [
    ("Artillery shelling hit Damascus overnight.", "Damascus"),
    ("Rebels entered Damascus at dawn.", "Damascus"),
    ("Syria was hit by floods.", "Syria"),
    ("Iraq recorded 40 murders last month.", "Iraq"),
    ("Texas leads the nation in new jobs.", "Texas"),
    ("Ohio topped the list of states for new plants.", "Ohio"),
    ("Officials in northern Syria reject the plan.", "Syria"),
    ("A poll of voters in suburban Atlanta calls for new roads.", "Atlanta"),
    ("With Aleppo burning, thousands fled.", "Aleppo"),
    ("Raids on markets in Egypt and Jordan aim to scare traders.", "Jordan"),
    ("Tankers flew to Ramstein Air Base, Germany to support the airlift.", "Germany"),
    ("Moscow maintains a large garrison in Tartus.", "Tartus"),
])
def test_what_befalls_a_place_its_figures_and_a_verb_of_another_subject_leave_it_a_place(gaz, text, name):
    assert reading(gaz, text, name) is True


@pytest.mark.parametrize("text", [
    "Syria is considered a failed state.",  # a passive: what others think of the place
    "Nigeria's new roads were opened.",
])
def test_a_passive_or_a_plain_noun_does_not_make_a_country_act(gaz, text):
    assert reading(gaz, text, text.split()[0].split("'")[0]) is True


@pytest.mark.parametrize("text, name", [
    ("Western governments accused Damascus of using chemical weapons.", "Damascus"),
    ("Donors pressured Moscow over the prisoner swap.", "Moscow"),
    ("The old regime defied the US through years of sanctions.", "US"),
])
def test_the_party_a_verb_of_stance_is_aimed_at_is_an_actor(gaz, text, name):
    assert reading(gaz, text, name) is False


def test_a_place_inside_the_noun_phrase_after_a_verb_of_stance_stays_a_place(gaz):
    assert reading(gaz, "The report blamed the US obesity epidemic on diet.", "US") is True


# -- possessives, modifiers, predicates and relations of stance ---------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Turkey's position on the pipeline hardened.", "Turkey"),
    ("Jordan's allies pledged more aid.", "Jordan"),
    ("Iran's response was swift.", "Iran"),
    ("Analysts noted growing US disinterest in Africa.", "US"),
    ("Arabic is an official Iraq language.", "Iraq"),
    ("Amman has grown reliant on Gulf loans.", "Amman"),
    ("Egypt is wary of the new dam.", "Egypt"),
    ("The war with Armenia ended in a truce.", "Armenia"),
    ("Tensions between Kiev and Moscow rose again.", "Moscow"),
    ("The dispute with Qatar dragged on.", "Qatar"),
])
def test_a_stance_a_relation_or_an_attitude_makes_a_country_an_actor(gaz, text, name):
    assert reading(gaz, text, name) is False


def test_the_land_a_country_borders_stays_a_place(gaz):
    assert reading(gaz, "The border with Syria is closed.", "Syria") is True


@pytest.mark.parametrize("text, actor, place", [
    ("Damascus denied the attack on the market in Douma.", "Damascus", "Douma"),
    ("Ankara insists that the offensive in Afrin will continue.", "Ankara", "Afrin"),
])
def test_an_event_is_placed_at_the_place_not_at_the_capital_that_speaks(gaz, text, actor, place):
    toponyms = geoparse(gaz, text)
    chosen = choose_event_location(toponyms, 0, len(text))
    assert chosen is not None and chosen == next(t for t in toponyms if t.text == place).place
    assert not next(t for t in toponyms if t.text == actor).locational


def test_a_stance_verbs_forms_are_derived_by_spelling_rules():
    assert inflections("rely") == {"rely": "plain", "relies": "s", "relied": "past", "relying": "ing"}
    assert {"expels", "expelled", "expelling"} <= set(inflections("expel"))
    assert inflections("recognise")["recognised"] == "past"
    assert load_associative().stance_forms["sought"] == ("seek", "past")


@pytest.mark.parametrize("key, bad", [
    ("nounlike_verbs", ["teleport"]),  # not among the stance verbs
    ("party_verbs", ["Condemn"]),
    ("stance_verb_pasts", {"seek": "sought"}),
    ("verb_particles", {"teleport": ["on"]}),
])
def test_the_stance_word_classes_are_checked_on_load(tmp_path, key, bad):
    from eventwatch.geo.derive import DATA_DIR

    raw = yaml.safe_load(Path(DATA_DIR, "associative.yaml").read_text(encoding="utf-8"))
    raw[key] = bad
    path = tmp_path / "associative.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(ValueError):
        load_associative(str(path))


@pytest.mark.parametrize("text, name", [
    ("The renewed offensive threatened Aleppo and its countryside.", "Aleppo"),
    ("Heavy fighting threatens Khartoum's southern suburbs.", "Khartoum"),
])
def test_what_a_threat_hangs_over_stays_a_place(gaz, text, name):
    assert reading(gaz, text, name) is True


def test_a_party_accused_by_another_is_still_an_actor(gaz):
    assert reading(gaz, "Britain accuses Russia of sabotage.", "Russia") is False
