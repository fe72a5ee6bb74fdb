"""Arabic names written after a person's title ("الأميرة بسمة", "الملك فيصل"): a person, never a place.

Hospitals, schools, roads and bridges of the Arab world are named for princes, kings and sultans ("مستشفى الأميرة
بسمة", "شارع الملك فهد"), and a royal or a sheikh's given name is as often some village's in GeoNames. Arabic has no
capital letter to mark the person: the title written right before the word with the article is the sign. "الشيخ"
is left out: "الشيخ X" also opens the names of sheikhs' shrine towns (arabic_report_words.yaml `titled_heads`).
"""
from __future__ import annotations

from eventwatch.geo.normalise import Token, fold_token, is_arabic

# titles written with the article before a person's given name: prince, princess, king, queen, sultan, emir's
# consort, president, martyr (streets and schools named for the fallen), doctor, pilgrim (an elder's honorific)
_TITLES = frozenset(fold_token(w) for w in (
    "الأمير", "الأميرة", "الملك", "الملكة", "السلطان", "السلطانة", "الرئيس", "الشهيد", "الشهيدة", "الدكتور",
    "الدكتورة", "الحاج", "الحاجة"))


def after_person_title(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token `i` follows one of the titles, with only a space between."""
    return i > 0 and tokens[i - 1].norm in _TITLES and not text[tokens[i - 1].end : tokens[i].start].strip()


def _title_before_name(text: str, tokens: list[Token], s) -> bool:
    """Whether a one-word span is itself a title with a word right after it ("الملكة علياء": the queen, whose
    letters a Jordanian village's name also writes)."""
    return s.j - s.i == 1 and tokens[s.i].norm in _TITLES and s.j < len(tokens) \
        and is_arabic(tokens[s.j].norm) and not text[tokens[s.i].end : tokens[s.j].start].strip()


def without_titled_persons(text: str, tokens: list[Token], spans: list) -> list:
    """The spans less the Arabic names written right after a person's title, and the titles themselves."""
    return [s for s in spans if not (is_arabic(s.norm) and (after_person_title(text, tokens, s.i)
                                                            or _title_before_name(text, tokens, s)))]
