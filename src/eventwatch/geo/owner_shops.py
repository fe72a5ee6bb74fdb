"""A name in the possessive before a trade, or alone after "at", names a shop's owner: no place.

Local news names shops for their owners: "Marshall's Welding", "Tyler's Bakery", "a supper at Tyler's,
40 Elm Ave.". Owners' names are often towns' too (Norman, Tyler, Marshall), even towns of note, and "at"
before them reads like a place cue. A town in the possessive goes before its institutions ("Boston's Museum of
Fine Arts", "Chicago's Midway Airport"), hardly ever right before a trade's noun, and never stands alone after
"at" as a shop does. A country or a first-level division is spared all the same.

A city of note is spared where a name of its own comes between it and the trade: the owner's shop is "Tyler's
Bakery", the city's "Chicago's Pequod's Pizza", "Austin's Franklin BBQ", "Boston's Oldest Tavern" (a headline).
Generic shop words are no such name: "Tyler's Family Steakhouse", "Florence's Hair Salon" stay the owner's.
A civic word opening the name makes it the town's own venue, whatever the town's size: "Bakhmut's Central
Bakery", "the town's Municipal Bakery".
A possessive alone after "at" is no shop when more possessives follow it in a list ("aimed at Kyiv's, Kharkiv's
and Odesa's power plants", "at Lutsk's, not Lviv's, grid"): the list's owners share the noun at its end. A list
that ends on a bare possessive ("we ate at Tyler's, Norman's and Marshall's last week") names shops, every one
of them. A capital or a city of half a million alone after "at" is spared: "aimed at Kyiv's" is a cut-off line.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.contest_titles import capital_or_large_city, strong_reading
from eventwatch.geo.name_span import NameSpan

# Trades a business is named for after its owner's name. Not the venues a city owns or is known for in the
# possessive ("London's National Gallery", "Chicago's Goodman Theatre", "Detroit's Athletic Club").
_TRADES = frozenset({
    "steakhouse", "grill", "pizza", "pizzeria", "tavern", "deli", "bakery", "diner", "salon", "welding",
    "plumbing", "garage", "auto",
    "autos", "repair", "cleaners", "florist", "flowers", "jewelers", "jewellers", "jewelry", "hardware",
    "furniture", "barbershop", "bait", "donuts", "bbq", "barbecue", "catering", "towing", "tire", "tires",
})
# Words that pad an owner's shop's name before the trade, no name of their own: "Tyler's Family Steakhouse".
_SHOP_DESCRIPTORS = frozenset({
    "family", "auto", "quality", "custom", "hair", "bridal", "body", "home", "discount", "classic", "pet", "pets",
    "nail", "nails", "beauty", "tire", "tires", "small", "engine", "lawn", "appliance", "used", "car", "cars",
    "truck", "shoe", "shoes", "express", "quick", "country", "style", "fine",
})
# Words that open the name of a town's own venue, not an owner's: "Bakhmut's Central Bakery".
_CIVIC_WORDS = frozenset({"central", "city", "municipal", "regional", "district", "public"})
# "'s" and up to three capitalised words ending the shop's name: "’s Welding", "’s Family Steakhouse".
_OWNED_NAME = re.compile(r"['’]s((?:\s+[A-Z][\w&'’-]*){1,3})")
# "at Tyler's, 40 Elm Ave.", "we ate at Tyler's": the possessive alone, closed by punctuation or the text's end.
_BARE_OWNED = re.compile(r"['’]s\s*(?:[,.;:!?\"”)]|\Z)")
_AT_BEFORE = re.compile(r"\bat\s+$")
# "Kyiv's, Kharkiv's and ...": the possessive opens a list of possessives, not a shop's name.
_POSSESSIVE_LIST = re.compile(r"(?:['’]s(?:\s*,\s*(?:(?:and|or|not|then)\s+)?|\s+(?:and|or)\s+)"
                              r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=['’]s\b))+['’]s")
# What closes a list of shops after its last possessive: punctuation other than a comma, the text's end, or a
# word of time or place that cannot be the shared noun ("at Tyler's, Norman's and Marshall's last week").
_LIST_OF_SHOPS_END = re.compile(r"\s*(?:[.;:!?\"”)]|\Z|(?:last|this|on|in|at|for|with|after|before|yesterday|today"
                                r"|tonight|every|each|when|while|until|since|again|too|instead|together)\b)")


def _country_or_state(s: NameSpan) -> bool:
    """A country or a first-level division: an owner is not named so, and "Texas's" stays the state."""
    return any(c.feature_code.startswith("PCL") or c.feature_code == "ADM1" for c in s.candidates)


def owner_shop_names(text: str, spans: Sequence[NameSpan]) -> set[int]:
    """Indices of names that open a shop's name in the possessive, or stand alone as one after "at"."""
    out: set[int] = set()
    for k, s in enumerate(spans):
        if text[s.end:s.end + 2] not in ("'s", "’s") or s.demonym or s.j - s.i > 3 \
                or text[s.end - 2:s.end] in ("'s", "’s"):
            continue
        m = _OWNED_NAME.match(text, s.end)
        listed = _POSSESSIVE_LIST.match(text, s.end)
        if m is not None and listed is None:
            words = m.group(1).split()
            owned = words[-1].lower() in _TRADES and words[0].lower() not in _CIVIC_WORDS and (
                len(words) == 1 or not strong_reading(s) or any(w.lower() in _SHOP_DESCRIPTORS for w in words[:-1]))
        elif _AT_BEFORE.search(text, max(0, s.start - 6), s.start) is None or capital_or_large_city(s):
            owned = False
        elif listed is not None:
            owned = _LIST_OF_SHOPS_END.match(text, listed.end()) is not None
            if owned:
                out.update(n for n, t in enumerate(spans)
                           if s.end < t.start < listed.end() and not t.demonym and not _country_or_state(t)
                           and not capital_or_large_city(t))
        else:
            owned = _BARE_OWNED.match(text, s.end) is not None
        if owned and not _country_or_state(s):
            out.add(k)
    return out
