"""`eventwatch classify FILE` and `eventwatch evaluate events GOLD`, on small files the tests write."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwatch.cli import app
from eventwatch.cli import classify as classify_cli
from eventwatch.evaluate.events import score_labels

SNIPPETS = [
    ("a1", "Police arrested nine opposition activists at their homes in the capital.", "ARREST"),
    ("a2", "A landmine exploded under a minibus on a rural road, killing four passengers.", "REM_EXPLOS"),
    ("a3", "Heavy floods inundated dozens of villages after a week of torrential rain.", "NATURAL_DISASTER"),
]


@pytest.fixture(autouse=True)
def shared_classifier(monkeypatch, classifier):
    monkeypatch.setattr(classify_cli, "_classifier", lambda: classifier)


def _lines(output: str) -> list[list[str]]:
    return [line.split("\t") for line in output.strip().splitlines()]


def test_classify_reads_a_tsv_with_a_header(tmp_path):
    path = tmp_path / "in.tsv"
    path.write_text("id\tEventSnippet\tSubType\n" + "".join(f"{i}\t{t}\t{g}\n" for i, t, g in SNIPPETS))
    result = CliRunner().invoke(app, ["classify", str(path)])
    assert result.exit_code == 0, result.output
    assert _lines(result.stdout) == [[i, g] for i, _, g in SNIPPETS]


def test_classify_reads_a_headerless_tsv_and_jsonl(tmp_path):
    tsv = tmp_path / "in.tsv"
    tsv.write_text("".join(f"{i}\t{t}\n" for i, t, _ in SNIPPETS))
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t, _ in SNIPPETS))
    for path in (tsv, jsonl):
        result = CliRunner().invoke(app, ["classify", str(path), "--confidence"])
        assert result.exit_code == 0, result.output
        rows = _lines(result.stdout)
        assert [r[:2] for r in rows] == [[i, g] for i, _, g in SNIPPETS]
        assert all(0.0 <= float(r[2]) <= 1.0 for r in rows)


def test_evaluate_events_json_has_the_documented_keys(tmp_path):
    path = tmp_path / "gold.tsv"
    rows = SNIPPETS + [("a4", "Protesters marched peacefully to the governor's office.", "VIOL_DEMONSTR")]
    path.write_text("id\ttext\tlabel\n" + "".join(f"{i}\t{t}\t{g}\n" for i, t, g in rows))
    result = CliRunner().invoke(app, ["evaluate", "events", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    for key in ("snippets", "accuracy", "weighted_f1", "macro_f1", "per_label", "confusion",
                "snippets_per_second"):
        assert key in report
    assert report["snippets"] == 4
    assert report["accuracy"] == 0.75
    assert report["confusion"] == [["VIOL_DEMONSTR", "PEACE_PROTEST", 1]]
    assert set(report["per_label"]["ARREST"]) == {"precision", "recall", "f1", "support"}


def test_evaluate_events_renders_tables(tmp_path):
    path = tmp_path / "gold.tsv"
    path.write_text("".join(f"{i}\t{t}\t{g}\n" for i, t, g in SNIPPETS))
    result = CliRunner().invoke(app, ["evaluate", "events", str(path)])
    assert result.exit_code == 0, result.output
    assert "weighted_f1" in result.stdout and "REM_EXPLOS" in result.stdout


def test_scores_weight_f1_by_support_and_average_macro_over_seen_labels():
    report = score_labels(["A", "A", "A", "B"], ["A", "A", "B", "B"])
    assert report["accuracy"] == 0.75
    # A: P=1, R=2/3, F=0.8; B: P=0.5, R=1, F=0.6667
    assert report["per_label"]["A"]["f1"] == 0.8
    assert report["weighted_f1"] == round((0.8 * 3 + 0.6667) / 4, 4)
    assert report["macro_f1"] == round((0.8 + 0.6667) / 2, 4)
