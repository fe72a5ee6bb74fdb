"""`eventwatch classify FILE` and `eventwatch evaluate events GOLD.tsv`: event types in, labels out."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table


def _classifier() -> Any:
    from eventwatch.resources import Resources

    return Resources().classifier


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )


def classify_command(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="TSV (id<TAB>text, header optional) "
                                "or JSONL with id/text."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Snippets per spaCy batch."),
    with_confidence: bool = typer.Option(False, "--confidence", help="Add a third column: confidence."),
) -> None:
    """Print `id<TAB>label` for every snippet in FILE."""
    from eventwatch.evaluate.events import read_snippets

    snippets = read_snippets(file)
    classifier = _classifier()
    err = Console(stderr=True)
    with _progress(err) as progress:
        task = progress.add_task("classifying", total=len(snippets))
        for i in range(0, len(snippets), batch_size):
            batch = snippets[i:i + batch_size]
            for snippet, result in zip(batch, classifier.classify_many([s.text for s in batch], batch_size)):
                line = f"{snippet.id}\t{result.label}"
                if with_confidence:
                    line += f"\t{result.confidence:.3f}"
                typer.echo(line)
            progress.advance(task, len(batch))


def evaluate_events_command(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="TSV id<TAB>text<TAB>label "
                                "(e.g. CASE 2021 task 2) or JSONL with id/text/label."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    batch_size: int = typer.Option(64, "--batch-size", min=1),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N snippets."),
    predictions: bool = typer.Option(False, "--predictions", help="Include id → predicted label (JSON)."),
) -> None:
    """Accuracy, weighted/macro F1, per-label P/R/F1 and top confusions of the event type classifier."""
    from eventwatch.evaluate.events import evaluate_events, read_snippets

    snippets = [s for s in read_snippets(gold) if s.label]
    if limit:
        snippets = snippets[:limit]
    if not snippets:
        raise typer.BadParameter("no labelled snippets in the gold file")
    classifier = _classifier()
    err = Console(stderr=True)
    with _progress(err) as progress:
        task = progress.add_task("evaluating", total=len(snippets))
        report = evaluate_events(
            snippets,
            lambda texts: classifier.classify_many(texts, batch_size),
            batch_size=batch_size,
            progress=lambda n: progress.advance(task, n),
        )
    if not predictions:
        report.pop("predictions", None)
    if as_json:
        typer.echo(json.dumps(report, indent=2))
        return
    _render(report, Console())


def _render(report: dict[str, Any], console: Console) -> None:
    summary = Table(title="Event type classification", show_header=False)
    for key in ("snippets", "accuracy", "weighted_f1", "macro_f1", "snippets_per_second"):
        summary.add_row(key, str(report[key]))
    console.print(summary)
    labels = Table(title="Per label")
    for col in ("label", "precision", "recall", "f1", "support"):
        labels.add_column(col, justify="left" if col == "label" else "right")
    for label, v in sorted(report["per_label"].items(), key=lambda kv: (-kv[1]["support"], kv[0])):
        labels.add_row(label, f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}", str(v["support"]))
    console.print(labels)
    if report["confusion"]:
        confusion = Table(title="Top confusions")
        for col in ("gold", "predicted", "count"):
            confusion.add_column(col)
        for g, p, c in report["confusion"]:
            confusion.add_row(g, p, str(c))
        console.print(confusion)


def register(app: typer.Typer, evaluate_app: typer.Typer) -> None:
    app.command("classify")(classify_command)
    evaluate_app.command("events")(evaluate_events_command)
