"""The bundled YAML data files read the same with the C parser as with PyYAML's pure-Python safe loader."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwatch.yaml_data import parse_yaml

DATA = Path(__file__).resolve().parent.parent / "src" / "eventwatch" / "data"


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_every_bundled_file_parses_as_with_the_safe_loader(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert parse_yaml(text) == yaml.safe_load(text)


def test_bad_yaml_raises_a_yaml_error() -> None:
    with pytest.raises(yaml.YAMLError):
        parse_yaml("labels: [unclosed")


def test_the_safe_loader_builds_no_python_objects() -> None:
    with pytest.raises(yaml.YAMLError):
        parse_yaml("!!python/object:os.system {}")
