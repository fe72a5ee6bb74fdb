"""Self-governing territories the gazetteer holds only as regions or divisions (data/gazetteer/de_facto_states.yaml).

A region traded with is a market ("trade with West Timor"), but a territory with a government of its own is a
party to trade and talks as a country is ("Ethiopia wants more trade with Somaliland"): the feature code alone
(RGN) cannot tell the two apart, so the territories are listed.
"""
from __future__ import annotations

from functools import lru_cache

from eventwatch.geo.lexicon import DATA_DIR
from eventwatch.geo.normalise import normalise
from eventwatch.geo.yaml_files import parsed_file

DE_FACTO_FILE = DATA_DIR / "de_facto_states.yaml"


@lru_cache(maxsize=1)
def de_facto_states(path: str = str(DE_FACTO_FILE)) -> frozenset[str]:
    """The listed territories' normalised names."""
    raw = (parsed_file(path) or {}).get("states")
    if not isinstance(raw, list) or any(not isinstance(n, str) or not n.strip() for n in raw):
        raise ValueError(f"{path}: states must be a list of names")
    return frozenset(normalise(n) for n in raw)


def self_governed(norm: str) -> bool:
    """Whether a name (normalised) is a territory with a government of its own, recognised or not."""
    return norm in de_facto_states()
