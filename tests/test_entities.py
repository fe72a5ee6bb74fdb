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


def test_a_persons_mention_takes_in_the_titles_before_the_name():
    from eventwatch.evaluate.entities import person_span

    text = "The talks were opened by Foreign Secretary Jane Doe in Geneva."
    start = text.index("Jane")
    s, e = person_span(text, start, start + len("Jane Doe"))
    assert text[s:e] == "Foreign Secretary Jane Doe"


def test_a_name_loses_the_footnote_mark_and_possessive_the_recogniser_ran_into():
    from eventwatch.evaluate.entities import person_span

    text = "forces loyal to Karim Haddad,[3] and Karim Haddad's allies"
    first = text.index("Karim")
    assert text[slice(*person_span(text, first, first + len("Karim Haddad,[3")))] == "Karim Haddad"
    second = text.index("Karim", first + 1)
    assert text[slice(*person_span(text, second, second + len("Karim Haddad's")))] == "Karim Haddad"


def test_an_organisation_mention_runs_on_over_the_unit_named_after_it(tmp_path):
    src = tmp_path / "source_b"
    src.mkdir()
    text = "Witnesses said SDF fighters entered the village."
    start = text.index("SDF")
    (src / "documents.json").write_text(json.dumps({"_id": "d", "text": text}))
    (src / "entities.json").write_text(json.dumps(
        {"documentId": "d", "begin": start, "end": start + len("SDF fighters"), "type": "Organisation",
         "value": "SDF fighters", "confidence": 1}))
    assert evaluate_entities(str(tmp_path))["types"]["Organisation"]["exact"]["f1"] == 1.0
