"""Parsing the geoparser's YAML word lists with libyaml's C parser where PyYAML was built with it.

The lists are read lazily, on a process's first document, so their parse time counts in a caller's
throughput: PyYAML's pure-Python parser spends about a quarter of a second on them, the C parser a tenth of
that. Both build the same plain lists, mappings and strings from these files (a test checks it on every
bundled file), and both raise `yaml.YAMLError` subclasses on bad input, so callers' error handling holds.
"""
from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """`yaml.safe_load(text)`, in C when available."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader (CSafeLoader or SafeLoader)
