"""A crop's name written bare where the report places it: the quarter or town so named, not the crop.

The crops of farmland reports (arabic_report_words.yaml `crop_words`: "الزيتون", olives; "النخيل", palms) are words
of the language, no Turkish Zeytun. But Gaza's al-Zeitoun and many an al-Nakheel quarter are named so, and a report
writes the quarter bare as often as after "حي": "في الزيتون شرق مدينة غزة" (in al-Zeitoun, east of Gaza City),
"قرب الزيتون والشجاعية". A crop right after a bare preposition of place ("في", "قرب") and right before a compass
word or a second name joined by "و" is that place; a crop harvested, planted or pressed ("جني الزيتون شرق X", "زيت
الزيتون") has no preposition before it, and one in a list of crops ("في الزيتون والقمح") is joined to a word of the
language. The place that places it must be one the gazetteer reads as a town (not a country: "في الزيتون شمال
تونس" is farm work in Tunisia) or a name joined by "و" it reads, and the crop's own reading must lie in that
place's country ("في الزيتون واللوز جنوب سوريا" is no Gaza quarter).
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.arabic_unknown import settlement_cue
from eventwatch.geo.arabic_words import ArabicCueWords, ArabicReportWords, is_common_word
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.normalise import Token, arabic_base, arabic_candidates

_PLACE_PREPOSITIONS = frozenset({"في", "قرب"})
_AND = "و"
_MIN_NAME = 3  # letters of a joined second name after "و"


def _countries(gaz: Gazetteer, norm: str, towns: bool) -> set[str]:
    """The countries of the exact readings of `norm`; where `towns`, of its first reading only, and only if a town
    (PPL*): "لبنان" is Lebanon, not a Lebanon in Ohio."""
    found = [c for c in gaz.lookup(norm, limit=20) if c.exact]
    if towns:
        return {found[0].country_code} if found and found[0].feature_code.startswith("PPL") else set()
    return {c.country_code for c in found}


def _placing_countries(gaz: Gazetteer, tokens: list[Token], k: int, words: ArabicReportWords) -> set[str]:
    """The countries of the town named from token k on (after a settlement word: "شرق مدينة غزة"), one word or two."""
    if k < len(tokens) and settlement_cue(tokens[k].norm, words):
        k += 1
    out: set[str] = set()
    if k < len(tokens):
        out |= _countries(gaz, tokens[k].norm, True)
    if k + 1 < len(tokens):
        out |= _countries(gaz, tokens[k].norm + " " + tokens[k + 1].norm, True)
    return out


def placed_crop(text: str, tokens: list[Token], i: int, forms: ArabicCueWords, words: ArabicReportWords,
                gaz: Optional[Gazetteer]) -> bool:
    """Whether the one-word name at token i is a crop word (`crop_words`) the report places as a quarter or town:
    a bare "في"/"قرب" before it, spaces between, and after it a compass word and a town, or a name the gazetteer
    reads joined by "و"; that town's or name's country one of the crop's own readings'."""
    if gaz is None or arabic_base(tokens[i].norm) not in words.crop_words or i == 0 or i + 1 >= len(tokens) \
            or tokens[i - 1].norm not in _PLACE_PREPOSITIONS \
            or text[tokens[i - 1].end : tokens[i].start].strip(" ") or text[tokens[i].end : tokens[i + 1].start].strip(" "):
        return False
    own = _countries(gaz, tokens[i].norm, False)
    nxt = tokens[i + 1].norm
    k = _past_compass(tokens, i + 1, forms, words)
    if k > i + 1:
        return bool(own & _placing_countries(gaz, tokens, k, words))
    body = nxt[1:]
    if not nxt.startswith(_AND) or len(arabic_base(body)) < _MIN_NAME \
            or any(is_common_word(r, words) for r in arabic_candidates(body)):
        return False
    own &= _countries(gaz, body, False)
    k = _past_compass(tokens, i + 2, forms, words)
    if k > i + 2 and k < len(tokens):  # "في الزيتون والكرمة شرق المغرب": the pair placed in Morocco, no Gaza
        found = [c for c in gaz.lookup(tokens[k].norm, limit=5) if c.exact]
        own &= {found[0].country_code} if found else set()
    return bool(own)


def _past_compass(tokens: list[Token], k: int, forms: ArabicCueWords, words: ArabicReportWords) -> int:
    """The token after the compass words (one or two: "شرق", "جنوب شرق") from token k on."""
    start = k
    while k < len(tokens) and k < start + 2 and any(
            r in words.compass_words or forms.place_words.get(r) in words.compass_words
            for r in arabic_candidates(tokens[k].norm)):
        k += 1
    return k
