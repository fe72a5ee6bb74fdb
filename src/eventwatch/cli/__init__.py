"""The command line: a thin typer layer that parses, calls a stage, and renders.

Command groups live in sibling modules, each with `register(app, evaluate_app)`, so the stages stay free
of presentation code and each area's commands sit next to one another.
"""
from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="eventwatch",
    help="Turn conflict reports into geolocated, source-attributed, corroborated events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
evaluate_app = typer.Typer(help="Measure accuracy and speed on annotated corpora.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")

# Each module registers its commands on `app` (and `evaluate_app`).
COMMAND_MODULES = ("core", "geo", "classify", "web")


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:  # a module still being written: skip only that module
            if exc.name == f"{__name__}.{name}":
                continue
            raise
        module.register(app, evaluate_app)


_register_all()


def main() -> None:
    app()
