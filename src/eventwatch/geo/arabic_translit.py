"""A bridge from Arabic script to the Latin names of towns the gazetteer holds without an Arabic name.

GeoNames gives many small towns of Syria, Iraq, Yemen, Libya or Sudan only Latin spellings
("Kafr Takharim", "Tarhuna"), so an Arabic report naming them ("بلدة كفرتخاريم", "على ترهونة") meets no name at all. Arabic
writes consonants and long vowels; every Latin transliteration keeps those consonants and varies in the rest.
Both sides are therefore reduced to one consonant skeleton:

* Latin: digraphs to one class (kh, gh, sh/ch, th → t, dh → d, dj → j, q/c → k), vowels and medial w/y
  dropped, the article ("al", "ash-", folded by `normalise`) dropped, a final "h" after a vowel dropped,
  doubled letters single, the words run together ("Kafr Zita" and "Kaferzita" alike);
* Arabic: each letter to the Latin classes transliterations give it (ق k or g, ج j or g, ث t or s, ذ d or z,
  ظ z or d), ا ع ء dropped, و ي dropped inside a word and optional at its start, ة (folded to ه) dropped or
  "t" before another word of the name, the article and proclitics off as the recogniser peels them.

A skeleton keeps too little to name a place on its own: the recogniser asks the bridge only for Arabic words
right after a firm cue where the gazetteer automaton found nothing, and takes its answer only when one place
of the countries whose places have Arabic names fits (or one is clearly the most populous). The answer is a
candidate attached like an alternate name (`store.NAME_ALT`) with its Latin spelling as `matched`, so
resolution weighs it as any alternate-name reading.

Governorates and states ("الأنبار" Al Anbar, "الجفرة" Al Jufrah, "النبطية" Nabatîyé) are as often held
in Latin letters only, and reports name them constantly ("محافظة الأنبار", "بالأنبار"). They are indexed apart and
read only where no populated place (of the report's countries, where it has any) is picked for the skeleton: a
governorate named after its seat ("Marib" town and governorate) is the town first, as the automaton's readings
are. Where two places share a skeleton, the long vowels are compared both ways, consonant by consonant: a
Latin name that marks a long vowel the Arabic does not write is not the one ("Al Jafārah" is no "الجفرة"),
nor one that writes no vowel where the Arabic writes a long one ("Al Jufrah" is no "الجفارة"); a Latin ayn
mark likewise needs an ع. Divisions are read without the generic words of their Latin names ("Abyan
Governorate"), and keep keys of any length: a name too short for the towns reaches them only after a
governorate word, or a firm cue with the report's countries to agree with; districts (`district_index`) only
after a district word ("مديرية شدا").
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from itertools import product
from typing import Iterable, Iterator, Optional

from rapidfuzz import fuzz

from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.latin_orthographies import spoken_variants
from eventwatch.geo.normalise import arabic_base, arabic_candidates, fold_token, is_arabic, normalise
from eventwatch.geo.store import NAME_ALT

# Fewest consonants a skeleton needs before it may name anything: "kt" or "nb" is half the words of a report.
MIN_CONSONANTS = 3
# A bridged place is "clearly the most populous" of several that share its skeleton when it has this many
# times the population of the next (one unit of the resolver's prior is a tenfold population).
CLEAR_MARGIN = 10
# How close (rapidfuzz ratio of skeletons) an alternate spelling must be to the main name's to be indexed.
LOCAL_SPELLING_MIN = 70
# Arabic words grow from three-consonant roots, so a skeleton of three consonants is as often an everyday
# word as a name: after a cue that any noun may follow (a preposition, a verb) and with no country of the
# document to agree with, a name needs this many.
MIN_CONSONANTS_LOOSE = 4
# Most words of one name read through the bridge ("جرف الصخر", "كفر تخاريم", "دير حافر").
MAX_WORDS = 3
# Most skeleton alternatives one name may expand to: a guard against long names of ambiguous letters.
MAX_KEYS = 256
# The feature codes of the divisions indexed behind the populated places: first-level divisions (governorate,
# state, wilaya). Second-level ones were tried: thousands more keys, and everyday words met them ("مقبرة" a
# cemetery is a Kuwaiti district's name) while the districts reports name are their seat towns' namesakes.
DIVISION_CODES = ("ADM1",)

# Latin: what one sound class is written as, longest first; the class symbols are single letters so doubled
# letters fold the same way whatever the digraph was. S is sh/ch, X kh, G gh.
_LATIN_DIGRAPHS = (("sch", "S"), ("tch", "S"), ("dzh", "j"), ("sh", "S"), ("ch", "S"), ("kh", "X"),
                   ("gh", "G"), ("th", "t"), ("dh", "d"), ("dj", "j"), ("zh", "j"), ("ph", "f"), ("ck", "k"),
                   ("q", "k"), ("c", "k"), ("v", "f"), ("x", "ks"), ("p", "b"))
# (Arabic has no "p" and writes it "ب": Punjab is "البنجاب", Peshawar "بيشاور"; a "ph" is already an "f".)
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
_LATIN_VOWELS = re.compile(r"(?<!^)[wy]|[aeiou]")
_DOUBLE = re.compile(r"(.)\1+")
_LATIN_WORD = re.compile(r"[a-z]+")

# Arabic letters (as `fold_token` leaves them) → the Latin classes transliterations write them as.
_ARABIC_LETTERS: dict[str, tuple[str, ...]] = {
    "ب": ("b",), "ت": ("t",), "ث": ("t", "s"), "ج": ("j", "g"), "ح": ("h",), "خ": ("X",), "د": ("d",),
    "ذ": ("d", "z"), "ر": ("r",), "ز": ("z",), "س": ("s",), "ش": ("S",), "ص": ("s",), "ض": ("d",),
    "ط": ("t",), "ظ": ("z", "d"), "غ": ("G", "g"), "ف": ("f",), "ق": ("k", "g"), "ك": ("k",), "ل": ("l",),
    "م": ("m",), "ن": ("n",), "ه": ("h",), "ا": ("",), "ء": ("",), "ع": ("",), "و": ("",), "ي": ("",),
    "پ": ("b",), "چ": ("S", "j"), "ڤ": ("f",), "گ": ("g",),
}
# A long vowel letter opening a word is its consonant (وادي Wadi, يبرود Yabroud) or a French "Ou".
_INITIAL = {"و": ("w", ""), "ي": ("y", "")}
# The word "كفر" is written Kafr, Kfar, Kafer: all one skeleton already. A word's last ه is most often ة
# (`fold_token` writes both alike): silent at the end of a name ("Tarhuna", "Tarhunah": the Latin final h
# after a vowel is dropped too), "t" in the construct before another word ("Maarat an Numan").
_TA_MARBUTA_LAST = ("",)
_TA_MARBUTA_INNER = ("", "t")
# A word's last ح is written "h", which Latin spellings drop after a vowel as they drop a silent one ("Salah ad
# Din" and "Salah", both of "صلاح"): the Latin rule above folds it away, so the Arabic side may too.
_FINAL_HA = ("h", "")


def latin_skeleton(name: str) -> str:
    """The consonant skeleton of a Latin-script name, words run together, the article left out."""
    words = [w for w in normalise(name).split() if w != "al"]
    out = []
    for w in words:
        if not _LATIN_WORD.fullmatch(w):
            return ""  # not Latin letters only (digits, other scripts): no key
        w = _FINAL_H.sub("", w)
        for a, b in _LATIN_DIGRAPHS:
            if a in w:
                w = w.replace(a, b)
        out.append(_LATIN_VOWELS.sub("", _DOUBLE.sub(r"\1", w)))
    return _DOUBLE.sub(r"\1", "".join(out))


def _word_options(word: str, last: bool) -> list[tuple[str, ...]]:
    options: list[tuple[str, ...]] = []
    for k, ch in enumerate(word):
        if k == 0 and ch in _INITIAL:
            options.append(_INITIAL[ch])
        elif k == len(word) - 1 and ch == "ه" and k > 0:
            options.append(_TA_MARBUTA_LAST if last else _TA_MARBUTA_INNER)
        elif k == len(word) - 1 and ch == "ح" and k > 0:
            options.append(_FINAL_HA)
        else:
            opt = _ARABIC_LETTERS.get(ch)
            if opt is None:
                return []  # a letter of no known class: no key rather than a wrong one
            options.append(opt)
    return options


def primary_skeleton(words: Iterable[str]) -> str:
    """The skeleton of the commonest transliteration of each letter (ق q, ج j, ث th...): where several
    places share the name's skeletons, the one spelled so is what a reader of the Arabic would write."""
    words = list(words)
    out = []
    for k, w in enumerate(words):
        got = _word_options(w, k == len(words) - 1)
        if not got:
            return ""
        out += [o[0] for o in got]
    return _DOUBLE.sub(r"\1", "".join(out))


def arabic_skeletons(words: Iterable[str]) -> frozenset[str]:
    """The consonant skeletons a name of folded Arabic words (article and proclitics already off) may have
    in Latin letters; empty when it expands to more than MAX_KEYS or holds letters of no known class."""
    words = list(words)
    options: list[tuple[str, ...]] = []
    for k, w in enumerate(words):
        got = _word_options(w, k == len(words) - 1)
        if not got:
            return frozenset()
        options += got
    count = 1
    for o in options:
        count *= len(o)
        if count > MAX_KEYS:
            return frozenset()
    return frozenset(_DOUBLE.sub(r"\1", "".join(p)) for p in product(*options))


# Where a division's Latin name splits into words: spaces, hyphens, and the apostrophe after an elided French "de"
# or "la" ("Cercle d’Ansongo", "Délégation de l'Ariana"), whose letter is then a word of its own.
_DIVISION_WORD = re.compile(r"[\s-]+|(?<=\b[dDlL])['’]")


# The marks GeoNames writes for hamza and ayn ("Liwā’", "Qaḑā’", "Mu‘tamadīyat"), in its two quotes and their ASCII
# stand-ins: a generic word written with one is the word without it.
_LETTER_MARKS = str.maketrans("", "", "’‘'`")


def _unaccented(word: str) -> str:
    """The word without its accents and hamza or ayn marks ("daïra" → "daira", "liwā’" → "liwa"), as the generic
    words are listed: with the mark, Jordan's "Liwā’ ar Ramthā" kept its district word and met no Arabic name."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.translate(_LETTER_MARKS))
                   if not unicodedata.combining(ch))


def division_name(surface: str, generic: frozenset[str]) -> str:
    """A division's Latin name without the generic words GeoNames writes into it ("Abyan Governorate" → "Abyan",
    "Muhafazat Hadramaout" → "Hadramaout"); the name itself where it is nothing else ("State")."""
    words = [w for w in _DIVISION_WORD.split(surface) if w]
    kept = [w for w in words if _unaccented(w.lower()) not in generic]
    return " ".join(kept) if kept else surface


def consonants(key: str) -> int:
    """Consonants in a skeleton: every symbol of one is a consonant class."""
    return len(key)


def _local_spelling(key: str, main_name: str) -> bool:
    """Whether a Latin spelling writes the place's own name (its consonants near those of the main name),
    not an exonym of another language ("Guyoville" for Aïn Benian, "Argel" for Algiers): an Arabic report
    writes the local name, and an exonym's consonants only catch unrelated words."""
    main = latin_skeleton(main_name)
    return key == main or fuzz.ratio(key, main) >= LOCAL_SPELLING_MIN


def arabic_compact(words: Iterable[str]) -> str:
    """A name in Arabic script run together, each word's article off: "كفر تخاريم" and "كفرتخاريم" alike."""
    return "".join(arabic_base(w) for w in words)


# Fewest letters a run-together Arabic name keeps without its inner long vowels before it may name a place by
# them: three letters are a root, as often an everyday word's as a name's.
MIN_BARE_LETTERS = 4
_INNER_LONG_VOWELS = re.compile(r"(?<=.)[اوي](?=.)")


def arabic_bare(compact: str) -> str:
    """A run-together Arabic name without the long vowel letters inside it: spellings of one name differ most in
    those ("بيت أومر" in GeoNames, "بيت أمر" in the press; "العوينات" and "العوينت"), as its Latin ones do in
    their vowels. Empty where too few letters remain to tell a name from a word (MIN_BARE_LETTERS)."""
    bare = _INNER_LONG_VOWELS.sub("", compact)
    return bare if len(bare) >= MIN_BARE_LETTERS else ""


def _within(short: str, long: str) -> bool:
    """Whether `short` is `long` less some of its letters (in order)."""
    rest = iter(long)
    return all(ch in rest for ch in short)


def long_vowel_variant(written: str, held: str) -> bool:
    """Whether two run-together spellings of one `arabic_bare` key differ only by long vowels one of them writes
    and the other leaves out ("بيتامر" within "بيتاومر"), not by vowels each writes where the other has none
    ("تجاريه", commercial, and "تاجوره", Tadjourah, share the key "تجره" and are two words)."""
    return written != held and (_within(written, held) or _within(held, written))


class SkeletonIndex:
    """The populated places of some countries by the consonant skeleton of each of their Latin spellings.

    A place the gazetteer already names in Arabic script is indexed by that name run together instead
    (`arabic_compact`): the automaton reads its Arabic name wherever a report writes it as the gazetteer
    does, so an Arabic word it did not read is that place only if it writes the same letters with other
    spacing ("كفرتخاريم"); its Latin consonants would also catch other words ("المسيلة" is M'Sila, whose
    Arabic name is known, not Mosul). `with_arabic_named` indexes such places by their Latin names too
    (for measuring the transliteration against the Arabic names the gazetteer has)."""

    def __init__(self, spellings: Iterable[tuple[Candidate, str, int]], with_arabic_named: bool = False,
                 divisions: Iterable[tuple[Candidate, str, int]] = (), generic: frozenset[str] = frozenset(),
                 min_consonants: int = MIN_CONSONANTS, local_only: bool = True):
        spellings = list(spellings)
        divisions = list(divisions)
        # read only where no populated place has the key (module docstring). Divisions are few: every key is
        # kept, however short (`bridge` asks for short ones only after a governorate word or with the report's
        # countries to agree with), each spelling without the generic words of `generic` ("Abyan Governorate"
        # is "أبين"), and exonyms need no test: a division's few Latin names are its transliterations.
        self.divisions: Optional[SkeletonIndex] = None
        if divisions:
            self.divisions = SkeletonIndex([(c, division_name(surface, generic), kind) for c, surface, kind in divisions],
                                           with_arabic_named, min_consonants=1, local_only=False)
        named = set()
        self.arabic: dict[str, dict[int, tuple[Candidate, str, int]]] = {}
        # the same names by `arabic_bare`: a report's spelling with more or fewer long vowels than the row's
        self.arabic_bare: dict[str, dict[int, tuple[Candidate, str, str]]] = {}
        for cand, surface, _kind in spellings:
            if is_arabic(surface):
                named.add(cand.id)
                words = [fold_token(w) for w in surface.split()]
                compact = arabic_compact(words)
                self.arabic.setdefault(compact, {}).setdefault(cand.id, (cand, surface, len(words)))
                if arabic_bare(compact):
                    self.arabic_bare.setdefault(arabic_bare(compact), {}).setdefault(cand.id, (cand, surface, compact))
        if with_arabic_named:
            named = set()
        named -= _foreign_arabic_names(spellings, named)
        self.places: dict[str, dict[int, tuple[Candidate, str]]] = {}
        for cand, surface, _kind in spellings:
            if cand.id in named:
                continue
            key = latin_skeleton(surface)
            # a name marking an ayn ("Rufā‘a") keeps a key one consonant shorter: the ayn is the one it drops
            short = consonants(key) == min_consonants - 1 and marks_ayn(cand.name)
            if consonants(key) < min_consonants and not short or (local_only and not _local_spelling(key, cand.name)):
                continue
            self.places.setdefault(key, {}).setdefault(cand.id, (cand, surface))
            for spoken in spoken_variants(surface, cand.country_code):  # "Ceelbuur": Somali writes the ayn "c"
                if consonants(latin_skeleton(spoken)) >= min_consonants:
                    self.places.setdefault(latin_skeleton(spoken), {}).setdefault(cand.id, (cand, surface))

    def __len__(self) -> int:
        return len(self.places) + len(self.arabic) + (len(self.divisions) if self.divisions is not None else 0)

    def lookup(self, keys: Iterable[str], compact: str = "", words: int = 0) -> dict[int, tuple[Candidate, str]]:
        """The places any of the Latin skeleton `keys` names, or whose Arabic name written in another
        number of words than the text's `words` runs together as `compact` does, by id, each with the
        spelling that matched. (Written in as many words, the automaton has read it already.)"""
        out: dict[int, tuple[Candidate, str]] = {
            pid: (c, surface) for pid, (c, surface, size) in self.arabic.get(compact, {}).items() if size != words}
        if not out and words >= 2 and arabic_bare(compact):
            # "بيت أمر" for the row's "بيت أومر": the Arabic name with other long vowels (the text's own spelling
            # would have been read by the automaton). Only a name of two words or more: one word with a vowel
            # more or less is as often an everyday one ("قافلة" a convoy, "القفلة" a Yemeni hamlet)
            out.update({pid: (c, surface) for pid, (c, surface, held) in self.arabic_bare.get(arabic_bare(compact), {}).items()
                        if long_vowel_variant(compact, held)})
        for key in keys:
            for pid, hit in self.places.get(key, {}).items():
                out.setdefault(pid, hit)
        return out


def _foreign_arabic_names(spellings: list[tuple[Candidate, str, int]], named: set[int]) -> set[int]:
    """The places among `named` none of whose Arabic names writes the consonants of any of its Latin ones
    (GeoNames gives Kosti the Arabic name of Rabak, the town across the river): their Arabic names are some
    other place's, so a report writing their own name in Arabic letters reaches them only through the Latin ones."""
    latin: dict[int, set[str]] = {}
    arabic: dict[int, set[str]] = {}
    for cand, surface, _kind in spellings:
        if cand.id not in named:
            continue
        if is_arabic(surface):
            keys = arabic_skeletons([arabic_base(fold_token(w)) for w in surface.split()])
            if not keys:
                latin.setdefault(cand.id, set()).add("")  # no key to compare: believe the Arabic name
            arabic.setdefault(cand.id, set()).update(keys)
        else:
            key = latin_skeleton(surface)
            if key:
                latin.setdefault(cand.id, set()).add(key)
    return {pid for pid, keys in latin.items() if "" not in keys and not keys & arabic.get(pid, set())}


_INDEXES: dict[tuple, SkeletonIndex] = {}


def skeleton_index(gaz: Gazetteer, countries: frozenset[str], generic: frozenset[str] = frozenset()) -> SkeletonIndex:
    """The index for a gazetteer and set of countries, built on first use (a few tenths of a second) and
    kept: only documents in Arabic script that reach the bridge ever build it. `generic`: the Latin words
    of division names to read them without (`division_name`)."""
    memo = (str(gaz.directory), countries, generic)
    index = _INDEXES.get(memo)
    if index is None:
        index = _INDEXES[memo] = SkeletonIndex(gaz.populated_place_spellings(countries),
                                               divisions=gaz.populated_place_spellings(countries, DIVISION_CODES),
                                               generic=generic)
    return index


# The feature codes of the divisions a district word ("مديرية", "قضاء") names: read only after such a word, among
# the districts of the countries the word names (`district_index`).
DISTRICT_CODES = ("ADM2",)


def district_index(gaz: Gazetteer, countries: frozenset[str], generic: frozenset[str] = frozenset()) -> SkeletonIndex:
    """The second-level divisions of `countries` alone, every key kept however short: GeoNames holds many
    districts ("Shada'a") in Latin letters only, and a report names them right after the district word, whose
    countries are the only ones looked in. Built on first use and kept."""
    memo = (str(gaz.directory), countries, generic, DISTRICT_CODES)
    index = _INDEXES.get(memo)
    if index is None:
        index = _INDEXES[memo] = SkeletonIndex([], divisions=gaz.populated_place_spellings(countries, DISTRICT_CODES),
                                               generic=generic)
    return index


# Latin vowels that transliterations mark long (macron; the circumflex of French spellings): Arabic writes each
# such vowel as a letter (ا و ي).
_LONG_VOWELS = re.compile("[āīūēōâîû]")


def long_vowels(words: Iterable[str]) -> int:
    """Long vowels an Arabic name writes (folded, article off): ا و ي after a word's first letter, which is a
    consonant or a hamza's seat."""
    return sum(1 for w in words for ch in w[1:] if ch in "اوي")


# Latin: the words of the Arabic article as transliterations write it, sun letters assimilated ("ash-Sham", "Wad
# an Nourah"), which a name may open with or hold loose inside (geo/unknown_names reads the same list); and the
# marks of a long vowel (macron, circumflex). The words are split at hyphens before they are read.
LATIN_ARTICLES = frozenset({"al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "adh", "ath", "ul"})
_LONG_MARKS = ("\u0304", "\u0302")
_LONG = "#"  # a long vowel, in a gap pattern
_GAP_VOWEL, _GAP_NONE = "v", "-"


def latin_gaps(name: str) -> Optional[str]:
    """What a Latin name writes after each consonant of its skeleton (and before the first): a long vowel
    marked as one ("#"), some vowel ("v"), or none ("-"). None where a letter is not Latin."""
    chars: list[str] = []
    for ch in unicodedata.normalize("NFD", name.lower()):
        if unicodedata.combining(ch):
            if ch in _LONG_MARKS and chars and chars[-1] in "aeiou":
                chars[-1] = _LONG
            continue
        chars.append(ch)
    words = [w for w in re.split(r"[\s\-]+", re.sub(r"[‘’ʼʻʿ'`]", "", "".join(chars))) if w]
    words = [w for w in words if w not in LATIN_ARTICLES] or words
    run = ""
    for w in words:
        w = re.sub(r"(?<=[aeiouy#])h$", "", w)
        for a, b in _LATIN_DIGRAPHS:
            w = w.replace(a, b)
        if not re.fullmatch(r"[a-zA-Z#]+", w):
            return None
        run += w
    gaps = [_GAP_NONE]
    last = ""
    for k, ch in enumerate(run):
        vowel = ch in "aeiou#" or (ch in "wy" and k > 0)
        if vowel:
            mark = _LONG if ch == _LONG else _GAP_VOWEL
            if gaps[-1] != _LONG:
                gaps[-1] = mark
        elif ch != last:
            gaps.append(_GAP_NONE)
            last = ch
    return "".join(gaps)


def arabic_gaps(words: Iterable[str]) -> Optional[str]:
    """What an Arabic name (folded, article off) writes after each consonant: a long vowel letter ("#": ا و ي
    after a word's first letter) or none ("-"); short vowels are not written. None where a letter is read
    either way (an opening و ي, an inner ة, a last ح)."""
    words = list(words)
    gaps = [_GAP_NONE]
    last = ""
    for n, w in enumerate(words):
        for k, ch in enumerate(w):
            if k == 0 and ch in _INITIAL:
                return None
            if k == len(w) - 1 and k > 0 and (ch == "ح" or (ch == "ه" and n < len(words) - 1)):
                return None
            if k == len(w) - 1 and k > 0 and ch == "ه":
                continue  # ة at the name's end: silent
            if ch in "اوي" and k > 0:
                gaps[-1] = _LONG
            elif ch in "اءع":
                continue
            else:
                sound = _ARABIC_LETTERS.get(ch, (ch,))[0]
                if sound != last:
                    gaps.append(_GAP_NONE)
                    last = sound
    return "".join(gaps)


_AYN_MARKS = re.compile("[‘ʿ]")


def marks_ayn(name: str) -> bool:
    """Whether a Latin name marks an ayn ("Rufā‘a"), a consonant its skeleton leaves out."""
    return _AYN_MARKS.search(name) is not None


def _vowels_agree(hit: tuple[Candidate, str], written: int, arabic: Optional[str] = None,
                  arabic_ayns: Optional[int] = None) -> bool:
    """Whether a place's main Latin name and the Arabic agree on long vowels, both ways: a vowel the Latin marks
    long is a letter the Arabic writes ("Al Jafārah" is not "الجفرة"), and a long vowel letter the Arabic writes
    is some vowel the Latin writes at the same place ("Al Jufrah" is not "الجفارة"). Where the two patterns
    cannot be aligned (their consonants fold differently), the Latin marks are only counted against the letters.
    An ayn the Latin marks (‘, ʿ) is likewise a letter ع the Arabic writes ("Aḑ Ḑāli‘" is not "ديالى")."""
    if arabic_ayns is not None and len(_AYN_MARKS.findall(hit[0].name)) > arabic_ayns:
        return False
    latin = latin_gaps(hit[0].name)
    if arabic is not None and latin is not None and len(latin) == len(arabic):
        return all(not (a == _LONG and l == _GAP_NONE) and not (l == _LONG and a != _LONG)
                   for a, l in zip(arabic, latin))
    return len(_LONG_VOWELS.findall(hit[0].name.lower())) <= written


# Compass words of divisions' Latin names: "Kouh-Est" and "Kouh-Ouest" are two districts, whatever point they share.
_COMPASS_LATIN = frozenset({"est", "ouest", "nord", "sud", "east", "west", "north", "south", "centre", "center",
                            "central", "sharq", "gharb", "shamal", "janub", "sharg"})


def _one_row_each(hits: list[tuple[Candidate, str]]) -> list[tuple[Candidate, str]]:
    """The hits less the second rows of one division: GeoNames holds some divisions twice, under two names
    ("Caza du Matn" and "Metn District"), which are no choice between two places. A shared point alone proves
    little (a region's districts held approximately all stand at its centre), so one division is the same
    country, first-level division, feature, point and population, and the same compass words in the name
    ("Kouh-Est", "Kouh-Ouest" differ). Towns are left as they are: two villages may share a rounded point."""
    seen: set[tuple] = set()
    out = []
    for h in hits:
        c = h[0]
        sides = frozenset(w for w in re.split(r"[^a-z]+", c.name.lower()) if w in _COMPASS_LATIN)
        key = (c.country_code, c.admin1_code, c.feature_code, round(c.lat, 2), round(c.lon, 2), c.population, sides)
        if not c.feature_code.startswith("ADM") or key not in seen:
            seen.add(key)
            out.append(h)
    return out


def _pick(found: dict[int, tuple[Candidate, str]], countries: frozenset[str],
          written: Optional[int] = None, arabic: Optional[str] = None,
          ayns: Optional[int] = None, admin1s: frozenset[str] = frozenset()) -> Optional[tuple[Candidate, str]]:
    """The one place a skeleton names: the only one, or the most populous where it has CLEAR_MARGIN times
    the next one's population. Where the document names places of its own countries, only those count:
    a report on Syria that writes a Syrian town's consonants is not naming a Mauritanian hamlet's. Where it
    names places of some first-level divisions (`admin1s`), a place of those is the one among several: two
    districts of Yemen share the skeleton of "مديرية الحشا", and "بمحافظة الضالع" says which."""
    hits = list(found.values())
    if countries:
        hits = [h for h in hits if h[0].country_code in countries]
    if admin1s and len(hits) > 1:
        hits = [h for h in hits if h[0].admin1_code in admin1s] or hits
    if len(hits) > 1:
        hits = _one_row_each(hits)
    if not hits:
        return None
    if len(hits) == 1:
        return hits[0]
    hits.sort(key=lambda h: -h[0].population)
    first, second = hits[0][0].population, hits[1][0].population
    if first > 0 and first >= CLEAR_MARGIN * max(second, 1):
        return hits[0]
    if written is not None:
        # a close race: the one whose marked long vowels the Arabic letters write, if only one does
        agreeing = [h for h in hits if _vowels_agree(h, written, arabic, ayns)]
        if len(agreeing) == 1:
            return agreeing[0]
    return None


def bridge(gaz: Gazetteer, words: list[str], countries: frozenset[str], index_countries: frozenset[str],
           first_readings: Optional[list[str]] = None, index: Optional[SkeletonIndex] = None,
           min_consonants: int = MIN_CONSONANTS, divisions_only: bool = False,
           generic: frozenset[str] = frozenset(),
           admin1s: frozenset[str] = frozenset()) -> Optional[tuple[int, Candidate]]:
    """The place the longest run of `words` (folded Arabic tokens after a cue, in order) names through its
    Latin skeleton, as (number of words read, candidate); None when no run names one place.

    `first_readings` are the readings of the first word with its proclitics peeled off (as
    `arabic_candidates` gives them); `countries` the countries of the document's other places (empty:
    any); `index_countries` those whose places are indexed (`index`, when given, is read instead);
    `min_consonants` the shortest skeleton the cue allows (MIN_CONSONANTS_LOOSE after a loose one; fewer
    than MIN_CONSONANTS reach the divisions only); `divisions_only` reads the first-level divisions alone (after
    a governorate word); `generic` as for `skeleton_index`; `admin1s` the first-level divisions of the
    document's other places, which decide between several (`_pick`)."""
    if not words:
        return None
    index = index or skeleton_index(gaz, index_countries, generic)
    firsts = first_readings or arabic_candidates(words[0])
    for n in range(min(MAX_WORDS, len(words)), 0, -1):
        rest = [arabic_base(w) for w in words[1:n]]
        named = False
        picked = None
        # populated places first; the divisions where none of the document's countries has the skeleton
        for part in ((index.divisions,) if divisions_only else (index, index.divisions)):
            if part is None or picked is not None:
                continue
            found: dict[int, tuple[Candidate, str]] = {}
            primary: dict[int, tuple[Candidate, str]] = {}
            read_as = firsts[-1]  # the reading of the first word whose letters the vowels are compared on
            for first in firsts:
                keys = [k for k in arabic_skeletons([first, *rest]) if consonants(k) >= min_consonants]
                hits = part.lookup(keys, arabic_compact([first, *rest]), n)
                if hits and not found:
                    read_as = first  # the fullest reading that names anything ("كشارة", not "شارة" after ك)
                for pid, hit in hits.items():
                    found.setdefault(pid, hit)
                main = primary_skeleton([first, *rest])
                if main in keys:
                    primary.update(part.lookup([main]))
            named = named or bool(found)
            written = long_vowels(arabic_base(w) for w in [read_as, *rest])
            pattern = arabic_gaps([arabic_base(read_as), *rest])
            ayns = sum(w.count("ع") for w in [read_as, *rest])
            picked = ((_pick(primary, countries, written, pattern, ayns, admin1s) if primary else None)
                      or _pick(found, countries, written, pattern, ayns, admin1s)) if found else None
        if not named:
            continue
        if picked is None:
            return None  # the longest run that names anything names several: no guess
        cand, surface = picked
        return n, dataclasses.replace(cand, kind=NAME_ALT, matched=surface, match_norm=normalise(surface),
                                      similarity=100.0)
    return None


# --- divisions whose Latin names an Arabic report translates ---------------------------------------------------

TranslatedKey = tuple[frozenset[str], str]
_TRANSLATED: dict[tuple, dict[TranslatedKey, dict[int, tuple[Candidate, str]]]] = {}


def translated_key(latin_words: Iterable[str], translations: dict[str, str]) -> Optional[TranslatedKey]:
    """A Latin division name's key as an Arabic report writes it: the Arabic words of its translatable words
    ("river" نهر, "north" شمال) as a set, Arabic putting an adjective after its noun ("Blue Nile", "النيل
    الأزرق"), and the consonant skeleton of the rest ("" where two words or more are all translated: "Red
    Sea"). None where no word is translated, or one is and nothing else."""
    words = [w for w in latin_words if w not in LATIN_ARTICLES]
    translated = frozenset(translations[w] for w in words if w in translations)
    rest = [w for w in words if w not in translations]
    if not translated or (not rest and len(translated) < 2):
        return None
    key = latin_skeleton(" ".join(rest)) if rest else ""
    return (translated, key) if key or not rest else None


def translated_divisions(gaz: Gazetteer, countries: frozenset[str], translations: dict[str, str],
                         generic: frozenset[str] = frozenset()) -> dict[TranslatedKey, dict[int, tuple[Candidate, str]]]:
    """The first-level divisions of `countries` by `translated_key` of each Latin spelling (without the generic
    words of `generic`), built on first use and kept."""
    memo = (str(gaz.directory), countries, tuple(sorted(translations.items())), generic)
    index = _TRANSLATED.get(memo)
    if index is None:
        index = _TRANSLATED[memo] = {}
        for cand, surface, _kind in gaz.populated_place_spellings(countries, DIVISION_CODES):
            if is_arabic(surface):
                continue
            key = translated_key(normalise(division_name(surface, generic)).split(), translations)
            if key is not None:
                index.setdefault(key, {}).setdefault(cand.id, (cand, surface))
    return index


def translated_division(gaz: Gazetteer, words: list[str], countries: frozenset[str], index_countries: frozenset[str],
                        translations: dict[str, str], generic: frozenset[str] = frozenset()
                        ) -> Optional[tuple[int, Candidate]]:
    """The division the longest run of `words` (folded Arabic tokens, the first maybe with proclitics) names
    as a translated Latin name ("نهر النيل" River Nile, "شمال كردفان" North Kordofan): (words read, candidate),
    None where no run of two or more words names one division (`_pick`'s test, within `countries` if any)."""
    for n, found in _translated_runs(gaz, words, index_countries, translations, generic):
        picked = _pick(found, countries)
        if picked is not None:
            cand, surface = picked
            return n, dataclasses.replace(cand, kind=NAME_ALT, matched=surface, match_norm=normalise(surface),
                                          similarity=100.0)
    return None


def translates_a_division(gaz: Gazetteer, words: list[str], index_countries: frozenset[str],
                          translations: dict[str, str], generic: frozenset[str] = frozenset()) -> bool:
    """Whether some run of two or more of `words` translates the Latin name of any division of `index_countries`:
    where none does, `translated_division` is None whatever countries it is asked within, so a caller need not
    work out the countries (the others of a long report's names) before asking."""
    return next(_translated_runs(gaz, words, index_countries, translations, generic), None) is not None


def _translated_runs(gaz: Gazetteer, words: list[str], index_countries: frozenset[str], translations: dict[str, str],
                     generic: frozenset[str]) -> Iterator[tuple[int, dict[int, tuple[Candidate, str]]]]:
    """(n, the divisions by id that the first n words translate) for each run length n, longest first, where the
    first n words translate any."""
    index = translated_divisions(gaz, index_countries, translations, generic)
    arabic_words = set(translations.values())
    for n in range(min(MAX_WORDS, len(words)), 1, -1):
        found: dict[int, tuple[Candidate, str]] = {}
        for first in arabic_candidates(words[0]):
            run = [first, *(arabic_base(w) for w in words[1:n])]
            translated = frozenset(w for w in run if w in arabic_words)
            rest = [w for w in run if w not in arabic_words]
            if not translated or (not rest and len(translated) < 2):
                continue
            for key in (arabic_skeletons(rest) if rest else ("",)):
                found.update(index.get((translated, key), {}))
        if found:
            yield n, found
