"""The re3d entity scorer, on a two-document corpus written for the test."""
import json

from eventwatch.evaluate.entities import evaluate_entities


def write_corpus(root):
    src = root / "source_a"
    src.mkdir()
    text = "On Tuesday the SDF said Turkish forces fired 12 artillery shells. Jets struck a depot."
    docs = [{"_id": "doc1", "text": text}]
    ents = [
        {"documentId": "doc1", "begin": 3, "end": 10, "type": "Temporal", "value": "Tuesday", "confidence": 1},
        {"documentId": "doc1", "begin": 11, "end": 18, "type": "Organisation", "value": "the SDF", "confidence": 1},
        {"documentId": "doc1", "begin": 24, "end": 38, "type": "Organisation", "value": "Turkish forces", "confidence": 1},
        {"documentId": "doc1", "begin": 45, "end": 47, "type": "Quantity", "value": "12", "confidence": 1},
        {"documentId": "doc1", "begin": 48, "end": 64, "type": "Weapon", "value": "artillery shells", "confidence": 1},
        {"documentId": "doc1", "begin": 66, "end": 70, "type": "MilitaryPlatform", "value": "Jets", "confidence": 1},
        {"documentId": "doc1", "begin": 80, "end": 85, "type": "Weapon", "value": "depot", "confidence": 1},
        {"documentId": "doc1", "begin": 24, "end": 31, "type": "Nationality", "value": "Turkish", "confidence": 0},
    ]
    (src / "documents.json").write_text("\n".join(json.dumps(d) for d in docs))
    (src / "entities.json").write_text("\n".join(json.dumps(e) for e in ents))


def test_per_type_exact_and_overlap_scores(tmp_path):
    write_corpus(tmp_path)
    result = evaluate_entities(str(tmp_path), errors=5)
    types = result["types"]
    assert result["documents"] == 1
    assert types["Organisation"]["exact"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert types["Temporal"]["exact"]["f1"] == 1.0
    assert types["Quantity"]["exact"]["f1"] == 1.0
    assert types["MilitaryPlatform"]["exact"]["f1"] == 1.0
    # one of two gold weapons found ("depot" is not a weapon to eventwatch)
    assert types["Weapon"]["exact"] == {"precision": 1.0, "recall": 0.5, "f1": 0.667}
    assert types["Weapon"]["missed"] == ["depot"]
    # confidence-0 gold is ignored, so the predicted demonym is spurious
    assert types["Nationality"]["gold"] == 0 and types["Nationality"]["spurious"] == ["Turkish"]
