"""The spellings the press gives names that GeoNames holds in a local Latin orthography.

Somalia's names are held as the 1972 Somali orthography writes them ("Baardheere", "Laascaanood",
"Xuddur", "Buulobarde"), while wire and local English copy keeps the older colonial romanisations: long
vowels written once ("Bardhere", "Kismayo"), no letter for the ʿayn that the orthography writes "c"
("Las Anod", "Galkayo", "El Bur"), "h" for the "x" of ḥ ("Hudur"), and a name's generic first word (ceel
"well", buulo "hamlet", beled "town") written apart ("Bulo Burde", "Beled Weyne"). None of these is a
transliteration choice the skeleton key folds (it keeps "x" and "c", and keys words apart), so without a key
for the press form the town is missed.

`press_forms` makes those forms once, at store time, as derived names of the place: a few hundred keys for
a whole country. Countries are listed by the orthography their names are held in; the rules are those of
Somali alone. Doubled vowels were counted in the bundled towns of the other countries the press spells
loosely (Ethiopia, Kenya, the Sahel, South Asia): one name in a hundred or fewer, written so in English copy
too ("Roorkee", "Kisii"), so folding them there would only add keys.
"""
from __future__ import annotations

import re

from eventwatch.geo.normalise import fold_token, normalise

# Countries whose places GeoNames holds in the Somali orthography.
SOMALI_ORTHOGRAPHY = frozenset({"SO"})

# Generic first words of Somali place names, as the orthography writes them run into the name
# ("Ceelbuur", "Buulobarde", "Laascaanood") and the press writes them apart ("El Bur", "Bulo Burde", "Las
# Anod"): well, hamlet, town, waterhole, hill, pool, pond, stone.
SOMALI_GENERIC_WORDS = ("buulo", "beled", "baled", "dhagax", "ceel", "laas", "buur", "balli", "war")

_DOUBLED_VOWEL = re.compile(r"([aeiou])\1+")
_DOUBLED_LETTER = re.compile(r"([a-z])\1+")
_AYN = re.compile(r"c(?!h)")  # "ch" is a digraph ("Chisimayu"), not an ʿayn
# What only the orthography writes: an ʿayn, an "x", a doubled vowel.
_ORTHOGRAPHY_MARK = re.compile(r"c(?!h)|x|([aeiou])\1")
_NAME = re.compile(r"^[A-Za-z][A-Za-z' \-]*$")
# Shortest remainder that is a name's own word after its generic first word: "Ceelasha" is the plural of
# "ceel" (wells), not "Ceel" + "asha", so a remainder opened by a vowel needs five letters.
_REST_MIN = 3
_REST_MIN_VOWEL = 5
# Two words are also written run together when the first is a generic word's length ("Elbur", "Lasanod"),
# not a long word of its own ("Elasha Biyaha").
_JOINED_FIRST_MAX = 5


def split_generic(word: str) -> list[str]:
    """A one-word Somali name opened by a generic word, written apart ("Buulobarde" → "Buulo barde")."""
    low = word.lower()
    for generic in SOMALI_GENERIC_WORDS:
        rest = low[len(generic):]
        if low.startswith(generic) and len(rest) >= _REST_MIN and (
                rest[0] not in "aeiou" or len(rest) >= _REST_MIN_VOWEL):
            return [word[:len(generic)], word[len(generic):]]
    return [word]


def press_word(word: str) -> str:
    """One Somali word as the press writes it: no ʿayn letter, "h" for "x", long vowels written once."""
    low = _DOUBLED_VOWEL.sub(r"\1", _AYN.sub("", word.lower()).replace("x", "h"))
    return low[:1].upper() + low[1:]


def press_forms(surface: str, country: str | None, *, taken: frozenset[str] = frozenset()) -> list[str]:
    """The press spellings of a name held in the orthography of `country` (none for other countries):
    written apart after a generic first word, then as the press writes each word; also with doubled
    consonants single ("Dhuusamarreeb" → "Dhusamareb"), and run together where the name has two words
    ("Ceel Buur" → "Elbur").

    A form that is an English word or a given name, or made of such words only (`taken`, folded), is left
    out, as are forms of under four letters: such a key would make a word of English copy a place."""
    if country not in SOMALI_ORTHOGRAPHY or not _NAME.match(surface.strip()):
        return []
    words = surface.replace("-", " ").split()
    if len(words) > 1 and not any(_ORTHOGRAPHY_MARK.search(w.lower()) for w in words):
        return []  # nothing of the orthography in it, and no word to split off
    apart = [piece for w in words for piece in split_generic(w)]
    # An English or Italian word of the name ("Blue City", "Badhan District") is no Somali word: the rules
    # would make junk of it ("Blue Ity", "Badhan Distrit").
    english = [p.lower() in taken for p in apart]
    press = [p if eng else press_word(p) for p, eng in zip(apart, english)]
    press, english = [w for w in press if w], [e for w, e in zip(press, english) if w]
    forms = [" ".join(press)]
    single = " ".join(w if eng else _DOUBLED_LETTER.sub(r"\1", w.lower()).capitalize()
                      for w, eng in zip(press, english))
    forms.append(single)
    if len(press) == 2 and len(press[0]) <= _JOINED_FIRST_MAX and not any(english):
        forms += [press[0] + press[1].lower(), single.replace(" ", "", 1).capitalize()]
    own = normalise(surface)
    out: list[str] = []
    for form in dict.fromkeys(forms):
        norm = normalise(form)
        if norm == own or len(norm.replace(" ", "")) < 4 or norm in taken or all(w in taken for w in norm.split()):
            continue
        if any(len(fold_token(w)) < 2 for w in form.split()):
            continue
        out.append(form)
    return out
