"""Hand grenades named as things held, not used: a seizure, a find or a surrender lists its weapons.

"ضبطت الجمارك شحنة أسلحة تضم قنابل يدوية" (customs seized a shipment with hand grenades) and "عثرت القوات على
قنابل يدوية في مخبأ" (forces found grenades in a cache) name the weapon with no attack: the GRENADE label
(data/event_lexicon_ar.yaml) is for a grenade thrown or blown up. Where a word of seizing, finding, handing over or
storing is in the sentence and no word of throwing, blast or attack is, the grenade's words weigh nothing
(extract/arabic_events.py `classify_arabic`). A thrown grenade beside an arrest ("ألقى قنبلة يدوية ثم اعتقل")
keeps its label's weight.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import fold

_SKIP = "\u064b-\u0652\u0670\u0640"
_WORD = rf"[\u0621-\u064a{_SKIP}]+"
# weapons held: seized, found, handed over, shipped or stored
_HELD = frozenset(fold(w) for w in (
    "ضبط", "ضبطت", "ضبطوا", "يضبط", "تضبط", "ضبطها", "صادر", "صادرت", "صادروا", "مصادرة", "عثر", "عثرت", "عثروا",
    "العثور", "سلم", "سلمت", "سلموا", "تسليم", "شحنة", "مخبأ", "مخبأين", "مستودع", "بحوزته", "بحوزتها", "بحوزتهم",
    "حيازة", "تهريب"))
# a grenade used: thrown, blown up, or an attack with it
_USED = frozenset(fold(w) for w in (
    "ألقى", "ألقت", "ألقوا", "يلقي", "رمى", "رمت", "رموا", "قذف", "قذفت", "انفجار", "انفجرت", "انفجر", "تفجير",
    "هجوم", "هاجم", "هاجموا", "استهدف", "استهدفت", "بقنبلة", "بقنابل", "برمانة", "برمانات", "شظايا", "بشظايا",
    "اصابة", "إصابة", "بإصابة"))
# An object pronoun or a plural ending on a verb of `_USED` ("ألقاها" threw it, "رموها" they threw it): the stem
# under it is looked up, with a final alef written back as ى ("ألقا-ها" is "ألقى").
_SUFFIXES = ("وها", "وه", "هم", "ها", "ه")


def _words(text: str) -> set[str]:
    """The sentence's folded words, each also without a joined "و"/"ف"."""
    out: set[str] = set()
    for m in re.finditer(_WORD, text):
        w = re.sub(f"[{_SKIP}]", "", fold(m.group(0)))
        out.add(w)
        if w[:1] in "وف" and len(w) > 3:
            out.add(w[1:])
    return out


def _stems(words: set[str]) -> set[str]:
    """The words with an object pronoun or "وا" ending cut, as a verb of `_USED` may carry one."""
    out: set[str] = set()
    for w in words:
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 2:
                base = w[: -len(suf)]
                out.update((base, base + "ا", base + "وا"))
                if base.endswith("ا"):
                    out.add(fold(base[:-1] + "ى"))
                break
    return out


def grenades_held(text: str) -> bool:
    """Whether the sentence names weapons held (`_HELD`) and no grenade used (`_USED`, also under a suffix)."""
    words = _words(text)
    return bool(words & _HELD) and not words & _USED and not _stems(words) & _USED
