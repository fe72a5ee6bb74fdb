"""A held name of the shape "X and Y" right after "between" is the span's two ends: "a fire burned pasture between
Naracoorte and Lucindale", "the bus between Brighton and Hove".

The gazetteer holds divisions named for the two towns they join ("Naracoorte and Lucindale", a South Australian
council; "Brighton and Hove", "Telford and Wrekin", English districts) and a few countries of two parts ("Antigua
and Barbuda"). The longest name wins where names overlap, so "between Naracoorte and Lucindale" was read as the
council: "between" asks for two things, and the "and" inside the name is the one that joins them. The two towns
are read instead where each is a name of its own the gazetteer holds, and no further "and" follows the pair
("between Trinidad and Tobago and Venezuela" names the country and a second party). Nor where the pair is a
modifier or an owner, so that the second party is a noun phrase it opens: a possessive after it ("between Trinidad
and Tobago's government and Caracas"), or a few lower-case words and then "and" or "or" ("between Trinidad and
Tobago police and gang members"), where the words are a noun's, not a verb's or a preposition's ("between Brighton
and Hove were cut and" closes the name).
"""
from __future__ import annotations

import re

from eventwatch.geo.normalise import Token
from eventwatch.geo.verb_forms import past_tense

_AND = "and"
_BETWEEN = "between"
# A further member joined after the pair: the held name is then one of the two ends, whole. So is it before a
# possessive ("Trinidad and Tobago's government and Caracas"), or as the modifier of up to three lower-case words
# that a further "and" or "or" follows ("Trinidad and Tobago police and gang members"; `_CLOSING_WORDS` aside).
_ANOTHER_AFTER = re.compile(r"\s+(?:and|or)\s|\s*,|['’]s?\b")
_MODIFIED_THEN_AND = re.compile(r"((?:\s+[a-z][a-z-]*){1,3})\s+(?:and|or)\s")
# Words after the pair that close it (a verb's, a preposition's, an article's): no noun it modifies.
_CLOSING_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
                            "could", "may", "might", "must", "should", "did", "do", "does", "in", "on", "at", "by",
                            "for", "from", "to", "with", "into", "over", "under", "since", "until", "after",
                            "before", "during", "the", "a", "an", "this", "that", "which", "who", "where", "when",
                            "as", "than", "so", "but", "not", "no", "each", "both", "every"})

# Participles that modify the noun after a place's name even when one word stands before "and" ("Antigua and
# Barbuda flagged and ..."): a base, a register, a flag, an owner, a leader, a backer, a funder, forces armed.
_MODIFIER_PARTICIPLES = frozenset({"armed", "based", "registered", "flagged", "owned", "led", "backed", "funded"})

_DETERMINERS = frozenset({"its", "their", "his", "her", "our"})


def between_two_ends(text: str, tokens: list[Token], i: int, j: int, names: frozenset[tuple[int, int]]) -> bool:
    """Whether the held name on tokens i..j-1 is two names joined by its inner "and" after "between", each part a
    held name of its own (in `names`, the spans that may name a place)."""
    if j - i < 3 or i == 0 or tokens[i - 1].text.lower() != _BETWEEN:
        return False
    inner = [m for m in range(i + 1, j - 1) if tokens[m].text == _AND]
    if len(inner) != 1:
        return False
    m = inner[0]
    end = tokens[j - 1].end
    return (i, m) in names and (m + 1, j) in names and _ANOTHER_AFTER.match(text, end) is None \
        and not _modifies_a_party(text, end)


def _modifies_a_party(text: str, end: int) -> bool:
    """Whether up to three lower-case words of a noun phrase and then "and" or "or" follow the pair: it modifies the
    noun of one party ("between Trinidad and Tobago police and gang members")."""
    m = _MODIFIED_THEN_AND.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    first = words[0]
    # A past tense closes the name as the verb of its clause, only where it is the one word before "and"/"or"
    # ("between Naracoorte and Lucindale reopened and ..."); with a noun after it, it is a participle modifying
    # that noun ("Trinidad and Tobago registered boats and ..."), as are "-based", "-flagged", "armed" always; an
    # article or a possessive after it makes it a verb again ("reopened its port and ...").
    closes = (len(words) == 1 or words[1] in _CLOSING_WORDS or words[1] in _DETERMINERS) \
        and first not in _MODIFIER_PARTICIPLES and past_tense(first)
    return first not in _CLOSING_WORDS and not closes
