"""Request bodies of the write endpoints, validated before anything reaches the store."""
from __future__ import annotations

from datetime import date
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from eventwatch.model import CASUALTY_KINDS, MODALITIES

Why = Field(min_length=3, max_length=2000, description="why: recorded with the change and in the audit log")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PlaceIn(_Strict):
    name: str = Field(min_length=1, max_length=200)
    lat: Optional[float] = Field(None, ge=-90, le=90)
    lon: Optional[float] = Field(None, ge=-180, le=180)
    country_code: Optional[str] = Field(None, min_length=2, max_length=2)
    admin1: Optional[str] = Field(None, max_length=200)
    admin2: Optional[str] = Field(None, max_length=200)
    geonames_id: Optional[int] = None
    precision: int = Field(1, ge=1, le=7, description="UCDP where_prec")


class ActorIn(_Strict):
    name: str = Field(min_length=1, max_length=200)
    raw: str = Field("", max_length=500)
    role: Literal["actor1", "actor2", "associated"] = "actor1"
    type: Optional[str] = Field(None, max_length=100)
    inter: Optional[int] = Field(None, ge=1, le=8)
    country: Optional[str] = Field(None, max_length=100)


class WeaponIn(_Strict):
    name: str = Field(min_length=1, max_length=200)
    category: str = Field(min_length=1, max_length=100)
    restricted: bool = False
    raw: str = Field("", max_length=500)


class QuantityIn(_Strict):
    low: Optional[int] = Field(None, ge=0)
    best: Optional[int] = Field(None, ge=0)
    high: Optional[int] = Field(None, ge=0)
    raw: str = Field("", max_length=200)
    group: Optional[str] = Field(None, max_length=100)


class EventChanges(_Strict):
    """Analyst values; each one given replaces what the machine aggregated, and survives re-aggregation."""

    event_type: Optional[str] = Field(None, max_length=40)
    date: Optional[str] = None
    date_precision: Optional[int] = Field(None, ge=1, le=5)
    location: Optional[PlaceIn] = None
    actors: Optional[list[ActorIn]] = Field(None, max_length=50)
    weapons: Optional[list[WeaponIn]] = Field(None, max_length=50)
    casualties: Optional[dict[str, QuantityIn]] = None
    civilian_targeting: Optional[bool] = None
    modality: Optional[str] = None
    grade: Optional[str] = Field(None, max_length=20)

    @field_validator("date")
    @classmethod
    def _iso_day(cls, v: Optional[str]) -> Optional[str]:
        if v is not None:
            date.fromisoformat(v)
        return v

    @field_validator("modality")
    @classmethod
    def _modality(cls, v: Optional[str]) -> Optional[str]:
        if v is not None and v not in MODALITIES:
            raise ValueError(f"modality must be one of {', '.join(MODALITIES)}")
        return v

    @field_validator("casualties")
    @classmethod
    def _kinds(cls, v: Optional[dict[str, QuantityIn]]) -> Optional[dict[str, QuantityIn]]:
        for kind, q in (v or {}).items():
            if kind not in CASUALTY_KINDS:
                raise ValueError(f"casualty kinds are {', '.join(CASUALTY_KINDS)}")
            bounds = [x for x in (q.low, q.best, q.high) if x is not None]
            if bounds != sorted(bounds):
                raise ValueError(f"{kind}: low <= best <= high")
        return v

    def as_changes(self) -> dict[str, Any]:
        return self.model_dump(exclude_unset=True)


class EventPatch(_Strict):
    why: str = Why
    status: Optional[Literal["confirmed", "rejected", "machine"]] = Field(
        None, description="confirm or reject the event; 'machine' clears a review")
    changes: Optional[EventChanges] = None


class MergeRequest(_Strict):
    a: str = Field(min_length=1, max_length=32, description="the event that stays")
    b: str = Field(min_length=1, max_length=32, description="the event folded into a")
    why: str = Why


class SplitRequest(_Strict):
    document_ids: list[str] = Field(min_length=1, max_length=200, description="sources that become a new event")
    why: str = Why
