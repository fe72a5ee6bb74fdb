"""Word-bounded, longest, case-aware phrase matching for lexicons (actors, weapons).

Reporters spell the same name many ways: "al-Nusra" / "al Nusra", "Assad’s" / "Assad's", "barrel-bombs".
Text and aliases are normalised the same way, one character for one character, so offsets found in the
normalised text are offsets in the original. One Aho-Corasick automaton finds every alias in one pass.

Arabic is written with or without its short-vowel signs (fatha, damma, kasra, tanwin, shadda, sukun, the dagger
alef) and the tatweel that stretches a word: these marks are skipped in the text as runs of spaces are collapsed
("قُوّاتُ الدَّعْمِ" is matched as "قوات الدعم"), so a vowelled word neither misses its alias nor splits into pieces
that match a shorter one.

Case rule: lowercase alias words match any case ("regime forces" matches "Regime forces"); a capitalised
alias word needs a capital in the text ("Patriot" missiles, not "a patriot"); an all-caps alias word needs
all caps ("TOW", "IS", "PDF"), so acronyms do not fire on ordinary words.
"""
from __future__ import annotations

import re
from typing import Generic, Iterable, TypeVar

import ahocorasick

T = TypeVar("T")

_FOLD = {"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ",
         "\u00a0": " ", "\t": " ", "\n": " ", "\r": " ", "/": " "}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Arabic short vowels, tanwin, shadda, sukun (U+064B-U+0652), the dagger alef and the tatweel: marks on a word
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


_FOLD_TABLE = str.maketrans(_FOLD)


def normalise(text: str) -> str:
    """Lowercase and fold apostrophes/hyphens/spaces, keeping the length (offsets stay valid).

    Lower-casing is per character because a few characters change length ("İ") or context ("Σ") when a
    whole string is lower-cased; folded ASCII text has neither, so it is lower-cased in one call."""
    folded = text.translate(_FOLD_TABLE)
    if folded.isascii():
        return folded.lower()
    out = []
    for ch in text:
        ch = _FOLD.get(ch, ch)
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def _squeeze(text: str) -> str:
    return re.sub(r" +", " ", normalise(text)).strip()


def plural_forms(alias: str) -> list[str]:
    """The alias and its plural: reporters write "a barrel bomb" and "barrel bombs", "Houthi" and "Houthis"."""
    last = alias.rsplit(" ", 1)[-1]
    if not re.search(r"[A-Za-z]$", alias):
        return [alias]
    if len(last) > 1 and last.isupper():
        return [alias, alias + "s"]
    if alias.endswith("s"):
        return [alias]
    if alias.endswith(("x", "sh", "ch")):
        return [alias, alias + "es"]
    if re.search(r"[^aeiou]y$", alias):
        return [alias, alias[:-1] + "ies"]
    if alias.endswith("man"):
        return [alias, alias[:-3] + "men"]
    if alias.endswith("knife"):
        return [alias, alias[:-2] + "ves"]
    return [alias, alias + "s"]


class PhraseMatcher(Generic[T]):
    """Find lexicon aliases in text; each alias carries a payload (the lexicon entry)."""

    def __init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        self._built = False

    def add(self, alias: str, payload: T) -> None:
        key = _squeeze(alias)
        if not key:
            return
        entries = self._automaton.get(key, None)
        if entries is None:
            entries = []
            self._automaton.add_word(key, (len(key), entries))
        else:
            entries = entries[1]
        entries.append((alias, payload))
        self._built = False

    def add_all(self, aliases: Iterable[str], payload: T, *, plurals: bool = True) -> None:
        for alias in aliases:
            for form in plural_forms(alias) if plurals else [alias]:
                self.add(form, payload)

    def __len__(self) -> int:
        return len(self._automaton)

    def match(self, text: str) -> list[tuple[int, int, T, str]]:
        """Longest non-overlapping matches: `(start, end, payload, alias)`, in text order."""
        if not self._built:
            self._automaton.make_automaton()
            self._built = True
        if len(self._automaton) == 0:
            return []
        norm, index = _squeezed_with_index(text)
        found: list[tuple[int, int, T, str]] = []
        for end_idx, (key_len, entries) in self._automaton.iter(norm):
            s_norm, e_norm = end_idx - key_len + 1, end_idx + 1
            if s_norm > 0 and _is_word_char(norm[s_norm - 1]) and _is_word_char(norm[s_norm]):
                continue
            if e_norm < len(norm) and _is_word_char(norm[e_norm]) and _is_word_char(norm[e_norm - 1]):
                continue
            start, end = index[s_norm], _end_with_marks(text, index[e_norm - 1] + 1)
            surface = text[start:end]
            # An alias written exactly as the text has it wins over another entry's derived form that folds
            # to the same key: "AQIS" is that group's acronym, not the plural of another's "AQI".
            exact = next(((alias, payload) for alias, payload in entries if alias == surface), None)
            if exact is not None:
                found.append((start, end, exact[1], exact[0]))
                continue
            for alias, payload in entries:
                if _case_fits(alias, surface):
                    found.append((start, end, payload, alias))
                    break
        found = _merge_same_entry(text, found)
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        chosen: list[tuple[int, int, T, str]] = []
        for m in found:
            if all(m[1] <= c[0] or m[0] >= c[1] for c in chosen):
                chosen.append(m)
        return sorted(chosen, key=lambda m: m[0])


def _merge_same_entry(text: str, found: list) -> list:
    """Overlapping or touching matches of one entry are one mention: "white phosphorus" + "phosphorus
    shells" is "white phosphorus shells", "T-72" + "tank" is "T-72 tank"."""
    found = sorted(found, key=lambda m: (m[0], -m[1]))
    merged: list = []
    for m in found:
        if merged:
            last = merged[-1]
            gap = text[last[1]:m[0]] if m[0] >= last[1] else ""
            if last[2] is m[2] and (m[0] < last[1] or (len(gap) <= 2 and not gap.strip(" -"))):
                if m[1] > last[1]:
                    merged[-1] = (last[0], m[1], last[2], last[3])
                continue
        merged.append(m)
    # keep the unmerged pieces too: a longer different entry may still win over a merged pair
    return merged + [m for m in found if m not in merged]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _squeezed_with_index(text: str) -> tuple[str, list[int]]:
    """Normalised text with runs of spaces collapsed and Arabic vowel marks left out, and the original offset of
    each kept character."""
    norm = normalise(text)
    marked = _ARABIC_MARKS.search(norm) is not None
    if not marked and not norm.startswith(" ") and "  " not in norm:  # nothing to collapse: the usual case
        return norm, list(range(len(norm)))
    chars, index = [], []
    prev_space = True
    for i, ch in enumerate(norm):
        if ch == " ":
            if prev_space:
                continue
            prev_space = True
        elif marked and _ARABIC_MARKS.match(ch):
            continue
        else:
            prev_space = False
        chars.append(ch)
        index.append(i)
    return "".join(chars), index


def _end_with_marks(text: str, end: int) -> int:
    """The end of a match moved past the vowel marks written on its last letter ("السَّرِيعِ" ends after its kasra)."""
    while end < len(text) and _ARABIC_MARKS.match(text[end]):
        end += 1
    return end


def _case_fits(alias: str, surface: str) -> bool:
    a_words = _WORD.findall(alias)
    s_words = _WORD.findall(surface)
    if len(a_words) != len(s_words):
        return True  # spacing/punctuation differences: the normalised match already agreed
    for a, s in zip(a_words, s_words):
        if len(a) > 1 and a.isupper() and any(c.isalpha() for c in a):
            if not s.isupper():
                return False
        elif a[:1].isupper() and not s[:1].isupper():
            return False
    return True
