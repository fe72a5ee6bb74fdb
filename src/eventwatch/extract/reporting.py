"""Which side of a conflict makes a claim.

A report from a ministry of defence, a rebel group's media office or a state news agency is a party's
claim, not an independent observation. Recording the claimant's side lets the resolver show when an event
rests only on one belligerent's word about its enemy, without privileging or discarding it.
"""
from __future__ import annotations

import re
from typing import Any, Optional

ARMED_INTER = {1, 2, 3, 4, 8}
# Offices that speak for their country's armed forces when the publisher line names no country.
_STATE_OFFICE = re.compile(
    r"\b(?:ministry of (?:national )?defen[cs]e|defen[cs]e ministry|ministry of (?:the )?interior|"
    r"interior ministry|general command of the (?:army|armed forces)|armed forces|army general command|"
    r"military spokesm[ae]n)\b",
    re.IGNORECASE,
)


def reporting_party(registry: Any, claimant: Optional[str], country: Optional[str] = None) -> Optional[str]:
    """The canonical name of the armed party `claimant` speaks for, or None for independent sources."""
    if not claimant:
        return None
    for _start, _end, entry in registry.match(claimant):
        if entry.kind == "reporter":
            if entry.parent:
                return entry.parent
            continue
        resolved = entry.for_country(country) if getattr(entry, "generic", False) else entry
        if resolved.inter in ARMED_INTER and not getattr(resolved, "generic", False):
            return resolved.name
    if country and _STATE_OFFICE.search(claimant):
        return f"Military Forces of {country}"
    return None
