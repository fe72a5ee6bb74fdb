"""Verbs that change a figure a government sets ("has doubled its defence budget", "will cut fuel taxes").

A seat of government (a country, a province, a capital) that has doubled, cut or raised its budget, a tax, a
wage or a fare is its government setting the figure: only a government keeps such figures for a whole country.
The same verbs tell what happens to the place itself with any other object or none ("Warsaw has doubled in
size", "has doubled its footprint", "has cut its water use", "will double within a decade"), so the object must
be one of the figures below or a sum of money; a closed list of what a government sets stays right as new
prepositions and adverbs come, where a list of the words that are no object never ends. The verbs are read only
after an auxiliary: a bare past ("Bucharest doubled its budget") is already a deed of the name
(geo/associative.acts), a bare plain or -s form is as often a noun ("Warsaw cuts", "a Lisbon increase"). And the
name must open its clause: after a verb ("drones hitting Kyiv have cut power") it is that verb's object, and the
quantity verb has another subject.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.normalise import Token

# The past participle and the plain form of each verb: "has cut", "will cut", "plans to halve".
QUANTITY_VERBS = frozenset({
    "double", "doubled", "triple", "tripled", "quadruple", "quadrupled", "halve", "halved",
    "raise", "raised", "cut", "slash", "slashed", "hike", "hiked", "lower", "lowered", "increase", "increased",
    "reduce", "reduced", "boost", "boosted", "trim", "trimmed"})

# The figures a government sets or pays: the head noun of the verb's object.
_SET_FIGURES = frozenset({
    "budget", "budgets", "spending", "expenditure", "funding", "tax", "taxes", "taxation", "tariff", "tariffs",
    "duty", "duties", "levy", "levies", "vat", "wage", "wages", "salary", "salaries", "pay", "subsidy",
    "subsidies", "price", "prices", "rate", "rates", "fee", "fees", "fare", "fares", "toll", "tolls", "quota",
    "quotas", "pension", "pensions", "benefit", "benefits", "allowance", "allowances", "grant", "grants", "aid",
    "allocation", "allocations", "contribution", "contributions", "troops", "deployment", "stipend", "stipends",
    "fines", "ceiling", "cap"})

# Words that end the object's noun phrase before its head could come: prepositions and conjunctions.
_PHRASE_ENDS = frozenset({"of", "in", "on", "at", "to", "for", "from", "by", "with", "over", "under", "within",
                          "since", "during", "after", "before", "until", "into", "about", "between", "and", "or",
                          "but", "than", "as", "off", "out", "up", "down", "back", "again"})

# How many words after the verb the figure's head may stand ("its annual defence budget").
_HEAD_REACH = 4

# A sum of money: a currency sign, or a number before a multiplier or a currency word ("$2 billion",
# "300 million euros"); a percentage or a count of times is a growth, not a sum.
_CURRENCY_SIGN = re.compile(r"[$£€¥₹₽]")
_NUMBER = re.compile(r"\d[\d,.]*$")
_MONEY_WORDS = frozenset({"million", "billion", "trillion", "bn", "m", "euros", "euro", "dollars", "pounds",
                          "rubles", "roubles", "yuan", "yen", "rupees", "lei", "zlotys", "zloty", "hryvnias",
                          "hryvnia", "shillings", "naira", "rand", "dinars", "riyals", "francs", "pesos", "lira",
                          "kroner", "kronor", "forints"})

# Words before a name that leave it the opener of its clause ("..., and Warsaw has raised").
_CLAUSE_OPENERS = frozenset({"and", "but", "while", "whereas", "that", "as", "when", "since", "because", "so",
                             "after", "now", "meanwhile", "yet", "if", "though", "although"})

# Verbs of saying and thinking, whose complement clause news writes without "that" ("Officials say Warsaw will cut
# fuel taxes"): the name after one is the subject of that clause. Not "told" or "warned", whose next word is the
# one addressed ("told Warsaw to ..."), nor a verb that takes the name as its object ("hitting", "leaving").
_SPEECH_VERBS = frozenset({"said", "say", "says", "stated", "reported", "reports", "announced", "announces",
                           "added", "adds", "noted", "notes", "believe", "believes", "believed", "expect", "expects",
                           "expected", "think", "thinks", "thought", "claimed", "claims", "confirmed", "confirms",
                           "insisted", "insists", "estimated", "estimates"})


# Verbs of telling, whose first object is the one addressed and whose second, written without "that", is a clause
# ("Aides told reporters Warsaw will halve the subsidy", "assured investors Bucharest has cut taxes").
_TELLING_VERBS = frozenset({"told", "tell", "tells", "telling", "assured", "assures", "informed", "informs",
                            "reminded", "reminds", "warned", "warns", "promised", "promises"})
# The one addressed between a verb of telling and the clause, where a pronoun: an object pronoun.
_ADDRESSED_PRONOUNS = frozenset({"them", "us", "me", "him", "her", "you"})
# Words ending in "s" that are no plural noun: adverbs, determiners and pronouns ("told this", "warned always",
# "assured perhaps"), after which nobody addressed is written; so are adjectives in "-ous" and adverbs in "-wards".
_NOT_ADDRESSED = frozenset({
    "this", "thus", "always", "perhaps", "sometimes", "nevertheless", "nonetheless", "besides", "whereas",
    "unless", "yours", "ours", "theirs", "hers", "does", "plus", "versus", "across", "overseas", "alias"})


def _addressed(word: Token) -> bool:
    """Whether a word can be the one a verb of telling addresses, right before its clause: a pronoun of the
    object or a plural noun written in lower case ("reporters", "lawmakers", "investors"); not a preposition, an
    article or a singular word, after which the name is governed ("told of Warsaw's", "warned the Kyiv")."""
    return word.text.islower() and word.text.isalpha() and (
        word.norm in _ADDRESSED_PRONOUNS or (len(word.norm) > 3 and word.norm.endswith("s")
                                            and not word.norm.endswith(("ss", "ous", "wards"))
                                            and word.norm not in _NOT_ADDRESSED))


def opens_its_clause(before: Optional[Token], before2: Optional[Token] = None) -> bool:
    """Whether the word before a name (None at a text's start or after punctuation) leaves the name the subject
    of its clause: none, a punctuation mark, a conjunction ("Prices rose, and Bucharest has raised fares"), a
    verb of saying ("Officials say Warsaw will cut fuel taxes") or the one a verb of telling addresses, `before2`
    being that verb ("told reporters Warsaw will cut"); not a verb or another word it is the object of ("drones
    hitting Kyiv have cut power")."""
    return before is None or not before.text[:1].isalnum() or before.norm in _CLAUSE_OPENERS \
        or before.norm in _SPEECH_VERBS \
        or (before2 is not None and before2.norm in _TELLING_VERBS and before2.text.islower() and _addressed(before))


def _money(after: Sequence[Token]) -> bool:
    """Whether the words after the verb open a sum of money ("$2 billion", "300 million euros")."""
    if not after:
        return False
    if _CURRENCY_SIGN.match(after[0].text):
        return True
    return _NUMBER.match(after[0].text) is not None and len(after) > 1 and after[1].norm in _MONEY_WORDS


def sets_a_quantity(verb: Token, after: Sequence[Token], auxiliary: bool, passive: bool) -> bool:
    """Whether `verb`, read after a seat of government and `auxiliary` (a form of "have", a modal or "to"),
    is a government changing a figure it sets: a verb of the set above whose object (`after`, the words right
    after it) is a sum of money or, past a determiner and a few modifiers, one of the figures a government sets.
    A passive ("has been cut") is what befalls the place, never read here."""
    if passive or not auxiliary or not verb.text.islower() or verb.norm not in QUANTITY_VERBS or not after:
        return False
    if _money(after):
        return True
    for t in after[:_HEAD_REACH]:
        if not (t.text.islower() and t.text.replace("-", "").isalpha()):
            return False
        if t.norm in _SET_FIGURES:
            return True
        if t.norm in _PHRASE_ENDS:
            return False  # "has raised concerns over fuel prices": the figure is another phrase's
    return False
