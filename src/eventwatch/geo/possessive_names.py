"""Names that end in a possessive "'s" ("St. John's", "St. George's", "King's Lynn" ends elsewhere): the
tokenizer drops the "'s", so the span stopped at "St. George" and scored as a wrong span, and the reading could
fall to a namesake without it (St. George, Utah). The "'s" is the name's when the gazetteer writes one of the
word run's places with it and the text goes on as a name ends: punctuation, the end, or a linking word. Before
a lower-case noun ("St. George's mayor") it stays the possessor's mark, as with "Syria's Idlib".
"""
from __future__ import annotations

import re
from typing import Optional, Sequence, TypeVar

C = TypeVar("C")

_MARK = re.compile(r"['’]s(?![A-Za-z])")
# What follows a name that ends in "'s": a mark that closes a phrase, the end of the text, or a word that
# links it to what comes next and never stands as a possessed noun.
_NAME_ENDS = re.compile(r"\s*(?:$|[,.;:!?)\]—–\"”]|\s-\s|(?:and|or|in|on|at|to|for|from|with|is|was|has|had|will|"
                        r"said|says|where|which|who)\b)")


def possessive_end(text: str, end: int, candidates: Sequence[C]) -> Optional[tuple[int, list[C]]]:
    """The span's new end past a "'s" the name owns, with the candidates written with it; None otherwise."""
    mark = _MARK.match(text, end)
    if mark is None or _NAME_ENDS.match(text, mark.end()) is None:
        return None
    owned = [c for c in candidates if getattr(c, "exact", False)
             and getattr(c, "matched", "").endswith(("'s", "’s"))]
    return (mark.end(), owned) if owned else None
