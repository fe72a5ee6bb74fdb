"""Pick, for each recognised name, the place it refers to, and how precise that place is (UCDP where_prec).

Resolution is a score per candidate: a context-free prior (user place, spelling, feature type, population)
plus what the document says: the countries it is about (its other names, a given document country, the
publisher's country), nearness to the other places it names, and explicit containment ("Saraqib, Idlib",
"Atarib in western rural Aleppo"). Two passes: the first guesses each name alone, the second re-ranks with
the document context those guesses give.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from eventwatch.geo.gazetteer import Candidate, Gazetteer, prior_score, similarity
from eventwatch.geo.recognise import NameSpan
from eventwatch.model import (
    WHERE_PREC_ADMIN1,
    WHERE_PREC_ADMIN2,
    WHERE_PREC_COUNTRY,
    WHERE_PREC_NEAR,
    WHERE_PREC_REGION,
)

FOCUS_WEIGHT = 6.0
ADMIN1_FOCUS_WEIGHT = 3.0
DOC_COUNTRY_WEIGHT = 3.0
PUBLISHER_WEIGHT = 2.0
NEAR_KM, NEAR_BONUS = 200.0, 1.5
REGION_KM, REGION_BONUS = 600.0, 0.5
CONTAINED_ADMIN1, CONTAINED_COUNTRY = 8.0, 6.0
COHERENCE_BONUS = 2.0
MAX_CANDIDATES = 25  # per name, by prior: the long tail of hamlets never wins and costs time


@dataclass
class Resolution:
    candidate: Optional[Candidate]
    precision: int
    score: float = 0.0
    ranked: list[tuple[float, Candidate]] = field(default_factory=list)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _proximity(idx: int, c: Candidate, anchors: list, norm: str) -> float:
    """Bonus for lying near the document's other places (a cheap flat-earth distance is enough here)."""
    if c.lat is None or _is_area(c):
        return 0.0
    best = 0.0
    coslat = math.cos(math.radians(c.lat))
    for k, oid, lat, lon, onorm in anchors:
        if k == idx or onorm == norm:
            continue
        dlon = abs(c.lon - lon)
        if dlon > 180:
            dlon = 360 - dlon
        d = 111.2 * math.hypot(c.lat - lat, dlon * coslat)
        if d < NEAR_KM:
            return NEAR_BONUS
        if d < REGION_KM:
            best = REGION_BONUS
    return best


def _is_area(c: Candidate) -> bool:
    return c.feature_code.startswith("PCL") or c.feature_code in {"CONT", "RGN", "SEA", "OCN"}


def _cue_bonus(s: NameSpan, c: Candidate) -> float:
    fc = c.feature_code
    if s.vague == "admin1":
        return 6.0 if fc == "ADM1" else 0.0
    if s.vague == "admin2":
        return 6.0 if fc == "ADM2" else 0.0
    if s.vague in {"city", "near"}:
        return 3.0 if fc.startswith("PPL") else 0.0
    if s.direction and fc.startswith(("PCL", "ADM1")):
        return 1.0
    return 0.0


def publisher_country(gaz: Gazetteer, publisher: Optional[str]) -> Optional[str]:
    """A country implied by the publisher: its domain's country code, or a country/demonym in its name."""
    if not publisher:
        return None
    m = re.search(r"\.([a-z]{2})(?:/|$|:)", publisher.lower().strip())
    if m and m.group(1) not in {"co", "io", "tv", "me", "fm", "ly", "ai"}:
        cc = m.group(1).upper().replace("UK", "GB")
        if gaz.division("PCLI", cc) is not None:
            return cc
    for word in re.findall(r"[A-Z][a-z]+", publisher):
        for c in gaz.lookup(word, limit=3):
            if c.exact and c.kind in (0, 2, 5) and (
                c.feature_code.startswith(("PCL", "ADM1")) or c.population >= 100_000
            ):
                return c.country_code
    return None


class Resolver:
    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer

    def resolve(
        self,
        spans: list[NameSpan],
        *,
        doc_country: Optional[str] = None,
        publisher: Optional[str] = None,
    ) -> list[Optional[Resolution]]:
        doc_country = doc_country.upper() if doc_country else None
        pub_cc = publisher_country(self.gaz, publisher)
        priors = []
        for s in spans:
            p = sorted(((prior_score(c) + _cue_bonus(s, c), c) for c in s.candidates), key=lambda x: -x[0])
            keep = p[:MAX_CANDIDATES]
            if doc_country:
                keep += [x for x in p[MAX_CANDIDATES:] if x[1].country_code == doc_country][:MAX_CANDIDATES]
            priors.append(keep)
        first = [max(p, key=lambda x: x[0])[1] if p else None for p in priors]

        # Which first-level divisions each name could be, or lie in: for mutual support between names.
        divisions = [{c.admin1_code for _, c in p if c.feature_code == "ADM1" and c.admin1_code} for p in priors]
        members = [{c.admin1_code for _, c in p if c.feature_code != "ADM1" and c.admin1_code} for p in priors]
        choice = list(first)
        for _round in range(2):
            votes, admin_votes = self._votes(spans, priors, choice)
            admin_total = sum(admin_votes.values()) or 1.0
            anchors = [
                (k, o.id, o.lat, o.lon, spans[k].norm) for k, o in enumerate(choice)
                if o is not None and o.lat is not None and not _is_area(o) and not spans[k].demonym
            ]
            total = sum(votes.values()) or 1.0
            new_choice: list[Optional[Candidate]] = []
            ranked_all = []
            for idx, s in enumerate(spans):
                if not priors[idx]:
                    new_choice.append(None)
                    ranked_all.append([])
                    continue
                own = choice[idx]
                ranked = []
                for base, c in priors[idx]:
                    score = base
                    cc = c.country_code
                    if cc:
                        share = (votes.get(cc, 0.0) - (self._weight(s, priors[idx], own) if own and own.country_code == cc else 0.0)) / total
                        score += FOCUS_WEIGHT * max(0.0, share)
                        if c.admin1_code and not c.feature_code.startswith("ADM1"):
                            own_a = self._weight(s, priors[idx], own) if own and own.admin1_code == c.admin1_code else 0.0
                            score += ADMIN1_FOCUS_WEIGHT * max(0.0, (admin_votes.get(c.admin1_code, 0.0) - own_a) / admin_total)
                        if cc == doc_country:
                            score += DOC_COUNTRY_WEIGHT
                        if cc == pub_cc:
                            score += PUBLISHER_WEIGHT
                    score += _proximity(idx, c, anchors, s.norm)
                    score += self._coherence(idx, c, spans, divisions, members)
                    score += self._containment(idx, c, spans, choice)
                    ranked.append((score, c))
                ranked.sort(key=lambda x: -x[0])
                new_choice.append(ranked[0][1])
                ranked_all.append(ranked)
            choice = new_choice

        out: list[Optional[Resolution]] = []
        for idx, s in enumerate(spans):
            ranked = ranked_all[idx]
            if not ranked:
                out.append(None)
                continue
            best_score, best = ranked[0]
            best, precision = self._precision(s, best, ranked)
            out.append(Resolution(best, precision, best_score, ranked))
        return out

    # -- context terms ---------------------------------------------------------------------------------
    @staticmethod
    def _weight(s: NameSpan, prior: list[tuple[float, Candidate]], c: Optional[Candidate]) -> float:
        if c is None:
            return 0.0
        if s.demonym:
            return 0.5
        if c.feature_code.startswith(("PCL", "ADM1")) or len(prior) == 1:
            return 1.0
        scores = sorted((p for p, _ in prior), reverse=True)
        return 1.0 if scores[0] - scores[1] > 2.0 else 0.5

    def _votes(self, spans, priors, choice) -> tuple[Counter, Counter]:
        """How strongly the document is about each country and each first-level division."""
        votes: Counter = Counter()
        admin: Counter = Counter()
        for idx, c in enumerate(choice):
            if c is not None and c.country_code:
                w = self._weight(spans[idx], priors[idx], c)
                votes[c.country_code] += w
                if c.admin1_code:
                    admin[c.admin1_code] += w
        return votes, admin

    @staticmethod
    def _coherence(idx: int, c: Candidate, spans: list[NameSpan], divisions: list[set], members: list[set]) -> float:
        """Support from other names that could be c's division or could lie in c ("Dublin" and "Georgia")."""
        code = c.admin1_code
        if not code:
            return 0.0
        own = spans[idx].norm
        hits = 0
        is_division = c.feature_code == "ADM1"
        seen: set[str] = set()
        for k, s in enumerate(spans):
            if k == idx or s.norm == own or s.norm in seen:
                continue
            if code in divisions[k] or (is_division and code in members[k]):
                hits += 1
                seen.add(s.norm)
        return min(COHERENCE_BONUS * hits, 2 * COHERENCE_BONUS)

    @staticmethod
    def _containment(idx: int, c: Candidate, spans: list[NameSpan], choice: list[Optional[Candidate]]) -> float:
        bonus = 0.0
        s = spans[idx]
        if s.container is not None:
            for b in spans[s.container].candidates:
                if b.feature_code == "ADM1" and c.admin1_code and c.admin1_code == b.admin1_code:
                    bonus = max(bonus, CONTAINED_ADMIN1)
                elif b.feature_code.startswith("PCL") and c.country_code == b.country_code:
                    bonus = max(bonus, CONTAINED_COUNTRY)
                elif b.feature_code.startswith("PPL") and c.admin1_code and c.admin1_code == b.admin1_code and c.id != b.id:
                    bonus = max(bonus, CONTAINED_COUNTRY / 2)
        # A name that contains another: prefer the reading that does contain it.
        for k, o in enumerate(spans):
            if o.container == idx and choice[k] is not None:
                inner = choice[k]
                if c.feature_code == "ADM1" and inner.admin1_code == c.admin1_code:
                    bonus = max(bonus, 3.0)
                elif c.feature_code.startswith("PCL") and inner.country_code == c.country_code:
                    bonus = max(bonus, 3.0)
                elif c.feature_code.startswith("PPL") and inner.admin1_code == c.admin1_code and inner.id != c.id:
                    bonus = max(bonus, 1.0)
        return bonus

    # -- precision -------------------------------------------------------------------------------------
    def _precision(self, s: NameSpan, c: Candidate, ranked) -> tuple[Candidate, int]:
        fc = c.feature_code
        if s.vague == "admin1":
            if fc.startswith("PPL"):
                division = self.gaz.division("ADM1", c.admin1_code or "")
                if division is not None and similarity(_core(division.name), _core(c.name)) >= 80:
                    return division, WHERE_PREC_ADMIN1
                for _score, alt in ranked:
                    if alt.feature_code == "ADM1" and alt.country_code == c.country_code and alt.admin1_code == c.admin1_code:
                        return alt, WHERE_PREC_ADMIN1
                return c, WHERE_PREC_NEAR
            if fc.startswith("PCL"):
                return c, WHERE_PREC_REGION
            return c, max(c.precision, WHERE_PREC_ADMIN1) if fc == "ADM1" else c.precision
        if s.vague == "admin2" and fc == "ADM2":
            return c, WHERE_PREC_ADMIN2
        if s.vague == "near" and fc.startswith("PPL"):
            return c, WHERE_PREC_NEAR
        if s.direction and fc.startswith("PCL"):
            return c, WHERE_PREC_REGION
        if fc.startswith("PCL"):
            return c, WHERE_PREC_COUNTRY
        return c, c.precision


def _core(name: str) -> str:
    """A name without articles and division words: "Aleppo Governorate" and "Aleppo" share "aleppo"."""
    from eventwatch.geo.derive import core_name

    return core_name(name)
