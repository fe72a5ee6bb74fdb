"""Short forms of place names and where the text may use them: the bare capitals news writes on their own
("in DC", "in KL", "in SA"), and how an abbreviation is written in a text ("W. Va." for "W.Va.").

A postal code ("IN", "OR", "ME") is a place only after "Town, ": anywhere else it is a word or an acronym.
A few short forms are written for a place on their own, and aliases.yaml lists them under `alone:` of their
abbreviation entry. They are still read only where a place cue or a compass word stands before them ("in
LA", "South LA"), since the same capitals name firms and titles ("Renault SA", "an MP"); the resolver then
keeps the reading only where the document supports its country (resolve.py, `_unsupported_abbreviation`).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.yaml_files import name_list, parse_yaml

ALIASES_FILE = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "aliases.yaml"
_TARGETS = ("country", "admin1", "continent", "geonames")


class ShortForm(NamedTuple):
    """A bare short form and the place it stands for: (target kind, value), as aliases.yaml points at it."""

    written: str
    target: str  # country | admin1 | geonames
    value: str


@lru_cache(maxsize=4)
def load_short_forms(path: str = str(ALIASES_FILE)) -> frozenset[ShortForm]:
    """The `alone:` forms of aliases.yaml, checked: each is one of its entry's names, in capitals without a
    period (a dotted form is the place's own writing and has its own rules), on an abbreviation entry."""
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    out: set[ShortForm] = set()
    for entry in raw.get("aliases") or []:
        if "alone" not in entry:
            continue
        where = f"{Path(path).name}: alone"
        forms = name_list(entry, "alone", where)
        if entry.get("kind") != "abbreviation":
            raise ValueError(f"{where} belongs on a `kind: abbreviation` entry: {entry}")
        targets = [k for k in _TARGETS if k in entry]
        if len(targets) != 1 or targets[0] == "continent":
            raise ValueError(f"{where} needs a country, admin1 or geonames target: {entry}")
        for form in forms:
            if form not in entry.get("names", []):
                raise ValueError(f"{where} form {form!r} is not among the entry's names: {entry}")
            if not (form.isupper() and form.isalpha()):
                raise ValueError(f"{where} form {form!r} must be bare capitals (\"DC\", not \"D.C.\"): {entry}")
            out.add(ShortForm(form, targets[0], str(entry[targets[0]])))
    return frozenset(out)


def stands_alone(forms: frozenset[ShortForm], written: str, c: Candidate) -> bool:
    """Whether candidate c is the place the bare short form `written` (as the text writes it) stands for on
    its own: "LA" is Los Angeles so, never Louisiana, whose postal code it also is."""
    for f in forms:
        if f.written != written:
            continue
        if f.target == "geonames" and c.geonames_id == int(f.value):
            return True
        if f.target == "admin1" and c.admin1_code == f.value and c.feature_code.startswith("ADM1"):
            return True
        if f.target == "country" and c.country_code == f.value and c.feature_code.startswith("PCL"):
            return True
    return False


def written_as(text: str, start: int, end: int, matched: str, *, final_period: bool = True) -> bool:
    """Whether text[start:end] (the name's words, without a period after the last) writes the abbreviation
    `matched` as the gazetteer lists it: same letters, case and inner periods, a space after an inner period
    free ("W. Va." is "W.Va."). `final_period=False` forgives a missing last period ("Slidell, La")."""
    surface = text[start:end]
    if matched.endswith("."):
        if text[end : end + 1] == ".":
            surface += "."
        elif final_period:
            return False
        else:
            matched = matched[:-1]
    return surface.replace(" ", "") == matched.replace(" ", "")


def inner_period(matched: str) -> bool:
    """A period inside the form, not only at its end ("D.C.", "W.Va.", "L.A."): initials, written for the
    place only, unlike a clipped word ("Mass.", "Ill.", "La.") that is also an English word with a period."""
    return "." in matched.rstrip(".")
