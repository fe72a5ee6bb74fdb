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


# The most words between a word of killing or wounding and the civilians it harmed: "قتل ٣ مدنيين", "مقتل ٣
# أشخاص بينهم طفلان" (three people, among them two children), "قتل ثلاثة من سكان القرية".
HARMED_WITHIN = 3
# The words that link a count to the people it counts ("من" of, "بينهم"/"منهم" among them).
_COUNT_LINKS = frozenset(fold(w) for w in ("من", "بينهم", "منهم", "بينهن", "منهن"))


def civilians_harmed(text: str, harm_ends: list[int], civilians: list[tuple[int, int]],
                     counting: Callable[[str], bool]) -> bool:
    """Whether civilians named in the sentence (`civilians`: their spans) are among the harmed: at most
    HARMED_WITHIN words after the end of a word of killing or wounding (`harm_ends`), every word between a count,
    a noun of people (`counting`) or a link of a count. Civilians named for what they are not harmed by ("قتل
    مسلحان قرب منازل المدنيين", near the civilians' homes) stand after a word of another kind."""
    for s, _ in civilians:
        for e in harm_ends:
            between = text[e:s].split()
            if e <= s and len(between) <= HARMED_WITHIN and all(
                    counting(w) or fold(w) in _COUNT_LINKS for w in between):
                return True
    return False
