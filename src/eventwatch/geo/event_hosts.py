"""A country or a capital that hosts a gathering ("Samoa will host next year's meeting", "Qatar hosted the
World Cup", "Egypt is hosting talks"): the host is the government or the organisers that invite, not ground
where anything lies. Hosting people ("Jordan hosts a million refugees") is left alone: there the country is
where they live. The gathering's place, when the text gives it, is written apart ("... meeting in Apia").
"""
from __future__ import annotations

import re

# Nouns of a gathering that a government or organisers host; "refugees", "migrants", "troops" and "bases"
# are absent on purpose.
_GATHERINGS = (r"meetings?|summits?|talks|conferences?|forums?|games|olympics|cup|championships?|tournaments?|"
               r"festivals?|negotiations|congress|sessions?|rounds?|ceremon(?:y|ies)|expo|fair|grand\s+prix|"
               r"finals?|qualifiers?|gatherings?|assembly|dialogue|visits?|delegations?|leaders|ministers")
# "will host", "is to host", "is set to host", "hosted", "has hosted", "is hosting", then up to four words
# (articles, a time, a season, an adjective) before the gathering's noun.
_HOSTS = re.compile(
    r"\s+(?:(?:will|would|is|was|has|had|have|to|set|also|again|due|expected|set\s+to|to\s+be)\s+){0,3}"
    r"host(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?(?:" + _GATHERINGS + r")\b",
    re.IGNORECASE)


def hosts_gathering(text: str, end: int) -> bool:
    """Whether the words after a name (ending at `end`) say it hosts a gathering: the name is its host."""
    return _HOSTS.match(text, end, min(len(text), end + 120)) is not None
