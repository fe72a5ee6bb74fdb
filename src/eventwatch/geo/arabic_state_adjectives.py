"""Which state a definite relative adjective written after a name names ("البنجاب الباكستانية", Pakistan's Punjab).

A division word shared by many countries ("ولاية": a state of India, Pakistan or Nigeria as well as a province of
Turkey or Afghanistan) is told apart by the state's adjective after the name. The adjective is derived from the
state's curated Arabic name (aliases.yaml) by rule, as extract/arabic_nisbas.py derives it for soldiers: a final
"ا" goes ("تركيا" → "تركي"), "ية" drops its "ة" ("السعودية" → "سعودي"), other names take "ي" ("الهند" → "هندي"),
and a "-ستان" name gives both its whole form and the short one ("باكستاني", "أفغاني"). Needs no gazetteer: the
reader that asks runs on tokens alone.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

from eventwatch.geo.normalise import ARABIC_ARTICLE, arabic_base, arabic_candidates, fold_token, is_arabic
from eventwatch.geo.yaml_files import parse_yaml

ALIASES = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "aliases.yaml"
_STAN = "ستان"
_MIN_STEM = 3  # letters before the "ي": shorter stems are everyday words too
# adjectives of a three-letter stem that are everyday words before they are a state's: "مالي" is "financial"
# ("وزارة المالية") far more often than "Malian", so it never decides a division's country
_EVERYDAY = frozenset({"مالي"})
# facilities a state runs abroad: in "قاعدة حميميم الروسية" (the Russian Hmeimim base), "السفارة في ..."  the
# adjective is the facility's, agreeing with the noun before the name, and says nothing of whose land the name is in
_FACILITIES = frozenset(fold_token(w) for w in ("قاعدة", "سفارة", "قنصلية", "مطار"))


def _adjectives(name: str) -> list[str]:
    """The folded masculine adjectives of one folded, article-less state name."""
    if name.endswith(_STAN):
        return [name + "ي", name[: -len(_STAN)] + "ي"]
    if name.endswith("يه"):
        return [name[:-1]]
    stem = name[:-1] if name.endswith("ا") else name
    return [stem if stem.endswith("ي") else stem + "ي"]


@lru_cache(maxsize=1)
def _states() -> dict[str, str]:
    """Folded masculine adjective → the state's code, for each one-word Arabic name of aliases.yaml."""
    raw = parse_yaml(ALIASES.read_text(encoding="utf-8")).get("aliases") or []
    out: dict[str, str] = {}
    for entry in raw:
        code = entry.get("country") if isinstance(entry, dict) else None
        for name in (entry.get("names") or []) if code else []:
            if not is_arabic(str(name)) or " " in str(name).strip():
                continue
            for adjective in _adjectives(arabic_base(fold_token(str(name).strip()))):
                if len(adjective) - 1 >= _MIN_STEM and adjective not in _EVERYDAY:
                    out.setdefault(adjective, code)
    return out


def state_of_adjective(norm: str) -> Optional[str]:
    """The code of the state a folded definite relative adjective names ("الباكستانيه" → PK, "التركي" → TR), or
    None for another word."""
    if not norm.startswith(ARABIC_ARTICLE):
        return None
    base = arabic_base(norm)
    return _states().get(base[:-1] if base.endswith("يه") else base) if base.endswith(("ي", "يه")) else None


def state_named_after(tokens: list, j: int, text: str) -> Optional[str]:
    """The state whose definite relative adjective is written right after a name ending before token `j`
    ("كوجالي التركية" Turkey's Kocaeli, "البنجاب الباكستانية"): the adjective agrees with the name and says which
    state holds it, as "Turkish Kocaeli" would. None where no such adjective follows with nothing between."""
    if not 0 < j < len(tokens) or text[tokens[j - 1].end : tokens[j].start].strip():
        return None
    return state_of_adjective(tokens[j].norm)


def facility_before(tokens: list, i: int, text: str) -> bool:
    """Whether a facility noun (`_FACILITIES`: a base, embassy, consulate or airport, also with its article or a
    joined preposition) is written right before the name at token i: an adjective after the name is then the
    facility's ("قاعدة X الأمريكية" an American base in another land), not the name's."""
    if not 0 < i < len(tokens) or text[tokens[i - 1].end : tokens[i].start].strip():
        return False
    return any(r in _FACILITIES or r.removeprefix(ARABIC_ARTICLE) in _FACILITIES
               for r in arabic_candidates(tokens[i - 1].norm))


def nationality_not_place(norm: str, country_codes: list[str]) -> bool:
    """Whether a definite word read as the adjective of the noun before it names a state by its adjective
    ("السلطات الهندية" the Indian authorities) and no reading of it lies in that state: the town some other land
    writes so (Iraq's al-Hindiyah) is then no place of the report, where a town in the state itself might be."""
    state = state_of_adjective(norm)
    return state is not None and state not in country_codes


def adjectives_after_bridged(tokens: list, text: str, bridged: list, found: list) -> None:
    """"ولاية بيهار الهندية": once the Latin-letter bridge reads a name (`bridged`) in the state whose adjective is
    written right after it, that adjective is the name's, no place of its own: the town another land writes so
    (Iraq's al-Hindiyah), read before the bridge ran (`found`), is made a demonym. A name read elsewhere leaves the
    adjective as it was."""
    starts = {s.i: s for s in found}
    for s in bridged:
        after = starts.get(s.j)
        if after is None or after.j != s.j + 1:
            continue
        state = state_named_after(tokens, s.j, text)
        if state is not None and any(c.country_code == state for c in s.candidates):
            after.locational, after.cue = False, "demonym"
