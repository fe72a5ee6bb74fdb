"""The recogniser's word lists (cues, traps), loaded once from data files and checked on load."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.normalise import fold_token
from eventwatch.geo.yaml_files import parse_yaml, parsed_file

_LIST_KEYS = (
    "locative_before", "place_of", "near_before", "near_of", "vague_before", "directions", "metonymy_verbs",
    "metonymy_auxiliaries", "metonymy_nouns", "organisation_heads", "person_titles", "name_connectors", "months",
    "month_abbreviations", "weekdays",
    "arabic_place_words", "arabic_locative", "arabic_rural", "polity_words", "weak_locative", "lowercase_titles",
    "office_titles", "feature_heads", "feature_prefixes", "place_part_words", "vessel_prefixes", "languages",
    "ruler_nouns", "peoples", "lowercase_divisions", "motion_verbs", "motion_particles", "junction_heads",
    "callings", "short_titles", "kin_words", "office_subjects", "article_countries", "state_words",
    "owned_thing_nouns", "whole_name_connectors", "lowercase_name_nouns",
)
_VAGUE_KINDS = {"admin1", "admin2", "near", "city"}


@dataclass(frozen=True)
class Cues:
    locative_before: frozenset[str]
    place_of: frozenset[str]
    near_before: frozenset[str]
    near_of: frozenset[str]
    vague_before: frozenset[str]
    directions: frozenset[str]
    metonymy_verbs: frozenset[str]
    metonymy_auxiliaries: frozenset[str]
    metonymy_nouns: frozenset[str]
    organisation_heads: frozenset[str]
    person_titles: frozenset[str]
    name_connectors: frozenset[str]
    months: frozenset[str]  # the months' full names and abbreviations, and the weekdays: date words
    arabic_place_words: frozenset[str]
    arabic_locative: frozenset[str]
    arabic_rural: frozenset[str]
    polity_words: frozenset[str]
    weak_locative: frozenset[str]
    lowercase_titles: frozenset[str]
    office_titles: frozenset[str]
    feature_heads: frozenset[str]  # "Mississippi River", "Fire Island": the head belongs to the place's name
    feature_prefixes: frozenset[str]  # "Lake Manassas", "Mount Hermon"
    place_part_words: frozenset[str]  # "Old Aden", "Upstate New York": a part of the place, not another place
    vessel_prefixes: frozenset[str]  # "HMS Ocean", "USS Mahan": a ship's name follows, not a place
    languages: frozenset[str]  # "written in Kurdish", "printed in English": a language, not a place
    ruler_nouns: frozenset[str]  # "the Asad regime": the name before is its ruler's
    peoples: frozenset[str]  # "Arab", "Muslim", "Yazidi": a people or a faith, not the town of that name
    lowercase_divisions: frozenset[str]  # "X department" is a division, "X Department of ..." an office
    motion_verbs: frozenset[str]  # "called to X", "a trip to X": "to" after them is a firm place cue
    motion_particles: frozenset[str]  # "rushed back to X": words between such a verb and its "to"
    junction_heads: frozenset[str]  # "the A429 Cirencester junction": a junction named for its town
    vague_after: dict[str, str]
    plural_divisions: dict[str, str]  # "counties" → admin2: spread over the list of names before it
    division_countries: dict[str, frozenset[str]]  # "lga" → {NG, AU}: the countries that use the word
    common_words: frozenset[str]
    given_names: frozenset[str]
    callings: frozenset[str] = frozenset()  # "the navigator Hallam Roe": before a full name only
    short_titles: frozenset[str] = frozenset()  # "Sen.", "Pfc.": the titles a period may close before a name
    kin_words: frozenset[str] = frozenset()  # "her son, Austin,": also in lowercase_titles ("his father Zach")
    office_subjects: frozenset[str] = frozenset()  # "Public Safety", "Homeland Security": what an office runs
    article_countries: frozenset[str] = frozenset()  # "gambia", "congo": one-word countries English writes with "the"
    month_names: frozenset[str] = frozenset()  # "april", "june": the full names only, which given names may be
    state_words: frozenset[str] = frozenset()  # "in the occupied X", "in downtown Y": the cue stays the place's
    owned_thing_nouns: frozenset[str] = frozenset()  # "the downtown Toyota showroom": a brand's thing, no place
    whole_name_connectors: frozenset[str] = frozenset()  # "Truth or Consequences": inside a held whole name only
    # "Novo mesto", "Dolenja vas": a settlement noun a local name writes in lower case, even as its last word
    lowercase_name_nouns: frozenset[str] = frozenset()


def _words(path: Path) -> frozenset[str]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        out.update(w.strip().lower() for w in line.split() if w.strip())
    return frozenset(out)


@lru_cache(maxsize=4)
def load_cues(data_dir: str = str(DATA_DIR)) -> Cues:
    d = Path(data_dir)
    raw = parsed_file(d / "cues.yaml") or {}
    lists = {}
    for key in _LIST_KEYS:
        value = raw.get(key)
        if not isinstance(value, list):
            raise ValueError(f"cues.yaml: {key} must be a list")
        bad = [w for w in value if not isinstance(w, str) or w != w.lower()]
        if bad:
            raise ValueError(f"cues.yaml: {key} must hold lower-case strings (quote YAML words like on/off): {bad}")
        # Arabic words are matched against tokens folded as names are (ى as ي, ة as ه, hamza seats dropped):
        # written as the language writes them ("على", "إلى"), they are folded the same way here.
        lists[key] = frozenset(fold_token(w) for w in value) if key.startswith("arabic_") else frozenset(value)
    lists["lowercase_titles"] = lists["lowercase_titles"] | lists["kin_words"]  # "his father Zachary"
    lists["month_names"] = lists["months"]
    lists["months"] = lists["months"] | lists.pop("month_abbreviations") | lists.pop("weekdays")
    vague_after = raw.get("vague_after")
    if not isinstance(vague_after, dict) or not set(vague_after.values()) <= _VAGUE_KINDS:
        raise ValueError(f"cues.yaml: vague_after must map words to one of {sorted(_VAGUE_KINDS)}")
    plural = raw.get("plural_divisions")
    if not isinstance(plural, dict) or not set(plural.values()) <= _VAGUE_KINDS:
        raise ValueError(f"cues.yaml: plural_divisions must map words to one of {sorted(_VAGUE_KINDS)}")
    countries = raw.get("division_countries")
    if not isinstance(countries, dict) or not all(
            isinstance(k, str) and (k in vague_after or k in plural) and isinstance(v, list) and v
            and all(isinstance(c, str) and len(c) == 2 and c.isupper() for c in v) for k, v in countries.items()):
        raise ValueError("cues.yaml: division_countries must map division words of vague_after to lists of "
                         "two-letter country codes")
    return Cues(
        **lists,
        vague_after={**vague_after, **plural},
        plural_divisions=dict(plural),
        division_countries={k: frozenset(v) for k, v in countries.items()},
        common_words=_words(d / "common_words.txt"),
        given_names=_words(d / "given_names.txt"),
    )


def _named_actors(path: str) -> list[dict]:
    """The registry's named (not generic) actor entries; a missing or unreadable registry gives none, since the
    geoparser does not depend on it."""
    try:
        raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return []
    return [e for e in raw.get("actors", []) or [] if isinstance(e, dict) and not e.get("generic")]


@lru_cache(maxsize=2)
def arabic_actor_names(path: str = str(DATA_DIR.parent / "actors.yaml")) -> frozenset[str]:
    """The actor registry's Arabic names of more than one word, each word folded as tokens are ("لواء القدس",
    "حركة احرار الشام"): a place such a name holds is part of the group's name (geo/whole_names.py)."""
    out = set()
    for entry in _named_actors(path):
        for name in entry.get("arabic") or []:
            words = name.split() if isinstance(name, str) else []
            if len(words) > 1:
                out.add(" ".join(fold_token(w) for w in words))
    return frozenset(out)


@lru_cache(maxsize=2)
def actor_names(path: str = str(DATA_DIR.parent / "actors.yaml")) -> frozenset[str]:
    """Normalised names and aliases of the actor registry's organisations ("Hamas", "Houthis").

    An armed group or party named like a place's alternate name ("Hamas" is also an old name of Hamm)
    is the group in conflict reporting; the recogniser drops such a name unless a place cue says otherwise.
    """
    from eventwatch.geo.normalise import normalise

    out = set()
    for entry in _named_actors(path):
        for name in [entry.get("name"), *(entry.get("aliases") or []), *(entry.get("partisan") or [])]:
            if isinstance(name, str) and name[:1].isupper():
                out.add(normalise(name))
    return frozenset(n for n in out if n)
