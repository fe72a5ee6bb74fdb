"""The words of one document, indexed once and shared by the rules that look for words of their own lists.

Dozens of rules open by walking every token for the few that matter to them (a township word, a verb of
saying, a car make, a sports word) or by collecting the words the document writes in lower case. Each walk
is cheap, but a document's rules made a dozen of them over the same tokens. An index from each folded word
to where it stands answers those questions from the words a list and the document share instead, and the
lower-case word sets are built once.

The index is remembered for the last token list asked about only (by identity, the list itself kept so its
identity cannot be reused): rules of one document share it, and the next document's tokens replace it, so
nothing grows across documents. A token list is never changed once made, which makes the identity a safe key.
"""
from __future__ import annotations

from itertools import chain
from typing import Collection, Optional, Sequence

from eventwatch.geo.normalise import Token


class DocumentWords:
    """Where each folded word of a document stands, and the words it writes in lower case."""

    __slots__ = ("_tokens", "_at", "_lower", "_long_lower", "_capitalised")

    def __init__(self, tokens: Sequence[Token]):
        self._tokens = tokens
        self._at: Optional[dict[str, list[int]]] = None
        self._capitalised: Optional[tuple[int, ...]] = None
        self._lower: Optional[frozenset[str]] = None
        self._long_lower: Optional[frozenset[str]] = None

    @property
    def at(self) -> dict[str, list[int]]:
        """Folded word → the indexes of its tokens, in increasing order."""
        at = self._at
        if at is None:
            at = {}
            get = at.get
            for k, t in enumerate(self._tokens):
                where = get(t.norm)
                if where is None:
                    at[t.norm] = [k]
                else:
                    where.append(k)
            self._at = at
        return at

    def positions(self, *word_lists: Collection[str]) -> list[int]:
        """The indexes of the tokens whose folded word is in any of `word_lists`, in increasing order: the
        same list as `[k for k, t in enumerate(tokens) if t.norm in a or t.norm in b ...]`, each list read
        against whichever of it and the document's distinct words is shorter."""
        at = self.at
        found: dict[str, list[int]] = {}
        for words in word_lists:
            if len(words) < len(at):
                for w in words:
                    where = at.get(w)
                    if where is not None:
                        found[w] = where
            else:
                for w, where in at.items():
                    if w in words:
                        found[w] = where
        if not found:
            return []
        if len(found) == 1:
            return list(next(iter(found.values())))
        return sorted(chain.from_iterable(found.values()))

    def count(self, words: Collection[str]) -> int:
        """How many tokens have their folded word in `words` (each use counted)."""
        at = self.at
        if len(words) < len(at):
            return sum(len(at[w]) for w in words if w in at)
        return sum(len(where) for w, where in at.items() if w in words)

    @property
    def capitalised(self) -> tuple[int, ...]:
        """The indexes of the tokens whose first character is a capital (`text[:1].isupper()`), in increasing
        order: the words rules look at for names, a fifth of a document's, which several rules found by
        walking every token."""
        caps = self._capitalised
        if caps is None:
            # a list built first: a generator resumed for every token of the document cost twice as much
            caps = self._capitalised = tuple([k for k, t in enumerate(self._tokens) if t.text[:1].isupper()])
        return caps

    def _lower_sets(self) -> None:
        # Comprehensions over the lower-case tokens, not one loop adding to two sets: most of a document's
        # words are written in lower case, and the loop's calls to `add` were most of the cost.
        written = [t for t in self._tokens if t.text.islower()]
        self._lower = frozenset([t.norm for t in written])
        self._long_lower = frozenset([t.norm for t in written if len(t.text) > 2])

    @property
    def lower(self) -> frozenset[str]:
        """The folded words the document writes in lower case somewhere (ordinary words, not names)."""
        if self._lower is None:
            self._lower_sets()
        assert self._lower is not None
        return self._lower

    @property
    def long_lower(self) -> frozenset[str]:
        """`lower` for words written with three letters or more."""
        if self._long_lower is None:
            self._lower_sets()
        assert self._long_lower is not None
        return self._long_lower


# The last token list asked about and its index. One tuple, replaced whole, so that a thread reading it sees a
# matching pair. (A short text read inside a document, a name recognised again on its own in
# `geo.resolve_names`, takes its place only after the document's rules have read it: measured on the corpora,
# the document's index is never built twice.)
_last: tuple[Optional[Sequence[Token]], Optional[DocumentWords]] = (None, None)


def document_words(tokens: Sequence[Token]) -> DocumentWords:
    """The shared index of `tokens` (made on the first ask for this list, replacing the previous one)."""
    global _last
    held, words = _last
    if held is tokens and words is not None:
        return words
    words = DocumentWords(tokens)
    _last = (tokens, words)
    return words
