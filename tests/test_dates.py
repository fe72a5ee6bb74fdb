"""Event dates against the publication date, with UCDP precision; statement dates are not event dates."""
from datetime import datetime

import pytest

from eventwatch.extract.dates import find_dates, find_event_date
from eventwatch.model import Sentence

PUBLISHED = datetime(2020, 2, 6, 14, 0)  # a Thursday


def event_date(text, published=PUBLISHED):
    found = find_event_date(Sentence(0, len(text), text), published, document_id="d")
    return None if found is None else (found[0], found[1])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The shelling on 30 January 2020 killed five.", ("2020-01-30", 1)),
        ("On January 30, 2020, jets struck the market.", ("2020-01-30", 1)),
        ("On Jan. 30, jets struck the market.", ("2020-01-30", 1)),
        ("The raid took place on 30/1/2020.", ("2020-01-30", 1)),
        ("The raid took place on 2020-01-29.", ("2020-01-29", 1)),
        ("On Tuesday, forces shelled the town.", ("2020-02-04", 1)),
        ("Forces shelled the town on Thursday.", ("2020-02-06", 1)),
        ("Last Thursday, drones struck a convoy.", ("2020-01-30", 1)),
        ("Yesterday, an airstrike hit the clinic.", ("2020-02-05", 1)),
        ("Gunmen attacked the checkpoint last night.", ("2020-02-05", 1)),
        ("An explosion hit the port earlier today.", ("2020-02-06", 1)),
        ("Two days ago gunmen abducted a teacher.", ("2020-02-04", 1)),
        ("Clashes erupted last week in the south.", ("2020-01-27", 3)),
        ("Earlier this month, protesters gathered.", ("2020-02-01", 4)),
        ("Forces killed 30 people in January.", ("2020-01-01", 4)),
        ("In December, the offensive began.", ("2019-12-01", 4)),
        ("The offensive began in May 2019.", ("2019-05-01", 4)),
        ("The group was founded in 2019.", ("2019-01-01", 5)),
        ("Since December, 500,000 people have fled.", ("2019-12-01", 5)),
    ],
)
def test_dates_relative_to_a_dateline(text, expected):
    assert event_date(text) == expected


def test_the_date_of_a_statement_is_not_the_event_date():
    text = "The ministry said on Monday that an airstrike killed 12 people on Sunday."
    assert event_date(text) == ("2020-02-02", 1)
    assert event_date("The ministry said on Monday that the strikes continue.") is None


def test_future_dates_are_not_event_dates():
    assert event_date("The group threatened to strike again tomorrow.") is None


def test_counts_and_times_are_not_dates():
    assert event_date("Shelling killed 30 people and wounded 12 at 5 pm.") is None
    assert event_date("They may attack, and may march.") is None


def test_relative_dates_need_a_publication_date():
    assert event_date("On Tuesday, forces shelled the town.", published=None) is None
    assert event_date("The shelling on 30 January 2020 killed five.", published=None) == ("2020-01-30", 1)


def test_a_day_and_month_after_publication_belongs_to_the_previous_year():
    assert event_date("The siege began on 20 December.") == ("2019-12-20", 1)


def test_evidence_spans_the_expression_without_its_preposition():
    text = "Jets struck Idlib on Tuesday."
    iso, precision, ev = find_event_date(Sentence(200, 200 + len(text), text), PUBLISHED, document_id="d")
    assert (ev.text, ev.start, ev.end, ev.field) == ("Tuesday", 221, 228, "date")


def test_the_most_precise_date_wins():
    dates = find_dates(Sentence(0, 60, "Fighting since 2011 killed 14 on 3 March."), PUBLISHED)
    assert [d.text for d in dates] == ["2011", "3 March"]
    assert event_date("Fighting since 2011 killed 14 on 3 March.") == ("2019-03-03", 1)
