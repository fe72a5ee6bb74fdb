"""A crash never loses or half-writes what was committed: kill -9 in the middle, run again, every
document is stored exactly once with all of its mentions."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

PLACES = ["Saraqib", "Ariha", "Atarib", "Kafr Nabl", "Maaret al-Numan", "Jisr al-Shughur", "Daraa", "Raqqa"]
VERBS = ["Warplanes struck a market in {p}", "Artillery shelled residential areas of {p}",
         "Gunmen attacked a checkpoint near {p}", "Protesters marched through the centre of {p}"]


def write_reports(folder, n: int) -> None:
    for i in range(n):
        place, verb = PLACES[i % len(PLACES)], VERBS[(i // len(PLACES)) % len(VERBS)]
        day = 1 + i % 27
        body = (f"{day} January 2020\nPress release\n\n{verb.format(p=place)} on {day} January 2020, killing "
                f"{2 + i % 11} people and wounding {i % 17} others, witnesses said. Report number {i}.\n")
        (folder / f"report-{i:04d}.txt").write_text(body, encoding="utf-8")


def counts(db: str) -> tuple[int, int, int]:
    con = sqlite3.connect(db)
    try:
        docs = con.execute("select count(*) from documents").fetchone()[0]
        bad = con.execute(
            "select count(*) from documents d where d.mention_count != "
            "(select count(*) from mentions m where m.document_id = d.id)").fetchone()[0]
        orphans = con.execute(
            "select count(*) from mentions m where not exists (select 1 from events e where e.id = m.event_id)"
        ).fetchone()[0]
        return docs, bad, orphans
    finally:
        con.close()


def test_kill_9_during_a_large_ingest_then_rerun_stores_every_document_exactly_once(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    n = 160
    write_reports(folder, n)
    db = str(tmp_path / "crash.db")
    cmd = [sys.executable, "-m", "eventwatch", "ingest", str(folder), "--db", db, "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 240
    try:
        while time.time() < deadline:
            time.sleep(0.2)
            if os.path.exists(db):
                try:
                    if counts(db)[0] >= 20:
                        break
                except sqlite3.OperationalError:
                    continue
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    stored, half_written, orphans = counts(db)
    assert 0 < stored < n, "the kill landed in the middle of the batch"
    assert half_written == 0 and orphans == 0
    rerun = subprocess.run(cmd, capture_output=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr.decode()
    stored, half_written, orphans = counts(db)
    assert stored == n and half_written == 0 and orphans == 0
    con = sqlite3.connect(db)
    assert con.execute("select count(distinct sha256) from documents").fetchone()[0] == n
