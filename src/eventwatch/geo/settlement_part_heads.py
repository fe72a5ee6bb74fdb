"""A name written with a word for a town's informal settlement or ward before its town ("Kanyama compound in
Lusaka", "Chawama compound of Lusaka", "Mathare slum in Nairobi", "Kibera ward of Nairobi") is a part of that town.

The event chooser stands an unresolved name in at the town that holds it when the text writes the name's kind
before "in"/"of" the town (fallback.HEAD_BEFORE_CONTAINER: "X village in Y", "X neighbourhood of Y"). A compound
(the word Zambia and Malawi use for a town's unplanned quarter), a slum and a ward are such kinds too, so the
event is at the named part (UCDP 2), not at the town's centre (1). The same gap names the town as the holder a
name the tables lack altogether stands in at (fallback.stated_container: "Chibolya compound in Lusaka" at Lusaka,
not at the document's focus at its district's precision).

A compound is also a walled site ("the UN compound in Juba", "the embassy compound in Kabul"), and a ward a
hospital's ("the Ebola ward in Monrovia"); an attack on a site in a town is at the town: a compound or a ward after
an article, written as a thing rather than as a quarter, is left to the rules for sites. So is one whose name
says it is a site even where a headline drops the article (`names_a_site`): an organisation's acronym ("UN
compound in Juba"), a word for what the site houses or treats ("Covid ward in Kano", unknown_places.yaml's
site_purposes), or a site's kind word of its own ("Green Village compound": site_kinds). A slum is no site, so
it is always a part; and the kind words are a site's only, not a quarter's ("Old Town ward", "Market ward" and
"X Valley slum" are named parts of their towns).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from eventwatch.geo.normalise import fold_token
from eventwatch.geo.unknown_names import load_unknown_place_words

# "X compound in Y", "X slums of Y", "X ward in the Y": the part's kind, then the town that holds it.
_PART_HEAD_GAP = re.compile(r"\s+(compound|slum|ward)s?\s+(?:in|of)\s+(?:the\s+)?", re.IGNORECASE)
# An article right before the name: "the X compound" is a site, not a quarter.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
# How far before the name an article is looked for: the article and the spaces after it.
_ARTICLE_REACH = 8
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=1)
def _site_words() -> frozenset[str]:
    """What a site houses or treats ("covid", "embassy"), and the kind words a site's own name may hold
    ("village", "hotel"), not a quarter's ("town", "market"): folded as tokens are."""
    words = load_unknown_place_words()
    return words.site_purposes | words.site_kinds


def names_a_site(words: Sequence[str], acronyms: bool = True) -> bool:
    """Whether the capitalised words written before "compound" or "ward" name a site rather than a quarter: an
    acronym ("UN", "MSF"), a word for what the site houses or treats ("Covid", "Embassy", "Maternity") or a
    site's kind word of the name's own ("Green Village"). `acronyms` is False where the text is written in
    capitals, so every word looks like one ("RAID IN KANYAMA COMPOUND")."""
    site = _site_words()
    return any(acronyms and len(w) > 1 and w.isalpha() and w.isupper() or fold_token(w) in site for w in words)


def settlement_part_gap(sentence: str, name_start: int, gap: str, name: str) -> bool:
    """Whether `gap` (the text between the name `name` starting at `name_start` in `sentence` and the town after
    it) writes the name as a compound, a slum or a ward of that town; a compound or a ward only where no article
    opens the name, and none whose name says it is a site (`names_a_site`); a slum always."""
    m = _PART_HEAD_GAP.fullmatch(gap)
    if m is None:
        return False
    kind = m.group(1)
    if kind.lower() == "slum":
        return True
    if _ARTICLE_BEFORE.search(sentence, max(0, name_start - _ARTICLE_REACH), max(0, name_start)) is not None:
        return False
    # A kind word in capitals is a headline in capitals, where every word of the name looks like an acronym.
    return not names_a_site(_WORD.findall(name), acronyms=not kind.isupper())
