"""A sentence opened by a plural common noun that is also a place's bare name ("Rivers burst their banks",
"Lakes froze early", "Islands were cut off"): the noun, not the place.

A few first-level divisions bear a plain plural noun as their whole name (Nigeria's Rivers, South Sudan's
Lakes), and many small towns do ("Springs", "Falls"). Opening a sentence, the word is capitalised whatever it
means; followed by a verb that only a plural takes ("were", "have", "remain") or by a deed of water that a
town or a state does not do ("burst", "froze", "dried", "overflowed"), it is the common noun doing what rivers
and lakes do. So is the noun with a participle of what water does right after it, opening a clause that says
which of many waters are meant ("Rivers flowing south from India rose", "Springs feeding the dam ran dry",
"Lakes fed by the glaciers"): a state or a town does not flow, run or swell. Only a clause counts, so the word
after the participle must be a preposition, an adverb (of way, any "-ly" word, "fast"), a number or an
article ("flowing from", "running off", "rising sharply", "rising by two metres", "rising 3 metres",
"overflowing their banks"); before a noun the "-ing" word is a noun's modifier ("Lakes feeding centres",
"Rivers running mate", "Rivers rising debt") and the state is the subject. "Running" and "feeding" before an
article are what a state does as often ("running a vaccination drive", "feeding the displaced"): "running the"
is managing, and "feeding the" counts only with a water's or a land's noun or a name close after it ("feeding
the dam", "feeding the Nile"). "Fed" is also a simple past ("Rivers fed 20,000 people"), so it counts only with
where its water comes from after it ("fed by", "fed from", "fed with"); "swollen" is never a simple past and
counts before any word opening a clause ("swollen after the rain"). The whole idioms "running short of",
"running low on" and "running out of" money or food (no article after "of") are what a state's stores do, not
its waters; "running low after the drought" and "running out of the hills" are water. Where the division is
meant, news writes its noun of office or people after it ("Rivers governor", "Rivers residents") or its
division word ("Rivers State").

A past tense, a modal or "had" agrees with one as well as with many, and a state or a town records, remains,
hosts and could ("Rivers recorded 31 cases", "Lakes remained tense", "Hills could see snow"): those are the
place, where outbreak and weather reports put it, so they never make the noun. Nor does a deed of water with a
singular "its" after it in the clause ("Wells froze its council tax"): the subject is one town.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.lexicon import load_cues
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
# A past participle that is also a simple past ("Rivers fed 20,000 people"): only with its water's source after it.
_AGENT_PARTICIPLE = {"fed": frozenset({"by", "from", "with"})}
# A past participle that is never a simple past ("Rivers swollen after the rain"): before any clause opener.
_PAST_PARTICIPLE = frozenset({"swollen"})
# "-ing" words that before an article are what a state does as well ("running a drive", "feeding the displaced").
_MANAGING = frozenset({"running", "feeding"})
# Words that open the participle's clause: prepositions and particles of where water goes, adverbs of its way,
# and the articles and determiners of its object ("overflowing their banks", "draining the forest").
_CLAUSE_OPENERS = frozenset({
    "from", "into", "in", "through", "off", "down", "out", "across", "along", "past", "over", "under", "toward",
    "towards", "to", "near", "around", "beneath", "between", "above", "below", "at", "onto", "beside", "after",
    "north", "south", "east", "west", "northward", "southward", "eastward", "westward", "northwards", "southwards",
    "eastwards", "westwards", "downstream", "upstream", "downhill", "fast", "high", "higher", "swiftly",
    "rapidly", "quickly", "steadily", "again", "dry", "low", "by", "with", "the", "a", "an", "their", "these",
    "those",
})
_ARTICLES = frozenset({"the", "a", "an", "their", "these", "those"})
# Words in "-ly" that are no adverb and so open no clause ("Rivers running supply drive", "feeding family").
_LY_NOT_ADVERBS = frozenset({
    "supply", "family", "ally", "rally", "assembly", "daily", "weekly", "monthly", "yearly", "early", "only",
    "elderly", "friendly", "likely", "holy", "italy", "july", "reply", "fly", "belly", "bully", "jelly",
})
# What a state's or a household's stores do, as the whole idiom ("running short of funds", "running low on
# food", "running out of cash"): no water's clause. Before an article "out of" is where water comes from.
_SUPPLY_IDIOM = {"short": frozenset({"of"}), "low": frozenset({"on", "of"}), "out": frozenset({"of"})}
# Words after "feeding the" that make it water's or land's ("feeding the dam", "feeding the delta"), beside the
# feature heads of the cues and a capitalised name ("feeding the Nile").
_FED_NOUNS = frozenset({"delta", "wetland", "wetlands", "swamp", "swamps", "marsh", "basin", "aquifer", "lagoon",
                        "estuary", "fields", "farms", "paddies", "floodplain", "floodplains", "tributary"})
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
    word that opens one ("flowing south", "rising sharply", "fed by", "swollen after"), not by a noun it
    modifies ("feeding centres", "running mate"), a supply's idiom ("running out of money") or a state's deed
    ("running a drive", "feeding the displaced")."""
    word = tokens[k].text
    if word not in _WATER_PARTICIPLE and word not in _AGENT_PARTICIPLE and word not in _PAST_PARTICIPLE \
            or k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start] != " ":
        return False
    nxt = tokens[k + 1].text
    if word in _AGENT_PARTICIPLE:
        return nxt in _AGENT_PARTICIPLE[word]
    if word == "running" and nxt in _SUPPLY_IDIOM and _supply_idiom(tokens, k + 1):
        return False  # "running short of water", "running out of money": a state's stores
    if nxt in _ARTICLES and word in _MANAGING:
        return word == "feeding" and _water_object(tokens, k + 2)  # "running a drive", "feeding the displaced"
    return nxt in _CLAUSE_OPENERS or nxt[:1].isdigit() or _adverb(nxt) \
        or word in _PAST_PARTICIPLE and nxt in ("after", "from", "since", "by", "with")


def _adverb(word: str) -> bool:
    """Whether a lowercase word reads as an adverb in "-ly" ("sharply", "slowly"), not a noun or an adjective."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in _LY_NOT_ADVERBS


def _supply_idiom(tokens: Sequence[Token], k: int) -> bool:
    """Whether "short"/"low"/"out" at token k opens the whole idiom of a state's stores ("short of funds", "low
    on food", "out of cash"): its preposition next, and after "out of" no article ("out of the hills": water)."""
    if k + 1 >= len(tokens) or tokens[k + 1].text not in _SUPPLY_IDIOM[tokens[k].text]:
        return False
    return not (tokens[k].text == "out" and k + 2 < len(tokens) and tokens[k + 2].text in _ARTICLES)


def _water_object(tokens: Sequence[Token], k: int) -> bool:
    """Whether the words after "feeding the" (from token k) are a water's or a land's: a capitalised name right
    after the article ("the Nile"), or its noun there or after one more word ("the dam", "the lower delta").
    "The displaced in Port Harcourt" is people: a name further on is where they are, not what is fed."""
    if k >= len(tokens):
        return False
    if tokens[k].text[:1].isupper():
        return True
    heads = load_cues().feature_heads
    return any(t.norm in heads or t.norm in _FED_NOUNS for t in tokens[k : k + 2] if t.text[:1].isalpha())
