"""Rules found by the conflict probe's twenty-sixth round (theatres it had none or one of: Sri Lanka, Western
Sahara, Algeria, Tunisia, Georgia's boundary line, Tavush, Tubas, south Lebanon, the Nineveh plains, Kandahar's
border, Manipur, Poonch, Cotabato, Highland Papua, Araucania, Santa Cruz, eastern Chad, Ouham-Fafa, Conakry,
Ihorombe, Gorno-Badakhshan, Derry, Upper Nile).

A place named as the far side of a boundary ("along the occupation line with the Y region", "on the border with
Y") is not where the event happened: it ranks after the sentence's other places but before a speaker's seat, and
a sentence that names nothing else keeps it. An agency or a reporter that "reported from" a capital speaks from
it; the passive ("shelling was also reported from X"), the noun ("reports from X") and residents or witnesses
still say where the event was. A South Asian "-kot" town is found under its British-era spelling "-kote". Fire
exchanged with a word between verb and object ("exchanged heavy fire") is a gun battle, not a blaze.
Third review: a wire agency's seat makes no event of its own where the document names a place elsewhere (a
bureau city), and only fire across a border makes its far side the target; what crosses "into X across the
border with Y's Z" came from Z.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym

from eventwatch.geo.boundary_sides import across_the_line
from eventwatch.geo.event_location import beyond_a_line, speaks_from, told_elsewhere
from eventwatch.geo.fort_suffixes import fort_forms


# -- the far side of a boundary line --------------------------------------------------------------------------

def test_the_words_before_a_name_across_a_line_are_read():
    assert across_the_line("two shepherds were held along the occupation line with the ")
    assert across_the_line("troops fired mortars near the border with ")
    assert across_the_line("shelling hit farms on the contact line with ")
    assert not across_the_line("the talks with ")
    assert not across_the_line("shelling hit farms in ")


def test_a_province_beats_the_town_across_the_line_it_lies_on(gaz):
    text = "Soldiers traded fire in Tavush province along the contact line with Gazakh on Monday night."
    assert beyond_a_line(toponym(gaz, text, "Gazakh"))
    assert event_place(gaz, text).country_code == "AM"


# -- an agency reporting from its seat ------------------------------------------------------------------------

def test_an_agency_that_reported_from_a_capital_speaks_from_it(gaz):
    text = "A drone hit a car near Marjayoun on Sunday, the state news agency reported from Beirut."
    assert speaks_from(toponym(gaz, text, "Beirut"))
    assert event_place(gaz, text).name == "Marjayoun"


def test_what_was_reported_from_a_town_happened_there(gaz):
    text = "Heavy shelling was reported from Marjayoun overnight, residents in Beirut said."
    assert not speaks_from(toponym(gaz, text, "Marjayoun"))


# -- "-kote" for "-kot" ---------------------------------------------------------------------------------------

def test_a_kot_town_of_south_asia_gets_its_colonial_spelling():
    assert fort_forms("Rājkot", "IN") == ["Rājkote"]
    assert fort_forms("Shahdad Kot", "PK") == []  # the bare word "Kot" is left alone
    assert fort_forms("Pathānkot", "GB") == []
    assert fort_forms("Lahore", "PK") == []


def test_a_town_written_with_the_colonial_ending_is_found(gaz):
    place = toponym(gaz, "Militants fired on a police patrol near Pathankote on Sunday.", "Pathankote").place
    assert place is not None and (place.name, place.country_code) == ("Pathānkot", "IN")


# -- fire exchanged with a modifier ----------------------------------------------------------------------------

def test_heavy_fire_exchanged_is_a_clash_not_a_blaze(classifier):
    for text in ("Border guards of the two states exchanged heavy fire near the crossing on Friday.",
                 "Police and smugglers traded intense gunfire outside the town overnight."):
        assert classifier.classify(text).label == "ARMED_CLASH", text


# -- review of this round: the far side is its own rank, not a place told elsewhere ----------------------------

def _located_events(resources, text: str) -> list:
    """(event type, place) of each mention the whole pipeline finds in an English report of `text`."""
    import hashlib
    from datetime import datetime

    from eventwatch.model import Document
    from eventwatch.pipeline import process

    doc = Document(id="en" + hashlib.sha1(text.encode()).hexdigest()[:10], sha256="0" * 64, raw=text.encode(),
                   text=text, publisher="Test Monitor", published_at=datetime(2024, 6, 1, 12, 0), language="en")
    return [(m.event_type, m.location) for m in process(resources, doc)]


@pytest.mark.parametrize("text, far_side", [
    ("Gunmen stormed a police station in Peshawar on Monday. On Wednesday, soldiers exchanged fire with "
     "militants along the border with Afghanistan.", "AF"),
    ("Rebels burned a market in Bangassou on Monday. On Thursday, Sudanese troops clashed with militiamen along "
     "the border with Chad.", "TD"),
])
def test_a_sentence_whose_only_place_is_across_a_line_keeps_it_in_the_pipeline(resources, text, far_side):
    # the second event happened somewhere on that line: not at the first sentence's town
    events = _located_events(resources, text)
    assert len(events) == 2, events
    assert events[1][1] is not None and events[1][1].country_code == far_side, events


@pytest.mark.parametrize("text, far_side", [
    ("Two border guards were wounded by sniper fire, the interior ministry said in Bishkek, along the border "
     "with Tajikistan.", "TJ"),
    ("Brigades from Zintan clashed with smugglers along the border with Tunisia on Friday.", "TN"),
])
def test_the_far_side_still_ranks_before_a_speakers_seat_or_a_forces_home(gaz, text, far_side):
    place = event_place(gaz, text)
    assert place is not None and place.country_code == far_side


def test_a_name_across_a_line_is_not_told_elsewhere(gaz):
    text = "Soldiers traded fire in Tavush province along the contact line with Gazakh on Monday night."
    assert beyond_a_line(toponym(gaz, text, "Gazakh")) and not told_elsewhere(toponym(gaz, text, "Gazakh"))


# -- review: only a reporter's "reported from" is a seat ---------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Heavy gunfire was also reported from Kidal in northern Mali on Saturday.", "Kidal"),
    ("Clashes were first reported from Kidal in northern Mali on Saturday.", "Kidal"),
    ("Mortar fire reported from Sirte in central Libya killed a shepherd.", "Sirte"),
    ("Reports from Bentiu said militiamen torched a market in Unity State.", "Bentiu"),
    ("Residents reported from Kadugli that artillery hit the market in South Kordofan.", "Kadugli"),
    ("Witnesses reporting from Kadugli said artillery hit the market in South Kordofan.", "Kadugli"),
    ("Shelling was widely reported from Kadugli, the army said in Khartoum.", "Kadugli"),
])
def test_what_others_reported_from_a_town_happened_there(gaz, text, town):
    assert not speaks_from(toponym(gaz, text, town))
    assert event_place(gaz, text).name == town


@pytest.mark.parametrize("text, seat", [
    ("A drone struck a car near Tyre on Sunday, our correspondent reporting from Beirut said.", "Beirut"),
    ("Militants fired on an army post near Kupwara, AFP reported from Srinagar.", "Srinagar"),
    ("Gunmen burned two schools near Maiduguri, Reuters reported from Abuja.", "Abuja"),
])
def test_a_reporter_or_an_outlet_reports_from_its_seat(gaz, text, seat):
    assert speaks_from(toponym(gaz, text, seat))


@pytest.mark.parametrize("text, town", [
    ("Gunmen killed three herders in Gao on Monday. Reports from Menaka said an air strike killed two "
     "civilians.", "Ménaka"),
    ("Gunmen killed three herders in Gao on Monday. Heavy gunfire that killed a trader was also reported from "
     "Menaka.", "Ménaka"),
])
def test_a_second_event_reported_from_its_town_is_kept_there(resources, text, town):
    events = _located_events(resources, text)
    assert any(place is not None and place.name == town for _, place in events), events


# -- review: more forms of the boundary ---------------------------------------------------------------------

@pytest.mark.parametrize("before", [
    "militiamen were routed near the border with neighbouring ",
    "militiamen were routed near the border with neighboring ",
    "MILITIAMEN WERE ROUTED ALONG THE BORDER WITH ",
    "militiamen were routed along the border with\n",
    "militiamen were routed along the border with\u00a0",
    "two soldiers died on the Line of Control with ",
    "artillery duels along the line of contact with ",
    "smugglers were shot near the border with Syria's ",
])
def test_more_forms_of_a_boundary_put_the_name_across_it(before):
    assert across_the_line(before)


def test_a_place_a_far_country_holds_is_across_the_line_too(gaz):
    text = "Soldiers shot dead two smugglers in northern Jordan near the border with Syria's Daraa province."
    assert beyond_a_line(toponym(gaz, text, "Daraa"))
    assert event_place(gaz, text).country_code == "JO"


def test_a_possessive_away_from_a_boundary_is_not_across_it():
    assert not across_the_line("troops entered Syria's ")
    assert not across_the_line("talks on the border with officials from ")


# -- review: the passive exchange of fire, and what is left ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Heavy fire was exchanged between soldiers and rebels near the bridge overnight.",
    "Fire was exchanged between soldiers and rebels near the bridge overnight.",
])
def test_fire_that_was_exchanged_is_a_clash(classifier, text):
    assert classifier.classify(text).label == "ARMED_CLASH"


@pytest.mark.parametrize("text", [
    "Neighbours exchanged stories about the heavy fire that gutted the depot.",
    "The shop, which traded fire extinguishers, burned down after a heavy fire broke out.",
])
def test_a_fire_beside_some_other_exchange_stays_a_blaze(classifier, text):
    assert classifier.classify(text).label != "ARMED_CLASH"


@pytest.mark.xfail(reason="the lexicon's bare 'traded fire' already reads a debate's sparring as a gun battle; "
                          "telling the figure from the fight needs the doers' classes, not a word list",
                   strict=True)
def test_a_debate_that_traded_heavy_fire_is_no_clash(classifier):
    assert classifier.classify(
        "The two mayoral hopefuls traded heavy fire over housing in Thursday's debate.").label != "ARMED_CLASH"


# -- review: fort_forms keeps the case and ignores padding ---------------------------------------------------

def test_a_fort_form_keeps_the_names_case_and_drops_its_padding():
    assert fort_forms("SIALKOT", "PK") == ["SIALKOTE"]
    assert fort_forms(" Sialkot ", "PK") == ["Sialkote"]


# -- second review: who reports from a town, and fire across a border -------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("MSF reported from Menaka that an air strike killed two civilians.", "Menaka"),
    ("The UNHCR reported from Adre that shelling forced families across the river.", "Adre"),
    ("Journalists reporting from Khan Younis said a drone strike killed two people.", "Khan Younis"),
])
def test_an_aid_group_or_journalists_on_the_ground_do_not_speak_from_the_town(gaz, text, town):
    # only a wire agency or an outlet's own noun files from a seat; an aid group or journalists on the ground
    # report what happened where they are
    assert not speaks_from(toponym(gaz, text, town))


@pytest.mark.parametrize("text, town", [
    ("Gunmen killed three herders in Gao on Monday. MSF reported from Menaka that an air strike killed two "
     "civilians.", "Ménaka"),
    ("AFP reported from Menaka that an air strike killed two civilians.", "Ménaka"),
])
def test_a_sentence_whose_only_place_is_a_reporters_town_keeps_its_event(resources, text, town):
    # an aid group on the ground reports where it is; a wire agency's seat stands for the event only where the
    # document names no other place
    events = _located_events(resources, text)
    assert any(place is not None and place.name == town for _, place in events), events


@pytest.mark.parametrize("text, bureau", [
    ("Gunmen killed three herders near Gao on Monday. AFP reported from Bamako that an air strike killed two "
     "more civilians.", "Bamako"),
    ("Militants shelled a camp in Rafah on Monday. Reuters reported from Cairo that a second strike killed two "
     "more people.", "Cairo"),
    ("Bandits killed five villagers in Zamfara on Monday. Reuters reported from Abuja that gunmen also kidnapped "
     "20 students.", "Abuja"),
])
def test_a_wire_bureau_city_makes_no_event_beside_a_place_named_elsewhere(resources, text, bureau):
    # a wire agency files from a bureau, mostly in the capital: its follow-up sentence continues the event
    # the document placed, it does not invent one in the bureau's city
    events = _located_events(resources, text)
    assert events and all(place is None or place.name != bureau for _, place in events), events


@pytest.mark.parametrize("text, target", [
    ("Militants fired rockets from Lebanon across the border with Israel's Upper Galilee on Monday.", "IL"),
    pytest.param("Gunners shelled villages across the border with Syria's Idlib province from Hatay.", "SY",
                 marks=pytest.mark.xfail(reason="the origin of the fire after 'from' (Hatay) outranks the target "
                                                "of the same tier on its cue; no rule reads a 'from' of fire as "
                                                "the origin", strict=True)),
    ("Militants fired mortars from Afghanistan across the border with Pakistan's Kurram district on Friday.", "PK"),
    ("Troops in Armenia fired across the border with Azerbaijan's Tovuz district.", "AZ"),
])
def test_what_fire_across_a_border_hits_is_the_events_place(gaz, text, target):
    # "across the border with Y's Z" is the direction of fire: Z is the target, not what lies beyond the event
    assert event_place(gaz, text).country_code == target


def test_fire_across_a_border_is_no_far_side():
    assert not across_the_line("rockets were fired across the border with Israel's ")
    assert not across_the_line("troops crossed the border with Congo's ")
    assert across_the_line("shepherds were shot near the border with Syria's ")


@pytest.mark.parametrize("text, near_side", [
    ("Migrants crossed into Greece across the border with Turkey's Edirne province.", "GR"),
    ("A drone crossed into Latvia across the border with Belarus's Vitebsk region.", "LV"),
    ("Herders drove their cattle into Kenya across the border with Uganda's Moroto district.", "KE"),
])
def test_what_moves_across_a_border_came_from_the_far_side(gaz, text, near_side):
    # people, herds or a drone crossing "into X across the border with Y's Z" came from Z: only fire across a
    # border makes its far side the target
    assert event_place(gaz, text).country_code == near_side


def test_only_fire_across_a_border_makes_the_far_side_its_target():
    assert across_the_line("migrants crossed into Greece across the border with Turkey's ")
    assert not across_the_line("gunners shelled positions across the border with Syria's ")
