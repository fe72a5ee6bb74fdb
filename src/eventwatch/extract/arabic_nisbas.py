"""The nationality adjectives of every state the gazetteer names in Arabic, derived from its name: the nisba.

An Arabic report names foreign soldiers by the relative adjective of their state ("جنديان تشاديان", two Chadian
soldiers; "جنود إيطاليين"), which Arabic forms from the state's name by rule: the article and a final "ا" or
"ية" go, and "ي" closes the word ("إيطاليا" → "إيطالي", "تشاد" → "تشادي", "السعودية" → "سعودي"). The event
lexicon lists the irregular ones and the broken plurals ("ألمان", "أتراك"); this module gives the lexicon the
regular adjective, in each number and gender, of each state the gazetteer's curated names write in Arabic
(aliases.yaml). A state with no Arabic name there gets none: the project holds no other source of states' Arabic
names (GeoNames' alternate names are not in the store), so Canadian or Burundian soldiers stay unnamed. States whose people's adjective names no state's
forces ("فلسطيني": a people arrested far more often than an army acting) are left to the lexicon's own list.
The event side believes a derived adjective only joined to soldiers, forces or an army (extract/arabic_events.py):
after a word of attack, "اعتقال ليبي" is a Libyan arrested in a Libyan report, no state's forces.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources as importlib_resources

from eventwatch.yaml_data import parse_yaml

_ARTICLE = "ال"
# the endings a nisba takes: he, she, they (two forms), the two of them (two forms, each gender)
_ENDINGS = ("", "ه", "ون", "ين", "ان", "تان", "تين")
# the accusative of the singular ("قتلوا جنديا هنديا", they killed an Indian soldier): believed only after the
# accusative soldier, since "سوريا" is also Syria's own name
ACCUSATIVE = "ا"
# states left to the lexicon: a people's adjective more often than an army's
_NO_FORCES = frozenset({"PS", "EH"})
# the words for a kind of state that open its formal name, before its adjective or its own name ("المملكة
# المغربية", "سلطنة عمان"): the rest gives the nisba (folded as `fold` writes them)
_POLITIES = frozenset({"المملكه", "الجمهوريه", "سلطنه", "دوله", "اماره"})
# fewer letters than this before the "ي" make a stem too short to tell from everyday words
_MIN_STEM = 3


def nisba(raw: str) -> str | None:
    """The folded masculine nisba of a one-word Arabic state name or of a formal name of a kind of state and
    one word, or None for another name of several words or a "-ستان" name, whose adjective is irregular
    ("أفغاني"). Only a name written with a bare alif before its "ل"
    opens with the article ("العراق"; "ألمانيا" does not)."""
    from eventwatch.extract.arabic_lexicon import fold

    name = fold(raw)
    words = raw.split()
    if len(words) == 2 and fold(words[0]) in _POLITIES:
        return nisba(words[1])  # "المملكة المغربية" → "مغربي", "سلطنة عمان" → "عماني"
    if " " in name or name.endswith("ستان"):
        return None
    definite = raw.startswith(_ARTICLE) and len(name) > len(_ARTICLE) + 2
    stem = name[len(_ARTICLE):] if definite else name
    if stem.endswith("يه"):
        stem = stem[:-1]  # "سعوديه" → "سعودي"
    elif stem.endswith("ا"):
        stem = stem[:-1]  # "ايطاليا" → "ايطالي", "فرنسا" → "فرنس"
    word = stem if stem.endswith("ي") else stem + "ي"
    return word if len(word) - 1 >= _MIN_STEM else None


@lru_cache(maxsize=1)
def derived_nationalities() -> dict[str, str]:
    """`=form` (folded, whole word) → the state's English name, for every regular nisba form. The first Arabic
    spelling of a state that gives one is used: the curated names write the hamza there ("ألمانيا", then
    "المانيا", whose bare alif would read as the article)."""
    from eventwatch.extract.arabic_lexicon import is_arabic

    data = importlib_resources.files("eventwatch.data")
    english: dict[str, str] = {}
    with data.joinpath("gazetteer/countries.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader((line for line in fh if not line.startswith("#")), delimiter="\t"):
            if len(row) > 2:
                english[row[0]] = row[2]
    aliases = parse_yaml(data.joinpath("gazetteer/aliases.yaml").read_text("utf-8")).get("aliases") or []
    out: dict[str, str] = {}
    for entry in aliases:
        iso = entry.get("country") if isinstance(entry, dict) else None
        if not iso or iso in _NO_FORCES or iso not in english:
            continue
        for name in entry.get("names") or []:
            adjective = nisba(str(name)) if is_arabic(str(name)) else None
            if adjective is not None:
                for ending in _ENDINGS:
                    out.setdefault("=" + adjective + ending, english[iso])
                break
    return out


@lru_cache(maxsize=1)
def derived_accusatives() -> dict[str, str]:
    """`=form` → the state's English name for the accusative singular of each derived nisba ("=هنديا"), every
    state's, including those whose other forms the lexicon lists."""
    out: dict[str, str] = {}
    for form, state in derived_nationalities().items():
        if form.endswith("ي"):
            out.setdefault(form + ACCUSATIVE, state)
    return out
