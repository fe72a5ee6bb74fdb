"""A name the gazetteer lacks, written after "the" and before the lower-case noun of a natural feature's kind:
"the Azuero peninsula", "the Jadar valley", "the Kolwezi plateau".

geo/natural_features.mark_kind_nouns reads such a phrase where the gazetteer holds the feature ("the Hamrin
mountains"); where it holds nothing by the name, the phrase still says that the name is a valley's or a
peninsula's, as "the village of X" says that X is a village's. The name (without the noun, as the corpora mark
it) is then reported unresolved and stands in at the document's places. Only after "the": without it a
capitalised word before "valley" or "river" is as often a town's own name used as a modifier.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from eventwatch.geo.document_words import document_words
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, normalise

_LONGEST_NAME = 2  # capitalised words before the noun


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
        i = j
        while i > 0 and j - i < _LONGEST_NAME and i - 1 not in taken and tokens[i - 1].text[:1].isupper() \
                and tokens[i - 1].text.isalpha() and text[tokens[i - 1].end : tokens[i].start] == " ":
            i -= 1
        if i == j or i < 1 or tokens[i - 1].text != "the" or text[tokens[i - 1].end : tokens[i].start] != " ":
            continue
        if not all(plain_word(tokens[x].norm) for x in range(i, j)):
            continue
        inside = {id(loose[x]) for x in range(i, j) if x in loose}
        if any(loose[x].i < i or loose[x].j > j for x in range(i, j) if x in loose):
            continue  # a loose reading running past the run: another name's
        dropped |= inside
        name = text[tokens[i].start : tokens[j - 1].end]
        added.append(NameSpan(i, j, tokens[i].start, tokens[j - 1].end, normalise(name), unknown=True,
                              cue=word.norm, firm=True, phrase_start=tokens[i - 1].start, phrase_end=word.end))
        taken.update(range(i, j))
    if not added:
        return spans
    return sorted([s for s in spans if id(s) not in dropped] + added, key=lambda s: s.start)
