"""A name the gazetteer lacks, made a place by the aside after it: "X, a village in Y district", "X, a small
farming hamlet near Y", "X, a foothill settlement north of Y".

Reports introduce a village the reader cannot know by saying what it is, right after its name. Whatever the
words before the name ("fired on X", "residents of X said"), the aside says that the name is a settlement's,
as plainly as "the village of X" would, and names where it lies. The kind must be written in lower case with
at most two words before it and a word that places it after it ("in", "near", "of", "north of"): a
person's aside names a role ("X, a village elder in Y", "X, a town councillor"), where the kind word qualifies
another noun. Nor may those words be relative or function words: "X, a teacher whose town in Y" speaks of a
person's town. A capitalised word before the kind must name a faith or a people ("a mainly Christian village",
"a Fulani settlement"); a name opened by a preposition or a weekday opening the sentence is read without it
("In X, a village in ..."). The name is reported unresolved; its aside gives it its stand-in (geo/fallback.py).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_boundaries import boundary_word
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.unknown_names import unknown_run

# Words that cannot stand between "a" and the kind in a place's aside: relative and function words turn the kind
# word into the object of a clause about a person ("X, a teacher whose town in Y was burned").
NOT_BEFORE_KIND = r"(?!(?:whose|who|which|that|of|from|with|at|in|for|and|or|but|his|her|their|its|the|to|on|by|as)\s)"
# Words written before the kind, up to two (", a small farming village", ", a mainly Christian village").
PRE_KIND_WORDS = rf"(?:{NOT_BEFORE_KIND}[A-Za-z-]+\s+){{0,2}}?"
# ", a [two words] village in|near|outside|close to|<direction> of": the aside, matched from its comma.
_KIND_ASIDE = re.compile(
    rf",\s+an?\s+(?P<pre>{PRE_KIND_WORDS})(?:village|hamlet|settlement|town|locality)\s+"
    r"(?:in|near|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s")
# What "of" after the kind opens in a settlement's aside: a head count ("a town of 30,000", "of some 8,000"), a
# part of a land ("a city of northern Greece") or a name the phrase closes on ("a town of Cumbria,"); not a name
# that modifies a person's noun ("Kendal, a city of London banker").
_OF_SETTLEMENT = (r"of\s+(?=\d|(?:some|about|around|nearly|roughly|almost|over|under|just|barely|perhaps)\s+\d"
                  r"|(?:north|south|east|west|central)[a-z-]*\s"
                  r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:[,.;:)]|\Z))")
# Where the aside places the settlement without "of": "in", "near", "north of".
_PLACING = r"(?:in|on|near|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s"
# ", a [two lower-case words] town of|in|on|near ...": the aside of a settlement the text names, known or not
# ("Razgrad, a town of 30,000 in the north-east", "Kendal, a market town in Cumbria"); no person is a town.
_SETTLEMENT_ASIDE = re.compile(
    rf",\s+an?\s+(?P<pre>{PRE_KIND_WORDS})(?:village|hamlet|settlement|town|city|locality)\s+"
    rf"(?:{_OF_SETTLEMENT}|{_PLACING})")
# Capitalised words that qualify a settlement as a lower-case word does: a faith ("a Christian village").
_FAITHS = frozenset({"christian", "muslim", "catholic", "protestant", "orthodox", "hindu", "buddhist", "sikh", "sunni",
                     "shia", "shiite", "alawite", "druze", "yazidi", "jewish", "coptic", "animist"})


def unknown_before_kind_aside(text: str, tokens: list[Token], taken: list[bool], readings: list[str], cues: Cues,
                              persons: frozenset[str], lower: frozenset[str],
                              people_word: Callable[[Token], bool] = lambda t: False) -> list[NameSpan]:
    """Unknown capitalised names (at most three words) written right before such an aside, as places. A
    capitalised word before the kind must name a faith or a people (`people_word`: "a Fulani settlement")."""
    out: list[NameSpan] = []
    ends: list[int] = []
    for m in _KIND_ASIDE.finditer(text):
        if not ends:
            ends = [t.end for t in tokens]
        e = bisect_left(ends, m.start())
        if e >= len(tokens) or ends[e] != m.start():
            continue
        if any(t.text[:1].isupper() and t.norm not in _FAITHS and not people_word(t)
               for t in tokens[bisect_left(ends, m.start("pre") + 1) : bisect_left(ends, m.end("pre"))]):
            continue  # "X, a Red Cross town ...": a capitalised word that is no faith or people opens a name
        e += 1  # one past the name's last word
        st = e - 1
        while st - 1 >= 0 and e - st < 3 and tokens[st - 1].text[:1].isupper() and not taken[st - 1] \
                and text[tokens[st - 1].end : tokens[st].start] == " " \
                and not boundary_word(text, tokens, st - 1, cues.months):
            st -= 1
        if st >= 1 and tokens[st - 1].text[:1].isupper() and text[tokens[st - 1].end : tokens[st].start] == " " \
                and not boundary_word(text, tokens, st - 1, cues.months):
            continue  # the run goes on into a longer name or a known one: no unknown name of its own
        if any(taken[x] for x in range(st, e)) or unknown_run(text, tokens, taken, st, cues, persons, lower) != e:
            continue
        out.append(NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(readings[st:e]), unknown=True,
                            cue="village", firm=True))
        for x in range(st, e):
            taken[x] = True
    return out


def settlement_aside(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by an aside that says it is a settlement (", a town of
    30,000 in ...", ", a fishing village near ..."), its words before the kind all in lower case: a word the
    document also gives a person is then the place here."""
    m = _SETTLEMENT_ASIDE.match(text, end)
    return m is not None and m.group("pre") == m.group("pre").lower()
