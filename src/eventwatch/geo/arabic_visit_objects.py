"""The place a verb of visit, arrival, leaving or inspection takes as its object: "تفقد الوزير مادبا" (the minister
inspected Madaba), "زار الرئيس سنجار" (the president visited Sinjar), "غادر الوفد صنعاء".

Arabic writes the verb, its subject, then its object, with no preposition before a place one visits, leaves or
inspects, so no cue stands before the town: a small town without the article (no capital, no first-level
division) was left unread. The verb says what follows its subject is a place as surely as a verb of attack does
(geo/arabic_words.py `object_of_conflict_verb`). Only the tight shape counts: the verb, at most one definite word
for its subject ("الوزير", "الملك"), then the name; a longer subject is as often a person's name and title
("زار الرئيس بشار الأسد", geo/arabic_titled_persons.py reads those).
"""
from __future__ import annotations

from eventwatch.geo.arabic_titled_persons import visit_verb
from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, is_arabic


def object_of_visit_verb(tokens: list[Token], i: int, text: str, words: ArabicReportWords) -> bool:
    """Whether token i follows a verb of visit or inspection directly, or across one definite subject word, each
    one space apart."""
    def joined(a: int, b: int) -> bool:
        return text[tokens[a].end : tokens[b].start] == " "

    if i >= 1 and joined(i - 1, i) and visit_verb(tokens[i - 1].norm, words):
        return True
    return i >= 2 and joined(i - 2, i - 1) and joined(i - 1, i) and is_arabic(tokens[i - 1].norm) \
        and tokens[i - 1].norm.startswith(ARABIC_ARTICLE) and visit_verb(tokens[i - 2].norm, words)
