"""Cheap tests in front of the geoparser's per-name searches answer exactly as the searches alone did.

A name is asked whether a preposition governs a possessor before it (`governed_possessor`) and whether it is a
statement's seat (`speaks_from`); each search ends at the name in spaces after a fixed word, so a name without
such an ending skips it. Whether people fled, were carried or arrived there (`taken_to`, `arrived_at`) is
searched only where the words before the name hold a word those searches need (geo/word_prechecks.py); a
street address before a town's name (`town_ground`) only where a comma ends the words before it. The registered clubs' words are remembered by the registry object rather than by its
value (hashing every home of the registry twice a document). Each is checked here against the plain way on
invented text.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo import event_location as el
from eventwatch.geo.country_rivals import _ADDRESS_BEFORE, _PERSON_AFTER, town_ground
from eventwatch.geo.destinations import _ARRIVAL_BEFORE, arrived_at
from eventwatch.geo.associative import _CLOSE_PREPOSITIONS, _GOVERNED_POSSESSOR, _PREPOSITIONS, governed_possessor
from eventwatch.geo.registered_clubs import _club_words
from eventwatch.geo.sports_teams import TeamHome, TeamRegistry, load_sports_teams
from eventwatch.geo.word_prechecks import CASE_BLIND_LETTERS, case_folded, may_hold
from conftest import toponym

TEXTS = [
    "Scouts from Norland's Brill County and riders at Tarvia’s  Upper Osk were watching the race.",
    "The envoy said in Velmora that talks would go on; officials from the Quenby ministry in Ardane agreed.",
    "Police in Corvale said two people died, the health workers in Ostrava told reporters on Monday.",
    "A statement from the Kessel Observatory in Brunnhold, issued by phone from Delft, said the roads were shut.",
    "Kenya's\u00a0Nakuru and Lira’s\tGulu: a band from Arua's\nnorth played in the Ugandan town of Lira.",
    "قالت لجان المقاومة في الفاشر إن القصف طال سوق مدينة نيالا وريف كادقلي.",
    "ذكرت تنسيقية نيالا أن القصف طال سوق كادقلي وريف الفاشر.",
    "Residents FROM Tamale's Bolga road fled to camps IN THE Wa district, the Ghana Red Cross said in Accra.",
    "Its  in   Yendi.  From Bawku, then the Navrongo-based radio, said the office of the Governor in Salaga.",
]


def _governed_by_search(text: str, start: int) -> bool:
    m = _GOVERNED_POSSESSOR.search(text, max(0, start - 80), start)
    return m is not None and (m.group(1) in _PREPOSITIONS or m.group(1) in _CLOSE_PREPOSITIONS)


@pytest.mark.parametrize("text", TEXTS)
def test_a_governed_possessor_is_found_at_every_position_as_the_search_alone_finds_it(text):
    assert [governed_possessor(text, k) for k in range(len(text) + 1)] == \
        [_governed_by_search(text, k) for k in range(len(text) + 1)]


def test_the_possessor_test_still_finds_a_possessor_after_a_preposition():
    text = "Scouts from Norland's Brill County were watching."
    assert governed_possessor(text, text.index("Brill"))
    assert not governed_possessor("Norland's Brill County", len("Norland's "))  # no preposition before it


def _speaks_from_by_search(toponym) -> bool:
    found = el._in_sentence(toponym)
    if found is None:
        return False
    sentence, at, end = found
    before, after = sentence[max(0, at - 80) : at], sentence[end : end + 8]
    return bool(el._SPEAKER_BEFORE.search(before) or el._SEAT_BEFORE.search(before) or el._BASED_AFTER.match(after)
                or el._FORCE_BEFORE.search(before) and el._SPEECH_AFTER.match(sentence, end)
                or el._ARABIC_SPEAKER_BEFORE.search(before))


@pytest.mark.parametrize("text", TEXTS)
def test_a_statements_seat_is_read_for_every_name_as_the_searches_alone_read_it(gaz, text):
    toponyms = geoparse(gaz, text)
    assert toponyms
    assert [el.speaks_from(t) for t in toponyms] == [_speaks_from_by_search(t) for t in toponyms]


def test_a_seat_after_in_from_or_the_in_any_case_is_still_a_statements_seat(gaz):
    text = "Fighting hit Kidal on Friday, officials said IN Gao."
    assert el.speaks_from(toponym(gaz, text, "Gao"))


def test_club_words_are_the_registrys_homes_words_and_kept_for_the_registry_object():
    registry = load_sports_teams()
    words = _club_words(registry)
    expected: dict[str, list[str]] = {}
    for home in registry.homes:
        expected.setdefault(home.place, []).extend(home.after)
    assert words == {place: tuple(after) for place, after in expected.items()}
    assert _club_words(registry) is words  # read once per registry, not once per document


def test_an_equal_registry_made_anew_gets_the_same_club_words_and_another_registry_its_own():
    home = TeamHome(place="Ardane", country="GB", admin1="", level="town", after=("Rovers", "Athletic"), before=())
    one = TeamRegistry(homes=(home,), name_tails=frozenset())
    again = TeamRegistry(homes=(home,), name_tails=frozenset())
    other = TeamRegistry(homes=(TeamHome(place="Velmora", country="GB", admin1="", level="town", after=("United",), before=()),),
                         name_tails=frozenset())
    assert _club_words(one) == _club_words(again) == {"Ardane": ("Rovers", "Athletic")}
    assert _club_words(other) == {"Velmora": ("United",)}
    assert _club_words(one) == {"Ardane": ("Rovers", "Athletic")}


# -- where people went: fleeing, carrying and arriving ------------------------------------------------------

DESTINATION_TEXTS = [
    "Fighting in Kidal forced hundreds of families to flee to camps in Gao, Ansongo and Menaka.",
    "A shell hit a bakery in Dilling, and the wounded were RUSHED TO the clinic in Kadugli.",
    "After the raid on Beni, survivors fled towards Butembo and Lubero town, the army said in Goma.",
    "Relief convoys reached Tawila on Monday; more than 900 displaced people arrived in Tawila from Kutum.",
    "The displaced sought shelter in the schools of Mopti, while villagers took refuge at Sévaré.",
    "Residents were airlifted to Bunia, then Brought to Aru; evacuees are sheltering in Mahagi.",
    "Civilians ſought ſafety in Bor and the wounded were taken to hospitals in Juba after the attack on Yei.",
    "Survivors were evacuated to Ndele, and Birao came under fire as Kaga-Bandoro stayed calm.",
    "نزوح عشرات العائلات نحو مدينة الفاشر بعد قصف كتم، ونقل المصابين إلى مستشفى نيالا.",
    "Police in Maroua said the market in Mora burned; the raid on Kolofata killed three.",
]


def _taken_to_by_search(toponym) -> bool:
    found = el._in_sentence(toponym)
    if found is None:
        return False
    sentence, at, end = found
    before = sentence[max(0, at - 120) : at]
    for _ in range(4):
        if el._DESTINATION_BEFORE.search(before[-80:]) is not None:
            return True
        if el._LIST_GOES_ON.match(sentence, end) is None:
            return False
        member = el._LIST_MEMBER_BEFORE.search(before)
        if member is None:
            return False
        before = before[: member.start()]
    return False


@pytest.mark.parametrize("text", DESTINATION_TEXTS)
def test_a_destination_is_read_for_every_name_as_the_searches_alone_read_it(gaz, text):
    toponyms = geoparse(gaz, text)
    assert toponyms
    assert [el.taken_to(t) for t in toponyms] == [_taken_to_by_search(t) for t in toponyms]


@pytest.mark.parametrize("text", DESTINATION_TEXTS)
def test_an_arrival_is_read_at_every_position_as_the_search_alone_reads_it(text):
    for at in range(len(text) + 1):
        assert arrived_at(text, at) == (_ARRIVAL_BEFORE.search(text[max(0, at - 90) : at]) is not None), at


def test_the_destinations_are_still_found_where_people_fled_were_carried_or_arrived(gaz):
    assert el.taken_to(toponym(gaz, DESTINATION_TEXTS[0], "Gao"))
    assert el.taken_to(toponym(gaz, DESTINATION_TEXTS[1], "Kadugli"))  # the verb in capitals
    assert not el.taken_to(toponym(gaz, DESTINATION_TEXTS[1], "Dilling"))
    text = DESTINATION_TEXTS[3]
    assert arrived_at(text, text.rindex("Tawila"))
    assert not arrived_at(text, text.index("Tawila"))


def test_the_case_blind_letters_are_every_character_the_engine_matches_to_an_ascii_letter_lower_does_not_give():
    every = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF)
    found = {}
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for ch in re.findall("(?i)" + letter, every):
            if ch.lower() != letter:
                found[ch] = letter
    assert found == CASE_BLIND_LETTERS


def test_a_folded_window_holds_a_word_wherever_a_case_blind_search_finds_it():
    for window in ("FLED TO", "ſought refuge in", "DİSPLACED people", "dısplaced", "Kelvin \u212aaken", "plain"):
        folded = case_folded(window)
        assert len(folded) == len(window)
        for word in ("fled", "sought", "displaced", "kaken", "taken"):
            if re.search("(?i)" + word, window):
                assert may_hold(folded, (word,)), (window, word)


# -- a street address before a town's name --------------------------------------------------------------------

ADDRESS_TEXTS = [
    "Firefighters were called to 18 W. Alder Rd., Marlow, and to 4B North Quarry Lane,  Fenwick on Friday.",
    "The shop at 221 Copperfield Avenue,\u00a0Dunmore, closed; a Dunmore man said so at 3 Hill St.\nHarlow",
    "No address here, Marlow and Fenwick, nor at 12 Elm Court Fenwick without its comma.",
]


@pytest.mark.parametrize("text", ADDRESS_TEXTS)
def test_a_towns_ground_after_an_address_is_read_as_the_search_alone_reads_it(text):
    spans = [SimpleNamespace(start=m.start(), end=m.end(), norm=m.group(0).lower())
             for m in re.finditer(r"[A-Z][a-z]+", text)]
    by_search = {s.norm for s in spans
                 if _ADDRESS_BEFORE.search(text, max(0, s.start - 60), s.start) or _PERSON_AFTER.match(text, s.end)}
    assert town_ground(text, spans) == frozenset(by_search)


def test_a_town_after_a_street_address_is_still_read_as_a_towns_ground():
    text = ADDRESS_TEXTS[0]
    start = text.index("Marlow")
    assert town_ground(text, [SimpleNamespace(start=start, end=start + 6, norm="marlow")]) == {"marlow"}
