"""Reading and writing the store. The only module that speaks SQL.

`add_document` is the unit of durability: the document, its mentions, the events they create or join and
the new event versions are written in one transaction, so a crash leaves all of it or none of it.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Optional

from sqlalchemy import and_, delete, func, insert, select, true, update
from sqlalchemy.engine import Connection, Engine

from eventwatch.model import Document, Event, Mention, event_from_dict, mention_from_dict, to_dict
from eventwatch.resolve.aggregate import aggregate
from eventwatch.resolve.geometry import bbox_around, date_tolerance_days, haversine_km, place_tolerance_km
from eventwatch.resolve.independence import SourceDoc
from eventwatch.resolve.match import best_match
from eventwatch.store.schema import documents, event_actors, event_versions, events, mentions

SYSTEM = "eventwatch"


@dataclass
class AddResult:
    status: str  # "new" | "known"
    document_id: str
    copy_of: Optional[str] = None
    event_ids: list[str] = field(default_factory=list)
    new_events: int = 0


@dataclass
class EventFilter:
    since: Optional[str] = None
    until: Optional[str] = None
    event_type: Optional[str] = None
    family: Optional[str] = None
    actor: Optional[str] = None
    place: Optional[str] = None
    grade: Optional[str] = None
    near: Optional[tuple[float, float, float]] = None  # lat, lon, km
    bbox: Optional[tuple[float, float, float, float]] = None  # west, south, east, north
    min_killed: Optional[int] = None
    limit: Optional[int] = None
    offset: int = 0


def _now() -> datetime:
    return datetime.now(timezone.utc)


def event_id_for(document_id: str, mention: Mention) -> str:
    """Stable: the same first report of an event always yields the same id."""
    digest = hashlib.sha1(f"{document_id}:{mention.sentence_start}".encode()).hexdigest()
    return "ev" + digest[:14]


class Store:
    def __init__(self, engine: Engine):
        self.engine = engine

    # --- documents ---------------------------------------------------------------------------------------

    def has_document(self, sha256: str) -> Optional[str]:
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.sha256 == sha256)).scalar()

    def add_document(self, doc: Document, doc_mentions: list[Mention]) -> AddResult:
        with self.engine.begin() as conn:
            existing = conn.execute(select(documents.c.id).where(documents.c.sha256 == doc.sha256)).scalar()
            if existing is not None:
                return AddResult(status="known", document_id=existing)
            copy_of = None
            if doc.text_hash:
                copy_of = conn.execute(
                    select(documents.c.id).where(documents.c.text_hash == doc.text_hash)
                    .order_by(documents.c.ingested_at, documents.c.id).limit(1)
                ).scalar()
            doc.copy_of = copy_of
            conn.execute(insert(documents).values(
                id=doc.id, sha256=doc.sha256, raw=doc.raw, text=doc.text, offsets=doc.offsets,
                title=doc.title, publisher=doc.publisher, published_at=doc.published_at,
                dateline=doc.dateline, doc_type=doc.doc_type, language=doc.language, url=doc.url,
                source_path=doc.source_path, source_line=doc.source_line, content_type=doc.content_type,
                encoding=doc.encoding, text_hash=doc.text_hash, copy_of=copy_of, ingested_at=_now(),
                mention_count=len(doc_mentions),
            ))
            touched: dict[str, str] = {}
            new_events = 0
            for m in doc_mentions:
                target = best_match(m, self._candidates(conn, m))
                if target is None:
                    event_id = event_id_for(doc.id, m)
                    new_events += 1
                    action = "created"
                    # a placeholder row so later mentions of this document can match it
                    self._write_event(conn, aggregate(event_id, [(m, self._source_doc(doc))]), created=True)
                else:
                    event_id = target.id
                    action = "source added"
                conn.execute(insert(mentions).values(
                    event_id=event_id, document_id=doc.id, sentence_start=m.sentence_start,
                    sentence_end=m.sentence_end, event_type=m.event_type, data=to_dict(m), pinned=False,
                ))
                touched.setdefault(event_id, action)
            for event_id, action in touched.items():
                self._reaggregate(conn, event_id, who=SYSTEM, action=action, why=f"document {doc.id}")
            return AddResult(status="new", document_id=doc.id, copy_of=copy_of,
                             event_ids=list(touched), new_events=new_events)

    def get_document(self, doc_id: str) -> Optional[dict[str, Any]]:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings().first()
            if row is None and len(doc_id) >= 6:
                row = conn.execute(
                    select(documents).where(documents.c.id.like(doc_id + "%")).limit(2)
                ).mappings().all()
                row = row[0] if len(row) == 1 else None
            return dict(row) if row else None

    def list_documents(self, limit: Optional[int] = None) -> list[dict[str, Any]]:
        cols = [c for c in documents.c if c.name not in ("raw", "text", "offsets")]
        with self.engine.connect() as conn:
            q = select(*cols).order_by(documents.c.published_at, documents.c.id)
            if limit:
                q = q.limit(limit)
            return [dict(r) for r in conn.execute(q).mappings()]

    def document_count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(documents)).scalar_one()

    # --- events ------------------------------------------------------------------------------------------

    def get_event(self, event_id: str) -> Optional[Event]:
        with self.engine.connect() as conn:
            data = conn.execute(select(events.c.data).where(events.c.id == event_id)).scalar()
            return event_from_dict(data) if data else None

    def event_mentions(self, event_id: str) -> list[Mention]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(mentions.c.data).where(mentions.c.event_id == event_id).order_by(mentions.c.id)
            ).scalars()
            return [mention_from_dict(r) for r in rows]

    def history(self, event_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(event_versions).where(event_versions.c.event_id == event_id)
                .order_by(event_versions.c.version)
            ).mappings()
            return [dict(r) for r in rows]

    def list_events(self, flt: Optional[EventFilter] = None) -> list[Event]:
        flt = flt or EventFilter()
        conds = []
        if flt.since:
            conds.append(events.c.date >= flt.since)
        if flt.until:
            conds.append(events.c.date <= flt.until)
        if flt.event_type:
            conds.append(events.c.event_type == flt.event_type.upper())
        if flt.family:
            conds.append(func.lower(events.c.event_family) == flt.family.lower())
        if flt.grade:
            conds.append(events.c.grade == flt.grade)
        if flt.min_killed is not None:
            conds.append(events.c.killed_best >= flt.min_killed)
        if flt.place:
            conds.append(func.lower(events.c.location_name).like(f"%{flt.place.lower()}%"))
        if flt.actor:
            sub = select(event_actors.c.event_id).where(
                func.lower(event_actors.c.name).like(f"%{flt.actor.lower()}%"))
            conds.append(events.c.id.in_(sub))
        box = flt.bbox
        if flt.near:
            lat, lon, km = flt.near
            w, s, e, n = bbox_around(lat, lon, km)
            box = (w, s, e, n) if box is None else (max(w, box[0]), max(s, box[1]), min(e, box[2]), min(n, box[3]))
        if box:
            w, s, e, n = box
            conds += [events.c.lat >= s, events.c.lat <= n, events.c.lon >= w, events.c.lon <= e]
        q = select(events.c.data, events.c.lat, events.c.lon).where(and_(true(), *conds)).order_by(
            events.c.date, events.c.id)
        if flt.limit and not flt.near:
            q = q.limit(flt.limit).offset(flt.offset)
        out = []
        with self.engine.connect() as conn:
            for data, lat, lon in conn.execute(q):
                if flt.near and (lat is None or haversine_km(flt.near[0], flt.near[1], lat, lon) > flt.near[2]):
                    continue
                out.append(event_from_dict(data))
        if flt.near and flt.limit:
            out = out[flt.offset: flt.offset + flt.limit]
        return out

    # --- internals ---------------------------------------------------------------------------------------

    @staticmethod
    def _source_doc(doc: Document) -> SourceDoc:
        return SourceDoc(
            id=doc.id, publisher=doc.publisher, url=doc.url,
            published_at=doc.published_at.isoformat() if doc.published_at else None,
            title=doc.title, copy_of=doc.copy_of, text_hash=doc.text_hash,
        )

    def _candidates(self, conn: Connection, m: Mention) -> list[Event]:
        """Events near the mention in time and space: an indexed window, never a scan of the store."""
        if m.date is None or m.location is None or m.location.lat is None:
            return []
        day = Date.fromisoformat(m.date)
        days = date_tolerance_days(m.date_precision, 4)
        km = place_tolerance_km(m.location.precision, 4)
        w, s, e, n = bbox_around(m.location.lat, m.location.lon, km)
        q = select(events.c.data).where(
            events.c.date >= (day - timedelta(days=days)).isoformat(),
            events.c.date <= (day + timedelta(days=days)).isoformat(),
            events.c.lat.between(s, n),
            events.c.lon.between(w, e),
        ).limit(200)
        return [event_from_dict(d) for d in conn.execute(q).scalars()]

    def _reaggregate(self, conn: Connection, event_id: str, *, who: str, action: str, why: str) -> Event:
        rows = conn.execute(
            select(mentions.c.data, documents.c.id, documents.c.publisher, documents.c.url,
                   documents.c.published_at, documents.c.title, documents.c.copy_of, documents.c.text_hash)
            .join(documents, documents.c.id == mentions.c.document_id)
            .where(mentions.c.event_id == event_id).order_by(mentions.c.id)
        ).all()
        pairs = [
            (mention_from_dict(r[0]), SourceDoc(
                id=r[1], publisher=r[2], url=r[3],
                published_at=r[4].isoformat() if isinstance(r[4], datetime) else r[4],
                title=r[5], copy_of=r[6], text_hash=r[7]))
            for r in rows
        ]
        event = aggregate(event_id, pairs)
        self._write_event(conn, event, created=False, who=who, action=action, why=why)
        return event

    def _write_event(self, conn: Connection, event: Event, *, created: bool, who: str = SYSTEM,
                     action: str = "created", why: str = "") -> None:
        data = to_dict(event)
        loc = event.location
        killed = event.casualties.killed.best if event.casualties.killed else None
        values = dict(
            event_type=event.event_type, event_family=event.event_family, date=event.date,
            date_precision=event.date_precision, lat=loc.lat if loc else None, lon=loc.lon if loc else None,
            location_name=loc.name if loc else None, country_code=loc.country_code if loc else None,
            geo_precision=loc.precision if loc else None, killed_best=killed, grade=event.grade,
            confidence=event.confidence, independent_sources=event.independent_sources, data=data,
            updated_at=_now(),
        )
        if created:
            conn.execute(insert(events).values(id=event.id, version=0, created_at=_now(), **values))
            return
        version = (conn.execute(select(events.c.version).where(events.c.id == event.id)).scalar() or 0) + 1
        conn.execute(update(events).where(events.c.id == event.id).values(version=version, **values))
        conn.execute(delete(event_actors).where(event_actors.c.event_id == event.id))
        pairs = {(a.name[:200], a.role) for a in event.actors}
        if pairs:
            conn.execute(insert(event_actors), [
                {"event_id": event.id, "name": n, "role": r} for n, r in sorted(pairs)])
        conn.execute(insert(event_versions).values(
            event_id=event.id, version=version, at=_now(), who=who, action=action, why=why, data=data))


def open_store(db: Optional[str] = None) -> Store:
    from eventwatch.store.database import open_engine

    return Store(open_engine(db))
