"""Core commands: ingest, events, show, history, documents, document, export, demo."""
from __future__ import annotations

import json
import sys
from importlib import resources as ir
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.markup import escape
from rich.table import Table

from eventwatch.model import CASUALTY_KINDS, Event, to_dict

# Piped output (logs, CI) gets wide tables rather than rich's 80-column default.
console = Console(width=None if sys.stdout.isatty() else 180)
err = Console(stderr=True)

DB_HELP = "Database: a SQLAlchemy URL or a SQLite path (default $EVENTWATCH_DB or ./eventwatch.db)."
EVENT_FORMATS = ("table", "json", "jsonl", "csv", "geojson")


def _store(db: Optional[str]):
    from eventwatch.store.repository import open_store

    return open_store(db)


def _resources(max_mb: float, gazetteer: Optional[str] = None, places: Optional[list[str]] = None,
               sources: Optional[list[str]] = None):
    from eventwatch.resources import Resources, Settings, check_files

    resources = Resources(Settings(max_bytes=int(max_mb * 1024 * 1024), gazetteer_path=gazetteer,
                                   user_places=list(places or []), sources=list(sources or [])))
    # Checked here, once: a missing store or a bad row must stop the run, not fail every document one by one.
    problem = check_files(resources)
    if problem:
        _usage(problem)
    return resources


def _usage(message: str) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(2)


def _parse_floats(value: Optional[str], n: int, name: str) -> Optional[tuple[float, ...]]:
    if value is None:
        return None
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != n:
        _usage(f"{name} takes {n} comma-separated numbers, got {value!r}")
    return parts


def _run_ingest(paths: list[str], db: Optional[str], max_mb: float, quiet: bool = False,
                gazetteer: Optional[str] = None, places: Optional[list[str]] = None,
                workers: int = 1, dask: Optional[str] = None, sources: Optional[list[str]] = None):
    from eventwatch.batch import ingest_results
    from eventwatch.ingest import discover, read_bytes, read_paths

    store = _store(db)
    resources = _resources(max_mb, gazetteer, places, sources)
    file_paths = [p for p in paths if p != "-"]
    missing = [p for p in file_paths if not Path(p).exists()]
    for p in missing:
        err.print(f"[red]error:[/red] {p}: no such file or folder")
    if missing and len(missing) == len(paths):
        raise typer.Exit(2)
    files = discover([p for p in file_paths if p not in missing])

    def results():
        if "-" in paths:
            yield from read_bytes(sys.stdin.buffer.read(), name="-", max_bytes=resources.settings.max_bytes)
        yield from read_paths(files, max_bytes=resources.settings.max_bytes)

    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.fields[current]}"), console=err, disable=quiet or not err.is_terminal,
                  transient=True) as progress:
        task = progress.add_task("ingest", total=len(files) + (1 if "-" in paths else 0), current="")
        seen: set[str] = set()

        def advance(result) -> None:
            if result.path not in seen:
                seen.add(result.path)
                progress.update(task, advance=1, current=Path(result.path).name)

        summary = ingest_results(store, resources, results(), on_result=advance, workers=workers, dask=dask)
    if missing:
        from eventwatch.batch import Failure

        summary.failed[:0] = [Failure(p, "no such file or folder") for p in missing]
    return summary


def _print_summary(summary) -> None:
    console.print(
        f"[bold]{summary.new}[/bold] new, [bold]{summary.known}[/bold] already known, "
        f"[bold]{len(summary.failed)}[/bold] failed"
        + (f" ({summary.copies} copies of earlier documents)" if summary.copies else "")
        + f"; events: {summary.events_created} new, {summary.events_touched} created or updated"
    )
    for failure in summary.failed:
        err.print(f"failed: {failure}", highlight=False, markup=False)


def _casualty_cell(event: Event, kind: str) -> str:
    q = getattr(event.casualties, kind)
    if q is None:
        return ""
    if q.low == q.high or q.high is None:
        return str(q.best)
    return f"{q.best} ({q.low}–{q.high})"


def events_table(events: list[Event], title: str = "events") -> Table:
    table = Table(title=f"{len(events)} {title}", show_lines=False, expand=False)
    for col in ("id", "date", "type", "place", "actors", "killed", "injured", "displaced", "grade", "src"):
        table.add_column(col, overflow="fold")
    for e in events:
        loc = e.location
        place = f"{loc.name} [{loc.precision}]" if loc else ("? " + ", ".join(e.unresolved_places))
        actors = "; ".join(f"{a.name}" + ("→" if a.role == "actor1" else "") for a in e.actors[:3])
        table.add_row(
            e.id, f"{e.date or '?'}", e.event_type, escape(place), escape(actors),
            _casualty_cell(e, "killed"), _casualty_cell(e, "injured"), _casualty_cell(e, "displaced"),
            e.grade, f"{e.independent_sources}/{len(e.sources)}",
        )
    return table


def _emit_events(events: list[Event], fmt: str) -> None:
    from eventwatch.export import write_events

    if fmt == "table":
        console.print(events_table(events))
    else:
        write_events(events, fmt, sys.stdout)


def register(app: typer.Typer, evaluate_app: typer.Typer) -> None:
    @app.command()
    def ingest(
        paths: list[str] = typer.Argument(..., help="Files or folders (recursive); '-' reads standard input."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        max_mb: float = typer.Option(20.0, "--max-mb", help="Refuse files larger than this (MB)."),
        gazetteer: Optional[str] = typer.Option(None, "--gazetteer", help="A gazetteer store built by `gazetteer build`."),
        places: Optional[list[str]] = typer.Option(None, "--places", help="CSV/YAML of your own places and aliases."),
        sources: Optional[list[str]] = typer.Option(None, "--sources", help=(
            "CSV/YAML of your sources (domain or publisher name) and the place each is based in.")),
        workers: int = typer.Option(1, "--workers", min=1, help="Extract in N local processes (one writer)."),
        dask: Optional[str] = typer.Option(None, "--dask", help="tcp://SCHEDULER:8786, or local:N for a LocalCluster."),
        quiet: bool = typer.Option(False, "--quiet", "-q"),
    ) -> None:
        """Read reports, extract their events, and store both. Exit 1 when some inputs failed."""
        if dask and workers > 1:
            _usage("choose either --workers or --dask")
        summary = _run_ingest(paths, db, max_mb, quiet, gazetteer, places, workers, dask, sources)
        _print_summary(summary)
        raise typer.Exit(summary.exit_code)

    @app.command()
    def events(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
        until: Optional[str] = typer.Option(None, "--until", help="YYYY-MM-DD"),
        event_type: Optional[str] = typer.Option(None, "--type", help="One of the 30 labels, e.g. AIR_STRIKE."),
        family: Optional[str] = typer.Option(None, "--family", help="ACLED event type, e.g. Battles."),
        actor: Optional[str] = typer.Option(None, "--actor", help="Part of a canonical actor name."),
        place: Optional[str] = typer.Option(None, "--place", help="Part of a place name."),
        grade: Optional[str] = typer.Option(None, "--grade"),
        near: Optional[str] = typer.Option(None, "--near", help="LAT,LON,KM"),
        bbox: Optional[str] = typer.Option(None, "--bbox", help="W,S,E,N"),
        limit: Optional[int] = typer.Option(None, "--limit"),
        fmt: str = typer.Option("table", "--format", help="|".join(EVENT_FORMATS)),
    ) -> None:
        """List events, filtered."""
        from eventwatch.store.repository import EventFilter

        if fmt not in EVENT_FORMATS:
            _usage(f"--format must be one of {', '.join(EVENT_FORMATS)}")
        for label, value in (("--since", since), ("--until", until)):
            if value is not None:
                _check_date(label, value)
        flt = EventFilter(
            since=since, until=until, event_type=event_type, family=family, actor=actor, place=place,
            grade=grade, near=_parse_floats(near, 3, "--near"), bbox=_parse_floats(bbox, 4, "--bbox"),
            limit=limit,
        )
        _emit_events(_store(db).list_events(flt), fmt)

    @app.command()
    def show(
        event_id: str = typer.Argument(...),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        as_json: bool = typer.Option(False, "--json", help="The event's JSON shape."),
    ) -> None:
        """Every field of one event with the sentences and documents it came from."""
        store = _store(db)
        event = store.get_event(event_id)
        if event is None:
            err.print(f"no event {event_id!r}")
            raise typer.Exit(1)
        if as_json:
            console.print_json(json.dumps(to_dict(event), ensure_ascii=False))
            return
        _print_event(event)

    @app.command()
    def history(
        event_id: str = typer.Argument(...),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Every version of an event: who changed it, when and why."""
        rows = _store(db).history(event_id)
        if not rows:
            err.print(f"no event {event_id!r}")
            raise typer.Exit(1)
        table = Table(title=f"history of {event_id}")
        for col in ("version", "at", "who", "action", "why", "type", "grade", "sources"):
            table.add_column(col)
        for r in rows:
            d = r["data"]
            table.add_row(str(r["version"]), str(r["at"])[:19], r["who"], r["action"], r["why"] or "",
                          d.get("event_type", ""), d.get("grade", ""), str(len(d.get("sources", []))))
        console.print(table)

    @app.command()
    def merge(
        a: str = typer.Argument(..., help="The event that stays."),
        b: str = typer.Argument(..., help="The event folded into it (its id keeps answering with A)."),
        why: str = typer.Option(..., "--why", help="Your reason, kept in the history."),
        who: str = typer.Option(_default_user(), "--who"),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Merge two events an analyst knows to be one."""
        event = _analyst_call(lambda s: s.merge_events(a, b, who=who, why=why), db)
        console.print(f"merged {b} into {event.id}: {len(event.sources)} sources, grade {event.grade}")

    @app.command()
    def split(
        event_id: str = typer.Argument(...),
        sources: str = typer.Option(..., "--sources", help="Comma-separated document ids that leave the event."),
        why: str = typer.Option(..., "--why"),
        who: str = typer.Option(_default_user(), "--who"),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Split the named sources off into a new event."""
        ids = [x.strip() for x in sources.split(",") if x.strip()]
        event = _analyst_call(lambda s: s.split_event(event_id, ids, who=who, why=why), db)
        console.print(f"new event {event.id} with {len(event.sources)} sources, split from {event_id}")

    @app.command()
    def review(
        event_id: str = typer.Argument(...),
        status: str = typer.Argument(..., help="confirmed | rejected | machine"),
        why: str = typer.Option(..., "--why"),
        who: str = typer.Option(_default_user(), "--who"),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Record an analyst's review of an event."""
        event = _analyst_call(lambda s: s.review_event(event_id, status, who=who, why=why), db)
        console.print(f"{event.id}: {event.status} (grade {event.grade})")

    @app.command()
    def edit(
        event_id: str = typer.Argument(...),
        changes: list[str] = typer.Argument(..., help="FIELD=JSON_OR_TEXT, e.g. event_type=ART_MISS_ATTACK date=2020-01-29"),
        why: str = typer.Option(..., "--why"),
        who: str = typer.Option(_default_user(), "--who"),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Set fields of an event; analyst values survive new sources and re-extraction."""
        parsed = {}
        for item in changes:
            if "=" not in item:
                _usage(f"{item!r} is not FIELD=VALUE")
            key, value = item.split("=", 1)
            try:
                parsed[key] = json.loads(value)
            except json.JSONDecodeError:
                parsed[key] = value
        event = _analyst_call(lambda s: s.edit_event(event_id, parsed, who=who, why=why), db)
        console.print(f"{event.id}: edited {', '.join(sorted(parsed))}")

    @app.command()
    def reprocess(
        doc_ids: Optional[list[str]] = typer.Argument(None, help="Documents to re-extract (default: all)."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        gazetteer: Optional[str] = typer.Option(None, "--gazetteer", help="A gazetteer store built by `gazetteer build`."),
        places: Optional[list[str]] = typer.Option(None, "--places", help="CSV/YAML of your own places and aliases."),
        sources: Optional[list[str]] = typer.Option(None, "--sources", help=(
            "CSV/YAML of your sources (domain or publisher name) and the place each is based in.")),
    ) -> None:
        """Run extraction again over stored documents (after an upgrade, or with a new gazetteer, places or
        sources file); analyst decisions are kept."""
        from eventwatch.pipeline import process

        resources = _resources(20.0, gazetteer, places, sources)
        store = _store(db)
        docs = list(store.iter_documents(doc_ids or None))
        touched: set[str] = set()
        with Progress(TextColumn("[bold]reprocess"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err, disable=not err.is_terminal, transient=True) as progress:
            task = progress.add_task("reprocess", total=len(docs))
            for d in docs:
                touched.update(store.replace_mentions(d.id, process(resources, d)))
                progress.advance(task)
        console.print(f"re-extracted {len(docs)} documents; {len(touched)} events updated")

    @app.command()
    def documents(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        fmt: str = typer.Option("table", "--format", help="table|json|jsonl|csv"),
        limit: Optional[int] = typer.Option(None, "--limit"),
    ) -> None:
        """List stored documents with their metadata."""
        rows = _store(db).list_documents(limit)
        _emit_documents(rows, fmt)

    @app.command()
    def document(
        doc_id: str = typer.Argument(..., help="A document id (or a unique prefix of one)."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        as_json: bool = typer.Option(False, "--json"),
        raw: bool = typer.Option(False, "--raw", help="Write the raw bytes exactly as ingested."),
    ) -> None:
        """One document: metadata and cleaned text."""
        row = _store(db).get_document(doc_id)
        if row is None:
            err.print(f"no document {doc_id!r}")
            raise typer.Exit(1)
        if raw:
            sys.stdout.buffer.write(row["raw"])
            return
        meta = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()
                if k not in ("raw", "offsets")}
        if as_json:
            console.print_json(json.dumps(meta, ensure_ascii=False, default=str))
            return
        for k, v in meta.items():
            if k != "text" and v is not None:
                console.print(f"[bold]{k}[/bold]: {escape(str(v))}", highlight=False, markup=True)
        console.rule()
        console.print(row["text"], markup=False, highlight=False)

    @app.command()
    def export(
        out: str = typer.Argument(..., help="Output file, or '-' for standard output."),
        fmt: str = typer.Option("jsonl", "--format", help="jsonl|json|csv|geojson|acled-csv"),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        since: Optional[str] = typer.Option(None, "--since"),
        until: Optional[str] = typer.Option(None, "--until"),
    ) -> None:
        """Write all (or date-filtered) events to a file."""
        from eventwatch.export import FORMATS, write_events
        from eventwatch.store.repository import EventFilter

        if fmt not in FORMATS:
            _usage(f"--format must be one of {', '.join(FORMATS)}")
        evs = _store(db).list_events(EventFilter(since=since, until=until))
        if out == "-":
            n = write_events(evs, fmt, sys.stdout)
        else:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                n = write_events(evs, fmt, fh)
            err.print(f"wrote {n} events to {out} ({fmt})")

    @evaluate_app.command("entities")
    def evaluate_entities_cmd(
        root: str = typer.Argument(..., help="A re3d folder (with one sub-folder per source)."),
        as_json: bool = typer.Option(False, "--json"),
        errors: int = typer.Option(0, "--errors", help="List N missed and N spurious spans per type."),
    ) -> None:
        """Entity recognition (actors, weapons, platforms, quantities, dates) against re3d."""
        from eventwatch.evaluate.entities import evaluate_entities

        if not Path(root).is_dir():
            _usage(f"{root}: not a folder")
        result = evaluate_entities(root, _resources(20.0), errors=errors)
        if as_json:
            print(json.dumps(result, indent=2, ensure_ascii=False))
            return
        table = Table(title=f"re3d entities ({result['documents']} documents, confidence-1 gold)")
        for col in ("type", "gold", "predicted", "exact P", "exact R", "exact F1", "overlap F1"):
            table.add_column(col, justify="right")
        for type_, r in result["types"].items():
            ex, ov = r["exact"], r["overlap"]
            table.add_row(type_, str(r["gold"]), str(r["predicted"]), f"{ex['precision']:.3f}",
                          f"{ex['recall']:.3f}", f"{ex['f1']:.3f}", f"{ov['f1']:.3f}")
        console.print(table)

    @app.command()
    def demo(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Ingest the bundled demo reports and show the events they yield."""
        folder = ir.files("eventwatch.data").joinpath("demo")
        with ir.as_file(folder) as path:
            summary = _run_ingest([str(path)], db, 20.0)
        _print_summary(summary)
        from eventwatch.store.repository import EventFilter

        _emit_events(_store(db).list_events(EventFilter()), "table")
        console.print("Next: [bold]eventwatch show EVENT_ID[/bold] for the evidence of one event.")


def _default_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user database entry (containers)
        return "analyst"


def _analyst_call(fn, db: Optional[str]):
    from eventwatch.store.repository import NotFound

    try:
        return fn(_store(db))
    except NotFound as exc:
        err.print(str(exc))
        raise typer.Exit(1)
    except ValueError as exc:
        _usage(str(exc))


def _check_date(label: str, value: str) -> None:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        _usage(f"{label} takes a date as YYYY-MM-DD, got {value!r}")


def _emit_documents(rows: list[dict], fmt: str) -> None:
    import csv

    clean = [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()} for r in rows]
    if fmt == "table":
        table = Table(title=f"{len(rows)} documents")
        for col in ("id", "published", "publisher", "type", "title", "copy of"):
            table.add_column(col, overflow="fold")
        for r in clean:
            table.add_row(r["id"], (r["published_at"] or "")[:16], escape(r["publisher"] or ""),
                          r["doc_type"] or "", escape((r["title"] or "")[:70]), r["copy_of"] or "")
        console.print(table)
    elif fmt == "json":
        print(json.dumps(clean, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for r in clean:
            print(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        if clean:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(clean[0]))
            writer.writeheader()
            writer.writerows(clean)
    else:
        _usage("--format must be one of table, json, jsonl, csv")


def _print_event(event: Event) -> None:
    loc = event.location
    console.rule(f"[bold]{event.id}[/bold]  {event.event_type} ({event.event_family})")
    lines = [
        ("date", f"{event.date} (precision {event.date_precision})"),
        ("location", f"{loc.name} {loc.lat:.4f},{loc.lon:.4f} {loc.country_code or ''} {loc.admin1 or ''} "
                     f"(precision {loc.precision}, geonames {loc.geonames_id})" if loc and loc.lat is not None
         else "unresolved: " + ", ".join(event.unresolved_places)),
        ("actors", "; ".join(f"{a.name} [{a.role}] ← \"{a.raw}\"" for a in event.actors)),
        ("weapons", "; ".join(f"{w.name} ({w.category}{', restricted' if w.restricted else ''})" for w in event.weapons)),
    ]
    for kind in CASUALTY_KINDS:
        q = getattr(event.casualties, kind)
        if q is not None:
            lines.append((kind, f"best {q.best}, low {q.low}, high {q.high}  ← {q.raw!r}"))
    lines += [
        ("civilian targeting", str(event.civilian_targeting)),
        ("modality", event.modality),
        ("grade", f"{event.grade}: {event.grade_reason}"),
        ("confidence", str(event.confidence)),
        ("sources", f"{len(event.sources)} ({event.independent_sources} independent)"),
    ]
    for k, v in lines:
        console.print(f"[bold]{k:>19}[/bold]  {escape(v)}", highlight=False)
    for src in event.sources:
        side = f" · speaks for {src.party}" if src.party else ""
        copy = f" · copy of {src.copy_of}" if src.copy_of else ""
        console.rule(escape(f"source {src.document_id} · {src.publisher or 'unknown publisher'} · "
                            f"{src.published_at or ''}{side}{copy}"))
        by_sentence: dict[tuple[int, str], list] = {}
        for ev in src.evidence:
            by_sentence.setdefault((ev.sentence_start, ev.sentence), []).append(ev)
        for (start, sentence), evs in sorted(by_sentence.items()):
            fields = ", ".join(sorted({f"{e.field}={e.text!r}" for e in evs}))
            console.print(f"  [{start}] {sentence}", markup=False, highlight=False)
            console.print(f"        {fields}", markup=False, highlight=False, style="dim")
