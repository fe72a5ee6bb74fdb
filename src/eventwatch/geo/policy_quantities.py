"""Verbs that change a quantity a government sets ("has doubled its defence budget", "will cut fuel taxes").

A seat of government (a country, a province, a capital) that has doubled, cut or raised something is its
government setting a budget, a tax or a wage: only a government keeps such figures for a whole country. The
same verbs tell what happens to a place where they take no object ("Warsaw has doubled in size", "traffic
has doubled") or count its own people ("has doubled its population"), so they are read only after an
auxiliary and before an object. Without an auxiliary a bare past ("Bucharest doubled its budget") is already
a deed of the name (geo/associative.acts); a bare plain or -s form is as often a noun ("Warsaw cuts",
"a Lisbon increase").
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.normalise import Token

# The past participle and the plain form of each verb: "has cut", "will cut", "plans to halve".
_QUANTITY_VERBS = frozenset({
    "double", "doubled", "triple", "tripled", "quadruple", "quadrupled", "halve", "halved",
    "raise", "raised", "cut", "slash", "slashed", "hike", "hiked", "lower", "lowered", "increase", "increased",
    "reduce", "reduced", "boost", "boosted", "trim", "trimmed"})

# Words after the verb that show it takes no object: a preposition, a particle or an adverb of time or manner
# ("has doubled in size", "has cut off the town", "has increased since 1990", "has halved again").
_NO_OBJECT = frozenset({"in", "at", "to", "over", "into", "onto", "out", "off", "by", "for", "on", "from", "since",
                        "during", "after", "before", "until", "with", "without", "through", "across", "back", "up",
                        "down", "again", "twice", "sharply", "steadily", "rapidly", "slightly", "significantly",
                        "dramatically", "overnight", "recently", "so", "as", "and", "or", "but", "than",
                        "too", "there", "here", "this", "last", "every", "each"})

# Money after the verb is an object ("has raised $2 billion", "has cut 300 million euros").
_AMOUNT = re.compile(r"[\d$£€¥]")


def sets_a_quantity(verb: Token, after: Optional[Token], auxiliary: bool, passive: bool) -> bool:
    """Whether `verb`, read after a seat of government and `auxiliary` (a form of "have", a modal or "to"),
    is a government changing a figure it sets: a verb of the set above with an object after it. A passive
    ("has been cut") is what befalls the place, never read here."""
    if passive or not auxiliary or not verb.text.islower() or verb.norm not in _QUANTITY_VERBS or after is None:
        return False
    if _AMOUNT.match(after.text):
        return True
    return after.text.islower() and after.text.isalpha() and after.norm not in _NO_OBJECT
