"""A town opening an Arabic report's dateline is read through the transliteration bridge.

"النبطية - استهدف قصف ..." (Nabatieh - shelling hit ...): an agency files from a town, writes it first on the
line and a dash or its own name after ("حماة-سانا", "صعدة - سبأ": geo/context_reading.ARABIC_DATELINE). Its
Arabic name is read where the gazetteer holds one; a town held in Latin letters only met no firm cue there,
since nothing stands before it. The dateline is as firm a cue as a settlement word: a word or two opening a
line right before the dateline's mark are a place's name almost always, so they are asked of the bridge
(geo/arabic_translit.py) with the consonants a settlement word's name needs.
"""
from __future__ import annotations

from typing import Callable

from eventwatch.geo.arabic_translit import MAX_WORDS, MIN_CONSONANTS, bridge
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_base


def dateline_bridged(gaz: Gazetteer, text: str, tokens: list[Token], readings: list[str],
                     plain: Callable[[int], bool], countries: frozenset[str],
                     index_countries: frozenset[str], generic: frozenset[str]) -> list[NameSpan]:
    """The bridged names of the words opening a line right before an Arabic dateline's mark: `plain(k)` says
    token k is a word no name took and no cue; `countries` those of the report's other places (empty: any)."""
    # context_reading reads Arabic names through arabic_names, which asks this module: imported here
    from eventwatch.geo.context_reading import ARABIC_DATELINE

    out: list[NameSpan] = []
    for k, t in enumerate(tokens):
        if k and "\n" not in text[tokens[k - 1].end : t.start]:
            continue
        run = [k]
        while len(run) < MAX_WORDS and run[-1] + 1 < len(tokens) \
                and text[tokens[run[-1]].end : tokens[run[-1] + 1].start] == " ":
            run.append(run[-1] + 1)
        # the run ends where the dateline's mark follows: only the words before it are the name
        for size in range(len(run), 0, -1):
            last = run[size - 1]
            if ARABIC_DATELINE.match(text, tokens[last].end) is None or not all(plain(m) for m in run[:size]):
                continue
            got = bridge(gaz, [tokens[m].norm for m in run[:size]], countries, index_countries,
                         first_readings=[arabic_base(tokens[k].norm)], min_consonants=MIN_CONSONANTS,
                         generic=generic)
            if got is not None and got[0] == size:
                out.append(NameSpan(k, k + size, t.start, tokens[last].end, " ".join(readings[k : k + size]),
                                    [got[1]]))
            break
    return out
