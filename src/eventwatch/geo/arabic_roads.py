"""The two towns a road links: "على الطريق الواصل بين X و Y", "طريق بين X و Y".

A report places an ambush or a mine on the road between two towns; the towns are the nearest places it names,
as "on the road between X and Y" is in English (cue "between"), firmly: the road says they are places. Arabic "بين" alone is as often "between two
sides" ("اشتباكات بين مجموعتين", "العلاقات بين سوريا وتركيا": relations, no place), so only "بين" after a road
or a word of linking reads the name after it as a place; the list's "و" then gives the second town the same cue
(`arabic_names.arabic_lists`). A road named by its two ends, "طريق X-Y" (or "X - Y"), names the second town
after the dash the road joins to the first (`hyphen_road_ends`).
"""
from __future__ import annotations

from eventwatch.geo.arabic_words import is_common_word, joined_preposition, load_arabic_report_words
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_base, arabic_candidates, fold_token, is_arabic

# "between" and what stands right before it on a road: the road, the one linking, the one joining
_BETWEEN = fold_token("بين")
_ROAD_WORDS = frozenset(arabic_base(fold_token(w)) for w in ("طريق", "الطريق", "الواصل", "الواصلة", "الرابط",
                                                               "الرابطة", "الطرق", "خط"))
BETWEEN_CUE = "between"
# The road words of a road named by its two ends ("طريق X-Y"): "خط" is a line as often as a road ("خط التماس" the
# contact line, "خط الإمداد" the supply line), named after no towns, so it reads the towns only after "بين"
_DASH_ROAD_WORDS = _ROAD_WORDS - {arabic_base(fold_token("خط"))}
# Words that open an aside after a dash, not a road's other end: a source ("- بحسب المرصد -", "- وفق الشرطة"), a
# comparison or a relative clause ("- كما يسميه", "- وهو الطريق", "- الذي افتتح")
_ASIDES = frozenset(fold_token(w) for w in ("حسب", "بحسب", "وفق", "وفقا", "طبقا", "كما", "وكما", "هو", "هي", "وهو",
                                            "وهي", "الذي", "التي", "الذين", "حيث", "اي"))

# The adjectives a road takes ("الطريق الساحلي", "طريق الدولي", "الطريق السريع"), a closed list: a village shaped
# like one ("طريق العبادية - الميادين", "طريق العكيرشي") is the road's first end, not its adjective
ROAD_ADJECTIVES = frozenset(arabic_base(fold_token(w)) for w in (
    "الساحلي", "الصحراوي", "الدائري", "السريع", "الدولي", "الرئيسي", "الزراعي", "الجبلي", "القديم", "الجديد",
    "العام", "الترابي", "الحربي", "العسكري", "الفرعي", "الواصل", "الرابط", "المؤدي", "الشمالي", "الجنوبي",
    "الشرقي", "الغربي", "الاستراتيجي", "الإستراتيجي", "الالتفافي", "الوطني", "السيار", "الإقليمي", "الحدودي",
    "المركزي",
    # the feminine forms ("طريق" is feminine too); not the directions' ("الشرقية", "الغربية" are provinces)
    "الدولية", "الرئيسية", "السريعة", "الساحلية", "الصحراوية", "الدائرية", "الزراعية", "الجبلية", "القديمة",
    "الجديدة", "العامة", "الترابية", "العسكرية", "الفرعية", "الواصلة", "الرابطة", "المؤدية", "الاستراتيجية",
    "الإستراتيجية", "الالتفافية", "الوطنية", "الإقليمية", "الحدودية", "المركزية"))


def mark_road_ends(text: str, tokens: list[Token], spans: list[NameSpan]) -> None:
    """Give the cue "between" to an Arabic name with no cue written right after "بين" that a road word
    (`_ROAD_WORDS`) stands before, each one space apart: a firm one, unlike English "between" alone, since the
    road says the names are the places it links. The two ends of a road named by them ("طريق الخيام–مرجعيون",
    `road_first_end`) take it too, each as firmly."""
    ends = hyphen_road_ends(text, tokens, spans) & {s.i for s in spans}
    for s in spans:
        # the first end only where a name was read after the dash: the road's other end vouches for it
        if s.cue in (None, BETWEEN_CUE) and s.locational and (s.j in ends or s.i in ends) and near_reading(s):
            s.cue, s.firm = BETWEEN_CUE, True
    for s in spans:
        if s.cue is not None or s.i < 2 or not is_arabic(s.norm):
            continue
        b, r = s.i - 1, s.i - 2
        if text[tokens[b].end : tokens[s.i].start] != " " or text[tokens[r].end : tokens[b].start] != " ":
            continue
        if tokens[b].norm == _BETWEEN and any(x in _ROAD_WORDS for x in arabic_candidates(tokens[r].norm)):
            s.cue, s.firm = BETWEEN_CUE, True


# the dashes a road's two ends are written with ("طريق سبها-الشويرف", "طريق القامشلي - عامودا")
_DASHES = frozenset("-\u2013\u2014")


def _road_word(token: Token) -> bool:
    return any(x in _DASH_ROAD_WORDS for x in arabic_candidates(token.norm))


def opens_aside(token: Token) -> bool:
    """Whether a token written after a dash opens an aside rather than names a road's other end: an attribution
    or relative word (`_ASIDES`), or a preposition joined to its object ("بالمدينة", "لعدة ساعات" for several
    hours: "ل" on a word of the language). No town's name is written with a preposition on it there."""
    norm = token.norm
    readings = arabic_candidates(norm)
    if norm in _ASIDES or any(r in _ASIDES for r in readings) or joined_preposition(norm):
        return True
    words = load_arabic_report_words()
    return norm[:1] in "لبك" and any(is_common_word(r, words) for r in readings[1:])


def after_road_word(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token i is written right after a road word, or after a road word and one of its adjectives
    (`ROAD_ADJECTIVES`: "الطريق الساحلي X", "طريق الدولي X": the coastal, the international road), each one space
    apart: the adjective describes the road, so the name after it is still the road's first end. Only the listed
    adjectives: a village is often shaped like one ("طريق الخضيرية X")."""
    if i < 1 or text[tokens[i - 1].end : tokens[i].start] != " ":
        return False
    if _road_word(tokens[i - 1]):
        return True
    adjective = tokens[i - 1].norm
    return i >= 2 and adjective.startswith(ARABIC_ARTICLE) and arabic_base(adjective) in ROAD_ADJECTIVES \
        and text[tokens[i - 2].end : tokens[i - 1].start] == " " and _road_word(tokens[i - 2])


def dash_after(text: str, tokens: list[Token], j: int) -> bool:
    """Whether a dash stands between token j - 1 and an Arabic token j."""
    return 0 < j < len(tokens) and is_arabic(tokens[j].norm) \
        and text[tokens[j - 1].end : tokens[j].start].strip() in _DASHES


def road_first_end(text: str, tokens: list[Token], s: NameSpan) -> bool:
    """Whether a name is the first end of a road named by its two ends ("الطريق الساحلي صبراتة–صرمان", "طريق
    الخيام-مرجعيون"): written after a road word (`after_road_word`) and before a dash and another Arabic word. The
    road says both ends are places, the first as firmly as the one after the dash, though no preposition or
    settlement word stands before it. A dash before an aside ("طريق صلاح الدين - وهو الشارع", `opens_aside`)
    joins no second end."""
    return is_arabic(s.norm) and dash_after(text, tokens, s.j) and not opens_aside(tokens[s.j]) \
        and after_road_word(text, tokens, s.i)


def near_reading(s: NameSpan) -> bool:
    """Whether a name read by the automaton has a reading in a land of Arabic names: a road's end is a town of the
    report's region, and "طريق الموت - كما" (the road of death, as ...) names no American Mott."""
    countries = load_arabic_report_words().name_countries
    return any(c.country_code in countries for c in s.candidates)


def hyphen_road_ends(text: str, tokens: list[Token], spans: list[NameSpan]) -> set[int]:
    """The tokens right after a dash that follows a name read right after a road word ("طريق سنجار-سنوني"): the
    road's other end, a place as firmly as the first, though the dash stands where a cue would. A first end with
    no reading in the lands of Arabic names still counts ("طريق خيرسون - ميكولايف"), unless it is a word of the
    language ("طريق الموت - ..." the road of death)."""
    return {s.j for s in spans if road_first_end(text, tokens, s) and (s.unknown or road_town(s))}


def road_town(s: NameSpan) -> bool:
    """Whether a name the automaton read may be a road's end: one with a reading in the lands of Arabic names
    (`near_reading`), or anywhere when it is no word of the language ("خيرسون", "بولتافا": Arabic media name
    Ukraine's roads too; "الموت", death, names no American Mott)."""
    return near_reading(s) or not any(is_common_word(r, load_arabic_report_words()) for r in arabic_candidates(s.norm))
