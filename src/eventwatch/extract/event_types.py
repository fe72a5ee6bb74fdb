"""The 30-label event type scheme and its mapping to ACLED, PLOVER and CAMEO.

The scheme is data (`data/event_types.yaml`) so that coders can read and correct the mapping without
touching code; this module only loads it and refuses a file that would silently mislabel events (a missing
label, an unknown ACLED family, a family that contradicts the disorder type).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Optional, Union

from eventwatch.yaml_data import parse_yaml

# The CASE 2021 task 2 label set, in the order of the shared task's list.
LABELS: tuple[str, ...] = (
    "ABDUCT_DISSAP", "AGREEMENT", "AIR_STRIKE", "ARMED_CLASH", "ARREST", "ART_MISS_ATTACK", "ATTACK",
    "CHANGE_TO_GROUP_ACT", "CHEM_WEAP", "DISR_WEAP", "FORCE_AGAINST_PROTEST", "GOV_REGAINS_TERIT", "GRENADE",
    "HQ_ESTABLISHED", "MOB_VIOL", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER", "OTHER",
    "PEACE_PROTEST", "PROPERTY_DISTRUCT", "PROTEST_WITH_INTER", "REM_EXPLOS", "SEX_VIOL", "SUIC_BOMB",
    "VIOL_DEMONSTR", "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB",
)

# ACLED event_type → the disorder types its sub-event types may carry.
FAMILIES: dict[str, frozenset[str]] = {
    "Battles": frozenset({"Political violence"}),
    "Explosions/Remote violence": frozenset({"Political violence"}),
    "Violence against civilians": frozenset({"Political violence"}),
    "Protests": frozenset({"Demonstrations", "Political violence; Demonstrations"}),
    "Riots": frozenset({"Demonstrations", "Political violence"}),
    "Strategic developments": frozenset({"Strategic developments"}),
    "Other": frozenset({"Other"}),
}

_REQUIRED = ("name", "family", "disorder_type", "acled", "plover", "cameo", "description")


class EventTypeError(ValueError):
    """The event type file is malformed; the message names the label and field."""


@dataclass(frozen=True)
class EventType:
    label: str
    family: str  # ACLED event_type, or "Other"
    disorder_type: str
    acled_sub_event_type: Optional[str]  # None for the five non-ACLED types
    plover: Optional[str]
    cameo: Optional[str]
    description: str
    name: str = ""

    @property
    def is_acled(self) -> bool:
        return self.acled_sub_event_type is not None


def _default_path() -> Path:
    return Path(str(resources.files("eventwatch") / "data" / "event_types.yaml"))


def parse_event_types(data: Any) -> dict[str, EventType]:
    """Validate a parsed YAML document and build the label → EventType table."""
    if not isinstance(data, dict) or not isinstance(data.get("event_types"), dict):
        raise EventTypeError("expected a mapping with an 'event_types' mapping")
    table = data["event_types"]
    unknown = sorted(set(table) - set(LABELS))
    missing = [label for label in LABELS if label not in table]
    if unknown:
        raise EventTypeError(f"unknown labels: {', '.join(unknown)}")
    if missing:
        raise EventTypeError(f"missing labels: {', '.join(missing)}")
    out: dict[str, EventType] = {}
    for label in LABELS:
        entry = table[label]
        if not isinstance(entry, dict):
            raise EventTypeError(f"{label}: expected a mapping")
        absent = [k for k in _REQUIRED if k not in entry]
        if absent:
            raise EventTypeError(f"{label}: missing fields {', '.join(absent)}")
        family, disorder = entry["family"], entry["disorder_type"]
        if family not in FAMILIES:
            raise EventTypeError(f"{label}: unknown family {family!r}")
        if disorder not in FAMILIES[family]:
            raise EventTypeError(f"{label}: disorder_type {disorder!r} does not fit family {family!r}")
        acled = entry["acled"]
        if (family == "Other") != (acled is None):
            raise EventTypeError(f"{label}: an ACLED family needs an ACLED sub-event name and Other none")
        for key in ("plover", "cameo"):
            value = entry[key]
            if value is not None and not (isinstance(value, str) and value.strip()):
                raise EventTypeError(f"{label}: {key} must be a non-empty string or null")
        cameo = entry["cameo"]
        if cameo is not None and not cameo.isdigit():
            raise EventTypeError(f"{label}: cameo {cameo!r} must be a numeric code written as a string")
        description = entry["description"]
        if not isinstance(description, str) or len(description.split()) < 5:
            raise EventTypeError(f"{label}: description must be a sentence")
        out[label] = EventType(
            label=label,
            family=family,
            disorder_type=disorder,
            acled_sub_event_type=acled,
            plover=entry["plover"],
            cameo=cameo,
            description=" ".join(description.split()),
            name=str(entry["name"]),
        )
    return out


def read_event_types(path: Union[str, Path]) -> dict[str, EventType]:
    with open(path, encoding="utf-8") as fh:
        return parse_event_types(parse_yaml(fh))


@lru_cache(maxsize=1)
def load_event_types() -> dict[str, EventType]:
    """The bundled scheme, read and validated once per process."""
    return read_event_types(_default_path())


def family_of(label: str) -> str:
    """ACLED event family of a label ("Other" for the non-ACLED types); KeyError for an unknown label."""
    try:
        return load_event_types()[label].family
    except KeyError:
        raise KeyError(f"unknown event type label {label!r}") from None
