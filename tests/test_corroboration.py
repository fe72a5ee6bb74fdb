"""Corroboration through the whole pipeline: reports written for these tests, ingested as a user would."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli

REPORTS = {
    "wire.jsonl": [
        {"publisher": "Levant Wire", "published_at": "2020-02-11T09:00:00",
         "title": "Air strike on Ariha bakery kills 7",
         "text": "ARIHA, Syria (LW) - Warplanes struck a bakery in the town of Ariha in Idlib province on "
                 "Monday 10 February, killing seven people who were queuing for bread, local rescuers said. "
                 "Rescuers pulled several survivors from the rubble, and the bakery was destroyed."},
        {"publisher": "Gulf Chronicle", "published_at": "2020-02-11T11:30:00",
         "title": "Seven die as jets hit bakery in Idlib town",
         "text": "ARIHA, Syria (LW) - Warplanes struck a bakery in the town of Ariha in Idlib province on "
                 "Monday 10 February, killing seven people who were queuing for bread, local rescuers said. "
                 "Rescuers pulled several survivors from the rubble, and the bakery was destroyed. "
                 "Copyright Levant Wire. All rights reserved."},
        {"publisher": "Idlib Health Directorate", "published_at": "2020-02-10T20:00:00",
         "text": "The directorate's hospitals received the bodies of nine civilians and treated 14 wounded after "
                 "an air raid on a bakery in Ariha on Monday, 10 February 2020."},
        {"publisher": "Ministry of Defence", "published_at": "2020-02-11T15:00:00",
         "text": "The Ministry of Defence denied on Tuesday that its aircraft bombed a bakery in Ariha, calling "
                 "the reports fabricated."},
        {"publisher": "Idlib Health Directorate", "published_at": "2020-02-10T21:00:00",
         "text": "In a separate attack on Monday 10 February, shelling hit a school in the town of Saraqib, "
                 "killing two children."},
        {"publisher": "Northwest Monitor", "published_at": "2020-02-13T10:00:00",
         "text": "On Thursday 13 February, artillery shells struck the centre of Saraqib again, killing a man "
                 "and wounding four others."},
        {"publisher": "Relief Bulletin", "published_at": "2020-02-17T08:00:00",
         "text": "Shelling hit the town of Saraqib last week, killing a man and wounding four people, "
                 "according to residents who reached the camps."},
    ]
}


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    for name, records in REPORTS.items():
        (folder / name).write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = str(folder / "c.db")
    out = run_cli("ingest", str(folder), db=db)
    assert out.returncode == 0, out.stderr.decode()
    listing = run_cli("events", "--format", "json", db=db)
    return json.loads(listing.stdout)


def find(events, place: str, day: str) -> list[dict]:
    return [e for e in events if e["location"] and place in (e["location"]["raw"], e["location"]["name"])
            and e["date"] == day]


def test_several_outlets_make_one_event_with_a_casualty_range(events):
    (ariha,) = [e for e in events if e["location"] and e["location"]["raw"].endswith("Ariha")]  # "town of Ariha"
    assert ariha["event_type"] == "AIR_STRIKE" and ariha["date"] == "2020-02-10"
    assert len(ariha["sources"]) == 4
    killed = ariha["casualties"]["killed"]
    assert (killed["low"], killed["high"]) == (7, 9)


def test_the_syndicated_copy_counts_once_and_the_denial_makes_it_contested(events):
    (ariha,) = [e for e in events if e["location"] and e["location"]["raw"].endswith("Ariha")]  # "town of Ariha"
    assert ariha["independent_sources"] == 3
    assert ariha["grade"] == "contested" and "denied" in ariha["grade_reason"]


def test_saraqib_on_two_days_and_ariha_on_the_same_day_stay_apart(events):
    saraqib = [e for e in events if e["location"] and e["location"]["name"] == "Saraqib"]
    assert sorted(e["date"] for e in saraqib)[:2] == ["2020-02-10", "2020-02-13"]


def test_a_report_dated_only_last_week_joins_the_event_of_that_week(events):
    later = [e for e in events if e["location"] and e["location"]["name"] == "Saraqib" and e["date"] == "2020-02-13"]
    assert len(later) == 1 and len(later[0]["sources"]) == 2
