"""Named buildings and sites: recognised from the way a sentence uses them, and scored by each corpus's own
annotation scheme (a facility for GeoWebNews, the place names inside it for LGL, TR-News and GeoVirus).
Sentences and corpora are the project's own."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from eventwatch.evaluate.geo import evaluate_corpus, place_name_predictions, read_corpus
from eventwatch.geo.facilities import is_site
from eventwatch.model import Toponym

# -- the scheme mapping --------------------------------------------------------------------------------


def _top(text: str, start: int, name: str, cue=None, locational=True) -> Toponym:
    i = text.index(name, start)
    return Toponym(i, i + len(name), name, locational=locational, cue=cue)


@pytest.mark.parametrize("name,site", [
    ("Camp Bastion", True), ("Riverside Park", True), ("the Tishrin dam", True), ("Fort Alder", True),
    ("University of Mosul", False), ("Harwick Memorial Hospital", False), ("Benton Community Centre", False),
])
def test_a_site_is_told_from_a_building_by_its_head_word(name, site):
    assert is_site(name) is site


def test_place_names_only_schemes_score_the_name_inside_a_facility_not_the_facility():
    text = "Shelling hit Idlib University Hospital, Harwick Music Hall and Benton Park in Idlib."
    predicted = [
        _top(text, 0, "Idlib University Hospital", cue="facility"),
        _top(text, 0, "Idlib", cue="embedded", locational=False),
        _top(text, 0, "Harwick Music Hall", cue="facility"),
        _top(text, 0, "Benton Park", cue="facility"),
        _top(text, 70, "Idlib", cue="in"),
    ]
    kept = [(t.text, t.cue) for t in place_name_predictions(predicted)]
    # the embedded name stands for its facility; a building with no place name inside is no toponym;
    # a site with none is its own place name; other names are untouched
    assert kept == [("Idlib", "embedded"), ("Benton Park", "facility"), ("Idlib", "in")]


def test_a_place_names_scheme_counts_no_landmark_building_but_keeps_a_landmark_square(gaz):
    from eventwatch.geo import geoparse
    text = "Crowds marched from Tahrir Square in Cairo to the gates of the Kremlin in Moscow on Friday."
    kept = {t.text for t in place_name_predictions(geoparse(gaz, text))}
    assert "Kremlin" not in kept and {"Tahrir Square", "Cairo", "Moscow"} <= kept


TEXT = ("The wounded were carried to the main wards in Idlib University Hospital late at night, and more "
        "were later taken to Harwick Memorial Hospital across the road.")


def _lgl(path: Path) -> Path:
    start = TEXT.index("Idlib")
    path.write_text(
        f"<articles><article docid='1'><title>t</title><text><![CDATA[{TEXT}]]></text><toponyms>"
        f"<toponym><start>{start}</start><end>{start + 5}</end><phrase>Idlib</phrase>"
        "<gaztag geonameid='169389'><name>Idlib</name><lat>35.93</lat><lon>36.63</lon></gaztag></toponym>"
        "</toponyms></article></articles>", encoding="utf-8")
    return path


def _gwn(path: Path) -> Path:
    def top(name):
        s = TEXT.index(name)
        return (f"<toponym><extractedName>{name}</extractedName><type>Literal</type><start>{s}</start>"
                f"<end>{s + len(name)}</end><geonamesID/><latitude>35.93</latitude><longitude>36.63</longitude>"
                "</toponym>")
    path.write_text(
        f"<articles><article file='0'><title>t</title><text>{TEXT}</text><toponyms>"
        + top("Idlib University Hospital") + top("Harwick Memorial Hospital")
        + "</toponyms></article></articles>", encoding="utf-8")
    return path


def test_lgl_format_scores_the_embedded_place_name_and_says_so(gaz, tmp_path):
    corpus = read_corpus(_lgl(tmp_path / "lgl.xml"))
    mapped = evaluate_corpus(corpus, gaz)
    assert mapped.facilities_scored is False and mapped.facility_scheme == "place names"
    assert (mapped.recognition_precision, mapped.recognition_recall) == (1.0, 1.0)
    assert mapped.acc161 == 1.0  # resolved on the place name, not on the facility's stand-in
    raw = evaluate_corpus(corpus, gaz, by_scheme=False)
    assert raw.facility_scheme == "as returned" and raw.facilities_scored is True
    assert raw.recognition_recall == 1.0 and raw.recognition_precision < 1.0  # the facilities count as misses


def test_geowebnews_scores_the_facility_itself(gaz, tmp_path):
    s = evaluate_corpus(read_corpus(_gwn(tmp_path / "gwn.xml")), gaz)
    assert s.facilities_scored is True and s.facility_scheme == "facility"
    assert (s.recognition_precision, s.recognition_recall) == (1.0, 1.0)


# -- recognising a building used as a place ------------------------------------------------------------


def facilities_in(rec, text: str) -> set[str]:
    return {text[s.start:s.end] for s in rec.recognise(text) if s.facility and s.locational}


@pytest.mark.parametrize("text,name", [
    # a weak cue is enough before a building unless it ties a person to the institution
    ("The wounded boy was rushed to Harwick Memorial Hospital by his neighbours late on Friday night.",
     "Harwick Memorial Hospital"),
    ("The awards were handed out at the Dunmore Playhouse Theatre on a wet Saturday evening in spring.",
     "Dunmore Playhouse Theatre"),
    # what was done to it
    ("Pelham Regional Hospital was shelled twice during the night, and the wards were emptied by dawn.",
     "Pelham Regional Hospital"),
    ("After two days of fighting the Kharaz Barrage was captured by the militants, who then cut the power.",
     "Kharaz Barrage"),
    # where it stands
    ("The Ardley Heritage Center, located at 14 Mill Road, opens at nine on most days of the week.",
     "Ardley Heritage Center"),
    ("Next door there was a small Wexley Library built in 1904 with money from a local merchant.",
     "Wexley Library"),
])
def test_a_building_the_sentence_puts_somewhere_is_a_place(rec, text, name):
    assert name in facilities_in(rec, text)


@pytest.mark.parametrize("text", [
    "She is a professor at Harwick State University and writes about water policy for the papers.",
    "He graduated from Marlow Bible College before he moved away to work on a farm up north.",
    "Students from Harwick State University and Benton Community College met to plan the march.",
    "Pelham Regional Hospital said the boy was stable and would be sent home within the week.",
])
def test_an_institution_one_belongs_to_or_that_acts_is_not_a_place(rec, text):
    assert facilities_in(rec, text) == set()


def test_one_cue_covers_every_building_listed_with_a_placed_one(rec):
    text = ("The list of buildings to be insulated this year covers the Ardley Heritage Center, Dublin; the "
            "Harwick Music Hall; and the Benton Community Centre, as well as a number of homes.")
    assert facilities_in(rec, text) == {"Ardley Heritage Center", "Harwick Music Hall", "Benton Community Centre"}
    apart = ("The list of buildings covers the Ardley Heritage Center, Dublin. Many people also like the "
             "Harwick Music Hall for its concerts and its cheap beer on a Friday night.")
    assert facilities_in(rec, apart) == {"Ardley Heritage Center"}


def test_the_command_prints_the_scheme_and_can_score_without_it(tmp_path):
    corpus = _lgl(tmp_path / "lgl.xml")
    mapped = json.loads(run_cli("evaluate", "geo", str(corpus), "--json").stdout)
    raw = json.loads(run_cli("evaluate", "geo", str(corpus), "--json", "--raw-facilities").stdout)
    assert (mapped["facilities_scored"], mapped["facility_scheme"]) == (False, "place names")
    assert (raw["facilities_scored"], raw["facility_scheme"]) == (True, "as returned")
    assert raw["recognition_precision"] < mapped["recognition_precision"] == 1.0


# -- demonyms ------------------------------------------------------------------------------------------

DEMONYM_TEXT = "Norwegian vets said the outbreak had reached three farms near Toronto by Friday."


def _geovirus(path: Path) -> Path:
    start = DEMONYM_TEXT.index("Toronto")
    path.write_text(
        f"<articles><article><source>http://example.org/a</source><text>{DEMONYM_TEXT}</text><locations>"
        f"<location><name>Toronto</name><start>{start}</start><end>{start + 7}</end><lat>43.70</lat>"
        "<lon>-79.42</lon><page>Toronto</page></location></locations></article></articles>", encoding="utf-8")
    return path


def test_geovirus_annotates_place_names_alone_so_a_returned_demonym_is_no_prediction(gaz, tmp_path):
    corpus = read_corpus(_geovirus(tmp_path / "geovirus.xml"))
    assert corpus.format == "geovirus"
    scheme = evaluate_corpus(corpus, gaz)
    assert scheme.demonyms_scored is False
    assert (scheme.recognition_precision, scheme.recognition_recall) == (1.0, 1.0)
    raw = evaluate_corpus(corpus, gaz, by_scheme=False)
    assert raw.demonyms_scored is True
    assert raw.recognition_recall == 1.0 and raw.recognition_precision == 0.5  # "Norwegian" counted as returned


def test_corpora_that_tag_demonyms_count_a_returned_demonym(gaz, tmp_path):
    start = DEMONYM_TEXT.index("Toronto")
    path = tmp_path / "lgl.xml"
    path.write_text(
        f"<articles><article docid='1'><title>t</title><text><![CDATA[{DEMONYM_TEXT}]]></text><toponyms>"
        f"<toponym><start>{start}</start><end>{start + 7}</end><phrase>Toronto</phrase>"
        "<gaztag geonameid='6167865'><name>Toronto</name><lat>43.70</lat><lon>-79.42</lon></gaztag></toponym>"
        "</toponyms></article></articles>", encoding="utf-8")
    s = evaluate_corpus(read_corpus(path), gaz)
    assert s.demonyms_scored is True and s.recognition_precision == 0.5
