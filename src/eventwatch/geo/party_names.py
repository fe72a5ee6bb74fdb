"""A country's name closing a political party's or a movement's name: "United Russia", "A Just Russia",
"Our Ukraine". The name is the party's, not the country where something happened, nor the country's as an
actor: its members, statements and candidates are the party's.

Parties are named so in many countries, and news writes the party's name bare, over and over in a story about
an election. The gazetteer holds no such name, so the country inside it would be read alone. A capitalised
party-forming word right before a country's name makes the pair the party's: "United" anywhere (no place is
called "United X" that the gazetteer does not hold whole, as it does the United States and the United
Kingdom), and "Just", "Fair", "Our" or "Forward" inside a sentence only, where the capital is the name's and
not the sentence's ("Just Russia and China voted against" opens with an adverb).
"""
from __future__ import annotations

from eventwatch.geo.name_span import NameSpan, opens_sentence
from eventwatch.geo.normalise import Token

# Words that open a party's name before a country's, wherever the pair stands.
_PARTY_OPENERS = frozenset({"united"})
# Words that open one inside a sentence only: at its start their capital is the sentence's.
_MID_SENTENCE_OPENERS = frozenset({"just", "fair", "our", "forward"})


def _country(s: NameSpan) -> bool:
    return any(c.exact and c.feature_code.startswith("PCL") for c in s.candidates)


def party_names(text: str, tokens: list[Token], spans: list[NameSpan]) -> list[NameSpan]:
    """The spans without the countries that close a party's name (see the module's docstring)."""
    drop: set[int] = set()
    for s in spans:
        k = s.i - 1
        if k < 0 or s.j - s.i != 1 or s.demonym or text[tokens[k].end : s.start] != " " or not _country(s):
            continue
        opener = tokens[k]
        if not (opener.text[:1].isupper() and opener.text[1:].islower()):
            continue
        if opener.norm in _PARTY_OPENERS or (opener.norm in _MID_SENTENCE_OPENERS
                                             and not opens_sentence(text, tokens, k)):
            drop.add(id(s))
    return [s for s in spans if id(s) not in drop] if drop else spans
