"""Words that name an award, a contest's grouping or a programme, capitalised in local news: no places.

"Man of the Year", "Woman of the Month": an award's title; "European Capital of Culture", "UK City of Culture": a
city's designation, whose field after "of" is no place. "in the Teen category", "the Junior bracket": the
group a contestant entered. "Class 4A", "Division 2", "Section 2AA": the grouping of schools a team plays in.
"the Shaping the Next Decade panel": a programme titled with a gerund. A hamlet somewhere shares many of these
words ("Man", "Teen", "Class", "Shaping"), and "in" before them reads like a place cue; the shape of the phrase
says otherwise.

An award's title holds for any reading ("Man" is a city of Ivory Coast and the short name of an island): no
place is written before "of the Year". So does a gerund title, written after an article and run on to a
title's head noun ("committee", "panel"), or named again as one so shown; an article before a town's name
and a clause after it ("the Nanjing the Japanese army entered", "the Reading the Royals left") is no title.
A capital or a city of half a million is no gerund whatever follows ("the Beijing the Olympic Committee
chose"); a middling town ending in "-ing" before an organisation's name ("the Kettering the Council plan
promised") still reads as a title, as only a lexicon of English verbs could tell its name from a gerund. A contest's grouping spares a strong reading (a country, a first-level division, a
town of note by its own name), which a story may well write before such a word. A name read by its kind (a
street, a feature) is spared throughout.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.common_word_names import KIND_CUES, TOWN_OF_NOTE
from eventwatch.geo.name_span import NameSpan, strong
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_MAIN

# " of the Year": the period an award is given for.
_AWARD_PERIOD = re.compile(r" of the (?:Year|Month|Week|Season|Decade|Century)\b")
# A city's designation for a year, "<City|Capital|Town|Region> of <field>": "European Capital of Culture", "UK City
# of Culture", "a UNESCO City of Gastronomy", "European Capital of Sport". The capitalised head says it is a
# title, and the word after "of" is the field it is given for (the designations the EU, the UK and UNESCO's
# creative cities award), never a place, though a hamlet somewhere may resemble it ("Culture" ~ "Kültür"). A
# headline's capitals are a title's too ("EUROPEAN CAPITAL OF CULTURE").
_DESIGNATION_HEAD = re.compile(r"\b(?:(?:City|Capital|Town|Region|Village)\s+of"
                               r"|(?:CITY|CAPITAL|TOWN|REGION|VILLAGE)\s+OF)\s+$")
_DESIGNATION_FIELDS = frozenset({"culture", "sport", "sports", "gastronomy", "design", "film", "literature", "music",
                                 "youth", "innovation", "architecture", "science", "crafts", "learning"})
# A lower-case noun for the group a contestant enters, right after the name: "the Teen category".
_CONTEST_GROUP = re.compile(r"\s+(?:category|categories|bracket|brackets|age group|age-group|weight class)\b")
# Words that open a grouping of schools or teams, before its number or letters: "Class 4A", "Group B".
_GROUPING_WORDS = frozenset({"class", "division", "group", "grade", "level", "section", "flight", "pool", "tier"})
_GROUPING_CODE = re.compile(r"\s+(?:\d{1,2}[A-Z]{0,3}|[A-D]{1,3}|I{1,3}|IV|V)\b")
# "the Shaping the Next Decade panel": a gerund opening a capitalised title after an article, run on to the
# title's head noun. Without the head noun it is a town and a clause ("the Reading the Royals left").
_TITLE_HEADS = (r"(?:panel|report|initiative|program|programs|programme|programmes|conference|series|campaign"
                r"|project|forum|summit|workshop|workshops|committee|commission|council|task force|plan|plans"
                r"|coalition|study|seminar|course|class|event|festival|award|awards|grant|fund)")
_GERUND_TITLE = re.compile(r" the (?:[A-Z][\w'’-]*\s+){1,5}(?i:" + _TITLE_HEADS + r")\b")
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# The capitalised run of such a title ("the Shaping| the Region"), to know the title again where a later
# mention leaves out the head noun ("the Shaping the Region and staff recommendations").
# A city this large is no gerund and no shop's owner, whatever comes after its name.
LARGE_CITY = 500_000
_TITLE_RUN = re.compile(r" the [A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}")


def strong_reading(s: NameSpan) -> bool:
    """A country, a first-level division or a town of note by its own name, strong whatever follows it."""
    return any(c.feature_code.startswith("PCL") or c.feature_code == "ADM1"
               or (c.exact and (strong(c) or (c.kind == NAME_MAIN and c.population >= TOWN_OF_NOTE)))
               for c in s.candidates)


def capital_or_large_city(s: NameSpan) -> bool:
    """A capital, a first-level seat or a city of half a million by its own name: no owner's name or gerund."""
    return any(c.exact and (c.feature_code in ("PPLC", "PPLA") or (c.feature_code.startswith("PPL")
                                                                  and c.population >= LARGE_CITY))
               for c in s.candidates)


def contest_title_words(text: str, tokens: Sequence[Token], spans: Sequence[NameSpan]) -> set[int]:
    """Indices of names that are a word of an award's title, a contest's grouping or a gerund title."""
    out: set[int] = set()
    titles: set[str] = set()  # gerund titles shown by their head noun: "shaping the Region"
    unsure: list[tuple[int, str]] = []  # the same shape without the head noun, a title only if one of those
    for k, s in enumerate(spans):
        if s.demonym or s.cue in KIND_CUES or s.j - s.i > 2:
            continue
        if _AWARD_PERIOD.match(text, s.end):
            out.add(k)
            continue
        if s.j - s.i != 1:
            continue
        word = tokens[s.i]
        if word.norm in _DESIGNATION_FIELDS and _DESIGNATION_HEAD.search(text, max(0, s.start - 16), s.start) \
                and not strong_reading(s):
            out.add(k)  # "Capital of Culture": a designation's field
            continue
        run = _TITLE_RUN.match(text, s.end) if word.norm.endswith("ing") and len(word.norm) > 5 else None
        if run is not None and _ARTICLE_BEFORE.search(text, max(0, s.start - 8), s.start) \
                and not capital_or_large_city(s):
            key = word.norm + " " + " ".join(run.group(0).split())
            if _GERUND_TITLE.match(text, s.end):
                out.add(k)
                titles.add(key)
            else:
                unsure.append((k, key))
        elif (_CONTEST_GROUP.match(text, s.end)
              or (word.norm in _GROUPING_WORDS and _GROUPING_CODE.match(text, s.end))) and not strong_reading(s):
            out.add(k)
    out.update(k for k, key in unsure if key in titles)
    return out
