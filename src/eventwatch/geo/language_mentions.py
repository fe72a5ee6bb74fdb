"""Whether "in <language>" names a town where the language's name is also a town's or a division's.

"leaflets in Quechua" names no place, but several languages share their name with a town or a division the
gazetteer holds by its main name ("Malay" in Aklan, "Breton" in Alberta, "Guarani" in Minas Gerais, and also
"English" in Indiana, "Dari" in India, "Farsi" in Afghanistan). The language is by far the commoner sense:
"the sign was in English", "a statement in Farsi", "the note, in Dari, demanded". So the word is dropped by
default and kept as the town only on positive evidence of a place: a name set after its comma as its container
("in Malay, Aklan"; "in Breton, Alberta"), another place coordinated with it ("in Malay and Buruanga"), or a
verb of arrival, stay, capture, harm or mishap or a noun of a settlement's parts or people right before "in"
("stopped in Malay", "houses burned in Malay", "a beach in Malay"), or an aside after its comma that calls it a
settlement ("shot in Malay, a town in Aklan"), whatever verb came before. A word of use near it is no evidence either
way, for such words ("signs", "classes", "prayers") are as common in any report.
"""
from __future__ import annotations

from typing import AbstractSet

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_MAIN

# Verbs of arrival, stay, stranding and capture right before "in": what happens at a place, never what is said
# or written in a language ("arrived in Malay", "were stranded in Malay", "was arrested in Breton").
PLACE_VERBS = frozenset({
    "arrive", "arrives", "arrived", "arriving", "stop", "stops", "stopped", "stopping", "land", "lands",
    "landed", "landing", "stay", "stays", "stayed", "staying", "live", "lives", "lived", "living", "stranded",
    "arrested", "detained", "held", "born", "based", "located", "stationed", "docked", "moored", "settled",
    "buried", "killed", "died", "camped", "sheltered", "sheltering", "evacuated", "rescued", "found", "seen",
    "spotted", "housed", "deployed", "posted", "resides", "resided", "reside",
    # and of the deeds and mishaps reports place: nothing is burned, stabbed or drowned in a language. Not
    # "shot", "closed", "reopened" or "collapsed", said of films, ceremonies, programmes and talks as often
    # ("a film shot in Malay", "the ceremony closed in Malay", "talks collapsed in English")
    "burned", "burnt", "razed", "torched", "flooded", "capsized", "drowned", "stabbed", "injured", "wounded",
    "clashed", "exploded", "erupted", "raided", "ambushed", "kidnapped", "abducted", "shut",
})

# Nouns of a settlement's parts and of its people right before "in": what a town has, never what is said in a
# language ("a beach in Malay", "villagers in Breton"). Not "schools" or "classes", which are taught in one.
PLACE_NOUNS = frozenset({
    "beach", "beaches", "resort", "resorts", "town", "towns", "village", "villages", "port", "pier", "jetty",
    "hotel", "hotels", "hospital", "hospitals", "clinic", "clinics", "market", "markets", "coast", "homes",
    "houses", "residents", "households", "villagers", "fishermen", "farmers", "families", "tourists",
})
_BEFORE_A_TOWN = PLACE_VERBS | PLACE_NOUNS


def shared_with_a_place(s: NameSpan) -> bool:
    """Whether a town or division is called by the language's name as its own (main) name."""
    return any(c.exact and c.kind == NAME_MAIN and c.feature_code.startswith(("PPL", "ADM")) for c in s.candidates)


def _next_conjunct(text: str, tokens: list[Token], j: int, end: int) -> tuple[int, bool]:
    """The index of the word opening the next conjunct after the name (-1 where none), and whether a comma
    (not "and"/"or") leads to it."""
    if j >= len(tokens):
        return -1, False
    gap = text[end : tokens[j].start]
    if gap.strip() == ",":
        return j, True
    if gap.strip() == "" and tokens[j].norm in {"and", "or"} and j + 1 < len(tokens):
        return j + 1, False
    return -1, False


def _closes_a_name(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the capitalised words from token `k` end at punctuation or the text's end, as a container's
    name does ("Malay, Aklan, have"), where a clause's subject runs on into its verb ("in English, Reuters said")."""
    while k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper() and text[tokens[k].end : tokens[k + 1].start] == " ":
        k += 1
    if k + 1 >= len(tokens):
        return True
    gap = text[tokens[k].end : tokens[k + 1].start].strip()
    return gap != "" and gap[0] in ",.;:)!?"


# Nouns of a settlement that an aside after the name gives as its kind ("in Malay, a resort town", "in Breton, a
# village of Alberta"): a language is never called one. Read within the aside's first few words only, and only as
# the aside's head (`_heads_aside`): "the island's main language" and "a port language" call the name a language.
_SETTLEMENT_KINDS = frozenset({
    "town", "village", "city", "municipality", "hamlet", "township", "barangay", "settlement", "port", "resort",
    "suburb", "district", "province", "county", "island",
})
_ASIDE_OPENERS = frozenset({"a", "an", "the"})
_ASIDE_WORDS = 4
_ASIDE_STOPS = frozenset({"of", "in", "on", "at", "near", "from", "across", "spoken", "used", "that", "which"})
# The words that may follow a noun heading its phrase ("a town in Aklan", "a coastal town of Aklan", "a town
# where ..."): a noun before any other word only modifies it ("a port language", "a town hall").
_AFTER_HEAD = frozenset({"of", "in", "on", "at", "near", "where", "that", "which", "whose", "with", "north", "south",
                         "east", "west", "some", "about"})


def _settlement_aside(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the aside opening at token k ("a coastal town of Aklan") names a settlement's kind as its head
    within its first words, before any punctuation closes it."""
    if k < 0 or tokens[k].text != tokens[k].norm or tokens[k].norm not in _ASIDE_OPENERS:
        return False
    for m in range(k + 1, min(k + 1 + _ASIDE_WORDS, len(tokens))):
        if text[tokens[m - 1].end : tokens[m].start].strip():
            return False  # the aside closed ("a language, town and ..."), or a possessive ended ("the island's")
        if tokens[m].norm in _SETTLEMENT_KINDS and _heads_aside(text, tokens, m):
            return True  # a kind that only modifies ("a resort town", "a port language") reads on to the head
        if tokens[m].norm in _ASIDE_STOPS:
            return False  # "a language of the province": the kind came before, the noun is its complement
    return False


def _heads_aside(text: str, tokens: list[Token], m: int) -> bool:
    """Whether token m heads its noun phrase: the text ends or punctuation follows it, or a word that opens its
    complement ("of", "in", "where"); not a possessive ("the island's language") nor a modifier ("a port
    language")."""
    if m + 1 >= len(tokens):
        return True
    gap = text[tokens[m].end : tokens[m + 1].start].strip()
    if gap:
        return gap[0] in ",.;:)!?\u2014\u2013-" and gap[0] not in "'\u2019"
    return tokens[m + 1].norm in _AFTER_HEAD


def a_place_here(text: str, tokens: list[Token], s: NameSpan, languages: AbstractSet[str]) -> bool:
    """Whether "in <name>" has positive evidence of the town: a container after its comma or a place coordinated
    with it (never another language: "in Malay and Tamil"), or a verb of arrival or stay, or a noun of a
    settlement, before "in"."""
    k, comma = _next_conjunct(text, tokens, s.j, s.end)
    if k >= 0 and tokens[k].text[:1].isupper() and tokens[k].norm not in languages \
            and (not comma or _closes_a_name(text, tokens, k)):
        return True  # "in Malay, Aklan" / "in Malay and Buruanga"
    if comma and _settlement_aside(text, tokens, k):
        return True  # "shot in Malay, a town in Aklan": the aside says what the name is
    return s.i >= 2 and not tokens[s.i - 2].text.isupper() and tokens[s.i - 2].norm in _BEFORE_A_TOWN
