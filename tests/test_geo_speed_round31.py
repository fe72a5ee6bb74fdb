"""Round 31's shortcuts in the geoparser give what the longer ways gave, to the last reading.

Each shortcut skips work that cannot change an answer: a walk over every token that only tokens of four word
lists can open, generators inside `any` turned into plain loops that stop at the same reading, a cheap test
of the words after a name asked before a test of its readings. Each is checked against the slower form it
replaces (written out here as it was) on invented text, and the readings they feed are checked to still come
out: "the village of X", a state named bare, a town's camp, ground a flood hit."""
from __future__ import annotations

from eventwatch.geo.associative import polity
from eventwatch.geo.context_reading import _country_or_division, _held_as_ground
from eventwatch.geo.document_words import DocumentWords
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.townships import us_states_named
from eventwatch.geo.town_camps import camp_after
from eventwatch.geo.unknown_names import _ASIDE_SETTLEMENTS, _SETTLEMENT_BEFORE_NAME, _cue_positions

from eventwatch.geo import geoparse

from conftest import found_names, toponyms_by_name

# Invented reports: names of every kind (countries, states, towns, a continent), their namesakes, cues.
TEXTS = [
    "Flooding hit the village of Tarnowa near Kraków, Poland, while Texas and Ohio sent aid to Georgia.",
    "The nearest town, Velmora, lies in rural Kenya; officials in Nairobi and the European Union said so.",
    "Residents of Springfield, Illinois, and Salem, Oregon, met in Washington with envoys from Africa.",
    "Shelling struck the outskirts of Homs and the hamlet of Qasr Bint, west of Damascus, on Friday.",
    "Mbeya was hit by floods last week, and the Dadaab camp in Kenya took in families from Somalia.",
    "A barangay of Lipa and the sitio of Malabon in the Philippines were cut off by the typhoon.",
]


def _spans(rec, text):
    return rec.recognise(text)


def test_cue_positions_are_every_token_a_cue_word_opens(rec):
    """The loop of `unknown_after_cues` visits only these tokens: they must be exactly the tokens whose word
    any of its four tests asks for first, as a walk over every token finds them."""
    vague = rec.cues.vague_before
    for text in TEXTS:
        tokens = tokenize(text)
        slow = [k for k, t in enumerate(tokens) if t.norm == "of" or t.norm in vague
                or t.norm in _ASIDE_SETTLEMENTS or t.norm in _SETTLEMENT_BEFORE_NAME]
        assert _cue_positions(tokens, rec.cues) == slow, text
    assert _cue_positions(tokenize("Nothing here names anything at all."), rec.cues) == []


def test_names_after_cues_are_still_read(gaz):
    """Unknown names after "the village of", "the hamlet of", in an aside after "the nearest town," and after
    a word written before its name ("the sitio X", "the vereda X") come out with their cue as before; an
    aside that a preposition opens ("in the village, X,") names none, nor does a village with no name."""
    def cued(text):
        return [(t.text, t.cue) for t in geoparse(gaz, text)]

    assert ("Orlenko", "village") in cued("The village of Orlenko and the hamlet of Sevrina lost power.")
    assert ("Sevrina", "hamlet") in cued("The village of Orlenko and the hamlet of Sevrina lost power.")
    assert ("Korvala", "town") in cued("Police said the nearest town, Korvala, lies upstream.")
    assert ("Dalumpay", "sitio") in cued("Rain cut off the sitio Dalumpay in the hills of Mindanao.")
    assert ("Pomarosa Alta", "vereda") in cued("Troops reached the vereda Pomarosa Alta near Tumaco.")
    assert "Tarnowa" in found_names(gaz, TEXTS[0])
    assert cued("Voters in the village, Tremaine, the mayor said, stayed home.") == []
    assert cued("Most of the village was quiet.") == []


def test_us_states_named_as_the_list_and_generators_found_them(rec):
    """A state named bare counts; a name that is also a country or a national capital ("Georgia",
    "Washington") names no state."""
    def slow(spans):
        states = set()
        for s in spans:
            exact = [c for c in s.candidates if c.exact]
            if any(c.feature_code.startswith("PCL") or c.feature_code == "PPLC" for c in exact):
                continue
            states.update(c.admin1_code for c in exact if c.country_code == "US" and c.feature_code == "ADM1")
        return frozenset(states)

    seen = set()
    for text in TEXTS:
        spans = _spans(rec, text)
        assert us_states_named(spans) == slow(spans), text
        seen |= us_states_named(spans)
    assert {"US.TX", "US.OH", "US.IL", "US.OR"} <= seen
    assert "US.GA" not in seen  # "sent aid to Georgia": the country's name too


def test_polity_as_the_generator_read_it(rec):
    """Countries, first-level divisions and a union of countries named as such are polities; towns are not."""
    from eventwatch.geo.gazetteer import NAME_CURATED

    def slow(s):
        return any(c.exact and (c.feature_code.startswith(("PCL", "ADM1"))
                                or (c.feature_code == "CONT" and c.kind == NAME_CURATED)) for c in s.candidates)

    verdicts = {}
    for text in TEXTS:
        for s in _spans(rec, text):
            assert polity(s) == slow(s), (text, s.norm)
            verdicts[s.norm] = polity(s)
    assert verdicts["poland"] and verdicts["texas"] and verdicts["european union"]
    assert not verdicts["krakow"] and not verdicts["springfield"]


def test_country_or_division_as_the_two_generators_read_it(rec):
    """A country's (or continent's) exact reading makes both facts true; a state's only the second."""
    def slow(s):
        country = any(c.feature_code.startswith(("PCL", "CONT")) for c in s.candidates if c.exact)
        return country, country or any(c.feature_code == "ADM1" for c in s.candidates if c.exact)

    pairs = {}
    for text in TEXTS:
        for s in _spans(rec, text):
            assert _country_or_division(s) == slow(s), (text, s.norm)
            pairs[s.norm] = _country_or_division(s)
    assert pairs.get("poland") == (True, True)
    assert pairs.get("ohio") == (False, True)


def test_lower_case_word_sets_as_the_loop_built_them():
    """The words a document writes in lower case, and those of three letters or more, are the same sets."""
    for text in TEXTS + ["an OK day in Kyiv, as ever", ""]:
        tokens = tokenize(text)
        words = DocumentWords(tokens)
        lower = {t.norm for t in tokens if t.text.islower()}
        assert words.lower == lower
        assert words.long_lower == {t.norm for t in tokens if t.text.islower() and len(t.text) > 2}
    assert "in" in DocumentWords(tokenize("an OK day in Kyiv")).lower
    assert "in" not in DocumentWords(tokenize("an OK day in Kyiv")).long_lower


def test_camp_after_asks_the_words_before_the_readings(rec):
    """The camp word after a town's own name still counts, past one qualifier; without it, nothing."""
    from eventwatch.geo.context_reading import neighbours

    def slow(after, readings):
        a1 = after(1)
        if a1 is None or not any(c.exact and c.feature_code.startswith("PPL") for c in readings):
            return None
        if a1.norm == "camp" and a1.text.islower():
            return a1
        from eventwatch.geo.unknown_names import load_unknown_place_words
        if a1.norm in load_unknown_place_words().camp_qualifiers:
            a2 = after(2)
            if a2 is not None and a2.norm == "camp" and a2.text.islower():
                return a2
        return None

    texts = TEXTS + ["Families reached the Kakuma refugee camp and the Zaatari camp.",
                     "They left Bentiu camp for Juba, and Malakal town for Wau."]
    found = 0
    for text in texts:
        tokens = tokenize(text)
        for s in _spans(rec, text):
            nb = neighbours(text, tokens, s)
            assert camp_after(nb.after, s.candidates) == slow(nb.after, s.candidates), (text, s.norm)
            found += camp_after(nb.after, s.candidates) is not None
    assert found >= 1


def test_ground_a_hazard_struck_is_still_read(gaz):
    """"X was hit by floods": the name is the ground struck, for two invented reports; a person hit by a
    car in the same shape is not read that way."""
    assert toponyms_by_name(gaz, TEXTS[4])["Mbeya"].locational
    assert toponyms_by_name(gaz, "Kisumu was flooded by the rains, and Kakamega was hit by landslides.")[
        "Kakamega"].locational


def test_held_as_ground_still_answers_for_towns_and_firms(rec):
    """The readings' test the hazard rule now asks second gives what it gave: a town spelled exactly holds
    its name as ground."""
    spans = {s.norm: s for s in _spans(rec, TEXTS[4])}
    assert _held_as_ground(spans["mbeya"])
