"""The countries a story's other names may lie in, tallied once per text for the names opening a paper's title.

A name opening a masthead ("the Calcutta Gazette") keeps an old or foreign name's city only where the story's
other names (those spelled otherwise, demonyms aside) hold an exact reading in that city's country
(geo/title_readings.py). A scan of every name per title cost a digest of many stories, each with its paper's
masthead, the square of its length; the tally counts each country's readings per name once and answers
each title from the countries alone, kept current as titles' readings are cut.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan


class StoryCountries:
    """Per country, how many exact readings each name (by its normal form) of the story holds there."""

    __slots__ = ("_by_country",)

    def __init__(self, spans: Sequence[NameSpan]):
        self._by_country: dict[str, dict[str, int]] = {}  # country → name → readings there
        for s in spans:
            self._count(s, s.candidates, 1)

    def without(self, norm: str) -> frozenset[str]:
        """The countries some name spelled other than `norm` holds an exact reading in."""
        return frozenset(cc for cc, names in self._by_country.items() if len(names) > 1 or norm not in names)

    def replace(self, s: NameSpan, before: Sequence[Candidate]) -> None:
        """Tell the tally that `s`'s readings were `before` and are now `s.candidates`."""
        self._count(s, before, -1)
        self._count(s, s.candidates, 1)

    def _count(self, s: NameSpan, candidates: Sequence[Candidate], step: int) -> None:
        if s.demonym:
            return
        for c in candidates:
            if c.exact and c.country_code:
                names = self._by_country.setdefault(c.country_code, {})
                names[s.norm] = names.get(s.norm, 0) + step
                if names[s.norm] == 0:
                    del names[s.norm]
                    if not names:
                        del self._by_country[c.country_code]
