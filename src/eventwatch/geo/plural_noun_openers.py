"""A sentence opened by a plural common noun that is also a place's bare name ("Rivers burst their banks",
"Lakes froze early", "Islands were cut off"): the noun, not the place.

A few first-level divisions bear a plain plural noun as their whole name (Nigeria's Rivers, South Sudan's
Lakes), and many small towns do ("Springs", "Falls"). Opening a sentence, the word is capitalised whatever it
means; followed by a verb that only a plural takes ("were", "have", "remain") or by a deed of water that a
town or a state does not do ("burst", "froze", "dried", "overflowed"), it is the common noun doing what rivers
and lakes do. So is the noun with a participle of what water does right after it, opening a clause that says
which of many waters are meant ("Rivers flowing south from India rose", "Springs feeding the dam ran dry",
"Lakes fed by the glaciers"): a state or a town does not flow, run or swell. Only a clause counts, so the word
after the participle must be a preposition, an adverb of way or an article ("flowing from", "running off",
"rising fast", "feeding the"); before a noun the "-ing" word is a noun's modifier ("Lakes feeding centres",
"Rivers running mate", "Rivers rising debt") and the state is the subject. "Fed" and "swollen" are also a
simple past and a plain adjective ("Rivers fed 20,000 people"), so they count only with their agent after them
("fed by", "swollen by/with"); and "running short", "running low", "running out of" money or food are what a
state's stores do, not its waters. Where the division is meant, news writes its noun of office or people after
it ("Rivers governor", "Rivers residents") or its division word ("Rivers State").

A past tense, a modal or "had" agrees with one as well as with many, and a state or a town records, remains,
hosts and could ("Rivers recorded 31 cases", "Lakes remained tense", "Hills could see snow"): those are the
place, where outbreak and weather reports put it, so they never make the noun. Nor does a deed of water with a
singular "its" after it in the clause ("Wells froze its council tax"): the subject is one town.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan, opens_sentence
from eventwatch.geo.normalise import Token

# Plural common nouns of land and water that bare place names take.
_PLURAL_NOUNS = frozenset({
    "rivers", "lakes", "islands", "hills", "mountains", "waters", "springs", "falls", "plains", "woods", "fields",
    "valleys", "forests", "ponds", "creeks", "streams", "canals", "dams", "bridges", "beaches", "ports", "harbours",
    "harbors", "villages", "towns", "cities", "farms", "mills", "wells", "rocks", "sands", "lands",
})
# A verb after the noun that only a plural subject takes (a plural auxiliary or a plain present), or a past of
# what water and land do and towns and states do not. No generic past in -ed, no modal, no "had"/"did": those
# agree with a singular too.
_PLURAL_VERB = frozenset({
    "are", "were", "have", "do", "remain", "rise", "run", "fall", "freeze", "overflow", "flow", "swell",
    "burst", "overflowed", "froze", "dried", "thawed", "swelled", "shrank", "rose", "flowed",
})
# A participle of what water does, after the noun ("Rivers flowing south", "Lakes feeding the Nile"): it opens a
# clause saying which of many waters are meant, and a state or a town does none of these. It counts only before
# a word that opens such a clause (_CLAUSE_OPENERS); before a noun it is the noun's modifier ("feeding centres").
_WATER_PARTICIPLE = frozenset({
    "flowing", "running", "rising", "swelling", "overflowing", "draining", "feeding",
})
# A past participle that is also a simple past or an adjective ("Rivers fed 20,000 people"): only with its agent.
_AGENT_PARTICIPLE = {"fed": frozenset({"by"}), "swollen": frozenset({"by", "with"})}
# Words that open the participle's clause: prepositions and particles of where water goes, adverbs of its way,
# and the articles and determiners of its object ("overflowing their banks", "draining the forest").
_CLAUSE_OPENERS = frozenset({
    "from", "into", "in", "through", "off", "down", "out", "across", "along", "past", "over", "under", "toward",
    "towards", "to", "near", "around", "beneath", "between", "above", "below", "at", "onto", "beside", "after",
    "north", "south", "east", "west", "northward", "southward", "eastward", "westward", "northwards", "southwards",
    "eastwards", "westwards", "downstream", "upstream", "downhill", "fast", "high", "higher", "swiftly",
    "rapidly", "quickly", "steadily", "again", "dry", "the", "a", "an", "their", "these", "those",
})
# What a state's or a household's stores do ("running short of funds", "running low on food"): no water's clause.
_SUPPLY_IDIOM = frozenset({"short", "low", "out"})
# A singular owner later in the same clause ("Wells froze its council tax"): the subject is one place.
_SINGULAR_OWNER = re.compile(r"[^.;,!?]{0,200}?\bits\b")


def plural_noun_opener(text: str, tokens: Sequence[Token], s: NameSpan) -> bool:
    """Whether s is one word opening a sentence, a plural common noun of land or water, with a plainly plural
    verb, a deed of water or a participle of one right after it and no singular "its" in the rest of its
    clause."""
    if s.j - s.i != 1 or s.j >= len(tokens) or tokens[s.i].norm not in _PLURAL_NOUNS \
            or not opens_sentence(text, tokens, s.i):
        return False
    after = tokens[s.j]
    return text[tokens[s.i].end : after.start] == " " and after.text.islower() \
        and (after.text in _PLURAL_VERB or _water_clause(text, tokens, s.j)) \
        and _SINGULAR_OWNER.match(text, after.end) is None


def _water_clause(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether token k is a participle of what water does opening a clause: followed, after one space, by a
    word that opens one ("flowing south", "fed by", "feeding the"), not by a noun it modifies ("feeding
    centres", "running mate") nor by a supply's idiom ("running short", "running out of money")."""
    word = tokens[k].text
    if word not in _WATER_PARTICIPLE and word not in _AGENT_PARTICIPLE or k + 1 >= len(tokens) \
            or text[tokens[k].end : tokens[k + 1].start] != " ":
        return False
    nxt = tokens[k + 1].text
    if word in _AGENT_PARTICIPLE:
        return nxt in _AGENT_PARTICIPLE[word]
    if word == "running" and nxt in _SUPPLY_IDIOM:
        return False  # "running short of water", "running out of money": a state's stores
    return nxt in _CLAUSE_OPENERS
