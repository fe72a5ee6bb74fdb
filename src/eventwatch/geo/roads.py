"""Roads and highways as places: numbered roads, route numbers, named motorways and roads between two towns.

Conflict reports put events on roads ("clashes along the M4 highway", "an IED on the N1 near Kidal",
"a checkpoint on the Latakia–Aleppo road"), and news corpora annotate roads as toponyms ("the A40",
"Highway 200", "I-75"). No gazetteer holds them, so a road is reported as an unresolved place (cue
`ROAD_CUE`) that stands in at the place it is said to lie in, else the places around it (fallback.py).

The shapes of a road code are shared by weapons, aircraft, flights, forms and virus strains ("M16", "F-16",
"A330", "MH17", "I-9", "H5"), so a code counts only with a road word beside it: a head ("the M4 highway"),
a road cue before it ("along the A40", "a stretch of the N1"), a word of traffic after it ("the A417
southbound"), or the same code read as a road elsewhere in the document or in the same list. The weapons
lexicon (data/weapons.yaml) and the actor registry always win: a code they name is never a road.

"The Damascus–Aleppo highway" is one road place spanning both names. The two towns stay places (they are
literal: the road runs between them) but get the cue `ROAD_END`: the event is on the road, not in either
town, so the event's place is the road standing in at its first town, with a precision set by how far
apart the towns are (fallback.py). The word lists are data (roads.yaml), checked on load.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.document_words import document_words
from eventwatch.geo.lexicon import actor_names
from eventwatch.geo.name_span import JOIN_GAPS, SENTENCE_BREAK, NameSpan
from eventwatch.geo.normalise import Token, normalise
from eventwatch.geo.yaml_files import parse_yaml, word_list

ROAD_CUE = "road"  # the cue of a road's own span
ROAD_END = "road end"  # the cue of a town a road is named after ("Damascus" in "the Damascus–Aleppo highway")
ROAD_FEATURE = "RD"  # GeoNames' feature code for a road, given to a road's stand-in place
# Words that, capitalised right after a road word, make the run an agency's name ("the Montana Highway Patrol",
# "the Lagos-Ibadan Highway Authority"), not a road's.
AGENCY_WORDS = frozenset({"patrol", "department", "dept", "commission", "authority", "agency", "administration"})

_KEYS = ("heads", "number_heads", "name_prefixes", "name_heads", "name_prefix_heads", "cue_before", "parts",
         "after", "not_after", "bare_prefixes", "letter_prefixes")
_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}")  # "M4", "A417", "N1", "E40"
_LETTERS = re.compile(r"[A-Z]{1,3}")  # the letter part of a hyphenated code ("I" in "I-95")
_NUMBER = re.compile(r"\d{1,4}")
# What joins the two towns of a road's name: a dash, a slash, or "to" ("the Damascus to Aleppo highway").
_BETWEEN_GAP = re.compile(r"\s?[-‐‑–—/]\s?|\s+to\s+")
_BORDER_WORDS = frozenset({"border", "frontier", "boundary"})  # an unnamed far end of a road
_TO_BORDER = re.compile(r"\band the (?:[A-Z][a-z]+ )?(?:border|frontier|boundary)\b")
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*")
_DIRECTION_LETTERS = frozenset({"n", "s", "e", "w", "north", "south", "east", "west"})
# A road's proper name is short: at most this many capitalised words before its head ("Antelope Valley Freeway").
MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class RoadWords:
    heads: frozenset[str]
    number_heads: frozenset[str]
    name_prefixes: frozenset[str]
    name_heads: frozenset[str]
    name_prefix_heads: frozenset[str]
    cue_before: frozenset[str]
    parts: frozenset[str]
    after: frozenset[str]
    not_after: frozenset[str]
    bare_prefixes: frozenset[str]
    letter_prefixes: frozenset[str]


@lru_cache(maxsize=2)
def load_roads(path: str = str(DATA_DIR / "roads.yaml")) -> RoadWords:
    """Read roads.yaml; every list must be present, non-empty and lower case, and no word both makes a
    road and unmakes one."""
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    lists = {}
    for key in _KEYS:
        lists[key] = frozenset(word_list(raw.get(key), key, "roads.yaml"))
    clash = (lists["heads"] | lists["after"]) & lists["not_after"]
    if clash:
        raise ValueError(f"roads.yaml: words both make and unmake a road: {sorted(clash)}")
    return RoadWords(**lists)


@lru_cache(maxsize=1)
def _weapon_matcher() -> Callable[[str], list[tuple[int, int]]]:
    """Spans of weapons and platforms the weapons lexicon names; an empty matcher if it cannot be read."""
    try:
        from eventwatch.extract.weapons import default_lexicon

        lexicon = default_lexicon()
    except (ImportError, OSError, ValueError):  # the geoparser does not depend on the extract stage
        return lambda text: []
    return lambda text: [(s, e) for s, e, _ in lexicon.match(text)]


def _title(t: Token) -> bool:
    return t.text[:1].isupper()


def _joined(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end : b.start]
    return gap.strip() in JOIN_GAPS and "\n" not in gap


def _codes(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of letter-and-number codes: "A417" (one token) or "I-95" (letters, hyphen, digits)."""
    out = []
    n = len(tokens)
    for k in document_words(tokens).capitalised:
        t = tokens[k]
        if not "A" <= t.text[:1] <= "Z":
            continue  # both patterns open with a capital letter: most tokens are ruled out without a regex
        # A code ends in a digit, and a code's letters before a hyphen are at most three: the cheap tests first.
        if t.text[-1].isdigit() and _CODE.fullmatch(t.text):
            out.append((k, k + 1))
        elif k + 1 < n and len(t.text) <= 3 and t.hyphen_after and _LETTERS.fullmatch(t.text) \
                and _NUMBER.fullmatch(tokens[k + 1].text) and t.end + 1 == tokens[k + 1].start:
            out.append((k, k + 2))
    return out


class _Reader:
    """Reads one text's roads; holds the text, its tokens and the word lists so the rules read plainly."""

    def __init__(self, text: str, tokens: list[Token], kept: list[NameSpan], words: RoadWords):
        self.text, self.tokens, self.kept, self.words = text, tokens, kept, words
        self.place_at = {k: s for s in kept for k in range(s.i, s.j) if s.candidates and not s.demonym}
        self._weapons: Optional[list[tuple[int, int]]] = None
        self._streets: Optional[dict[int, list[NameSpan]]] = None

    def word(self, k: int) -> Optional[Token]:
        return self.tokens[k] if 0 <= k < len(self.tokens) else None

    def weapon_over(self, start: int, end: int) -> bool:
        if self._weapons is None:
            self._weapons = _weapon_matcher()(self.text)
        return any(s < end and start < e for s, e in self._weapons)

    def street_ending_at(self, k: int) -> Optional[NameSpan]:
        """The first street of the kept names whose last token is k, opening before it ("Ontario Provincial
        Highway" read as a street before its number): looked up among the streets by their last token, filed at
        the first ask, rather than among every kept name for every route number (the square of a long text's)."""
        if self._streets is None:
            self._streets = {}
            for s in self.kept:
                if s.cue == "street":
                    self._streets.setdefault(s.j - 1, []).append(s)
        return next((s for s in self._streets.get(k, ()) if s.i < k), None)

    def same_sentence(self, a: int, b: int) -> bool:
        """Whether tokens a < b stand in one clause: no sentence break between them."""
        return not SENTENCE_BREAK.search(self.text[self.tokens[a].end : self.tokens[b].start])

    # -- codes ---------------------------------------------------------------------------------------------
    def code_vetoed(self, i: int, j: int) -> bool:
        """A weapon, a product's model ("Airbus A330", "the A330 aircraft") or a part of a longer name."""
        t = self.tokens
        if self.weapon_over(t[i].start, t[j - 1].end):
            return True
        if normalise(self.text[t[i].start : t[j - 1].end]) in actor_names():
            return True  # an armed group named like a road ("the M23" in Congo) is the group
        nxt = self.word(j)
        if nxt is not None and self.same_sentence(j - 1, j) and nxt.norm in self.words.not_after:
            return True
        prev = self.word(i - 1)
        opens_sentence = i - 1 <= 0 or not self.same_sentence(i - 2, i - 1)
        if prev is not None and _title(prev) and self.text[prev.end : t[i].start] == " " and not opens_sentence \
                and prev.norm not in self.words.name_prefixes and prev.norm not in self.words.cue_before \
                and (i - 1) not in self.place_at:
            return True  # "Airbus A330", "Chevrolet S-10": a maker's model, not a road
        return False

    def code_head(self, j: int) -> Optional[int]:
        """One past the code's span when a road head or a traffic word follows it ("M4 highway", "A417
        southbound"): the head's index + 1 when the head is capitalised (part of the name), else j. None when
        neither follows."""
        nxt = self.word(j)
        if nxt is None or not self.same_sentence(j - 1, j) or self.text[self.tokens[j - 1].end : nxt.start] != " ":
            return None
        if nxt.norm in self.words.heads:
            return j + 1 if _title(nxt) else j
        if nxt.norm in self.words.after:
            return j
        return None

    def cue_before(self, i: int, bare: bool) -> bool:
        """A road cue before the code: "along the A40", "on I-95", "a stretch of the N1", "junction 5 of the M4"."""
        k = i - 1
        while k >= 0 and self.tokens[k].norm in self.words.after and self.tokens[k].text.islower():
            k -= 1  # "along the southbound I-85"
        article = k >= 0 and self.tokens[k].norm == "the" and self.tokens[k].text.islower()
        if article:
            k -= 1
        elif not bare:
            return False
        if k < 0 or not self.same_sentence(k, i):
            return False
        w = self.tokens[k]
        if w.norm in self.words.cue_before:
            return True
        if w.norm == "of":
            b = k - 1
            while b >= 0 and self.tokens[b].norm.isdigit():
                b -= 1  # "junction 12 of the M1"
            return b >= 0 and self.tokens[b].norm in self.words.parts
        return False

    def codes(self) -> list[tuple[int, int]]:
        """Token ranges of the codes read as roads, with capitalised heads included ("M62 Motorway")."""
        found = []
        for i, j in _codes(self.text, self.tokens):
            letters = re.match(r"[A-Z]+", self.tokens[i].text).group().lower()
            if len(letters) > 1 and letters not in self.words.letter_prefixes:
                continue  # "ITV4", "MH17", "CO2": a channel, a flight, a chemical
            if self.code_vetoed(i, j):  # after the cheap test: the veto may read the weapons lexicon
                continue
            head = self.code_head(j)
            cued = head is not None or self.cue_before(i, letters in self.words.bare_prefixes)
            found.append((i, j if head is None else head, cued, self.tokens[i].text + (
                self.tokens[i + 1].text if j - i == 2 else "")))
        # One sense per document: a code read as a road once is that road everywhere in the text; and a code
        # in a list with a road ("via the A38, A30 and A39") is a road too.
        roads = {key for _i, _j, cued, key in found if cued}
        accepted = [cued or key in roads for _i, _j, cued, key in found]
        changed = True
        while changed:
            changed = False
            for a in range(len(found) - 1):
                b = a + 1
                if accepted[a] == accepted[b]:
                    continue
                gap = self.text[self.tokens[found[a][1] - 1].end : self.tokens[found[b][0]].start]
                if _LIST_GAP.fullmatch(gap):
                    accepted[a] = accepted[b] = changed = True
        return [(i, j) for (i, j, _c, _k), ok in zip(found, accepted) if ok]

    # -- route numbers ---------------------------------------------------------------------------------------
    def numbered(self) -> list[tuple[int, int]]:
        """"Highway 6", "Route 66", "Interstate 95", "State Highway 360", "Illinois Route 159", "Hwy. 6 N"."""
        out = []
        t = self.tokens
        n = len(t)
        for k in document_words(t).positions(self.words.number_heads):
            w = t[k]
            if not _title(w) or k + 1 >= n:
                continue
            num = t[k + 1]
            gap = self.text[w.end : num.start]
            if not _NUMBER.fullmatch(num.text) or gap not in (" ", ". ", "-"):
                continue
            if k + 2 < n and self.text[num.end : t[k + 2].start] in (".", ",") and t[k + 2].text.isdigit():
                continue  # "Road 5.2", "Highway 1,000": a figure, not a route
            j = k + 2
            if j < n and self.text[num.end : t[j].start] == " " and _title(t[j]) \
                    and t[j].norm in _DIRECTION_LETTERS:
                j += 1  # "Interstate 64 West", "Highway 377 N"
            i = k
            street = self.street_ending_at(k)
            while street is not None and i > street.i and self.text[t[i - 1].end : t[i].start] == " ":
                i -= 1  # "Ontario Provincial Highway", read as a street, opens the route's name
            while i > 0 and _title(t[i - 1]) and self.text[t[i - 1].end : t[i].start] in (" ", ". ") \
                    and (t[i - 1].norm in self.words.name_prefixes or (i - 1) in self.place_at) and k - i < 4:
                p = self.place_at.get(i - 1)
                i = p.i if p is not None else i - 1  # "Mahnomen County Road 3": the county's name opens it
            out.append((i, j))
        return out

    # -- named roads -----------------------------------------------------------------------------------------
    def named(self) -> list[tuple[int, int]]:
        """"Golden State Freeway", "Long Island Expressway" (a name before a head the street reader lacks) and
        "Route Irish" (a route's name after it, only after a road cue)."""
        out = []
        t = self.tokens
        n = len(t)
        heads, prefix_heads = self.words.name_heads, self.words.name_prefix_heads
        for k in document_words(t).positions(heads, prefix_heads):
            # Both readings open at a listed head word: the rest of the words are passed over at once.
            w = t[k]
            if not _title(w) or w.text.isupper() and len(w.text) > 1:
                continue
            if w.norm in self.words.name_heads and k > 0:
                st = k
                while st > 0 and k - st < MAX_NAME_WORDS and _title(t[st - 1]) and _joined(self.text, t[st - 1], t[st]) \
                        and t[st - 1].norm not in self.words.name_heads and t[st - 1].norm != "the":
                    st -= 1
                if st < k and not _CODE.fullmatch(t[st].text):
                    out.append((st, k + 1))
            elif (w.norm in self.words.name_prefix_heads and k + 1 < n and _title(t[k + 1])
                  and not _NUMBER.fullmatch(t[k + 1].text) and _joined(self.text, w, t[k + 1])
                  and self.cue_before(k, True) and not (k + 2 < n and _title(t[k + 2])
                                                         and _joined(self.text, t[k + 1], t[k + 2]))):
                out.append((k, k + 2))
        return out

    def ends_after(self, j: int) -> list[NameSpan]:
        """The two towns a road is said to run between after its name ("the A40 between Oxford and Witney",
        "Highway 6 from Lahore to Multan"), the one town of a road run "between X and the border", or none."""
        k = j
        while k < len(self.tokens) and k - j < 2 and self.tokens[k].text.islower() and (
                self.tokens[k].norm in self.words.heads or self.tokens[k].norm in self.words.after):
            k += 1  # "the M4 highway between ...", "the A40 westbound between ..."
        if k + 1 >= len(self.tokens) or self.tokens[k].norm not in ("between", "from") \
                or self.text[self.tokens[k - 1].end : self.tokens[k].start] != " ":
            return []
        a = self.place_at.get(k + 1)
        if a is None or a.i != k + 1 or a.j >= len(self.tokens):
            return []
        joint = "and" if self.tokens[k].norm == "between" else "to"
        if self.tokens[a.j].norm != joint or self.text[a.end : self.tokens[a.j].start] != " ":
            return []
        b = self.place_at.get(a.j + 1)
        if b is None and joint == "and" and self.border_after(a.j + 1) is not None \
                and not any(c.exact and c.feature_code.startswith(("PCL", "CONT")) for c in a.candidates):
            return [a]  # "the road between Ataq and the border": one named end
        if b is None and joint == "and":
            b = self.unknown_end(a.j + 1)
        if b is None or b.i != a.j + 1 or any(
                c.exact and c.feature_code.startswith(("PCL", "CONT")) for s in (a, b) for c in s.candidates):
            return []
        return [a, b]

    def border_after(self, k: int) -> Optional[int]:
        """The token after "the border" / "the Syrian border" opening at k, or None. A road run "between X and
        the border" has one named end: the event lies somewhere on the road out of X, not in X."""
        t = self.tokens
        if k + 1 >= len(t) or t[k].norm != "the":
            return None
        j = k + 1
        if j + 1 < len(t) and _title(t[j]) and t[j].text.isalpha() and t[j + 1].norm in _BORDER_WORDS:
            j += 1  # "the Syrian border"
        if not (t[j].norm in _BORDER_WORDS and t[j].text.islower()):
            return None
        far = self.place_at.get(j + 2) if j + 2 < len(t) and t[j + 1].norm == "with" else None
        return far.j if far is not None and far.i == j + 2 else j + 1  # "the border with Marib governorate"

    def unknown_end(self, k: int) -> Optional[NameSpan]:
        """The second town of "the road between X and Y" where the gazetteer holds no Y: the capitalised words
        after "and" (at most MAX_NAME_WORDS, joined), as an unresolved name. A road joins two places, so the
        words name one whatever the tables lack; a lower-case word ("the border") or a code is no town."""
        t = self.tokens
        held = next((s for s in self.kept if s.i == k and not s.demonym), None)
        if held is not None:
            return held  # already read as a name the tables lack
        j = k
        while j < len(t) and j - k < MAX_NAME_WORDS and _title(t[j]) and t[j].text.isalpha() \
                and not (t[j].text.isupper() and len(t[j].text) > 1) \
                and (j == k or _joined(self.text, t[j - 1], t[j])):
            j += 1
        if j == k or (j < len(t) and self.text[t[j - 1].end : t[j].start] in ("-", "‐", "‑")) \
                or (j < len(t) and _title(t[j]) and _joined(self.text, t[j - 1], t[j])) \
                or any(k <= s.i < j or k < s.j <= j for s in self.kept):
            return None  # ("Government-held areas": a modifier, not a town)
        return NameSpan(k, j, t[k].start, t[j - 1].end, normalise(self.text[t[k].start : t[j - 1].end]), [],
                        unknown=True)

    def plain_road_between(self) -> list[tuple[int, int, NameSpan, NameSpan]]:
        """"the road between Deir ez-Zor and al-Mayadin", "the highway between Culiacan and Mazatlan": a road
        with no name but its two towns. The event is somewhere on it, so the towns are its ends (ROAD_END),
        not the event's place; the span runs from the road word to the second town."""
        out = []
        # Only the road words are visited, from the document's word index: most documents write none.
        for k in document_words(self.tokens).positions(self.words.heads):
            t = self.tokens[k]
            if not (t.text.islower() and k > 0 and self.tokens[k - 1].norm == "the"):
                continue
            ends = self.ends_after(k + 1) if self.word(k + 1) is not None and self.tokens[k + 1].norm == "between" \
                else []
            if len(ends) == 2 and self.same_sentence(k, ends[1].j - 1):
                out.append((k, ends[1].j, ends[0], ends[1]))
            elif len(ends) == 1 and self.same_sentence(k, ends[0].j):
                out.append((k, self.border_after(ends[0].j + 1), ends[0], ends[0]))
        return out

    # -- roads between two towns -----------------------------------------------------------------------------
    def between(self, codes: dict[int, int]) -> list[tuple[int, int, NameSpan, NameSpan]]:
        """"the Damascus–Aleppo highway", "the Baghdad-Kirkuk road", "the M5 Damascus–Aleppo highway":
        two towns joined by a dash (or "to") before a road head. The span opens at a code right before."""
        out = []
        places = sorted({id(s): s for s in self.place_at.values()}.values(), key=lambda s: s.start)
        for a, b in zip(places, places[1:]):
            if not _BETWEEN_GAP.fullmatch(self.text[a.end : b.start]) or a.cue == "metonymy" or b.cue == "metonymy":
                continue
            if any(c.exact and c.feature_code.startswith(("PCL", "CONT")) for s in (a, b) for c in s.candidates):
                continue  # "the Syria–Turkey border road": countries border, towns are joined
            if a.cue == "dateline":
                continue  # "BILLINGS — WYOMING HIGHWAY PATROL ...": the dash ends a dateline, it joins no towns
            head = self.word(b.j)
            if head is None or head.norm not in self.words.heads or self.text[b.end : head.start] != " ":
                continue
            agency = self.word(b.j + 1)
            if agency is not None and agency.text[:1].isupper() and agency.norm in AGENCY_WORDS:
                continue  # "the Lagos-Ibadan Highway Authority": an agency's name, not the road itself
            i = codes.get(a.i, a.i)
            out.append((i, b.j + 1, a, b))
        return out


def runs_to_border(road_text: str) -> bool:
    """Whether a road's words end at an unnamed border ("the road between Hermel and the Syrian border"): its
    one named town is all the text gives of where it runs ("... and the border with X" names a region, not a
    town the road reaches)."""
    return _TO_BORDER.search(road_text) is not None


def _opening_at(spans: list[NameSpan]) -> dict[int, list[int]]:
    """First token → the indexes in `spans` of the names opening there, in increasing order."""
    at: dict[int, list[int]] = {}
    for k, s in enumerate(spans):
        at.setdefault(s.i, []).append(k)
    return at


def _opening_within(spans: list[NameSpan], opening: dict[int, list[int]], i: int, j: int) -> list[NameSpan]:
    """The names of `spans` whose first token lies in tokens i..j, in the order of `spans`: the names a road
    over tokens i..j-1 may hold (one opening at j only if empty), read from the tokens it covers rather than
    from every name of the text for every road (the square of a long text's names), in the order `max` breaks
    ties by. With the caller's `s.j <= j`, the names the old test `i <= s.i and s.j <= j` took, save a malformed
    one ending before it opens (s.j < s.i, never made) that opens after j."""
    found = sorted(k for first in range(i, j + 1) for k in opening.get(first, ()))
    return [spans[k] for k in found]


class _RoadCover:
    """Whether a name lies inside a chosen road, or crosses one, answered by bisection over the roads.

    The chosen roads never overlap, so sorted by their first token their ends rise too: the one road that may
    hold a name is the last to open at or before it, and some road overlaps it exactly when the last road
    opening before its end ends after its start. The same answers as testing every road for every name, which
    cost the product of a long text's roads and names. No reader makes an empty road today (each holds at least
    its road word, number or code): the test of every road for one is an unreachable guard, kept should that
    change."""

    def __init__(self, chosen: list[tuple[int, int]]):
        self._ranges = sorted(chosen)
        self._starts = [i for i, _ in self._ranges]
        self._ends = [j for _, j in self._ranges]
        self._plain = all(i < j for i, j in self._ranges)

    def inside(self, i: int, j: int) -> bool:
        if not self._plain:
            return any(a <= i and j <= b for a, b in self._ranges)
        k = bisect_right(self._starts, i) - 1
        return k >= 0 and j <= self._ends[k]

    def crossing(self, i: int, j: int) -> bool:
        if not self._plain:
            return any(i < b and a < j for a, b in self._ranges)
        k = bisect_left(self._starts, j)
        return k > 0 and self._ends[k - 1] > i


def _first_of_overlapping(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges, in order, each dropped where it overlaps one kept before it. The tokens of the kept ranges
    are marked, so a range is tested on its own tokens rather than against every range kept (the square of a
    long text's roads). An empty range, marking no token, would have every kept range tested as before; no road
    is made empty, so that guard is unreachable today."""
    chosen: list[tuple[int, int]] = []
    if any(i >= j for i, j in ranges):
        for i, j in ranges:
            if not any(i < b and a < j for a, b in chosen):
                chosen.append((i, j))
        return chosen
    taken: set[int] = set()
    for i, j in ranges:
        if taken.isdisjoint(range(i, j)):
            chosen.append((i, j))
            taken.update(range(i, j))
    return chosen


def roads(text: str, tokens: list[Token], kept: list[NameSpan], readings: list[str],
          words: Optional[RoadWords] = None) -> list[NameSpan]:
    """`kept` with every road added as one place (cue `ROAD_CUE`), unresolved unless named for a place.

    Names read inside a road's name ("Irish" in "Route Irish", "Illinois" in "Illinois Route 159") are part
    of it and dropped, as streets drop theirs (a place among them lends the road its readings); the two towns
    of a road between towns stay, with the cue `ROAD_END`.
    """
    words = words or load_roads()
    if not tokens:
        return kept
    reader = _Reader(text, tokens, kept, words)
    made: list[tuple[int, int]] = []
    codes = reader.codes()
    code_before = {}  # the first token of a town → the code right before it ("M5 Damascus–Aleppo")
    for i, j in codes:
        if j < len(tokens) and text[tokens[j - 1].end : tokens[j].start] == " ":
            code_before[j] = i
    ends: list[NameSpan] = []
    for i, j, a, b in reader.between(code_before) + reader.plain_road_between():
        made.append((i, j))
        ends += [a, b]
    made += codes + reader.numbered() + reader.named()
    if not made:
        return kept
    for i, j in made:
        ends += reader.ends_after(j)
    # Longest first; a range overlapping one already taken is the same road read twice.
    made.sort(key=lambda r: (-(tokens[r[1] - 1].end - tokens[r[0]].start), r[0]))
    chosen = _first_of_overlapping(made)
    end_ids = {id(s) for s in ends}
    out = []
    opening = _opening_at(kept)
    for i, j in chosen:
        # A place the road is named for ("Ohio Turnpike", "Illinois Route 159") lends its readings as weak ones,
        # believed near the document's other places, as a natural feature's do (features.py); the towns of a
        # road between towns stay places of their own instead.
        inner = max((s for s in _opening_within(kept, opening, i, j) if s.j <= j and s.candidates
                     and not s.demonym and id(s) not in end_ids), key=lambda s: s.end - s.start, default=None)
        cands = list(inner.candidates) if inner is not None else []
        out.append(NameSpan(i, j, tokens[i].start, tokens[j - 1].end, " ".join(readings[i:j]), cands,
                            cue=ROAD_CUE, vague="near" if cands else None, weak=bool(cands), unknown=not cands))
    # The unresolved second town of a road ("between Diapaga and X") joins the places as an unknown name.
    kept_ids = {id(s) for s in kept}
    rest = [s for s in {id(e): e for e in ends}.values() if id(s) not in kept_ids]
    for s in rest:
        s.cue, s.firm = ROAD_END, True
    cover = _RoadCover(chosen)
    for s in kept:
        inside, crossing = cover.inside(s.i, s.j), cover.crossing(s.i, s.j)
        crossing = crossing and not inside
        if id(s) in end_ids:
            s.cue, s.firm = ROAD_END, True  # a road named for two towns is a firm cue that both are places
        elif inside or crossing:
            continue
        rest.append(s)
    merged = rest + out
    # A road's first town before the road that opens with it; otherwise the order the earlier steps keep.
    merged.sort(key=lambda s: (s.start, s.cue == ROAD_CUE, -s.end))
    return merged
