"""Header shapes, boilerplate and end marks of scraped pages; language and document type."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from eventwatch.ingest.dates import date_line
from eventwatch.ingest.language import detect_language
from eventwatch.ingest.lexicon import LexiconError, page_shapes, parse_page_shapes
from eventwatch.ingest.plaintext import clean_text

BODY = "Artillery shells hit the centre of Kafr Nabl on Monday, killing two men, rescuers said."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Friday, 31 January 2020 17:48", datetime(2020, 1, 31, 17, 48)),
        ("31 January 2020", datetime(2020, 1, 31)),
        ("Published: 31/01/2020", datetime(2020, 1, 31)),
        ("Posted on January 31, 2020 at 5:48 pm GMT", datetime(2020, 1, 31, 17, 48, tzinfo=timezone.utc)),
        ("2020-01-31T09:15:00+02:00", datetime(2020, 1, 31, 9, 15, tzinfo=timezone(timedelta(hours=2)))),
        ("vendredi 31 janvier 2020", datetime(2020, 1, 31)),
        ("Thursday", None),
        ("The 31 January 2020 attack killed nine.", None),
    ],
)
def test_date_lines(line, expected):
    assert date_line(line) == expected


def test_header_lines_in_any_order_with_the_title_among_them():
    page = "\n".join([
        "Home > News > Syria > Two men killed in Kafr Nabl",
        "Statement",
        "Idlib Rescue Committee",
        "Information Department",
        "Two men killed in Kafr Nabl",
        "By Rana Haddad",
        "Monday, 3 February 2020 14:02",
        "",
        BODY,
    ])
    extract = clean_text(page)
    assert extract.text == "Two men killed in Kafr Nabl\n\n" + BODY
    meta = extract.meta
    assert meta.publisher == "Idlib Rescue Committee"
    assert meta.doc_type == "statement"
    assert meta.title == "Two men killed in Kafr Nabl"
    assert meta.author == "Rana Haddad"
    assert meta.published_at == datetime(2020, 2, 3, 14, 2)


def test_department_is_the_publisher_when_no_organisation_line_is_given():
    extract = clean_text("Press Office of the Interim Government\n12 February 2020\n\n" + BODY)
    assert extract.meta.publisher == "Press Office of the Interim Government"
    assert extract.text == BODY


def test_a_headline_is_not_taken_for_an_organisation():
    extract = clean_text("Rescuers search rubble in Hass after airstrike\n\n" + BODY)
    assert extract.meta.publisher is None
    assert extract.meta.title == "Rescuers search rubble in Hass after airstrike"
    assert extract.text.startswith("Rescuers search rubble in Hass after airstrike\n\n")


def test_key_value_headers():
    extract = clean_text("Title: Kafr Nabl shelling\nSource: Field Desk\nDate: 2020-02-03\nURL: https://x.example/1\n\n"
                         + BODY)
    meta = extract.meta
    assert (meta.title, meta.publisher, meta.url) == ("Kafr Nabl shelling", "Field Desk", "https://x.example/1")
    assert meta.published_at == datetime(2020, 2, 3)
    assert extract.text == BODY


@pytest.mark.parametrize(
    "furniture",
    [
        "Share this article",
        "Share on Facebook",
        "Facebook Twitter WhatsApp Email",
        "Print this page",
        "Follow us on Telegram for updates",
        "Subscribe to our newsletter",
        "We use cookies to improve your experience on our website. By continuing you accept our policy.",
        "Home > News > Syria",
        "Skip to content",
        "© 2020 Example Media. All rights reserved.",
        "Tags: Idlib, shelling",
    ],
)
def test_boilerplate_lines_are_dropped_wherever_they_are(furniture):
    extract = clean_text(f"{BODY}\n{furniture}\nRescue teams worked through the night.\n")
    assert furniture not in extract.text
    assert "Rescue teams worked through the night." in extract.text


def test_sentences_that_merely_mention_sharing_stay():
    kept = "Aid groups share the concern that camps near Atmeh are full."
    assert kept in clean_text(f"{BODY}\n\n{kept}\n").text


def test_end_marks_end_the_release_only_near_its_end():
    text = clean_text(f"{BODY}\n\nMore details followed.\n\n# # #\n\nFor media enquiries call the office.\n").text
    assert text == f"{BODY}\n\nMore details followed."
    early = clean_text(f"Intro line one.\n-ENDS-\n{BODY}\n\nA\n\nB\n\nC\n").text
    assert "-ENDS-" not in early and BODY in early


def test_hard_wrapped_paragraphs_are_rejoined_but_titles_are_not():
    wrapped = ("Shells hit Kafr Nabl\n\nArtillery shells hit the centre of Kafr Nabl on Monday\n"
               "morning, killing two men who were loading their belongings onto\n"
               "a truck, rescuers said.\nAnother line.\n")
    text = clean_text(wrapped).text
    assert text.startswith("Shells hit Kafr Nabl\n\nArtillery shells hit the centre of Kafr Nabl on Monday morning,")
    assert "onto a truck, rescuers said." in text


def test_list_items_stay_separate_paragraphs():
    text = clean_text("Incidents:\n- Shelling hit Ariha on Monday\n- Clashes near Atarib on Tuesday\n").text
    assert text == "Incidents:\n\n- Shelling hit Ariha on Monday\n\n- Clashes near Atarib on Tuesday"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (BODY, "en"),
        ("Des obus ont frappé le centre de Kafr Nabl lundi, tuant deux hommes, selon les secouristes.", "fr"),
        ("قتل رجلان في قصف مدفعي على مدينة كفرنبل صباح يوم الاثنين بحسب فرق الإنقاذ", "ar"),
        ("Двое мужчин погибли в результате обстрела", "ru"),
        ("12 345 678", None),
    ],
)
def test_language_guess(text, language):
    assert detect_language(text) == language


def test_the_lexicon_is_validated():
    assert page_shapes().is_boilerplate("Share this article")
    with pytest.raises(LexiconError):
        parse_page_shapes({"boilerplate_patterns": ["(unclosed"]})
    data = {
        "boilerplate_patterns": ["x"], "end_mark_patterns": ["x"], "breadcrumb_patterns": ["home (.+)"],
        "department_patterns": ["x"], "doc_type_lines": {}, "organisation_words": ["x"], "name_particles": ["of"],
        "header_keys": {}, "wire_agencies": ["AP"], "stopwords": {"en": ["the"]},
    }
    with pytest.raises(LexiconError, match="rest"):
        parse_page_shapes(data)
    data["breadcrumb_patterns"] = ["home (?P<rest>.+)"]
    data["doc_type_lines"] = {"memo": "memo"}
    with pytest.raises(LexiconError, match="doc_type_lines"):
        parse_page_shapes(data)
