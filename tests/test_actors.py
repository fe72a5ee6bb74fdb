"""Actors: neutral canonical names for every side's words, roles, and civilian targeting."""
import pytest

from eventwatch.extract.actors import ActorRegistry, civilian_targeting, find_actors
from eventwatch.model import Sentence


@pytest.fixture(scope="module")
def registry():
    return ActorRegistry.load()


@pytest.fixture(scope="module")
def nlp(english):
    return english


def actors(registry, text, doc=None, **kw):
    return find_actors(registry, Sentence(0, len(text), text), document_id="d", doc=doc, **kw)


def named(found):
    return [(a.name, a.role) for a in found]


@pytest.mark.parametrize(
    "alias, canonical",
    [
        ("Assad's gangs", "Military Forces of Syria"),
        ("Assad militias", "Military Forces of Syria"),
        ("regime forces", "Military Forces of Syria"),
        ("Russian occupation forces", "Military Forces of Russia"),
        ("Turkish occupation army", "Military Forces of Turkey"),
        ("Turkish-backed factions", "Syrian National Army"),
        ("Hashd al-Shaabi", "Popular Mobilization Forces"),
        ("Daesh", "Islamic State"),
        ("Janjaweed", "Rapid Support Forces"),
        ("Tatmadaw", "Military Forces of Myanmar"),
        ("Kiev regime forces", "Military Forces of Ukraine"),
        ("قوات النظام", "Military Forces of Syria"),
        ("هيئة تحرير الشام", "Hayat Tahrir al-Sham"),
    ],
)
def test_partisan_labels_and_arabic_names_map_to_neutral_names(registry, alias, canonical):
    found = actors(registry, f"Yesterday {alias} attacked the village.")
    assert found[0].name == canonical
    assert found[0].raw == alias


def test_every_registry_entry_has_a_valid_inter_code(registry):
    for e in registry.entries:
        assert e.kind == "reporter" or e.inter in range(1, 9)


def test_matching_is_longest_and_word_bounded(registry):
    spans = [(s, e, entry.name) for s, e, entry in registry.match("The US-led coalition hit ISIS positions, not Isis.")]
    assert (4, 20, "Global Coalition against Daesh (US-led)") in spans
    assert [n for _, _, n in spans].count("Islamic State") == 1  # "Isis" in lower case is not the acronym


def test_acronyms_need_capitals(registry):
    assert actors(registry, "It is time to act.") == []


def test_nationality_forces_pattern_names_the_state(registry):
    found = actors(registry, "Nigerien soldiers clashed with Malian troops.")
    assert ("Military Forces of Niger", "actor1") in named(found)
    assert ("Military Forces of Mali", "actor2") in named(found)
    assert actors(registry, "American warplanes struck a convoy.")[0].name == "Military Forces of the United States"


def test_generic_police_protesters_and_civilians_take_the_event_country(registry):
    found = actors(registry, "Police arrested 23 protesters in the capital.", country="Iraq")
    assert named(found) == [("Police Forces of Iraq", "actor1"), ("Protesters (Iraq)", "actor2")]
    assert found[0].type == "State Forces" and found[1].inter == 6


def test_unknown_gunmen_are_an_unidentified_armed_group(registry):
    found = actors(registry, "Unknown gunmen abducted three aid workers in HTS-held Idlib.")
    assert named(found) == [
        ("Unidentified Armed Group", "actor1"),
        ("Civilians", "actor2"),
        ("Hayat Tahrir al-Sham", "associated"),
    ]


def test_a_government_terrorist_label_is_kept_honest(registry):
    found = actors(registry, "Armed terrorist groups attacked a checkpoint.")
    assert found[0].name == "Unidentified Armed Group (labelled terrorist by source)"
    assert found[0].raw == "Armed terrorist groups"


def test_a_terrorist_label_that_names_its_group_is_that_group(registry):
    found = actors(registry, "Terrorist groups such as Jabhat al-Nusra shelled the city.")
    assert named(found) == [("Jabhat al-Nusra", "actor1")]


def test_foreign_state_forces_are_external_in_another_country(registry):
    found = actors(registry, "Russian warplanes bombed the town.", country="Syria")
    assert (found[0].inter, found[0].type) == (8, "External/Other Forces")
    assert actors(registry, "Russian warplanes bombed the town.")[0].inter == 1


def test_reporters_are_not_event_actors(registry):
    assert actors(registry, "SOHR reported clashes.") == []


@pytest.mark.parametrize("use_parse", [False, True])
def test_roles_attacker_and_civilian_target(registry, nlp, use_parse):
    text = "Assad's gangs shelled the old market, killing between 32 and 60 civilians."
    found = actors(registry, text, nlp(text) if use_parse else None)
    assert named(found) == [("Military Forces of Syria", "actor1"), ("Civilians", "actor2")]
    assert civilian_targeting(found, text)


@pytest.mark.parametrize("use_parse", [False, True])
def test_passive_agent_is_the_initiator_and_the_speaker_is_left_out(registry, nlp, use_parse):
    text = "Five civilians were killed by Russian warplanes, the Syrian Civil Defence said."
    found = actors(registry, text, nlp(text) if use_parse else None)
    assert named(found) == [("Civilians", "actor2"), ("Military Forces of Russia", "actor1")]


@pytest.mark.parametrize("use_parse", [False, True])
def test_clashes_between_two_sides(registry, nlp, use_parse):
    text = "Clashes between HTS and the Syrian National Army erupted in the north."
    found = actors(registry, text, nlp(text) if use_parse else None)
    assert named(found) == [("Hayat Tahrir al-Sham", "actor1"), ("Syrian National Army", "actor2")]


@pytest.mark.parametrize("use_parse", [False, True])
def test_nationality_modifying_an_attack_noun(registry, nlp, use_parse):
    text = "A Turkish drone strike hit YPG positions."
    found = actors(registry, text, nlp(text) if use_parse else None)
    assert named(found)[0] == ("Military Forces of Turkey", "actor1")
    assert ("People's Protection Units (YPG)", "actor2") in named(found)


def test_civilian_targeting_false_when_armed_groups_fight(registry):
    text = "Turkish-backed factions clashed with the SDF."
    assert not civilian_targeting(actors(registry, text), text)


def test_the_loader_validates_inter_codes(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("actors:\n  - {name: X, inter: 9, aliases: [x]}\n")
    with pytest.raises(ValueError, match="inter"):
        ActorRegistry.load(str(path))


@pytest.mark.parametrize("text, canonical", [
    ("Overnight al-Qaida in Iraq attacked a police post.", "Al-Qaeda in Iraq"),
    ("Yesterday AQIM attacked a convoy near the border.", "Al-Qaeda in the Islamic Maghreb"),
    # the acronym as written, not the plural of "AQI" that folds to the same letters
    ("Yesterday AQIS attacked a police post.", "Al-Qaeda in the Indian Subcontinent"),
])
def test_an_affiliate_named_after_a_region_is_the_affiliate_not_its_parent(registry, text, canonical):
    found = actors(registry, text)
    assert found[0].name == canonical
    assert next(e for e in registry.entries if e.name == canonical).parent == "Al-Qaeda"


@pytest.mark.parametrize("text, written, canonical", [
    ("قصفت الطائرات مواقع لقوات النظام في الريف", "قوات النظام", "Military Forces of Syria"),
    ("تقدمت فصائل المعارضة وقوات النظام تنسحب", "قوات النظام", "Military Forces of Syria"),
    ("اشتباكات بين هيئة تحرير الشام وقوات سوريا الديمقراطية", "قوات سوريا الديمقراطية", "Syrian Democratic Forces"),
    # warplanes named by their nationality adjective after the noun, and the regime's aircraft
    ("شن الطيران الحربي الروسي غارات على البلدة", "الطيران الحربي الروسي", "Military Forces of Russia"),
    ("ألقت مروحيات النظام براميل متفجرة", "مروحيات النظام", "Military Forces of Syria"),
])
def test_an_arabic_name_after_a_joined_clitic_is_found_without_the_clitic(registry, text, written, canonical):
    found = {(text[s:e], entry.name) for s, e, entry in registry.match(text)}
    assert (written, canonical) in found
