"""Datelines of two or three capitals: "JOS —", "HO —", "GAO —", "ULM —".

A name in capitals of three letters or fewer is an acronym as often as not ("UN", "NHS", "AFP"), so the
recogniser reads only longer ones as datelines, and a short one only with its country after a comma ("PAU,
France —"). Regional papers still open stories with their own short-named towns and a dash alone. Opening a
line before the dateline's dash, such a name is read as the town where the gazetteer spells one exactly so and
it is a city of some size (a big town is what a paper datelines; an acronym's namesake village is not), and the
name is no ordinary word or section label.

Three more checks keep acronyms out. The town must bear the name as its own (main) name, accents aside: an
alternate spelling is how "USA" or "NAN" reach a Japanese or Chinese city. A name that is also a country's or a
first-level division's ("USA", "WA") is the code of that land, not a town's dateline. And the story must name
somewhere else in the town's country (`corroborated_short_datelines`): "JOS — ... in Mangu" and "HO — ... Keta"
are read, while "VAN — A van carrying migrants overturned" or "BOL — Bolivian miners" name nothing in Turkey or
Chad, so the capitals are an acronym or a word, not a town.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional, Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import normalise

# The dateline's dash after the name (typed as a dash or one or two hyphens), then the story's next word.
_DASH = re.compile(r"[ \t]*(?:[-–—]|--)[ \t]+\S")
# The population a short town needs: Ho (130,000), Jos, Gao, Bo and Ulm pass; a village that shares its
# letters with an acronym ("Un" in India, 30,000, for "UN") does not.
MIN_POPULATION = 50_000


def short_dash_dateline(text: str, start: int, end: int, candidates: Iterable,
                        ordinary: bool = False) -> bool:
    """Whether the name in capitals at [start, end), of two or three letters, is a dateline: it opens its line,
    the dateline's dash follows it, it is no ordinary word or label (`ordinary`), and a town of that exact
    spelling and of some size is among its readings."""
    surface = text[start:end]
    if ordinary or not (2 <= len(surface) <= 3 and surface.isalpha() and surface.isupper()):
        return False
    if text[text.rfind("\n", 0, start) + 1 : start].strip() or _DASH.match(text, end) is None:
        return False
    candidates = list(candidates)
    if any(c.exact and c.feature_code.startswith(("PCL", "ADM1")) for c in candidates):
        # "USA —", "WA —": a land's code or name, not a town's dateline; a land only spelt near it ("LAE" is
        # near "Lao" of Laos) leaves Lae, Papua New Guinea, the town it is
        return False
    key = normalise(surface)
    return any(short_town(c, key) for c in candidates)


def short_town(c, key: str) -> bool:
    """A reading a short dateline may take: a town whose own name is `key` (the surface normalised: case and
    accents folded), with at least MIN_POPULATION people."""
    return c.exact and c.feature_code.startswith("PPL") and (c.population or 0) >= MIN_POPULATION \
        and normalise(c.name) == key


def corroborated_short_datelines(spans: list[NameSpan], at: Optional[int]) -> list[NameSpan]:
    """`spans` without the short dateline read at offset `at` when no other name of the story has a reading in
    a country of the dateline's towns: "BOL — Bolivian miners..." names Bolivia, not Chad where Bol lies."""
    if at is None:
        return spans
    line = next((s for s in spans if s.start == at), None)
    if line is None:
        return spans
    countries = {c.country_code for c in line.candidates if short_town(c, line.norm)}
    if _named_elsewhere(spans, line, countries):
        return spans
    return [s for s in spans if s is not line]


def _named_elsewhere(spans: Sequence[NameSpan], line: NameSpan, countries: set) -> bool:
    """Whether a name of `spans` other than `line` has an exact reading in one of `countries`."""
    return any(s is not line and s.norm != line.norm
               and any(c.exact and c.country_code in countries for c in s.candidates) for s in spans)
