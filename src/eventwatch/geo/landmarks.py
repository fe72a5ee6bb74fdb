"""Famous named buildings and sites (landmarks.yaml) as curated places that stand at their parent town.

Reports name seats of power and well-known sites constantly, both literally ("protesters outside the White
House", "a strike on Hmeimim air base") and for the institution inside ("the Kremlin denied", "a Pentagon
official"). No bundled table holds them, and GeoNames lists some of their names as alternate names of towns
elsewhere ("White House" for Casablanca), so without this list they are missed or land on a namesake.

No coordinates are curated: a landmark takes its parent's point, country and first-level division, at UCDP
precision 2 (near a known place, within ~25 km) or a coarser one the entry gives. Its names are curated
names of a place whose prior weighs as a large town's, so they win over alternate-name namesakes; whether
a mention is the building or its occupants is read by the metonymy rules like any place name's.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.normalise import is_arabic, normalise, tokenize
from eventwatch.geo.store import NAME_CURATED, PlaceRecord
from eventwatch.geo.yaml_files import checked_entry, parse_yaml, word_list
from eventwatch.model import WHERE_PREC_ADMIN1, WHERE_PREC_ADMIN2, WHERE_PREC_NEAR

LANDMARKS_FILE = DATA_DIR / "landmarks.yaml"

# Each kind's GeoNames feature code: a landmark is written as the facility GeoNames would file it under (a
# "village" is a named hamlet or site known for what happened there, "Panmunjom": a place, no body's seat).
KIND_FEATURE_CODES = {
    "government": "ADMF", "square": "SQR", "religious": "RLG", "prison": "PRN", "camp": "CMPRF", "base": "INSM",
    "airport": "AIRP", "plant": "PS", "dam": "DAM", "international": "BLDO", "village": "PPLL",
}
LANDMARK_FEATURES = frozenset(KIND_FEATURE_CODES.values())
# Kinds that are buildings or sites a report places things at, as geo/facilities.py reads "X Hospital".
FACILITY_FEATURES = frozenset(KIND_FEATURE_CODES[k] for k in ("religious", "prison", "camp", "base", "airport",
                                                             "plant", "dam"))
# Kinds whose name stands for the body that sits there ("the Kremlin said", "talks with the White House").
SEAT_KINDS = frozenset({"government", "international"})
# Kinds named by a place name and a word for the hub ("Shayrat air base", "the Heathrow airport"): an entry's
# spelling that ends in one of the file's `hub_heads` lends its name to the other heads ("Shayrat airfield").
HUB_KINDS = frozenset({"airport", "base"})
# Coarser precisions an entry may give when its parent lies further than ~25 km: the district, the province.
_ALLOWED_PRECISIONS = frozenset({WHERE_PREC_NEAR, WHERE_PREC_ADMIN2, WHERE_PREC_ADMIN1})
_KEYS = frozenset({"name", "names", "parent", "kind", "precision"})


@dataclass(frozen=True)
class Landmark:
    name: str
    names: tuple[str, ...]  # other names and spellings
    kind: str
    parent_id: Optional[int]  # GeoNames id of the parent place
    parent_name: Optional[str]  # or its name and country, where the id is not known
    parent_country: Optional[str]
    precision: int = WHERE_PREC_NEAR

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.names)

    @property
    def feature_code(self) -> str:
        return KIND_FEATURE_CODES[self.kind]

    def parent_label(self) -> str:
        return str(self.parent_id) if self.parent_id is not None else f"{self.parent_name} ({self.parent_country})"


def _parse_parent(entry: dict, where: str) -> tuple[Optional[int], Optional[str], Optional[str]]:
    parent = entry.get("parent")
    if isinstance(parent, int) and not isinstance(parent, bool) and parent > 0:
        return parent, None, None
    if isinstance(parent, dict) and set(parent) == {"name", "country"} and isinstance(parent["name"], str) \
            and parent["name"].strip() and isinstance(parent["country"], str) and len(parent["country"]) == 2 \
            and parent["country"].isupper():
        return None, parent["name"], parent["country"]
    raise ValueError(f"{where}: parent must be a GeoNames id or {{name: ..., country: ISO}}, got {parent!r}")


def parse_landmarks(raw: object, source: str = "landmarks.yaml") -> tuple[Landmark, ...]:
    """Validate the file's structure: every entry a name, names, parent and a known kind."""
    if not isinstance(raw, dict) or not isinstance(raw.get("landmarks"), list):
        raise ValueError(f"{source}: expected a mapping with a 'landmarks' list")
    out: list[Landmark] = []
    seen: set[tuple[str, str]] = set()
    for k, e in enumerate(raw["landmarks"]):
        where = f"{source}: entry {k + 1} ({e.get('name') if isinstance(e, dict) else e!r})"
        name, names = checked_entry(e, _KEYS, where)
        if e.get("kind") not in KIND_FEATURE_CODES:
            raise ValueError(f"{where}: kind must be one of {sorted(KIND_FEATURE_CODES)}, got {e.get('kind')!r}")
        precision = e.get("precision", WHERE_PREC_NEAR)
        if precision not in _ALLOWED_PRECISIONS:
            raise ValueError(f"{where}: precision must be one of {sorted(_ALLOWED_PRECISIONS)}")
        parent_id, parent_name, parent_country = _parse_parent(e, where)
        for n in (name, *names):
            # Arabic script has no capitals: "قاعدة التنف" is written with its hub word, as the Arabic press names it
            if not n[:1].isupper() and not n[:1].isdigit() and not n.startswith(("al-", "al ")) and not is_arabic(n):
                raise ValueError(f"{where}: name {n!r} must start with a capital, as the text writes it")
        key = (normalise(name), str(parent_id or f"{parent_name}/{parent_country}"))
        if key in seen:
            raise ValueError(f"{where}: listed twice under the same parent")
        seen.add(key)
        out.append(Landmark(name, tuple(dict.fromkeys(n for n in names if n != name)), e["kind"], parent_id,
                            parent_name, parent_country, precision))
    return tuple(out)


@lru_cache(maxsize=4)
def load_landmarks(path: str = str(LANDMARKS_FILE)) -> tuple[Landmark, ...]:
    return parse_landmarks(parse_yaml(Path(path).read_text(encoding="utf-8")) or {}, Path(path).name)


def parse_hub_heads(raw: object, source: str = "landmarks.yaml") -> tuple[tuple[str, ...], ...]:
    """The words for an airport or a base (`hub_heads`) as lower-case token tuples, longest first."""
    heads = word_list(raw.get("hub_heads", []) if isinstance(raw, dict) else None, "hub_heads", source,
                      allow_empty=True)
    out = {tuple(t.norm for t in tokenize(h)) for h in heads}
    return tuple(sorted((h for h in out if h), key=lambda h: (-len(h), h)))


@lru_cache(maxsize=4)
def load_hub_heads(path: str = str(LANDMARKS_FILE)) -> tuple[tuple[str, ...], ...]:
    return parse_hub_heads(parse_yaml(Path(path).read_text(encoding="utf-8")) or {}, Path(path).name)


@dataclass(frozen=True)
class HubSpelling:
    """A spelling of an airport or base made from a listed one: its core name and another hub word."""
    norms: tuple[str, ...]  # the whole spelling's token norms
    caps: tuple[bool, ...]  # which of its words must be capitalised (the core's, as listed)
    core: int  # how many of its words are the core name
    main: str  # the landmark's main name
    possessive: tuple[bool, ...] = ()  # which of its words follow a possessive "'s" (see possessive_gaps)


def possessive_gaps(name: str, tokens: list) -> tuple[bool, ...]:
    """For each word of a name, whether a possessive "'s" stands before it ("St Peter's Basilica"): a name
    is found only with its own possessives, so "Toronto's Pearson Airport" is not "Toronto Pearson Airport"."""
    return tuple(k > 0 and "s" in name[tokens[k - 1].end : tokens[k].start] for k in range(len(tokens)))


def hub_spellings(landmarks: Iterable[Landmark], heads: Iterable[tuple[str, ...]]) -> tuple[HubSpelling, ...]:
    """Every listed spelling of an airport or base that ends in a hub word, with that word swapped for each
    other one: "Shayrat air base" gives "Shayrat airbase", "Shayrat airfield", "Shayrat military airport".

    Reports name one hub by any of these words, and no list can hold every pairing. A core that is itself
    listed as a name ("Heathrow") needs none (its bare name is found, the word after it left as a word), and
    a spelling two landmarks would share or that is listed outright is left to the list.
    """
    landmarks = tuple(landmarks)
    heads = tuple(heads)
    listed = {tuple(t.norm for t in tokenize(n)) for lm in landmarks for n in lm.all_names}
    made: dict[tuple[str, ...], set[str]] = {}
    caps_of: dict[tuple[str, ...], tuple[tuple[bool, ...], int, tuple[bool, ...]]] = {}
    for lm in landmarks:
        if lm.kind not in HUB_KINDS:
            continue
        for n in lm.all_names:
            toks = tokenize(n)
            norms = tuple(t.norm for t in toks)
            head = next((h for h in heads if len(h) < len(norms) and norms[-len(h):] == h), None)
            if head is None:
                continue
            core, core_caps = norms[: -len(head)], tuple(t.text[:1].isupper() for t in toks[: -len(head)])
            if core in listed or not any(core_caps):
                continue
            for other in heads:
                spelling = core + other
                if spelling in listed:
                    continue
                made.setdefault(spelling, set()).add(lm.name)
                caps_of.setdefault(spelling, (core_caps + (False,) * len(other), len(core),
                                              possessive_gaps(n, toks)[: len(core)] + (False,) * len(other)))
    return tuple(HubSpelling(sp, caps_of[sp][0], caps_of[sp][1], next(iter(mains)), caps_of[sp][2])
                 for sp, mains in sorted(made.items()) if len(mains) == 1)


def wanted_parent_ids(landmarks: Iterable[Landmark]) -> frozenset[int]:
    """The GeoNames ids the landmarks hang from: the only town records a build must keep for them."""
    return frozenset(lm.parent_id for lm in landmarks if lm.parent_id is not None)


ParentIndex = dict[Union[int, tuple[str, str]], PlaceRecord]


def parent_index(records: Iterable[PlaceRecord], landmarks: Iterable[Landmark]) -> ParentIndex:
    """The records that landmarks name as parents, by GeoNames id and by (normalised name, country).

    By name, the most populous place of that name in the country wins: the town a reader means by it.
    """
    landmarks = tuple(landmarks)
    ids = wanted_parent_ids(landmarks)
    by_name = {(normalise(lm.parent_name), lm.parent_country) for lm in landmarks if lm.parent_name}
    out: ParentIndex = {}
    for r in records:
        if r.geonames_id in ids and r.lat is not None:
            out[r.geonames_id] = r
        if by_name and r.lat is not None:
            for n, _kind in r.names[:3]:
                key = (normalise(n), r.country_code or "")
                if key in by_name:
                    best = out.get(key)
                    if best is None or r.population > best.population:
                        out[key] = r
    return out


def landmark_records(landmarks: Iterable[Landmark], parents: ParentIndex) -> list[PlaceRecord]:
    """One curated record per landmark at its parent's point; a parent the store lacks is an error.

    The record keeps the landmark's own name and takes country, first-level division and (for a division
    parent) second-level division from the parent, never the parent's names.
    """
    out = []
    for lm in landmarks:
        parent = parents.get(lm.parent_id) if lm.parent_id is not None else \
            parents.get((normalise(lm.parent_name or ""), lm.parent_country or ""))
        if parent is None:
            raise ValueError(f"landmarks.yaml: {lm.name!r}: unknown parent {lm.parent_label()} "
                             "(not a place of the gazetteer; see `eventwatch gazetteer places NAME`)")
        out.append(PlaceRecord(
            lm.name, parent.lat, parent.lon, parent.country_code, parent.admin1_code, parent.admin2_code,
            lm.feature_code, 0, None, source="curated", precision=lm.precision,
            names=[(n, NAME_CURATED) for n in lm.all_names],
        ))
    return out


def with_landmarks(records: Iterable[PlaceRecord], landmarks: Optional[Iterable[Landmark]] = None
                   ) -> Iterator[PlaceRecord]:
    """The records, streamed, then one record per landmark placed at its parent among them.

    Only the parents are kept while streaming, so a build of the whole world's towns stays a stream.
    """
    landmarks = load_landmarks() if landmarks is None else tuple(landmarks)
    ids = wanted_parent_ids(landmarks)
    by_name = {(normalise(lm.parent_name), lm.parent_country) for lm in landmarks if lm.parent_name}
    parents: list[PlaceRecord] = []
    for r in records:
        if r.geonames_id in ids or (by_name and any((normalise(n), r.country_code or "") in by_name
                                                    for n, _kind in r.names[:3])):
            parents.append(r)
        yield r
    yield from landmark_records(landmarks, parent_index(parents, landmarks))


def is_landmark(feature_code: str, source: str) -> bool:
    """Whether a candidate is a curated landmark (its feature code is one this module writes)."""
    return source == "curated" and feature_code in LANDMARK_FEATURES
