"""Weapons: category, ban status, and the allegation of banned weapons with no type named."""
import pytest

from eventwatch.extract.weapons import WeaponLexicon, find_weapons
from eventwatch.model import Sentence


def weapons(text, offset=0):
    return find_weapons(Sentence(offset, offset + len(text), text), document_id="d")


def names(text):
    return [(w.name, w.category, w.restricted) for w in weapons(text)]


@pytest.mark.parametrize(
    "text, name, category, restricted",
    [
        ("Helicopters dropped barrel bombs on the village.", "barrel bomb", "air_dropped_bomb", False),
        ("Jets used cluster munitions over the town.", "cluster munition", "cluster_munition", True),
        ("Witnesses described white phosphorus falling on homes.", "white phosphorus", "incendiary", True),
        ("The shells contained napalm.", "napalm", "incendiary", True),
        ("Residents reported a chlorine attack.", "chlorine", "chemical", True),
        ("Investigators confirmed sarin was used.", "sarin", "chemical", True),
        ("The shelling used thermobaric rockets.", "thermobaric weapon", "thermobaric", False),
        ("Forces fired Grad rockets at the camp.", "Grad rocket", "rocket_missile", False),
        ("A cruise missile hit the plant.", "cruise missile", "rocket_missile", False),
        ("A kamikaze drone struck the depot.", "loitering munition", "drone", False),
        ("A roadside bomb killed two soldiers.", "improvised explosive device", "explosive_device", False),
        ("Children were maimed by anti-personnel mines.", "anti-personnel mine", "landmine", True),
        ("Snipers and machine guns opened fire.", "machine gun", "small_arms", False),
        ("Mortar shells landed near the school.", "mortar", "artillery", False),
    ],
)
def test_lexicon_categories_and_bans(text, name, category, restricted):
    assert (name, category, restricted) in names(text)


def test_an_allegation_of_internationally_prohibited_weapons_is_restricted_with_no_type():
    found = weapons("Activists accused the regime of using internationally prohibited weapons.")
    assert [(w.name, w.category, w.restricted, w.raw) for w in found] == [
        ("unspecified prohibited weapon", "unspecified_restricted", True, "internationally prohibited weapons")
    ]


def test_the_specific_name_beats_the_generic_one_inside_it():
    assert [w.name for w in weapons("Warplanes dropped cluster bombs.")] == ["military aircraft", "cluster munition"]


def test_a_modifier_and_its_weapon_are_one_mention():
    found = weapons("Troops fired white phosphorus shells.")
    assert [(w.name, w.raw) for w in found] == [("white phosphorus", "white phosphorus shells")]


def test_platforms_are_kept_as_platforms():
    cats = {w.category for w in weapons("Su-24 jets and T-72 tanks took part, and a warship fired.")}
    assert {"aircraft", "land_platform", "naval_platform"} <= cats


def test_case_keeps_acronyms_and_proper_names_from_firing_on_words():
    assert names("He is a patriot who would tow the car.") == []
    assert ("surface-to-air missile", "rocket_missile", False) not in names("A TOW missile hit the tank.")
    assert ("anti-tank guided missile", "rocket_missile", False) in names("A TOW missile hit the tank.")


def test_evidence_is_absolute():
    w = weapons("They used a car bomb.", offset=50)[0]
    assert (w.evidence.start, w.evidence.end, w.evidence.text, w.evidence.field) == (62, 70, "car bomb", "weapon")


def test_the_loader_rejects_a_restricted_weapon_without_a_treaty(tmp_path):
    path = tmp_path / "w.yaml"
    path.write_text("categories: {chemical: x}\nweapons:\n  - {name: gas, category: chemical, restricted: true}\n")
    with pytest.raises(ValueError, match="treaty"):
        WeaponLexicon.load(str(path))


def test_the_loader_rejects_an_unknown_category(tmp_path):
    path = tmp_path / "w.yaml"
    path.write_text("categories: {chemical: x}\nweapons:\n  - {name: gun, category: firearm}\n")
    with pytest.raises(ValueError, match="category"):
        WeaponLexicon.load(str(path))
