"""Organisations and government offices named in text: the body acting, or the building where it sits.

Three kinds of name (geo/seats.py holds the data):
- an international body by a listed name or acronym ("the OAS", "United Nations", "NATO"): its seat town,
  or the town written right after it ("the UN in Geneva");
- a country's office abroad, "<Demonym|Country> Embassy|Consulate|High Commission" or "the Embassy of
  <Country>": the town the text gives after it ("in Lima", "in the Iranian capital", "the Chilean Embassy Lima"),
  and where it gives none the facility reader's unresolved reading stays: the sending country is not where
  the office stands;
- a country's ministry, "<Demonym|Country> [Foreign] Ministry", "<Country> Ministry of X", "the Ministry of X
  of <Country>": that country's capital.

A body's name is a place only when the words around it say so: a place cue before it ("at the OAS", "outside
the Chilean Embassy", "stormed the ..."; "in"/"to" only for an office's building or a posting, "mission to
the United Nations"), a word for its building after it ("the WHO headquarters"), or a town written after it
(not after "by": "talks hosted by the UN in Geneva" are its deed there).
Everywhere else ("the European Commission said", "NATO warned", "members of the UN") it is an actor, kept
with `locational=False` like a metonymic capital, so that event locations never land on Brussels for a
statement. Place names inside the name ("Chilean", "Europe", "Lima" in "the Chilean Embassy Lima") stay,
marked embedded, as the place names inside a facility's name do.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from eventwatch.geo.associative import STATE_VERBS
from eventwatch.geo.document_words import document_words
from eventwatch.geo.facilities import _acting as facility_acting  # the facility reading of the same roles
from eventwatch.geo.facilities import load_facilities
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.landmark_spans import AFTER_BUILDING as _CLAUSE_WORDS
from eventwatch.geo.landmarks import is_landmark
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, tokenize
from eventwatch.geo.seats import (
    SEATS_FILE,
    Organisation,
    SeatWords,
    capital_of,
    load_seats,
    seat_candidate,
    seat_town,
)
from eventwatch.geo.store import NAME_DEMONYM

# Between two words of one name: a space, a hyphen, an apostrophe, a comma ("United Nations Educational,
# Scientific and ..."), or the period of an abbreviation ("U.N.").
_NAME_GAP = re.compile(r"[ \-‐‑–'’.,]{0,2}")
_ARTICLES = frozenset({"the", "a", "an"})
# Words between a nation and "Ministry" that are no part of a ministry's name.
_NOT_MINISTRY_WORDS = frozenset({"and", "or", "of", "the", "a", "an", "to", "in", "on", "at", "for", "by", "with",
                                 "from", "has", "had", "is", "was", "said", "says", "new", "former"})
# Joining words inside "Ministry of Foreign and Commonwealth Affairs".
_MINISTRY_JOINERS = frozenset({"and", "of", "for", "the", "&"})

# One spelling: (token texts, token norms, whether each word's capital must be as written, exact: every
# letter as written (acronyms), the organisation).
Spelling = tuple[tuple[str, ...], tuple[str, ...], tuple[bool, ...], bool, Organisation]


@lru_cache(maxsize=2)
def organisation_index(path: str = str(SEATS_FILE)) -> dict[str, tuple[Spelling, ...]]:
    """Every listed name and acronym by its first word's norm, longest first."""
    out: dict[str, list[Spelling]] = {}
    for org in load_seats(path).organisations:
        for n, exact in [(n, False) for n in org.spellings] + [(a, True) for a in org.acronyms]:
            toks = tokenize(n)
            if toks:
                entry = (tuple(t.text for t in toks), tuple(t.norm for t in toks),
                         tuple(t.text[:1].isupper() for t in toks), exact, org)
                out.setdefault(toks[0].norm, []).append(entry)
    return {k: tuple(sorted(v, key=lambda e: -len(e[1]))) for k, v in out.items()}


def _written_in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the line around a word is written in capitals (a headline, a shouted text): no acronym
    can be told from a word there."""
    a = max(text.rfind("\n", 0, start) + 1, start - 60)
    b = text.find("\n", end)
    b = min(b if b >= 0 else len(text), end + 60)
    letters = [ch for ch in text[a:start] + text[end:b] if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)


def _organisation_at(text: str, tokens: list[Token], k: int, index) -> Optional[tuple[int, Organisation]]:
    """The longest listed body's name starting at token k: (end token, body), or None."""
    for texts, norms, caps, exact, org in index.get(tokens[k].norm, ()):
        j = k + len(norms)
        if j > len(tokens):
            continue
        if not all(tokens[k + x].norm == norms[x]
                   and (tokens[k + x].text == texts[x] if exact else (not caps[x] or tokens[k + x].text[:1].isupper()))
                   and (x == 0 or _NAME_GAP.fullmatch(text, tokens[k + x - 1].end, tokens[k + x].start))
                   for x in range(len(norms))):
            continue
        if exact and _written_in_capitals(text, tokens[k].start, tokens[j - 1].end):
            continue
        return j, org
    return None


def _country_of(span: Optional[NameSpan]) -> Optional[str]:
    """The country a name is or whose people it names ("Chilean", "U.S.", "Peru"), or None."""
    if span is None or span.facility:
        return None  # a facility's candidates are borrowed from the name inside it ("Embassy of Sweden")
    for c in span.candidates:
        if c.exact and c.country_code and (c.kind == NAME_DEMONYM or c.feature_code.startswith("PCL")):
            return c.country_code
    return None


def _towns(span: NameSpan) -> list[Candidate]:
    return [c for c in span.candidates if c.exact and c.feature_code.startswith("PPL") and c.lat is not None
            and not is_landmark(c.feature_code, c.source)]


@lru_cache(maxsize=8)
def _phrase_norms(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The phrases' token norms, longest first."""
    out = {tuple(t.norm for t in tokenize(p)) for p in phrases}
    return tuple(sorted((n for n in out if n), key=len, reverse=True))


@lru_cache(maxsize=8)
def _phrases_by_first(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases' token norms by their first norm, longest first: a token is compared only with the
    phrases it can open."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for norms in _phrase_norms(phrases):
        out.setdefault(norms[0], []).append(norms)
    return {k: tuple(v) for k, v in out.items()}


def _words_at(tokens: list[Token], k: int, phrases: tuple[str, ...]) -> int:
    """The number of tokens of the longest phrase (any case) starting at token k, 0 for none."""
    for norms in _phrases_by_first(phrases).get(tokens[k].norm, ()):
        if tuple(t.norm for t in tokens[k : k + len(norms)]) == norms:
            return len(norms)
    return 0


@lru_cache(maxsize=2)
def _opening_norms(path: str = str(SEATS_FILE)) -> frozenset[str]:
    """The norms that can open a body's name: a listed name's or acronym's first word, or an office's head
    ("Embassy", "Ministry"). Any other token opens none but after a nation's name."""
    words = load_seats(path).words
    return frozenset(organisation_index(path)) | frozenset(
        norms[0] for heads in (words.mission_heads, words.ministry_heads) for norms in _phrase_norms(heads))


class _Reader:
    """One text's tokens and spans, read for bodies' names."""

    def __init__(self, text: str, tokens: list[Token], spans: list[NameSpan], gaz: Gazetteer, cues: Cues):
        self.text, self.tokens, self.spans, self.gaz, self.cues = text, tokens, spans, gaz, cues
        self.words: SeatWords = load_seats().words
        self.span_at: dict[int, NameSpan] = {k: s for s in spans for k in range(s.i, s.j)}
        # Names by their first token; where two start at one token (a facility reader's "Embassy of Sweden"
        # and "Embassy"), a place's name first.
        by_start: dict[int, list[NameSpan]] = {}
        for s in spans:
            by_start.setdefault(s.i, []).append(s)
        # (the last place's name among those starting there, else the last name: as a stable sort of the
        # spans by `_place_name` would leave them, but reading the candidates only where two names meet)
        self.starts: dict[int, NameSpan] = {
            i: group[0] if len(group) == 1 else ([s for s in group if _place_name(s)] or group)[-1]
            for i, group in by_start.items()}

    def gap(self, a: int, b: int) -> str:
        return self.text[self.tokens[a].end : self.tokens[b].start]

    def starting(self, k: int) -> Optional[NameSpan]:
        return self.starts.get(k)

    # -- the offices of countries ------------------------------------------------------------------------
    def office_at(self, k: int) -> Optional[tuple[int, str, bool, int]]:
        """An office's name at token k: (end token, country, is an office abroad, index of the nation's
        first token), or None."""
        tokens = self.tokens
        nation = self.starting(k)
        country = _country_of(nation)
        if nation is not None and country is not None and nation.j < len(tokens) \
                and self.gap(nation.j - 1, nation.j) == " ":
            # "<Nation> Embassy", "<Nation> Foreign Ministry", "<Nation> Ministry of Health"
            n = _words_at(tokens, nation.j, self.words.mission_heads)
            if n and all(t.text[:1].isupper() for t in tokens[nation.j : nation.j + n]):
                return nation.j + n, country, True, k  # "the Chilean consulate in Lima" names no building
            x = nation.j
            while x < len(tokens) and x - nation.j < 2 and tokens[x].text.isalpha() and \
                    tokens[x].norm not in _NOT_MINISTRY_WORDS and not _words_at(tokens, x, self.words.ministry_heads) \
                    and self.gap(x - 1, x) == " ":
                x += 1
            n = _words_at(tokens, x, self.words.ministry_heads) if x < len(tokens) else 0
            inner = tokens[nation.j : x + n]
            if n and self.gap(x - 1, x) == " " and all(t.text[:1].isupper() for t in inner):
                end = x + n
                if x == nation.j and tokens[x].text[:1].isupper():
                    end = self._ministry_of(end) or end  # "Turkish Ministry of Health"
                return end, country, False, k
            return None
        if not tokens[k].text[:1].isupper():
            return None
        # "Embassy of the Republic of Estonia", "the Ministry of Defence of Ukraine"
        n = _words_at(tokens, k, self.words.mission_heads)
        if n:
            nation_at = self._nation_after_of(k + n)
            if nation_at is not None:
                return nation_at.j, _country_of(nation_at), True, nation_at.i
            return None
        n = _words_at(tokens, k, self.words.ministry_heads)
        if n:
            end = self._ministry_of(k + n)
            nation_at = self._nation_after_of(end) if end else None
            if nation_at is not None:
                return nation_at.j, _country_of(nation_at), False, nation_at.i
        return None

    def _ministry_of(self, k: int) -> Optional[int]:
        """After "Ministry": "of" and the capitalised words of its portfolio; the end token, or None."""
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].norm != "of" or not tokens[k].text.islower():
            return None
        x = k + 1
        last = None
        while x < len(tokens) and x - k < 8 and self.gap(x - 1, x) in (" ", ", "):
            t = tokens[x]
            if t.text[:1].isupper() and self.starting(x) is None and _country_of(self.span_at.get(x)) is None:
                last = x  # a word of the portfolio ("Health", "Foreign", "Affairs")
            elif t.norm not in _MINISTRY_JOINERS or not t.text.islower():
                break
            elif t.norm == "of" and last is not None and self._nation_after_of(x) is not None:
                break  # "of Peru": the country the ministry belongs to, not its portfolio
            x += 1
        return last + 1 if last is not None else None

    def _nation_after_of(self, k: int) -> Optional[NameSpan]:
        """The country named after "of [the]" at token k, or None."""
        tokens = self.tokens
        if k >= len(tokens) or tokens[k].norm != "of" or not tokens[k].text.islower():
            return None
        x = k + 1
        if x < len(tokens) and tokens[x].norm == "the" and tokens[x].text.islower():
            x += 1
        nation = self.starting(x)
        if nation is None:
            return None
        if _country_of(nation) is None or any(c.kind == NAME_DEMONYM for c in nation.candidates):
            return None  # "the Embassy of Peru", never "of Peruvian"
        return nation

    # -- where the text puts a body -------------------------------------------------------------------------
    def town_after(self, j: int, countries: bool) -> Optional[tuple[list[Candidate], int, bool]]:
        """The town written after a body's name: (its candidates, end token, written inside the name).

        "the Chilean Embassy Lima" (a town right after, inside the name), "in Lima", and with `countries`
        (an office abroad) "in Peru" or "in the Peruvian capital" (the country's capital)."""
        tokens = self.tokens
        if j >= len(tokens):
            return None
        right = self.starting(j)
        if right is not None and self.gap(j - 1, j) == " " and _towns(right) and tokens[j].text[:1].isupper():
            return _towns(right), right.j, True
        if tokens[j].norm != "in" or not tokens[j].text.islower() or self.gap(j - 1, j) not in (" ", ", "):
            return None
        x = j + 1
        article = x < len(tokens) and tokens[x].norm == "the" and tokens[x].text.islower()
        if article:
            x += 1
        place = self.starting(x)
        if place is None:
            return None
        country = _country_of(place)
        if countries and country is not None and place.j < len(tokens) and tokens[place.j].norm == "capital" \
                and self.gap(place.j - 1, place.j) in (" ", ". ", "'s ", "’s "):
            capital = capital_of(self.gaz, country)
            return ([capital], place.j + 1, False) if capital is not None else None
        if article:
            return None
        if _towns(place):
            return _towns(place), place.j, False
        if countries and country is not None and any(c.feature_code.startswith("PCL") for c in place.candidates):
            capital = capital_of(self.gaz, country)
            return ([capital], place.j, False) if capital is not None else None
        return None

    def cue_before(self, i: int) -> tuple[Optional[str], int]:
        """The lower-case word before a name, skipping an article: (word, its token), or (None, -1)."""
        b = i - 1
        if b >= 0 and self.tokens[b].norm in _ARTICLES and self.tokens[b].text.islower():
            b -= 1
        if b >= 0 and self.tokens[b].text.islower():
            return self.tokens[b].norm, b
        return None, -1

    def modifies(self, i: int, j: int) -> bool:
        """Whether the name stands before a noun or a title as its modifier ("a NATO partnership", "UN
        Secretary-General", "an OAS member"); a word for the building, a verb or a clause word leaves it a name."""
        tokens = self.tokens
        if i > 0 and tokens[i - 1].norm in ("a", "an") and tokens[i - 1].text.islower():
            return True
        if j >= len(tokens) or self.gap(j - 1, j) not in (" ", "-"):
            return False
        nxt = tokens[j]
        if nxt.text[:1].isupper():
            return nxt.text[1:2].islower() and self.starting(j) is None  # a title or a body's own name
        if not nxt.text.isalpha() or nxt.norm in self.words.building_after:
            return False
        return not (nxt.norm in _CLAUSE_WORDS or nxt.norm in STATE_VERBS or nxt.norm in self.cues.metonymy_verbs
                    or nxt.norm in self.cues.metonymy_auxiliaries or nxt.norm.endswith(("ed", "ly")))

    def placed(self, i: int, j: int, building: bool, town_given: bool, after: int) -> Optional[str]:
        """The word that makes the name a place ("at", "outside", "headquarters", "town"), or None."""
        words, tokens = self.words, self.tokens
        cue, b = self.cue_before(i)
        facility_words = load_facilities()
        if self.modifies(i, j):
            return None  # "a NATO partnership programme", "the OAS Secretary General": the body, not a place
        if cue in words.place_cues or (building and cue in words.building_cues):
            if cue == "at" and b > 0 and (
                    tokens[b - 1].norm in words.members_at
                    or tokens[b - 1].norm in facility_words.membership_words
                    or tokens[b - 1].norm in facility_words.employer_words):
                return None  # "a researcher at the WHO", "officials at the UN": its people
            return cue
        if cue == "of" and b > 0 and tokens[b - 1].norm in ("front", "outside", "vicinity", "steps", "gates"):
            return "outside"  # "in front of the Chilean Embassy"
        if cue == "to" and b > 0 and tokens[b - 1].text.islower() and (
                tokens[b - 1].norm in words.posted_to or (building and tokens[b - 1].norm in words.movement_to)):
            return "to"  # "Norway's mission to the United Nations", "marched to the US Embassy"
        if j < len(tokens) and tokens[j].text.islower() and tokens[j].norm in words.building_after \
                and self.gap(j - 1, j) in (" ", "'s ", "’s "):
            return "building"  # "the OAS headquarters"
        if town_given and cue == "by" and not building and b > 0 and tokens[b - 1].text.islower() \
                and tokens[b - 1].norm in _AGENT_PARTICIPLES:
            # the agent of a passive: "talks hosted by the UN in Geneva", "a truce brokered by the African Union in
            # Addis Ababa" are the body's deeds, and the town says where they took place, not where it sits; "by"
            # after any other word may be "beside" ("a crowd gathered by the UN in New York"), its building
            return None
        if town_given and not facility_acting(self.text, tokens, i, after, self.cues, facility_words):
            return "town"  # "the Chilean Embassy in Lima", "the UN in Geneva"
        return None


# Participles whose agent "by" names a body that did something somewhere ("talks hosted by", "a truce brokered
# by"); after other words "by" may mean "beside" ("stood by the UN in New York").
_AGENT_PARTICIPLES = frozenset({"hosted", "brokered", "convened", "organised", "organized", "mediated", "sponsored",
                                "chaired", "issued", "signed", "adopted", "funded", "run", "led"})


def _place_name(s: NameSpan) -> bool:
    """A place's name or its people's ("Chilean", "Europe", "Lima") rather than another reader's facility."""
    return not s.facility and any(c.exact and (c.kind == NAME_DEMONYM or c.feature_code.startswith(
        ("PCL", "PPL", "ADM", "CONT"))) for c in s.candidates)


def _body_at(r: _Reader, k: int, index) -> tuple[Optional[NameSpan], list[NameSpan], int]:
    """The body's name starting at token k, read: (its span, the spans it covers, the token to go on from).

    The span is None where no body is named there or the text cannot place it (an embassy without a town);
    a body acting gets a span with `locational=False` and cue "metonymy"."""
    tokens, text, gaz = r.tokens, r.text, r.gaz
    org_hit = _organisation_at(text, tokens, k, index)
    office = None if org_hit is not None else r.office_at(k)
    if org_hit is None and office is None:
        return None, [], k + 1
    if org_hit is not None:
        j, org = org_hit
        building, abroad, country = False, False, org.seat_country
    else:
        j, country, abroad, _nation = office
        building, org = True, None
    given = r.town_after(j, countries=abroad)
    inside = given is not None and given[2]
    end_tok = given[1] if inside else j
    covered = list({id(s): s for s in (r.span_at.get(x) for x in range(k, end_tok)) if s is not None}.values())
    if any(s.i < k or s.j > end_tok for s in covered):
        return None, [], k + 1  # a longer name holds these words ("UN Security Council Resolution 2254 Street")
    if any(is_landmark(c.feature_code, c.source) for s in covered for c in s.candidates):
        return None, [], end_tok  # a listed landmark ("UN headquarters", "NATO headquarters") reads itself
    if given is not None:
        towns = given[0]
        if org is not None:
            seat = seat_town(gaz, org.seat_name, org.seat_country)
            if seat is not None and any(t.id == seat.id for t in towns):
                towns = [seat]  # "the OAS in Washington": its own seat among the Washingtons
    elif org is not None:
        seat = seat_town(gaz, org.seat_name, org.seat_country)
        towns = [seat] if seat is not None else []
    elif not abroad:
        capital = capital_of(gaz, country)
        towns = [capital] if capital is not None else []
    else:
        towns = []  # an embassy the text does not place: the facility reader's unresolved reading stays
    if not towns:
        return None, [], end_tok
    name_end = tokens[end_tok - 1].end
    last = tokens[end_tok - 1].text
    if text[name_end : name_end + 1] == "." and last.isupper() and len(last) == 1:
        name_end += 1  # "U.N.": the abbreviation keeps its last period
    name = org.name if org is not None else text[tokens[k].start : tokens[end_tok - 1].end]
    span = NameSpan(k, end_tok, tokens[k].start, name_end, " ".join(t.norm for t in tokens[k:end_tok]),
                    [seat_candidate(t, name) for t in towns])
    # A building, as the facility reader's are: its borrowed point supports no other name of the text.
    span.facility = True
    cue = r.placed(k, end_tok, building, given is not None, given[1] if given is not None else end_tok)
    if cue is None:
        span.locational, span.cue = False, "metonymy"
    else:
        span.cue = cue
        span.firm = cue not in r.cues.weak_locative and cue not in ("town", "building")
    return span, covered, end_tok


def mark_seats(text: str, tokens: list[Token], spans: list[NameSpan], gaz: Gazetteer, cues: Cues) -> list[NameSpan]:
    """The spans with every body's name used as a place (module docstring) read as one span at its seat or
    the town given; the place names inside any body's name kept, marked embedded.

    A body acting ("the European Commission said", "WHO officials", "the Georgian Ministry of Defence
    reports") gets no span: it is no place, and its seat, a town the report is seldom about, would only pull
    the report's other names towards it ("Jamaica" to Jamaica, New York, beside the UN). `body_span` reads
    it where a caller asks for that name (gold spans)."""
    index = organisation_index()
    if not tokens or not index:
        return spans
    # Where a body's name can start: a token opening a listed name or an office's head, or a nation's name
    # ("Chilean Embassy"). `_body_at` reads nothing anywhere else, so only these are visited.
    opening = _opening_norms()
    starts = sorted(set(document_words(tokens).positions(opening))
                    | {s.i for s in spans if _country_of(s) is not None})
    if not starts:
        return spans
    r = _Reader(text, tokens, spans, gaz, cues)
    made: list[NameSpan] = []
    removed: set[int] = set()
    k = 0
    for x in starts:
        if x < k or not tokens[x].text[:1].isupper():
            continue  # inside the last body's name, or a lower-case word
        span, covered, k = _body_at(r, x, index)
        if span is None:
            continue
        for s in covered:
            if _place_name(s):
                s.locational, s.cue = False, "embedded"  # "Chilean", "Europe", "Lima" inside the name
            elif span.locational:
                removed.add(id(s))  # the facility reader's unresolved "Chilean Embassy", a loose reading
        if span.locational:
            made.append(span)
    if not made:
        return spans
    out = [s for s in spans if id(s) not in removed] + made
    out.sort(key=lambda s: (s.start, -s.end))
    return out


def body_span(text: str, tokens: list[Token], spans: list[NameSpan], gaz: Gazetteer, cues: Cues, start: int,
              end: int) -> Optional[NameSpan]:
    """The body named exactly by text[start:end] (a gold span), read in its context as `mark_seats` reads
    it, acting or not; None where the words are no body's name or the text cannot place it.

    `spans` are the text's recognised names (the nations inside offices' names are read from them)."""
    index = organisation_index()
    k = next((x for x, t in enumerate(tokens) if t.start == start), None)
    if k is None or not index:
        return None
    span, _covered, _next = _body_at(_Reader(text, tokens, spans, gaz, cues), k, index)
    if span is None or span.start != start:
        return None
    if span.end != end and not (span.end == end + 1 and text[end:span.end] == "."):
        return None  # a longer or a shorter name than the one asked for
    span.end = end
    span.phrase_start, span.phrase_end = start, end
    return span
