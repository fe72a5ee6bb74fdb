"""A word right after an Arabic noun for soldiers ("جنود ألمان", German soldiers): their nationality, no place.

A nationality follows the soldiers it describes with nothing between ("جنود أتراك", "جنديان إسرائيليان"), and its
broken plural can fold to a place's letters once an article is peeled off ("ألمان" is "ال" + "مان", Man in Côte
d'Ivoire). But Arabic news puts the verb first, then its subject, then its object: "اقتحم الجنود جنين" (the soldiers
stormed Jenin) writes the place straight after the soldiers too. So the word is read as their adjective only where
it has a nationality's form and agrees with the noun: a nisba in the noun's number and case ("جندي تشادي", "جنديا
هنديا", "جنديان ماليان", "جنود إيطاليين", "القوات الهندية", "الجيش الهندي") or a people's broken plural (`_BROKEN_PLURALS`, those the event lexicon holds and the
peoples with no state), definite after the definite noun and bare after the bare one. A place of rank (a country,
a first-level division, a capital) is never read so. The event side reads the nationality as the state's forces
(extract/arabic_events.py).
"""
from __future__ import annotations

from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, fold_token, is_arabic

# soldiers and armed men, one, two or many, bare and with the article -> the nisba endings that agree with them
_SINGULAR = ("ي",)
_ACCUSATIVE = ("يا",)  # "جنديا هنديا": the singular as a verb's object
_DUAL = ("يان", "يين")
_PLURAL = ("يون", "يين")
_FORCES = ("ية",)  # forces take the feminine singular: "قوات هندية", "القوات الهندية"
_ARMY = ("ي",)  # an army the masculine: "الجيش الهندي"
_SOLDIERS: dict[str, tuple[str, ...]] = {}
for _words, _endings in ((("جندي",), _SINGULAR), (("جنديا",), _ACCUSATIVE), (("جنديان", "جنديين"), _DUAL),
                         (("جنود", "عسكريين", "عسكريون", "مقاتلين", "مقاتلون", "خبراء", "مرتزقة"), _PLURAL),
                         (("قوات",), _FORCES), (("جيش",), _ARMY)):
    for _w in _words:
        _SOLDIERS[fold_token(_w)] = _endings
        _SOLDIERS[fold_token("ال" + _w)] = _endings
# forces and an army are as often the subject before a town as soldiers are ("اقتحمت القوات الناصرية", the forces
# stormed Nasiriyah; "دخل الجيش الرمادي"), and a town's name often ends as a nisba does: after them only a state's
# own nisba (extract/arabic_nisbas.py, derived from its Arabic name) is read as their adjective
_FORCE_NOUNS = frozenset(fold_token(w) for w in ("قوات", "القوات", "جيش", "الجيش"))
# the one soldier: after him a country whose own name is the masculine nisba ("جندي مالي", a Malian soldier;
# "جندي جيبوتي") is his nationality even so, since no verb's object stands between a bare noun and its adjective
_ONE_SOLDIER = frozenset(fold_token(w) for w in ("جندي",))
# the broken plurals of peoples, which take no nisba ending: those the event lexicon's `nationalities` holds
# written whole, and peoples with no state's forces of their own
_BROKEN_PLURALS = frozenset(fold_token(w) for w in (
    "ألمان", "أتراك", "روس", "إنجليز", "انكليز", "أفغان", "أكراد", "عرب", "أرمن", "شيشان", "طاجيك", "أوزبك"))
# GeoNames kinds of a place of rank: never an adjective
_RANKED_KINDS = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "PCL", "TERR", "ADM1", "PPLC"})


def nationality_form(word: str, soldiers: str) -> bool:
    """Whether the folded `word` has the form of a nationality agreeing with the folded noun `soldiers`: a nisba
    in its number or a people's broken plural, with the article exactly where the noun has it."""
    endings = _SOLDIERS.get(soldiers)
    if endings is None:
        return False
    definite = soldiers.startswith(ARABIC_ARTICLE)
    if not definite and word in _BROKEN_PLURALS:
        return True  # "ألمان" writes the article's letters of its own
    if word.startswith(ARABIC_ARTICLE) != definite:
        return False
    bare = word[len(ARABIC_ARTICLE):] if definite else word
    if bare in _BROKEN_PLURALS:
        return True
    if soldiers in _FORCE_NOUNS:
        return _states_nisba(bare)
    return any(bare.endswith(e) and len(bare) - len(e) >= 2 for e in endings)


def _states_nisba(bare: str) -> bool:
    """Whether the article-less folded word is a state's regular nisba in one of its forms ("هنديه")."""
    from eventwatch.extract.arabic_nisbas import derived_nationalities  # the event side's table, built once

    return "=" + bare in derived_nationalities()


def _ranked(s) -> bool:
    return any(c.exact and c.feature_code in _RANKED_KINDS for c in s.candidates)


def without_soldiers_adjectives(text: str, tokens: list[Token], spans: list) -> list:
    """The spans less the one-word Arabic names written right after a noun for soldiers, forces or an army, only
    a space between, that have a nationality's form agreeing with it and name no place of rank (save after the
    bare singular soldier, `_ONE_SOLDIER`)."""
    return [s for s in spans if not (s.j - s.i == 1 and is_arabic(s.norm) and s.i > 0
                                     and nationality_form(tokens[s.i].norm, tokens[s.i - 1].norm)
                                     and not text[tokens[s.i - 1].end : tokens[s.i].start].strip()
                                     and (tokens[s.i - 1].norm in _ONE_SOLDIER or not _ranked(s)))]
