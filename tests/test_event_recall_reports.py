"""Short conflict reports of the kinds documenters file every day must each yield an event mention.

Every report here is invented for this test (real places, made-up incidents), one sentence each, in the
wording of press releases and local news: a single victim named by role or office ("a district governor",
"a village chief"), property an armed side burned or destroyed ("burned hundreds of huts"), and the common
report verbs (ambushed, overran, abducted, executed, beheaded, shot dead, lynched). The sentences that
report no event (calls, background, plans) must stay without one, and denials and forecasts must never be
told as asserted events.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.extract.casualties import find_casualties
from eventwatch.extract.classify import EVENT_MIN_SCORE
from eventwatch.model import Document, Sentence
from eventwatch.pipeline import process

PUBLISHED = datetime(2024, 6, 1, 12, 0)

VAC = {"ATTACK"}  # violence against civilians
BATTLE = {"ARMED_CLASH", "ATTACK"}
DESTRUCTION = {"PROPERTY_DISTRUCT"}
ABDUCTION = {"ABDUCT_DISSAP"}
TAKEOVER = {"NON_STATE_ACTOR_OVERTAKES_TER", "ARMED_CLASH"}

# (report, the types a coder could give its first event)
REPORTS = [
    # one victim named by role or office
    ("Gunmen killed a district governor in Baghlan province on Sunday, police said.", VAC),
    ("Gunmen killed a judge in Kirkuk on Thursday, a security source said.", VAC),
    ("Gunmen killed a mayoral candidate in Guerrero on Tuesday, prosecutors said.", VAC),
    ("Gunmen killed a senior provincial official in Helmand on Monday, a police spokesman said.", BATTLE),
    ("Soldiers killed a rebel commander near Bossangoa on Monday, the army said.", {"ARMED_CLASH"}),
    ("Militants killed a tribal elder in Bajaur on Saturday, residents said.", BATTLE),
    ("Unknown assailants killed a primary school teacher near Bunia on Tuesday, a civil society leader said.", VAC),
    ("Gunmen killed an aid worker in Jonglei state on Sunday, the charity said.", VAC),
    ("A local administrator was shot dead by unknown gunmen in Ghazni on Friday, officials said.", VAC),
    ("Gunmen on motorbikes shot dead a village chief in the Bandiagara area of Mopti region on Sunday, "
     "residents said.", VAC),
    ("Armed men hacked a pastor to death in Plateau State on Sunday, a church leader said.", VAC),
    ("Suspected separatists assassinated a traditional ruler in Bamenda on Monday, local media reported.", VAC),
    # property burned, razed, looted or destroyed by an armed side
    ("Militia fighters burned hundreds of huts in the Ituri province on Saturday, a UN official said.", DESTRUCTION),
    ("Janjaweed militiamen burned hundreds of homes in the Masteri area on Friday, an aid agency said.",
     DESTRUCTION),
    ("Rebels destroyed dozens of homes and a school in the village of Nyiragongo on Monday, witnesses said.",
     DESTRUCTION),
    ("Al-Shabaab fighters pillaged a village near Baidoa and burned its granaries on Friday, elders said.",
     DESTRUCTION),
    ("Militiamen torched dozens of houses in the village of Djugu on Friday, according to local authorities.",
     DESTRUCTION),
    ("Armed herders razed farms and crops in Guma local government area of Benue State last week, police said.",
     DESTRUCTION),
    ("Bandits burned down a market and several homes in Zamfara State on Wednesday, residents said.", DESTRUCTION),
    ("Junta troops razed a village in Sagaing region on Thursday, a local resistance group said.", DESTRUCTION),
    # the common report verbs
    ("Fighters from the Islamic State ambushed an army patrol near Palmyra on Wednesday, a war monitor said.",
     {"ARMED_CLASH"}),
    ("Jihadists overran a military post in Boulkessi on 12 May, the army said.", TAKEOVER),
    ("Gunmen abducted a Catholic priest in Kaduna State on Saturday, the diocese said.", ABDUCTION),
    ("Armed men abducted a district commissioner in Kasai on Tuesday, officials said.", ABDUCTION),
    ("Al-Shabaab executed a man accused of spying in Jilib on Monday, residents said.", VAC),
    ("Insurgents beheaded a farmer in Cabo Delgado province last week, local sources said.", VAC),
    ("Unknown attackers beheaded a village chief in Ituri on Wednesday, a local official said.", VAC),
    ("An angry mob lynched a man accused of blasphemy in Punjab province on Saturday, police said.",
     {"MOB_VIOL"}),
    ("Police shot dead a protester in Nairobi on Tuesday, rights groups said.", {"FORCE_AGAINST_PROTEST"}),
]

# Reports with no event in them: a call, a plan, background since a year, a trial, an old unsolved killing.
NON_EVENTS = [
    "Human rights groups urged the government to protect teachers and journalists in the northern provinces.",
    "Armed groups have burned thousands of homes in the province since 2017, according to a UN report.",
    "The judge adjourned the trial of the former governor until next month.",
    "Elders urged young men not to join the armed groups that burn villages.",
    "The killing of a district official last year remains unsolved, his family said.",
    "Local mayors hit the streets with meal deliveries for the elderly on Monday.",
]


def report(text: str) -> Document:
    return Document(id=f"r{abs(hash(text)) % 10**8}", sha256="0" * 64, raw=text.encode(), text=text,
                    publisher="Test Monitor", published_at=PUBLISHED, language="en")


@pytest.fixture(scope="module")
def mentions_of(resources):
    return lambda text: process(resources, report(text))


@pytest.mark.parametrize("text,types", REPORTS, ids=[t[:40] for t, _ in REPORTS])
def test_each_report_yields_an_asserted_event_of_a_fitting_type(mentions_of, text, types):
    ms = mentions_of(text)
    assert ms, "no event mention"
    assert ms[0].event_type in types
    assert ms[0].modality in ("asserted", "alleged")


@pytest.mark.parametrize("text", NON_EVENTS, ids=[t[:40] for t in NON_EVENTS])
def test_sentences_that_report_no_event_stay_without_a_mention(mentions_of, text):
    assert mentions_of(text) == []


def test_a_denied_burning_is_told_as_denied_not_as_fact(mentions_of):
    ms = mentions_of("The army denied that its soldiers had burned any homes in the district.")
    assert all(m.modality == "denied" for m in ms)


def test_a_forecast_takeover_is_told_as_possible_not_as_fact(mentions_of):
    ms = mentions_of("Analysts warned that jihadists could overrun more military posts before the rainy season.")
    assert all(m.modality == "hypothetical" for m in ms)


def test_homes_destroyed_by_a_flood_or_a_fire_keep_the_disaster_type(mentions_of):
    flood = mentions_of("Floods destroyed dozens of homes in the district on Monday, officials said.")
    fire = mentions_of("A fire destroyed several shops in the central market on Sunday night, firefighters said.")
    assert [m.event_type for m in flood] == ["NATURAL_DISASTER"]
    assert [m.event_type for m in fire] == ["MAN_MADE_DISASTER"]


def test_an_air_force_destroying_buildings_is_no_property_destruction(classifier):
    text = "Government warplanes destroyed several buildings in the rebel-held town on Tuesday."
    assert classifier.classify(text).label == "AIR_STRIKE"


def test_vehicles_an_armed_side_destroys_are_not_read_as_property_destroyed(classifier):
    """Forces that destroy vehicles are mostly fighting whoever drove them: "destroyed" stays a weak cue."""
    text = "Troops destroyed several rebel vehicles near the border on Tuesday."
    homes = "Troops destroyed several homes near the border on Tuesday."
    assert classifier.classify(text).scores.get("PROPERTY_DISTRUCT", 0) < EVENT_MIN_SCORE
    assert classifier.classify(homes).label == "PROPERTY_DISTRUCT" and classifier.is_event(homes)


def test_a_month_named_may_does_not_make_a_report_hypothetical(mentions_of):
    ms = mentions_of("Militants attacked a police post in Mandera on 3 May, the county commissioner said.")
    assert ms and ms[0].modality != "hypothetical"
    assert mentions_of("Officials said militants may attack police posts in Mandera.")[0].modality == "hypothetical"


# --- the toll of one victim named by office or trade ---------------------------------------------------------


def killed_and_abducted(text: str) -> tuple:
    c = find_casualties(Sentence(0, len(text), text))
    return (c.killed.best if c.killed else None, c.abducted.best if c.abducted else None)


@pytest.mark.parametrize("text,expected", [
    ("Unidentified gunmen killed a district official in the town on Monday.", (1, None)),
    ("Insurgents beheaded a farmer near the river last week.", (1, None)),
    ("A mob lynched a shopkeeper in the market on Sunday.", (1, None)),
    ("Cartel gunmen executed a mayor on Sunday.", (1, None)),
    ("Rebels kidnapped an engineer working on the dam on Friday.", (None, 1)),
    ("Militiamen abducted a village administrator on Monday.", (None, 1)),
])
def test_one_person_named_by_office_or_trade_is_one_victim(text, expected):
    assert killed_and_abducted(text) == expected


def test_an_official_who_speaks_is_not_counted():
    text = "Gunmen killed two soldiers at a checkpoint, a senior official said."
    assert killed_and_abducted(text) == (2, None)
