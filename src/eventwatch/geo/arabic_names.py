"""Place names written in Arabic script: the cues around them, the towns the gazetteer holds only in Latin
letters, and lists joined by a prefixed "and".

Arabic text marks a place by words before it ("ريف" rural, "مدينة" city, "في" in) and by a verb of attack whose
object it is; "و" ("and") is written joined to the next name. The word lists are geo/arabic_words.py's and
the transliteration bridge geo/arabic_translit.py's; these steps apply them to recognised spans.
"""
from __future__ import annotations

from eventwatch.geo.arabic_translit import bridge
from eventwatch.geo.arabic_translit import MAX_WORDS as MAX_BRIDGED_WORDS
from eventwatch.geo.arabic_translit import MIN_CONSONANTS as BRIDGE_MIN
from eventwatch.geo.arabic_translit import MIN_CONSONANTS_LOOSE as BRIDGE_MIN_LOOSE
from eventwatch.geo.arabic_words import (ARABIC_OBJECT_CUE, CONJUNCTIONS, conjoined, division_cue, is_attributive,
                                         is_common_word, load_arabic_report_words, object_of_conflict_verb)
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.name_span import strong as _strong
from eventwatch.geo.normalise import Token, arabic_candidates, is_arabic


def arabic_context(cues: Cues, text: str, tokens: list[Token], s: NameSpan) -> bool:
    """Arabic cues: "ريف حلب" (rural Aleppo), "مدينة/بلدة/قرية X" (city/town/village of X), "في X" (in X),
    and the object of a verb of attack ("قصفت قوات النظام X": geo/arabic_words.py). Whether the name may
    be a place at all: a word of report vocabulary ("حربية", "الليل") is one only after a settlement word
    or "ريف", and a nisba word agreeing with the noun before it ("طائرات حربية") is that noun's adjective
    unless it names a large place."""
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
    words = load_arabic_report_words()
    division = division_cue(tokens, s.i, text, s.candidates, words)  # "قضاء سنجار", "محلية كرري"
    if division is not None:
        s.cue, s.vague, s.phrase_start = division.word, division.level, division.start
    settled = s.vague is not None or s.cue in cues.arabic_place_words
    single = s.j - s.i == 1
    if single and not settled and is_common_word(s.norm, words):
        return False
    if s.cue is None and s.vague is None:
        stops = cues.arabic_locative | cues.arabic_place_words | cues.arabic_rural
        if object_of_conflict_verb(tokens, s.i, text, words, stops) and any(
                c.exact and c.country_code in words.name_countries for c in s.candidates):
            # The English event cue for a verb's object ("shelled X", "targeted X"): the event's place.
            s.cue, s.phrase_start = ARABIC_OBJECT_CUE, s.start
        elif single and is_attributive(tokens, s.i, text, stops):
            if any(c.exact and c.feature_code.startswith("PCL") for c in s.candidates):
                s.locational, s.cue = False, "demonym"  # "الشبكة السورية": the Syrian network, as "Syrian"
            elif not any(c.exact and _strong(c) for c in s.candidates):
                return False
    return True


def arabic_bridged(gaz: Gazetteer, cues: Cues, text: str, tokens: list[Token], readings: list[str], taken: list[bool],
                    found: list[NameSpan]) -> list[NameSpan]:
    """Arabic words right after a firm cue (a settlement word, "ريف", a preposition of place, a verb of
    attack, or "و" after a name) that the automaton read as no name: the town the gazetteer holds only in
    Latin letters whose consonants they write, when one place fits (geo/arabic_translit.py). The span is
    then read in context like any other Arabic name (`arabic_context`)."""
    cues, words = cues, load_arabic_report_words()
    stops = cues.arabic_locative | cues.arabic_place_words | cues.arabic_rural
    countries = frozenset(max(s.candidates, key=lambda c: c.population).country_code for s in found
                          if s.candidates and s.locational and is_arabic(s.norm)) & words.name_countries
    named_before = {s.j for s in found}
    out: list[NameSpan] = []
    n = len(tokens)

    def plain(k: int) -> bool:  # an Arabic word no name took, of no cue and no report vocabulary
        norm = tokens[k].norm
        return not taken[k] and is_arabic(norm) and not any(
            r in stops or r in words.conflict_verbs for r in arabic_candidates(norm)) \
            and norm not in words.conflict_verbs and not is_common_word(arabic_candidates(norm)[0], words)

    k = 1
    while k < n:
        if not plain(k) or text[tokens[k - 1].end : tokens[k].start].strip():
            k += 1
            continue
        before = arabic_candidates(tokens[k - 1].norm)
        settled = any(r in cues.arabic_place_words or r in cues.arabic_rural for r in before)
        cued = settled or any(r in stops for r in before) \
            or object_of_conflict_verb(tokens, k, text, words, stops) \
            or (k in named_before and conjoined(tokens[k].norm, tokens[k].norm[1:]))
        if not cued:
            k += 1
            continue
        run = [k]
        while len(run) < MAX_BRIDGED_WORDS and run[-1] + 1 < n and plain(run[-1] + 1) \
                and not text[tokens[run[-1]].end : tokens[run[-1] + 1].start].strip() \
                and tokens[run[-1] + 1].norm[:1] not in CONJUNCTIONS:
            run.append(run[-1] + 1)
        got = bridge(gaz, [tokens[m].norm for m in run], countries, words.name_countries,
                     min_consonants=BRIDGE_MIN if settled or countries else BRIDGE_MIN_LOOSE)
        if got is None:
            k += 1
            continue
        size, cand = got
        j = k + size
        out.append(NameSpan(k, j, tokens[k].start, tokens[j - 1].end, " ".join(readings[k:j]), [cand]))
        for m in range(k, j):
            taken[m] = True
        named_before.add(j)
        k = j + 1
    return out


def arabic_lists(text: str, tokens: list[Token], readings: list[str], spans: list[NameSpan]) -> None:
    """"على صعدة وحجة", "ريف حلب وإدلب": a name whose "and" (و, ف) was peeled off to read it is the next
    item of a list and shares the cue of the Arabic name just before it, as "in X and Y" does in English."""
    for prev, s in zip(spans, spans[1:]):
        if prev.j == s.i and prev.located and s.cue is None and s.vague is None and is_arabic(s.norm) \
                and is_arabic(prev.norm) and not text[prev.end : s.start].strip() \
                and conjoined(tokens[s.i].norm, readings[s.i]):
            s.cue, s.vague, s.firm = prev.cue, prev.vague, prev.firm
