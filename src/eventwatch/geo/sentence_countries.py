"""A small town whose own sentence names its country, in a story that places nothing else there: "Mauritania said
it would patrol waters off Nouamghar" in a Senegal story, "Ecuador will staff the clinic at Nuevo Rocafuerte" in a
Peruvian one.

The resolver refuses a village in a country the document places nothing firmly in, while it places names firmly
elsewhere (`Resolver._judge`): a village spelled exactly, named in a story set abroad, is likelier the namesake
of an unheld local place. A country acting in the sentence ("Mauritania said", "Ecuador will staff") places
nothing by itself (geo/firm_context.py), so an outbreak report from one country that names a border town of a
neighbour loses the town to a stand-in at the story's places.

But where the name has no reading outside one country, no firm place of the story lies in that country, and the
very sentence that names the town names that country, the writer has set the town there: no unheld namesake of
the story's own country competes with a reading the sentence confirms. Where the story does place names in the
town's country, far from the town, the rule is no help and is not asked (the resolver calls it only where the
town's country holds none of the story's firm places): conflict reports nearly always name their own country,
and a village there far from the story's places is still likelier an unheld local namesake ("Myanmar soldiers
burned Nyaung Kone village" in a story of Pakokku district is no hamlet near Yangon). A name with readings in
several countries is left to the usual judgement, and so is a town whose country is named only in another
sentence, or a sentence that names a first-level division of that country that does not hold the town.

The country is read from the sentence's spans by the reading each leads to ("Georgia deputies said" in a story
of Georgia's counties names the US state, not the country), or from its words where no span covers them (geo/
__init__.resolve_names, on annotated spans): its usual English name (countries.tsv) written whole, not as a part
of a longer name ("South Sudan", "Democratic Republic of the Congo", "American Samoa", "Lake Chad", "the Gulf of
Guinea", "Niger State", "the Jordan Valley", "Panama City"). The spans of a sentence are found by bisecting their
starts, filed once per document: a long story asks this of many far towns, and a scan of every span per town cost
it the square of its length.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional, Sequence

from eventwatch.geo.derive import DATA_DIR, read_tsv
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.sentences import mention_sentence

# What the resolver ranked for each span, best first: (score, reading) pairs.
Ranked = Sequence[tuple[float, Candidate]]


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Each country's usual English name by ISO code (countries.tsv)."""
    return {row[0]: row[2] for row in read_tsv(DATA_DIR / "countries.tsv") if len(row) > 2}


@lru_cache(maxsize=256)
def _written_name(code: str) -> Optional[re.Pattern]:
    """The country's name as a whole word."""
    name = _country_names().get(code)
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])") if name else None


# A word just before the name makes it the tail of a longer one ("South Sudan", "Equatorial Guinea", "Papua New
# Guinea", "Democratic Republic of the Congo", "American Samoa", "British Virgin Islands") or a feature's name
# ("Lake Chad", "the Gulf of Guinea")...
_LONGER_NAME_BEFORE = re.compile(r"\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|New|"
                                 r"Equatorial|Upper|Lower|Greater|Democratic|American|British|Lake|"
                                 r"(?:Gulf|Bay|Sea)\s+of)\s+$")
# ...and so does a word just after it ("the Niger Delta", "Niger State", "the Jordan River", "the Jordan Valley",
# "Panama City", "the Chad Basin").
_LONGER_NAME_AFTER = re.compile(r"\s+(?:Delta|State|River|Valley|City|Basin)\b")


def _written_in(text: str, code: str, lo: int, hi: int, skip: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the country's name is written whole in text[lo:hi], not as a part of a longer name, outside the
    stretches `skip` (spans, whose readings say what they name)."""
    written = _written_name(code)
    if written is None:
        return False
    return any(not _LONGER_NAME_BEFORE.search(text, max(lo, m.start() - 20), m.start())
               and not _LONGER_NAME_AFTER.match(text, m.end())
               and not any(a < m.end() and m.start() < b for a, b in skip)
               for m in written.finditer(text, lo, hi))


def _names_country(o: NameSpan, lead: Optional[Candidate], code: str) -> bool:
    """Whether span `o`, leading to reading `lead`, is the country `code` by its exact name (not a town inside
    it, nor a namesake the story means: "Georgia" read as the US state is no mention of Georgia)."""
    return not o.demonym and lead is not None and lead.exact and lead.country_code == code \
        and lead.feature_code.startswith("PCL")


def _division_elsewhere(o: NameSpan, town: Candidate) -> bool:
    """Whether span `o` names a first-level division of the town's country that does not hold the town: the
    sentence then sets the name in that division ("… Nyaung Pin village tract, Depayin township, Sagaing
    region"), and a namesake elsewhere in the country is no reading the sentence confirms."""
    firsts = [c for c in o.candidates if c.exact and c.country_code == town.country_code
              and c.feature_code == "ADM1"]
    return bool(firsts) and not o.demonym and all(c.admin1_code != town.admin1_code for c in firsts)


class SentenceCountries:
    """A document's spans filed by where they start, to ask of a town whether its own sentence names its country.

    `ranked` holds, per span, the readings the resolver ranked for it, best first (empty where it has none)."""

    def __init__(self, text: str, spans: Sequence[NameSpan], ranked: Sequence[Ranked]):
        self._text = text
        self._order = sorted(range(len(spans)), key=lambda k: spans[k].start)
        self._starts = [spans[k].start for k in self._order]
        self._spans = spans
        self._ranked = ranked

    def _within(self, lo: int, hi: int) -> list[int]:
        """The indexes of the spans lying inside text[lo:hi]."""
        first = bisect.bisect_left(self._starts, lo)
        last = bisect.bisect_left(self._starts, hi, first)
        return [k for k in self._order[first:last] if self._spans[k].end <= hi]

    def _lead(self, k: int) -> Optional[Candidate]:
        """The reading span k leads to, if it has any."""
        ranked = self._ranked[k] if k < len(self._ranked) else ()
        return ranked[0][1] if ranked else None

    def names_its_country(self, s: NameSpan, town: Candidate, readings: Sequence[Candidate]) -> bool:
        """Whether town `town`, read for span `s`, is the only country's reading of the name (`readings`, every
        ranked reading) and a name of that country stands in the same sentence as `s`, which names no
        first-level division of that country other than the town's."""
        code = town.country_code
        if not code or not town.exact or any(c.country_code != code for c in readings):
            return False
        text = self._text
        lo, hi = mention_sentence(text, s.start, s.end, abbreviations=True)
        inside = [k for k in self._within(lo, hi) if self._spans[k] is not s]
        if any(_division_elsewhere(self._spans[k], town) for k in inside):
            return False
        if any(_names_country(self._spans[k], self._lead(k), code) for k in inside):
            return True
        return _written_in(text, code, lo, hi, [(s.start, s.end)] + [(self._spans[k].start, self._spans[k].end)
                                                                    for k in inside])
