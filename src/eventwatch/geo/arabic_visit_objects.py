"""The place a verb of visit, leaving or inspection takes as its object: "تفقد الوزير مادبا" (the minister
inspected Madaba), "زار الرئيس سنجار" (the president visited Sinjar), "غادر الوفد صنعاء".

Arabic writes the verb, its subject, then its object, with no preposition before a place one visits, leaves or
inspects, so no cue stands before the town: a small town without the article (no capital, no first-level
division) was left unread. The verb says what follows its subject is a place as surely as a verb of attack does
(geo/arabic_words.py `object_of_conflict_verb`). Only the tight shape counts: the verb, at most one definite word
for its subject ("الوزير", "الملك"), then the name; a longer subject is as often a person's name and title
("زار الرئيس بشار الأسد", geo/arabic_titled_persons.py reads those).

The word right after the verb is most often its subject, and many given names are some village's in GeoNames ("زار
سلمان مخيم الزعتري", Salman visited Zaatari camp). So:
- verbs of arrival and travel take their place after "إلى" ("وصل الأمير حمزة إلى عمان"), never as an object, and
  are left out;
- a name followed by what reads as the object (a settlement or facility word, a definite noun that is no time or
  compass word: "زار جمال الفندق") is the subject;
- a name straight after the verb, with no subject between, must be a town of some size (a given name spells
  hamlets and quarters), and no "إلى"/"من"/"نحو" may follow it.
"""
from __future__ import annotations

from eventwatch.geo.arabic_titled_persons import facility_word, visit_verb
from eventwatch.geo.arabic_unknown import settlement_cue
from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, fold_token, is_arabic

# verbs and verbal nouns of arrival and travel, which take their place after a preposition (arabic_report_words.yaml
# `capital_verbs` holds them with the verbs of visit and leaving)
_TAKES_PREPOSITION = frozenset(fold_token(w) for w in (
    "وصل", "وصلت", "وصلوا", "يصل", "تصل", "وصول", "توجه", "توجهت", "توجهوا", "يتوجه", "تتوجه", "سافر", "سافرت",
    "سافروا", "يسافر", "تسافر"))
# the prepositions after a verb of motion's subject: where it went, came from, headed
_MOTION_PREPOSITIONS = frozenset(fold_token(w) for w in ("إلى", "الى", "من", "نحو"))
_TOWN_POPULATION = 20_000  # no given name alone spells a town this big that reports write after a bare verb
_TOWN_KINDS = ("PCL", "ADM", "PPLA", "PPLC")  # feature-code prefixes of a country, a division, a seat


def object_of_visit_verb(tokens: list[Token], i: int, j: int, text: str, words: ArabicReportWords,
                         candidates: list[Candidate]) -> bool:
    """Whether the name at tokens i..j-1 follows a verb of visit or inspection directly, or across one definite
    subject word, each one space apart, and is no subject before its verb's object."""
    def joined(a: int, b: int) -> bool:
        return text[tokens[a].end : tokens[b].start] == " "

    if i >= 1 and joined(i - 1, i) and _takes_object(tokens[i - 1].norm, words):
        return not _object_after(tokens, j, text, words, subject_shape=False) and any(
            c.population >= _TOWN_POPULATION or c.feature_code.startswith(_TOWN_KINDS) for c in candidates)
    return i >= 2 and joined(i - 2, i - 1) and joined(i - 1, i) and is_arabic(tokens[i - 1].norm) \
        and tokens[i - 1].norm.startswith(ARABIC_ARTICLE) and _takes_object(tokens[i - 2].norm, words) \
        and not _object_after(tokens, j, text, words, subject_shape=True)


def _takes_object(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded word is a verb of visit, leaving or inspection, which takes its place as its object."""
    bare = norm[1:] if norm[:1] in "وف" else norm
    return visit_verb(norm, words) and norm not in _TAKES_PREPOSITION and bare not in _TAKES_PREPOSITION


def _object_after(tokens: list[Token], j: int, text: str, words: ArabicReportWords, subject_shape: bool) -> bool:
    """Whether the word after the name (token `j`) reads as the verb's object or as where its subject went, so that
    the name is the subject: a settlement or facility word, a definite noun that is no time or compass word, or
    (straight after the verb) a preposition of motion."""
    if j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start] != " ":
        return False
    nxt = tokens[j].norm
    if settlement_cue(nxt, words) is not None or facility_word(nxt):
        return True
    if not subject_shape and nxt in _MOTION_PREPOSITIONS:
        return True
    if not nxt.startswith(ARABIC_ARTICLE) or len(nxt) < 5 or not is_arabic(nxt):
        return False
    bare = nxt[len(ARABIC_ARTICLE):]
    return not any(bare.startswith(w) for w in words.time_words | words.compass_words)
