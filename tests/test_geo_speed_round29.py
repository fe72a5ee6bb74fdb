"""Round 29's shortcuts in front of whole-text and per-name searches answer exactly as the searches alone did.

Each shortcut tests, at C speed, something every match of its search must hold, and runs the search only where
that is found: a vessel's kind word before a capital (`vessel_names`), a bracket closed before a capital
(`_bracketed_surnames`), an age after a comma (`_AGE`), a window ending in "in" or "of" (`_owned_before`), a deed
word in the window (`_deed_before`); the web-address pattern opens on its dot instead of a look-behind. Each is
checked against the plain search on invented text, positive and negative cases alike.
"""
from __future__ import annotations

import re

import pytest

from eventwatch.geo import persons, registered_clubs, unknown_names, vessel_names, web_addresses
from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.web_addresses import address_spans

TEXTS = [
    "The ferry Quillan docked at Brenmoor on Monday; later the Quillan was towed to the Osk yard.",
    "Their research vessel Marrow Star left port, and its state ferry Tolly sailed for Ardane at dawn.",
    "The growers ship Velmora apples south, and their trucks ship Corvale pears north.",
    "Ada (Joan and Mary) Harrowgate spoke, then Mrs. (Hal) Penwick; Jordan (Wire) Ardane reported nothing.",
    "Tomas Quill, 34, of Brenmoor and Lia Fenn, 19, were hurt; Ostrava, 12 miles away, was spared.",
    "A stake in Brenmoor Rovers was sold, the owners of Tarvia City said; the SALE OF  Osk United fell through.",
    "Gunmen killed two herders at Kessel in Lowa district; traders gathered at Pellin in Mora county.",
    "A bomb went off near Daro, and fighters OPENED FIRE on Kell; the KİLLİNG at Umba in Sari district.",
    "See quillmoor.ca and news.brenmoor.co.uk, or mail desk@ardane.org; version 2.0.co is no address.",
    "Nothing happened in Ostrava, and the road to Corvale stayed open all week.",
    "",
]


def _plain_vessel_names(text: str) -> dict[str, list[int]]:
    """`vessel_names` without its shortcut: the introductions found by the search alone."""
    saved = vessel_names._may_introduce
    vessel_names._may_introduce = lambda _text: True
    try:
        return dict(vessel_names.vessel_names(text))
    finally:
        vessel_names._may_introduce = saved


@pytest.mark.parametrize("text", TEXTS)
def test_vessel_names_shortcut_finds_the_same_names(text):
    """A story with no kind word before a capital skips the search; where there is one, the same ships."""
    assert dict(vessel_names.vessel_names(text)) == _plain_vessel_names(text)


def test_vessel_shortcut_fires_and_holds_back():
    """The ferry and the research vessel are found; growers who ship apples name no ship."""
    assert "Quillan" in vessel_names.vessel_names(TEXTS[0])
    assert {"Marrow Star", "Tolly"} <= set(vessel_names.vessel_names(TEXTS[1]))
    assert not vessel_names._may_introduce(TEXTS[9])
    assert not vessel_names.vessel_names(TEXTS[2])


@pytest.mark.parametrize("text", TEXTS)
def test_bracketed_surnames_and_ages_as_the_plain_searches(text):
    """The bracket and age shortcuts keep exactly what the plain searches find."""
    plain_ages = [m.group(1) for m in persons._AGE.finditer(text)]
    gated = [m.group(1) for m in persons._AGE.finditer(text)] if persons._AGE_TAIL.search(text) else []
    assert gated == plain_ages
    gate = " (" in text and persons._BRACKET_BEFORE_NAME.search(text) is not None
    assert [m.groups() for m in persons._BRACKETED_GIVEN.finditer(text)] == (
        [m.groups() for m in persons._BRACKETED_GIVEN.finditer(text)] if gate else [])


def test_age_and_bracket_shortcuts_fire_on_two_texts_and_not_on_a_third():
    """Two invented texts give ages and bracketed names; a plain sentence gives neither."""
    assert [m.group(1) for m in persons._AGE.finditer(TEXTS[4])] == ["Quill", "Fenn"]
    assert len(persons._BRACKETED_GIVEN.findall(TEXTS[3])) == 3  # the given names are checked after the search
    surnames = persons._bracketed_surnames(TEXTS[3], load_cues())
    assert {"harrowgate", "penwick"} <= surnames and "ardane" not in surnames  # "Wire" is no given name
    assert persons._bracketed_surnames(TEXTS[9], load_cues()) == set()
    assert persons._AGE_TAIL.search(TEXTS[9]) is None
    assert persons._BRACKET_BEFORE_NAME.search(TEXTS[9]) is None


def _word_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\S+", text)]


@pytest.mark.parametrize("text", TEXTS)
def test_owned_and_deed_windows_as_the_plain_searches(text):
    """At every word of every text, the window shortcuts answer as the anchored searches do."""
    for start in _word_starts(text):
        assert registered_clubs._owned_before(text, start) == (
            registered_clubs._OWNED.search(text, max(0, start - 40), start) is not None)
        assert unknown_names._deed_before(text, start) == (
            unknown_names._LOOSE_ASIDE_DEED.search(text, max(0, start - 80), start) is not None)


def test_window_shortcuts_fire_in_two_wordings_and_not_elsewhere():
    """Ownership before a club in two wordings, and deeds before a village in two (one in capitals with a
    dotted capital I, which a case-blind search reads as "i"); the open road matches neither."""
    owned = TEXTS[5]
    assert registered_clubs._owned_before(owned, owned.index("Brenmoor"))
    assert registered_clubs._owned_before(owned, owned.index("Osk"))
    assert not registered_clubs._owned_before(owned, owned.index("Tarvia") - 4)
    assert unknown_names._deed_before(TEXTS[6], TEXTS[6].index("Kessel"))
    assert unknown_names._deed_before(TEXTS[7], TEXTS[7].index("Umba"))
    assert not unknown_names._deed_before(TEXTS[9], TEXTS[9].index("Corvale"))


_OLD_DOMAIN_END = re.compile(r"(?<=[a-z0-9])\.(?:com|org|net|gov|edu|info|ca|uk|au|nz|ie|us|co|in|za|ng|ke)\b")


@pytest.mark.parametrize("text", TEXTS)
def test_domain_pattern_opening_on_its_dot_finds_the_same_dots(text):
    """The dot-first pattern matches where the look-behind-first one did, and the addresses stay the same."""
    assert [m.span() for m in web_addresses._DOMAIN_END.finditer(text)] == \
        [m.span() for m in _OLD_DOMAIN_END.finditer(text)]


def test_addresses_found_and_decimals_left():
    """Two addresses and a mail address are runs of their own; a version number's ".co" is none."""
    text = TEXTS[8]
    found = [text[a:b] for a, b in address_spans(text)]
    assert "quillmoor.ca" in found and "news.brenmoor.co.uk," in found and "desk@ardane.org;" in found
    assert not any("2.0" in f for f in found)
