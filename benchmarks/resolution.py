"""Resolution at scale: does matching a new report stay cheap as the store grows?

Ingests the same 1,000 synthetic documents (one or two event mentions each, with places, dates and
casualty figures) into (a) an empty store and (b) a store pre-filled with N synthetic events spread over
ten years and the conflict zones of the world, and prints both times and their ratio. The goal is a ratio
of at most 2: candidates come from the (cell, date) index, never a scan.

    python benchmarks/resolution.py [--events 1000000] [--docs 1000] [--dir /tmp/ew-bench]

The NLP stages are left out on purpose: they cost the same whatever the store holds.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert

from eventwatch.model import Actor, Casualties, Document, Mention, Place, Quantity
from eventwatch.resolve.geometry import cell_of
from eventwatch.store.database import open_engine
from eventwatch.store.repository import Store
from eventwatch.store.schema import events

# (lat, lon, spread in degrees) of areas where reports cluster
ZONES = [(35.9, 36.7, 1.5), (33.3, 44.4, 2.0), (15.4, 44.2, 2.0), (15.5, 32.5, 3.0), (48.5, 37.5, 2.0),
         (21.0, 96.0, 3.0), (14.0, -1.5, 4.0), (31.5, 34.45, 0.3), (2.0, 45.3, 2.0), (-1.5, 29.0, 1.5)]
TYPES = [("AIR_STRIKE", "Explosions/Remote violence"), ("ART_MISS_ATTACK", "Explosions/Remote violence"),
         ("ARMED_CLASH", "Battles"), ("ATTACK", "Violence against civilians"), ("PEACE_PROTEST", "Protests")]
START = date(2015, 1, 1)


def _point(rng: random.Random) -> tuple[float, float]:
    lat, lon, spread = rng.choice(ZONES)
    return lat + rng.uniform(-spread, spread), lon + rng.uniform(-spread, spread)


def fill(engine, n: int, seed: int = 1) -> float:
    rng = random.Random(seed)
    now = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    batch = []
    with engine.begin() as conn:
        for i in range(n):
            lat, lon = _point(rng)
            etype, family = rng.choice(TYPES)
            day = (START + timedelta(days=rng.randrange(3650))).isoformat()
            eid = f"bg{i:012d}"
            data = {"id": eid, "event_type": etype, "event_family": family, "date": day, "date_precision": 1,
                    "location": {"name": f"place {i % 5000}", "lat": lat, "lon": lon, "precision": 1,
                                 "geonames_id": 10_000_000 + (i % 5000), "country_code": "XX"},
                    "actors": [], "weapons": [], "casualties": {}, "sources": [], "grade": "single_source",
                    "confidence": 0.5, "independent_sources": 1}
            batch.append(dict(id=eid, event_type=etype, event_family=family, date=day, date_precision=1,
                              lat=lat, lon=lon, cell=cell_of(lat, lon), location_name=data["location"]["name"],
                              country_code="XX", geo_precision=1, killed_best=None, grade="single_source",
                              confidence=0.5, independent_sources=1, version=1, status="machine", data=data,
                              created_at=now, updated_at=now))
            if len(batch) == 20_000:
                conn.execute(insert(events), batch)
                batch.clear()
        if batch:
            conn.execute(insert(events), batch)
    return time.perf_counter() - t0


def documents(n: int, seed: int = 7) -> list[tuple[Document, list[Mention]]]:
    """Reports of ~n/3 distinct incidents, each told by up to three outlets."""
    rng = random.Random(seed)
    out = []
    incidents = []
    for _ in range(max(1, n // 3)):
        lat, lon = _point(rng)
        etype, family = rng.choice(TYPES)
        day = (START + timedelta(days=rng.randrange(3650))).isoformat()
        incidents.append((lat, lon, etype, family, day, rng.randrange(5000)))
    for i in range(n):
        lat, lon, etype, family, day, place_no = rng.choice(incidents)
        body = f"synthetic report {i} {rng.random()}"
        sha = hashlib.sha256(body.encode()).hexdigest()
        doc = Document(id=sha[:16], sha256=sha, raw=body.encode(), text=body, publisher=f"outlet {i % 40}",
                       published_at=datetime.fromisoformat(day).replace(tzinfo=timezone.utc), text_hash=sha)
        killed = rng.randrange(1, 30)
        m = Mention(document_id=doc.id, event_type=etype, event_family=family, sentence_start=0,
                    sentence_end=len(body), text=body, date=day, date_precision=1,
                    location=Place(name=f"town {place_no}", lat=lat, lon=lon, precision=1,
                                   geonames_id=20_000_000 + place_no, country_code="XX"),
                    actors=[Actor(name="Synthetic Forces", raw="forces", role="actor1", inter=1)],
                    casualties=Casualties(killed=Quantity(low=killed, best=killed, high=killed, raw=str(killed))),
                    confidence=0.7)
        out.append((doc, [m]))
    return out


def ingest(store: Store, docs) -> float:
    t0 = time.perf_counter()
    for doc, ms in docs:
        store.add_document(doc, ms)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--docs", type=int, default=1_000)
    ap.add_argument("--dir", default="/tmp/eventwatch-bench")
    args = ap.parse_args()
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    results = {}
    for label, n in (("empty", 0), ("filled", args.events)):
        path = folder / f"resolution-{label}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        engine = open_engine(str(path))
        fill_s = fill(engine, n) if n else 0.0
        seconds = ingest(Store(engine), documents(args.docs))
        results[label] = {"events_before": n, "fill_seconds": round(fill_s, 1), "ingest_seconds": round(seconds, 2),
                          "docs_per_second": round(args.docs / seconds, 1)}
        print(f"{label:>6}: {n:>9,} events before; {args.docs} documents in {seconds:.2f} s "
              f"({args.docs / seconds:.0f}/s); fill took {fill_s:.0f} s", flush=True)
    ratio = results["filled"]["ingest_seconds"] / results["empty"]["ingest_seconds"]
    results["ratio"] = round(ratio, 2)
    print(f" ratio: {ratio:.2f} (goal ≤ 2.0)")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
