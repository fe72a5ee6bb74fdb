"""A town whose bare name is an everyday word, kept where the report names what holds it.

GeoNames' vowelled Arabic names spell some Gulf and Maghreb towns as words of report vocabulary ("الرديف" reserve
forces, Redeyef; "الوفرة" plenty, al-Wafrah; "الزور" forgery, az-Zour): `common_words` drops such a name written
alone, for "تصاعد الدخان ... في الموصل" (smoke) is no Dukhan in Qatar. A report that writes the town in a place's
position (right after "في", or after a noun of works named for their town: "حقل الوفرة" the Wafrah field) and
names its holder close by means the town: the division joined by "ب" right after it ("في الرديف بولاية قفصة",
the division word standing for the province its seat names), or the town's country among the nearby words
("مصفاة الزور جنوب الكويت"). "من الخبراء في السعودية" (from the experts in Saudi Arabia) is no such position.
The look is bounded to a few words on either side, so its cost is fixed per such name, and it is made only for
these rare names.
"""
from __future__ import annotations

from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_candidates

# Words on either side of the name looked at for its holder: a clause's reach, not the report's.
_REACH = 6
# "في" (in), also with "و" (and in): the preposition of a place's position. Folded.
_IN = frozenset({"في", "وفي"})
# Works and grounds named for the town they lie at, written in construct before its name ("حقل الوفرة" the Wafrah
# field, "محطة الزور" the Zour plant): a place's position, as "في" is. Folded, without the article.
_WORKS = frozenset({"حقل", "محطه", "مصفاه", "ميناء", "مطار", "منفذ", "معبر"})


def place_position(tokens: list[Token], i: int, text: str) -> bool:
    """Whether the name at token i is written right after "في" or a noun of works or grounds (`_WORKS`)."""
    if not 0 < i < len(tokens) or text[tokens[i - 1].end : tokens[i].start].strip():
        return False
    before = tokens[i - 1].norm
    return before in _IN or any(r in _WORKS for r in arabic_candidates(before))


def _division_word(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded token is a division or governorate word, with or without a joined "ب" ("بولاية")."""
    return any(r in words.division_words or r in words.governorate_words for r in arabic_candidates(norm))


def _holds(holder: Candidate, town: Candidate, seat: bool) -> bool:
    """Whether a country or first-level division holds a town's reading; after a division word (`seat`) the
    province's seat stands for it ("بولاية قفصة": Gafsa town, in the governorate that holds Redeyef)."""
    if holder.country_code != town.country_code:
        return False
    if holder.feature_code.startswith("PCL"):
        return True
    return (seat or holder.feature_code == "ADM1") and holder.admin1_code == town.admin1_code


def named_holder(gaz: Gazetteer, tokens: list[Token], s: NameSpan, words: ArabicReportWords) -> bool:
    """Whether a word of the name's reach names, exactly, a country or first-level division that holds one of
    its readings (see the module docstring; the caller checks the name's position)."""
    towns = [c for c in s.candidates if c.exact and not c.feature_code.startswith("PCL")]
    if not towns:
        return False
    for k in [*range(s.j, min(len(tokens), s.j + _REACH)), *range(max(0, s.i - _REACH), s.i)]:
        seat = k == s.j + 1 and _division_word(tokens[s.j].norm, words)
        for holder in gaz.lookup(tokens[k].text, limit=5):
            if holder.exact and any(_holds(holder, t, seat) for t in towns):
                return True
    return False
