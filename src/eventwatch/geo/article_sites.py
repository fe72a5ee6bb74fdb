"""Buildings named with an Arabic article before a lower-case head: "the al-Rahma mosque", "the Al Amal hospital".

English news writes such a building's name in capitals and its kind in lower case. The name after the article
is the building's own, not a town's: a gazetteer may hold a village spelled like it (a common word such as
"light" or "mercy"), and read alone that village, often in another country, becomes where the event happened.
The whole phrase is one site (geo/facilities.py), which stands in at the place the sentence puts it in.
Only "the" + article + one or two capitalised words + head: without the article ("the Mosul hospital") the
name before the head is as often the town the building serves, which facilities.py reads on its own terms.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.normalise import Token

# The Arabic definite article as English writes it before a name ("al-Rahma", "Al Amal", "el-Nour").
_ARTICLES = frozenset({"al", "el"})
# Buildings news names this way.
SITE_HEADS = frozenset({"mosque", "hospital", "school", "shrine", "church", "university", "market", "prison",
                        "stadium", "bakery", "clinic"})
_MAX_WORDS = 2


def article_site(text: str, tokens: list[Token], k: int) -> Optional[tuple[int, int, int, bool]]:
    """The site ending at the lower-case head at token k ("the al-Rahma mosque") as (start, end, head, site),
    the start at the article, or None."""
    if k < 3 or tokens[k].norm not in SITE_HEADS or not tokens[k].text.islower():
        return None
    st = k
    while st > 0 and k - st < _MAX_WORDS and tokens[st - 1].text[:1].isupper() \
            and tokens[st - 1].norm not in _ARTICLES and _joined(text, tokens[st - 1], tokens[st]):
        st -= 1
    if st == k or st < 2:
        return None
    article, the = tokens[st - 1], tokens[st - 2]
    if article.norm not in _ARTICLES or the.norm != "the" or not _joined(text, article, tokens[st]) \
            or text[the.end : article.start] != " ":
        return None
    return st - 1, k + 1, k, True


def _joined(text: str, a: Token, b: Token) -> bool:
    return text[a.end : b.start] in (" ", "-")
