"""One capitalised word the document also writes in lower case, read as a small place: the word, not the place.

"Reserve Champion", "in the Junior category", "Deputy Lena Marsh", "a Love song contest": a heading, a
title or a thing's name capitalises ordinary words, and many of them are also the names of hamlets somewhere
("Reserve", "Junior", "Deputy", "Love"). A document that writes the same word in lower case elsewhere ("the
reserve", "a deputy") uses it as a word; the capital then marks a title, not a place. Kept all the same: a
reading that is strong on its own (a country, a first-level division, a curated feature) or a town of
20,000 people or more ("Mobile", "Reading", "Bath"), a name with a division word ("Love County"), a dateline, a
name with its state or country after a comma ("Hope, Arkansas"), and a small town lying near another place
the story names firmly ("police in Hope ... east of Chilliwack"): a story about a place tells of its
neighbours, while a title's word lands by chance, hardly ever beside the story's places.
"""
from __future__ import annotations

import re

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.document_words import document_words
from eventwatch.geo.gazetteer import prior_score
from eventwatch.geo.name_span import NameSpan, strong
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_MAIN
from eventwatch.geo.title_case import title_word
from eventwatch.geo.web_addresses import lower_words_outside_addresses

# A town this large is named in the news often enough to be meant after a place cue ("in Bath", "in Hope"),
# whatever the word also means; the hamlets called "Show" or "Trooper" are not.
TOWN_OF_NOTE = 20_000
# Cues that name the place by its kind or its role in the text, whatever the word also means: a name with one
# is kept by the rules that drop a word for its other senses (here, geo/name_openers, geo/body_heads).
KIND_CUES = frozenset({"dateline", "street", "road", "feature", "facility"})
# ", Arkansas", ", Ark.": the name's container after a comma, read as a strong reading below.
_COMMA = re.compile(r",\s+")
# A reading this close to another firmly placed name of the story is that town's neighbour, not a chance word.
NEIGHBOUR_KM = 100.0


# A dateline in capitals that is also a word ("CORK —", "BATH —", "NICE —") names a city this large, by the city's
# own name: a small town's name ("SALT —") or another city's alternate one ("GOLD", "TOUR", "MORE") is a label's.
DATELINE_TOWN_OF_NOTE = 50_000
# Labels of four or five letters that open a story or a web page's section in capitals before a dash ("LIVE —",
# "GOLF —" over the sports round-up, "CARS —" over the motoring page): no dateline, whatever small town shares or
# resembles the word. Only general section words, and none that is a town of note's own name: "RUGBY —", like
# "DERBY —", is a local paper's dateline. A capitalised word outside the list is read by the dateline rules as any
# other ("COCOA —" names the Florida town, which is of some size and whose paper writes it so).
HEADLINE_LABELS = frozenset({
    "watch", "live", "more", "flash", "alert", "news", "note", "recap", "video", "audio", "photo",
    "poll", "polls", "quiz", "brief", "wrap", "media", "money", "tech", "arts", "books", "food", "wine", "homes",
    "jobs", "deals", "cars", "autos", "golf", "chess", "games", "sport", "gold", "forex", "bonds",
})


def common_word_dateline(cands: list) -> list:
    """The readings that make a capitalised word that is also a common word, opening a line before a dateline's
    dash or an agency in brackets, the city of that name: towns of note whose own name it is (a headline
    label, HEADLINE_LABELS, is ruled out before, in geo/recognise.py, for every dateline in capitals)."""
    return [c for c in cands if c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL")
            and (c.population or 0) >= DATELINE_TOWN_OF_NOTE]


def _contained(text: str, s: NameSpan, starts: dict[int, NameSpan]) -> bool:
    """Whether a place that is strong on its own follows the name after a comma ("Hope, Arkansas")."""
    m = _COMMA.match(text, s.end)
    after = starts.get(m.end()) if m is not None else None
    return after is not None and any(c.exact and strong(c) for c in after.candidates)


def _beside_a_firm_place(s: NameSpan, spans: list[NameSpan]) -> bool:
    """Whether a reading of the name lies within NEIGHBOUR_KM of the most prominent reading of another name
    the story places firmly ("in Glenmoor", "near Ashford")."""
    anchors = []
    for o in spans:
        if o is s or o.norm == s.norm or not o.firm or not o.locational or o.demonym:
            continue
        exact = [c for c in o.candidates if c.exact and c.lat is not None]
        if exact:
            anchors.append(max(exact, key=prior_score))
    return any(haversine_km(c.lat, c.lon, a.lat, a.lon) <= NEIGHBOUR_KM
               for c in s.candidates if c.exact and c.lat is not None for a in anchors)


def common_word_names(text: str, tokens: list[Token], spans: list[NameSpan]) -> list[NameSpan]:
    """Drop the one-word names that the document also writes in lower case, unless something keeps them (see
    the module's docstring)."""
    lower = None
    starts = {s.start: s for s in spans}
    drop: set[int] = set()
    for s in spans:
        if s.j - s.i != 1 or s.demonym or s.unknown or s.vague is not None or s.cue in KIND_CUES \
                or not title_word(tokens[s.i], 3):
            continue
        if lower is None:
            # (not the words written only in a web address: geo/web_addresses.py)
            lower = lower_words_outside_addresses(text, tokens, document_words(tokens).long_lower)
        if tokens[s.i].norm not in lower:
            continue
        if any(c.exact and (strong(c) or c.population >= TOWN_OF_NOTE) for c in s.candidates) \
                or _contained(text, s, starts) or _beside_a_firm_place(s, spans):
            continue
        drop.add(id(s))
    return [s for s in spans if id(s) not in drop] if drop else spans
