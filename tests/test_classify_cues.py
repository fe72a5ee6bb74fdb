"""The cue pre-filter: whole words, any case, hyphens as spaces, longest match, and a validated lexicon."""
from __future__ import annotations

import pytest

from eventwatch.extract.cues import CueFinder, find_cues, find_matches
from eventwatch.extract.cues_lexicon import LexiconError, inflections, parse_lexicon


def labels_at(text: str, word: str) -> tuple[str, ...]:
    start = text.index(word)
    for cue in find_cues(text):
        if cue.start == start and cue.end == start + len(word):
            return cue.labels
    return ()


def test_cue_spans_point_into_the_original_text():
    text = "Overnight, an AIRSTRIKE hit the depot."
    cues = find_cues(text)
    assert any(text[c.start:c.end] == "AIRSTRIKE" and "AIR_STRIKE" in c.labels for c in cues)


def test_matching_ignores_case_and_treats_hyphens_as_spaces():
    assert "AIR_STRIKE" in labels_at("An Air-Strike was reported.", "Air-Strike")
    assert "AIR_STRIKE" in labels_at("an air strike was reported", "air strike")


def test_only_whole_words_match():
    assert not any("RAPE" in c.labels or "SEX_VIOL" in c.labels for c in find_cues("Grapes and drapes."))
    assert not any("GRENADE" in c.labels for c in find_cues("grenadeslike"))


def test_inflected_forms_match():
    for word in ("clash", "clashes", "clashed", "clashing"):
        assert "ARMED_CLASH" in labels_at(f"They {word} today", word)
    assert {"kidnap", "kidnapped", "kidnapping"} <= inflections("kidnap") | {"kidnapping"}
    assert "kidnapped" in inflections("kidnap")


def test_stems_match_every_ending():
    for word in ("smuggle", "smuggled", "smugglers", "smuggling"):
        assert "ORG_CRIME" in labels_at(f"men {word} goods", word)


def test_longest_match_silences_the_weapon_inside_it():
    text = "A rocket-propelled grenade hit the truck."
    cues = find_cues(text)
    assert any(c.text == "rocket-propelled grenade" and "ART_MISS_ATTACK" in c.labels for c in cues)
    assert not any(c.text == "grenade" and "GRENADE" in c.labels for c in cues)
    assert not any("ART_MISS_ATTACK" in c.labels for c in find_cues("Police used a water cannon."))


def test_case_sensitive_abbreviation_is_not_the_word_is():
    classes = lambda text: {e.name for m in find_matches(text) for e in m.entries if e.kind == "class"}
    assert "NONSTATE" in classes("IS fighters entered the town")
    assert "NONSTATE" not in classes("it is quiet")


def test_month_march_is_not_a_protest_cue():
    assert not any("PEACE_PROTEST" in c.labels for c in find_cues("On 3 March the talks resumed."))
    assert any("PEACE_PROTEST" in c.labels for c in find_cues("Students joined the march on Friday."))


def test_frame_triggers_list_every_label_they_can_yield():
    labels = labels_at("Rebels captured the town.", "captured")
    assert {"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"} <= set(labels)


def test_a_custom_lexicon_builds_its_own_finder():
    lexicon = parse_lexicon({
        "labels": {"NATURAL_DISASTER": [{"w": 5, "terms": ["sandstorm+"]}]},
        "frames": {},
        "classes": {"PLACE": ["oasis"]},
    })
    finder = CueFinder(lexicon)
    assert [c.labels for c in finder.cues("Two sandstorms hit the oasis")] == [("NATURAL_DISASTER",)]


def test_lexicon_rejects_unknown_labels_and_bad_weights():
    with pytest.raises(LexiconError, match="NOT_A_LABEL"):
        parse_lexicon({"labels": {"NOT_A_LABEL": [{"w": 1, "terms": ["x"]}]}, "frames": {}, "classes": {}})
    with pytest.raises(LexiconError, match="weight"):
        parse_lexicon({"labels": {"OTHER": [{"w": 50, "terms": ["x"]}]}, "frames": {}, "classes": {}})
    with pytest.raises(LexiconError, match="stem"):
        parse_lexicon({"labels": {"OTHER": [{"w": 1, "terms": ["ab*"]}]}, "frames": {}, "classes": {}})
    with pytest.raises(LexiconError, match="frames"):
        parse_lexicon({"labels": {}, "classes": {}})


def test_bundled_lexicon_loads():
    assert find_cues("ceasefire")[0].labels == ("AGREEMENT",)
