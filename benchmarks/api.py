"""API latency on a large store: p50/p95 of /api/events and /api/events.geojson with bbox + time filters.

    python benchmarks/api.py                      # 1,000,000 synthetic events in /tmp/eventwatch-bench.db
    python benchmarks/api.py --events 100000 --requests 100
    python benchmarks/api.py --reuse              # keep an already filled store

The store is filled by bulk inserts straight into the tables (the pipeline would take days for a
million events); the rows have the same columns and JSON shape as real events. The server runs in its
own process (uvicorn, as `eventwatch serve` runs it) and is asked over loopback HTTP one request at a
time, so each figure is what one user waits for. Queries are random: a box of 2 to 8 degrees, mostly
around one of the synthetic conflict areas, and a window of 7 to 180 days.
"""
from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import random
import socket
import statistics
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from eventwatch.resolve.geometry import cell_of

HOTSPOTS = [  # (lat, lon, spread in degrees, weight)
    (35.9, 36.7, 1.2, 10), (33.3, 44.4, 1.5, 6), (15.5, 32.5, 2.0, 8), (12.6, -8.0, 2.5, 5),
    (49.0, 36.5, 2.0, 9), (2.0, 45.3, 2.0, 6), (-1.7, 29.2, 1.5, 7), (34.5, 69.2, 2.0, 6),
    (9.0, 7.5, 3.0, 6), (31.5, 34.5, 0.6, 5), (15.4, 44.2, 2.0, 6), (19.5, 96.0, 3.0, 5),
]
FIRST_DAY = date(2015, 1, 1)
DAYS = 3653
ACTORS = [f"Synthetic Armed Group {i}" for i in range(60)]


def _types():
    from eventwatch.extract.event_types import load_event_types

    return [(t.label, t.family) for t in load_event_types().values()]


def _event(i: int, rng: random.Random, types, day: date, created: str) -> tuple[dict, dict, str]:
    if rng.random() < 0.8:
        lat0, lon0, spread, _ = rng.choices(HOTSPOTS, weights=[h[3] for h in HOTSPOTS])[0]
        lat, lon = rng.gauss(lat0, spread), rng.gauss(lon0, spread)
    else:
        lat, lon = rng.uniform(-35, 60), rng.uniform(-20, 140)
    lat, lon = round(max(-89.9, min(89.9, lat)), 5), round(max(-179.9, min(179.9, lon)), 5)
    label, family = types[rng.randrange(len(types))]
    killed = int(rng.expovariate(0.3)) if rng.random() < 0.6 else None
    actor = ACTORS[rng.randrange(len(ACTORS))]
    eid = f"bx{i:014d}"
    doc = f"bd{i:014d}"
    sentence = f"Synthetic report {i}: {label.lower().replace('_', ' ')} near place {i % 9973} with {killed or 0} killed."
    q = None if killed is None else {"low": killed, "best": killed, "high": killed, "raw": f"{killed} killed",
                                     "group": None, "evidence": None}
    data = {
        "id": eid, "event_type": label, "event_family": family, "date": day.isoformat(), "date_precision": 1,
        "location": {"name": f"Place {i % 9973}", "lat": lat, "lon": lon, "geonames_id": None,
                     "country_code": "XX", "admin1": None, "admin2": None, "precision": 1, "feature_code": "PPL",
                     "raw": f"Place {i % 9973}", "evidence": None, "alternatives": []},
        "actors": [{"name": actor, "raw": actor, "role": "actor1", "type": "Rebel Groups", "inter": 2,
                    "country": None, "evidence": None}],
        "weapons": [],
        "casualties": {"killed": q, "injured": None, "detained": None, "abducted": None, "displaced": None},
        "civilian_targeting": False, "modality": "asserted",
        "sources": [{"document_id": doc, "publisher": "Synthetic Wire", "url": None,
                     "published_at": day.isoformat() + "T12:00:00", "title": f"Report {i}", "copy_of": None,
                     "evidence": [{"document_id": doc, "field": "event_type", "text": label.lower(), "start": 0,
                                   "end": 10, "sentence": sentence, "sentence_start": 0}]}],
        "grade": "single_source", "grade_reason": "one independent source", "confidence": 0.6,
        "independent_sources": 1, "unresolved_places": [],
    }
    row = dict(id=eid, event_type=label, event_family=family, date=day.isoformat(), date_precision=1, lat=lat,
               lon=lon, cell=cell_of(lat, lon), location_name=data["location"]["name"], country_code="XX",
               geo_precision=1, killed_best=killed, grade="single_source", confidence=0.6, independent_sources=1,
               version=1, status="machine", merged_into=None, data=json.dumps(data), created_at=created,
               updated_at=created)
    return row, {"event_id": eid, "name": actor, "role": "actor1"}, eid


def fill(db_path: Path, n: int, seed: int = 7) -> None:
    """A fresh store with n events, inserted in date order in large transactions."""
    from sqlalchemy import inspect

    from eventwatch.store.database import open_engine

    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    engine = open_engine(str(db_path))
    columns = [c["name"] for c in inspect(engine).get_columns("events") if not c.get("computed")]
    rng = random.Random(seed)
    types = _types()
    created = datetime(2025, 1, 1, tzinfo=timezone.utc).isoformat(sep=" ")
    per_day = n / DAYS
    t0 = time.perf_counter()
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA synchronous=OFF")
        placeholders = ",".join("?" for _ in columns)
        sql_events = f"INSERT INTO events ({','.join(columns)}) VALUES ({placeholders})"
        sql_actors = "INSERT INTO event_actors (event_id, name, role) VALUES (?, ?, ?)"
        batch_e, batch_a = [], []
        for i in range(n):
            day = FIRST_DAY + timedelta(days=min(DAYS - 1, int(i / per_day)))
            row, actor, _ = _event(i, rng, types, day, created)
            batch_e.append(tuple(row.get(c) for c in columns))
            batch_a.append((actor["event_id"], actor["name"], actor["role"]))
            if len(batch_e) >= 20000:
                cur.executemany(sql_events, batch_e)
                cur.executemany(sql_actors, batch_a)
                raw.commit()
                batch_e, batch_a = [], []
                done = i + 1
                rate = done / (time.perf_counter() - t0)
                print(f"\r  {done:,} events ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)
        if batch_e:
            cur.executemany(sql_events, batch_e)
            cur.executemany(sql_actors, batch_a)
            raw.commit()
        print(f"\r  {n:,} events inserted in {time.perf_counter() - t0:.0f} s; ANALYZE…", file=sys.stderr)
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
    print(f"  filled in {time.perf_counter() - t0:.0f} s, {db_path.stat().st_size / 1e9:.2f} GB", file=sys.stderr)


def count_events(db_path: Path) -> int:
    import sqlite3

    if not db_path.exists():
        return 0
    with sqlite3.connect(db_path) as conn:
        try:
            return conn.execute("SELECT count(*) FROM events").fetchone()[0]
        except sqlite3.Error:
            return 0


def _serve(db: str, port: int) -> None:
    import uvicorn

    from eventwatch.api import ApiSettings, create_app

    uvicorn.run(create_app(ApiSettings(db=db)), host="127.0.0.1", port=port, log_level="warning")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def random_query(rng: random.Random) -> dict[str, str]:
    if rng.random() < 0.85:
        lat, lon, _, _ = rng.choice(HOTSPOTS)
        lat, lon = lat + rng.uniform(-1, 1), lon + rng.uniform(-1, 1)
    else:
        lat, lon = rng.uniform(-30, 55), rng.uniform(-15, 135)
    half = rng.uniform(1, 4)
    kx = max(0.2, math.cos(math.radians(lat)))
    box = (lon - half / kx, lat - half, lon + half / kx, lat + half)
    span = rng.randint(7, 180)
    start = FIRST_DAY + timedelta(days=rng.randrange(DAYS - span))
    return {"bbox": ",".join(f"{x:.4f}" for x in box), "since": start.isoformat(),
            "until": (start + timedelta(days=span)).isoformat()}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1))
    return ordered[k]


def measure(base: str, path: str, queries: list[dict[str, str]], extra: dict[str, str]) -> dict:
    import httpx

    times, sizes, counts = [], [], []
    with httpx.Client(base_url=base, timeout=60) as client:
        for q in queries[:10]:  # warm-up: page cache and connection
            client.get(path, params={**q, **extra})
        for q in queries:
            t0 = time.perf_counter()
            r = client.get(path, params={**q, **extra})
            body = r.content
            times.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, r.text[:300]
            sizes.append(len(body))
            data = json.loads(body)
            counts.append(data["total"] if "total" in data else len(data["features"]))
    return {"p50": statistics.median(times), "p95": percentile(times, 95), "p99": percentile(times, 99),
            "max": max(times), "mean_results": statistics.mean(counts), "max_results": max(counts),
            "mean_kb": statistics.mean(sizes) / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/tmp/eventwatch-bench.db", help="SQLite file to fill and serve")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=300, help="timed requests per endpoint")
    parser.add_argument("--reuse", action="store_true", help="keep the store if it already holds --events events")
    parser.add_argument("--geojson-limit", type=int, default=5000, help="the map's page size (the UI asks 5000)")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    db = Path(args.db)
    have = count_events(db)
    if args.reuse and have == args.events:
        print(f"reusing {db} ({have:,} events)", file=sys.stderr)
    else:
        print(f"filling {db} with {args.events:,} synthetic events", file=sys.stderr)
        fill(db, args.events)

    port = _free_port()
    ctx = multiprocessing.get_context("spawn")
    server = ctx.Process(target=_serve, args=(str(db), port), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(base + "/api/config", timeout=2)
            break
        except httpx.TransportError:
            if time.monotonic() > deadline or not server.is_alive():
                print("server did not start", file=sys.stderr)
                return 1
            time.sleep(0.2)
    try:
        rng = random.Random(args.seed)
        queries = [random_query(rng) for _ in range(args.requests)]
        results = {
            "/api/events": measure(base, "/api/events", queries, {"limit": "50"}),
            "/api/events.geojson": measure(base, "/api/events.geojson", queries,
                                           {"limit": str(args.geojson_limit)}),
        }
    finally:
        server.terminate()
        server.join(timeout=10)
    print(f"\n{args.events:,} events, {args.requests} requests per endpoint, bbox 2-8 degrees + 7-180 day window "
          f"(SQLite, one client, loopback HTTP, {os.cpu_count()} CPUs)")
    print(f"{'endpoint':<22}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'mean hits':>11}{'mean KB':>9}")
    ok = True
    for path, r in results.items():
        print(f"{path:<22}{r['p50']:>9.1f}{r['p95']:>9.1f}{r['p99']:>9.1f}{r['max']:>9.1f}"
              f"{r['mean_results']:>11.0f}{r['mean_kb']:>9.1f}")
        ok = ok and r["p95"] < 100
    print("p95 under 100 ms: " + ("yes" if ok else "NO"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
