"""A town of two words named again by its first word with the article: "معرة النعمان", then "المعرة".

Syrian reports shorten a compound town's name to its head made definite once the full name is written
("المعرة" for Maarat al-Numan); GeoNames holds the short form, if at all, in Latin letters only, and its two
consonants are too few for the transliteration bridge. Within one report the short form is the town the report
already named. Short heads of three letters are everyday nouns as often ("الجسر" the bridge, "الدير" the
monastery, "الخان" the inn), and a settlement word before the name ("مخيم جنين", then "المخيم") is the
word, not the town: neither is read so.
"""
from __future__ import annotations

from typing import Collection, Optional, Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token, arabic_base, arabic_candidates, is_arabic

# Letters written on a word before its article: and, then, in, like.
PROCLITICS = frozenset("وفبك")
# Fewest letters of a head (folded, without the article) that is a name's own word rather than a common noun.
MIN_HEAD_LETTERS = 4


def short_form_of_named(tokens: Sequence[Token], k: int, named: Sequence[NameSpan],
                        stops: Collection[str]) -> Optional[NameSpan]:
    """Token k read as the earlier two-word town whose head it writes with the article, or None. `named`
    are the spans read so far; `stops` the cue words (settlement and place words) no head may be."""
    heads = _heads(tokens[k].norm)
    if not heads:
        return None
    for s in named:
        if s.start >= tokens[k].start or s.j - s.i != 2 or not s.candidates or not s.locational \
                or not is_arabic(s.norm):
            continue
        head = tokens[s.i].norm
        if head.startswith(ARABIC_ARTICLE) or any(r in stops for r in arabic_candidates(head)):
            continue
        if head in heads or arabic_base(head) in heads:
            return NameSpan(k, k + 1, tokens[k].start, tokens[k].end, arabic_base(tokens[k].norm), list(s.candidates))
    return None


def _heads(norm: str) -> list[str]:
    """The heads a definite word may shorten a town's name to: the word without its article, with or without a
    proclitic before it ("والمعرة", "بالمعرة"), when long enough to be a name's own word."""
    written = (norm, norm[1:]) if norm[:1] in PROCLITICS else (norm,)
    return [w[len(ARABIC_ARTICLE):] for w in written
            if w.startswith(ARABIC_ARTICLE) and len(w) - len(ARABIC_ARTICLE) >= MIN_HEAD_LETTERS]


def written_words(tokens: Sequence[Token]) -> frozenset[str]:
    """Every word of a text and its base (`arabic_base`): the first words a two-word town can be written with."""
    return frozenset(w for t in tokens for w in (t.norm, arabic_base(t.norm)))


def may_be_short_form(tokens: Sequence[Token], k: int, written: frozenset[str]) -> bool:
    """Whether token k can be a short form at all: only where a head it may shorten to is written somewhere in the
    text (`written_words`) as some name's first word. A long report asks this of each of its words, and the scan
    of every name read so far (`short_form_of_named`) is left for the few that can."""
    return not written.isdisjoint(_heads(tokens[k].norm))
