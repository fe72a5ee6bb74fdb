"""A country written by a part of another country's name ("Bata in Guinea" for Equatorial Guinea's Bata).

Writers shorten a country's name to the word it shares with a neighbour: "Guinea" for Equatorial Guinea or
Guinea-Bissau, "Sudan" for South Sudan (as before 2011), "Korea" for North Korea, "Congo" for either Congo.
The gazetteer reads the short form as the country that bears it alone (Guinea), so a town of the other written
"in" it looks like a namesake the gazetteer lacks there (geo/stated_containers._holds_towns). Where the written
name is a whole word of the town's own country's name, as countries.tsv writes it, the writer has named the
town's country, and the town keeps its reading. Only the name less one word before or after it counts
("Guinea" of "Equatorial Guinea" or "Guinea-Bissau", "Sudan" of "South Sudan"), or the last word after "of the"
("Congo" of "Democratic Republic of the Congo"): a run inside a longer name
("Guinea" of "Papua New Guinea") is not how writers shorten it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.geo.derive import DATA_DIR, read_tsv
from eventwatch.geo.normalise import normalise

# Words inside a country's name: "Guinea-Bissau" is "guinea" and "bissau".
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _name_words() -> dict[str, tuple[str, ...]]:
    """Each country's name as its folded words, by ISO code, read once."""
    return {row[0]: tuple(_WORD.findall(normalise(row[2]))) for row in read_tsv(DATA_DIR / "countries.tsv")
            if len(row) > 2 and row[0]}


def shortens(written: str, country: str) -> bool:
    """Whether `written` is the name of `country` (an ISO code) less one whole word before or after it: "Guinea" of
    Equatorial Guinea, "Sudan" of South Sudan; not the name itself, nor a part of a word ("Niger" of Nigeria), nor
    a run inside a longer name ("Guinea" of Papua New Guinea)."""
    words = _name_words().get(country or "")
    short = tuple(_WORD.findall(normalise(written)))
    if not words or not short or len(short) >= len(words):
        return False
    if len(short) == len(words) - 1 and (words[1:] == short or words[:-1] == short):
        return True
    return words[-len(short):] == short and words[-len(short) - 2 : -len(short)] == ("of", "the")
