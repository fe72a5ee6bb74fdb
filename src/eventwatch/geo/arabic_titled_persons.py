"""Arabic names written after a person's title ("الأميرة بسمة", "الملك فيصل"): a person, never a place.

Hospitals, schools, roads and bridges of the Arab world are named for princes, kings and sultans ("مستشفى الأميرة
بسمة", "شارع الملك فهد"), and a royal or a sheikh's given name is as often some village's in GeoNames. Arabic has no
capital letter to mark the person: the title written right before the word with the article is the sign. "الشيخ"
is left out: "الشيخ X" also opens the names of sheikhs' shrine towns (arabic_report_words.yaml `titled_heads`).

Arabic news puts the verb first, then its subject, then its object: "زار الرئيس بغداد" (the president visited
Baghdad) writes the place straight after the title. So a name after a title is the person's only where a facility
word names the building or street for them, or where no verb that takes a place as its object (a verb of travel or
of attack, arabic_report_words.yaml `capital_verbs` and `conflict_verbs`, or of inspecting, opening and touring,
`_VISIT_VERBS`) stands before the title and the name is no place of rank (a country, a first-level division, a
capital). A regional seat or a big city is no such rank: rulers' given names spell many ("بشار" is Béchar). And a
name followed by "بن"/"بنت" or by a family name with the article ("الرئيس بشار الأسد", "الأمير بندر بن سلطان") is
the person's after any verb: a place after a title is followed by no lineage.

A title after a settlement word opens a village's own name ("قرية السلطان يعقوب", the village of Sultan Yacoub):
the title is then no place of its own.
"""
from __future__ import annotations

from eventwatch.geo.arabic_words import ArabicReportWords, load_arabic_report_words
from eventwatch.geo.normalise import Token, arabic_candidates, fold_token, is_arabic

# titles written with the article before a person's given name: prince, princess, king, queen, sultan, emir's
# consort, president, martyr (streets and schools named for the fallen), doctor, pilgrim (an elder's honorific;
# "الحاجة" is also "the need", so it counts only after a facility word)
_TITLES = frozenset(fold_token(w) for w in (
    "الأمير", "الأميرة", "الملك", "الملكة", "السلطان", "السلطانة", "الرئيس", "الشهيد", "الشهيدة", "الدكتور",
    "الدكتورة", "الحاج"))
_FACILITY_TITLES = _TITLES | {fold_token("الحاجة")}
# the heads of what is named for a person: buildings, streets, bridges, squares, bases, quarters and foundations
_FACILITY_WORDS = frozenset(fold_token(w) for w in (
    "مستشفى", "مستشفيات", "مدرسة", "مدارس", "جامعة", "كلية", "معهد", "مسجد", "جامع", "مركز", "مجمع", "شارع",
    "طريق", "جسر", "نفق", "مطار", "ميناء", "قاعدة", "معسكر", "ساحة", "دوار", "ميدان", "حديقة", "ملعب", "قصر",
    "حي", "ضاحية", "مدينة", "مؤسسة", "صندوق", "جائزة", "مكتبة", "قاعة", "بوابة", "سد", "محطة"))
# GeoNames kinds of a place of rank: countries, first-level divisions and capitals (no regional seat: "بشار")
_RANKED_KINDS = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "PCL", "TERR", "ADM1", "PPLC"})
_CONJUNCTIONS = frozenset("وف")
# verbs whose object is a place a ruler goes to, besides travel and attack: inspect, open, inaugurate, tour
_VISIT_VERBS = frozenset(fold_token(w) for w in (
    "تفقد", "تفقدت", "تفقدوا", "يتفقد", "تتفقد", "افتتح", "افتتحت", "يفتتح", "تفتتح", "دشن", "دشنت", "يدشن",
    "تدشن", "جال", "جالت", "يجول", "تجول"))
_SHEIKH = frozenset(fold_token(w) for w in ("الشيخ", "الشيخة"))  # a title, left out of `_TITLES` (shrine towns)
# the words of a lineage after a given name: son of, daughter of
_LINEAGE = frozenset(fold_token(w) for w in ("بن", "بنت", "ابن", "ابنة"))


def _ranked(s) -> bool:
    """Whether a span names a place of rank exactly: no royal's or martyr's given name spells one."""
    return any(c.exact and c.feature_code in _RANKED_KINDS for c in s.candidates)


def _lineage_after(text: str, tokens: list[Token], s, words: ArabicReportWords) -> bool:
    """Whether the span is followed by "بن"/"بنت" or by a family name with the article ("بشار الأسد"): a
    person's name goes on so, a place's does not. A time word with the article ("دمشق الأسبوع الماضي") and a
    compass word ("الشمالي") go on a place's sentence and are no family name."""
    if s.j >= len(tokens) or not _joined(text, tokens, s.j - 1, s.j):
        return False
    nxt = tokens[s.j].norm
    if nxt in _LINEAGE:
        return True
    if not nxt.startswith("ال") or len(nxt) < 5 or not is_arabic(nxt):
        return False
    bare = nxt[2:]
    return not any(bare.startswith(w) for w in words.time_words | words.compass_words)


def _joined(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a and b stand with only a space between."""
    return not text[tokens[a].end : tokens[b].start].strip()


def _facility_before(text: str, tokens: list[Token], t: int) -> bool:
    """Whether the title at token `t` comes right after a facility word ("مستشفى الأميرة", "بشارع الملك")."""
    return t > 0 and _joined(text, tokens, t - 1, t) \
        and any(r in _FACILITY_WORDS for r in arabic_candidates(tokens[t - 1].norm))


def facility_word(norm: str) -> bool:
    """Whether a folded word is the head of a building's, street's or site's name ("مستشفى", "مطار", "جسر")."""
    return any(r in _FACILITY_WORDS for r in arabic_candidates(norm))


def person_title(norm: str) -> bool:
    """Whether a folded word is a person's title ("الأمير", "الشيخ"): the name after it is its bearer's as often as
    a place's, so it is no plain subject before a verb's object (geo/arabic_visit_objects.py)."""
    return norm in _TITLES or norm in _SHEIKH


def visit_verb(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded word is a verb of travel or of inspecting, opening and touring (a joined "و"/"ف" allowed):
    its object is a place (geo/arabic_visit_objects.py)."""
    forms = (norm, norm[1:]) if norm[:1] in _CONJUNCTIONS else (norm,)
    return any(f in words.capital_verbs or f in _VISIT_VERBS for f in forms)


def _object_verb_before(text: str, tokens: list[Token], t: int, words: ArabicReportWords) -> bool:
    """Whether the title at token `t` is the subject of a verb of travel or attack written right before it: the
    word after the title is then as likely the verb's object, the place."""
    if t == 0 or not _joined(text, tokens, t - 1, t):
        return False
    norm = tokens[t - 1].norm
    forms = (norm, norm[1:]) if norm[:1] in _CONJUNCTIONS else (norm,)  # "وزار الرئيس", "فدخل الجنود"
    return any(f in words.capital_verbs or f in words.conflict_verbs or f in _VISIT_VERBS for f in forms)


def _persons_name(text: str, tokens: list[Token], s, words: ArabicReportWords) -> bool:
    """Whether the one- or more-word Arabic span `s` is written right after a title and names its bearer."""
    t = s.i - 1
    if t < 0 or not _joined(text, tokens, t, s.i):
        return False
    if _facility_before(text, tokens, t):
        return tokens[t].norm in _FACILITY_TITLES
    if tokens[t].norm not in _TITLES:
        return False
    if _ranked(s):
        return False
    if not _object_verb_before(text, tokens, t, words):
        return True
    # After a verb that takes a place, a word with the article after the name is a family name only when it is
    # not feminine: a city's adjective agrees with it ("زار الرئيس حلب المدمرة", "تفقد الأمير جدة المنكوبة"),
    # while "زار الرئيس بشار الأسد" goes on with a family name.
    return _lineage_after(text, tokens, s, words) and not _feminine_after(tokens, s)


def _feminine_after(tokens: list[Token], s) -> bool:
    """Whether the word after the span is a feminine adjective with the article ("القديمة", "المحررة")."""
    if s.j >= len(tokens):
        return False
    nxt = tokens[s.j].norm
    return nxt.startswith("ال") and nxt.endswith(("ة", "ه")) and nxt not in _LINEAGE


def _settlement_before(text: str, tokens: list[Token], t: int, words: ArabicReportWords) -> bool:
    """Whether the title at token `t` comes right after a settlement word and before a word that can go on a
    name ("قرية السلطان يعقوب"): it opens the village's name. A word of direction, place, time or everyday use
    after it ("بلدة الملكة شمال إربد", "بلدة الملكة في") leaves the title the village's whole name."""
    if t == 0 or not _joined(text, tokens, t - 1, t) \
            or not any(r in words.settlement_words for r in arabic_candidates(tokens[t - 1].norm)):
        return False
    after = set(arabic_candidates(tokens[t + 1].norm))
    return not any(after & ws for ws in (words.compass_words, words.firm_locatives, words.time_words,
                                         words.common_words, words.container_words))


def _title_before_name(text: str, tokens: list[Token], s, words: ArabicReportWords) -> bool:
    """Whether a one-word span is itself a title after a facility or a settlement word with a word right after it
    ("مستشفى الملكة علياء": the queen, whose letters a Jordanian village's name also writes; "قرية السلطان
    يعقوب": a village's name of two words, the title alone naming another place)."""
    return s.j - s.i == 1 and tokens[s.i].norm in _FACILITY_TITLES and s.j < len(tokens) \
        and is_arabic(tokens[s.j].norm) and _joined(text, tokens, s.i, s.j) \
        and (_facility_before(text, tokens, s.i) or _settlement_before(text, tokens, s.i, words))


def without_titled_persons(text: str, tokens: list[Token], spans: list) -> list:
    """The spans less the Arabic names written right after a person's title, and the titles themselves."""
    words = load_arabic_report_words()
    return [s for s in spans if not (is_arabic(s.norm) and (_persons_name(text, tokens, s, words)
                                                            or _title_before_name(text, tokens, s, words)))]
