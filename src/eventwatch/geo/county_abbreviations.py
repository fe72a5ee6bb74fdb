"""A US county written with its designator cut short after the name ("Plymouth Co.", "LOUDON CO. man").

Local papers write a county so in headlines, datelines and sheriff's notes. Read as the bare name, "Plymouth"
is a town (and the most populous Plymouth is in another state), while the writer means the county. "Co." also
closes a firm's name ("Warren Co., of Boston", "the Acme Co."), and a firm is often named for a place, so
the abbreviation is read as a county only where the text says so otherwise too: a US state the text names
holds a county of the name, or the text writes the county out in full ("the Plymouth County Sheriff's
Office"), or the pair qualifies a town's noun ("a Loudon Co. man", geo/modifier_heads.py), which no firm's
name does. The name then takes "Co." into its span and keeps only its county readings.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.geo.modifier_heads import home_head_after
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Candidate, Gazetteer

# The designator cut short, right after the name: one space, "Co" or "CO", and its full stop.
_CO_AFTER = re.compile(r" (?:Co|CO)\.")
# A name joined to another before the designator is a firm's ("Procter & Gamble Co.", "Dodge and Sons Co.").
_JOINED_BEFORE = re.compile(r"(?:&|\band)\s*$")


def _us_counties(gaz: "Gazetteer", name: str) -> list["Candidate"]:
    """The US counties called `name` + " County" (GeoNames' own spelling of a county's name)."""
    return [c for c in gaz.lookup(f"{name} County", country="US", limit=50)
            if c.exact and c.feature_code == "ADM2" and c.country_code == "US"]


def _full_counties(spans: list[NameSpan]) -> frozenset[str]:
    """The names of the US counties the text writes out in full ("Plymouth County"), normalised."""
    return frozenset(s.norm for s in spans if s.norm.endswith(" county")
                     and any(c.exact and c.feature_code == "ADM2" and c.country_code == "US" for c in s.candidates))


def join_county_abbreviations(text: str, tokens: list[Token], spans: list[NameSpan], gaz: "Gazetteer",
                              states: frozenset[str]) -> list[NameSpan]:
    """Widen each name written before "Co." over it and read it as the county, where the text says so (see the
    module's docstring). `states`: the admin1 codes of the US states the text names (townships.us_states_named).
    Spans read on the designator itself ("CO" as Colorado's code) give way to the county."""
    if " Co." not in text and " CO." not in text:
        return spans
    full = None
    out: list[NameSpan] = []
    swallowed: set[int] = set()
    for s in spans:
        if s.start in swallowed:
            continue
        m = _CO_AFTER.match(text, s.end)
        if m is None or s.demonym or _JOINED_BEFORE.search(text, max(0, s.start - 6), s.start):
            out.append(s)
            continue
        name = text[s.start:s.end]
        counties = _us_counties(gaz, name)
        if full is None:
            full = _full_counties(spans)
        in_states = [c for c in counties if c.admin1_code in states]
        if not counties or not (in_states or f"{s.norm} county" in full or home_head_after(text, m.end())):
            out.append(s)
            continue
        j = s.j
        while j < len(tokens) and tokens[j].start < m.end():
            j += 1
        swallowed.update(o.start for o in spans if s.end < o.start < m.end())
        s.j, s.end, s.norm = j, m.end(), f"{s.norm} county"
        s.candidates = in_states or counties
        s.locational, s.cue = True, s.cue or "county"
        if s.phrase_end >= 0:
            s.phrase_end = max(s.phrase_end, s.end)
        out.append(s)
    return out
