"""Read queries for the API: filtered and sorted event pages, map features, statistics, full-text search,
and the document/event records the web UI shows.

Pages are built from the indexed columns and the stored JSON text is passed through as it is: a page of
events is never parsed into objects and serialised again, which keeps a map refresh on a million-event
store within a few tens of milliseconds.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime, timedelta
from typing import Any, Iterator, Optional

from sqlalchemy import Integer, Text, and_, cast, func, literal_column, select, text, true
from sqlalchemy.engine import Engine
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import ColumnElement, UnaryExpression

from eventwatch.model import Event, event_from_dict
from eventwatch.resolve.geometry import bbox_around, cells_in_bbox
from eventwatch.store.repository import EventFilter, Store
from eventwatch.store.schema import documents, event_actors, event_overrides, event_versions, events, mentions

KM_PER_DEGREE = 111.32
SORTS = {
    "date": (events.c.date, events.c.id),
    "killed": (events.c.killed_best, events.c.date, events.c.id),
    "updated": (events.c.updated_at, events.c.id),
    "confidence": (events.c.confidence, events.c.date, events.c.id),
    "sources": (events.c.independent_sources, events.c.date, events.c.id),
}
SORT_KEYS = tuple(k for name in SORTS for k in (name, "-" + name))
BUCKETS = ("day", "week", "month")
GROUPS = ("family", "type")
STATUSES = ("machine", "confirmed", "rejected")
COUNT_CAP = 10_000


@dataclass
class EventQuery(EventFilter):
    """The store's event filter plus what a browsing user adds: text search, review status, sorting."""

    q: Optional[str] = None
    status: Optional[str] = None
    sort: str = "-date"


@dataclass
class EventPage:
    items: list[str]  # each the stored event JSON, as text
    total: int
    total_exact: bool  # False when there are more than COUNT_CAP matches and `total` is that cap
    limit: Optional[int] = None
    offset: int = 0


@dataclass
class DocumentSpans:
    """The parts of a document that events were read from."""

    event_id: str
    sentence_start: int
    sentence_end: int
    event_type: str
    fields: list[dict[str, Any]] = field(default_factory=list)


# --- full-text search --------------------------------------------------------------------------------------

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_WORD_CHARS = re.compile(r"[^\w*]+", re.UNICODE)


def fts5_query(user_query: str) -> Optional[str]:
    """A user's search words as an FTS5 expression that cannot be a syntax error.

    Words are ANDed, "quoted phrases" stay phrases, a trailing * is a prefix search and a bare OR joins
    its neighbours; everything else is quoted, so punctuation in a query is never FTS5 syntax.
    """
    parts: list[str] = []
    for phrase, word in _TERM.findall(user_query):
        if word == "OR":
            if parts and parts[-1] != "OR":
                parts.append("OR")
            continue
        raw = phrase if phrase else word
        prefix = bool(word) and word.endswith("*")
        cleaned = " ".join(_WORD_CHARS.sub(" ", raw.replace("*", " ")).split())
        if not cleaned:
            continue
        parts.append('"' + cleaned.replace('"', '""') + '"' + ("*" if prefix else ""))
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts) or None


def _text_condition(engine: Engine, user_query: str) -> ColumnElement:
    """Events whose evidence sentences or source documents match the query."""
    if engine.dialect.name == "postgresql":
        sub = text(
            "SELECT m.event_id FROM mentions m WHERE m.search @@ websearch_to_tsquery('english', :ftsq) "
            "UNION SELECT m.event_id FROM mentions m JOIN documents d ON d.id = m.document_id "
            "WHERE d.search @@ websearch_to_tsquery('english', :ftsq)"
        ).bindparams(ftsq=user_query)
    else:
        expr = fts5_query(user_query)
        if expr is None:
            return true()
        sub = text(
            "SELECT m.event_id FROM mentions m WHERE m.id IN "
            "(SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH :ftsq) "
            "UNION SELECT m.event_id FROM mentions m WHERE m.document_id IN "
            "(SELECT document_id FROM documents_fts WHERE documents_fts MATCH :ftsq)"
        ).bindparams(ftsq=expr)
    return events.c.id.in_(sub.columns(events.c.id.label("event_id")))


# --- filters -----------------------------------------------------------------------------------------------


def event_conditions(engine: Engine, query: EventQuery) -> list[ColumnElement]:
    """The WHERE terms of a query; the first one is what the live-events partial index is built on."""
    conds: list[ColumnElement] = [events.c.merged_into.is_(None)]
    if query.since:
        conds.append(events.c.date >= query.since)
    if query.until:
        conds.append(events.c.date <= query.until)
    if query.event_type:
        types = [t.strip().upper() for t in query.event_type.split(",") if t.strip()]
        conds.append(events.c.event_type.in_(types) if len(types) > 1 else events.c.event_type == types[0])
    if query.family:
        conds.append(func.lower(events.c.event_family) == query.family.lower())
    if query.grade:
        conds.append(events.c.grade == query.grade)
    if query.status:
        conds.append(events.c.status == query.status)
    if query.min_killed is not None:
        conds.append(events.c.killed_best >= query.min_killed)
    if query.place:
        conds.append(func.lower(events.c.location_name).like(f"%{_like(query.place.lower())}%", escape="\\"))
    if query.actor:
        sub = select(event_actors.c.event_id).where(
            func.lower(event_actors.c.name).like(f"%{_like(query.actor.lower())}%", escape="\\"))
        conds.append(events.c.id.in_(sub))
    box = query.bbox
    if query.near:
        lat, lon, km = query.near
        w, s, e, n = bbox_around(lat, lon, km)
        box = (w, s, e, n) if box is None else (max(w, box[0]), max(s, box[1]), min(e, box[2]), min(n, box[3]))
        # equirectangular distance: exact enough at the radii people search with, and plain arithmetic
        # that SQLite and PostgreSQL both index-filter without extensions
        kx = KM_PER_DEGREE * math.cos(math.radians(lat))
        dy = (events.c.lat - lat) * KM_PER_DEGREE
        dx = (events.c.lon - lon) * kx
        conds.append(dx * dx + dy * dy <= km * km)
    if box:
        w, s, e, n = box
        lat, lon = _no_index(events.c.lat), _no_index(events.c.lon)
        conds += [lat >= s, lat <= n]
        if e - w >= 360:  # the whole world wide (a zoomed-out map): no longitude limit
            w, e = -180.0, 180.0
        elif (w := _wrap(w)) <= (e := _wrap(e)):
            conds += [lon >= w, lon <= e]
        else:  # a box across the antimeridian
            conds.append((lon >= w) | (lon <= e))
        cells = box_cells(w, s, e, n)
        if cells is not None:
            conds.append(events.c.cell.in_(cells))
    if query.q and query.q.strip():
        conds.append(_text_condition(engine, query.q.strip()))
    return conds


# Up to ~2,500 one-degree cells (a 50x50 degree box) are looked up cell by cell in the index; a wider box
# matches so much that reading the date index in order finds a page at once.
MAX_CELLS = 2500


def box_cells(w: float, s: float, e: float, n: float) -> Optional[list[int]]:
    """The grid cells of a box (w > e crosses the antimeridian), or None when there are too many."""
    if w > e:
        west, east = box_cells(w, s, 180.0, n), box_cells(-180.0, s, e, n)
        if west is None or east is None or len(west) + len(east) > MAX_CELLS:
            return None
        return sorted(set(west) | set(east))
    return cells_in_bbox(w, s, min(e, 179.9999), n, limit=MAX_CELLS)


def _no_index(column: ColumnElement) -> ColumnElement:
    """`+column`: the same value, but the planner will not pick a lat/lon index for it.

    A latitude band is a poor index for a box (it holds the whole band around the globe); boxes are found
    through their grid cells instead, and the exact edges are checked inside the cell index.
    """
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def _wrap(lon: float) -> float:
    """Longitude into [-180, 180): a map panned across the antimeridian reports 190 for -170."""
    return ((lon + 180.0) % 360.0) - 180.0


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _order(sort: str) -> list[ColumnElement]:
    desc = sort.startswith("-")
    cols = SORTS.get(sort.lstrip("-"))
    if cols is None:
        raise ValueError(f"sort must be one of {', '.join(SORT_KEYS)}")
    if desc:
        return [c.desc().nulls_last() for c in cols]
    return [c.asc().nulls_last() for c in cols]


def _count(engine: Engine, conds: list[ColumnElement], cap: int = COUNT_CAP) -> tuple[int, bool]:
    inner = select(events.c.id).where(and_(true(), *conds)).limit(cap + 1).subquery()
    with engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(inner)).scalar_one()
    return (cap, False) if n > cap else (n, True)


def find_events(store: Store, query: EventQuery, *, count: bool = True) -> EventPage:
    """One page of events as stored JSON text, with how many match (exact up to COUNT_CAP).

    The page's ids are chosen first (inside the index when the filters allow), and only then are those
    rows' JSON read, so matching rows that are not on the page never have their JSON loaded.
    """
    conds = event_conditions(store.engine, query)
    order = _order(query.sort)
    page_ids = (select(events.c.id).where(and_(true(), *conds)).order_by(*order)
                .limit(query.limit).offset(query.offset or 0))
    q = select(cast(events.c.data, Text)).where(events.c.id.in_(page_ids)).order_by(*order)
    with store.engine.connect() as conn:
        items = list(conn.execute(q).scalars())
    if count:
        if query.limit is None or (len(items) < query.limit and (items or not query.offset)):
            total, exact = (query.offset or 0) + len(items), True
        else:
            total, exact = _count(store.engine, conds)
    else:
        total, exact = len(items), False
    return EventPage(items=items, total=total, total_exact=exact, limit=query.limit, offset=query.offset)


# What a map marker needs; all of it is in the ix_events_live_cell_geo index (migration 0002), so a map of
# thousands of events in a box is read from the index alone.
FEATURE_COLUMNS = ("id", "date", "event_type", "event_family", "location_name", "killed_best", "grade", "status")


def find_features(store: Store, query: EventQuery) -> list[dict[str, Any]]:
    """Map points: the located events of a query with the columns a marker needs (no JSON parsing)."""
    conds = event_conditions(store.engine, query) + [events.c.lat.is_not(None), events.c.lon.is_not(None)]
    cols = [events.c[name] for name in FEATURE_COLUMNS]
    q = (select(events.c.lat, events.c.lon, *cols).where(and_(true(), *conds)).order_by(*_order(query.sort))
         .limit(query.limit).offset(query.offset or 0))
    out = []
    with store.engine.connect() as conn:
        for row in conn.execute(q):
            props = dict(zip(FEATURE_COLUMNS, row[2:]))
            out.append({"type": "Feature", "id": props["id"],
                        "geometry": {"type": "Point", "coordinates": [row[1], row[0]]}, "properties": props})
    return out


def iter_events(store: Store, query: EventQuery, *, batch: int = 1000) -> Iterator[Event]:
    """All events of a query in its order, streamed from one result set (for exports of any size).

    The connection stays open while the caller iterates; closing the generator releases it.
    """
    conds = event_conditions(store.engine, query)
    q = (select(events.c.data).where(and_(true(), *conds)).order_by(*_order(query.sort))
         .limit(query.limit).offset(query.offset or 0))
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(q)
        for data in result.scalars():
            yield event_from_dict(data)


# --- statistics --------------------------------------------------------------------------------------------


def _period(day: str, bucket: str) -> str:
    if bucket == "month":
        return day[:7] + "-01"
    if bucket == "week":
        d = Date.fromisoformat(day)
        return (d - timedelta(days=d.weekday())).isoformat()
    return day


def auto_bucket(first: Optional[str], last: Optional[str]) -> str:
    """Days for up to a year, weeks up to four years, months beyond: a readable number of bars."""
    if not first or not last:
        return "day"
    span = (Date.fromisoformat(last) - Date.fromisoformat(first)).days
    return "day" if span <= 366 else "week" if span <= 4 * 366 else "month"


STAT_PARTS = ("periods", "totals", "actors")
# columns that migration 0002 keeps equal to the JSON, so statistics read them from an index instead
INJURED_BEST = literal_column("events.injured_best", Integer)
DISPLACED_BEST = literal_column("events.displaced_best", Integer)


def event_stats(store: Store, query: EventQuery, *, bucket: str = "auto", group: str = "family",
                top_actors: int = 20, parts: tuple[str, ...] = STAT_PARTS) -> dict[str, Any]:
    """Counts per period by family or type, casualties by actor, and totals, for the events of `query`.

    `parts` picks what to compute: the timeline needs only periods and totals, and on a store of millions
    the per-actor sums are the expensive part.
    """
    if bucket not in BUCKETS + ("auto",):
        raise ValueError(f"bucket must be one of {', '.join(BUCKETS)} or auto")
    if group not in GROUPS:
        raise ValueError(f"group must be one of {', '.join(GROUPS)}")
    unknown = set(parts) - set(STAT_PARTS)
    if unknown:
        raise ValueError(f"parts are {', '.join(STAT_PARTS)}")
    conds = and_(true(), *event_conditions(store.engine, query))
    key = events.c.event_family if group == "family" else events.c.event_type
    out: dict[str, Any] = {"bucket": bucket, "group": group}
    with store.engine.connect() as conn:
        totals = conn.execute(select(func.count(), func.sum(events.c.killed_best), func.sum(INJURED_BEST),
                                     func.sum(DISPLACED_BEST), func.min(events.c.date), func.max(events.c.date))
                              .where(conds)).one()
        if bucket == "auto":
            bucket = out["bucket"] = auto_bucket(totals[4], totals[5])
        if "totals" in parts:
            out["totals"] = {"events": totals[0], "killed": totals[1] or 0, "injured": totals[2] or 0,
                             "displaced": totals[3] or 0, "first_date": totals[4], "last_date": totals[5]}
        if "periods" in parts:
            per_day = conn.execute(select(events.c.date, key, func.count())
                                   .where(conds, events.c.date.is_not(None)).group_by(events.c.date, key)).all()
            series: dict[str, dict[str, int]] = {}
            keys: dict[str, int] = {}
            for day, k, n in per_day:
                period = _period(day, bucket)
                counts = series.setdefault(period, {})
                counts[k] = counts.get(k, 0) + n
                keys[k] = keys.get(k, 0) + n
            out["groups"] = sorted(keys, key=lambda k: -keys[k])
            out["periods"] = [{"period": p, "counts": series[p], "total": sum(series[p].values())}
                              for p in sorted(series)]
        if "actors" in parts:
            by_actor = conn.execute(
                select(event_actors.c.name, func.count(func.distinct(events.c.id)), func.sum(events.c.killed_best))
                .join(events, events.c.id == event_actors.c.event_id)
                .where(conds, event_actors.c.role == "actor1")
                .group_by(event_actors.c.name)
                .order_by(func.sum(events.c.killed_best).desc().nulls_last(), func.count().desc())
                .limit(top_actors)).all()
            out["by_actor"] = [{"actor": a, "events": n, "killed": k or 0} for a, n, k in by_actor]
    return out


# --- records -----------------------------------------------------------------------------------------------


def live_event_id(store: Store, event_id: str) -> Optional[str]:
    """The id an event answers to now: merges chain, so follow them."""
    with store.engine.connect() as conn:
        return store._live_id(conn, event_id)


def _changed_fields(before: Optional[dict], after: dict) -> list[str]:
    if before is None:
        return []
    return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))


def event_record(store: Store, event_id: str) -> Optional[dict[str, Any]]:
    """An event as the detail view shows it: the JSON shape, review status, analyst overrides, versions."""
    live = live_event_id(store, event_id)
    if live is None:
        return None
    with store.engine.connect() as conn:
        row = conn.execute(select(cast(events.c.data, Text), events.c.status, events.c.version,
                                  events.c.created_at, events.c.updated_at)
                           .where(events.c.id == live)).first()
        overrides = conn.execute(select(event_overrides).where(event_overrides.c.event_id == live)).mappings().all()
        versions = conn.execute(select(event_versions).where(event_versions.c.event_id == live)
                                .order_by(event_versions.c.version, event_versions.c.id)).mappings().all()
        merged = conn.execute(select(events.c.id).where(events.c.merged_into == live).order_by(events.c.id)).scalars()
        merged_ids = list(merged)
    record = json.loads(row[0])
    record["status"] = row[1] or "machine"
    record["version"] = row[2]
    record["created_at"] = _iso(row[3])
    record["updated_at"] = _iso(row[4])
    record["requested_id"] = event_id
    record["merged_from"] = merged_ids
    record["overrides"] = {o["field"]: {"value": o["value"], "who": o["who"], "at": _iso(o["at"]), "why": o["why"]}
                           for o in overrides}
    history, before = [], None
    for v in versions:
        history.append({"version": v["version"], "at": _iso(v["at"]), "who": v["who"], "action": v["action"],
                        "why": v["why"], "changed": _changed_fields(before, v["data"] or {})})
        before = v["data"] or {}
    record["versions"] = history
    return record


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


DOCUMENT_FIELDS = ("id", "sha256", "title", "publisher", "published_at", "dateline", "doc_type", "language",
                   "url", "source_path", "source_line", "content_type", "encoding", "copy_of", "ingested_at",
                   "mention_count")


def document_record(store: Store, document_id: str) -> Optional[dict[str, Any]]:
    """A document's metadata, cleaned text and the spans events were read from (never the raw bytes)."""
    cols = [documents.c[name] for name in DOCUMENT_FIELDS] + [documents.c.text, func.length(documents.c.raw)]
    with store.engine.connect() as conn:
        row = conn.execute(select(*cols).where(documents.c.id == document_id)).first()
        if row is None:
            return None
        rows = conn.execute(select(mentions.c.event_id, mentions.c.sentence_start, mentions.c.sentence_end,
                                   mentions.c.event_type, mentions.c.data)
                            .where(mentions.c.document_id == document_id).order_by(mentions.c.sentence_start)).all()
    record = {name: _iso(value) for name, value in zip(DOCUMENT_FIELDS, row)}
    record["text"] = row[len(DOCUMENT_FIELDS)]
    record["raw_bytes"] = row[len(DOCUMENT_FIELDS) + 1]
    spans = []
    for event_id, s_start, s_end, etype, data in rows:
        fields = [{"field": ev.get("field"), "start": ev.get("start"), "end": ev.get("end"), "text": ev.get("text")}
                  for ev in (data or {}).get("evidence", []) if isinstance(ev, dict)]
        spans.append({"event_id": live_event_id(store, event_id) or event_id, "sentence_start": s_start,
                      "sentence_end": s_end, "event_type": etype, "fields": fields})
    record["spans"] = spans
    return record


def document_rows(store: Store, *, limit: int = 50, offset: int = 0,
                  q: Optional[str] = None) -> tuple[int, list[dict[str, Any]]]:
    cols = [documents.c[name] for name in DOCUMENT_FIELDS]
    conds: list[ColumnElement] = []
    if q and q.strip():
        if store.engine.dialect.name == "postgresql":
            conds.append(text("documents.search @@ websearch_to_tsquery('english', :dq)").bindparams(dq=q))
        else:
            expr = fts5_query(q)
            if expr:
                conds.append(documents.c.id.in_(text(
                    "SELECT document_id FROM documents_fts WHERE documents_fts MATCH :dq"
                ).bindparams(dq=expr).columns(documents.c.id.label("document_id"))))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(documents).where(and_(true(), *conds))).scalar_one()
        rows = conn.execute(select(*cols).where(and_(true(), *conds))
                            .order_by(documents.c.published_at.desc().nulls_last(), documents.c.id)
                            .limit(limit).offset(offset)).all()
    return total, [{name: _iso(v) for name, v in zip(DOCUMENT_FIELDS, r)} for r in rows]
