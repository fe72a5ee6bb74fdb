"""Which act an Arabic sentence of several acts is coded by, where the lexicon's weights alone pick the wrong one.

Arabic reports tell a raid in one sentence: "استشهد ثلاثة برصاص قوات الاحتلال خلال اقتحامها المخيم، واعتقلت ١٢"
(three killed by the forces' fire during the raid, and they arrested 12). The arrest word weighs more than the
shooting's, yet a coder types the killing, told first, and the arrests are its aftermath. Likewise "هاجمت قوات
X قرية ... ما أسفر عن مقتل ٢٠ مدنيا" (attacked a village, killing 20 civilians): the bare verb of attack supports an
armed clash, but an attack on people who do not fight back is one-sided violence, as ACLED codes it.

Both rules move one label's weight (and its cues) into ATTACK, as `classify_arabic`'s own merges do: they read
the totals, the cues and the sentence, and leave the moving to the `move` they are given.
"""
from __future__ import annotations

import re
from typing import Callable

from eventwatch.extract.arabic_lexicon import fold

# The weight of a clash word that names fighting itself ("اشتباكات", "معارك"); the bare words of attack
# ("هجوم", "هاجم", "كمين") weigh less and say nothing of a fight.
FIGHTING_MIN = 5.0
# The least ATTACK weight that names harm done to people (a killing word, gunfire).
HARM_MIN = 3.0

# People whose killing is a clash's toll, not a one-sided attack's: soldiers, conscripts, police, officers,
# guards, fighters, and anything military ("قاعدة عسكرية", "حاجز", "دورية"). The attackers' own words
# ("مسلحون", "عناصر داعش") are not here, nor fighter jets ("مقاتلات"). The army and forces count only as
# what something belongs to ("حاجزا للجيش", "دورية لقوات النظام"): bare, they are as often the attackers
# ("هاجمت قوات X قرية").
_FIGHTERS = re.compile("(?<![\u0621-\u064a])(?:(?:[وفبل]|ال|لل)?(?:" + "|".join(fold(w) for w in (
    "جندي", "جنود", "مجند", "شرطي", "شرطه", "عسكري", "ضابط", "ضباط", "حراس", "حارس", "حاجز", "دورية", "دوريات"))
    + "|مقاتل(?!ات|ه)"  # fighters, not fighter jets ("مقاتلات")
    + ")|(?:لل|ل)(?:" + "|".join(fold(w) for w in ("جيش", "قوات")) + "))")


def arrest_after_harm(totals: dict[str, float], support: dict[str, list[tuple[int, int]]],
                      move: Callable[[str, str], None]) -> None:
    """Arrests told after a killing or a shooting: the first act is the event (`move` ARREST into ATTACK)."""
    if totals.get("ARREST", 0) and totals.get("ATTACK", 0) >= HARM_MIN and support.get("ATTACK") \
            and min(s for s, _ in support["ATTACK"]) < min(s for s, _ in support["ARREST"]):
        move("ARREST", "ATTACK")


def attack_on_civilians(text: str, totals: dict[str, float], strong_clash: bool, civilians_named: bool,
                        move: Callable[[str, str], None]) -> None:
    """A bare word of attack whose harmed are civilians alone, with no fighting and no fighter named among
    them, is an attack (`move` ARMED_CLASH into ATTACK). `text` is folded as the lexicon folds."""
    if totals.get("ARMED_CLASH", 0) and not strong_clash and civilians_named \
            and totals.get("ATTACK", 0) >= HARM_MIN and not _fighters_named(text):
        move("ARMED_CLASH", "ATTACK")


def _fighters_named(text: str) -> bool:
    """Whether any word of the sentence names soldiers, police or fighters."""
    return bool(_FIGHTERS.search(fold(text)))


# "عملية عسكرية" (a military operation), as the lexicon writes it (data/event_lexicon_ar.yaml, ARMED_CLASH): a
# word that types an act, never one that tells of an act by itself.
OPERATION_TERMS = frozenset(fold(w) for w in ("عمليه عسكريه", "العمليه العسكريه"))


def operation_tips(totals: dict[str, float], civilians_harmed: bool) -> bool:
    """Whether a military operation named in the sentence counts towards fighting. Only between acts: a killing or
    a clash must be told already ("قتل ٤ من مسلحي X في عملية عسكرية"), since an operation launched, ended or
    planned ("أعلن انتهاء العملية العسكرية", "عملية عسكرية ستبدأ") is no event; and never where civilians are
    among the harmed (`civilians_harmed`), whose killing in an army's operation is one-sided violence, not a
    fight they took part in. Civilians named for another reason ("لحماية المدنيين", to protect them; "نزوح
    الأهالي", the residents' flight) leave the operation a fight."""
    return not civilians_harmed and (totals.get("ATTACK", 0) >= HARM_MIN or totals.get("ARMED_CLASH", 0) > 0)


# The words that, standing right before the civilians, name them for what they are not harmed by: protected
# ("لحماية المدنيين"), their homes ("منازل المدنيين"), near them ("قرب المدنيين"), their flight or evacuation
# ("نزوح الأهالي", "إجلاء السكان") or aid to them ("مساعدة المدنيين"). Read with a leading "و"/"ف" and "ل"/"ب"/"ال"
# taken off, so "ولحماية" and "بالقرب" count.
_NOT_HARMED_BY = frozenset(fold(w) for w in (
    "حماية", "منازل", "منزل", "بيوت", "مساكن", "قرب", "القرب", "نزوح", "تهجير", "إجلاء", "اجلاء", "مساعدة",
    "مساعدات", "إغاثة", "عودة"))
# "من" before the civilians is a count's "of" after a count ("قتل ٣ من المدنيين") and a source otherwise
# ("بلاغات من المدنيين", reports from civilians). One definition for every Arabic event reader (arabic_events
# reads it between a count and the side it counts).
OF = fold("من")
# How far back, in characters, the word before the civilians is looked for: a bounded look keeps the test linear
# in the length of a long run-on text.
_LOOKBACK = 40


def _bare(word: str) -> set[str]:
    """The word with its joined conjunction and preposition or article taken off, each way it may be read."""
    w = fold(word.strip("،,.؛:()\"'"))
    forms = {w}
    if w[:1] in ("و", "ف"):
        forms.add(w[1:])
    for f in list(forms):
        for prefix in ("بال", "لل", "ال", "ل", "ب"):
            if f.startswith(prefix) and len(f) > len(prefix) + 2:
                forms.add(f[len(prefix):])
    return forms


def civilians_harmed(text: str, harm_ends: list[int], civilians: list[tuple[int, int]],
                     counting: Callable[[str], bool]) -> bool:
    """Whether civilians named in a sentence that tells of killing or wounding (`harm_ends`: where those words end)
    are among the harmed. Arabic news puts the agent or an adverbial between the verb and its object ("قتل الجيش
    ثلاثة مدنيين", "قتل خلال العملية ثلاثة مدنيين") and the civilians before a relative verb ("المدنيون الذين
    قتلوا"), so no window after the verb decides it. What does is the word right before them: civilians named for
    what they are not harmed by ("لحماية المدنيين", "قرب منازل المدنيين", "نزوح الأهالي") or as a source ("من" after
    no count, `counting`) are not the harmed; civilians anywhere else are."""
    if not harm_ends:
        return False
    for s, _ in civilians:
        before = text[max(0, s - _LOOKBACK):s].split()
        if before and s > 0 and not text[s - 1].isspace():
            before = before[:-1]  # the civilians' own joined letters ("للمدنيين"): the word before is further back
        if s - _LOOKBACK > 0 and before:
            before = before[1:]  # the first word may be cut
        if not before:
            return True
        forms = _bare(before[-1])
        if forms & _NOT_HARMED_BY:
            continue
        if OF in forms and not (len(before) > 1 and counting(before[-2])):
            continue
        return True
    return False
