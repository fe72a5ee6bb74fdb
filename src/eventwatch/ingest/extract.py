"""What a format reader hands to the document builder: cleaned text, its map, and what the source said."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Optional

from eventwatch.ingest.offsets import Runs


@dataclass
class Metadata:
    """Facts a source states about itself (header lines, meta tags, JSON fields, feed elements)."""

    title: Optional[str] = None
    publisher: Optional[str] = None
    published_at: Optional[datetime] = None
    doc_type: Optional[str] = None
    language: Optional[str] = None
    url: Optional[str] = None
    author: Optional[str] = None

    def fill_from(self, other: "Metadata") -> "Metadata":
        """Take `other`'s values only where this one has none: the more specific source wins."""
        for f in fields(self):
            if getattr(self, f.name) in (None, "") and getattr(other, f.name) not in (None, ""):
                setattr(self, f.name, getattr(other, f.name))
        return self


@dataclass
class Extract:
    """Cleaned text with runs into the decoded source it was read from."""

    text: str
    runs: Runs = field(default_factory=list)
    meta: Metadata = field(default_factory=Metadata)
