"""The closed-class words that end, or cannot open, the noun compound around a name.

A name's modifier reading ("Syria talks") and its literal-modifier reading ("the Aleppo countryside road") both ask
where the compound the name stands in begins or ends, and both stop at the same small words: conjunctions,
articles, the commonest prepositions, forms of "be" and "have", modals, pronouns and determiners, and the verb of
saying. One list, so the two readers cannot disagree on what a function word is; each adds its own extras.
"""
from __future__ import annotations

FUNCTION_WORDS = frozenset({
    "and", "or", "but", "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "is",
    "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
    "who", "which", "that", "this", "these", "those", "it", "its", "their", "his", "her", "into", "over", "than",
    "after", "before", "since", "while", "when", "where", "not", "also", "said", "says",
})
