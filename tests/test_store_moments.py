"""A moment reads back from the store as the same instant, in UTC, whichever database holds it.

SQLite keeps no time zones, so without care a feed item published at 12:00+03:00 read back as 12:00 there
and as 09:00+00:00 from PostgreSQL, and an event's sources told its publication time differently by engine.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

import pytest

from eventwatch.model import Document
from eventwatch.store.database import open_engine
from eventwatch.store.repository import Store
from eventwatch.store.schema import as_utc
from test_resolve import mention

BEIRUT = timezone(timedelta(hours=3))


@pytest.fixture
def store(db_url):
    engine = open_engine(db_url)
    yield Store(engine)
    engine.dispose()


def _doc(body: str, published: datetime) -> Document:
    raw = body.encode()
    sha = hashlib.sha256(raw).hexdigest()
    return Document(id=sha[:16], sha256=sha, raw=raw, text=body, publisher="Agency", published_at=published,
                    text_hash=hashlib.sha256(body.lower().encode()).hexdigest())


def test_a_publication_time_with_an_offset_reads_back_as_the_same_instant_in_utc(store):
    d = _doc("A shell hit the market on Friday.", datetime(2020, 1, 31, 12, 0, tzinfo=BEIRUT))
    store.add_document(d, [mention(doc=d.id, date="2020-01-31")])
    (stored,) = list(store.iter_documents([d.id]))
    assert stored.published_at == datetime(2020, 1, 31, 9, 0, tzinfo=timezone.utc)
    assert stored.published_at.utcoffset() == timedelta(0)


def test_a_publication_time_without_an_offset_is_taken_as_utc(store):
    d = _doc("Two drones struck a depot on Thursday.", datetime(2020, 1, 30, 8, 30))
    store.add_document(d, [mention(doc=d.id, date="2020-01-30")])
    (stored,) = list(store.iter_documents([d.id]))
    assert stored.published_at == datetime(2020, 1, 30, 8, 30, tzinfo=timezone.utc)


def test_an_events_sources_give_the_publication_time_as_one_utc_text_however_the_event_was_built(store):
    first = _doc("Shelling hit the old town on Friday, residents said.", datetime(2020, 1, 31, 12, 0, tzinfo=BEIRUT))
    second = _doc("The old town was shelled on Friday, a monitor said.", datetime(2020, 1, 31, 10, 0))
    store.add_document(first, [mention(doc=first.id, date="2020-01-31")])
    store.add_document(second, [mention(doc=second.id, date="2020-01-31")])
    times = sorted(s.published_at for e in store.list_events() for s in e.sources)
    assert times == ["2020-01-31T09:00:00+00:00", "2020-01-31T10:00:00+00:00"]


def test_as_utc_keeps_the_instant():
    moment = datetime(2024, 6, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert as_utc(moment) == moment
    assert as_utc(moment).isoformat() == "2024-06-02T04:30:00+00:00"
