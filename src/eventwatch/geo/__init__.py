"""geo stage: gazetteer, toponym recognition and resolution, precision codes.

`geoparse` is the stage's one entry point for a document; `choose_event_location` picks, within a sentence
span, the place an event happened at.
"""
from __future__ import annotations

from typing import Any, Optional

from eventwatch.geo.event_location import choose_event_location, unresolved_names
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.recognise import Recogniser
from eventwatch.geo.resolve import Resolver
from eventwatch.geo.sentences import SentenceIndex
from eventwatch.model import Evidence, Place, Toponym

__all__ = ["Candidate", "Gazetteer", "geoparse", "choose_event_location", "unresolved_names", "resolve_names"]


def geoparse(
    gazetteer: Gazetteer,
    text: str,
    *,
    document_id: str = "",
    doc_country: Optional[str] = None,
    publisher: Optional[str] = None,
    spacy_doc: Any = None,
) -> list[Toponym]:
    """Every place name in `text`, in order, each resolved to a Place (or None when unknown).

    Names used as actors (metonymy such as "Moscow said", demonyms such as "Russian") are returned with
    `locational=False` so callers can keep them out of event locations but still see them.
    """
    spans = Recogniser(gazetteer).recognise(text, spacy_doc)
    resolutions = Resolver(gazetteer).resolve(spans, doc_country=doc_country, publisher=publisher)
    keep = _believed(spans, resolutions, gazetteer, doc_country)
    spans = [s for s, k in zip(spans, keep) if k]
    resolutions = [r for r, k in zip(resolutions, keep) if k]
    sentences = SentenceIndex(text, spacy_doc)
    out: list[Toponym] = []
    for s, r in zip(spans, resolutions):
        place = None
        if r is not None and r.candidate is not None:
            place = _place(text, s.phrase_start, s.phrase_end, r, document_id, sentences)
        out.append(Toponym(s.start, s.end, text[s.start : s.end], place, s.locational, s.cue))
    return out


def _believed(spans, resolutions, gazetteer=None, doc_country: Optional[str] = None) -> list[bool]:
    """Keep a name when something beyond capitalisation says it is that place.

    Small towns share names with surnames and words ("Collard", "Motion", "Heiden"), and transliteration
    variants are fuzzy by nature. A name is believed outright when it is strong (a country, a division, a
    large city, a user's place) or has a place cue; otherwise only when another believed place supports it:
    it lies inside it ("Saraqib, Idlib"), in its first-level division, or within 300 km of it. A town of a
    country whose names reach English as transliterations (Syria, Iraq, Yemen...) is also believed when the
    document names that country: surnames and English words rarely collide with those.
    """
    from eventwatch.geo.recognise import _strong
    from eventwatch.geo.resolve import haversine_km

    n = len(spans)
    keep = [False] * n
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if r is None or r.candidate is None or s.located or r.candidate.source == "user" or s.demonym:
            keep[k] = True
        elif r.candidate.exact and (_strong(r.candidate) or (s.j - s.i > 1 and r.candidate.population >= 5000)):
            keep[k] = True
    named = {doc_country.upper()} if doc_country else set()
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if keep[k] and r is not None and r.candidate is not None and r.candidate.country_code and (
            s.demonym or r.candidate.feature_code.startswith(("PCL", "ADM1"))
        ):
            named.add(r.candidate.country_code)
    transliterated = getattr(gazetteer, "transliterated", frozenset())
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if not keep[k] and r.candidate.country_code in named and r.candidate.country_code in transliterated:
            keep[k] = True
    for _round in range(2):
        points = [resolutions[k].candidate for k in range(n) if keep[k] and resolutions[k] is not None
                  and resolutions[k].candidate is not None and resolutions[k].candidate.lat is not None
                  and not resolutions[k].candidate.feature_code.startswith(("PCL", "CONT"))]
        admin1 = {c.admin1_code for c in points if c.admin1_code}
        changed = False
        for k in range(n):
            if keep[k]:
                continue
            c = resolutions[k].candidate
            s = spans[k]
            if s.container is not None and keep[s.container]:
                keep[k] = changed = True
            elif c.admin1_code and c.admin1_code in admin1:
                keep[k] = changed = True
            elif c.lat is not None and any(p.id != c.id and haversine_km(c.lat, c.lon, p.lat, p.lon) < 300 for p in points):
                keep[k] = changed = True
        if not changed:
            break
    return keep


def resolve_names(gazetteer: Gazetteer, text: str, spans: list[tuple[int, int]], **kwargs: Any) -> list[Toponym]:
    """Resolve given name spans (e.g. gold toponyms), reading the same context as `geoparse` does."""
    from eventwatch.geo.recognise import NameSpan
    from eventwatch.geo.normalise import tokenize

    rec = Recogniser(gazetteer)
    found = {(s.start, s.end): s for s in rec.recognise(text)}
    tokens = tokenize(text)
    named: list[NameSpan] = []
    for start, end in spans:
        s = found.get((start, end))
        if s is None:
            s = _span_for(rec, text, tokens, start, end)
        named.append(s)
    order = sorted(range(len(named)), key=lambda k: named[k].start)
    ordered = [named[k] for k in order]
    from eventwatch.geo.recognise import _link_containers

    for s in ordered:
        s.container = None
    _link_containers(text, ordered)
    resolutions = Resolver(gazetteer).resolve(ordered, doc_country=kwargs.get("doc_country"),
                                              publisher=kwargs.get("publisher"))
    sentences = SentenceIndex(text)
    by_index = {}
    for k, s, r in zip(order, ordered, resolutions):
        place = None
        if r is not None and r.candidate is not None:
            place = _place(text, s.phrase_start, s.phrase_end, r, kwargs.get("document_id", ""), sentences)
        by_index[k] = Toponym(s.start, s.end, text[s.start : s.end], place, s.locational, s.cue)
    return [by_index[k] for k in range(len(named))]


def _span_for(rec: Recogniser, text: str, tokens, start: int, end: int):
    """A NameSpan for an arbitrary span: gazetteer candidates for its text, context read as usual."""
    from eventwatch.geo.normalise import normalise
    from eventwatch.geo.recognise import NameSpan
    from eventwatch.geo.store import NAME_DEMONYM

    surface = text[start:end]
    toks = [k for k, t in enumerate(tokens) if start <= t.start and t.end <= end]
    i, j = (toks[0], toks[-1] + 1) if toks else (0, 0)
    cands = rec.gaz.lookup(surface, limit=200)
    if not cands:
        # A place inside a longer name ("Dubai World Cup", "Republic of Armenia", "European Commission").
        inner = [s for s in rec.recognise(surface) if s.candidates]
        if inner:
            best = max(inner, key=lambda s: (s.demonym is False, s.end - s.start))
            cands = best.candidates
        # Possessives, plurals and other inflections: try the name without its ending.
        for cut in ("'s", "’s", "s", "es", "n", "an", "ian", "ans", "ians", "i", "is", "ese", "ish"):
            if surface.endswith(cut) and len(surface) - len(cut) >= 3:
                cands = rec.gaz.lookup(surface[: -len(cut)], limit=200)
                if cands:
                    break
    span = NameSpan(i, j, start, end, normalise(surface), cands, phrase_start=start, phrase_end=end)
    if cands and all(c.kind == NAME_DEMONYM for c in cands):
        span.demonym, span.locational = True, False
    if toks:
        rec._read_context(text, tokens, span, set())
        span.phrase_start, span.phrase_end = start, end
    return span


def _place(text: str, start: int, end: int, r, document_id: str, sentences: SentenceIndex) -> Place:
    c = r.candidate
    raw = text[start:end]
    bounds = sentences.around(start) or (start, end)
    evidence = Evidence(document_id, "location", raw, start, end, text[bounds[0] : bounds[1]], bounds[0])
    alternatives = []
    for score, alt in r.ranked:
        if alt.id == c.id or len(alternatives) >= 3:
            continue
        d = alt.to_dict()
        d["score"] = round(score, 2)
        alternatives.append(d)
    return Place(
        name=c.name,
        lat=c.lat,
        lon=c.lon,
        geonames_id=c.geonames_id,
        country_code=c.country_code,
        admin1=c.admin1 if c.admin1 else (c.name if c.feature_code == "ADM1" else None),
        admin2=c.admin2,
        precision=r.precision,
        feature_code=c.feature_code,
        raw=raw,
        evidence=evidence,
        alternatives=alternatives,
    )
