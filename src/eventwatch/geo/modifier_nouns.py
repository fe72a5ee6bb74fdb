"""Whether the lower-case word after a capitalised one is a noun it modifies ("Chile growers", "Turkey
sandwiches") rather than its verb ("Chile is", "Turkey hosts", "China buys").

No parse is at hand where names are read, so the word's form decides, leaning to "verb" when unsure: a rule
that turns a country into a common word must fire only where the country is plainly a noun's modifier. Forms
of "be", "have" and "do", modals, pasts (with those written like the base form: "hit", "cut", "shut") and
adverbs ("again", "last", "never") are verbs' or a clause's; a word in "-s" counts as a plural
noun only with a noun's plural ending ("growers", "sandwiches", "prices", "pieces"), and an "-ers" verb
("enters", "offers") is ruled out by name.
"""
from __future__ import annotations

from eventwatch.geo.verb_forms import AUXILIARIES, BE_FORMS, past_tense

_CLAUSE_WORDS = AUXILIARIES | frozenset({"said", "says", "and", "or", "but", "also", "now", "still", "then",
                           "to", "of", "in", "on", "at", "for", "with", "from", "by", "as", "that", "which", "who",
                           "remains", "became", "becomes", "gets", "got", "wants", "needs",
                           # pasts written like the base form ("Turkey hit", "Chile cut") and short adverbs a
                           # subject may take before its verb ("Chile last year", "Turkey again shelled")
                           "hit", "cut", "shut", "put", "set", "let", "quit", "spread", "cost", "hurt", "struck",
                           "again", "never", "soon", "last", "first", "already", "too", "once", "even", "alone",
                           "itself", "today", "yesterday", "this", "next", "not", "recently", "formally"})
_PLURAL_NOUN_ENDINGS = ("ers", "ors", "ches", "shes", "ices", "ieces", "ings", "ists", "ies")
_VERBS_IN_ERS = frozenset({"enters", "offers", "orders", "borders", "considers", "delivers", "answers", "gathers",
                           "suffers", "covers", "discovers", "lowers", "registers", "remembers", "wonders",
                           "prefers", "refers", "transfers", "defers", "deters", "hinders", "shelters",
                           "monitors", "mirrors", "sponsors", "honors", "tailors", "favors", "anchors"})


def modifies_a_noun(word: str) -> bool:
    """Whether the folded lower-case word after a capitalised name reads as a noun that the name modifies."""
    if not word.isalpha() or word in BE_FORMS or word in _CLAUSE_WORDS or past_tense(word) or word.endswith("ly"):
        return False
    if word.endswith("s") and not word.endswith("ss"):
        return word.endswith(_PLURAL_NOUN_ENDINGS) and word not in _VERBS_IN_ERS
    return True


# Nouns of what befalls a land or belongs to it, never to a food or a bird of the same name: a country's name
# before one is the country ("Turkey earthquake survivors", "Chile wildfire victims", "Jordan border guards"),
# whatever the story writes in lower case elsewhere ("roasted a turkey").
_LAND_NOUNS = frozenset({
    "earthquake", "earthquakes", "quake", "quakes", "flood", "floods", "flooding", "wildfire", "wildfires",
    "drought", "famine", "tsunami", "landslide", "landslides", "eruption", "storm", "hurricane", "cyclone",
    "election", "elections", "referendum", "coup", "war", "conflict", "crisis", "border", "borders", "frontier",
    "government", "parliament", "embassy", "consulate", "army", "military", "navy", "police", "ministry",
    "president", "presidency", "cabinet", "protests", "protesters", "refugees", "migrants", "visa", "visas",
    "census", "economy", "inflation", "sanctions", "exports", "imports", "tourism", "authorities", "officials",
})


def names_a_lands_own(word: str) -> bool:
    """Whether the folded lower-case word after a country's name is a noun of the land itself (a disaster, a
    vote, a border, a body): the name before it is the country, not a food or a bird it is also written as."""
    return word in _LAND_NOUNS


# Disasters that strike a land: a country's name before one names where it struck, so a compound built on it
# ("Turkey earthquake survivors", "Pakistan flood victims") is about people of that place, not the state's own.
_DISASTERS = frozenset({"earthquake", "earthquakes", "quake", "quakes", "flood", "floods", "flooding", "wildfire",
                        "wildfires", "drought", "famine", "tsunami", "landslide", "landslides", "eruption", "storm",
                        "hurricane", "cyclone", "typhoon", "tornado"})


def names_a_disaster(word: str) -> bool:
    """Whether the folded lower-case word after a name is a disaster that struck the place it names."""
    return word in _DISASTERS
