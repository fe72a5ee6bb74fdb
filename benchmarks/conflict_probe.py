"""Conflict-report probe: does each report's event land at the right place with an honest UCDP precision?

The probe (tests/fixtures/geo/conflict_probe.yaml) holds short reports written for the project across two
dozen theatres, each with the place its event happened at. Every report is run through the whole pipeline
(`pipeline.process`) and scored at the place of its first located mention; the geoparser's own choice over
the report's first sentence is scored beside it, so a miss of the event classifier (no mention at all) is
told apart from a wrong place.

    python benchmarks/conflict_probe.py [--probe FILE] [--failures] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Optional

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from division_match import fold, in_division  # noqa: E402  (shared with benchmarks/news_probe.py)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PROBE = ROOT / "tests" / "fixtures" / "geo" / "conflict_probe.yaml"
_KEYS = {"id", "theatre", "text", "expect", "xfail"}
_EXPECT_KEYS = {"name", "country", "admin1", "precision", "raw"}


@dataclass(frozen=True)
class Report:
    id: str
    theatre: str
    text: str
    names: tuple[str, ...]
    country: str
    precisions: tuple[int, ...]
    admin1: Optional[str] = None
    raw: Optional[str] = None
    xfail: Optional[str] = None


def load_probe(path: Path = DEFAULT_PROBE) -> list[Report]:
    """The probe's reports, checked: a typo in the file must fail loudly, not score as a miss."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    reports, seen = [], set()
    for entry in data["reports"]:
        extra = set(entry) - _KEYS
        if extra or not {"id", "theatre", "text", "expect"} <= set(entry):
            raise ValueError(f"probe entry {entry.get('id')!r}: bad keys {sorted(extra) or sorted(set(entry))}")
        expect = entry["expect"]
        if set(expect) - _EXPECT_KEYS or not {"name", "country", "precision"} <= set(expect):
            raise ValueError(f"probe entry {entry['id']!r}: bad expect keys {sorted(expect)}")
        if entry["id"] in seen:
            raise ValueError(f"probe entry {entry['id']!r} appears twice")
        seen.add(entry["id"])
        names = expect["name"] if isinstance(expect["name"], list) else [expect["name"]]
        precisions = expect["precision"] if isinstance(expect["precision"], list) else [expect["precision"]]
        if not all(isinstance(p, int) and 1 <= p <= 7 for p in precisions):
            raise ValueError(f"probe entry {entry['id']!r}: precision must be UCDP codes 1-7")
        reports.append(Report(id=entry["id"], theatre=entry["theatre"], text=" ".join(entry["text"].split()),
                              names=tuple(str(n) for n in names), country=str(expect["country"]),
                              precisions=tuple(precisions), admin1=expect.get("admin1"), raw=expect.get("raw"),
                              xfail=entry.get("xfail")))
    return reports


def misses(report: Report, place) -> list[str]:
    """What is wrong with `place` as this report's event place (empty when it is right)."""
    if place is None:
        return ["no place"]
    wrong = []
    if fold(place.name or "") not in {fold(n) for n in report.names}:
        wrong.append(f"name {place.name!r}")
    if place.country_code != report.country:
        wrong.append(f"country {place.country_code}")
    if report.admin1 is not None and not in_division(report.admin1, place.admin1):
        wrong.append(f"admin1 {place.admin1!r}")
    if place.precision not in report.precisions:
        wrong.append(f"precision {place.precision}")
    if report.raw is not None and fold(place.raw or "") != fold(report.raw):
        wrong.append(f"raw {place.raw!r}")
    return wrong


def pipeline_place(resources, report: Report):
    """The place of the report's first located event mention, as the pipeline stores it."""
    from eventwatch.model import Document
    from eventwatch.pipeline import process

    doc = Document(id=report.id, sha256="0" * 64, raw=report.text.encode(), text=report.text,
                   publisher="Probe Monitor", published_at=datetime(2024, 6, 1, 12, 0), language="en")
    located = sorted((m for m in process(resources, doc) if m.location is not None), key=lambda m: m.sentence_start)
    return located[0].location if located else None


def geoparser_place(gazetteer, report: Report):
    """The geoparser's choice over the report's first sentence, without the event classifier."""
    from eventwatch.geo import choose_event_location, geoparse

    end = _first_sentence_end(report.text)
    return choose_event_location(geoparse(gazetteer, report.text), 0, end)


def _first_sentence_end(text: str) -> int:
    for k, c in enumerate(text):
        if c == "." and (k + 1 == len(text) or (text[k + 1] == " " and k + 2 < len(text) and text[k + 2].isupper())):
            return k + 1
    return len(text)


def describe(place) -> str:
    if place is None:
        return "-"
    raw = f" raw={place.raw!r}" if place.raw and fold(place.raw) != fold(place.name or "") else ""
    return f"{place.name} ({place.country_code}, {place.admin1}) p{place.precision}{raw}"


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--probe", type=Path, default=DEFAULT_PROBE)
    parser.add_argument("--failures", action="store_true", help="List every miss with what went wrong.")
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = parser.parse_args(argv)

    from eventwatch.resources import Resources

    reports = load_probe(args.probe)
    resources = Resources()
    by_theatre: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    failures = []
    for report in reports:
        place = pipeline_place(resources, report)
        geo = geoparser_place(resources.gazetteer, report)
        ok, geo_ok = not misses(report, place), not misses(report, geo)
        tally = by_theatre[report.theatre]
        tally[0] += ok
        tally[1] += geo_ok
        tally[2] += 1
        if not ok:
            failures.append({"id": report.id, "theatre": report.theatre, "expected": list(report.names),
                             "precision": list(report.precisions), "pipeline": describe(place),
                             "geoparser": describe(geo), "why": misses(report, place)})
    total = [sum(t[i] for t in by_theatre.values()) for i in range(3)]
    if args.json:
        print(json.dumps({"reports": total[2], "pipeline_correct": total[0], "geoparser_correct": total[1],
                          "pipeline_score": round(total[0] / total[2], 4),
                          "by_theatre": {k: {"pipeline": v[0], "geoparser": v[1], "reports": v[2]}
                                         for k, v in by_theatre.items()},
                          "failures": failures}, ensure_ascii=False, indent=2))
        return 0
    print(f"{'theatre':<20} pipeline  geoparser")
    for theatre, (ok, geo_ok, n) in by_theatre.items():
        print(f"{theatre:<20} {ok:>3}/{n:<4}  {geo_ok:>3}/{n}")
    print(f"{'all':<20} {total[0]:>3}/{total[2]:<4}  {total[1]:>3}/{total[2]}   "
          f"score {total[0] / total[2]:.3f}")
    if args.failures:
        for f in failures:
            print(f"- {f['id']}: expected {f['expected']} p{f['precision']}; pipeline {f['pipeline']}; "
                  f"geoparser {f['geoparser']}; {', '.join(f['why'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
