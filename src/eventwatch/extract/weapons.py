"""Weapons named in a sentence, with their category and whether an international ban covers them.

The lexicon is `data/weapons.yaml`; this module loads and validates it and matches it over a sentence.
A specific name beats a generic one it contains ("cluster bomb" over "bomb", "Grad rockets" over
"rockets"), and an allegation of "internationally prohibited weapons" is kept as its own entry, restricted
with no specific type, because documenters need the allegation even when no weapon is named.

Arabic forms (`arabic:` per entry) are matched as the Arabic event lexicon matches its terms
(`arabic_lexicon.Terms`): after the proclitics و ف ب ل ك and the article, across letter variants and short
vowels, with the inner words of a phrase agreeing ("البراميل المتفجرة", "برميلين متفجرين"); a bare word
takes any ending unless written `=word`. They are read only in text with Arabic letters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Optional

from eventwatch.extract.arabic_marches import march_not_drone
from eventwatch.extract.arabic_lexicon import Terms, arabic_cores, fold, without_short_vowels  # noqa: F401 - re-exported
from eventwatch.extract.phrases import PhraseMatcher
from eventwatch.model import Evidence, Sentence, Weapon
from eventwatch.yaml_data import parse_yaml

#: Categories that are platforms (what carries or fires a weapon) rather than weapons.
PLATFORM_CATEGORIES = frozenset({"aircraft", "land_platform", "naval_platform", "air_defence"})
TREATIES = frozenset({"CCM", "CWC", "CCW-III", "Ottawa", "unspecified"})


@dataclass(frozen=True)
class WeaponEntry:
    name: str
    category: str
    restricted: bool = False
    treaty: Optional[str] = None
    note: Optional[str] = None
    aliases: tuple[str, ...] = ()
    arabic: tuple[str, ...] = ()


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


class WeaponLexicon:
    def __init__(self, entries: list[WeaponEntry], categories: dict[str, str]):
        self.entries = entries
        self.categories = categories
        self._matcher: PhraseMatcher[WeaponEntry] = PhraseMatcher()
        for entry in entries:
            self._matcher.add_all((entry.name, *entry.aliases), entry)
        self._arabic_entries = [(form, entry) for entry in entries for form in entry.arabic]
        self._arabic_cores = [arabic_cores(form) for form, _ in self._arabic_entries]
        self._arabic_cache: dict[tuple[int, ...], Terms] = {}  # compiled expressions, per set of forms

    @classmethod
    def load(cls, path: Optional[str] = None) -> "WeaponLexicon":
        if path is None:
            text = importlib_resources.files("eventwatch.data").joinpath("weapons.yaml").read_text("utf-8")
        else:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        data = parse_yaml(text)
        return cls(*_validate(data, path or "weapons.yaml"))

    def match(self, text: str) -> list[tuple[int, int, WeaponEntry]]:
        """Weapons named in `text`, in text order: the aliases, and the Arabic forms where Arabic is written."""
        found = [(s, e, entry) for s, e, entry, _ in self._matcher.match(text)]
        if self._arabic_entries and _ARABIC_LETTER.search(text):
            found = sorted(found + [m for m in self.match_arabic(text)
                                    if all(m[1] <= s or m[0] >= e for s, e, _ in found)], key=lambda m: m[0])
        return found

    def match_arabic(self, text: str) -> list[tuple[int, int, WeaponEntry]]:
        """The Arabic forms in `text`: longest at each place, none overlapping.

        Only the forms whose letters the text holds take part (`arabic_cores`): the expression of all of them,
        a letter-by-letter pattern that lets every short vowel through, cost a quarter of a second to compile
        in each process that met Arabic. The finds are the same: a form that can match nowhere in the text
        never wins a place over one that can, and the forms keep their order (longest first)."""
        letters = without_short_vowels(fold(text))
        present = tuple(k for k, cores in enumerate(self._arabic_cores) if all(c in letters for c in cores))
        if not present:
            return []
        terms = self._arabic_terms(present)
        # a bare "مسيرة" launched or aiming in a sentence of a protest is a march (extract/arabic_marches.py)
        return [(s, e, self._arabic_entries[present[i]][1]) for s, e, i in terms.find(text)
                if not march_not_drone(text, s, e)]

    def _arabic_terms(self, present: tuple[int, ...]) -> Terms:
        """The expression of some forms, kept per set of forms (a report's sentences share their weapons)."""
        cache = self._arabic_cache
        terms = cache.get(present)
        if terms is None:
            if len(cache) >= _ARABIC_CACHE:
                cache.clear()
            terms = cache[present] = Terms.of([self._arabic_entries[k][0] for k in present], inflected=True)
        return terms


_ARABIC_CACHE = 256  # sets of Arabic forms whose expressions are kept


def _validate(data: object, where: str) -> tuple[list[WeaponEntry], dict[str, str]]:
    if not isinstance(data, dict) or not isinstance(data.get("weapons"), list):
        raise ValueError(f"{where}: expected a mapping with a 'weapons' list")
    categories = data.get("categories") or {}
    if not isinstance(categories, dict) or not categories:
        raise ValueError(f"{where}: 'categories' must map each category to a description")
    entries, names = [], set()
    for i, item in enumerate(data["weapons"]):
        if not isinstance(item, dict) or not item.get("name") or not item.get("category"):
            raise ValueError(f"{where}: weapon #{i} needs a name and a category")
        name, category = str(item["name"]), str(item["category"])
        if category not in categories:
            raise ValueError(f"{where}: weapon {name!r} has unknown category {category!r}")
        if name in names:
            raise ValueError(f"{where}: weapon {name!r} is listed twice")
        restricted = bool(item.get("restricted", False))
        treaty = item.get("treaty")
        if restricted and treaty not in TREATIES:
            raise ValueError(f"{where}: restricted weapon {name!r} needs a treaty in {sorted(TREATIES)}")
        if not restricted and treaty is not None:
            raise ValueError(f"{where}: weapon {name!r} names a treaty but is not restricted")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise ValueError(f"{where}: weapon {name!r} has an invalid alias list")
        arabic = item.get("arabic") or []
        if not isinstance(arabic, list) or not all(isinstance(a, str) and a.strip() for a in arabic):
            raise ValueError(f"{where}: weapon {name!r} has an invalid arabic list")
        for form in arabic:
            if not _ARABIC_LETTER.search(form) or _LATIN_LETTER.search(form):
                raise ValueError(f"{where}: weapon {name!r}: {form!r} is not written in Arabic script")
        names.add(name)
        entries.append(WeaponEntry(name, category, restricted, treaty, item.get("note"), tuple(aliases),
                                   tuple(a.strip() for a in arabic)))
    return entries, {str(k): str(v) for k, v in categories.items()}


@lru_cache(maxsize=1)
def default_lexicon() -> WeaponLexicon:
    """The bundled lexicon, loaded once per process (it is small, immutable data)."""
    return WeaponLexicon.load()


def find_weapons(sentence: Sentence, *, document_id: str = "", lexicon: Optional[WeaponLexicon] = None) -> list[Weapon]:
    """Weapons and platforms named in one sentence, in text order, each with its evidence."""
    lexicon = lexicon or default_lexicon()
    out: list[Weapon] = []
    for start, end, entry in lexicon.match(sentence.text):
        raw = sentence.text[start:end]
        out.append(
            Weapon(
                name=entry.name,
                category=entry.category,
                restricted=entry.restricted,
                raw=raw,
                evidence=Evidence(
                    document_id=document_id,
                    field="weapon",
                    text=raw,
                    start=sentence.start + start,
                    end=sentence.start + end,
                    sentence=sentence.text,
                    sentence_start=sentence.start,
                ),
            )
        )
    return out


def is_platform(weapon: Weapon) -> bool:
    return weapon.category in PLATFORM_CATEGORIES
