"""Arabic names no gazetteer row holds in any script, kept where a firm cue says they are places.

The English path keeps "the village of Kafr Nabuda" unresolved with its raw text, and the event stands in at
the place around it (geo/unknown_names.py, geo/fallback.py). An Arabic report names the same villages, camps
and quarters ("قرية البارة", "بلدة عيتا الشعب", "مخيم الركبان"), and users documenting them need the name kept
as written. Arabic has no capitals to mark a name, so only two cues are firm enough here:

* a settlement word in construct right before the word ("قرية X", "بلدات X وY", "بلدتي X وY"): the word is
  the settlement's name unless it is a word of the language that describes it ("قرية صغيرة", "حي سكني",
  "مخيم للنازحين", "بلدة مجاورة");
* a preposition of place before it ("في X", "على X") when the report says what holds it: after it, a compass
  word ("جنوب Y"), "ريف", a governorate or division word, or "التابعة ل" ("في X التابعة لمديرية Y"), the name
  then definite or a compound ("في كمين شرق Y" is "in an ambush east of Y"); or before it, a rural area or
  division just named ("في ريف حماه في X"); or, after "منطقة", the border adjective after it ("منطقة X الحدودية").

A name is one word, or two where the first opens a compound ("ود النورة", "كفر نبودة": arabic_report_words.yaml
`name_heads`; "النبي شيت" with its article: `titled_heads`) or the second is a definite noun in construct with an
indefinite first ("عيتا الشعب", "ميس الجبل"; a natural feature's noun, report vocabulary alone, opens one so:
"وادي X", `feature_heads`); it ends at a compass word, a preposition, a conjunction, a number, a time, a verb or a cue. The words
of the report vocabulary (`common_words`) and the conflict verbs are never a name's first word, but for a quarter
named by such a noun in construct with a definite one ("حي طريق السد", the dam-road quarter).

The spans come back unknown, with the English cue the settlement word translates (village, town, camp, ...) or
"in", so geo/fallback.py gives them their stand-in and geo/event_location.py prefers them, as in English.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.arabic_noun_shapes import noun_shaped
from eventwatch.geo.arabic_roads import ROAD_ADJECTIVES, BETWEEN_CUE, after_road_word, dash_after, road_town
from eventwatch.geo.arabic_translit import MIN_CONSONANTS as BRIDGE_MIN
from eventwatch.geo.arabic_translit import bridge
from eventwatch.geo.arabic_feature_sides import side_of_a_feature
from eventwatch.geo.arabic_words import (CONJUNCTIONS, ArabicCueWords, ArabicReportWords, beards_or_quarter,
                                         cue_readings, definite,
                                         is_common_word,
                                         joined_preposition, lone_dual, nisba, titled_head, with_article)
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.lexicon import arabic_actor_names
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_base, arabic_candidates, fold_token, is_arabic

# The English cue of a name after a preposition of place, as arabic_context gives a known name there.
LOCATIVE_CUE = "in"
# The English cue of a name after a division word ("ناحية X", "مديرية X").
DIVISION_CUE = "district"
# The English cue of "حي", whose quarters are often named by a common noun in construct ("حي طريق X").
NEIGHBOURHOOD_CUE = "neighbourhood"
# Fewest letters of a word read as a name: shorter Arabic words are particles and pronouns.
MIN_LETTERS = 3
# What may stand between a name and the word saying what holds it: a space, or a comma ("في X، جنوب Y").
_HOLDER_GAPS = ("", "،", ",")


def _gap(text: str, tokens: list[Token], a: int, b: int) -> str:
    return text[tokens[a].end : tokens[b].start].strip()


def list_cue(norm: str, words: ArabicReportWords) -> bool:
    """Whether a settlement word in construct announces several names ("بلدات", "بلدتي")."""
    return settlement_cue(norm, words) is not None and _any_reading_in(norm, words.list_cues)


def settlement_cue(norm: str, words: ArabicReportWords) -> Optional[str]:
    """The English cue of a settlement word written in construct ("قرية", "ببلدة", "وبلدات", "بلدتي"), or None;
    with the article ("القرية") it is "the village", and what follows describes it."""
    for r in cue_readings(norm):
        cue = words.unknown_name_cues.get(r)
        if cue is not None and ARABIC_ARTICLE + r not in norm:
            return cue
    return None


def _division_of(norm: str, words: ArabicReportWords, countries: frozenset[str]) -> bool:
    """Whether a folded token is a division word written in construct ("ناحية", "بقضاء") of a division the
    report's countries have (any of its countries where the report names none). A country where the word names
    only provinces the gazetteer holds (`seats_only`) does not count: "ولاية بورنو قرب حدود النيجر" is Nigeria's
    Borno, no unread Nigerien region."""
    for r in arabic_candidates(norm):
        word = words.division_words.get(r)
        if word is not None and ARABIC_ARTICLE + r not in norm:
            return not countries or bool(countries & (word.countries - word.seats_only))
    return False


def _group_name(before: str, norm: str) -> bool:
    """Whether a word and the next are an armed group's Arabic name the actor registry holds ("جبهة النصرة"),
    the first word possibly with a clitic ("بجبهة"): the second is the group's, no place's."""
    actors = arabic_actor_names()
    return any(f"{r} {norm}" in actors for r in [before, *arabic_candidates(before)])


# "منطقة", the area of: the one firm locative after which the border adjective vouches for a name (`border_area`)
_AREA = frozenset({fold_token("منطقة")})
# A settled village's second word read alone is a village or a small town's (`_hamlet`): no more people than this.
_TOWN = "PPL"
_TAIL_MOST = 5_000


def _any_reading_in(norm: str, *sets: frozenset[str]) -> bool:
    return any(r in s for r in arabic_candidates(norm) for s in sets)


class _Reader:
    """The word tests of one report: which token may open or continue a name, and what holds a name."""

    def __init__(self, text: str, tokens: list[Token], occupied: list[bool], words: ArabicReportWords,
                 forms: ArabicCueWords, tails: Optional[dict[int, NameSpan]] = None):
        self.text, self.tokens, self.occupied, self.words, self.forms = text, tokens, occupied, words, forms
        # one-word definite names read with no cue of their own, by first token: a list item's second word
        # ("ومارون الراس": "الراس" alone is a Palestinian hamlet) that a name in construct absorbs (`end`)
        self.tails: dict[int, NameSpan] = tails or {}
        self.stops = forms.stops | words.firm_locatives | words.container_words | frozenset(words.division_words) \
            | words.governorate_words | words.compass_words

    def ordinary(self, norm: str, settled: bool = False) -> bool:
        """A word of the language, not a name: a cue, a verb of attack, report vocabulary, a time, a number. A
        season or a crop after a settlement word (`settled`: "قرية الربيع", "حي النخيل") is the settlement's name."""
        w = self.words
        readings = arabic_candidates(norm)
        return any(ch.isdigit() for ch in norm) or norm in w.conflict_verbs or norm in w.construct_words \
            or any(r in self.stops or r in w.conflict_verbs or r in w.time_words for r in readings) \
            or is_common_word(readings[0], w) \
            and not (settled and (arabic_base(readings[0]) in w.season_words
                                  or arabic_base(readings[0]) in w.crop_words)) \
            or settlement_cue(norm, w) is not None

    def opens(self, k: int, body: str, after_indefinite: bool, settled: bool = False) -> bool:
        """Whether token k (its `body`: the token less a list's "و") may be a name's first word; `settled`, right
        after a settlement word."""
        if self.occupied[k] or not is_arabic(body):
            return False
        if len(arabic_base(body)) < MIN_LETTERS and not ((arabic_base(body) in self.words.name_heads
                                                          or titled_head(body, self.words))
                                                         and self.end(k, body) > k + 1):
            return False  # a particle, unless a compound's head ("ود عشيب", "البو فراج")
        if self.feature_pair(k, body):
            return True  # "وادي الشاي": a feature's noun in construct with a definite one, a name
        if side_of_a_feature(self.tokens, k, k + 2, self.text, self.words):
            return False  # "قرى الضفة الغربية لنهر دجلة": a side of a feature, its noun no name (arabic_feature_sides.py)
        if joined_preposition(body) or self.ordinary(body, settled):
            return False  # "مخيم للنازحين": a preposition's object describes the camp
        # "حي سكني", "مخيم عشوائي": an indefinite nisba after an indefinite settlement word is its adjective
        return not (after_indefinite and not definite(body) and nisba(body))

    def feature_pair(self, k: int, body: str) -> bool:
        """Whether token k (its `body`) is a natural feature's noun (`feature_heads`), indefinite, written right
        before a definite noun that is no adjective of the language, cue, verb or time ("وادي الشاي", "جبل
        الشعانبي"; not "جبل عال", nor "جبل الحدودية")."""
        tokens, w = self.tokens, self.words
        m = k + 1
        if definite(body) or arabic_base(body) not in w.feature_heads or m >= len(tokens) or self.occupied[m] \
                or _gap(self.text, tokens, k, m):
            return False
        nxt = tokens[m].norm
        readings = arabic_candidates(nxt)
        return is_arabic(nxt) and definite(nxt) and not (nisba(nxt) and is_common_word(readings[0], w)) \
            and nxt not in w.conflict_verbs and not any(ch.isdigit() for ch in nxt) \
            and not any(r in self.stops or r in w.conflict_verbs or r in w.time_words for r in readings) \
            and settlement_cue(nxt, w) is None

    def end(self, k: int, body: str, settled: bool = False) -> int:
        """One past the name that opens at token k: a second word joins a compound's head ("ود النورة") or,
        definite, an indefinite first word it is in construct with ("عيتا الشعب"); not a time, a verb, a cue, an
        adjective ("حزارين الحدودية"), a conjunction's next item or a preposition's object. Only a name right
        after a settlement word, singular or a list's (`settled`: "بلدة مارون الراس", "بلدتي عيترون ومارون الراس"),
        takes a second word the automaton read alone (`tails`); after a preposition the lone reading stands."""
        tokens, w = self.tokens, self.words
        m = k + 1
        titled = titled_head(body, w)  # "النبي شيت": the article opens it
        if settled and m < len(tokens) and self.occupied[m] and m in self.tails and not definite(body) and not titled \
                and not _gap(self.text, tokens, k, m) and body[:1] not in CONJUNCTIONS:
            # "بلدتي عيترون ومارون الراس": an indefinite unknown word and a definite one the automaton read alone
            # with no cue are one name in construct, as "عيتا الشعب" is; the caller sets the lone reading aside
            return m + 1
        if m >= len(tokens) or _gap(self.text, tokens, k, m) or self.occupied[m] or definite(body) and not titled:
            return m
        nxt = tokens[m].norm
        head = arabic_base(body) in w.name_heads or titled
        # after a compound's head a first "ف" is the name's own letter ("أبو فراس", "البو فهد"): "ف" joins clauses,
        # not a head and its name; "و" still opens a list's next item
        if not is_arabic(nxt) or nxt[:1] in CONJUNCTIONS and not (head and nxt[:1] == "ف") or joined_preposition(nxt):
            return m
        readings = arabic_candidates(nxt)
        if any(ch.isdigit() for ch in nxt) or nxt in w.conflict_verbs or any(
                r in self.stops or r in w.conflict_verbs or r in w.time_words for r in readings):
            return m
        if self.feature_pair(k, body):
            return m + 1
        if head:
            return m + 1 if not is_common_word(readings[0], w) or definite(nxt) and not nisba(nxt) else m
        if definite(nxt) and not (nisba(nxt) and is_common_word(readings[0], w)) \
                and settlement_cue(nxt, w) is None:
            return m + 1
        return m

    def border_area(self, k: int, j: int) -> bool:
        """Whether the definite name at tokens k..j-1 follows "منطقة" in construct and is followed by the area's
        adjective of the border ("منطقة الرقو الحدودية"): the adjective describes the area, so what it is in
        construct with is the area's name. The report's own border nouns stand there too ("منطقة السياج
        الحدودية", the border fence area): a name of a common noun's shape is none (geo/arabic_noun_shapes.py)."""
        tokens = self.tokens
        return j < len(tokens) and definite(tokens[k].norm) and _any_reading_in(tokens[k - 1].norm, _AREA) \
            and not _gap(self.text, tokens, j - 1, j) and definite(tokens[j].norm) \
            and arabic_base(tokens[j].norm) in self.words.border_adjectives \
            and not noun_shaped(arabic_base(tokens[k].norm))

    def quarter_in_construct(self, k: int) -> bool:
        """Whether tokens k and k+1 are a quarter's name of two words after "حي": an indefinite noun of the
        language (a road, a dam, a square) in construct with a definite noun that is no adjective, cue, verb or
        time ("طريق السد", the dam road; not "حي سكني", nor "حي الشجاعية", one name). A neighbourhood
        word before a common noun is otherwise followed by what describes it; a definite noun in construct
        makes the pair a proper name."""
        tokens = self.tokens
        m = k + 1
        if m >= len(tokens) or self.occupied[k] or self.occupied[m] or _gap(self.text, tokens, k, m):
            return False
        first, second = tokens[k].norm, tokens[m].norm
        if not (is_arabic(first) and is_arabic(second)) or definite(first) or joined_preposition(first):
            return False
        readings = arabic_candidates(first)
        if len(arabic_base(first)) < MIN_LETTERS or not is_common_word(readings[0], self.words) \
                or any(r in self.stops or r in self.words.conflict_verbs or r in self.words.time_words
                       for r in readings) or first in self.words.conflict_verbs:
            return False
        after = arabic_candidates(second)
        return definite(second) and not nisba(second) and second[:1] not in CONJUNCTIONS \
            and not any(ch.isdigit() for ch in second) and second not in self.words.conflict_verbs \
            and not any(r in self.stops or r in self.words.conflict_verbs or r in self.words.time_words
                        for r in after) and settlement_cue(second, self.words) is None

    def held(self, m: int) -> bool:
        """Whether the words from token m say what holds the name before them: a compass word ("جنوب Y",
        "شرقي Y"), "ريف", a governorate or division word, "التابعة", or a preposition of place before one of
        those ("في ريف Y", "في قضاء Y")."""
        tokens, w, f = self.tokens, self.words, self.forms
        if m >= len(tokens) or _gap(self.text, tokens, m - 1, m) not in _HOLDER_GAPS:
            return False

        def holder(norm: str) -> bool:
            readings = arabic_candidates(norm)
            return any(r in f.rural or r in w.container_words or r in w.governorate_words
                       or r in w.division_words or r in compass or f.place_words.get(r) in compass
                       or f.place_words.get(r) in w.governorate_words for r in readings)

        compass = w.compass_words - _CENTRE

        if holder(tokens[m].norm):
            return True
        return _any_reading_in(tokens[m].norm, w.firm_locatives) and m + 1 < len(tokens) \
            and not _gap(self.text, tokens, m, m + 1) and holder(tokens[m + 1].norm)


# "وسط" (the middle of) is a compass word that holds no name before it: "في المقهى وسط الموصل" is the café in
# the centre of Mosul, where "في X شرق الموصل" is a village east of it
_CENTRE = frozenset({fold_token("وسط")})


def _road_adjective(tokens: list[Token], k: int) -> bool:
    """Whether token k is one of a road's adjectives (`ROAD_ADJECTIVES`: "الطريق الساحلي", "الطريق الدائري", the
    coastal, the ring road): it describes the road, and names none of its ends. A village shaped like a relative
    adjective ("طريق الخضيرية - حماة") is no such word."""
    return arabic_base(tokens[k].norm) in ROAD_ADJECTIVES


def arabic_unknown_names(gaz: Gazetteer, text: str, tokens: list[Token], readings: list[str],
                         spans: list[NameSpan], words: ArabicReportWords, forms: ArabicCueWords,
                         countries: frozenset[str], road_ends: frozenset[int] | set[int] = frozenset()
                         ) -> list[NameSpan]:
    """The unknown Arabic names after a firm cue, as new unresolved spans (`spans`, the names already read,
    keep their tokens). A list after a plural or dual settlement word ("بلدات X وY", "بلدتي X وY") runs on
    through "و": each item is a town the bridge finds in the report's `countries` where one fits, else another
    unknown name. `road_ends` are the tokens after the dash of a road named by its two ends ("طريق X-Y"), the
    road's other end (geo/arabic_roads.py)."""
    n = len(tokens)
    occupied = [False] * n
    for s in spans:
        for m in range(s.i, s.j):
            occupied[m] = True
    tails = {s.i: s for s in spans if s.j - s.i == 1 and s.cue is None and not s.firm and not s.unknown
             and definite(tokens[s.i].norm) and s.end - s.start == tokens[s.i].end - tokens[s.i].start
             and _hamlet(s)}
    reader = _Reader(text, tokens, occupied, words, forms, tails)
    # where a known name read after a settlement word ends: a list may run on from it ("بلدتي كفركلا والخيام")
    settled_ends = {s.j: settlement_cue(tokens[s.i - 1].norm, words) for s in spans
                    if s.i > 0 and list_cue(tokens[s.i - 1].norm, words) and not _gap(text, tokens, s.i - 1, s.i)}
    # where a division or rural area ends ("في ريف حماه"): "في X" right after it names a place it holds
    division_ends = {s.j for s in spans if s.vague in ("admin1", "admin2")}
    out: list[NameSpan] = []
    k = 1
    # where a known name that may be a town starts: a road's other end that vouches for its first
    places = {s.i for s in spans if road_town(s)}
    while k < n:
        before = tokens[k - 1].norm
        if not occupied[k] and after_road_word(text, tokens, k) and not _road_adjective(tokens, k) \
                and reader.opens(k, tokens[k].norm, False):
            j = reader.end(k, tokens[k].norm)
            if j in places and dash_after(text, tokens, j):
                # "طريق الخيام–مرجعيون": the road's first end, before the dash, a village no row holds; only where
                # a known town stands after the dash ("الطريق الصحراوي - وفق الشرطة" is the road and an aside)
                out.append(_unknown(tokens, readings, k, j, BETWEEN_CUE, tokens[k].start, 0))
                for m in range(k, j):
                    occupied[m] = True
                k = j
                continue
        if k in road_ends and not occupied[k] and reader.opens(k, tokens[k].norm, False):
            # "طريق سبها-الشويرف": the road's other end, after the dash (arabic_roads.hyphen_road_ends)
            j = reader.end(k, tokens[k].norm)
            out.append(_unknown(tokens, readings, k, j, BETWEEN_CUE, tokens[k].start, 0))
            for m in range(k, j):
                occupied[m] = True
            k = j
            continue
        if _gap(text, tokens, k - 1, k) or occupied[k]:
            k += 1
            continue
        cue = None if lone_dual(text, tokens, k - 1, words) or beards_or_quarter(tokens, k - 1) \
            else settlement_cue(before, words)
        division = _division_of(before, words, countries) if cue is None else None
        if division:
            # "ناحية سيدكان التابعة لقضاء سوران": a division word in construct names a division, held where the report
            # then says what holds it ("قضاء" is also the judiciary, "محلية" the adjective "local")
            j = reader.end(k, tokens[k].norm) if reader.opens(k, tokens[k].norm, True) else k
            if j > k and reader.held(j):
                out.append(_unknown(tokens, readings, k, j, DIVISION_CUE, tokens[k - 1].start, 0))
                for m in range(k, j):
                    occupied[m] = True
                k = j
                continue
        if cue is None and _any_reading_in(before, words.firm_locatives) and not _group_name(before, tokens[k].norm):
            cue = LOCATIVE_CUE
        if k in settled_ends and tokens[k].norm[:1] in CONJUNCTIONS:
            k = _list_items(gaz, reader, readings, k, settled_ends.pop(k), out, countries)
            continue
        if cue == NEIGHBOURHOOD_CUE and reader.quarter_in_construct(k):
            # "حي طريق السد": a quarter named after a road or a square, its noun in construct
            out.append(_unknown(tokens, readings, k, k + 2, cue, tokens[k - 1].start, 0))
            occupied[k] = occupied[k + 1] = True
            k += 2
            continue
        # a season names a village only after a settlement word in construct ("قرية الربيع"): after one with the
        # article ("بالقرية الصيف الماضي", "في المخيم صيف ٢٠٢٣") it says when
        settled = cue != LOCATIVE_CUE and not with_article(before)
        if cue is None or not reader.opens(k, tokens[k].norm, not definite(before), settled=settled):
            k += 1
            continue
        j = reader.end(k, tokens[k].norm, settlement_cue(before, words) is not None)
        if cue == LOCATIVE_CUE and not (k - 1 in division_ends or reader.border_area(k, j) or reader.held(j) and (
                definite(tokens[k].norm) or j > k + 1 and (arabic_base(tokens[k].norm) in words.name_heads
                                                           or reader.feature_pair(k, tokens[k].norm)))):
            # "في كمين شرق X", "على طول الطريق": an indefinite noun after a preposition is as often the report's
            # own word as a village; a definite one ("في البوعيثة جنوب بغداد") or a compound is a name
            k += 1
            continue
        out.append(_unknown(tokens, readings, k, j, cue, tokens[k - 1].start, 0))
        for m in range(k, j):
            occupied[m] = True
        k = _list_items(gaz, reader, readings, j, cue, out, countries) if list_cue(before, words) else j
    return out


def _list_items(gaz: Gazetteer, reader: _Reader, readings: list[str], k: int, cue: str, out: list[NameSpan],
                countries: frozenset[str]) -> int:
    """The items of a list of settlements from token k on ("وحولا", "وكفركلا"), each after its "و", with the
    list's English `cue`; returns the token after the last."""
    tokens, words = reader.tokens, reader.words
    n = len(tokens)
    while k < n and tokens[k].norm[:1] in CONJUNCTIONS and not _gap(reader.text, tokens, k - 1, k) \
            and not reader.occupied[k]:
        body = tokens[k].norm[1:]
        if not reader.opens(k, body, False):
            break
        got = bridge(gaz, [body], countries, words.name_countries, min_consonants=BRIDGE_MIN,
                     generic=words.latin_division_words) if countries else None
        if got is not None and got[0] == 1:
            readings[k] = arabic_base(body)
            span = NameSpan(k, k + 1, tokens[k].start, tokens[k].end, readings[k], [got[1]])
            j = k + 1
        else:
            j = reader.end(k, body, True)
            span = _unknown(tokens, readings, k, j, cue, -1, 1)
        out.append(span)
        for m in range(k, j):
            reader.occupied[m] = True
        k = j
    return k


def _hamlet(s: NameSpan) -> bool:
    """Whether a name's readings are all villages or small towns (`_TAIL_MOST`): such a reading may be the second word
    of a village named after a settlement word ("بلدة مارون الراس", "ومارون الراس": Palestine's Ar Ras); a country, a
    division or a city named alone is a place of its own ("قريتي X وسمير الأردن", "قرية X العين": Jordan, Al Ain)."""
    return bool(s.candidates) and all(c.feature_code == _TOWN and c.population <= _TAIL_MOST for c in s.candidates)


def _unknown(tokens: list[Token], readings: list[str], k: int, j: int, cue: str, phrase_start: int,
             skip: int) -> NameSpan:
    """An unresolved span over tokens k..j, `skip` letters of a list's "و" left out of its text."""
    if skip:
        readings[k] = arabic_base(tokens[k].norm[skip:])
    return NameSpan(k, j, tokens[k].start + skip, tokens[j - 1].end, " ".join(readings[k:j]), unknown=True,
                    cue=cue, firm=True, phrase_start=phrase_start if phrase_start >= 0 else tokens[k].start + skip)
