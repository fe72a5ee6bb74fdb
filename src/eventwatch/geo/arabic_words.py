"""What the words around an Arabic-script name say about it, where Arabic has no capitals to say it.

A report in Arabic writes every word alike, so the gazetteer automaton reads each word that is also some
place's alternate name. Three things in the language itself tell a name from a word:

* the report's own vocabulary (data/gazetteer/arabic_report_words.yaml `common_words`): "طائرات حربية"
  (warplanes) is not Harbiye, "طوال الليل" (all night) is not Lille;
* agreement: an adjective follows its noun and takes its definiteness ("الطائرات الحربية", "مواقع عسكرية");
  a nisba word placed so is that noun's adjective, unless it names a large place;
* the verbs of attack and capture: "قصفت قوات النظام X" puts the place right after the verb's subject, with
  no preposition or settlement word before it.

Functions here are pure: tokens and word sets in, a judgement out. The recogniser (geo/recognise.py,
`_arabic_context` and `_arabic_lists`) and the belief gate (geo/__init__.py `_believed`) call them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_base, arabic_candidates, fold_token, is_arabic
from eventwatch.geo.yaml_files import parse_yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "arabic_report_words.yaml"

# Words of subject between a verb and its object ("قصفت [قوات النظام] X"): more and the name is something else's.
MAX_SUBJECT_WORDS = 3
# The cue a verb's object carries: English reports give "shelled X", "targeted X" the same role.
ARABIC_OBJECT_CUE = "targeted"
# Conjunction proclitics: "وحجة" after a place is the next item of a list, never a word of the same name.
CONJUNCTIONS = ("و", "ف")


@dataclass(frozen=True)
class ArabicReportWords:
    """The folded word sets of arabic_report_words.yaml."""

    common_words: frozenset[str]
    conflict_verbs: frozenset[str]
    name_countries: frozenset[str]


def _folded(words: list, key: str) -> frozenset[str]:
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise ValueError(f"arabic_report_words.yaml: {key} must be a non-empty list of words")
    bad = [w for w in words if not is_arabic(w) or " " in w.strip()]
    if bad:
        raise ValueError(f"arabic_report_words.yaml: {key} must hold single Arabic-script words: {bad}")
    return frozenset(arabic_base(fold_token(w.strip())) for w in words)


@lru_cache(maxsize=2)
def load_arabic_report_words(path: str = str(DATA)) -> ArabicReportWords:
    """The report vocabulary, folded as the recogniser folds a token (article off), validated."""
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    countries = raw.get("arabic_name_countries")
    if not isinstance(countries, list) or not countries or not all(
            isinstance(c, str) and len(c) == 2 and c.isupper() for c in countries):
        raise ValueError("arabic_report_words.yaml: arabic_name_countries must list two-letter country codes")
    verbs = _folded(raw.get("conflict_verbs"), "conflict_verbs")
    return ArabicReportWords(
        common_words=_folded(raw.get("common_words"), "common_words"),
        # a verb keeps its form with "ال" too ("التقى" is no article): both readings are kept
        conflict_verbs=verbs | frozenset(fold_token(w.strip()) for w in raw["conflict_verbs"]),
        name_countries=frozenset(countries),
    )


def _definite(norm: str) -> bool:
    return norm.startswith(ARABIC_ARTICLE) and len(norm) > 3


def _nisba(norm: str) -> bool:
    """Whether a folded word has the shape of a relative adjective ("حربيه", "شعبي", "العسكريه")."""
    base = arabic_base(norm)
    return len(base) >= 4 and (base.endswith("يه") or base.endswith("ي"))


def is_common_word(reading: str, words: ArabicReportWords) -> bool:
    """Whether the reading a name was matched on (folded, proclitics the match needed peeled off) is a word
    of report vocabulary. Only that reading counts: "كسب" (Kessab) is no "سب" after a peeled ك."""
    return arabic_base(reading) in words.common_words


def is_attributive(tokens: list[Token], i: int, text: str, cue_words: frozenset[str]) -> bool:
    """Whether token i is the adjective of the noun before it: a nisba word with no proclitic, written as
    definite as that noun ("الطائرات الحربية", "طائرات حربية"), the noun itself no cue word. A place name
    after a noun is that noun's complement instead and differs from it in definiteness ("ريف إدلب",
    "سكان الزبداني"); a verb before a name is caught by `object_of_conflict_verb` first."""
    if i == 0:
        return False
    word, prev = tokens[i], tokens[i - 1]
    if not is_arabic(prev.norm) or text[prev.end : word.start].strip():
        return False
    if not _nisba(word.norm) or (word.norm[:1] in "وفبلك" and word.norm[1:3] == ARABIC_ARTICLE):
        return False  # "بالحرية", "والعسكرية": a proclitic before the article makes it no adjective
    if any(r in cue_words for r in arabic_candidates(prev.norm)):
        return False
    return _definite(word.norm) == _definite(prev.norm)


def object_of_conflict_verb(tokens: list[Token], i: int, text: str, words: ArabicReportWords,
                            stop_words: frozenset[str]) -> bool:
    """Whether the name at token i follows a verb of attack or capture across at most MAX_SUBJECT_WORDS words
    of its subject, none a preposition or cue (`stop_words`), within one clause."""
    k = i - 1
    seen = 0
    while k >= 0 and seen <= MAX_SUBJECT_WORDS:
        t = tokens[k]
        if not is_arabic(t.norm) or any(ch in text[t.end : tokens[k + 1].start] for ch in ".،,؛;:!?؟\n()"):
            return False
        readings = arabic_candidates(t.norm)
        if t.norm in words.conflict_verbs or any(r in words.conflict_verbs for r in readings):
            return True
        if any(r in stop_words for r in readings):
            return False
        k -= 1
        seen += 1
    return False


def conjoined(norm: str, reading: str) -> bool:
    """Whether a token (folded) opens with "and" (و, ف) that its name's reading peeled off: "صعدة وحجة" is
    two places, and "وادي" (whose و is its own) one word."""
    return norm[:1] in CONJUNCTIONS and reading != arabic_base(norm) and reading in arabic_candidates(norm)[1:]
