"""The tables. Only `store/` knows them; every other stage speaks in `eventwatch.model` dataclasses.

Events keep their full JSON shape in `data` (what the CLI, exports and API show) plus the columns that
queries filter on (date, coordinates, type, family, grade, killed), so filters use indexes and the shape can
grow without a migration for every new field.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)

metadata = MetaData()


class UTCDateTime(TypeDecorator):
    """A moment stored as UTC and read back as an aware UTC datetime, on every engine.

    SQLite has no time zones: SQLAlchemy writes an aware datetime's wall-clock digits and drops its offset, so
    a feed item published at 12:00+03:00 would read back as 12:00 there and as 09:00+00:00 from PostgreSQL,
    and the same store would differ by engine. Converting to UTC before writing, and marking what is read as
    UTC, gives both the same instant and the same text. A moment written without an offset (a date line
    "31 January 2020") is taken as UTC, which is what PostgreSQL's UTC sessions already did with it.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Optional[datetime], dialect: Any) -> Optional[datetime]:
        if value is None:
            return None
        value = as_utc(value)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Any) -> Optional[datetime]:
        if isinstance(value, str):  # a raw SQLite value read through a text expression
            value = datetime.fromisoformat(value)
        return as_utc(value) if isinstance(value, datetime) else value


def as_utc(value: datetime) -> datetime:
    """The same instant in UTC; a datetime without an offset is taken to be in UTC already."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)

documents = Table(
    "documents",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("raw", LargeBinary, nullable=False),
    Column("text", Text, nullable=False),
    Column("offsets", JSON, nullable=False),
    Column("title", Text),
    Column("publisher", Text),
    Column("published_at", UTCDateTime()),
    Column("dateline", Text),
    Column("doc_type", String(32)),
    Column("language", String(8)),
    Column("url", Text),
    Column("source_path", Text),
    Column("source_line", Integer),
    Column("content_type", String(16)),
    Column("encoding", String(32)),
    Column("text_hash", String(64), index=True),
    Column("copy_of", String(32), ForeignKey("documents.id")),
    Column("minhash", JSON),  # MinHash signature of the cleaned text, for syndicated-copy detection
    Column("shingle_count", Integer),
    Column("ingested_at", UTCDateTime(), nullable=False),
    Column("mention_count", Integer, nullable=False, default=0),
)

document_bands = Table(
    "document_bands",
    metadata,
    Column("key", String(24), primary_key=True),
    Column("document_id", String(32), ForeignKey("documents.id"), primary_key=True),
)

events = Table(
    "events",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("event_type", String(40), nullable=False),
    Column("event_family", String(60), nullable=False),
    Column("date", String(10)),
    Column("date_precision", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("cell", Integer),  # 1-degree grid cell of (lat, lon): see resolve.geometry.cell_of
    Column("location_name", Text),
    Column("country_code", String(2)),
    Column("geo_precision", Integer),
    Column("killed_best", Integer),
    Column("grade", String(20), nullable=False),
    Column("confidence", Float),
    Column("independent_sources", Integer),
    Column("version", Integer, nullable=False, default=1),
    Column("status", String(16), nullable=False, default="machine"),  # machine | confirmed | rejected
    Column("merged_into", String(32)),  # set when an analyst merged this event into another: ids stay valid
    Column("data", JSON, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Index("ix_events_date", "date"),
    Index("ix_events_cell_dprec_date", "cell", "date_precision", "date"),
    Index("ix_events_country_dprec_date", "country_code", "date_precision", "date"),
    Index("ix_events_lat_lon", "lat", "lon"),
    Index("ix_events_type", "event_type"),
    Index("ix_events_family_date", "event_family", "date"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(32), ForeignKey("events.id"), nullable=False, index=True),
    Column("document_id", String(32), ForeignKey("documents.id"), nullable=False, index=True),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("event_type", String(40), nullable=False),
    Column("data", JSON, nullable=False),
    Column("pinned", Boolean, nullable=False, default=False),  # placed by an analyst, not the machine
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(32), ForeignKey("events.id"), primary_key=True),
    Column("name", String(200), primary_key=True),
    Column("role", String(16), primary_key=True),
    Index("ix_event_actors_name", "name"),
)

event_versions = Table(
    "event_versions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(32), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("who", String(100), nullable=False),
    Column("action", String(40), nullable=False),
    Column("why", Text),
    Column("data", JSON, nullable=False),
)

# Analyst decisions live apart from machine output so that re-extraction and re-resolution cannot undo them.
event_overrides = Table(
    "event_overrides",
    metadata,
    Column("event_id", String(32), primary_key=True),
    Column("field", String(40), primary_key=True),
    Column("value", JSON),
    Column("who", String(100), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("why", Text),
)

mention_pins = Table(
    "mention_pins",
    metadata,
    Column("document_id", String(32), primary_key=True),
    Column("sentence_start", Integer, primary_key=True),
    Column("event_id", String(32), nullable=False, index=True),
    Column("who", String(100), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
)

# Optional capabilities the migrations found on this server (e.g. PostGIS).
store_features = Table(
    "store_features",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("enabled", Boolean, nullable=False),
)
