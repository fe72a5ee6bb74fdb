"""Divisions named after a town and a compass point that the gazetteer lacks: "Tonj North County", "Bamenda
Central subdivision", "Gwoza East LGA".

Countries that split a town's division in parts name each part by the town and a compass point, and the part
often does not hold the town: a county "X North" may have its seat in another town altogether. Where the
gazetteer holds the part, the recogniser reads the whole name and this module is never asked. Where it does
not, the town read alone places the event in the town, precisely (UCDP 1), though the text names a division
beside it. So the compass word joins the name, and:

- where the text says what holds the division ("X North County of Y State", "X East LGA, Y State"), the name is
  a division the gazetteer lacks, reported unresolved; the holder stands in for it at its own precision
  (geo/fallback.py), as for any unheld division ("Mayom County of Unity State"). Only a name read as a first- or
  second-order division holds it: a country says less than the town's division level does, and a name opening
  the sentence's next clause ("X North County, Juba said") holds nothing;
- otherwise the town it is named after stands in at the division's level (UCDP 3), as "Bure Zuria woreda" is
  read at Bure (geo/directions.py).

A capitalised word before the town marks a Title Case line, unless it is a preposition opening the sentence or
a weekday ("In X North County, ...": geo/name_boundaries.py).

Runs before `directions.join_trailing_directions`, which keeps the town's reading with the compass word as a
direction for the division words that are no second-order division's ("Kisumu East constituency").
"""
from __future__ import annotations

import re

from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_boundaries import boundary_word
from eventwatch.geo.directions import TRAILING_COMPASS
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.town_phrases import division_phrase_after

# Compass words that name a division's part when capitalised after its town: those that close a place's name
# (geo/directions.py), and "Central", which before a division word names a part too ("Bamenda Central
# subdivision").
_PART_DIRECTIONS = TRAILING_COMPASS | {"central"}
# " of the Y", " in northern Y", ", Y": what opens the holder's name after the division word.
_HOLDER_AFTER = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?:(?:[a-z-]+ern|central)\s+)?|,\s+(?:in\s+)?(?:the\s+)?")


def _division_end(cues: Cues, tokens: list[Token], k: int) -> int:
    """One past the second-order division's word (or "Local Government Area") at token k, or 0."""
    if k >= len(tokens):
        return 0
    n = division_phrase_after(tokens, k)[1]
    if n:
        return k + n
    t = tokens[k]
    if cues.vague_after.get(t.norm) == "admin2" and t.norm not in cues.plural_divisions and not t.text.isupper():
        return k + 1
    return k + 1 if t.text == "LGA" else 0


def _holds_divisions(o: NameSpan) -> bool:
    """Whether the span after the division can be what holds it: a place read as a first- or second-order
    division ("of Lakes State"), not a country (the town's division level says more), a speaker ("..., Juba
    said") or a name with no division's reading."""
    return o.locational and not o.demonym and any(c.exact and c.feature_code in ("ADM1", "ADM2")
                                                  for c in o.candidates)


def read_unheld_parts(text: str, tokens: list[Token], spans: list[NameSpan], cues: Cues) -> list[NameSpan]:
    """Join a capitalised compass word and the division word after it to the town's span before them, as
    the module says; spans read on the compass word alone ("East" as a region) give way."""
    drop: set[int] = set()
    for s in spans:
        k = s.j
        if k + 1 >= len(tokens) or s.demonym or s.unknown or not s.locational or id(s) in drop:
            continue
        compass = tokens[k]
        if compass.norm not in _PART_DIRECTIONS or not compass.text[:1].isupper() or compass.text.isupper() \
                or text[s.end : compass.start] != " " or text[compass.end : tokens[k + 1].start] != " ":
            continue
        end = _division_end(cues, tokens, k + 1)
        if not end or not any(c.exact and (c.feature_code.startswith("PPL") or c.feature_code == "ADM2")
                              for c in s.candidates):
            continue
        if s.i > 0 and tokens[s.i - 1].text[:1].isupper() and text[tokens[s.i - 1].end : s.start] == " " \
                and not boundary_word(text, tokens, s.i - 1, cues.months):
            continue  # "Storm Hits Tonj North County": every word of a Title Case line is capitalised
        drop.update(id(o) for o in spans if o is not s and k <= o.i < end)
        word_end = tokens[end - 1].end
        holder = _HOLDER_AFTER.match(text, word_end)
        s.j, s.end = k + 1, compass.end
        s.phrase_start = s.phrase_start if s.phrase_start >= 0 else s.start
        if holder is not None and any(o.start == holder.end() and _holds_divisions(o) for o in spans):
            s.candidates, s.unknown, s.firm = [], True, True
            s.norm = " ".join(t.norm for t in tokens[s.i : s.j])
            s.phrase_end = max(s.phrase_end, s.end)
        else:
            s.vague, s.cue = "admin2", s.cue or tokens[k + 1].norm
            s.phrase_end = max(s.phrase_end, word_end)
    return [s for s in spans if id(s) not in drop] if drop else spans
