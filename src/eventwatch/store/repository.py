"""Reading and writing the store. The only module that speaks SQL.

`add_document` is the unit of durability: the document, its mentions, the events they create or join and
the new event versions are written in one transaction, so a crash leaves all of it or none of it;
`add_documents` writes a group of documents the same way in one transaction (a commit per document cost a
tenth or more of the writer's time). The write path's statements are built once, with bound parameters:
building SQLAlchemy expressions per call cost more than running them.
"""
from __future__ import annotations

import hashlib
from collections import OrderedDict
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime, timezone
from typing import Any, Iterable, Optional

from sqlalchemy import and_, bindparam, delete, exists, func, insert, select, text, true, union_all, update
from sqlalchemy.engine import Connection, Engine

from eventwatch.model import (
    Actor,
    Document,
    Event,
    Mention,
    Weapon,
    casualties_from_dict,
    event_from_dict,
    mention_from_dict,
    place_from_dict,
    to_dict,
)
from eventwatch.resolve.aggregate import aggregate
from eventwatch.resolve.geometry import bbox_around, haversine_km, place_tolerance_km
from eventwatch.resolve.independence import SourceDoc
from eventwatch.resolve.match import best_match, candidate_dates
from eventwatch.resolve.geometry import cell_of, cells_in_bbox
from eventwatch.resolve.nearduplicates import band_keys, is_copy, signature
from eventwatch.store.database import DumpedJSON, understands_dumped_json
from eventwatch.store.prepared import PreparedWrite, prepare_write  # noqa: F401  (re-exported)
from eventwatch.store.schema import (
    as_utc,
    document_bands,
    documents,
    event_actors,
    event_overrides,
    event_versions,
    events,
    mention_pins,
    mentions,
    store_features,
)

SYSTEM = "eventwatch"

# Fields an analyst may set; their values win over what the machine aggregates from the sources.
EDITABLE_FIELDS = (
    "event_type", "date", "date_precision", "location", "actors", "weapons", "casualties",
    "civilian_targeting", "modality", "grade",
)
REVIEW_STATUSES = ("confirmed", "rejected", "machine")


class NotFound(LookupError):
    """No such event or document."""


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


_AREA_PRECISIONS = ((1, 2), (3, 4))  # stored geo-precision ranges searched by distance


def _listed(name: str, count: int) -> list[Any]:
    """`count` plain parameters name_0 .. name_{count-1}, for an IN list of known length.

    An expanding parameter makes SQLAlchemy render the statement's SQL again at every execution; a list of
    plain parameters is compiled once per length. (Not for the candidate search: there the cell list recurs
    in five branches, and five times the parameters cost more than rendering them once.)"""
    return [bindparam(f"{name}_{k}") for k in range(count)]


def _list_params(name: str, values: Iterable[Any]) -> dict[str, Any]:
    return {f"{name}_{k}": v for k, v in enumerate(values)}


@lru_cache(maxsize=None)
def _candidate_query(with_cells: tuple[bool, ...], by_country: bool) -> Any:
    """The candidate search for one shape of mention, built once: the values come as parameters.

    Building this union of fifteen selects was a fifth of a document's write; with bound parameters it is
    built and compiled once per shape (whether each area search can list grid cells, whether the place has
    a country) and only executed afterwards.
    """
    spatial = []
    for i, (low, high) in enumerate(_AREA_PRECISIONS):
        near = [events.c.geo_precision.between(low, high),
                events.c.lat.between(bindparam(f"s{i}"), bindparam(f"n{i}")),
                events.c.lon.between(bindparam(f"w{i}"), bindparam(f"e{i}"))]
        if with_cells[i]:
            near.append(events.c.cell.in_(bindparam(f"cells{i}", expanding=True)))
        spatial.append(near)
    if by_country:
        spatial.append([events.c.country_code == bindparam("country"), events.c.geo_precision >= 5])
    branches = []
    for stored_precision in range(1, 6):
        window = [
            events.c.date_precision == stored_precision,
            events.c.date >= bindparam(f"first{stored_precision}"),
            events.c.date <= bindparam(f"last{stored_precision}"),
            events.c.merged_into.is_(None),
        ]
        branches += [select(events.c.id, events.c.version).where(*window, *near) for near in spatial]
    return union_all(*branches).limit(500)


# The statements of the write path, built once: constructing SQLAlchemy expressions cost more than running
# them. Values come as parameters, named b_* where a column of the same name is also being set.
_DOC_BY_SHA = select(documents.c.id).where(documents.c.sha256 == bindparam("b_sha"))
_DOC_BY_TEXT_HASH = (select(documents.c.id).where(documents.c.text_hash == bindparam("b_text_hash"))
                     .order_by(documents.c.ingested_at, documents.c.id).limit(1))


@lru_cache(maxsize=64)
def _docs_by_bands(count: int) -> Any:
    """Stored documents sharing one of `count` band keys (b_keys_0 ..): every signature has the same number
    of bands, so this is compiled once."""
    return (select(documents.c.id, documents.c.minhash, documents.c.shingle_count, documents.c.copy_of)
            .where(documents.c.id.in_(select(document_bands.c.document_id)
                                      .where(document_bands.c.key.in_(_listed("b_keys", count)))))
            .order_by(documents.c.ingested_at, documents.c.id).limit(50))


@lru_cache(maxsize=64)
def _docs_by_shas(count: int) -> Any:
    """Stored documents among `count` hashes (b_shas_0 ..): a group's known check in one statement."""
    return select(documents.c.sha256, documents.c.id).where(documents.c.sha256.in_(_listed("b_shas", count)))


@lru_cache(maxsize=64)
def _pins_of_docs(count: int) -> Any:
    """An analyst's placements of the mentions of `count` documents (b_docs_0 ..), in one read."""
    return (select(mention_pins.c.document_id, mention_pins.c.sentence_start, mention_pins.c.event_id)
            .where(mention_pins.c.document_id.in_(_listed("b_docs", count))))


_INSERT_DOCUMENT = insert(documents)
_INSERT_BANDS = insert(document_bands)
_INSERT_MENTIONS = insert(mentions)
_EVENT_LINK = select(events.c.id, events.c.merged_into).where(events.c.id == bindparam("b_id"))
_EVENT_SOURCES = (
    select(mentions.c.data, documents.c.id, documents.c.publisher, documents.c.url,
           documents.c.published_at, documents.c.title, documents.c.copy_of, documents.c.text_hash)
    .join(documents, documents.c.id == mentions.c.document_id)
    .where(mentions.c.event_id == bindparam("b_id")).order_by(mentions.c.id))
# The JSON of candidate events not already held as values (`Store._parsed`), read once their ids are known.
_EVENTS_DATA = select(events.c.id, events.c.version, events.c.data).where(
    events.c.id.in_(bindparam("b_ids", expanding=True)))
# Status, version and whether an analyst overrode any field, in one read: overrides are rare, and reading
# them for every event a document joined was a statement per event.
_EVENT_STATE = select(events.c.status, events.c.version,
                      exists().where(event_overrides.c.event_id == events.c.id).label("overridden")
                      ).where(events.c.id == bindparam("b_id"))
_EVENT_OVERRIDES = select(event_overrides).where(event_overrides.c.event_id == bindparam("b_id"))
_INSERT_EVENT = insert(events)
_UPDATE_EVENT = update(events).where(events.c.id == bindparam("b_id"))
_DELETE_ACTORS = delete(event_actors).where(event_actors.c.event_id == bindparam("b_id"))
_DELETE_ACTORS_OF = delete(event_actors).where(event_actors.c.event_id.in_(bindparam("b_ids", expanding=True)))
_INSERT_ACTORS = insert(event_actors)
_INSERT_VERSION = insert(event_versions)


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class _GroupWrite:
    """What an open ingest transaction read for its whole group up front, and the writes it holds back
    until just before it commits. The write path never reads event_versions or event_actors, so their rows
    can wait and go in one statement each; stored hashes and pins are read for the group at once, since
    nothing in the transaction writes pins and the hashes it adds are kept here as it adds them. Together
    that was 2.8 of a document's 13 statements (the CPU it saves is small: SQLite's own work and the
    resolution around the statements are most of the writer)."""

    known: dict[str, str]  # sha256 -> document id, stored or added earlier in this group
    pins: dict[str, dict[int, str]]  # document id -> {sentence start: event id}
    versions: list[dict[str, Any]] = field(default_factory=list)
    actors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # event id -> its rows as last written
    stale_actors: set[str] = field(default_factory=set)  # events whose stored actor rows are to be replaced

    def flush(self, conn: Connection) -> None:
        """The held rows, in the order that leaves what writing them one by one would have left."""
        stale = sorted(self.stale_actors)
        for i in range(0, len(stale), 500):  # bounded IN lists
            conn.execute(_DELETE_ACTORS_OF, {"b_ids": stale[i:i + 500]})
        actor_rows = [row for rows in self.actors.values() for row in rows]
        if actor_rows:
            conn.execute(_INSERT_ACTORS, actor_rows)
        if self.versions:
            conn.execute(_INSERT_VERSION, self.versions)


def event_id_for(document_id: str, mention: Mention) -> str:
    """Stable: the same first report of an event always yields the same id."""
    digest = hashlib.sha1(f"{document_id}:{mention.sentence_start}".encode()).hexdigest()
    return "ev" + digest[:14]


class Store:
    def __init__(self, engine: Engine):
        self.engine = engine
        self._postgis: Optional[bool] = None
        # Candidate events as values, by (id, version): the same events are candidates for mention after
        # mention, and rebuilding them from their JSON was a tenth of the writer's time. A version is never
        # reused for other data, except by a transaction that rolled back, which is why a failed write
        # empties it (`_forget_parsed`). Candidates are only read, never changed.
        self._parsed: OrderedDict[tuple[str, int], Event] = OrderedDict()
        # The open ingest transactions' group state (`_GroupWrite`), by connection, so that an analyst's
        # edit on another thread writes its own rows at once.
        self._groups: dict[Connection, _GroupWrite] = {}
        # Whether an event's JSON can be serialised once for its row and its version (`DumpedJSON`): an
        # engine opened by `open_engine`; any other serialises each time.
        self._dump_once = understands_dumped_json(engine)

    @property
    def postgis(self) -> bool:
        """Whether distance filters run on PostGIS (PostgreSQL with the extension) or the indexed fallback."""
        if self._postgis is None:
            with self.engine.connect() as conn:
                self._postgis = bool(conn.execute(
                    select(store_features.c.enabled).where(store_features.c.name == "postgis")).scalar())
        return self._postgis

    # --- documents ---------------------------------------------------------------------------------------

    def has_document(self, sha256: str) -> Optional[str]:
        with self.engine.connect() as conn:
            return conn.execute(_DOC_BY_SHA, {"b_sha": sha256}).scalar()

    def known_documents(self, sha256s: Iterable[str]) -> dict[str, str]:
        """The stored documents among these hashes, sha256 -> id, in one statement: a batch checks its
        input a window at a time rather than with a statement and a pool checkout per document."""
        shas = list(dict.fromkeys(sha256s))
        if not shas:
            return {}
        with self.engine.connect() as conn:
            return dict(conn.execute(_docs_by_shas(len(shas)), _list_params("b_shas", shas)).all())

    def add_document(self, doc: Document, doc_mentions: list[Mention],
                     prepared: Optional[PreparedWrite] = None) -> AddResult:
        """Store a document with its mentions and resolve them into events, in one transaction.

        `prepared`: `prepare_write(doc, doc_mentions)` when it was computed elsewhere (in a worker)."""
        return self.add_documents([(doc, doc_mentions, prepared)])[0]

    def add_documents(self, batch: list[tuple[Document, list[Mention], Optional[PreparedWrite]]]
                      ) -> list[AddResult]:
        """Several documents in one transaction (a commit per document is most of a small document's cost).

        Each is resolved exactly as `add_document` would, in order, seeing the ones before it; a crash
        keeps all of the group or none of it, and since a re-run skips stored bytes, none is lost or doubled.
        """
        if not batch:
            return []
        try:
            with self.engine.begin() as conn:
                self._groups[conn] = group = self._group_write(conn, [item[0] for item in batch])
                try:
                    added = [self._add(conn, *item) for item in batch]
                    group.flush(conn)
                finally:
                    del self._groups[conn]
                return added
        except BaseException:
            self._parsed.clear()  # what it parsed may include versions that were rolled back
            raise

    @staticmethod
    def _group_write(conn: Connection, docs: list[Document]) -> _GroupWrite:
        shas = list(dict.fromkeys(d.sha256 for d in docs))
        ids = list(dict.fromkeys(d.id for d in docs))
        known = dict(conn.execute(_docs_by_shas(len(shas)), _list_params("b_shas", shas)).all())
        pins: dict[str, dict[int, str]] = {}
        for document_id, start, event_id in conn.execute(_pins_of_docs(len(ids)), _list_params("b_docs", ids)):
            pins.setdefault(document_id, {})[start] = event_id
        return _GroupWrite(known, pins)

    def _add(self, conn: Connection, doc: Document, doc_mentions: list[Mention],
             prepared: Optional[PreparedWrite] = None) -> AddResult:
        group = self._groups[conn]
        existing = group.known.get(doc.sha256)
        if existing is not None:
            return AddResult(status="known", document_id=existing)
        prepared = prepared or prepare_write(doc, doc_mentions)
        sig, n_shingles, keys = prepared.signature, prepared.shingles, prepared.bands
        copy_of = self._copy_of(conn, doc, sig, n_shingles, keys)
        doc.copy_of = copy_of
        conn.execute(_INSERT_DOCUMENT, dict(
            id=doc.id, sha256=doc.sha256, raw=doc.raw, text=doc.text, offsets=doc.offsets,
            title=doc.title, publisher=doc.publisher, published_at=doc.published_at,
            dateline=doc.dateline, doc_type=doc.doc_type, language=doc.language, url=doc.url,
            source_path=doc.source_path, source_line=doc.source_line, content_type=doc.content_type,
            encoding=doc.encoding, text_hash=doc.text_hash, copy_of=copy_of, ingested_at=_now(),
            mention_count=len(doc_mentions), minhash=sig, shingle_count=n_shingles,
        ))
        group.known[doc.sha256] = doc.id
        if n_shingles:
            conn.execute(_INSERT_BANDS, [{"key": k, "document_id": doc.id} for k in set(keys)])
        touched: dict[str, str] = {}
        # events this document creates (no analyst state, no actors, version 0): their placeholder and its JSON
        created: dict[str, tuple[Event, dict[str, Any]]] = {}
        rows: list[dict[str, Any]] = []
        pins = group.pins.get(doc.id, {})
        for m, data in zip(doc_mentions, prepared.mention_data):
            pinned = self._pinned_event(conn, doc.id, m.sentence_start, pins)
            target = pinned or best_match(m, self._candidates(conn, m))
            if target is None:
                event_id = event_id_for(doc.id, m)
                action = "created"
                # a placeholder row so later mentions of this document can match it
                placeholder = aggregate(event_id, [(m, self._source_doc(doc))])
                created[event_id] = (placeholder, self._write_event(conn, placeholder, created=True))
            else:
                event_id = target.id
                action = "source added"
            rows.append(dict(event_id=event_id, document_id=doc.id, sentence_start=m.sentence_start,
                             sentence_end=m.sentence_end, event_type=m.event_type, data=data,
                             pinned=pinned is not None))
            touched.setdefault(event_id, action)
        if rows:  # matching reads events, not mentions: the mentions can go in together, in order
            conn.execute(_INSERT_MENTIONS, rows)
        for event_id, action in touched.items():
            self._reaggregate(conn, event_id, who=SYSTEM, action=action, why=f"document {doc.id}",
                              fresh=event_id in created, placeholder=created.get(event_id))
        return AddResult(status="new", document_id=doc.id, copy_of=copy_of,
                         event_ids=list(touched), new_events=len(created))

    def replace_mentions(self, document_id: str, new_mentions: list[Mention], *, why: str = "re-extraction") -> list[str]:
        """Re-extraction: swap a stored document's mentions for new ones and re-resolve them.

        Pinned mentions go back to the event an analyst put them in; others match as on first ingest, and
        usually find the event they made before, so its id does not change.
        """
        with self.engine.begin() as conn:
            old = set(conn.execute(select(mentions.c.event_id).where(mentions.c.document_id == document_id)).scalars())
            conn.execute(delete(mentions).where(mentions.c.document_id == document_id))
            touched: dict[str, str] = {}
            for m in new_mentions:
                pinned = self._pinned_event(conn, document_id, m.sentence_start)
                target = pinned or best_match(m, self._candidates(conn, m))
                if target is None:
                    event_id = event_id_for(document_id, m)
                    if conn.execute(select(events.c.id).where(events.c.id == event_id)).scalar() is None:
                        self._write_event(conn, aggregate(event_id, [(m, SourceDoc(id=document_id))]), created=True)
                    action = "created"
                else:
                    event_id, action = target.id, "source re-extracted"
                conn.execute(insert(mentions).values(
                    event_id=event_id, document_id=document_id, sentence_start=m.sentence_start,
                    sentence_end=m.sentence_end, event_type=m.event_type, data=to_dict(m),
                    pinned=pinned is not None))
                touched.setdefault(event_id, action)
            for event_id in old - set(touched):
                touched[event_id] = "source withdrawn"
            conn.execute(update(documents).where(documents.c.id == document_id)
                         .values(mention_count=len(new_mentions)))
            for event_id, action in touched.items():
                self._reaggregate(conn, event_id, who=SYSTEM, action=action, why=f"{why} of {document_id}")
            return list(touched)

    def iter_documents(self, ids: Optional[list[str]] = None) -> Iterable[Document]:
        """Stored documents as `Document` values, for re-extraction."""
        with self.engine.connect() as conn:
            q = select(documents).order_by(documents.c.ingested_at, documents.c.id)
            if ids:
                q = q.where(documents.c.id.in_(ids))
            rows = [dict(r) for r in conn.execute(q).mappings()]
        for r in rows:
            yield Document(
                id=r["id"], sha256=r["sha256"], raw=r["raw"], text=r["text"], offsets=r["offsets"] or [],
                title=r["title"], publisher=r["publisher"], published_at=r["published_at"], dateline=r["dateline"],
                doc_type=r["doc_type"], language=r["language"], url=r["url"], source_path=r["source_path"],
                source_line=r["source_line"], content_type=r["content_type"], encoding=r["encoding"],
                text_hash=r["text_hash"], copy_of=r["copy_of"],
            )

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
        """The event, following merges: an id once given out keeps answering."""
        with self.engine.connect() as conn:
            event_id = self._live_id(conn, event_id)
            if event_id is None:
                return None
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
        conds = [events.c.merged_into.is_(None)]
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
        if flt.near and self.postgis:
            lat, lon, km = flt.near
            conds.append(text("ST_DWithin(events.geog, ST_SetSRID(ST_MakePoint(:near_lon, :near_lat), 4326)"
                              "::geography, :near_m)").bindparams(near_lon=lon, near_lat=lat, near_m=km * 1000.0))
        elif flt.near:
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
                if flt.near and not self.postgis and (
                        lat is None or haversine_km(flt.near[0], flt.near[1], lat, lon) > flt.near[2]):
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
            published_at=as_utc(doc.published_at).isoformat() if doc.published_at else None,
            title=doc.title, copy_of=doc.copy_of, text_hash=doc.text_hash,
        )

    def _copy_of(self, conn: Connection, doc: Document, sig: list[int], n: int, keys: list[str]) -> Optional[str]:
        """The first stored document this one copies: same normalised text, or a near-duplicate by MinHash."""
        if doc.text_hash:
            same = conn.execute(_DOC_BY_TEXT_HASH, {"b_text_hash": doc.text_hash}).scalar()
            if same is not None:
                return same
        if not n:
            return None
        rows = conn.execute(_docs_by_bands(len(keys)), _list_params("b_keys", keys)).all()
        for r in rows:
            if r.minhash and is_copy(sig, n, r.minhash, r.shingle_count or 0):
                return r.copy_of or r.id
        return None

    def _candidates(self, conn: Connection, m: Mention) -> list[Event]:
        """Events near the mention in time and space, read through indexes, never a scan of the store.

        One query per stored date precision, each with the window those two precisions allow, so a store
        full of day-precise events is searched over days, not the month a vague event would need. Events
        placed only at region or country level are found by country, not by distance.
        """
        if m.date is None or m.location is None or m.location.lat is None:
            return []
        day = Date.fromisoformat(m.date)
        loc = m.location
        # (stored where_prec range, search radius): precise events are looked for close by, areas further out
        params: dict[str, Any] = {}
        shape = []
        for i, (_low, high) in enumerate(_AREA_PRECISIONS):
            w, s, e, n = bbox_around(loc.lat, loc.lon, place_tolerance_km(loc.precision, high))
            params.update({f"s{i}": s, f"n{i}": n, f"w{i}": w, f"e{i}": e})
            cells = cells_in_bbox(w, s, e, n)
            if cells is not None:
                params[f"cells{i}"] = cells
            shape.append(cells is not None)
        if loc.country_code:
            params["country"] = loc.country_code
        for stored_precision in range(1, 6):
            first, last = candidate_dates(day, m.date_precision, stored_precision)
            params[f"first{stored_precision}"] = first.isoformat()
            params[f"last{stored_precision}"] = last.isoformat()
        # One round trip for the ids (each branch an index range scan, no JSON read); the events' JSON only
        # for those not already held: the same events are candidates for mention after mention, and reading
        # and decoding their JSON (several KB each, growing with their sources) was most of this search.
        hits: dict[str, int] = {}
        for event_id, version in conn.execute(_candidate_query(tuple(shape), bool(loc.country_code)), params):
            hits.setdefault(event_id, version or 0)
        held, found, missing = self._parsed, {}, []
        for key in hits.items():
            event = held.get(key)
            if event is None:
                missing.append(key[0])
            else:
                held.move_to_end(key)
                found[key] = event
        if missing:
            for event_id, version, data in conn.execute(_EVENTS_DATA, {"b_ids": missing}):
                found[(event_id, version or 0)] = self._parsed_event(event_id, version, data)
        return [found[key] for key in hits.items()]

    _PARSED_KEPT = 4096  # candidate events kept as values; a few MB

    def _parsed_event(self, event_id: str, version: Optional[int], data: dict[str, Any]) -> Event:
        key = (event_id, version or 0)
        event = self._parsed.get(key)
        if event is None:
            event = self._parsed[key] = event_from_dict(data)
            if len(self._parsed) > self._PARSED_KEPT:
                self._parsed.popitem(last=False)
        else:
            self._parsed.move_to_end(key)
        return event

    def _reaggregate(self, conn: Connection, event_id: str, *, who: str, action: str, why: str,
                     fresh: bool = False, placeholder: Optional[tuple[Event, dict[str, Any]]] = None) -> Event:
        """Aggregate the event's sources again and write it as a new version.

        `fresh`: the event was created by the document being added, in this transaction, so it has no
        analyst state, no actors and version 0, and none of that needs reading back. `placeholder`: the
        event as that document first wrote it, with its JSON; most often no other mention joined it and
        the aggregate comes out equal, and its JSON (a fifth of the writer's time to make) is reused.
        """
        rows = conn.execute(_EVENT_SOURCES, {"b_id": event_id}).all()
        pairs = [
            (mention_from_dict(r[0]), SourceDoc(
                id=r[1], publisher=r[2], url=r[3],
                published_at=as_utc(r[4]).isoformat() if isinstance(r[4], datetime) else r[4],
                title=r[5], copy_of=r[6], text_hash=r[7]))
            for r in rows
        ]
        if pairs:
            event = aggregate(event_id, pairs)
        else:  # every source was withdrawn (re-extraction found no such event): keep the id, say so
            event = self._current(conn, event_id)
            event.sources, event.independent_sources = [], 0
            event.grade, event.grade_reason = "retracted", "no source reports it any more (re-extraction)"
        if fresh:
            event.status, event.overrides, version = "machine", {}, 0
        else:
            version = self._apply_analyst(conn, event)
        # Equal values serialise alike: the sources' JSON round trip keeps int, float and bool apart.
        data = placeholder[1] if placeholder is not None and event == placeholder[0] else None
        self._write_event(conn, event, created=False, who=who, action=action, why=why, version=version,
                          had_actors=not fresh, data=data)
        return event

    def _current(self, conn: Connection, event_id: str) -> Event:
        data = conn.execute(select(events.c.data).where(events.c.id == event_id)).scalar()
        if data is None:
            raise NotFound(f"no event {event_id!r}")
        return event_from_dict(data)

    def _apply_analyst(self, conn: Connection, event: Event) -> int:
        """Analyst values and review status over the machine's aggregate; returns the stored version,
        read in the same round trip as the status."""
        from eventwatch.extract.event_types import family_of

        row = conn.execute(_EVENT_STATE, {"b_id": event.id}).first()
        event.status = (row.status if row else None) or "machine"
        event.overrides = {}
        overridden = row is None or row.overridden
        for r in conn.execute(_EVENT_OVERRIDES, {"b_id": event.id}).mappings() if overridden else ():
            field_name, value = r["field"], r["value"]
            if field_name == "location":
                event.location = place_from_dict(value)
            elif field_name == "actors":
                event.actors = [Actor(**{k: v for k, v in a.items() if k != "evidence"}) for a in value or []]
            elif field_name == "weapons":
                event.weapons = [Weapon(**{k: v for k, v in w.items() if k != "evidence"}) for w in value or []]
            elif field_name == "casualties":
                event.casualties = casualties_from_dict(value)
            else:
                setattr(event, field_name, value)
                if field_name == "event_type":
                    event.event_family = family_of(value)
            event.overrides[field_name] = {"who": r["who"], "at": r["at"].isoformat() if r["at"] else None,
                                           "why": r["why"]}
        if event.status == "rejected":
            event.grade, event.grade_reason = "retracted", "rejected by an analyst"
        return (row.version if row else None) or 0

    # --- analyst operations ------------------------------------------------------------------------------

    def edit_event(self, event_id: str, changes: dict[str, Any], *, who: str, why: str) -> Event:
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))}; editable: {', '.join(EDITABLE_FIELDS)}")
        if "event_type" in changes:
            from eventwatch.extract.event_types import load_event_types

            if changes["event_type"] not in load_event_types():
                raise ValueError(f"unknown event type {changes['event_type']!r}")
        with self.engine.begin() as conn:
            event_id = self._require(conn, event_id)
            for field_name, value in changes.items():
                conn.execute(delete(event_overrides).where(
                    event_overrides.c.event_id == event_id, event_overrides.c.field == field_name))
                conn.execute(insert(event_overrides).values(
                    event_id=event_id, field=field_name, value=value, who=who, at=_now(), why=why))
            return self._reaggregate(conn, event_id, who=who, action="edited: " + ", ".join(sorted(changes)),
                                     why=why)

    def review_event(self, event_id: str, status: str, *, who: str, why: str) -> Event:
        if status not in REVIEW_STATUSES:
            raise ValueError(f"status must be one of {', '.join(REVIEW_STATUSES)}")
        with self.engine.begin() as conn:
            event_id = self._require(conn, event_id)
            conn.execute(update(events).where(events.c.id == event_id).values(status=status))
            return self._reaggregate(conn, event_id, who=who, action=status, why=why)

    def merge_events(self, a_id: str, b_id: str, *, who: str, why: str) -> Event:
        """Fold event B into A: B's sources join A for good, and B's id answers with A from now on."""
        with self.engine.begin() as conn:
            a_id, b_id = self._require(conn, a_id), self._require(conn, b_id)
            if a_id == b_id:
                raise ValueError("cannot merge an event with itself")
            moved = conn.execute(select(mentions.c.document_id, mentions.c.sentence_start)
                                 .where(mentions.c.event_id == b_id)).all()
            conn.execute(update(mentions).where(mentions.c.event_id == b_id).values(event_id=a_id, pinned=True))
            self._pin(conn, moved, a_id, who)
            conn.execute(update(mention_pins).where(mention_pins.c.event_id == b_id).values(event_id=a_id))
            conn.execute(update(events).where(events.c.id == b_id).values(merged_into=a_id))
            conn.execute(delete(event_actors).where(event_actors.c.event_id == b_id))
            self._version(conn, b_id, who=who, action=f"merged into {a_id}", why=why)
            return self._reaggregate(conn, a_id, who=who, action=f"merged {b_id}", why=why)

    def split_event(self, event_id: str, document_ids: list[str], *, who: str, why: str) -> Event:
        """Move the named documents' mentions to a new event; both sides are pinned against re-resolution."""
        with self.engine.begin() as conn:
            event_id = self._require(conn, event_id)
            rows = conn.execute(select(mentions.c.id, mentions.c.document_id, mentions.c.sentence_start)
                                .where(mentions.c.event_id == event_id)).all()
            leaving = [r for r in rows if r.document_id in set(document_ids)]
            staying = [r for r in rows if r.document_id not in set(document_ids)]
            if not leaving:
                raise ValueError("none of those documents is a source of this event")
            if not staying:
                raise ValueError("a split must leave at least one source on the original event")
            new_id = "ev" + hashlib.sha1(
                f"split:{event_id}:{','.join(sorted(r.document_id for r in leaving))}".encode()).hexdigest()[:14]
            first = conn.execute(select(mentions.c.data).where(mentions.c.id == leaving[0].id)).scalar()
            pairs = [(mention_from_dict(first), SourceDoc(id=leaving[0].document_id))]
            self._write_event(conn, aggregate(new_id, pairs), created=True)
            conn.execute(update(mentions).where(mentions.c.id.in_([r.id for r in leaving]))
                         .values(event_id=new_id, pinned=True))
            self._pin(conn, [(r.document_id, r.sentence_start) for r in leaving], new_id, who)
            self._pin(conn, [(r.document_id, r.sentence_start) for r in staying], event_id, who)
            self._reaggregate(conn, event_id, who=who, action=f"split off {new_id}", why=why)
            return self._reaggregate(conn, new_id, who=who, action=f"split from {event_id}", why=why)

    def _pin(self, conn: Connection, keys, event_id: str, who: str) -> None:
        for document_id, sentence_start in keys:
            conn.execute(delete(mention_pins).where(mention_pins.c.document_id == document_id,
                                                    mention_pins.c.sentence_start == sentence_start))
            conn.execute(insert(mention_pins).values(document_id=document_id, sentence_start=sentence_start,
                                                     event_id=event_id, who=who, at=_now()))

    def _pinned_event(self, conn: Connection, document_id: str, sentence_start: int,
                      pins: Optional[dict[int, str]] = None) -> Optional[Event]:
        if pins is not None:
            target = pins.get(sentence_start)
        else:
            target = conn.execute(select(mention_pins.c.event_id).where(
                mention_pins.c.document_id == document_id,
                mention_pins.c.sentence_start == sentence_start)).scalar()
        if target is None:
            return None
        live = self._live_id(conn, target)
        return self._current(conn, live) if live else None

    def _live_id(self, conn: Connection, event_id: str) -> Optional[str]:
        for _ in range(32):  # merges chain: A into B into C
            row = conn.execute(_EVENT_LINK, {"b_id": event_id}).first()
            if row is None:
                return None
            if row.merged_into is None:
                return row.id
            event_id = row.merged_into
        return event_id

    def _require(self, conn: Connection, event_id: str) -> str:
        live = self._live_id(conn, event_id)
        if live is None:
            raise NotFound(f"no event {event_id!r}")
        return live

    def _version(self, conn: Connection, event_id: str, *, who: str, action: str, why: str) -> None:
        version = (conn.execute(select(events.c.version).where(events.c.id == event_id)).scalar() or 0) + 1
        data = conn.execute(select(events.c.data).where(events.c.id == event_id)).scalar()
        conn.execute(update(events).where(events.c.id == event_id).values(version=version, updated_at=_now()))
        conn.execute(insert(event_versions).values(
            event_id=event_id, version=version, at=_now(), who=who, action=action, why=why, data=data))

    def _write_event(self, conn: Connection, event: Event, *, created: bool, who: str = SYSTEM,
                     action: str = "created", why: str = "", version: Optional[int] = None,
                     had_actors: bool = True, data: Any = None) -> Any:
        """Insert a new event row, or update one and add its version; `version`: the stored version when
        the caller has just read it, `had_actors`: False when the row is known to have no actor rows,
        `data`: `to_dict(event)` (or what an earlier call returned for an equal event) when the caller has
        it. Returns the event's JSON as written, to be passed back as `data` for an equal event."""
        if data is None:
            data = to_dict(event)
            if self._dump_once:
                data = DumpedJSON(data)
        loc = event.location
        killed = event.casualties.killed.best if event.casualties.killed else None
        values = dict(
            event_type=event.event_type, event_family=event.event_family, date=event.date,
            date_precision=event.date_precision, lat=loc.lat if loc else None, lon=loc.lon if loc else None,
            cell=cell_of(loc.lat, loc.lon) if loc and loc.lat is not None and loc.lon is not None else None,
            location_name=loc.name if loc else None, country_code=loc.country_code if loc else None,
            geo_precision=loc.precision if loc else None, killed_best=killed, grade=event.grade,
            confidence=event.confidence, independent_sources=event.independent_sources, data=data,
            updated_at=_now(),
        )
        if created:
            conn.execute(_INSERT_EVENT, dict(id=event.id, version=0, created_at=_now(), **values))
            return data
        if version is None:
            version = conn.execute(select(events.c.version).where(events.c.id == event.id)).scalar() or 0
        version += 1
        conn.execute(_UPDATE_EVENT, dict(b_id=event.id, version=version, **values))
        pairs = {(a.name[:200], a.role) for a in event.actors}
        actor_rows = [{"event_id": event.id, "name": n, "role": r} for n, r in sorted(pairs)]
        row = dict(event_id=event.id, version=version, at=_now(), who=who, action=action, why=why, data=data)
        group = self._groups.get(conn)
        if group is not None:  # an ingest transaction: held for its end (`_GroupWrite`)
            if had_actors:
                group.stale_actors.add(event.id)
            group.actors[event.id] = actor_rows
            group.versions.append(row)
            return data
        if had_actors:
            conn.execute(_DELETE_ACTORS, {"b_id": event.id})
        if actor_rows:
            conn.execute(_INSERT_ACTORS, actor_rows)
        conn.execute(_INSERT_VERSION, row)
        return data


def open_store(db: Optional[str] = None) -> Store:
    from eventwatch.store.database import open_engine

    return Store(open_engine(db))
