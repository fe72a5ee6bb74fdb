"""Find place names in text: gazetteer automaton over normalised tokens, filtered and labelled by context.

Recognition is driven by the gazetteer, not by a statistical tagger, because small English NER models miss
or mislabel many places in conflict reporting. The automaton runs over a "skeleton text" built from the
capitalised tokens (and name connectors such as "al", "of"), so every hit is token-aligned and maps back to
exact character offsets. Context then decides what a hit is: a place (with its cue: "in", "village of",
"rural", "countryside"), an actor (metonymy, demonym), part of an organisation's name, a person, or a common
word that happens to be a town somewhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.lexicon import Cues, actor_names, load_cues
from eventwatch.geo.normalise import (
    ARTICLE_KEY,
    ARTICLES,
    SUN_ARTICLES,
    Token,
    arabic_candidates,
    fold_token,
    is_arabic,
    skeleton_token,
    tokenize,
)
from eventwatch.geo.store import NAME_ABBREVIATION, NAME_DEMONYM, NAME_MAIN

_JOIN_GAPS = frozenset({"", "-", "‐", "‑", "–"})
_SENTENCE_BREAK = re.compile(r"[.!?\n:;\"“”()\[\]|]")
_PARTY_STATE = re.compile(r"\b[DRI]-$")  # "Sen. Jane Doe, D-S.C."
_AGE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?), (?:1[89]|[2-9]\d)(?:,| years)")  # "Jones, 23," names a person
# "…,” said Noma." / "says Hansen,": a single capitalised word after a verb of saying, closing the clause, is
# the speaker (a place speaking would be written "Moscow said").
_SPEAKER = re.compile(r"\b(?:said|says|asked|added|explained|recalled|wrote)\s+([A-Z][a-z]+)(?=\s*[.,;!?]|\s*$)")
# What follows a dateline's place when no comma does: a dash, an agency in brackets, or the story's first
# word in ordinary case ("LONDON The Latest...").
_DATELINE_AFTER = re.compile(r"\s*[-–—]\s|\s*\([A-Z][^)]{1,40}\)|\s+[A-Z][a-z]")
# Cues firm enough that a capitalised unknown word after them is taken for a place.
_FIRM_BEFORE_UNKNOWN = frozenset({"in", "near", "outside"})
_CONTAINMENT_GAP = re.compile(
    r"\s*,\s*|\s*\(\s*|\s+(?:in|near|outside|of)\s+(?:the\s+)?(?:[a-z-]+ern\s+|(?:north|south|east|west)[a-z-]*\s+)?"
    r"(?:(?:rural|countryside\s+of)\s+)?",
)
STRONG_FEATURES = ("PCL", "ADM1", "CONT")
STREET_HEADS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "highway", "lane",
                          "drive", "parkway", "square"})


@dataclass
class NameSpan:
    """A recognised name and what its context says about it."""

    i: int  # first token
    j: int  # one past the last token
    start: int
    end: int
    norm: str
    candidates: list[Candidate] = field(default_factory=list)
    demonym: bool = False
    abbreviation: bool = False  # only abbreviation names matched ("La." after "Alexandria, ")
    locational: bool = True
    cue: Optional[str] = None
    vague: Optional[str] = None  # admin1 | admin2 | near | city | region
    direction: Optional[str] = None
    phrase_start: int = -1  # the name with its cue words ("western rural Aleppo")
    phrase_end: int = -1
    container: Optional[int] = None  # index of the span this one lies in ("Saraqib, Idlib")
    unknown: bool = False  # no gazetteer entry: reported, not resolved
    entity: Optional[str] = None  # spaCy label covering it, when a parse was given
    firm: bool = False  # backed by a firm place cue ("in", "near", "village of"), not just "to" or "at"
    weak: bool = False  # candidates are those of a shorter name inside it ("Lake Vermont" → Vermont)

    @property
    def located(self) -> bool:
        """Backed by a place cue, not just by capitalisation."""
        return bool(self.cue and self.cue not in {"demonym", "metonymy", "embedded"}) or self.vague is not None


def _strong(c: Candidate) -> bool:
    return c.feature_code.startswith(STRONG_FEATURES) or c.population >= 100_000 or c.source == "user"


class Recogniser:
    """Stateless apart from the gazetteer and word lists it reads."""

    def __init__(self, gazetteer: Gazetteer, cues: Optional[Cues] = None):
        self.gaz = gazetteer
        self.cues = cues or load_cues()
        self.actors = actor_names()

    # -- the automaton pass ------------------------------------------------------------------------------
    def _readings(self, tokens: list[Token]) -> tuple[list[str], list[bool]]:
        """Folded form of each token as names are indexed, and whether it may sit inside a name."""
        cues = self.cues
        n = len(tokens)
        norms = [t.norm for t in tokens]
        cap = [t.text[:1].isupper() for t in tokens]
        out = list(norms)
        include = [False] * n
        for k, t in enumerate(tokens):
            nt = norms[k]
            if is_arabic(nt):
                readings = arabic_candidates(nt)
                for reading in readings:
                    if self.gaz.starts_a_name(reading):
                        out[k] = reading
                        break
                else:
                    out[k] = readings[0]
                if any(r in cues.arabic_place_words or r in cues.arabic_locative for r in readings):
                    out[k] = next(r for r in readings if r in cues.arabic_place_words or r in cues.arabic_locative)
                include[k] = True
                continue
            nxt_cap = k + 1 < n and cap[k + 1]
            if nt in ARTICLES and (t.hyphen_after or nxt_cap):
                out[k] = ARTICLE_KEY
            elif nt in SUN_ARTICLES and k + 1 < n and (
                t.hyphen_after or (cap[k] and nxt_cap and norms[k + 1].startswith(SUN_ARTICLES[nt][0]))
            ):
                out[k] = ARTICLE_KEY
            include[k] = (cap[k] and not nt.isdigit()) or out[k] == ARTICLE_KEY or nt in cues.name_connectors
        return out, include

    def _hits(self, text: str, tokens: list[Token], readings: list[str], include: list[bool]) -> dict[tuple[int, int], list[int]]:
        pieces: list[str] = []
        start_at: dict[int, int] = {}
        end_at: dict[int, int] = {}
        pos = 0
        prev = -1
        for k, t in enumerate(tokens):
            if not include[k]:
                continue
            if prev >= 0:
                gap = text[tokens[prev].end : t.start]
                joined = prev == k - 1 and (
                    gap.strip() in _JOIN_GAPS and "\n" not in gap
                    or (gap.strip() == "." and len(tokens[prev].text) <= 3 and tokens[prev].text[:1].isupper())
                )
                pieces.append(" " if joined else "|")
                pos += 1
            sk = skeleton_token(readings[k])
            start_at[pos] = k
            pieces.append(sk)
            pos += len(sk)
            end_at[pos] = k
            prev = k
        skel = "".join(pieces)
        spans: dict[tuple[int, int], list[int]] = {}
        self._scan(self.gaz.automaton, 1, skel, start_at, end_at, spans)
        if self.gaz.user_automaton is not None:
            # A user's names may hold lower-case words ("Atma camp"): scan every word for them.
            full = self._hits_text(text, tokens, readings, [not t.norm.isdigit() for t in tokens])
            self._scan(self.gaz.user_automaton, -1, *full, spans)
        return spans

    def _hits_text(self, text, tokens, readings, include):
        pieces: list[str] = []
        start_at: dict[int, int] = {}
        end_at: dict[int, int] = {}
        pos = 0
        prev = -1
        for k, t in enumerate(tokens):
            if not include[k]:
                continue
            if prev >= 0:
                gap = text[tokens[prev].end : t.start]
                joined = prev == k - 1 and gap.strip() in _JOIN_GAPS and "\n" not in gap
                pieces.append(" " if joined else "|")
                pos += 1
            sk = skeleton_token(readings[k])
            start_at[pos] = k
            pieces.append(sk)
            pos += len(sk)
            end_at[pos] = k
            prev = k
        return "".join(pieces), start_at, end_at

    @staticmethod
    def _scan(automaton, sign: int, skel: str, start_at, end_at, spans) -> None:
        if automaton is None or not skel:
            return
        for end, value in automaton.iter(skel):
            length = value & 0xFF
            s = end - length + 1
            if s in start_at and end + 1 in end_at:
                spans.setdefault((start_at[s], end_at[end + 1] + 1), []).append(sign * (value >> 8))

    # -- main entry ------------------------------------------------------------------------------------
    def recognise(self, text: str, spacy_doc: Any = None, tokens: Optional[list[Token]] = None) -> list[NameSpan]:
        tokens = tokens if tokens is not None else tokenize(text)
        if not tokens:
            return []
        readings, include = self._readings(tokens)
        hits = self._hits(text, tokens, readings, include)
        self.gaz.entries({k for ids in hits.values() for k in ids if k > 0})  # one query for the whole text
        cap = [t.text[:1].isupper() or is_arabic(t.norm) for t in tokens]

        found: list[NameSpan] = []
        taken = [False] * len(tokens)
        order = sorted(hits, key=lambda ij: (-(tokens[ij[1] - 1].end - tokens[ij[0]].start), ij[0]))
        for i, j in order:
            if any(taken[i:j]):
                continue
            user_only = all(k < 0 for k in hits[(i, j)])
            if not cap[j - 1] and not user_only:
                continue
            if not cap[i] and not (readings[i] == ARTICLE_KEY and j - i >= 2) and not (user_only and cap[i]):
                continue
            norm = " ".join(readings[i:j])
            if all(r == ARTICLE_KEY or (r in self.cues.name_connectors and not tokens[k].text.isupper())
                   for k, r in zip(range(i, j), readings[i:j])):
                continue
            if j - i == 1 and (len(tokens[i].text) < 2 or (len(tokens[i].text) == 2 and not tokens[i].text.isupper()
                                                            and text[tokens[i].end : tokens[i].end + 1] != ".")):
                continue  # "A", "Al", "Ho": too short to be a name unless a code ("US", "UK") or dotted ("Ky.")
            cands = self.gaz.candidates(hits[(i, j)], norm)
            surface = text[tokens[i].start : tokens[j - 1].end]
            # Abbreviations ("La.", "IN") count only as written, after "Town, " (checked below).
            comma_before = i > 0 and re.fullmatch(r"\s*,\s*", text[tokens[i - 1].end : tokens[i].start]) is not None
            # A dotted abbreviation ("S.C.", "Ky.") also stands after a firm place cue ("in S.C.") or a party
            # letter ("D-S.C."); a bare code ("IN", "ME", "OR") only ever after "Town, ".
            dotted_ok = i > 0 and (
                (tokens[i - 1].norm in self.cues.locative_before and tokens[i - 1].norm not in self.cues.weak_locative
                 and text[tokens[i - 1].end : tokens[i].start] == " ")
                or _PARTY_STATE.search(text, max(0, tokens[i].start - 3), tokens[i].start) is not None
            )
            cands = [c for c in cands if c.kind != NAME_ABBREVIATION
                     or (comma_before and surface.rstrip(".") == c.matched.rstrip("."))
                     or (dotted_ok and "." in c.matched
                         and text[tokens[i].start : tokens[i].start + len(c.matched)] == c.matched)]
            # A name written in capitals ("BA", "SOL") is an acronym unless the gazetteer writes it so ("UK").
            if surface.isupper() and len(surface.replace(".", "")) <= 5:
                dateline = len(surface) > 3 and text[tokens[j - 1].end : tokens[j - 1].end + 1] == ","
                cands = [c for c in cands if c.matched.isupper() or c.source == "user" or dateline
                         or (c.feature_code.startswith(("PCL", "ADM1")) and len(surface) > 3)]
            if not cands:
                continue
            end = tokens[j - 1].end
            if text[end : end + 1] == "." and tokens[j - 1].text[:1].isupper() and (
                len(tokens[j - 1].text) == 1 or any(c.matched.endswith(".") for c in cands)
            ):
                end += 1  # "U.S.", "W.Va.": the abbreviation keeps its last period
            span = NameSpan(i, j, tokens[i].start, end, norm, cands)
            demonyms = [c for c in cands if c.kind == NAME_DEMONYM and c.exact]
            if demonyms:
                span.candidates, span.demonym, span.locational, span.cue = demonyms, True, False, "demonym"
            else:
                span.candidates = [c for c in cands if c.kind != NAME_DEMONYM]
                if not span.candidates:
                    continue
                if all(c.kind == NAME_ABBREVIATION for c in span.candidates):
                    span.abbreviation = True
            found.append(span)
            for k in range(i, j):
                taken[k] = True
        found.sort(key=lambda s: s.start)
        lines = _title_case_tokens(text, tokens)
        self._persons = self._person_names(text, tokens)
        self._strong_tokens = frozenset(k for s in found if any(_strong(c) and c.exact for c in s.candidates)
                                        for k in range(s.i, s.j))
        self._lower = frozenset(t.norm for t in tokens if t.text.islower() and len(t.text) > 2)
        _spread_plural_cues(text, found, self.cues.plural_divisions)
        kept = [s for s in found if self._read_context(text, tokens, s, lines, taken)]
        kept = _join_capitalised_directions(text, tokens, kept, self.cues.directions)
        _share_agency(text, kept)
        _spread_place_cues(text, kept)
        taken = [False] * len(tokens)
        for s in kept:
            for k in range(s.i, s.j):
                taken[k] = True
        kept = self._streets(text, tokens, kept, readings)
        kept = self._features(text, tokens, kept, [s for s in kept if not s.unknown], readings)
        taken = [False] * len(tokens)
        for s in kept:
            for k in range(s.i, s.j):
                taken[k] = True
        # Names read inside an unknown name after a cue ("village of Kafr Nabudah Jadida") are part of it.
        span_at = {k: s for s in kept for k in range(s.i, s.j)}
        absorbed: set[int] = set()
        kept += self._unknown_names(text, tokens, taken, readings, span_at, absorbed)
        kept += self._unknown_after_locative(text, tokens, taken, readings)
        if absorbed:
            kept = [s for s in kept if s.unknown or not (s.i in absorbed)]
        kept.sort(key=lambda s: s.start)
        for s in kept:
            if _PARTY_STATE.search(text, max(0, s.start - 3), s.start) is not None:
                s.locational, s.cue = False, "affiliation"  # a politician's state, not where anything happened
        kept = [s for s in kept if not s.abbreviation or _after_comma(text, s, kept) or s.firm
                or s.cue == "affiliation"]
        if spacy_doc is not None:
            kept = _apply_entities(kept, spacy_doc, tokens, text, readings)
        _link_containers(text, kept)
        for s in kept:
            if s.phrase_start < 0:
                s.phrase_start = s.start
            if s.phrase_end < 0:
                s.phrase_end = s.end
        return kept

    # -- context ---------------------------------------------------------------------------------------
    def _read_context(self, text: str, tokens: list[Token], s: NameSpan, title_case: set[int],
                      taken: Optional[list[bool]] = None) -> bool:
        """Label the span from its neighbours; False drops it (a person, a month, a common word)."""
        cues = self.cues
        i, j = s.i, s.j

        def before(k: int) -> Optional[Token]:
            """Token k positions before the span, if only spaces separate it."""
            idx = i - k
            if idx < 0:
                return None
            gap = text[tokens[idx].end : tokens[idx + 1].start if idx + 1 < i else s.start]
            return tokens[idx] if gap.strip() in _JOIN_GAPS and "\n" not in gap else None

        def after(k: int) -> Optional[Token]:
            idx = j - 1 + k
            if idx >= len(tokens):
                return None
            prev_end = tokens[idx - 1].end if idx - 1 >= j else s.end
            gap = text[prev_end : tokens[idx].start]
            return tokens[idx] if gap.strip() in _JOIN_GAPS and "\n" not in gap else None

        b1, b2, b3 = before(1), before(2) if before(1) else None, None
        if b2 is not None:
            b3 = before(3)
        a1 = after(1)
        w1 = b1.norm if b1 else ""
        w2 = b2.norm if b2 else ""
        w3 = b3.norm if b3 else ""
        single = j - i == 1
        sentence_start = i == 0 or bool(_SENTENCE_BREAK.search(text[tokens[i - 1].end : s.start])) or (
            i > 0 and tokens[i - 1].norm in {"the"} and (i == 1 or bool(_SENTENCE_BREAK.search(text[tokens[i - 2].end : tokens[i - 1].start])))
        )

        # A dateline: "ALEPPO, Syria (Agency) -", a capitalised name opening a line and followed by a comma.
        line_start = text.rfind("\n", 0, s.start) + 1
        at_line_start = not text[line_start : s.start].strip()
        if text[s.end : s.end + 1] == "," and first_upper(text[s.start : s.end]) and (
            at_line_start or (sentence_start and len(text[s.start : s.end]) > 3)
        ):
            s.cue = "dateline"
        elif at_line_start and first_upper(text[s.start : s.end]) and len(text[s.start : s.end]) > 3 \
                and _DATELINE_AFTER.match(text, s.end):
            s.cue = "dateline"  # "LONDON – The prime minister...", "BEIRUT (Reuters) -"
        # Cues before the name.
        if s.cue == "dateline":
            pass
        elif w1 in cues.vague_before:
            s.vague, s.cue, s.phrase_start = "admin1", w1, b1.start
            if w2 in cues.directions:
                s.direction, s.phrase_start = w2, b2.start
        elif w1 in cues.directions:
            s.direction, s.cue, s.phrase_start = w1, w1, b1.start
            if w2 in cues.locative_before:
                s.cue = w2
        elif w1 == "of" and w2:
            if w2 == "countryside":
                s.vague, s.cue, s.phrase_start = "admin1", "countryside", b2.start
                if w3 in cues.directions:
                    s.direction, s.phrase_start = w3, b3.start
            elif w2 in cues.near_of or w2 in cues.directions:
                s.vague, s.cue, s.phrase_start = "near", w2, b2.start
            elif w2 in cues.place_of:
                s.cue = w2
                if w2 in {"province", "governorate", "state", "region"}:
                    s.vague = "admin1"
                elif w2 in {"district", "subdistrict", "nahiya"}:
                    s.vague = "admin2"
        elif w1 in cues.locative_before:
            s.cue = w1
            if w1 in cues.near_before:
                s.vague = "near"
        elif w1 == "the" and w2 in cues.locative_before:
            s.cue = w2

        # Cues after the name.
        if a1 is not None and a1.norm in cues.vague_after and not s.demonym:
            kind = cues.vague_after[a1.norm]
            if kind != "city" or s.vague is None:
                if kind == "admin1" and s.vague == "near":
                    kind = "admin1"
                s.vague = kind if not (kind == "near" and s.vague == "admin1") else s.vague
                s.cue = s.cue or a1.norm
                s.phrase_end = a1.end
                if s.phrase_start < 0:
                    s.phrase_start = s.start
        elif a1 is not None and a1.text[:1].isupper() and a1.norm in cues.organisation_heads and not s.demonym:
            s.locational, s.cue = False, "embedded"
        possessive = text[s.end : s.end + 2] in ("'s", "’s")
        if text[s.end : s.end + 1] == "$" and not s.located:
            s.locational, s.cue = False, "metonymy"  # "US$3.7m": a currency
        if s.locational and not s.demonym and not s.located:
            nxt = after(1)
            if possessive and j < len(tokens) and text[s.end + 2 : tokens[j].start].strip() == "":
                nxt = tokens[j]
            if nxt is not None and nxt.norm in cues.metonymy_nouns and (not nxt.text[:1].isupper() or possessive):
                s.locational, s.cue = False, "metonymy"  # "Syria's army", "Mexico's Senate"
            elif possessive and nxt is not None and nxt.text[:1].isupper() and nxt.norm in cues.organisation_heads \
                    and nxt.norm not in cues.feature_heads:
                s.locational, s.cue = False, "metonymy"  # "Malaysia's Department of Civil Aviation"
            elif not possessive:
                k = 1
                while nxt is not None and k < 3 and (nxt.norm in cues.metonymy_auxiliaries or (
                    nxt.norm.endswith("ly") and len(nxt.norm) > 4 and nxt.text.islower()  # "adamantly denies"
                )):
                    k += 1
                    nxt = after(k)
                if nxt is not None and nxt.norm in cues.metonymy_verbs and not nxt.text[:1].isupper():
                    s.locational, s.cue = False, "metonymy"
                elif nxt is not None and nxt.text.islower() and _polity(s) and _acts(nxt.norm, k > 1):
                    # A country or state as the subject of a deed ("Tunisia entered a partnership", "Russia
                    # will close the consulate", "Montana offered $69"): its government acts, not its land.
                    s.locational, s.cue = False, "metonymy"

        if s.locational and not s.demonym and not s.located and b1 is not None and b1.text.islower() \
                and b1.norm in cues.metonymy_verbs and _polity(s):
            s.locational, s.cue = False, "metonymy"  # "Britain accuses Russia", "backed Jordan": a party to a deed

        if is_arabic(s.norm):
            self._arabic_context(tokens, s)

        # Traps. A weak cue ("to", "at", "from") does not make a surname or a common noun a place; a firm
        # one ("in", "near", "village of", "rural", a dateline) or "X, Y" does.
        s.firm = s.located and s.cue not in cues.weak_locative
        firm = s.firm or (text[s.end : s.end + 2] == ", " and a1 is None and j < len(tokens)
                          and tokens[j].text[:1].isupper() and not tokens[j].text.isupper())
        if s.demonym:
            return True
        if single and s.norm in cues.arabic_place_words | cues.arabic_locative | cues.arabic_rural:
            return False
        first = tokens[i]
        if single and first.norm in cues.months:
            return False
        if not s.firm and s.norm in self.actors and not any(
            c.exact and c.kind == NAME_MAIN and _strong(c) for c in s.candidates
        ):
            return False  # "talking to Hamas": an organisation in the actor registry, not a town's old name
        if b1 is not None and b1.text[:1].isupper() and b1.norm.rstrip(".") in cues.person_titles:
            return False
        if single and b1 is not None and b1.text[:1].isupper() and b1.norm in cues.given_names and not s.firm:
            return False
        country = any(c.feature_code.startswith(("PCL", "CONT")) for c in s.candidates if c.exact)
        division = country or any(c.feature_code == "ADM1" for c in s.candidates if c.exact)
        # A person's name stays one even in a list ("Tom Chilton, Sam Tordoff"): only a place cue overrides it.
        if single and first.norm in getattr(self, "_persons", ()) and not s.firm and not country:
            return False
        if single and first.norm in cues.organisation_heads and not (s.vague or s.cue in cues.place_of):
            return False  # "the University", "the State", "to Council": an institution, not a town
        if single and not firm and not division and first.norm in getattr(self, "_lower", ()):
            return False  # the document also writes it as an ordinary word ("flu", "reading")
        if single and first.norm in cues.given_names and a1 is not None and a1.text[:1].isupper() \
                and a1.norm not in cues.organisation_heads and a1.norm not in cues.vague_after \
                and a1.norm not in cues.person_titles and not (division and not firm and a1.text.isupper()):
            return False
        strong = any(_strong(c) and c.exact for c in s.candidates)
        if not strong and not firm:
            # Part of a longer proper name ("Conor McGregor", "Notre Dame Cathedral"): not a small town,
            # unless the longer name is an institution's ("Concord Police", "Butler County Auditor").
            # Beside another name ("Rod Stewart", "Cherry Hinton", "Oakdale Fire Department") it may be a
            # place or a person: it is kept, but as part of a longer name rather than where something happened.
            if b1 is not None and b1.text[:1].isupper() and not sentence_start \
                    and b1.norm not in cues.directions and b1.norm not in cues.vague_before:
                if not (taken and taken[i - 1]):
                    return False
                if not self._strong_at(taken, i - 1):
                    s.locational, s.cue = False, "embedded"
            if a1 is not None and a1.text[:1].isupper() and not self._strong_at(taken, j) \
                    and a1.norm not in cues.vague_after and not _SENTENCE_BREAK.search(text[s.end : a1.start]):
                if not (taken and taken[j]) and not self._institution_follows(text, tokens, j):
                    return False
                s.locational, s.cue = False, "embedded"
            if s.locational is False and s.cue == "metonymy":
                return False  # "Johnson said": a person, not a town that speaks
        elif strong and not firm and single and s.locational and a1 is not None and a1.text[:1].isupper() \
                and not self._strong_at(taken, j) and a1.norm not in cues.vague_after \
                and not _SENTENCE_BREAK.search(text[s.end : a1.start]) and not a1.text.isupper():
            s.locational, s.cue = False, "embedded"  # "Tracy Jane", "Damascus International Airport", "Larissa Malinao"
        if single and not firm:
            common = first.norm in cues.common_words
            all_caps = first.text.isupper() and len(first.text) >= 2
            country = any(c.exact and c.feature_code.startswith(("PCL", "CONT")) for c in s.candidates)
            city = any(c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") and c.population >= 100_000
                       for c in s.candidates) and first.norm not in cues.directions
            if common and not country and (not city or sentence_start or first.start in title_case):
                return False  # a capital proves nothing at a sentence start; mid-sentence a city is meant
            if first.start in title_case and not strong and not all_caps:
                return False
            if first.text.isupper() and len(first.text) >= 2 and not strong:
                return False  # acronyms
        if not any(c.exact for c in s.candidates) and not firm and not any(
            c.source == "user" for c in s.candidates
        ):
            # A spelling variant is believed only where it is not also an ordinary capitalised word.
            if single and (sentence_start or first.norm in cues.common_words):
                return False
        return True

    def _strong_at(self, taken: Optional[list[bool]], k: int) -> bool:
        """Whether token k belongs to a name strong on its own (a country, a large city).

        Two names side by side are one longer proper name ("Rod Stewart", "Larissa Malinao") unless the
        neighbour is such a place.
        """
        return bool(taken) and 0 <= k < len(taken) and taken[k] and k in getattr(self, "_strong_tokens", ())

    def _streets(self, text: str, tokens: list[Token], kept: list[NameSpan], readings: list[str]) -> list[NameSpan]:
        """Named streets and roads ("Royal Street", "Main St.", "Hampton Avenue"): places no gazetteer holds.

        They are reported unresolved; a town name inside one ("Washington Street") is not the town.
        """
        out: list[NameSpan] = []
        drop: set[int] = set()
        for k, t in enumerate(tokens):
            if t.norm not in STREET_HEADS or not t.text[:1].isupper() or k == 0:
                continue
            st = k
            while st > 0 and k - st < 4:
                p = tokens[st - 1]
                gap = text[p.end : tokens[st].start]
                if gap.strip() not in _JOIN_GAPS or "\n" in gap or not (p.text[:1].isupper() or p.text[:1].isdigit()):
                    break
                if p.norm in STREET_HEADS or _SENTENCE_BREAK.search(gap):
                    break
                st -= 1
            if st == k or tokens[st].text.isdigit() and st + 1 == k:
                continue
            while st < k and (tokens[st].norm in {"the", "a", "on", "in", "at"} or tokens[st].norm in self.cues.months
                              or (st > 0 and tokens[st].text.isdigit())):
                st += 1
            if st >= k:
                continue
            end = t.end + (1 if text[t.end : t.end + 1] == "." and t.norm in {"st", "ave", "rd", "blvd"} else 0)
            for idx, sp in enumerate(kept):
                if sp.start >= tokens[st].start and sp.end <= t.end:
                    drop.add(idx)
            out.append(NameSpan(st, k + 1, tokens[st].start, end, " ".join(readings[st : k + 1]), unknown=True,
                                cue="street"))
        return [sp for idx, sp in enumerate(kept) if idx not in drop] + out

    def _features(self, text: str, tokens: list[Token], kept: list[NameSpan], found: list[NameSpan],
                  readings: list[str]) -> list[NameSpan]:
        # `found`: the names context kept ("Manassas" in "Lake Manassas"), whose readings the feature inherits;
        # a name context dropped ("Peron" in "Cape Peron", a surname-like word) gives it none.
        """Natural features and landmarks named after a place or a word ("Mississippi River", "Lake Manassas",
        "Indian Ocean", "Gulf of Aden"): one locational name, not a town inside an institution's name.

        The gazetteer rarely holds them. A place name inside one keeps its readings as weak ones (believed only
        where the document's other places lie around it, at "near" precision); otherwise the name is reported
        unresolved and stands in at the document's places.
        """
        cues = self.cues
        n = len(tokens)
        by_end = {s.j: s for s in found}
        by_start = {s.i: s for s in found}
        by_token = {k: s for s in found for k in range(s.i, s.j)}
        in_kept = {k for s in kept for k in range(s.i, s.j) if not s.unknown or s.cue == "street"}

        def joined(a: int, b: int) -> bool:
            gap = text[tokens[a].end : tokens[b].start]
            return gap.strip() in _JOIN_GAPS and "\n" not in gap

        def capital_run(k: int, step: int, limit: int = 3) -> int:
            """The furthest token from k (exclusive of k) in a run of capitalised words, or k if none."""
            e = k
            while 0 <= e + step < n and abs(e + step - k) <= limit and joined(min(e, e + step), max(e, e + step)):
                t = tokens[e + step]
                if not t.text[:1].isupper() or t.norm in cues.months or t.norm in {"the", "a", "an"} \
                        or t.norm in cues.feature_heads:
                    break
                if (e + step) in in_kept:
                    # A place name inside the run belongs to it ("Dulles International Airport").
                    sp = by_token.get(e + step)
                    if sp is not None and not sp.demonym:
                        e = sp.i if step < 0 else sp.j - 1
                    break
                e += step
            return e

        made: list[tuple[int, int]] = []
        for k, t in enumerate(tokens):
            if not t.text[:1].isupper() or k in in_kept or t.text.isupper() and len(t.text) > 1:
                continue
            if t.norm in cues.feature_heads and k > 0 and joined(k - 1, k) and tokens[k - 1].text[:1].isupper():
                inner = by_end.get(k)
                st = inner.i if inner is not None and not any(x in in_kept and not any(
                    s.i == inner.i for s in kept) for x in range(inner.i, k)) else capital_run(k, -1)
                end_tok = k
                if k + 2 < n and tokens[k + 1].norm == "of" and joined(k, k + 1) and joined(k + 1, k + 2) \
                        and tokens[k + 2].text[:1].isupper():
                    end_tok = k + 2 if (k + 2) not in by_start else by_start[k + 2].j - 1
                if st == k:
                    continue
                made.append((st, end_tok + 1))
            elif t.norm in cues.feature_prefixes and k + 1 < n and tokens[k + 1].text[:1].isupper() and (
                joined(k, k + 1) or (t.norm == "mt" and text[t.end : tokens[k + 1].start] == ". ")
            ):
                inner = by_start.get(k + 1)
                e = inner.j - 1 if inner is not None else capital_run(k, 1)
                if e == k:
                    continue
                made.append((k, e + 1))
        if not made:
            return kept
        out = []
        for i, j in made:
            inside = [s for s in found if i <= s.i and s.j <= j and not s.demonym and not (
                s.j - s.i == 1 and (tokens[s.i].norm in cues.feature_heads or tokens[s.i].norm in cues.feature_prefixes))]
            inner = max(inside, key=lambda s: s.end - s.start, default=None)
            cands = list(inner.candidates) if inner is not None else []
            end = tokens[j - 1].end
            span = NameSpan(i, j, tokens[i].start, end, " ".join(readings[i:j]), cands, cue="feature",
                            vague="near" if cands else None, weak=bool(cands), unknown=not cands)
            out.append(span)
        covered = [(s.start, s.end) for s in out]
        rest = [s for s in kept if not any(a <= s.start and s.end <= b for a, b in covered)
                and not any(s.start < b and a < s.end for a, b in covered)]
        return rest + out

    def _unknown_after_locative(self, text: str, tokens: list[Token], taken: list[bool],
                                readings: list[str]) -> list[NameSpan]:
        """A capitalised name the gazetteer lacks right after "in", "near" or "outside" ("in Khayelitsha",
        "near Toomevara"): most often a village, a neighbourhood or a camp. Reported unresolved, standing
        in at the document's places; words that are often capitalised after "in" without being places
        (months, institutions, titles, given names, words the document also writes in lower case) are not.
        """
        cues = self.cues
        out: list[NameSpan] = []
        n = len(tokens)
        persons = getattr(self, "_persons", frozenset())
        lower = getattr(self, "_lower", frozenset())
        for k in range(n - 1):
            t = tokens[k]
            if t.norm not in _FIRM_BEFORE_UNKNOWN or not t.text.islower():
                continue
            st = k + 1
            first = tokens[st]
            if taken[st] or text[t.end : first.start] != " " or not first.text[:1].isupper() or first.text.isupper():
                continue
            e = st
            while e < n and e - st < 3 and not taken[e] and tokens[e].text[:1].isupper() \
                    and not tokens[e].text.isupper() and (e == st or text[tokens[e - 1].end : tokens[e].start] == " "):
                e += 1
            words = [tokens[x].norm for x in range(st, e)]
            if e < n and tokens[e].text[:1].isupper() and text[tokens[e - 1].end : tokens[e].start].strip() == "":
                continue  # runs into a longer name or a name the gazetteer knows
            if text[tokens[e - 1].end : tokens[e - 1].end + 2] in ("'s", "’s") or tokens[e - 1].hyphen_after:
                continue  # "in Modi's name", "in Sub-Saharan Africa"
            if any(w in cues.months or w in cues.organisation_heads or w in cues.person_titles or w in cues.given_names
                   or w in cues.common_words or w in persons or w in lower or w in cues.directions
                   or w in cues.polity_words or w in cues.name_connectors or not w.isalpha() for w in words):
                continue
            out.append(NameSpan(st, e, first.start, tokens[e - 1].end, " ".join(readings[st:e]), unknown=True,
                                cue=t.norm, firm=True, vague="near" if t.norm in cues.near_before else None))
            for x in range(st, e):
                taken[x] = True
        return out

    def _institution_follows(self, text: str, tokens: list[Token], j: int) -> bool:
        """Whether the capitalised words after a name end in an institution's head ("Gold Dome Lions Club")."""
        cues = self.cues
        for k in range(j, min(j + 4, len(tokens))):
            t = tokens[k]
            if not t.text[:1].isupper() or (k > j and text[tokens[k - 1].end : t.start].strip() not in _JOIN_GAPS):
                return False
            if t.norm in cues.organisation_heads or t.norm in cues.person_titles or t.norm in cues.office_titles:
                return True
        return False

    def _person_names(self, text: str, tokens: list[Token]) -> frozenset[str]:
        """Words the document uses as people's names.

        A capitalised word is a name part after a title ("Mr Lincoln", "coach Ripley"), a given name
        ("Darren Ripley"), an initial ("Matthew D. Flores") or another name part ("Jason Terrell Jones"),
        and before an age ("Jones, 23,"). Every other bare use of the same word in the document is then read
        as the person too ("Lincoln said"), unless a place cue says otherwise.
        """
        cues = self.cues
        out = set()
        part = [False] * len(tokens)
        for k in range(len(tokens) - 1):
            a, b = tokens[k], tokens[k + 1]
            if not b.text[:1].isupper() or b.text.isupper() or len(b.text) < 2:
                continue
            gap = text[a.end : b.start]
            if "\n" in gap:
                continue
            initial = len(a.text) == 1 and a.text.isupper() and gap.strip() == "."
            if gap.strip() not in ("", ".") or (gap.strip() == "." and not initial and a.norm not in cues.person_titles):
                continue
            capital = a.text[:1].isupper() and not a.text.isupper()
            title = a.norm in cues.person_titles and (capital or a.norm in cues.lowercase_titles)
            if title or initial or (capital and (a.norm in cues.given_names or part[k])):
                if b.norm not in cues.organisation_heads and b.norm not in cues.polity_words \
                        and b.norm not in cues.vague_after and b.norm not in cues.directions:
                    out.add(b.norm)
                    part[k + 1] = True
        for m in _AGE.finditer(text):
            out.add(fold_token(m.group(1)))
        for m in _SPEAKER.finditer(text):
            out.add(fold_token(m.group(1)))
        return frozenset(out)

    def _arabic_context(self, tokens: list[Token], s: NameSpan) -> None:
        """Arabic cues: "ريف حلب" (rural Aleppo), "مدينة/بلدة/قرية X" (city/town/village of X), "في X" (in X)."""
        cues = self.cues
        k = s.i - 1
        seen = 0
        while k >= 0 and seen < 2:
            readings = arabic_candidates(tokens[k].norm)
            if any(r in cues.arabic_rural for r in readings):
                s.vague, s.cue, s.phrase_start = "admin1", "rural", tokens[k].start
                break
            if any(r in cues.arabic_place_words for r in readings):
                s.cue, s.phrase_start = s.cue or next(r for r in readings if r in cues.arabic_place_words), tokens[k].start
            elif any(r in cues.arabic_locative for r in readings):
                s.cue = s.cue or "in"
                break
            else:
                break
            k -= 1
            seen += 1

    def _unknown_names(self, text: str, tokens: list[Token], taken: list[bool], readings: list[str],
                       span_at: Optional[dict] = None, absorbed: Optional[set[int]] = None) -> list[NameSpan]:
        """Capitalised names after a strong place cue ("the village of X", "rural X", "X countryside")."""
        cues = self.cues
        out: list[NameSpan] = []
        n = len(tokens)
        k = 0
        while k < n:
            t = tokens[k]
            start_name = None
            cue = None
            vague = None
            if t.norm == "of" and k >= 1 and tokens[k - 1].norm in {"village", "town", "city", "camp", "neighbourhood", "neighborhood", "countryside", "outskirts"} and not tokens[k - 1].text[:1].isupper():
                start_name, cue = k + 1, tokens[k - 1].norm
                vague = "admin1" if cue == "countryside" else "near" if cue == "outskirts" else None
            elif t.norm in cues.vague_before and not t.text[:1].isupper():
                start_name, cue, vague = k + 1, t.norm, "admin1"
            if start_name is not None and start_name < n:
                e = start_name
                span_at = span_at or {}
                while e < n and e - start_name < 5 and (not taken[e] or (
                    e in span_at and span_at[e].i >= start_name and span_at[e].j - start_name <= 5
                )) and (
                    tokens[e].text[:1].isupper() or (readings[e] == ARTICLE_KEY and tokens[e].hyphen_after)
                ) and (e == start_name or text[tokens[e - 1].end : tokens[e].start].strip() in _JOIN_GAPS):
                    e = span_at[e].j if taken[e] else e + 1
                while e > start_name and not tokens[e - 1].text[:1].isupper():
                    e -= 1
                whole = taken[start_name] and start_name in span_at and span_at[start_name].j >= e
                if e > start_name and not tokens[start_name].norm in cues.months and not whole:
                    if absorbed is not None:
                        absorbed.update(x for x in range(start_name, e) if taken[x])
                    span = NameSpan(start_name, e, tokens[start_name].start, tokens[e - 1].end,
                                    " ".join(readings[start_name:e]), unknown=True, cue=cue, vague=vague)
                    out.append(span)
                    for x in range(start_name, e):
                        taken[x] = True
                    k = e
                    continue
            k += 1
        # "X countryside" with X unknown.
        for k in range(1, n):
            if tokens[k].norm == "countryside" and not taken[k - 1] and tokens[k - 1].text[:1].isupper() \
                    and text[tokens[k - 1].end : tokens[k].start].strip() == "" and tokens[k - 1].norm not in self.cues.common_words:
                st = k - 1
                while st > 0 and not taken[st - 1] and tokens[st - 1].text[:1].isupper() and \
                        text[tokens[st - 1].end : tokens[st].start].strip() in _JOIN_GAPS and k - st < 4:
                    st -= 1
                out.append(NameSpan(st, k, tokens[st].start, tokens[k - 1].end, " ".join(readings[st:k]),
                                    unknown=True, cue="countryside", vague="admin1",
                                    phrase_start=tokens[st].start, phrase_end=tokens[k].end))
                for x in range(st, k):
                    taken[x] = True
        return out


# Verbs that after a place's name describe what happens there or to it, not what it does.
_STATE_VERBS = frozenset({
    "be", "been", "being", "is", "was", "were", "are", "become", "became", "remain", "remained", "remains",
    "see", "saw", "seen", "witness", "witnessed", "face", "faced", "experience", "experienced", "suffer",
    "suffered", "lie", "lies", "lay", "sit", "sits", "stand", "stands", "border", "borders", "bordered",
    "host", "hosted", "hosts", "receive", "received", "get", "got", "fall", "fell", "fallen", "need",
    "based", "located", "situated", "named", "called", "known", "hit", "struck", "affected", "flooded",
    "surrounded", "bombed", "shelled", "captured", "liberated", "occupied", "besieged", "hosted", "recorded",
    "reported", "registered", "counted", "used", "led", "covered", "connected", "linked",
})


def _polity(s: "NameSpan") -> bool:
    """A name that can be a country or a first-level division, the places that act through a government."""
    return any(c.exact and c.feature_code.startswith(("PCL", "ADM1")) for c in s.candidates)


def _acts(verb: str, after_auxiliary: bool) -> bool:
    """Whether a lower-case word after a name reads as a deed of the name: a verb after an auxiliary
    ("will close", "has strengthened"), or a past tense on its own ("entered", "offered")."""
    if verb in _STATE_VERBS or len(verb) < 3:
        return False
    if after_auxiliary:
        return verb.isalpha()
    return verb.endswith("ed") and len(verb) > 4


def first_upper(surface: str) -> bool:
    """Written in capitals, as datelines are ("ALEPPO", "DEIR EZ-ZOR")."""
    letters = [ch for ch in surface if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _title_case_tokens(text: str, tokens: list[Token]) -> set[int]:
    """Starts of tokens on lines written in Title Case (headlines), where capitals prove nothing."""
    out: set[int] = set()
    line: list[Token] = []
    line_end = text.find("\n")

    def flush() -> None:
        words = [t for t in line if t.text.isalpha()]
        long_words = [t for t in words if len(t.text) > 3]
        if len(long_words) >= 3 and sum(t.text[:1].isupper() for t in long_words) >= 0.8 * len(long_words):
            out.update(t.start for t in words)

    for t in tokens:
        while line_end != -1 and t.start > line_end:
            flush()
            line = []
            line_end = text.find("\n", line_end + 1)
        line.append(t)
    flush()
    return out


def _link_containers(text: str, spans: list[NameSpan]) -> None:
    """"Saraqib, Idlib" / "Atarib in western rural Aleppo": the second name contains the first.

    In a list ("Becker, Clay, Douglas and Grant"; "Ohio, Indiana, Illinois") a comma joins equals, so
    there a name contains the one before it only where it can be a larger kind of place than that one
    ("Saraqib, Idlib, Syria").
    """
    in_list = _list_members(text, spans)
    for a_idx in range(len(spans) - 1):
        a, b = spans[a_idx], spans[a_idx + 1]
        if b.demonym or b.unknown or a.demonym:
            continue
        gap = text[a.end : b.start]
        if len(gap) <= 40 and _CONTAINMENT_GAP.fullmatch(gap):
            if a_idx in in_list and a_idx + 1 in in_list and _level(b) <= _level(a):
                continue
            a.container = a_idx + 1


_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def _list_members(text: str, spans: list[NameSpan]) -> set[int]:
    """Indices of names in runs of three or more joined by commas (or a final "and"/"or")."""
    out: set[int] = set()
    run = [0] if spans else []
    for k in range(1, len(spans) + 1):
        if k < len(spans) and _LIST_GAP.fullmatch(text[spans[k - 1].end : spans[k].start]):
            run.append(k)
            continue
        if len(run) >= 3:
            out.update(run)
        run = [k]
    return out


def _level(s: NameSpan) -> int:
    """The largest kind of place a name can be: 2 a country, 1 a first-level division, 0 anything smaller."""
    codes = {c.feature_code for c in s.candidates if c.exact}
    if any(fc.startswith("PCL") or fc == "CONT" for fc in codes):
        return 2
    return 1 if "ADM1" in codes else 0


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _spread_plural_cues(text: str, spans: list[NameSpan], plural: dict[str, str]) -> None:
    """"Becker, Clay and Douglas counties": the plural division word after a list applies to every name."""
    for k in range(len(spans) - 1, -1, -1):
        m = _NEXT_WORD.match(text, spans[k].end)
        if m is None or m.group(1) not in plural:
            continue
        word = m.group(1)
        j = k
        while True:
            spans[j].vague, spans[j].cue = plural[word], word
            if j == 0 or not _LIST_GAP.fullmatch(text[spans[j - 1].end : spans[j].start]):
                break
            j -= 1


_AND = re.compile(r"\s*,\s*|\s+and\s+|\s*,\s*and\s+")


def _spread_place_cues(text: str, spans: list[NameSpan]) -> None:
    """"in Khalasa and Thiban", "near Saraqib, Sarmin and Binnish": a place cue covers the whole list."""
    for k in range(1, len(spans)):
        a, b = spans[k - 1], spans[k]
        if a.firm and a.locational and not a.demonym and b.cue is None and not b.demonym and b.locational \
                and _LIST_GAP.fullmatch(text[a.end : b.start]):
            b.cue, b.firm = a.cue, True


def _share_agency(text: str, spans: list[NameSpan]) -> None:
    """"Both China and Brazil will...", "Russia and Iran rejected...": countries joined by "and" share a role.

    Where one of two coordinated countries (or states) acts as an actor, the other, with no place cue of
    its own, is an actor too.
    """
    for k in range(len(spans) - 1):
        a, b = spans[k], spans[k + 1]
        if not _AND.fullmatch(text[a.end : b.start]) or not (_polity(a) and _polity(b)):
            continue
        for x, y in ((a, b), (b, a)):
            if x.cue == "metonymy" and not x.locational and y.locational and not y.located and not y.demonym:
                y.locational, y.cue = False, "metonymy"


def _join_capitalised_directions(text: str, tokens: list[Token], spans: list[NameSpan],
                                 directions: frozenset[str]) -> list[NameSpan]:
    """"West Wales", "North Africa", "Western US": a capitalised direction is part of the name it precedes.

    Written with a capital, the direction names a region ("West Wales" is a part of Wales with its own
    name), not a town called "West" next to Wales; the name keeps its readings and the direction.
    """
    by_start = {s.i: s for s in spans}
    drop: set[int] = set()
    for s in spans:
        k = s.i - 1
        if k < 0 or s.demonym or s.direction is None or tokens[k].norm not in directions:
            continue
        t = tokens[k]
        if not t.text[:1].isupper() or t.text.isupper() or text[t.end : s.start] != " ":
            continue
        single = by_start.get(k)
        if single is not None and single.j == k + 1:
            drop.add(id(single))
        elif any(o.i <= k < o.j for o in spans if o is not s):
            continue
        s.i, s.start = k, t.start
        s.phrase_start = min(s.phrase_start, t.start) if s.phrase_start >= 0 else t.start
    return [s for s in spans if id(s) not in drop]


def _after_comma(text: str, s: NameSpan, spans: list[NameSpan]) -> bool:
    return any(o.end <= s.start and re.fullmatch(r"\s*,\s*", text[o.end : s.start]) for o in spans)


def _apply_entities(spans: list[NameSpan], doc: Any, tokens: list[Token], text: str, readings: list[str]) -> list[NameSpan]:
    """Use a spaCy parse where given: names inside longer PERSON/ORG names, and places the gazetteer lacks."""
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    out = []
    for s in spans:
        drop = False
        for st, en, label in ents:
            if st <= s.start and s.end <= en:
                s.entity = label
                longer = (st, en) != (s.start, s.end)
                if label == "PERSON" and longer and not s.located:
                    drop = True
                elif label in {"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"} and longer and s.locational and not s.located:
                    s.locational, s.cue = False, "embedded"
                elif label == "NORP" and not s.demonym and (st, en) == (s.start, s.end):
                    s.locational = False
                    s.cue = s.cue or "demonym"
                break
        if not drop:
            out.append(s)
    covered = [(s.start, s.end) for s in out]
    for st, en, label in ents:
        if label not in {"GPE", "LOC"}:
            continue
        if any(not (en <= a or b <= st) for a, b in covered):
            continue
        toks = [k for k, t in enumerate(tokens) if st <= t.start and t.end <= en]
        if not toks:
            continue
        span_text = text[st:en]
        if not span_text[:1].isupper():
            continue
        i, j = toks[0], toks[-1] + 1
        out.append(NameSpan(i, j, tokens[i].start, tokens[j - 1].end, " ".join(readings[i:j]), unknown=True,
                            entity=label))
    out.sort(key=lambda s: s.start)
    return out
