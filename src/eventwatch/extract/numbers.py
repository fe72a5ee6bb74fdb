"""Counts as reporters write them, read into ranges: `(low, best, high)`.

Conflict reports rarely give one clean integer. They write "thirty-two", "1,200", "a dozen", "between 32
and 60", "at least 14", "tens of thousands". Every such phrase is read into a range, and `best` follows
ACLED's conservative rule: the smallest figure the wording is certainly true of.

Decisions (documented because coders disagree on them):

* Vague plural quantifiers take the unit as `best` and `low`, and stay below the next order as `high`:
  "tens" 10 (10..99), "dozens" 12 (12..99), "scores" 20 (20..99), "hundreds" 100 (100..999),
  "thousands" 1,000 (1,000..9,999), "tens of thousands" 10,000 (10,000..99,999),
  "hundreds of thousands" 100,000, "millions" 1,000,000.
* "several" is 3 (3..9): the word means more than two and fewer than a dozen or so. "a few" and
  "a handful" are 2 (2..9); "many", "numerous" and "a number of" are 2 with no upper bound.
* Ranges ("between 32 and 60", "32-60", "32 to 60", "32 or 33") take the lower figure as `best`.
* "at least N", "more than N", "over N", "no fewer than N": N is both `low` and `best` (the stated figure,
  as ACLED codes it), `high` is open. "nearly/almost/up to/as many as N": `high` is N and `best` is N,
  `low` is open. "about/around/some/approximately N": `best` N, both bounds open.
"""
from __future__ import annotations

import math
import re
from typing import Optional

Range = tuple[Optional[int], Optional[int], Optional[int]]

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}

# Vague quantifiers: phrase -> (low, best, high). Longest phrases are tried first.
VAGUE: dict[str, Range] = {
    "tens of thousands": (10_000, 10_000, 99_999),
    "hundreds of thousands": (100_000, 100_000, 999_999),
    "tens of millions": (10_000_000, 10_000_000, 99_999_999),
    "hundreds of millions": (100_000_000, 100_000_000, 999_999_999),
    "millions": (1_000_000, 1_000_000, 9_999_999),
    "thousands": (1_000, 1_000, 9_999),
    "hundreds": (100, 100, 999),
    "scores": (20, 20, 99),
    "dozens": (12, 12, 99),
    "tens": (10, 10, 99),
    "several": (3, 3, 9),
    "a few": (2, 2, 9),
    "a handful": (2, 2, 9),
    "a handful of": (2, 2, 9),
    "a number of": (2, 2, None),
    "numerous": (2, 2, None),
    "many": (2, 2, None),
    "a couple of": (2, 2, 2),
    "a dozen": (12, 12, 12),
    "half a dozen": (6, 6, 6),
    "a score of": (20, 20, 20),
}

_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
# "thirty-two", "two hundred and fifty", "one thousand five hundred", "3 million", "1.5 million", "1,200"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = rf"(?:{_NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMBER_WORD}))*"
NUMBER = rf"(?:(?:{_DIGITS})(?:\s*(?:million|billion|thousand|hundred|mn|bn|m|k)\b)?|\b{_WORDS}\b)"
_VAGUE_RE = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(VAGUE, key=len, reverse=True))
# "two dozen", "three dozen"
_DOZEN = rf"(?:{NUMBER})\s+dozens?"

LOWER_BOUND = r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|more\s+than|over|upwards\s+of|in\s+excess\s+of"
UPPER_BOUND = r"nearly|almost|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under|at\s+most|close\s+to|no\s+more\s+than"
APPROXIMATE = r"about|around|some|approximately|roughly|an\s+estimated|estimated|nearly\s+about|approx\.?"
MODIFIER = rf"(?:{LOWER_BOUND}|{UPPER_BOUND}|{APPROXIMATE})"

_CORE = rf"(?:{_VAGUE_RE}|{_DOZEN}|{NUMBER})"
# A range joins two cores: "between 32 and 60", "32-60", "32 to 60", "32 or 33", "from 32 to 60".
_RANGE = rf"(?:between\s+{_CORE}\s+and\s+{_CORE}|from\s+{_CORE}\s+to\s+{_CORE}|(?:{_DIGITS})\s*(?:-|–|—)\s*(?:{_DIGITS})|{NUMBER}\s+(?:to|or)\s+{NUMBER})"

#: A full quantity expression: optional modifier, then a range or a single core.
QUANTITY_PATTERN = rf"(?:(?:{MODIFIER})\s+)?(?:{_RANGE}|{_CORE})"
QUANTITY_RE = re.compile(rf"(?<![\w.,-]){QUANTITY_PATTERN}(?![\w])", re.IGNORECASE)

_SPACES = re.compile(r"\s+")
_MODIFIER_PREFIX = re.compile(rf"^({MODIFIER})\s+", re.IGNORECASE)


def parse_number(raw: str) -> Optional[int]:
    """A single figure in digits or words ("1,200", "1.5 million", "thirty-two", "two hundred and five")."""
    text = _SPACES.sub(" ", raw.strip().lower())
    if not text:
        return None
    m = re.fullmatch(rf"({_DIGITS})\s*(million|billion|thousand|hundred|mn|bn|m|k)?", text)
    if m:
        value = float(m.group(1).replace(",", ""))
        scale = m.group(2)
        if scale:
            value *= SCALES.get(scale) or SCALE_ABBREVIATIONS[scale]
        if not math.isfinite(value):
            return None  # a run of hundreds of digits (a hash, an id) is no figure, and no float holds it
        return int(round(value))
    return _parse_words(text)


def _parse_words(text: str) -> Optional[int]:
    words = [w for w in re.split(r"[\s-]+", text) if w and w != "and"]
    if not words:
        return None
    total, current, seen = 0, 0, False
    for w in words:
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
        elif re.fullmatch(r"\d+", w):
            current += int(w)
        else:
            return None
        seen = True
    return total + current if seen else None


def _parse_core(text: str) -> Optional[Range]:
    text = _SPACES.sub(" ", text.strip().lower())
    if text in VAGUE:
        return VAGUE[text]
    m = re.fullmatch(r"(.+?) dozens?", text)
    if m:
        n = parse_number(m.group(1))
        if n is not None:
            return (n * 12, n * 12, n * 12)
    n = parse_number(text)
    return None if n is None else (n, n, n)


def parse_quantity(raw: str) -> Optional[Range]:
    """Read a quantity phrase into `(low, best, high)`; None when it is not a count.

    See the module docstring for the conservative reading of vague words, bounds and ranges.
    """
    text = _SPACES.sub(" ", raw.strip().lower()).strip(" ,.;:")
    if not text:
        return None
    modifier = None
    m = _MODIFIER_PREFIX.match(text)
    if m:
        modifier = m.group(1)
        text = text[m.end():]
    rng = _parse_range(text)
    if rng is None:
        return None
    low, best, high = rng
    if modifier is None:
        return rng
    if re.fullmatch(LOWER_BOUND, modifier):
        return (low, low, None)
    if re.fullmatch(UPPER_BOUND, modifier):
        return (None, high, high)
    return (None, best, None)  # approximate


def _parse_range(text: str) -> Optional[Range]:
    for pattern in (
        rf"between ({_CORE}) and ({_CORE})",
        rf"from ({_CORE}) to ({_CORE})",
        rf"({_DIGITS}) ?(?:-|–|—) ?({_DIGITS})",
        rf"({NUMBER}) (?:to|or) ({NUMBER})",
    ):
        m = re.fullmatch(pattern, text)
        if m:
            a, b = _parse_core(m.group(1)), _parse_core(m.group(2))
            if a is None or b is None:
                return None
            low, high = a[0], b[2]
            if low is None or (high is not None and high < low):
                return None
            return (low, low, high)
    return _parse_core(text)


def find_quantities(text: str) -> list[tuple[int, int, Range]]:
    """Every quantity expression in `text`: `(start, end, (low, best, high))`, offsets relative to `text`.

    Four-digit figures that read as years ("in 2019") and parts of dates, times and ages are left out:
    the caller looks at the context for what is being counted.
    """
    out = []
    for m in QUANTITY_RE.finditer(text):
        raw = m.group(0)
        if _looks_like_non_count(text, m.start(), m.end()):
            continue
        rng = parse_quantity(raw)
        if rng is not None:
            out.append((m.start(), m.end(), rng))
    return out


_MONTHS = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
_AFTER_NON_COUNT = re.compile(
    rf"^(?:\s*(?:{_MONTHS})\b|\s*(?:am|pm|a\.m\.|p\.m\.|hrs|h\b|gmt|utc|o'clock)|-year|\s*years?[\s-]+old|\s*%|\s*per\s*cent|"
    r"st\b|nd\b|rd\b|th\b|[:/]\d|\.\d)",
    re.IGNORECASE,
)
_BEFORE_NON_COUNT = re.compile(rf"(?:(?:{_MONTHS})\.?\s*|\d[:/]|\bno\.\s*|\bno\s+|\$|£|€)$", re.IGNORECASE)


def _looks_like_non_count(text: str, start: int, end: int) -> bool:
    after, before = text[end:end + 12], text[max(0, start - 12):start]
    raw = text[start:end]
    if _AFTER_NON_COUNT.match(after) or _BEFORE_NON_COUNT.search(before):
        return True
    if re.fullmatch(r"(?:1[89]|20)\d\d", raw.strip()):  # a bare year
        return True
    return False
