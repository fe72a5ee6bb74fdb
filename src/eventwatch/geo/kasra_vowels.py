"""Short Arabic town names written with "e" where their held spelling writes "i" ("Irbed", "Mareb").

Arabic's short vowel kasra reaches English as "i" in transliteration schemes and often as "e" in the press
(the same town is "Irbid" and "Irbed", "Marib" and "Mareb"). A name of five letters or fewer that differs
from every held spelling is a look-alike for the resolver (`resolve.Resolver._short_match`), believed only
where its division or several nearby places are named; yet "e" for "i" changes no consonant, so the two are
one name. It is believed as that name only for a town of an Arabic-speaking country that the document
itself names (the country, its people or a place of it): an English five-letter word one vowel from an Arab
town ("Irbed" as a band's name in a Leeds story) has no such country around it. A given name or an English
word one vowel from such a town ("Derek", "Sean") is refused even in a story about that country, which names
its people as often as its towns.
"""
from __future__ import annotations

from typing import Callable, Iterable

from eventwatch.geo.interdental_spellings import ARABIC_NAMED
from eventwatch.geo.store import _english_words


def same_but_kasra(written: str, held: str) -> bool:
    """Whether two folded one-word spellings differ only in writing "e" for the held spelling's "i"
    (at one or two places), every other letter the same."""
    if len(written) != len(held) or written == held or not written.isalpha() or not held.isalpha():
        return False
    diffs = [(a, b) for a, b in zip(written, held) if a != b]
    return len(diffs) <= 2 and all(a == "e" and b == "i" for a, b in diffs)


def kasra_reading(written: str, held: str, country: str | None,
                  named_countries: Callable[[], Iterable[str]]) -> bool:
    """Whether a short `written` name is the town held as `held` in `country`: an "e" for its "i", in an
    Arabic-speaking country the document names (`named_countries`, asked only when the spelling fits: it reads
    every name of the document), and not a given name or an English word (the store's word lists)."""
    if country not in ARABIC_NAMED or not same_but_kasra(written, held) or written in _english_words():
        return False
    return country in named_countries()
