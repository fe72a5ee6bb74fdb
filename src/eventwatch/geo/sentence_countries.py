"""A small town whose own sentence names its country: "South Sudan said it would screen travellers arriving in
Kapoeta", "Switzerland had hoped to hold the finals at Lenzerheide".

The resolver refuses a village far from the story's firm places (`Resolver._judge`): villages the gazetteer lacks
share their names with others across a country, so a hamlet of no great size named in a story set elsewhere is
likelier the namesake of an unheld local place. A country acting in the sentence ("Kenya said", "South Sudan
will screen") places nothing by itself (geo/firm_context.py), so an outbreak report datelined in Addis Ababa
that names a border town of a neighbour loses the town to a stand-in at the story's places.

But where the name has no reading outside one country, and the very sentence that names the town names that
country, the writer has set the town there: no unheld namesake of the story's own country competes with a
reading the sentence confirms. A name with readings in several countries is left to the usual judgement, and so
is a town whose country is named only in another sentence. The country is read from the sentence's spans, or
from its words where only the town's span is given (geo/__init__.resolve_names, on annotated spans): its usual
English name (countries.tsv) written whole, not as the tail of a longer capitalised name ("South Sudan" is no
mention of Sudan).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from eventwatch.geo.derive import DATA_DIR, read_tsv
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.sentences import mention_sentence


def _names_country(s: NameSpan, code: str) -> bool:
    """Whether span `s` is the country `code` by an exact reading (its name, not a town inside it)."""
    return not s.demonym and any(c.exact and c.country_code == code and c.feature_code.startswith("PCL")
                                 for c in s.candidates)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Each country's usual English name by ISO code (countries.tsv)."""
    return {row[0]: row[2] for row in read_tsv(DATA_DIR / "countries.tsv") if len(row) > 2}


@lru_cache(maxsize=256)
def _written_name(code: str) -> Optional[re.Pattern]:
    """The country's name as a whole word."""
    name = _country_names().get(code)
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])") if name else None


# A word of position just before the name makes it the tail of a longer one ("South Sudan", "Equatorial Guinea",
# "Western Sahara", "Papua New Guinea").
_LONGER_NAME_BEFORE = re.compile(r"\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|New|"
                                 r"Equatorial|Upper|Lower|Greater)\s+$")


def _written_in(text: str, code: str, lo: int, hi: int) -> bool:
    """Whether the country's name is written whole in text[lo:hi], not as the tail of a longer name."""
    written = _written_name(code)
    if written is None:
        return False
    return any(not _LONGER_NAME_BEFORE.search(text, max(lo, m.start() - 20), m.start())
               for m in written.finditer(text, lo, hi))


def _division_elsewhere(o: NameSpan, town: Candidate) -> bool:
    """Whether span `o` names a first-level division of the town's country that does not hold the town: the
    sentence then sets the name in that division ("… Nyaung Pin village tract, Depayin township, Sagaing
    region"), and a namesake elsewhere in the country is no reading the sentence confirms."""
    firsts = [c for c in o.candidates if c.exact and c.country_code == town.country_code
              and c.feature_code == "ADM1"]
    return bool(firsts) and not o.demonym and all(c.admin1_code != town.admin1_code for c in firsts)


def country_in_its_sentence(text: str, spans: Sequence[NameSpan], s: NameSpan, town: Candidate,
                            readings: Sequence[Candidate]) -> bool:
    """Whether town `town`, read for span `s`, is the only country's reading of the name (`readings`, every
    ranked reading) and a name of that country stands in the same sentence as `s`, which names no first-level
    division of that country other than the town's."""
    code = town.country_code
    if not code or not town.exact or any(c.country_code != code for c in readings):
        return False
    lo, hi = mention_sentence(text, s.start, s.end)
    if any(o is not s and lo <= o.start and o.end <= hi and _division_elsewhere(o, town) for o in spans):
        return False
    if any(o is not s and lo <= o.start and o.end <= hi and _names_country(o, code) for o in spans):
        return True
    return _written_in(text, code, lo, hi)
