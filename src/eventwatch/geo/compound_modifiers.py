"""Nouns that a "X valley" or "the X range" phrase modifies rather than heads: "the Silicon valley firms",
"Napa valley wineries' shares", "the Dyson range products".

A feature or settlement noun with such a noun right after it is a compound's modifier: the words before it
name a sector, a brand or a market, as "Wall Street banks" names no street where the banks are. The nouns listed
are those of business and money (and of diseases, for those named after a valley), which no valley's or
village's people or buildings are called ("the Swat valley residents", "the X village elders" still place their
people), so the list stays short and closed.
"""
from __future__ import annotations

from eventwatch.geo.normalise import Token

MODIFIED_NOUNS = frozenset({
    "firm", "firms", "company", "companies", "startup", "startups", "start-ups", "giant", "giants", "investor",
    "investors", "executive", "executives", "billionaire", "billionaires", "bosses", "tech", "technology",
    "stocks", "shares", "money", "capital", "culture", "elite", "elites", "venture", "ventures", "brand",
    "brands", "product", "products", "model", "models", "mindset", "ethos", "hype", "darling", "darlings",
    "unicorn", "unicorns", "lobby", "lobbyists", "titan", "titans", "moguls", "founders", "entrepreneurs",
    # a disease named for the valley where it was first described ("Rift valley fever", "Murray valley
    # encephalitis", "X valley virus"): no place in the story
    "fever", "virus", "encephalitis",
})


def modifies_noun_after(text: str, tokens: list[Token], h: int) -> bool:
    """Whether the noun at token h is followed, across one space, by a lower-case business noun it modifies
    ("valley firms", "range products")."""
    n = h + 1
    return n < len(tokens) and tokens[n].text.islower() and tokens[n].norm in MODIFIED_NOUNS \
        and text[tokens[h].end : tokens[n].start] == " "
