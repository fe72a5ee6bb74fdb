"""Parsing the bundled YAML data files (lexicons, registries) with libyaml's C parser where PyYAML has it.

The extraction lexicons are read when a process loads its models or on its first document, once per
extraction worker: PyYAML's pure-Python parser spends about 0.15 s on actors.yaml and event_lexicon.yaml
alone, the C parser a tenth of that. Both build the same plain lists, mappings and strings from these
files (tests/test_yaml_data.py checks it on every bundled file), and both raise `yaml.YAMLError`
subclasses on bad input, so the loaders' error handling holds. The geoparser's word lists (through
geo/yaml_files.py) and the extraction lexicons both parse here.
"""
from __future__ import annotations

from typing import IO, Any, Union

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(source: Union[str, bytes, IO[str]]) -> Any:
    """`yaml.safe_load(source)`, in C when available."""
    return yaml.load(source, Loader=_LOADER)  # noqa: S506 - a safe loader (CSafeLoader or SafeLoader)
