"""Far namesakes: a weakly read name whose best reading lies far from everything else the document names.

Villages that the gazetteer lacks often share a spelling, or a fuzzy variant of one, with a place elsewhere
("Thiban" in Deir ez-Zor and a district in Yemen; "Khalasa" and an alternate name of a town in Israel). With
nothing in the text tying the name to that faraway place, a user is better served by the name left
unresolved and standing in at the document's own places (its container, the place named just before it, or
the document's focus, at a coarser precision) than by a confident pin in another country.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.camp_names import names_a_camp, names_a_quarter
from eventwatch.geo.country_name_only import country_name_only_readings
from eventwatch.geo.distances import is_area, km_against
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.recognise import NameSpan, _strong
from eventwatch.geo.resolve import Resolution
from eventwatch.geo.town_county_pairs import lies_in
from eventwatch.geo.weights import WEIGHTS

# Beyond this distance from every place the document firmly names, a weak reading is a namesake elsewhere.
FAR_KM = 800.0
# A reading found only by a fuzzy spelling, in a country no firm name mentions, must lie this close.
FUZZY_FAR_KM = 250.0
# An exactly spelled town this small is only as good as the context that places it.
SMALL_TOWN = 10_000


def _weak(s: NameSpan, c: Candidate) -> bool:
    """Evidence a reading rests on alone: a fuzzy spelling, a name inside a longer one, or a small town."""
    if c.source == "user" or s.container is not None:
        return False
    if not c.exact or s.weak or s.stemmed:  # a stemmed reading is a guess at an inflected form ("Anni" -> Ann)
        return True
    return not _strong(c) and not c.feature_code.startswith("ADM") and c.population < SMALL_TOWN


def _anchor(s: NameSpan, c: Candidate) -> bool:
    """A reading firm enough to say where the document is: a locational, exactly spelled, sizeable place."""
    return s.locational and not s.demonym and c.exact and not s.weak and not s.stemmed and (
        _strong(c) or c.feature_code.startswith("ADM") or c.population >= SMALL_TOWN or s.firm
    )


def far_namesakes(spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                  keep: Optional[Sequence[bool]] = None, text: str = "") -> list[int]:
    """Indices of spans whose chosen reading is a weak one lying far outside the document's places, or one
    the resolver found unsupported.

    The document's places are the anchors' countries and points; with no anchor nothing is judged far. A
    camp's name (`text` given) is weak evidence however large its namesake town (geo/camp_names.py).
    """
    keep = keep if keep is not None else [True] * len(spans)
    camps = {k for k, s in enumerate(spans) if names_a_camp(text, s)}
    # Readings the resolver found resting only on weak context (loose spellings, villages far from the
    # document's places): the name is kept, its reading is not.
    unsupported = [k for k, r in enumerate(resolutions)
                   if keep[k] and r is not None and r.candidate is not None and r.unsupported]
    countries: set[str] = set()
    # The first-level divisions a dateline writes out, by country: in a story datelined in one state, a weak
    # reading in another state of that country, far from every anchor, is as much a namesake elsewhere as one
    # abroad (an Illinois hamlet for a town of a story datelined "ITHACA, N.Y."). Only a dateline's written
    # state says so: without one, an anchor read in the wrong state ("Concord" in California for a New
    # Hampshire paper) would carry the story's own towns away with it, and a capital's dateline ("ASTANA --")
    # says nothing of which province a story's other places lie in.
    states: dict[str, set[str]] = {}
    points: list[tuple[float, float]] = []
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if not keep[k] or r is None or r.candidate is None or r.unsupported or not _anchor(s, r.candidate) \
                or k in camps:
            continue
        c = r.candidate
        if c.country_code:
            countries.add(c.country_code)
            if s.cue == "dateline" and c.admin1 and c.feature_code == "ADM1":
                states.setdefault(c.country_code, set()).add(c.admin1)
        # A sea's or a region's centre (or a river's mouth) is no point the document's places lie near.
        if c.lat is not None and (not is_area(c) or c.feature_code == "ADM1"):
            points.append((c.lat, c.lon))
    # A town with no namesake, a few hours' drive from the story's places across a border ("the massacre at
    # Srebrenica was recalled in Belgrade"): no reading elsewhere to mistake it for, and its region is the story's.
    unsupported = [k for k in unsupported
                   if not _sole_reading_near(spans[k], resolutions[k].candidate, points,
                                             _at_home(resolutions[k].candidate, countries, states))
                   or _far_from_its_stated_neighbour(k, spans, resolutions, text)]
    if not countries and not points:
        return unsupported
    out = list(unsupported)
    divisions = _named_divisions(resolutions)
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if not keep[k] or r is None or r.candidate is None or r.unsupported \
                or _anchor(s, r.candidate) and k not in camps:
            continue
        c = r.candidate
        if not (_weak(s, c) or k in camps) or c.lat is None \
                or c.country_code in countries and not _in_another_state(c, states):
            continue
        if any(lies_in(c, d, WEIGHTS.county_km) for d in divisions):
            continue  # "HILLBURY -- ... the Ash County Historical Society": its county, named in passing
        if k in camps and _town_after(k, spans, resolutions, keep, text, camps):
            out.append(k)  # "حي بغداد بمدينة دمشق": a quarter of the town named right after it, not a city near it
            continue
        limit = FAR_KM if c.exact and not s.weak else FUZZY_FAR_KM
        if any(km_against(c.lat, c.lon, lat, lon, FAR_KM) < limit for lat, lon in points):
            continue
        out.append(k)
    # A weak reading in a country the story names only as a country (geo/country_name_only.py).
    return sorted(set(out) | set(country_name_only_readings(spans, resolutions, keep)))


# How near one of the document's anchors a town's only reading must lie to stand though the resolver found it
# unsupported: a border region's reach, well inside FAR_KM.
SOLE_READING_KM = 300.0


def _sole_reading_near(s: NameSpan, c: Optional[Candidate], points: Sequence[tuple[float, float]],
                       at_home: bool = False) -> bool:
    """Whether an exactly spelled town is the name's only reading, not found weakly, within SOLE_READING_KM of
    one of the document's anchor points. In the country (and the dateline's state) the story's anchors lie in
    (`at_home`), a loose spelling of another name ("Lotem" in Israel for "Lethem" in a Guyanese story) is no
    namesake: only exactly spelled readings compete there. Abroad, or in another state, a loose resemblance
    says the text's village may be an unheld one of its own country, and the reading is not kept."""
    if c is None or not c.exact or s.weak or c.lat is None or not c.feature_code.startswith("PPL") \
            or any(o.id != c.id and (o.exact or not at_home) for o in s.candidates):
        return False
    return any(km_against(c.lat, c.lon, lat, lon, SOLE_READING_KM) < SOLE_READING_KM for lat, lon in points)


# An aside right after a name that puts it beside another place ("X, a farming area outside Damascus,", "X, just
# north of Hama"): the text's own word on where it lies, which an only reading elsewhere contradicts.
_STATED_NEIGHBOUR = re.compile(
    r",\s*(?:[^,.;:!?()]{0,60}?\s)?(?:outside|near|nearby|close\s+to|outskirts\s+of|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
    r"south-west)\s+of)\s+(?:the\s+)?", re.IGNORECASE)
# How far "outside", "near" or "north of" a place reaches: a district's width, well inside SOLE_READING_KM.
STATED_NEIGHBOUR_KM = 100.0


def _far_from_its_stated_neighbour(k: int, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                                   text: str) -> bool:
    """Whether span k's reading lies farther than STATED_NEIGHBOUR_KM from the place its aside says it is beside."""
    if k + 1 >= len(spans) or not text:
        return False
    m = k + 1
    r, rm = resolutions[k], resolutions[m]
    if r is None or r.candidate is None or r.candidate.lat is None or rm is None or rm.candidate is None \
            or rm.candidate.lat is None or not _STATED_NEIGHBOUR.fullmatch(text, spans[k].end, spans[m].start):
        return False
    c, n = r.candidate, rm.candidate
    return km_against(c.lat, c.lon, n.lat, n.lon, STATED_NEIGHBOUR_KM) >= STATED_NEIGHBOUR_KM


# The most characters between a quarter's name and its town's ("حي X بمدينة Y", "حي X في Y", "(حي X) في Y")
_QUARTER_TOWN_GAP = 12


def _town_after(k: int, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                keep: Sequence[bool], text: str, camps: set[int]) -> bool:
    """Whether an Arabic quarter's name (span k) is followed within a few characters by an anchor of the
    document in another country: the town whose quarter it is ("في حي بغداد بمدينة دمشق"), which says where the
    quarter lies more plainly than any distance can (Baghdad lies under 800 km from Damascus)."""
    s = spans[k]
    if not names_a_quarter(text, s):
        return False
    c = resolutions[k].candidate  # type: ignore[union-attr]
    for m, (t, r) in enumerate(zip(spans, resolutions)):
        if m == k or not keep[m] or m in camps or t.start < s.end or t.start - s.end > _QUARTER_TOWN_GAP:
            continue
        if r is not None and r.candidate is not None and not r.unsupported and _anchor(t, r.candidate):
            return r.candidate.country_code != c.country_code  # type: ignore[union-attr]
    return False


def _at_home(c: Optional[Candidate], countries: set[str], states: dict[str, set[str]]) -> bool:
    """Whether the reading lies in a country the story's anchors lie in, and not in a state other than its
    dateline's."""
    return c is not None and c.country_code in countries and not _in_another_state(c, states)


def _in_another_state(c: Candidate, states: dict[str, set[str]]) -> bool:
    """Whether the reading lies in a first-level division of its country other than the dateline's, the
    dateline lying in that country: "Enfield" read in Illinois for a story datelined "ITHACA, N.Y."."""
    held = states.get(c.country_code)
    return bool(held) and bool(c.admin1) and c.admin1 not in held


def _named_divisions(resolutions: Sequence[Optional[Resolution]]) -> list[Candidate]:
    """The second-level divisions the document names, as a place or inside another name ("the Ash County
    Historical Society"): a society or a school of a county says where the story is as well as a place does,
    so a small town lying in one is the story's own town, not a namesake far from its places."""
    return [r.candidate for r in resolutions if r is not None and r.candidate is not None and not r.unsupported
            and r.candidate.feature_code == "ADM2" and r.candidate.exact]

