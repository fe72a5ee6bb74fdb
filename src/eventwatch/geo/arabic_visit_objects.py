"""The place a verb of visit, leaving or inspection takes as its object: "تفقد الوزير مادبا" (the minister
inspected Madaba), "زار الوفد سنجار." (the delegation visited Sinjar), "غادر الوفد صنعاء".

Arabic writes the verb, its subject, then its object, with no preposition before a place one visits, leaves or
inspects, so no cue stands before the town: a small town without the article (no capital, no first-level
division) was left unread. The verb says what follows its subject is a place as surely as a verb of attack does
(geo/arabic_words.py `object_of_conflict_verb`). Only the tight shape counts: the verb, at most one definite word
for its subject ("الوزير", "الملك"), then the name; a longer subject is as often a person's name and title
("زار الرئيس بشار الأسد", geo/arabic_titled_persons.py reads those).

The word right after the verb is most often its subject, and many given names are some village's in GeoNames ("زار
سلمان مخيم الزعتري", Salman visited Zaatari camp; "زار الأمير سلمان أمس", Prince Salman visited yesterday). A name
that goes on with a time word, another name or a preposition of motion is as often the visitor. So the rule is
kept narrow:
- verbs and verbal nouns of arrival and travel take their place after "إلى" ("وصل الأمير حمزة إلى عمان", "زيارة
  الأمير حمزة إلى عمان"), never as an object, and are left out;
- the subject word between verb and name must be no person's title ("الأمير", "الشيخ"): the name is then the
  person's;
- the name must end its clause: the text's end, punctuation, a preposition of place, a time word, "و" joined to
  a second place or a verb, or a feminine adjective agreeing with a town ("زار الوزير سنجار المنكوبة"); a bare
  name or any other word after it leaves it unread;
- a preposition of place before a person's ground ("في منزله", "في المستشفى") tells the name is a person visited;
- a name straight after the verb, with no subject between, must read as a division or a seat (a given name
  spells towns of 20,000 too: Djemmal, Béchar).
"""
from __future__ import annotations

from eventwatch.geo.arabic_titled_persons import facility_word, person_title, visit_verb
from eventwatch.geo.arabic_unknown import settlement_cue
from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_base, fold_token, is_arabic

# verbs and verbal nouns of arrival and travel, which take their place after a preposition (arabic_report_words.yaml
# `capital_verbs` holds them with the verbs of visit and leaving); a visit's and a departure's verbal nouns too:
# "زيارة الأمير X إلى Y" writes the visitor, then the place after "إلى"
_TAKES_PREPOSITION = frozenset(fold_token(w) for w in (
    "وصل", "وصلت", "وصلوا", "يصل", "تصل", "وصول", "توجه", "توجهت", "توجهوا", "يتوجه", "تتوجه", "سافر", "سافرت",
    "سافروا", "يسافر", "تسافر", "زيارة", "زيارته", "زيارتها", "مغادرة", "مغادرته", "مغادرتها"))
# prepositions of place that may follow the place visited ("زار الوزير سنجار في ..."): no motion ("إلى", "من")
_PLACE_PREPOSITIONS = frozenset(fold_token(w) for w in ("في", "على", "مع", "عن", "خلال", "برفقة", "حيث"))
_TOWN_KINDS = ("ADM", "PPLA", "PPLC")  # feature-code prefixes of a division or a seat
# where one visits a person, after a preposition of place: a home, an office, a prison, written with its owner's
# pronoun ("في منزله", at his home) or not ("في المستشفى" is a facility word): the name before is the person's
_PERSONS_GROUND = frozenset(fold_token(w + p) for w in ("منزل", "بيت", "مكتب", "مقر", "مسكن", "قصر", "سجن",
                                                        "مزرعت", "دار")
                            for p in ("ه", "ها", "هم"))


def object_of_visit_verb(tokens: list[Token], i: int, j: int, text: str, words: ArabicReportWords,
                         candidates: list[Candidate]) -> bool:
    """Whether the name at tokens i..j-1 follows a verb of visit or inspection directly, or across one definite
    subject word that is no person's title, each one space apart, and ends its clause."""
    def joined(a: int, b: int) -> bool:
        return text[tokens[a].end : tokens[b].start] == " "

    if not _ends_clause(tokens, j, text, words) or _visited_where_a_person_is(tokens, j):
        return False
    if i >= 1 and joined(i - 1, i) and _takes_object(tokens[i - 1].norm, words):
        return any(c.feature_code.startswith(_TOWN_KINDS) for c in candidates)
    return i >= 2 and joined(i - 2, i - 1) and joined(i - 1, i) and is_arabic(tokens[i - 1].norm) \
        and tokens[i - 1].norm.startswith(ARABIC_ARTICLE) and not person_title(tokens[i - 1].norm) \
        and _takes_object(tokens[i - 2].norm, words)


def _takes_object(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded word is a verb of visit, leaving or inspection, which takes its place as its object."""
    bare = norm[1:] if norm[:1] in "وف" else norm
    return visit_verb(norm, words) and norm not in _TAKES_PREPOSITION and bare not in _TAKES_PREPOSITION


def _visited_where_a_person_is(tokens: list[Token], j: int) -> bool:
    """Whether a preposition of place and a person's ground follow the name ending before token `j` ("زار الوفد
    حمزة في المستشفى", the delegation visited Hamza in hospital): one visits a person there, not a town."""
    if j + 1 >= len(tokens) or tokens[j].norm not in _PLACE_PREPOSITIONS:
        return False
    after = tokens[j + 1].norm
    return after in _PERSONS_GROUND or facility_word(after)


def _ends_clause(tokens: list[Token], j: int, text: str, words: ArabicReportWords) -> bool:
    """Whether the name ending before token `j` ends its clause: the text ends, punctuation follows, or a
    preposition of place, a time word ("أمس", "السبت"), "و" joined to the next word (a second place or a verb:
    "زار الوزير تلعفر وسنجار", "زار الوزير يطا وقدم التعازي"), or a feminine adjective with the article that agrees
    with a town ("المنكوبة", "الأثرية"; no settlement or facility word, which would be the verb's object and the
    name its subject). A visitor's given name in the same shape is refused by its title ("زار الأمير سلمان أمس")."""
    if j >= len(tokens):
        return True
    gap = text[tokens[j - 1].end : tokens[j].start]
    if gap.strip():
        return True
    nxt = tokens[j].norm
    if nxt in _PLACE_PREPOSITIONS or arabic_base(nxt) in words.time_words:
        return True
    if nxt[:1] == "و" and len(nxt) >= 4 and is_arabic(nxt):
        return True
    return nxt.startswith(ARABIC_ARTICLE) and nxt.endswith(("ة", "ه")) and len(nxt) >= 6 and is_arabic(nxt) \
        and settlement_cue(nxt, words) is None and not facility_word(nxt)
