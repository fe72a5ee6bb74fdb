"""The people of a place who protest are the protesters: in a protest, named residents are the side that acts.

An Arabic report of a protest names those who march by who they are as often as by what they do: "تظاهر عشرات من
أهالي بلدة X" (dozens of the people of X demonstrated), "خرج سكان الحي في مسيرة", "احتج شبان عاطلون". The lexicon
reads "أهالي", "سكان", "شبان" as civilians, and civilians are only ever the side acted on; in a peaceful protest no
one is acted on, so those civilians are the protest's own people, coded as ACLED codes them: "Protesters (X)",
the side that acted. A report that names protesters itself ("المتظاهرين") keeps them, and any other type of
event keeps its civilians where they are (a protest fired on has victims).

Only the people who protest are made protesters: a noun of a place's people (`PEOPLE_NOUNS`: "أهالي", "سكان")
written as the subject, right after the sentence's opening verb ("نظم سكان المخيم وقفة"), after "من" ("عشرات من
أهالي البلدة") or after a crowd's count ("آلاف السكان"), with no word of harm just before ("بعد مقتل ثلاثة من سكان البلدة" names the dead the protest is
for). Civilians counted after a killing ("احتجاجا على مقتل ثلاثة مدنيين") stay civilians. The protesters are the
protest's one actor1: a force that acted in a clause of the protest's cause ("برصاص الجيش") is kept, as associated.

A protest whose people the report names by no word the lexicon reads ("نفذ العشرات من سائقي الشاحنات وقفة احتجاجية",
dozens of truck drivers held a sit-in) still has its protesters: a peaceful protest with no actor at all is coded,
as ACLED codes every protest, with the protesters of the event's country, read from the words of protest
(`unnamed_protesters`). A protest with civilians read in it is left as it was: they may be the dead it is held for.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Optional

from eventwatch.extract.actors import CIVILIANS, INTER_TYPES
from eventwatch.extract.arabic_lexicon import fold, without_short_vowels
from eventwatch.model import Actor, Evidence

PROTESTERS = 6
PROTESTERS_ENTRY = "Protesters"
# nouns of a place's people, folded, article-less: the subject of a protest verb ("نظم أهالي", "تظاهر سكان")
PEOPLE_NOUNS = frozenset({"اهالي", "اهل", "سكان", "شبان", "مواطني", "مواطنو", "مواطنون", "مواطنين"})
# crowd counts a people's noun follows as the subject's head ("تظاهر آلاف السكان"), folded, article-less
CROWD_WORDS = frozenset(fold(w) for w in ("آلاف", "ألوف", "مئات", "عشرات"))
# folded stems of harm: a people's noun just after one counts the harmed ("مقتل ثلاثة من سكان")
HARM_STEMS = ("مقتل", "قتل", "اصابه", "جرح", "استشهاد", "اعتقال", "اختطاف", "وفاه", "مصرع")
_CLITICS = ("و", "ف", "ب", "ل")


def _bare(word: str) -> str:
    """A folded word without a joined "and"/"so" and its article ("والسكان" -> "سكان")."""
    if len(word) > 3 and word[0] in _CLITICS:
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _protesting_people(actor: Any, sentence: Any) -> bool:
    """Whether a civilians' mention is a people's noun written as the protest's subject: right after the
    sentence's first word ("نظم سكان"), or after "من" or a crowd's count ("آلاف السكان") with no word of harm in
    the three words before that."""
    head = actor.raw.split()[0] if actor.raw.split() else ""
    if actor.evidence is None or _bare(fold(without_short_vowels(head))) not in PEOPLE_NOUNS:
        return False
    # words compared as written without their vowel signs ("مِئاتُ المواطنين" is "مئات المواطنين")
    before = fold(without_short_vowels(sentence.text[: actor.evidence.start - sentence.start])).split()
    if len(before) == 1:
        return True  # "نظم أهالي مدينة X وقفة": the opening verb's subject
    if not before or before[-1] != "من" and not {before[-1], _bare(before[-1])} & CROWD_WORDS:
        return False  # "من" or a crowd's count ("آلاف السكان") before it, or no subject
    return not any(_bare(w).startswith(HARM_STEMS) for w in before[-4:-1])


def people_protesting(actors: list, label: str, registry: Any, sentence: Any) -> list:
    """The actors with the protesting people of a peaceful protest (PEACE_PROTEST) made its protesters (actor1)
    and any other actor1 made associated, where the report names no protesters of its own; the actors unchanged
    otherwise."""
    if label != "PEACE_PROTEST" or any(a.inter == PROTESTERS for a in actors):
        return actors
    entry = registry.by_name.get(PROTESTERS_ENTRY)
    people = [a for a in actors if a.inter == CIVILIANS and _protesting_people(a, sentence)]
    if entry is None or not people:
        return actors
    out, seen = [], set()
    for a in actors:
        if any(a is p for p in people):
            made = entry.for_country(a.country)
            a = replace(a, name=made.name, role="actor1", inter=PROTESTERS, type=INTER_TYPES[PROTESTERS])
        elif a.role == "actor1":
            a = replace(a, role="associated")  # "بعد مقتل ... برصاص الجيش": the cause's actor, not the protest's
        if (a.name, a.role) not in seen:
            seen.add((a.name, a.role))
            out.append(a)
    return out


# words that say a protest was not held: called off, put off, or only planned ("ألغيت المظاهرة المقررة", the planned
# demonstration was called off; "أرجئت الوقفة", "تأجيل الاعتصام"), folded, a joined "and" off: a protest that did
# not happen has no protesters to code
_NOT_HELD = frozenset(fold(w) for w in ("ألغيت", "ألغت", "ألغى", "ألغي", "ألغوا", "إلغاء", "أرجئت", "أرجئ", "أرجأت",
                                         "أرجأ", "أرجأوا", "إرجاء", "تأجيل", "أجلت", "أجلوا"))  # not "أجل": "من أجل", for
# adjectives of a protest only planned ("المظاهرة المقررة", "المرتقبة", "المزمعة"), folded, article-less
_PLANNED = tuple(fold(w) for w in ("مقررة", "مرتقبة", "مزمعة"))
# modalities of a protest that may not have happened (extract/arabic_events.py `find_arabic_modality`)
_UNHELD_MODALITIES = frozenset({"denied", "demanded", "hypothetical"})


# the words after a protest's cue its "planned" adjective may stand in ("الوقفة الاحتجاجية التي كانت مقررة")
_PLANNED_REACH = 3
# prepositions that open what a protest is about or where it is: the adjective after them is not the protest's
_CAUSE_PREPOSITIONS = frozenset(fold(w) for w in ("على", "ضد", "في", "من", "إلى", "أمام", "بسبب", "رفضا", "تنديدا"))


# the words before a protest's cue a called-off word may stand in ("قررت النقابة تأجيل الاعتصام")
_NOT_HELD_REACH = 3
# words that open a protest's cause or a concession: a called-off word behind them is the cause ("احتجاجا على
# تأجيل الانتخابات"), not the protest's fate; nor is a cue after them the protest ("رغم منع المظاهرات المقررة")
_CAUSE_OPENERS = frozenset(fold(w) for w in ("احتجاجا", "رفضا", "ضد", "تنديدا", "رغم", "بسبب"))


def _clitic_free(word: str) -> str:
    """A folded word without its joined "و"/"ف" and then "ل"/"ب" ("ولإرجاء" -> "إرجاء", folded)."""
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    if len(word) > 3 and word[0] in "لب":
        word = word[1:]
    return word


def _not_held(sentence: Any, cues: list[tuple[int, int, str]]) -> bool:
    """Whether the sentence calls its protest off or puts it off (a called-off word within a few words before a
    cue: "ألغيت المظاهرة"), or a cue of protest is only planned (the adjective within a few words after it:
    "الإجراءات المقررة", the measures decided, elsewhere is no planned protest). A word or cue behind a cause's or
    a concession's opener ("احتجاجا على", "رفضا ل", "ضد", "رغم") is about the cause, not the protest."""
    text = sentence.text
    for n, (start, end, _) in enumerate(cues):
        if n and any(_clitic_free(w) in _CAUSE_OPENERS
                     for w in fold(without_short_vowels(text[cues[0][1]:start])).split()):
            break  # this cue and those after it stand in the protest's cause ("رغم منع المظاهرات المقررة")
        for word in reversed(fold(without_short_vowels(text[:start])).split()[-_NOT_HELD_REACH:]):
            if _clitic_free(word) in _CAUSE_OPENERS:
                break
            if _clitic_free(word) in _NOT_HELD:
                return True
        for word in fold(without_short_vowels(text[end:])).split()[:_PLANNED_REACH]:
            if word in _CAUSE_PREPOSITIONS:
                break  # "احتجاجا على الزيادات المقررة": the planned thing is the cause, not the protest
            if _bare(word).startswith(_PLANNED):
                return True
    return False


def _crowd(sentence: Any) -> Optional[tuple[int, int]]:
    """The span (sentence offsets) of the first crowd count of the sentence ("العشرات", "آلاف"), the words that
    stand for the unnamed people: the protesters' evidence where the report gives them."""
    text, at = sentence.text, 0
    for word in text.split():
        at = text.index(word, at)
        if _bare(fold(without_short_vowels(word))) in CROWD_WORDS:
            return at, at + len(word)
        at += len(word)
    return None


def unnamed_protesters(actors: list, label: str, registry: Any, sentence: Any, country: Optional[str],
                       cues: list[tuple[int, int, str]], document_id: str, modality: str = "asserted") -> list:
    """The protesters of the event's country as the one actor (actor1) of a peaceful protest that names none (no
    people, union, party or civilians the lexicon reads): every protest has its protesters. A protest denied,
    called for or threatened (`modality`), called off or only planned (`_not_held`) has none. The evidence is the
    crowd's count where the report gives one ("العشرات"), else the protest's first cue ("وقفة احتجاجية"). The actors
    unchanged otherwise."""
    if label != "PEACE_PROTEST" or actors or modality in _UNHELD_MODALITIES:
        return actors
    entry = registry.by_name.get(PROTESTERS_ENTRY)
    if entry is None or not cues or _not_held(sentence, cues):
        return actors
    crowd = _crowd(sentence)
    start, end = crowd if crowd else (cues[0][0], cues[0][1])
    made = entry.for_country(country)
    evidence = Evidence.within(sentence, document_id, "actor", start, end)
    return [Actor(name=made.name, raw=sentence.text[start:end], role="actor1", type=INTER_TYPES[PROTESTERS],
                  inter=PROTESTERS, country=made.country, evidence=evidence)]
