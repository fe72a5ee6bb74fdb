"""The geoparser's word-list files all fail the same way on a bad entry: a capitalised word, a number or an
empty string in a list of lower-case words stops the loader with the file's name and the list's key, so a
typo in a user's edit of a data file is found at load time instead of silently matching nothing."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwatch.geo.associative import load_associative
from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.facilities import load_facilities
from eventwatch.geo.landmarks import LANDMARKS_FILE, parse_hub_heads
from eventwatch.geo.literal_modifiers import load_literal_modifiers
from eventwatch.geo.resolve import load_namesake_level_words
from eventwatch.geo.roads import load_roads
from eventwatch.geo.yaml_files import word_list


def _spoilt_copy(tmp_path: Path, name: str, key: str, bad: object, nested: str | None = None) -> Path:
    """A copy of a bundled data file whose list under `key` (inside `nested`, if given) gains `bad`."""
    raw = yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))
    holder = raw[nested] if nested else raw
    holder[key] = list(holder[key]) + [bad]
    out = tmp_path / name
    out.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return out


@pytest.mark.parametrize("bad", ["Capitalised", 7, "  "])
@pytest.mark.parametrize("name,key,load", [
    ("associative.yaml", "place_heads", lambda p: load_associative.__wrapped__(str(p))),
    ("facilities.yaml", "heads", lambda p: load_facilities.__wrapped__(str(p))),
    ("facilities.yaml", "lowercase_venues", lambda p: load_facilities.__wrapped__(str(p))),
    ("roads.yaml", "heads", lambda p: load_roads.__wrapped__(str(p))),
    ("literal_modifiers.yaml", "place_heads", lambda p: load_literal_modifiers.__wrapped__(str(p))),
])
def test_a_bad_word_names_the_file_and_the_list(tmp_path, name, key, load, bad):
    with pytest.raises(ValueError, match=rf"{name}: {key} must"):
        load(_spoilt_copy(tmp_path, name, key, bad))


def test_namesake_level_words_name_their_nested_key(tmp_path):
    _spoilt_copy(tmp_path, "cues.yaml", "town_after", "County", nested="namesake_levels")
    with pytest.raises(ValueError, match=r"cues.yaml: namesake_levels.town_after must"):
        load_namesake_level_words.__wrapped__(str(tmp_path))


def test_hub_heads_may_be_absent_but_not_capitalised():
    assert parse_hub_heads({}, "mine.yaml") == ()
    with pytest.raises(ValueError, match=r"mine.yaml: hub_heads must"):
        parse_hub_heads({"hub_heads": ["air base", "Airfield"]}, "mine.yaml")
    assert ("air", "base") in parse_hub_heads(yaml.safe_load(LANDMARKS_FILE.read_text(encoding="utf-8")))


def test_a_required_list_must_not_be_empty_but_an_optional_one_may():
    with pytest.raises(ValueError, match="non-empty"):
        word_list([], "heads", "x.yaml")
    assert word_list([], "heads", "x.yaml", allow_empty=True) == ()
    assert word_list([" camp "], "heads", "x.yaml") == ("camp",)


def test_the_bundled_files_load():
    assert load_associative().place_heads
    assert load_facilities().heads
    assert load_roads().heads
    assert load_literal_modifiers().place_heads
    assert load_namesake_level_words().town_after
