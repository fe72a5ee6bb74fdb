"""The data model every stage shares.

Plain dataclasses, no behaviour beyond (de)serialisation: a stage takes values and returns values, so the
model must be cheap to build in tests and to send between processes. Every extracted value carries the
`Evidence` it was read from; nothing downstream can invent a value without one.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Optional

# UCDP date precision: 1 exact day, 2 within 2-6 days, 3 week, 4 month, 5 year or longer.
DATE_PRECISION_DAY = 1
DATE_PRECISION_DAYS = 2
DATE_PRECISION_WEEK = 3
DATE_PRECISION_MONTH = 4
DATE_PRECISION_YEAR = 5

# UCDP where_prec: 1 exact place, 2 within ~25 km of a known place, 3 second-order division,
# 4 first-order division, 5 part of a country (e.g. "northwest Syria"), 6 country, 7 international waters/air.
WHERE_PREC_EXACT = 1
WHERE_PREC_NEAR = 2
WHERE_PREC_ADMIN2 = 3
WHERE_PREC_ADMIN1 = 4
WHERE_PREC_REGION = 5
WHERE_PREC_COUNTRY = 6
WHERE_PREC_INTERNATIONAL = 7

MODALITIES = ("asserted", "alleged", "denied", "demanded", "hypothetical", "negated")
ROLES = ("actor1", "actor2", "associated")
CASUALTY_KINDS = ("killed", "injured", "detained", "abducted", "displaced")


@dataclass
class Evidence:
    """Where a value was read: document, character span in the cleaned text, and the sentence around it."""

    document_id: str
    field: str
    text: str
    start: int
    end: int
    sentence: str = ""
    sentence_start: int = 0

    @classmethod
    def within(cls, sentence: "Sentence", document_id: str, field: str, start: int, end: int) -> "Evidence":
        """Evidence for `sentence.text[start:end]` (offsets relative to the sentence), stored absolute."""
        return cls(document_id=document_id, field=field, text=sentence.text[start:end],
                   start=sentence.start + start, end=sentence.start + end,
                   sentence=sentence.text, sentence_start=sentence.start)


@dataclass
class Document:
    """One report as stored: the raw bytes unchanged plus the cleaned text the extractors read.

    `offsets` maps the cleaned text back to the decoded original: a list of `[clean_start, raw_start, length]`
    runs, so a span of `text` can be shown in `raw` (see `ingest.offsets.to_original`).
    """

    id: str
    sha256: str
    raw: bytes
    text: str
    offsets: list[list[int]] = field(default_factory=list)
    title: Optional[str] = None
    publisher: Optional[str] = None
    published_at: Optional[datetime] = None
    dateline: Optional[str] = None
    doc_type: Optional[str] = None  # press_release | statement | news | report
    language: Optional[str] = None
    url: Optional[str] = None
    source_path: Optional[str] = None
    source_line: Optional[int] = None
    content_type: Optional[str] = None  # txt | md | html | json | jsonl | rss | stdin
    encoding: Optional[str] = None
    text_hash: Optional[str] = None  # hash of normalised text: near-identical copies share it
    copy_of: Optional[str] = None


@dataclass
class Sentence:
    start: int
    end: int
    text: str


@dataclass
class Place:
    """A resolved location. `precision` is UCDP's where_prec (1 exact .. 7 international)."""

    name: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonames_id: Optional[int] = None
    country_code: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    precision: int = WHERE_PREC_EXACT
    feature_code: Optional[str] = None
    raw: str = ""
    evidence: Optional[Evidence] = None
    alternatives: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Toponym:
    """A place name found in text, before or after resolution."""

    start: int
    end: int
    text: str
    place: Optional[Place] = None  # None when the name could not be resolved
    locational: bool = True  # False for metonymy ("Damascus denied") and demonyms used as actors
    cue: Optional[str] = None  # the context cue that supported it ("in", "rural", "countryside", ...)
    # For a name the gazetteer cannot resolve: the best place the document offers instead (the place it is
    # said to lie in, or the place the document is about), with a coarser precision. `place` stays None.
    fallback: Optional[Place] = None


@dataclass
class Actor:
    name: str  # canonical, neutral name
    raw: str  # the words the source used
    role: str = "actor1"  # actor1 | actor2 | associated
    type: Optional[str] = None  # ACLED inter label, e.g. "State Forces"
    inter: Optional[int] = None  # ACLED inter code 1..8
    country: Optional[str] = None
    evidence: Optional[Evidence] = None


@dataclass
class Weapon:
    name: str
    category: str
    restricted: bool = False
    raw: str = ""
    evidence: Optional[Evidence] = None


@dataclass
class Quantity:
    """A count as a range: ACLED's conservative `best`, with the bounds the wording allows."""

    low: Optional[int]
    best: Optional[int]
    high: Optional[int]
    raw: str = ""
    group: Optional[str] = None  # civilians | children | women | ... where stated
    evidence: Optional[Evidence] = None


@dataclass
class Casualties:
    killed: Optional[Quantity] = None
    injured: Optional[Quantity] = None
    detained: Optional[Quantity] = None
    abducted: Optional[Quantity] = None
    displaced: Optional[Quantity] = None

    def items(self) -> list[tuple[str, Quantity]]:
        return [(k, getattr(self, k)) for k in CASUALTY_KINDS if getattr(self, k) is not None]


@dataclass
class Mention:
    """One event as one source tells it: the unit the extractors produce and the resolver matches."""

    document_id: str
    event_type: str
    event_family: str
    sentence_start: int
    sentence_end: int
    text: str
    date: Optional[str] = None  # ISO date
    date_precision: int = DATE_PRECISION_YEAR
    location: Optional[Place] = None
    unresolved_places: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    weapons: list[Weapon] = field(default_factory=list)
    casualties: Casualties = field(default_factory=Casualties)
    civilian_targeting: bool = False
    modality: str = "asserted"
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    reporting_source: Optional[str] = None  # who makes the claim inside the text ("the Civil Defence said")
    reporting_party: Optional[str] = None  # the armed party the claimant speaks for, if any (canonical name)
    denied_by: Optional[str] = None  # who denies it, when it is told as denied ("a claim the army denied")


@dataclass
class Source:
    document_id: str
    publisher: Optional[str] = None
    url: Optional[str] = None
    published_at: Optional[str] = None
    title: Optional[str] = None
    copy_of: Optional[str] = None
    party: Optional[str] = None  # the side of the conflict this source speaks for, if it is a party
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Event:
    id: str
    event_type: str
    event_family: str
    date: Optional[str] = None
    date_precision: int = DATE_PRECISION_YEAR
    location: Optional[Place] = None
    actors: list[Actor] = field(default_factory=list)
    weapons: list[Weapon] = field(default_factory=list)
    casualties: Casualties = field(default_factory=Casualties)
    civilian_targeting: bool = False
    modality: str = "asserted"
    sources: list[Source] = field(default_factory=list)
    grade: str = "single_source"
    grade_reason: str = ""
    confidence: float = 0.5
    independent_sources: int = 1
    unresolved_places: list[str] = field(default_factory=list)
    partisan_only: bool = False  # every source speaks for a party to the conflict
    status: str = "machine"  # machine | confirmed | rejected (an analyst's review)
    overrides: dict[str, Any] = field(default_factory=dict)  # fields an analyst set: {field: {who, at, why}}


# --- (de)serialisation -----------------------------------------------------------------------------------


_LEAVES = (str, int, float, bool, type(None))  # returned as they are; most values in the tree are these
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    """A dataclass's field names, looked up once per class: the store converts thousands of values a
    second, and `dataclasses.fields` rebuilds its answer each call."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def to_dict(value: Any) -> Any:
    """Dataclass tree → JSON-ready dict (datetimes as ISO strings, bytes left out)."""
    if isinstance(value, _LEAVES):
        return value
    if hasattr(type(value), "__dataclass_fields__"):  # an instance (a dataclass itself is a leaf)
        out = {}
        for name in _field_names(type(value)):
            v = getattr(value, name)
            if isinstance(v, bytes):
                continue
            out[name] = to_dict(v)
        return out
    if isinstance(value, (list, tuple)):
        return [to_dict(v) for v in value]
    if isinstance(value, dict):
        return {k: to_dict(v) for k, v in value.items()}
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _build(cls: type, data: Optional[dict]) -> Any:
    if data is None:
        return None
    names = _field_names(cls)
    return cls(**{k: v for k, v in data.items() if k in names})


def evidence_from_dict(d: Optional[dict]) -> Optional[Evidence]:
    return _build(Evidence, d)


def place_from_dict(d: Optional[dict]) -> Optional[Place]:
    if d is None:
        return None
    p = _build(Place, d)
    p.evidence = evidence_from_dict(d.get("evidence"))
    return p


def _with_evidence(cls: type, d: dict) -> Any:
    obj = _build(cls, d)
    obj.evidence = evidence_from_dict(d.get("evidence"))
    return obj


def casualties_from_dict(d: Optional[dict]) -> Casualties:
    c = Casualties()
    for k in CASUALTY_KINDS:
        q = (d or {}).get(k)
        if q:
            setattr(c, k, _with_evidence(Quantity, q))
    return c


def mention_from_dict(d: dict) -> Mention:
    m = _build(Mention, d)
    m.location = place_from_dict(d.get("location"))
    m.actors = [_with_evidence(Actor, a) for a in d.get("actors", [])]
    m.weapons = [_with_evidence(Weapon, w) for w in d.get("weapons", [])]
    m.casualties = casualties_from_dict(d.get("casualties"))
    m.evidence = [evidence_from_dict(e) for e in d.get("evidence", [])]
    return m


def event_from_dict(d: dict) -> Event:
    e = _build(Event, d)
    e.location = place_from_dict(d.get("location"))
    e.actors = [_with_evidence(Actor, a) for a in d.get("actors", [])]
    e.weapons = [_with_evidence(Weapon, w) for w in d.get("weapons", [])]
    e.casualties = casualties_from_dict(d.get("casualties"))
    e.sources = []
    for s in d.get("sources", []):
        src = _build(Source, s)
        src.evidence = [evidence_from_dict(x) for x in s.get("evidence", [])]
        e.sources.append(src)
    return e
