"""Opening a store: URL resolution, SQLite pragmas, and migrations to the current schema.

The schema is created only by Alembic migrations (never `metadata.create_all`), so a SQLite file made
today and a PostgreSQL server next year go through the same steps.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Optional

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

DEFAULT_DB = "eventwatch.db"
MIGRATIONS = Path(__file__).with_name("migrations")


def database_url(db: Optional[str] = None) -> str:
    """`--db` wins, then `$EVENTWATCH_DB`, then ./eventwatch.db. A bare path means a SQLite file."""
    value = db or os.environ.get("EVENTWATCH_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


class DumpedJSON:
    """A JSON value serialised once, for a value that goes into several JSON columns: an event's JSON is
    written to its row and to its version row, and an event a document creates is written twice in the
    same transaction (first as a placeholder other mentions can match); its serialisation, done each
    time, was most of the writer's JSON work. Only engines opened here understand it (`dumps`)."""

    __slots__ = ("value", "text")

    def __init__(self, value: Any):
        self.value = value
        self.text = json.dumps(value)


def dumps(value: Any) -> str:
    """The engines' JSON serialiser: `json.dumps`, SQLAlchemy's own default, except that a `DumpedJSON`
    gives the text it already holds, the same text on SQLite and PostgreSQL."""
    return value.text if isinstance(value, DumpedJSON) else json.dumps(value)


def understands_dumped_json(engine: Engine) -> bool:
    return getattr(engine.dialect, "_json_serializer", None) is dumps


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # First, so that the statements below wait for a lock instead of failing at once: switching a new file
    # to WAL needs it exclusively, and a reader that opened the file just then would make it fail.
    cursor.execute("PRAGMA busy_timeout=30000")
    # WAL: readers never block the writer, and a killed writer leaves the last committed state intact.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def open_engine(db: Optional[str] = None, *, migrate: bool = True) -> Engine:
    url = database_url(db)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    engine = create_engine(url, future=True, json_serializer=dumps)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if migrate:
        upgrade(engine)
    return engine


def upgrade(engine: Engine) -> None:
    cfg = _alembic_config(str(engine.url))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
