"""Geo commands: `gazetteer build|places`, `geocode`, `evaluate geo`."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventwatch.model import to_dict

console = Console()
err = Console(stderr=True)

GAZETTEER_HELP = "A gazetteer store built by `eventwatch gazetteer build` (default: the bundled one)."
PLACES_HELP = "CSV/YAML file of your own places and aliases (name, aliases, lat, lon, country, admin1); repeatable."
SOURCES_HELP = ("CSV/YAML file of your sources and where each is based (source: a domain or publisher name; home: "
                "a place; optional country, admin1); repeatable.")


def _usage(message: str) -> None:
    err.print(f"[red]error:[/red] {message}")
    raise typer.Exit(2)


def _load(gazetteer: Optional[str], places: Optional[list[str]]):
    from eventwatch.geo.gazetteer import Gazetteer
    from eventwatch.geo.user_places import UserPlacesError

    try:
        with err.status("loading the gazetteer (the first run builds it, about a minute)"):
            return Gazetteer.load(gazetteer, user_places=list(places or []))
    except (FileNotFoundError, UserPlacesError) as exc:
        _usage(str(exc))


def _load_sources(g, sources: Optional[list[str]]):
    """The user's listed outlets and their homes, checked against the loaded gazetteer; None without a file."""
    if not sources:
        return None
    from eventwatch.geo.publisher_home import SourcesError, load_sources

    try:
        return load_sources(g, list(sources))
    except SourcesError as exc:
        _usage(str(exc))


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True)


def register(app: typer.Typer, evaluate_app: typer.Typer) -> None:
    gazetteer_app = typer.Typer(help="Build and query the gazetteer.", no_args_is_help=True)
    app.add_typer(gazetteer_app, name="gazetteer")

    @gazetteer_app.command("build")
    def gazetteer_build(
        geonames: Optional[Path] = typer.Option(None, "--geonames", help="GeoNames allCountries.txt or XX.txt (.zip too)."),
        alternate_names: Optional[Path] = typer.Option(None, "--alternate-names", help="GeoNames alternateNamesV2.txt."),
        countries: Optional[str] = typer.Option(None, "--countries", help="Only these countries, e.g. SY,IQ,TR."),
        feature_classes: str = typer.Option(
            "APHTL", "--feature-classes",
            help="GeoNames feature classes to keep: A divisions, P places, H water, T land forms, L areas, "
                 "S buildings and spots, R roads, V vegetation, U undersea."),
        all_feature_codes: bool = typer.Option(
            False, "--all-feature-codes",
            help="Keep every row of classes H, T and L (wells, springs, hills, parks...), not only the seas, "
                 "rivers, lakes, mountains, deserts, islands and regions reports name."),
        world_cities: bool = typer.Option(
            True, "--world-cities/--no-world-cities",
            help="Add the bundled towns of the countries the dump does not cover."),
        min_population: int = typer.Option(0, "--min-population", help="Leave out populated places smaller than this."),
        out: Optional[Path] = typer.Option(None, "--out", help="Store folder (default: the cache's default store)."),
    ) -> None:
        """Build a gazetteer store: from a GeoNames dump, or (without --geonames) the bundled default."""
        from eventwatch.geo.gazetteer import build_default, cache_dir, default_fingerprint

        with _progress() as progress:
            task = progress.add_task("writing places", total=None)

            def tick(n: int) -> None:
                progress.update(task, completed=n)

            if geonames is None:
                target = out or cache_dir() / f"gazetteer-default-{default_fingerprint()}"
                path = build_default(target, progress=tick)
            else:
                if not geonames.is_file():
                    _usage(f"{geonames} not found")
                if alternate_names is not None and not alternate_names.is_file():
                    _usage(f"{alternate_names} not found")
                if out is None:
                    _usage("--out is required with --geonames (where to write the store)")
                from eventwatch.geo.dumps import build_from_dump

                try:
                    path = build_from_dump(
                        geonames, out, alternate_names=alternate_names,
                        countries=[c for c in (countries or "").split(",") if c.strip()] or None,
                        feature_classes=[c for c in feature_classes.upper() if c.isalpha()],
                        min_population=min_population, landmarks_only=not all_feature_codes,
                        world_cities=world_cities, progress=tick,
                    )
                except ValueError as exc:
                    _usage(str(exc))
        import sqlite3

        n = sqlite3.connect(str(Path(path) / "places.sqlite")).execute("SELECT COUNT(*) FROM places").fetchone()[0]
        console.print(f"gazetteer store: {path} ({n} places)")

    @gazetteer_app.command("places")
    def gazetteer_places(
        name: str = typer.Argument(..., help="A place name, in any spelling or script."),
        country: Optional[str] = typer.Option(None, "--country", help="Only candidates in this country (ISO code)."),
        limit: int = typer.Option(10, "--limit"),
        as_json: bool = typer.Option(False, "--json"),
        gazetteer: Optional[str] = typer.Option(None, "--gazetteer", help=GAZETTEER_HELP),
        places: Optional[list[str]] = typer.Option(None, "--places", help=PLACES_HELP),
    ) -> None:
        """List the gazetteer's candidates for a name: ids, coordinates, divisions, population, feature code."""
        g = _load(gazetteer, places)
        found = g.lookup(name, country=country, limit=limit)
        if as_json:
            print(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=2))
            return
        if not found:
            console.print(f"no candidates for {name!r}")
            raise typer.Exit(1)
        table = Table("geonames id", "name", "country", "admin1", "admin2", "lat", "lon", "population", "feature",
                      "matched", "source")
        for c in found:
            table.add_row(str(c.geonames_id or ""), c.name, c.country_code or "", c.admin1 or "", c.admin2 or "",
                          f"{c.lat:.5f}" if c.lat is not None else "", f"{c.lon:.5f}" if c.lon is not None else "",
                          f"{c.population:,}", c.feature_code, c.matched, c.source)
        console.print(table)

    @app.command("geocode")
    def geocode(
        text: Optional[str] = typer.Argument(None, help="Text to geoparse (or use --file, or '-' for stdin)."),
        file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the text from a file."),
        as_json: bool = typer.Option(False, "--json"),
        country: Optional[str] = typer.Option(None, "--country", help="The document's country, if known (ISO code)."),
        publisher: Optional[str] = typer.Option(None, "--publisher", help=(
            "Publisher name or domain (\"The Paris News\", \"richmondregister.com\"): its country and home town.")),
        url: Optional[str] = typer.Option(None, "--url", help="The document's address: the publisher's domain is read "
                                          "for its country and home town."),
        gazetteer: Optional[str] = typer.Option(None, "--gazetteer", help=GAZETTEER_HELP),
        places: Optional[list[str]] = typer.Option(None, "--places", help=PLACES_HELP),
        sources: Optional[list[str]] = typer.Option(None, "--sources", help=SOURCES_HELP),
    ) -> None:
        """Find and resolve the places in a text: spans, chosen place, precision, alternatives."""
        from eventwatch.geo import geoparse

        if file is not None:
            if not file.is_file():
                _usage(f"{file} not found")
            body = file.read_text(encoding="utf-8", errors="replace")
        elif text == "-" or (text is None and not sys.stdin.isatty()):
            body = sys.stdin.read()
        elif text is not None:
            body = text
        else:
            _usage("give a TEXT, --file F, or '-' to read stdin")
        g = _load(gazetteer, places)
        toponyms = geoparse(g, body, doc_country=country, publisher=publisher, url=url,
                            sources=_load_sources(g, sources))
        if as_json:
            print(json.dumps([to_dict(t) for t in toponyms], ensure_ascii=False, indent=2))
            return
        if not toponyms:
            console.print("no places found")
            return
        table = Table("span", "text", "use", "cue", "place", "country", "admin1", "lat, lon", "precision",
                      "geonames id", "alternatives")
        for t in toponyms:
            p = t.place
            alts = ", ".join(f"{a['name']} ({a.get('country_code') or ''})" for a in (p.alternatives if p else [])[:3])
            shown = p or t.fallback
            where = p.name if p else (f"[yellow]unresolved[/yellow], in/near {t.fallback.name}" if t.fallback
                                      else "[yellow]unresolved[/yellow]")
            p = shown
            table.add_row(
                f"{t.start}-{t.end}", t.text, "place" if t.locational else "actor/other", t.cue or "",
                where, (p.country_code or "") if p else "",
                (p.admin1 or "") if p else "", f"{p.lat:.4f}, {p.lon:.4f}" if p and p.lat is not None else "",
                str(p.precision) if p else "", str(p.geonames_id or "") if p else "", alts,
            )
        console.print(table)

    @evaluate_app.command("geo")
    def evaluate_geo(
        corpus: Path = typer.Argument(..., help="GeoWebNews, LGL, TR-News or GeoVirus XML (format detected)."),
        gold_toponyms: bool = typer.Option(False, "--gold-toponyms", help="Resolve the gold spans: scores resolution alone."),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
        use_spacy: bool = typer.Option(False, "--spacy", help="Also give the recogniser a spaCy parse (slower)."),
        limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N documents."),
        errors: Optional[Path] = typer.Option(None, "--errors", help="Write misses and wrong places as JSON lines here."),
        gazetteer: Optional[str] = typer.Option(None, "--gazetteer", help=GAZETTEER_HELP),
        places: Optional[list[str]] = typer.Option(None, "--places", help=PLACES_HELP),
        sources: Optional[list[str]] = typer.Option(None, "--sources", help=SOURCES_HELP),
        raw_facilities: bool = typer.Option(False, "--raw-facilities", help=(
            "Score named buildings and sites, and demonyms, as returned, not by the corpus's own scheme (LGL, "
            "TR-News and GeoVirus count the place name inside a facility, GeoWebNews the facility; GeoVirus "
            "annotates no demonyms).")),
        ignore_urls: bool = typer.Option(False, "--ignore-urls", help=(
            "Do not give the geoparser the articles' addresses (publisher's country and home town).")),
        workers: Optional[int] = typer.Option(None, "--workers", min=1, help=(
            "Geoparse in N processes forked once the geoparser is loaded (default: the cores this process may "
            "use; 1: one process). Scores and --errors are the same for any N.")),
    ) -> None:
        """Score toponym recognition and resolution on an annotated corpus (Gritta et al. 2019 metrics)."""
        from contextlib import ExitStack

        from eventwatch.evaluate.geo import evaluate_corpus, read_corpus, rounded
        from eventwatch.evaluate.geo_workers import can_fork, default_workers
        from eventwatch.memory import batch_collector

        if not corpus.is_file():
            _usage(f"{corpus} not found")
        try:
            data = read_corpus(corpus)
        except (ValueError, Exception) as exc:  # noqa: BLE001 - any XML error is a usage error here
            _usage(f"cannot read {corpus}: {exc}")
        if limit:
            data.documents = data.documents[:limit]
        g = _load(gazetteer, places)
        listed = _load_sources(g, sources)
        nlp = None
        if use_spacy and not gold_toponyms:
            from eventwatch.resources import SPACY_MODEL
            import spacy

            nlp = spacy.load(SPACY_MODEL)
        n_workers = default_workers(len(data.documents)) if workers is None else min(workers, max(1, len(data.documents)))
        if n_workers > 1 and not can_fork():
            err.print(f"[yellow]note:[/yellow] processes cannot be forked here: evaluating in one process, "
                      f"not {n_workers}")
            n_workers = 1
        sink: Optional[list[dict]] = [] if errors else None
        # The collector set as for an ingest (eventwatch.memory): the loaded gazetteer and word lists are
        # never garbage, and walking them again and again cost about 5% of the geoparser's time here.
        with ExitStack() as stack, batch_collector():
            bar: list = []

            def advance(n: int) -> None:
                # The bar starts with the first finished documents, once evaluate_corpus has forked its
                # workers: its refresh thread must not be running at the fork (geo_workers.ForkedMap).
                if not bar:
                    progress = stack.enter_context(_progress())
                    bar.extend((progress, progress.add_task(f"{corpus.name}", total=len(data.documents))))
                bar[0].update(bar[1], completed=n)

            scores = evaluate_corpus(data, g, name=corpus.name, gold_toponyms=gold_toponyms, nlp=nlp,
                                     progress=advance, errors=sink, by_scheme=not raw_facilities,
                                     use_urls=not ignore_urls, sources=listed, workers=n_workers)
        if errors is not None and sink is not None:
            with errors.open("w", encoding="utf-8") as fh:
                for row in sink:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        result = rounded(scores)
        if as_json:
            print(json.dumps(result, ensure_ascii=False))
            return
        table = Table("metric", "value")
        for k, v in result.items():
            table.add_row(k, str(v))
        console.print(table)
