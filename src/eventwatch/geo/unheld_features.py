"""A name the gazetteer lacks, written after "the" and before the lower-case noun of a natural feature's kind:
"the Azuero peninsula", "the Jadar valley", "the Kolwezi plateau".

geo/natural_features.mark_kind_nouns reads such a phrase where the gazetteer holds the feature ("the Hamrin
mountains"); where it holds nothing by the name, the phrase still says that the name is a valley's or a
peninsula's, as "the village of X" says that X is a village's. The name (without the noun, as the corpora mark
it) is then reported unresolved and stands in at the document's places. Only after "the": without it a
capitalised word before "valley" or "river" is as often a town's own name used as a modifier. A business noun
after the feature noun makes the phrase a compound's modifier ("the Silicon valley firms": geo/compound_modifiers),
and "range" and "island", which name product lines as often as features, need a locative before "the". An island
is also read after a bare "on" or "off" ("on Haruku island"), the way English names the islands it does not
title.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from eventwatch.geo.compound_modifiers import modifies_noun_after
from eventwatch.geo.document_words import document_words
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, normalise

_LONGEST_NAME = 2  # capitalised words before the noun
# Feature nouns that also name a product line or a figure ("the Dyson range", "the Lego island"): read only
# where a locative or a word of motion opens "the" ("across the X range", "off the X island").
_PRODUCT_NOUNS = frozenset({"range", "ranges", "island", "islands"})
# Locatives that put a bare name before "island" without "the" ("on Haruku island", "off Tanna island"): English
# writes an island so, and neither a product line nor a town's modifier stands between "on" and "island".
_ISLAND_LOCATIVES = frozenset({"on", "off"})
_LOCATIVES = frozenset({"in", "into", "across", "through", "of", "from", "to", "near", "on", "over", "along",
                        "around", "off", "at", "toward", "towards", "beyond", "within", "throughout", "below",
                        "above", "under", "behind", "past", "onto", "crossed", "reached", "toured", "climbed"})


@lru_cache(maxsize=4)
def _kind_words_of(table: tuple[tuple[str, frozenset[str]], ...]) -> frozenset[str]:
    return frozenset(w for _code, ws in table for w in ws)


def _kind_words(nouns: dict[str, frozenset[str]]) -> frozenset[str]:
    """Every kind noun of the table, worked out once per table."""
    return _kind_words_of(tuple(sorted(nouns.items())))


def unheld_feature_names(text: str, tokens: list[Token], spans: list[NameSpan], nouns: dict[str, frozenset[str]],
                         plain_word: Callable[[str], bool]) -> list[NameSpan]:
    """`spans` with an unknown name added before each feature noun that "the" opens and no name claims; in text
    order. `nouns` maps feature codes to their kind nouns (natural_features.load_kind_nouns); `plain_word` says
    whether a folded word may stand in an unknown place's name."""
    at = [j for j in document_words(tokens).positions(_kind_words(nouns)) if j >= 2]
    if not at:
        return spans
    # A name read only by loose spellings of other places' names ("Azuero" as "Azor") is a name the gazetteer
    # lacks: it is read here as such, not left to a far look-alike.
    loose = {k: s for s in spans if not s.unknown and s.candidates and not any(c.exact for c in s.candidates)
             for k in range(s.i, s.j)}
    taken = {k for s in spans for k in range(s.i, s.j)} - loose.keys()
    added: list[NameSpan] = []
    dropped: set[int] = set()
    for j in at:
        word = tokens[j]
        if not word.text.islower() or j in taken or j in loose \
                or text[tokens[j - 1].end : word.start] != " ":
            continue
        compound = modifies_noun_after(text, tokens, j)  # "the Silicon valley firms": a modifier, not a valley
        i = j
        while i > 0 and j - i < _LONGEST_NAME and i - 1 not in taken and tokens[i - 1].text[:1].isupper() \
                and tokens[i - 1].text.isalpha() and text[tokens[i - 1].end : tokens[i].start] == " ":
            i -= 1
        if i == j or i < 1 or text[tokens[i - 1].end : tokens[i].start] != " ":
            continue
        bare_island = word.norm == "island" and tokens[i - 1].text in _ISLAND_LOCATIVES
        if tokens[i - 1].norm != "the" and not bare_island:
            continue
        if compound:
            # a run read only as loose spellings of far places' names is the compound's word too ("Silicon")
            dropped |= {id(loose[x]) for x in range(i, j) if x in loose and loose[x].i >= i and loose[x].j <= j}
            continue
        if tokens[i - 1].text != "the" and not bare_island:
            continue
        if not all(plain_word(tokens[x].norm) for x in range(i, j)):
            continue
        if word.norm in _PRODUCT_NOUNS and not bare_island and (i < 2 or tokens[i - 2].norm not in _LOCATIVES):
            continue  # "praised the Dyson range", "queued for the Nike range": a product line, not mountains
        inside = {id(loose[x]) for x in range(i, j) if x in loose}
        if any(loose[x].i < i or loose[x].j > j for x in range(i, j) if x in loose):
            continue  # a loose reading running past the run: another name's
        dropped |= inside
        name = text[tokens[i].start : tokens[j - 1].end]
        added.append(NameSpan(i, j, tokens[i].start, tokens[j - 1].end, normalise(name), unknown=True,
                              cue=word.norm, firm=True, phrase_start=tokens[i - 1].start, phrase_end=word.end))
        taken.update(range(i, j))
    if not added and not dropped:
        return spans
    return sorted([s for s in spans if id(s) not in dropped] + added, key=lambda s: s.start)
