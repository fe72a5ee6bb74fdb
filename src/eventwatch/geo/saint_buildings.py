"""A building named for a saint ("St. Jude's Hospital", "St. Agnes Catholic School") holds no place name.

Churches, schools, hospitals and cemeteries are named for saints far more often than for the towns that
happen to bear a saint's name, and the gazetteer holds a town for nearly every saint ("Saint John", "Saint
Michael", "Saint Rose"). When a facility's name opens with "St." and a given name, and either the saint's
name takes a possessive ("St. Jude's ...") or the building is of a kind saints name (a church, a school, a
hospital, a cemetery, or a denomination's word such as "Lutheran"), the saint's name is a person's: it is
neither the building's town nor a toponym of its own, and the same saint's name with its possessive
elsewhere in the story ("pupils at St. Jude's", "St. Jude's students") is that building again. Other
buildings keep the town's name they open with ("the St. Paul Civic Arena" stands in St. Paul), and a saint's
name that is no given name ("St. Petersburg's art museum", "the St. Cloud Animal Clinic") is a town's and
stays one.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.saint_names import SAINT_WORDS

# Words of a building's name that mark the kinds of buildings named for saints: places of worship and their
# denominations, schools, hospitals and burial grounds. A closed class of everyday English words.
SAINTS_BUILDING_WORDS = frozenset({
    "church", "cathedral", "chapel", "basilica", "abbey", "monastery", "priory", "convent", "friary",
    "seminary", "shrine", "school", "academy", "college", "university", "hospital", "infirmary", "hospice",
    "cemetery", "churchyard", "catholic", "lutheran", "methodist", "episcopal", "baptist", "presbyterian",
    "anglican", "orthodox", "dominican", "franciscan", "jesuit", "evangelical", "brethren",
})
_POSSESSIVE = ("'s", "’s")


def named_for_a_saint(text: str, tokens: Sequence[Token], s: NameSpan, given_names: frozenset[str]) -> bool:
    """Whether span s is a saint's abbreviation and one given name ("St. Jude", "Ste. Anne")."""
    if s.j - s.i != 2:
        return False
    saint, name = tokens[s.i], tokens[s.i + 1]
    return (saint.norm in SAINT_WORDS and saint.text[:1].isupper() and name.text[:1].isupper()
            and text[saint.end : name.start] in (" ", ". ") and name.norm in given_names)


def saints_building(text: str, tokens: Sequence[Token], s: NameSpan, head: int, given_names: frozenset[str]
                    ) -> bool:
    """Whether the facility name that span s opens and token `head` closes is a building named for the saint
    s names, so that s is no place."""
    if not named_for_a_saint(text, tokens, s, given_names):
        return False
    if possessive_after(text, tokens, s):
        return True
    return any(tokens[k].norm in SAINTS_BUILDING_WORDS for k in range(s.j, head + 1))


def possessive_after(text: str, tokens: Sequence[Token], s: NameSpan) -> bool:
    """Whether span s is followed by a possessive ("St. Jude's")."""
    return text[tokens[s.j - 1].end : tokens[s.j - 1].end + 2] in _POSSESSIVE


def same_saints_building(text: str, tokens: Sequence[Token], s: NameSpan, saints: set[str],
                         given_names: frozenset[str]) -> bool:
    """Whether span s is, with its possessive, the saint's name of a building the story named in full
    (`saints`: the norms of those saints' names)."""
    return (s.norm in saints and possessive_after(text, tokens, s)
            and named_for_a_saint(text, tokens, s, given_names))
