"""A town named with the division or country it lies in, when no reading of the town lies there.

Conflict reports name small towns with their division ("Boni, Douentza cercle, Mopti region", "Palma in Cabo
Delgado province", "Moura, central Mali"). When the gazetteer lacks the town, its only readings are
namesakes elsewhere (a Palma in Spain, a Moura in Portugal): the report itself says they are wrong. The name
is then kept unresolved, so it stands in at the division the report gives, with its own name, instead of
landing on another continent.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import Resolution
from eventwatch.model import WHERE_PREC_ADMIN2


def readings_outside_their_container(text: str, spans: Sequence[NameSpan],
                                     resolutions: Sequence[Optional[Resolution]],
                                     keep: Sequence[bool]) -> list[int]:
    """Indices of spans whose chosen reading lies in another country than the division or country the text
    places them in, while none of their readings lies in it.

    "X, central Mali" (a direction between the comma and the country) names the container as plainly as
    "X, Mali" does; such a span is given that container here, so its stand-in is found there.
    """
    out = []
    for k, s in enumerate(spans):
        r = resolutions[k]
        if not keep[k] or r is None or r.candidate is None or not s.locational \
                or not r.candidate.feature_code.startswith("PPL"):
            continue  # only a town is placed in a division this way; "Cyprus, Greece" is a list
        container = s.container if s.container is not None else _directed_container(text, spans, k)
        if container is None or not keep[container]:
            continue
        held = resolutions[container]
        if held is None or held.candidate is None or not _holds_towns(text, s, spans[container], held):
            continue
        country = held.candidate.country_code
        if not country or r.candidate.country_code == country:
            continue
        if any(c.country_code == country for c in s.candidates):
            continue  # a reading there exists: which one to take is the resolver's business
        s.container = container
        out.append(k)
    return out


def _holds_towns(text: str, town: NameSpan, span: NameSpan, resolution: Resolution) -> bool:
    """A container named with its division word ("Douentza cercle", "Cabo Delgado province"), or a country
    after a comma ("Moura, Mali"): a bare name ("North-Western") may be misread itself, and "X in COUNTRY"
    also follows titles ("St. Gregory of Narek in the Vatican")."""
    code = resolution.candidate.feature_code
    if span.vague in {"admin1", "admin2"}:
        # The division itself, or its seat standing for it ("Douentza cercle"); "Soum province" read as a town
        # near which things happen (a Soum in Senegal) is no container to trust.
        return code.startswith("ADM") or resolution.precision >= WHERE_PREC_ADMIN2
    start = span.phrase_start if span.phrase_start >= 0 else span.start
    return code.startswith("PCL") and text[town.end : start].strip() == ","


def _directed_container(text: str, spans: Sequence[NameSpan], k: int) -> Optional[int]:
    """The next span when the text reads "X, northern Y" with Y a country: the direction is part of Y's
    phrase, and Y is where X lies."""
    if k + 1 >= len(spans):
        return None
    nxt = spans[k + 1]
    if nxt.direction is None or nxt.phrase_start < 0:
        return None
    if text[spans[k].end : nxt.phrase_start].strip() != ",":
        return None
    if not any(c.feature_code.startswith("PCL") for c in nxt.candidates):
        return None
    return k + 1
