"""Two place names joined as one: by a bare hyphen or slash ("Dallas-Fort Worth", "Logan-Rogersville") or by a
border word ("the Syria-Turkey border"), read so that each stays a place and neither swallows the other.
"""
from __future__ import annotations

from eventwatch.geo.cue_readers import _OPENING_WORDS, _SENTENCE_OPENERS
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_DERIVED, NAME_MAIN


# A border named by the two lands it divides: "the Syria-Iraq border", "the Turkish–Syrian frontier".
_PAIR_GAP = frozenset({"-", "‐", "‑", "–", "—", "/"})
_BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary", "borderlands", "borderland"})
# A bare hyphen or dash joining two places' names into one area or joint body ("Dallas-Fort Worth").
_HYPHENS = frozenset({"-", "‐", "‑", "–"})


def mark_border_areas(text: str, tokens: list[Token], spans: list[NameSpan]) -> None:
    """Read "the Syria-Iraq border" and "the Turkish-Syrian border" as a place: the border area.

    In conflict reports fighting, crossings and displacement happen "along the X-Y border", and a
    researcher needs it placed; the area lies in both lands, so each name keeps its own reading with the whole
    compound as its phrase (the same evidence for both). Country adjectives, otherwise an actor's origin, name
    the land here. A country's border area is a part of it (UCDP precision 5, as "northern Syria"); a
    division's stays the division's. A single adjective ("the Turkish border") is left as it was: it does not
    say on which side of the line the event is.
    """
    by_start = {s.start: s for s in spans}
    for a in spans:
        if not a.candidates or a.unknown:
            continue
        gap_end = a.end + 1
        if text[a.end : gap_end] not in _PAIR_GAP:
            continue
        b = by_start.get(gap_end)
        if b is None or not b.candidates or b.unknown or b.j >= len(tokens):
            continue
        word = tokens[b.j]
        if word.norm not in _BORDER_WORDS or not word.text.islower() or text[b.end : word.start] != " ":
            continue
        for s in (a, b):
            if s.demonym:
                s.locational, s.cue = True, "place modifier"
            elif not s.locational:
                s.locational, s.cue = True, "border"
            else:
                s.cue = s.cue or "border"
            s.phrase_start, s.phrase_end = a.start, word.end
            if s.vague is None and s.direction is None and any(
                c.exact and c.feature_code.startswith("PCL") for c in s.candidates
            ):
                s.direction = "border"


def _settlement_or_division(s: NameSpan) -> bool:
    """A name the gazetteer holds, as written, for a town or a division (not a loose spelling, a people or a
    state's short form)."""
    return not s.demonym and not s.abbreviation and not s.unknown and any(
        c.exact and c.kind in (NAME_MAIN, NAME_DERIVED) and c.feature_code.startswith(("PPL", "ADM", "PCL"))
        for c in s.candidates)


def hyphen_pairs(text: str, tokens: list[Token], spans: list[NameSpan], cues: Cues,
                 persons: frozenset[str] = frozenset()) -> dict[int, tuple[str, ...]]:
    """Places joined by a bare hyphen into an area, a constituency or a joint district ("Dallas-Fort Worth",
    "MLA for Nelson-Creston", "the Logan-Rogersville school district"): for each such span (by id), on
    which side ("before", "after") its partner stands.

    Each name is a place, though its neighbour is capitalised and one of them may be a given name: the
    hyphen closes one name and opens the next, as no person's or institution's name does with two towns'.
    Left alone: a second name that is a given name ("Jean-Pierre", "Mary-Kate"), a name the document uses
    as a person's, a pair after another capitalised word ("Andrew Lloyd-Webber": a double surname), and a
    pair running on into more capitalised words ("Watertown-Mayer Lutheran"), an institution's name that
    the rest of the recogniser reads."""
    out: dict[int, list[str]] = {}
    n = len(tokens)
    for a, b in zip(spans, spans[1:]):
        if text[a.end : b.start] not in _HYPHENS:
            continue
        if not (_settlement_or_division(a) and _settlement_or_division(b)):
            continue
        first, second = tokens[a.i], tokens[b.i]
        if second.norm in cues.given_names or any(tokens[k].norm in persons for k in (a.i, a.j - 1, b.i, b.j - 1)):
            continue
        before = tokens[a.i - 1] if a.i > 0 else None
        if before is not None and before.text[:1].isupper() and text[before.end : first.start] in (" ", "-") \
                and before.norm not in _OPENING_WORDS and before.norm not in _SENTENCE_OPENERS \
                and before.norm not in cues.directions:
            continue
        if b.j < n and text[b.end : tokens[b.j].start] in (" ", "-") and tokens[b.j].text[:1].isupper() \
                and tokens[b.j].norm not in cues.vague_after:
            continue
        out.setdefault(id(a), []).append("after")
        out.setdefault(id(b), []).append("before")
    return {k: tuple(v) for k, v in out.items()}


def side_by_side_names(text: str, tokens: list[Token], spans: list[NameSpan], heads: frozenset[str]) -> set[int]:
    """Indices of two one-word town names written side by side with only a space between them and no place
    cue for either ("JPMorgan Chase and Wells Fargo have expanded", "Paris Hilton"): two places are joined by
    a comma, a hyphen or a word, so two bare names in a row are one firm's or person's name. Countries and
    first-level divisions ("Texas Houston" in a list of tags), continents and regions ("Sub-Saharan Africa"),
    a second word that heads a facility or a feature ("Hammond Marina", `heads`) and capitals-only headlines
    are left alone: only two names that can be nothing but towns or counties are read as one."""
    drop: set[int] = set()
    for k in range(len(spans) - 1):
        a, b = spans[k], spans[k + 1]
        if text[a.end : b.start] != " " or a.j - a.i != 1 or b.j - b.i != 1:
            continue
        if any(not s.locational or s.firm or s.located or s.unknown or s.demonym or s.cue is not None
               or not s.candidates or not all(c.feature_code.startswith(("PPL", "ADM2", "ADM3"))
                                              for c in s.candidates if c.exact)
               or not tokens[s.i].text[:1].isupper() or tokens[s.i].text.isupper() for s in (a, b)):
            continue
        if tokens[b.i].norm in heads:
            continue
        before = tokens[a.i - 1] if a.i > 0 else None
        after = tokens[b.j] if b.j < len(tokens) else None
        if (before is not None and before.text[:1].isupper() and before.end + 1 == a.start) \
                or (after is not None and after.text[:1].isupper() and after.start == b.end + 1):
            continue  # inside a longer capitalised run (a headline in title case, a longer name)
        drop.update((k, k + 1))
    return drop


# Word-forming prefixes written capitalised before a hyphen and a place ("Anti-Russia", "Pan-Africa",
# "Trans-Siberia", "Sino-Japan"): the place is still named.
_PREFIXES = frozenset({"anti", "pro", "non", "mid", "pan", "trans", "ex", "neo", "sub", "post", "pre", "afro",
                       "sino", "indo", "euro", "greater", "inner", "outer", "upper", "lower", "new", "old"})


def compound_tail(text: str, tokens: list[Token], s: NameSpan, placed: frozenset[int], cues: Cues) -> bool:
    """"Hill-Murray", "Mercedes-Benz", "Smith-Jones": a one-word name after a bare hyphen and a capitalised word
    that is no place closes a double-barrelled name (a school's, a firm's, a family's), not a place beside
    another. `placed` holds the token positions of the text's place names: a place before the hyphen makes a
    pair ("Logan-Rogersville"), read by `hyphen_pairs`."""
    if s.j - s.i != 1 or s.i == 0 or s.demonym:
        return False  # "Arab-Israeli": a people's adjective, read as such
    if s.j < len(tokens) and tokens[s.j].text[:1].isupper() and text[s.end : tokens[s.j].start] == " ":
        return False  # "the Hill-Murray School": a longer name goes on, read as a whole by the steps after
    prev = tokens[s.i - 1]
    if text[prev.end : s.start] not in _HYPHENS or s.i - 1 in placed:
        return False
    word = prev.norm
    return prev.text[:1].isupper() and prev.text[1:].islower() and prev.text.isalpha() and len(word) >= 3 \
        and word not in _PREFIXES and word not in cues.directions and word not in cues.arabic_place_words \
        and word not in cues.name_connectors and word not in cues.arabic_locative
