"""Place spans in conflict-domain prose: a place inside an armed group's name or an office's remit is no place
where anything happened; a country's long official form is one mention; a natural feature's kind written in
lower case after its name ("the Tigris river") belongs to the mention, not the name. Sentences are the
project's own."""
from __future__ import annotations

import pytest

from eventwatch.evaluate.entities import predict_entities
from eventwatch.extract.actors import ActorRegistry
from eventwatch.geo.natural_features import load_kind_nouns




def spans(rec, text):
    return {text[s.start:s.end]: s for s in rec.recognise(text)}


def phrase(text, s):
    return text[s.phrase_start:s.phrase_end]


# -- a place inside an armed group's name --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen of the Islamic State of Iraq and the Levant seized two villages on Monday.",
    "A statement from the Islamic State of Iraq claimed the ambush near the border.",
])
def test_a_country_inside_an_armed_groups_name_is_embedded(rec, text):
    iraq = spans(rec, text)["Iraq"]
    assert iraq.locational is False and iraq.cue == "embedded"


def test_a_place_after_a_group_written_in_lower_case_words_stays_a_place(rec):
    # the registry lists the phrase, but "militias in Tripoli" says where the militias are
    text = "Turkish-backed militias in Tripoli shelled the airport road."
    assert spans(rec, text)["Tripoli"].locational is True


def test_the_group_names_place_is_no_location_mention_and_no_acting_country(gaz):
    text = "Fighters of the Islamic State of Iraq and the Levant withdrew from Qaryatayn."
    found = predict_entities(text, ActorRegistry.load(), gazetteer=gaz)
    said = {(type_, text[s:e]) for type_, (s, e) in found}
    assert ("Location", "Iraq") not in said and ("Organisation", "Iraq") not in said


# -- an office's remit ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The Minister for the Middle East, Dana Orrin, condemned the shelling.", "Middle East"),
    ("The UN Special Envoy for Syria will brief the council next week.", "Syria"),
    ("A Commission of Inquiry on Yemen listed the strikes it had verified.", "Yemen"),
])
def test_a_place_named_as_an_offices_remit_is_embedded(rec, text, name):
    s = spans(rec, text)[name]
    assert s.locational is False and s.cue == "embedded"


def test_a_lower_case_noun_before_for_leaves_the_place_alone(rec):
    s = spans(rec, "Donors pledged new funds for Syria at the meeting in Brussels.")["Syria"]
    assert s.cue != "embedded"


# -- a country's long official form --------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,form", [
    ("Joint drills were held in the Hashemite Kingdom of Jordan last spring.", "Jordan",
     "Hashemite Kingdom of Jordan"),
    ("Delegates from the Federal Republic of Nigeria arrived on Sunday.", "Nigeria", "Federal Republic of Nigeria"),
])
def test_a_long_official_form_is_one_mention_of_the_country(rec, text, name, form):
    found = spans(rec, text)
    assert set(found) == {name}  # no second place read out of the form ("Hashemite")
    assert found[name].locational is True
    assert phrase(text, found[name]) == form


def test_a_long_form_mention_takes_the_article_before_it(gaz):
    text = "Joint drills were held in the Hashemite Kingdom of Jordan last spring."
    found = predict_entities(text, ActorRegistry.load(), gazetteer=gaz)
    assert ("Location", "the Hashemite Kingdom of Jordan") in {(t, text[s:e]) for t, (s, e) in found}


# -- a natural feature's kind noun ---------------------------------------------------------------------------

def test_a_rivers_lower_case_noun_joins_the_phrase_not_the_name(rec):
    text = "Families fled across the Tigris river at dawn."
    tigris = spans(rec, text)["Tigris"]
    assert phrase(text, tigris) == "Tigris river"


def test_a_listed_range_written_with_a_lower_case_noun_is_found(rec):
    text = "Shepherds say the patrols moved into the Hamrin mountains overnight."
    hamrin = spans(rec, text)["Hamrin"]
    assert hamrin.candidates[0].feature_code == "MTS"
    assert phrase(text, hamrin) == "Hamrin mountains"


def test_the_kind_noun_reads_a_town_named_like_the_range_as_the_range(rec):
    text = "Thousands of Yazidis were trapped in the Sinjar mountains for days."
    sinjar = spans(rec, text)["Sinjar"]
    assert {c.feature_code for c in sinjar.candidates} == {"MTS"}


def test_a_town_is_never_widened_over_a_kind_noun_it_is_not(rec):
    text = "Water was short in the Aleppo river valley villages."
    aleppo = spans(rec, text)["Aleppo"]
    assert aleppo.phrase_end == aleppo.end


def test_kind_nouns_load_checked(tmp_path):
    nouns = load_kind_nouns()
    assert "river" in nouns["STM"] and "mountains" in nouns["MTS"]
    bad = tmp_path / "features.yaml"
    bad.write_text("kind_nouns:\n  XXX: [river]\nfeatures: []\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_kind_nouns(str(bad))
    bad.write_text("kind_nouns:\n  STM: [River]\nfeatures: []\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_kind_nouns(str(bad))


# -- the article of a country before a noun (re3d mentions) --------------------------------------------------

def test_a_country_before_a_noun_leaves_the_article_to_the_noun(gaz):
    text = "Ministers discussed the Syria file as storms hit the Philippines coastal towns."
    found = {text[s:e] for t, (s, e) in predict_entities(text, ActorRegistry.load(), gazetteer=gaz)
             if t == "Location"}
    assert "Syria" in found and "the Syria" not in found
    assert "the Philippines" in found
