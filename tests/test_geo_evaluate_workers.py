"""`evaluate geo --workers N`: the corpus geoparsed in N forked processes scores exactly as in one.

Every metric and every line of the --errors file must be the same for any number of workers, in every corpus
format and in both modes (end to end, and resolving the gold spans); only the timings and `workers` differ.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwatch.evaluate import geo_workers
from eventwatch.evaluate.geo import evaluate_corpus, read_corpus, rounded
from eventwatch.geo.dumps import build_from_dump
from eventwatch.geo.gazetteer import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures" / "geo"
TIMINGS = {"seconds", "docs_per_second", "warm_up_seconds", "workers"}

# Invented reports. Each gold name: (name, lat, lon, GeoNames id). Some are placed wrongly on purpose (a
# far-off point), and one names a village the store does not hold, so that the error file has misses and
# wrong places to keep in order, not only hits.
STORIES = [
    ("Shells fell on Saraqib and on the road to Idlib overnight.",
     [("Saraqib", 35.86447, 36.80591, 164816), ("Idlib", 35.93062, 36.63393, 169389)]),
    ("Families left Khan Shaykhun for Damascus, a relief worker said.",
     [("Khan Shaykhun", 35.44208, 36.65095, 168325), ("Damascus", 10.0, 10.0, 170654)]),
    ("Talks in Moscow ended without a word on Aleppo.",
     [("Moscow", 55.75222, 37.61556, 524901), ("Aleppo", 36.20124, 37.16117, 170063)]),
    ("The market in Kafr Tilwan reopened, residents of Al Atarib said.",
     [("Kafr Tilwan", 35.7, 36.7, 999), ("Al Atarib", 36.13516, 36.83081, 174030)]),
    ("Convoys crossed Aleppo Governorate towards Saraqib.",
     [("Aleppo Governorate", 36.25, 37.5, 170062), ("Saraqib", 24.0, 55.0, 164816)]),
    ("Nothing happened in Moscow or Damascus on Sunday.",
     [("Moscow", 55.75222, 37.61556, 524901), ("Damascus", 33.5102, 36.29128, 170654)]),
    ("Idlib Governorate saw rain; Aleppo did not.",
     [("Idlib Governorate", 35.75, 36.5, 169387), ("Aleppo", 36.20124, 37.16117, 170063)]),
]


def _spans(text: str, golds: list[tuple]) -> list[tuple[str, int, int, float, float, int]]:
    out, at = [], 0
    for name, lat, lon, gid in golds:
        start = text.index(name, at)
        at = start + len(name)
        out.append((name, start, at, lat, lon, gid))
    return out


def write_corpus(path: Path, fmt: str) -> Path:
    """The stories in one of the corpora's XML formats: GeoWebNews, LGL (TR-News is the same), GeoVirus."""
    parts = ["<articles>"]
    for n, (text, golds) in enumerate(STORIES):
        if fmt == "gwn":
            tops = "".join(
                f"<toponym><extractedName>{name}</extractedName><type>Literal</type><start>{s}</start><end>{e}</end>"
                f"<geonamesID>{gid}</geonamesID><latitude>{lat}</latitude><longitude>{lon}</longitude></toponym>"
                for name, s, e, lat, lon, gid in _spans(text, golds))
            parts.append(f"<article file='{n}'><title>t</title><text>{text}</text><toponyms>{tops}</toponyms></article>")
        elif fmt in ("lgl", "trnews"):
            tops = "".join(
                f"<toponym><start>{s}</start><end>{e}</end><phrase>{name}</phrase><gaztag geonameid='{gid}'>"
                f"<name>{name}</name><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>"
                for name, s, e, lat, lon, gid in _spans(text, golds))
            parts.append(f"<article docid='{n}'><url>https://news.example.org/{n}</url><text><![CDATA[{text}]]>"
                         f"</text><toponyms>{tops}</toponyms></article>")
        else:
            tops = "".join(
                f"<location><name>{name}</name><start>{s}</start><end>{e}</end><lat>{lat}</lat><lon>{lon}</lon>"
                f"<page>p</page></location>" for name, s, e, lat, lon, _ in _spans(text, golds))
            parts.append(f"<article><source>s{n}</source><text>{text}</text><locations>{tops}</locations></article>")
    parts.append("</articles>")
    path.write_text("".join(parts), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build_from_dump(FIXTURES / "SY_sample.txt", tmp_path_factory.mktemp("geo-workers") / "store",
                           countries=["SY", "RU", "AE"])


@pytest.mark.parametrize("gold", [False, True], ids=["end-to-end", "gold-spans"])
@pytest.mark.parametrize("fmt", ["gwn", "lgl", "trnews", "geovirus"])
def test_two_workers_score_and_list_errors_exactly_as_one_process(tmp_path, store, fmt, gold):
    corpus = read_corpus(write_corpus(tmp_path / f"{fmt}.xml", fmt))
    g = Gazetteer.load(str(store))
    runs = {}
    for workers in (1, 2):
        rows: list[dict] = []
        done: list[int] = []
        scores = rounded(evaluate_corpus(corpus, g, gold_toponyms=gold, errors=rows, workers=workers,
                                         progress=done.append))
        assert scores["workers"] == workers
        # Progress counts every document once, in order, however the documents were shared out.
        assert done[-1] == len(STORIES) and done == sorted(done)
        runs[workers] = ({k: v for k, v in scores.items() if k not in TIMINGS}, rows)
    assert runs[1][1], "the stories are written to leave some errors to compare"
    assert runs[2] == runs[1]


def test_the_command_reports_its_workers_and_writes_the_same_error_file(tmp_path, store):
    from conftest import run_cli

    corpus = write_corpus(tmp_path / "lgl.xml", "lgl")
    outs = {}
    for workers in ("1", "2"):
        errors = tmp_path / f"errors{workers}.jsonl"
        r = run_cli("evaluate", "geo", str(corpus), "--json", "--gazetteer", str(store), "--workers", workers,
                    "--errors", str(errors))
        assert r.returncode == 0, r.stderr.decode()
        out = json.loads(r.stdout)
        assert out["workers"] == int(workers) and out["docs_per_second"] > 0
        outs[workers] = ({k: v for k, v in out.items() if k not in TIMINGS}, errors.read_bytes())
    assert outs["1"] == outs["2"] and outs["1"][1]


def test_never_more_workers_than_documents(tmp_path, store):
    corpus = read_corpus(write_corpus(tmp_path / "gv.xml", "geovirus"))
    corpus.documents = corpus.documents[:1]
    assert evaluate_corpus(corpus, Gazetteer.load(str(store)), workers=4).workers == 1
    assert geo_workers.default_workers(1) == 1
    assert 1 <= geo_workers.default_workers(10_000) == geo_workers.available_cores()


def test_where_processes_cannot_be_forked_one_process_does_the_work(tmp_path, store, monkeypatch):
    monkeypatch.setattr(geo_workers, "can_fork", lambda: False)
    corpus = read_corpus(write_corpus(tmp_path / "gwn.xml", "gwn"))
    assert evaluate_corpus(corpus, Gazetteer.load(str(store)), workers=2).workers == 1


def test_every_document_is_handed_out_once_the_longest_first():
    for costs in ([5], [3, 1, 4, 1, 5, 9, 2, 6], [10] * 100, [(i * 37) % 101 for i in range(589)]):
        for workers in (1, 2, 16):
            handed = [i for batch in geo_workers.batches(costs, workers) for i in batch]
            assert sorted(handed) == list(range(len(costs)))
            assert [costs[i] for i in handed] == sorted(costs, reverse=True)
            assert all(len(b) <= geo_workers.MAX_CHUNK for b in geo_workers.batches(costs, workers))


def test_a_long_document_is_a_task_of_its_own_and_short_ones_are_grouped():
    # One worker's share split into about sixteen tasks of 1080 / 16 = 67.5 each.
    assert geo_workers.batches([1000] + [10] * 8, 1) == [[0], [1, 2, 3, 4, 5, 6], [7, 8]]


def test_a_reopened_gazetteer_reads_through_its_own_connection(store):
    g = Gazetteer(store)
    before = g.db
    g.reopen()
    assert g.db is not before
    assert [c.name for c in g.lookup("Saraqib")] == [c.name for c in Gazetteer(store).lookup("Saraqib")]
