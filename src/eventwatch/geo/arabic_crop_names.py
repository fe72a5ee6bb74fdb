"""A crop's name written bare where the report places it: the quarter or town so named, not the crop.

The crops of farmland reports (arabic_report_words.yaml `crop_words`: "الزيتون", olives; "النخيل", palms) are words
of the language, no Turkish Zeytun. But Gaza's al-Zeitoun and many an al-Nakheel quarter are named so, and a report
writes the quarter bare as often as after "حي": "في الزيتون شرق مدينة غزة" (in al-Zeitoun, east of Gaza City),
"قرب الزيتون والشجاعية". A crop right after a bare preposition of place ("في", "قرب") and right before a compass
word or a second name joined by "و" is that place; a crop harvested, planted or pressed ("جني الزيتون شرق X", "زيت
الزيتون") has no preposition before it, and one in a list of crops ("في الزيتون والقمح") is joined to a word of the
language.
"""
from __future__ import annotations

from eventwatch.geo.arabic_words import ArabicCueWords, ArabicReportWords, is_common_word
from eventwatch.geo.normalise import Token, arabic_base, arabic_candidates

_PLACE_PREPOSITIONS = frozenset({"في", "قرب"})
_AND = "و"
_MIN_NAME = 3  # letters of a joined second name after "و"


def placed_crop(text: str, tokens: list[Token], i: int, forms: ArabicCueWords, words: ArabicReportWords) -> bool:
    """Whether the one-word name at token i is a crop word (`crop_words`) the report places as a quarter or town:
    a bare "في"/"قرب" before it, a compass word or a non-vocabulary word joined by "و" after it, spaces between."""
    if arabic_base(tokens[i].norm) not in words.crop_words or i == 0 or i + 1 >= len(tokens) \
            or tokens[i - 1].norm not in _PLACE_PREPOSITIONS \
            or text[tokens[i - 1].end : tokens[i].start].strip(" ") or text[tokens[i].end : tokens[i + 1].start].strip(" "):
        return False
    nxt = tokens[i + 1].norm
    if any(r in words.compass_words or forms.place_words.get(r) in words.compass_words for r in arabic_candidates(nxt)):
        return True
    body = nxt[1:]
    return nxt.startswith(_AND) and len(arabic_base(body)) >= _MIN_NAME \
        and not any(is_common_word(r, words) for r in arabic_candidates(body))
