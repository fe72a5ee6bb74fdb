"""The geoparsing evaluation: the four corpus formats, the scores, and the `evaluate geo` command."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwatch.evaluate.geo import (
    MAX_ERROR_KM,
    auc_log_error,
    evaluate_corpus,
    match_spans,
    read_corpus,
)
from eventwatch.geo.dumps import build_from_dump
from eventwatch.geo.gazetteer import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures" / "geo"
TEXT = "Shelling hit Saraqib, Idlib. Russian jets flew over Aleppo."
# Offsets of the gold names in TEXT.
SARAQIB, IDLIB, ALEPPO, RUSSIAN = (13, 20), (22, 27), (52, 58), (29, 36)


def _gwn(path: Path) -> Path:
    def top(name, span, kind, gid, lat, lon):
        return (f"<toponym><extractedName>{name}</extractedName><type>{kind}</type><start>{span[0]}</start>"
                f"<end>{span[1]}</end><geonamesID>{gid}</geonamesID><latitude>{lat}</latitude>"
                f"<longitude>{lon}</longitude></toponym>")
    path.write_text(
        f"<articles><article file='0'><title>t</title><text>{TEXT}</text><toponyms>"
        + top("Saraqib", SARAQIB, "Literal", 164816, 35.86447, 36.80591)
        + top("Idlib", IDLIB, "Literal", 169387, 35.75, 36.5)
        + top("Aleppo", ALEPPO, "Literal", 170063, 36.20124, 37.16117)
        + top("Russian", RUSSIAN, "Demonym", "", "", "")
        + "<toponym><extractedName>jets</extractedName><type>Non_Toponym</type><start>37</start><end>41</end>"
          "<geonamesID/><latitude/><longitude/></toponym>"
        + "</toponyms></article></articles>", encoding="utf-8")
    return path


def _lgl(path: Path) -> Path:
    def top(name, span, gid, lat, lon):
        return (f"<toponym><start>{span[0]}</start><end>{span[1]}</end><phrase>{name}</phrase>"
                f"<gaztag geonameid='{gid}'><name>{name}</name><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>")
    path.write_text(
        f"<articles><article docid='7'><title>t</title><text><![CDATA[{TEXT}]]></text><toponyms>"
        + top("Saraqib", SARAQIB, 164816, 35.86447, 36.80591) + top("Aleppo", ALEPPO, 170063, 36.20124, 37.16117)
        + "</toponyms></article></articles>", encoding="utf-8")
    return path


def _geovirus(path: Path) -> Path:
    # GeoVirus offsets are sometimes a character off: the reader snaps them to the name.
    path.write_text(
        f"<articles><article><source>x</source><text>{TEXT}</text><locations>"
        f"<location><name>Aleppo</name><start>{ALEPPO[0] + 1}</start><end>{ALEPPO[1] + 1}</end>"
        "<lat>36.2</lat><lon>37.16</lon><page>p</page></location></locations></article></articles>",
        encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build_from_dump(FIXTURES / "SY_sample.txt", tmp_path_factory.mktemp("geo-eval") / "store",
                           countries=["SY", "RU", "AE"])


def test_formats_are_detected_and_read(tmp_path):
    gwn = read_corpus(_gwn(tmp_path / "gwn.xml"))
    assert gwn.format == "gwn" and [t.name for t in gwn.documents[0].toponyms] == ["Saraqib", "Idlib", "Aleppo", "Russian"]
    assert [t.literal for t in gwn.documents[0].toponyms] == [True, True, True, False]
    lgl = read_corpus(_lgl(tmp_path / "lgl.xml"))
    assert lgl.format == "lgl" and lgl.documents[0].id == "7"
    assert lgl.documents[0].toponyms[0].geonames_id == 164816
    gv = read_corpus(_geovirus(tmp_path / "gv.xml"))
    t = gv.documents[0].toponyms[0]
    assert gv.format == "geovirus" and TEXT[t.start:t.end] == "Aleppo"


def test_unknown_xml_is_refused(tmp_path):
    p = tmp_path / "x.xml"
    p.write_text("<articles><article><text>x</text></article></articles>", encoding="utf-8")
    with pytest.raises(ValueError):
        read_corpus(p)


def test_span_matching_and_auc():
    assert match_spans([(0, 5), (10, 12)], [(0, 5), (11, 14)], overlap=False) == {0: 0}
    assert match_spans([(0, 5), (10, 12)], [(0, 5), (11, 14)], overlap=True) == {0: 0, 1: 1}
    assert auc_log_error([0.0, 0.0]) == 0.0
    assert auc_log_error([MAX_ERROR_KM, MAX_ERROR_KM]) == pytest.approx(1.0)


def test_scores_on_a_tiny_corpus(tmp_path, store):
    g = Gazetteer.load(str(store))
    corpus = read_corpus(_gwn(tmp_path / "gwn.xml"))
    s = evaluate_corpus(corpus, g)
    # Literal toponyms only: the demonym is neither required nor penalised.
    assert s.recognition_recall == 1.0 and s.recognition_precision == 1.0
    # "Saraqib, Idlib": Idlib is read as the governorate, the gold's id here.
    assert s.acc161 == 1.0 and s.geonames_exact == 1.0
    assert s.gold_ids_in_gazetteer == 1.0 and s.docs_per_second > 0
    # The geoparser's first-text loading is timed apart from the documents' rate, and reported.
    assert s.warm_up_seconds > 0 and s.seconds > 0
    gold = evaluate_corpus(corpus, g, gold_toponyms=True)
    assert gold.resolved_on == "gold spans" and gold.acc161 == 1.0


def test_evaluate_geo_command_prints_one_json_object(tmp_path, store):
    from conftest import run_cli

    for writer in (_gwn, _lgl, _geovirus):
        corpus = writer(tmp_path / f"{writer.__name__}.xml")
        r = run_cli("evaluate", "geo", str(corpus), "--json", "--gazetteer", str(store))
        assert r.returncode == 0, r.stderr.decode()
        out = json.loads(r.stdout)
        for key in ("documents", "gold_toponyms", "recognition_precision", "recognition_recall", "recognition_f1",
                    "recognition_f1_overlap", "acc161", "median_error_km", "mean_error_km", "auc",
                    "geonames_exact", "docs_per_second", "warm_up_seconds"):
            assert key in out
        assert out["documents"] == 1
    r = run_cli("evaluate", "geo", str(tmp_path / "_gwn.xml"), "--gold-toponyms", "--json", "--gazetteer", str(store))
    assert json.loads(r.stdout)["resolved_on"] == "gold spans"


def test_an_unresolved_gold_name_is_scored_at_its_stand_in_but_never_as_an_exact_id(tmp_path, store):
    g = Gazetteer.load(str(store))
    text = "Shells fell on the village of Kafr Zeta Jadida, Idlib."
    start = text.index("Kafr")
    end = start + len("Kafr Zeta Jadida")
    path = tmp_path / "lgl-unknown.xml"
    path.write_text(
        f"<articles><article docid='1'><text><![CDATA[{text}]]></text><toponyms><toponym><start>{start}</start>"
        f"<end>{end}</end><phrase>Kafr Zeta Jadida</phrase><gaztag geonameid='99'><name>Kafr Zeta Jadida</name>"
        "<lat>35.8</lat><lon>36.6</lon></gaztag></toponym></toponyms></article></articles>", encoding="utf-8")
    s = evaluate_corpus(read_corpus(path), g, gold_toponyms=True)
    assert s.scored_at_stand_in == 1
    assert s.acc161 == 1.0  # Idlib governorate's point is within 161 km of the village
    assert s.geonames_exact == 0.0
