"""Name normalisation shared by the gazetteer builder and the recogniser.

Both sides must fold a name the same way, or a spelling in a report and the spelling in GeoNames never
meet. Two levels are kept:

* `normalise` folds what never distinguishes two places: case, diacritics, apostrophes and the ʿayn/hamza
  marks, hyphens, and the Arabic article in its Latin spellings (al-/el-/ad-/ar-/as-/ash-/at-/az-/an-...).
* `skeleton` additionally folds transliteration choices (vowel quality and length, doubled consonants,
  ou/u, ei/ay, ch/sh, q/k, dj/j ...). Skeleton keys are what the automaton indexes; a skeleton hit that is not
  also a normalised hit must then be confirmed by fuzzy similarity (see `recognise`), because skeletons
  alone collide ("Merit" and "Maaret").

Text is handled as tokens with character offsets so every match maps back to an exact span.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Marks that stand for ʿayn, hamza or an apostrophe in transliterations: they are dropped, not spaced.
_APOSTROPHES = "'’‘ʼʻʿʾ`´′ʹ"
_SPECIAL = str.maketrans(
    {
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "ng",
        "ḩ": "h", "ḥ": "h", "ş": "s", "ţ": "t",
    }
)
_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ؤ": "و", "ئ": "ي"}
)
# One token: letters/digits, possibly joined by apostrophe-like marks (Ma'arrat, Nu'man stay one word).
TOKEN_RE = re.compile(r"[^\W_]+(?:[" + _APOSTROPHES + r"][^\W_]+)*")
# Arabic vowel signs, shadda and Quranic marks are combining characters, which `\w` does not match: a vowelled
# word ("الرَّقَّة") would split at each mark into pieces no name holds. In a text that has any, they are taken
# inside the word (the fold drops them); other texts, nearly all, keep the plain pattern (an ASCII text is not
# even scanned).
_ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_HAS_ARABIC_MARK = re.compile("[" + _ARABIC_MARKS + "]").search
_MARKED_LETTERS = r"[^\W_]+(?:[" + _ARABIC_MARKS + r"]+[^\W_]*)*"
MARKED_TOKEN_RE = re.compile(_MARKED_LETTERS + r"(?:[" + _APOSTROPHES + r"]" + _MARKED_LETTERS + r")*")
_ARABIC_RE = re.compile("[\u0600-\u06ff]")

# Latin spellings of the Arabic article: always articles when hyphen-joined or before their sun letter.
ARTICLES = frozenset({"al", "el", "ul", "il"})
SUN_ARTICLES = {
    "ad": "d", "adh": "d", "ar": "r", "as": "s", "ash": "s", "at": "t", "ath": "t", "az": "z", "an": "n",
    "ed": "d", "er": "r", "es": "s", "esh": "s", "et": "t", "ez": "z", "en": "n", "ud": "d", "ur": "r",
    "us": "s", "ush": "s", "ut": "t", "uz": "z", "un": "n",
}
ARTICLE_KEY = "al"
# Arabic one-letter proclitics (wa-, bi-, li-, fa-) and the article, stripped only when what remains is known.
ARABIC_PROCLITICS = ("و", "ف", "ب", "ل", "ك")
ARABIC_ARTICLE = "ال"


def is_arabic(text: str) -> bool:
    return not text.isascii() and bool(_ARABIC_RE.search(text))  # isascii: most words, at C speed


@lru_cache(maxsize=200_000)
def fold_token(token: str) -> str:
    """One token → lower-case ASCII (or normalised Arabic) without marks or apostrophes."""
    if token.isascii():
        # Most words: no Arabic, nothing to transliterate or decompose, and only the two ASCII apostrophes
        # to drop; the same result as the general path below, for a fraction of its work on every new word.
        if "'" in token or "`" in token:
            token = token.replace("'", "").replace("`", "")
        return token.casefold()
    if _ARABIC_RE.search(token):
        t = _ARABIC_DIACRITICS.sub("", token).translate(_ARABIC_FOLD)
        for ch in _APOSTROPHES:
            t = t.replace(ch, "")
        return t
    t = token.translate(_SPECIAL)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    for ch in _APOSTROPHES:
        t = t.replace(ch, "")
    return t.casefold()


class Token(NamedTuple):
    """A word of the original text: its span, its folded form, and whether a hyphen joins it to the next.

    A named tuple rather than a frozen dataclass: every document makes thousands and construction is a
    tenth of the geoparser's time with a dataclass.
    """

    start: int
    end: int
    text: str
    norm: str
    hyphen_after: bool = False


_HYPHENS = "-‐‑–"
# Building a token through tuple.__new__ skips the named tuple's Python-level __new__: tokenising runs over
# every word of every document, and that call was a fifth of its time.
_new_token = tuple.__new__


@lru_cache(maxsize=200_000)
def _word(word: str) -> tuple[str, str, int]:
    """A matched word as a token holds it: without an English possessive ("Russia's" → "Russia", the clitic
    is not part of the name), folded, and its length. Words recur, so this is worked out once per word."""
    if len(word) > 2 and word[-1] in "sS" and word[-2] in _APOSTROPHES:
        word = word[:-2]
    return word, fold_token(word), len(word)


# The same words, split out with the text between them: words at odd positions, gaps at even ones.
_TOKEN_SPLIT = re.compile("(" + TOKEN_RE.pattern + ")").split
_MARKED_TOKEN_SPLIT = re.compile("(" + MARKED_TOKEN_RE.pattern + ")").split


def tokenize(text: str) -> list[Token]:
    """The words of `text` with their offsets.

    Offsets are summed from the lengths of the words and of the gaps `re.split` puts between them, rather
    than read from match objects or searched for. A hyphen joins a word to the next when it is the whole gap
    between them: a letter or digit after a gap would have started a word inside it, so "a hyphen followed
    by a letter or digit" and "a gap of one hyphen" are the same test. A word that lost its possessive ends
    at its apostrophe, never at a hyphen.
    """
    tokens: list[Token] = []
    append = tokens.append
    parts = (_TOKEN_SPLIT if text.isascii() or not _HAS_ARABIC_MARK(text) else _MARKED_TOKEN_SPLIT)(text)
    pos = len(parts[0])
    last = len(parts) - 2  # the last word's index
    for k in range(1, last + 1, 2):
        matched = parts[k]
        gap = parts[k + 1]
        word, norm, size = _word(matched)
        whole = len(matched)
        hyphen = size == whole and k < last and len(gap) == 1 and gap in _HYPHENS
        append(_new_token(Token, (pos, pos + size, word, norm, hyphen)))
        pos += whole + len(gap)
    return tokens


def fold_articles(norms: list[str], hyphens: list[bool] | None = None) -> list[str]:
    """Map Latin spellings of the Arabic article to one key, where they really are the article.

    `al`/`el` always are (inside a name sequence); `ash`, `ad`, `ez`... only when hyphen-joined to the next
    word or followed by the sun letter they assimilate to ("as Suwayda", "ad-Dana"), so English "as", "at",
    "an" stay words.
    """
    out = list(norms)
    for i, t in enumerate(norms[:-1]):
        nxt = norms[i + 1]
        if t in ARTICLES and (hyphens is None or hyphens[i] or nxt[:1].isalpha()):
            out[i] = ARTICLE_KEY
        elif t in SUN_ARTICLES:
            letter = SUN_ARTICLES[t]
            if (hyphens is not None and hyphens[i]) or nxt.startswith(letter) or (
                letter in "dt" and nxt.startswith(letter + "h")
            ):
                out[i] = ARTICLE_KEY
    return out


@lru_cache(maxsize=200_000)
def normalise(name: str) -> str:
    """A name → its normalised key: folded tokens, articles unified, joined by single spaces.

    Cached: the same names are normalised again and again (each span, candidate and cue of a text, and the
    same names text after text), and the key depends on the name alone."""
    toks = tokenize(name)
    norms = fold_articles([t.norm for t in toks], [t.hyphen_after for t in toks])
    if norms and is_arabic(norms[0]):
        norms = [arabic_base(t) for t in norms]
    return " ".join(n for n in norms if n)


def arabic_base(token: str) -> str:
    """Arabic token without its article: names are indexed and matched article-less."""
    if token.startswith(ARABIC_ARTICLE) and len(token) > 3:
        return token[2:]
    return token


def arabic_candidates(token: str) -> list[str]:
    """Readings of an Arabic-script token with proclitics peeled off, longest (least stripped) first."""
    base = arabic_base(token)
    out = [base]
    if len(token) > 3 and token[0] in ARABIC_PROCLITICS:
        rest = token[1:]
        if rest.startswith("ل") and token[0] == "ل":  # لل = li- + al-
            out.append(rest[1:])
        out.append(arabic_base(rest))
        # وب , فل ...: only "and" comes before another proclitic ("كفرزيتا" is no ك then ف on "رزيتا")
        if len(rest) > 3 and token[0] in "وف" and rest[0] in "بلك":
            out.append(arabic_base(rest[1:]))
    return [c for i, c in enumerate(out) if c and c not in out[:i]]


_DIGRAPHS = (
    ("tch", "sh"), ("sch", "sh"), ("dj", "j"), ("ch", "sh"), ("kh", "x"), ("gh", "g"), ("th", "t"),
    ("dh", "d"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("c", "k"), ("ou", "u"), ("oo", "u"), ("ee", "i"),
    ("aw", "o"), ("au", "o"), ("ow", "o"), ("ay", "y"), ("ai", "y"), ("ei", "y"), ("ey", "y"),
)
_VOWELS = re.compile("[aeiou]+")
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
# `skeleton_token` runs on every new word of a text: its final h and its vowels go by plain string calls, the
# same as `_FINAL_H.sub("", t)` and `_VOWELS.sub("", t)` on a word of ASCII letters, at a fraction of the cost.
_DROP_VOWELS = str.maketrans("", "", "aeiou")
_FINAL_H_AFTER = frozenset("aeiou")


def _run_letter(m: re.Match) -> str:
    return m.group(1)


def collapse_runs(text: str) -> str:
    """`text` with every run of one character written once ("Mississippi" → "Misisipi").

    The same as `_DOUBLE.sub(r"\\1", text)`, at a third of its cost: a replacement given as a template is
    looked up in re's template cache and expanded by Python code on every call, a function is simply called
    (measured on CPython 3.11). Every new word of a text passes through here (`skeleton_token`, and
    gazetteer.vowel_class for each spelling it scores)."""
    return _DOUBLE.sub(_run_letter, text)


@lru_cache(maxsize=400_000)
def skeleton_token(norm: str) -> str:
    """Transliteration-blind key of one folded token: its consonant frame.

    Folding vowel quality and length, doubled letters and common digraph alternations makes "Maaret",
    "Maarat", "Ma'arrat" and "Marat" one key; digits and Arabic script pass through unchanged.
    """
    if not norm or not norm.isascii() or not norm.isalpha():
        return norm
    t = norm[:-1] if norm[-1] == "h" and norm[-2:-1] in _FINAL_H_AFTER else norm  # _FINAL_H
    for a, b in _DIGRAPHS:
        if a in t:
            t = t.replace(a, b)
    t = collapse_runs(t)
    t = t.translate(_DROP_VOWELS)  # _VOWELS
    t = collapse_runs(t)
    return t or norm


def skeleton(name: str) -> str:
    """A whole name → the automaton key (token skeletons joined by spaces)."""
    return " ".join(skeleton_token(t) for t in normalise(name).split())


# The Latin spellings of the Arabic article that the press also writes fused to the name ("Elwak", "Alqaim",
# "Elfasher"); a name opens with one of them, then a space or hyphen, then one more word.
FUSABLE_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az")
_SEPARATE_ARTICLE = re.compile(
    rf"^({'|'.join(FUSABLE_ARTICLES)})[ \-\u2010\u2011](\w[\w'\u2019\u2018]*)$", re.IGNORECASE
)


def fused_article_forms(surface: str, *, english_words: frozenset[str] = frozenset()) -> list[str]:
    """The fused spelling of a two-word name opened by a separate Arabic article ("El Wak" → "Elwak",
    "Al-Qaim" → "Alqaim", "Ash Shihr" → "Ashshihr"), the article kept as the name writes it (each of a place's
    spellings, "Al Fashir" and "El Fasher", gives its own): wire copy and local outlets write the
    article joined to the name, and a key for that spelling is all that finds it.

    Only two-word names, whose second word has three letters or more and whose fused form has five or more,
    so a fused key is a plausible place spelling; a form that is an English word (`english_words`, folded) is
    never made, so "Alone", "Elder" or "Aspen" cannot come to name a place through this rule.
    """
    m = _SEPARATE_ARTICLE.match(surface.strip())
    if m is None:
        return []
    article, rest = m.group(1), m.group(2)
    folded_rest = fold_token(rest)
    if len(folded_rest) < 3 or not folded_rest.isalpha() or not folded_rest.isascii():
        return []
    fused = article.lower() + folded_rest
    if len(fused) < 5 or fused in english_words:
        return []
    return [fused[0].upper() + fused[1:]]


# Two short words the press also writes as one ("Dan Musa" / "Danmusa", "Da Nang" / "Danang", "Rio Negro" /
# "Rionegro"). Not after the particles of family names ("Mac Leod", "Van Horn", "Abu Bakr", "Ben Ali"): those
# joined are persons.
_TWO_SHORT_WORDS = re.compile(r"^([A-Z][a-z]{1,3})[ \-]([A-Z][a-z]{2,4})$")
_FAMILY_PARTICLES = frozenset({"mac", "mc", "van", "von", "ben", "bin", "ibn", "abu", "abd", "del", "der", "den",
                               "dos", "das", "di", "de", "du", "da", "le", "la", "lo", "fitz", "st", "ste"})


def joined_forms(surface: str, *, english_words: frozenset[str] = frozenset(),
                 common_words: frozenset[str] = frozenset()) -> list[str]:
    """The one-word spelling of a name of two short words ("Dan Musa" → "Danmusa"): local and wire copy
    write such names run together, and a key for that spelling is all that finds them.

    Only names of two words of up to four and five letters, whose joined form has six or more, is not an
    English word or given name (`english_words`, folded), whose words are not both English ones
    (`common_words`: given names left out, so "Dan Musa" keeps its joined form), and whose
    first word is not a family-name particle,
    so the joined key is a plausible place spelling and no person or word comes to name a place through it.
    """
    m = _TWO_SHORT_WORDS.match(surface.strip())
    if m is None or fold_token(m.group(1)) in _FAMILY_PARTICLES:
        return []
    if fold_token(m.group(1)) in common_words and fold_token(m.group(2)) in common_words:
        return []  # an English compound ("Big Bear", "Dry Run"), which joined is a word or a brand
    joined = fold_token(m.group(1) + m.group(2).lower())
    if len(joined) < 6 or joined in english_words:
        return []
    return [joined[0].upper() + joined[1:]]
