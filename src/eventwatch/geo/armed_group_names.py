"""A place named inside an armed group's name is part of the name, not where anything happened: a
transliterated Arabic formation word opening it ("Jund al-Aqsa", "Liwa Suqour al-Sham", "Ansar Beit
al-Maqdis": the army, brigade, soldiers or supporters of a place), or a jihadist movement's "province" ("the
Sinai Province group", "Boko Haram's West Africa Province"), which is a franchise, not a division of a state.

geo/whole_names.py reads the groups the actor registry lists, whole; these rules read the class by the words
that build such names, so an unlisted group is read the same. The place stays a toponym, as embedded. Arabic
reports build the names of the same words, uncapitalised ("أنصار بيت المقدس", "لواء صقور الشام"):
`mark_arabic_group_places` reads them by the formation word in construct before the place.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.arabic_words import definite, members_before
from eventwatch.geo.name_span import NameSpan, mark_embedded
from eventwatch.geo.normalise import Token, arabic_candidates, fold_token, is_arabic

# Arabic words that open a fighting formation's name (army, brigade(s), the free men of, soldiers, supporters,
# battalion(s), companies, legion, movement, front, body, gathering, regiment, division, falcons, lions), written
# capitalised, then up to two capitalised words of the name before the place.
_FORMATION_BEFORE = re.compile(
    r"(?<![\w'’-])(?:Jaish|Jaysh|Jeish|Liwa|Liwaa|Alwiya|Alwiyat|Ahrar|Jund|Junud|Ansar|Katiba|Katibat|Kataib|"
    r"Kata'ib|Kata’ib|Saraya|Faylaq|Failaq|Harakat|Jabhat|Hayat|Hay'at|Hay’at|Tajammu|Fawj|Firqat|Suqour|Suqur|"
    r"Usud|Usood)[ \u00a0](?:[A-Z][\w'’-]*[ \u00a0]){0,2}\Z")
# A movement's "province": "Province" after the name, and the movement said before it ("Islamic State's",
# "IS", "Boko Haram's", "the group's", "so-called") or a word of armed groups after it.
_PROVINCE_AFTER = re.compile(r"[ \u00a0]Province\b")
_MOVEMENT_BEFORE = re.compile(
    r"(?:\b(?:Islamic[ \u00a0]State|IS|ISIS|ISIL|Daesh|Boko[ \u00a0]Haram|al-Qaeda|Al-Qaeda|group|militants)['’]s?"
    r"|\b(?:Islamic[ \u00a0]State|IS|ISIS|ISIL|Daesh)|\bso-called)[ \u00a0]\Z")
# The movement's own words after "Province" ("the Sinai Province group", "West Africa Province (ISWAP)"), and
# its members ("the Sinai Province militants") unless a locative word before the name puts them in a real
# province ("in Helmand Province fighters clashed").
_GROUP_AFTER = re.compile(
    r"[ \u00a0]Province[ \u00a0]*(?:\([A-Z-]{3,}\)|(?:[a-z-]+[ \u00a0])?(?:group|affiliate|branch|faction|wing|"
    r"franchise)\b)")
_MEMBERS_AFTER = re.compile(
    r"[ \u00a0]Province[ \u00a0]+(?:[a-z-]+[ \u00a0])?(?:cells?|militants|fighters|jihadists|insurgents|extremists)\b")
_LOCATIVE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Aa]cross|[Tt]hroughout)[ \u00a0](?:the[ \u00a0])?\Z")


def armed_group_places(text: str, spans: Sequence[NameSpan]) -> set[int]:
    """Indices of place names inside an armed group's name built of formation words or a "province"."""
    out = set()
    for k, s in enumerate(spans):
        if s.demonym or s.unknown:
            continue
        before = text[max(0, s.start - 60) : s.start]
        if _FORMATION_BEFORE.search(before) is not None:
            out.add(k)
        elif _PROVINCE_AFTER.match(text, s.end) is not None and (
                _MOVEMENT_BEFORE.search(before) is not None or _GROUP_AFTER.match(text, s.end) is not None
                or (_MEMBERS_AFTER.match(text, s.end) is not None and _LOCATIVE_BEFORE.search(before) is None)):
            out.add(k)
    return out


def mark_armed_group_places(text: str, spans: Sequence[NameSpan]) -> None:
    """Read as embedded, not located, every place name inside such a group's name."""
    for k in armed_group_places(text, spans):
        s = spans[k]
        mark_embedded(s)


# The Arabic formation words (folded, as tokens are) that open a group's name in construct: army, brigades,
# free men, soldiers, supporters, battalion(s), companies, legion, regiment, division, falcons. Left out: "جبهة"
# (a front: "جبهة صرواح" is where fighting is), "حركة" (movement, traffic), "تجمع" (a gathering, "gathered"),
# "هيئة" (an authority), whose place is as often where something happens.
_ARABIC_FORMATIONS = frozenset(fold_token(w) for w in ("جيش", "ألوية", "أحرار", "جند", "أنصار", "كتيبة", "كتائب",
                                                      "سرايا", "فيلق", "فوج", "فرقة", "صقور"))
# "لواء" (brigade) is also a Jordanian district ("لواء الرمثا"): a group's only with a word of its name between
# it and the place ("لواء صقور الشام", "لواء شهداء اليرموك").
_ARABIC_BRIGADE = fold_token("لواء")
# Most words of a group's name between the formation word and the place.
_ARABIC_NAME_WORDS = 2


def mark_arabic_group_places(text: str, tokens: list[Token], spans: Sequence[NameSpan],
                             stops: frozenset[str]) -> None:
    """Read as embedded a place written in an Arabic group's name: after a formation word in construct (no
    article, a clitic allowed: "وأنصار"), with at most `_ARABIC_NAME_WORDS` words of the name between, one
    space apart, none with the article (a construct chain carries it on its last word only, so "جيش الاحتلال
    قصف غزة" is an army that shelled Gaza) and none of them a cue (`stops`: "في", "مدينة") that would put the place outside the name."""
    for s in spans:
        if not s.locational or not is_arabic(s.norm):
            continue
        for between in range(_ARABIC_NAME_WORDS + 1):
            h = s.i - between - 1
            if h < 0 or any(text[tokens[k].end : tokens[k + 1].start] != " " for k in range(h, s.i)):
                break
            if between and any(r in stops for k in range(h + 1, s.i) for r in arabic_candidates(tokens[k].norm)):
                break
            if definite(tokens[h].norm):
                break  # only a construct chain's last word carries the article: "جيش الاحتلال قصف غزة" is none
            readings = arabic_candidates(tokens[h].norm)
            if any(r in _ARABIC_FORMATIONS for r in readings) or (_ARABIC_BRIGADE in readings and (
                    between or members_before(text, tokens, h))):
                mark_embedded(s)
                break
