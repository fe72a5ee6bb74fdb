"""A US county written with its designator cut short after the name ("Plymouth Co.", "LOUDON CO. man").

Local papers write a county so in headlines, datelines and sheriff's notes. Read as the bare name, "Plymouth"
is a town (and the most populous Plymouth is in another state), while the writer means the county. "Co." also
closes a firm's name ("Warren Co., of Boston", "the Acme Co."), and firms are named after surnames that most
states' counties bear too, so a county the text could hold says nothing alone: what reads the pair as a county
is where it stands. It is one where:

- it qualifies a noun only a place has ("a Loudon Co. man", "Sioux Co. deputies"; geo/modifier_heads.py and
  `_COUNTY_HEADS`): no firm has residents, deputies or a jail;
- a US state holding the county is written right after it ("Marion Co., Ohio");
- or a word of place stands right before it ("in", "near", "from": "farmers in Marion Co."), it opens the text
  as a dateline ("PLYMOUTH CO. - ..."), or it continues a list of counties so read ("in Clark Co. and Marion
  Co."), and a state the text names holds the county or the text writes the county out in full;
- or the same pair was read as a county earlier in the text (a story names its county again and again).

"The X Co." is a firm unless a place's noun or a county office's title follows ("the Pike Co. Sheriff", "the
Harris Co. flood control district"): an article stands before a firm's name, not a county's ("the Taylor Co. in
Texas recalled heaters"). "Of" is no word of place here: a firm's officers and owners are
"of" it ("the president of Warren Co."). A name the text has already read as no place stays one. The name then
takes "Co." into its span and keeps only its county readings.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Optional

from eventwatch.geo.modifier_heads import HOME_HEADS
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.title_case import _title_case_tokens

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Candidate, Gazetteer

# The designator cut short, right after the name: one space, "Co" or "CO", and its full stop.
_CO_AFTER = re.compile(r" (?:Co|CO)\.")
# A name joined to another before the designator is a firm's ("Procter & Gamble Co.", "Dodge and Sons Co."),
# unless it continues a list of counties (`_LIST_GAP`).
_JOINED_BEFORE = re.compile(r"(?:&|\band)\s*$")
# An article right before the name: "the Warren Co." is a firm's name, unless a place's noun follows.
_ARTICLE_BEFORE = re.compile(r"(?i:\bthe)\s+$")
# A word of place right before the name.
_PLACE_BEFORE = re.compile(r"(?i:\b(?:in|near|from|across|throughout|outside|around))\s+$")
# What follows a dateline: a dash or a colon ("PLYMOUTH CO. - A tractor was stolen").
_DATELINE_AFTER = re.compile(r"\s*(?:--?|–|—|:)\s")
# What stands between two counties of a list ("Clark Co., Marion Co.", "Clark Co. and Marion Co.").
_LIST_GAP = re.compile(r",? (?:and|or) |, ")
# The state right after the county: a comma and the state's name ("Marion Co., Ohio").
_COMMA_AFTER = re.compile(r", ?")
# The word after the pair, in any case ("a Lincoln Co. man", "LINCOLN CO. MAN CHARGED"; a headline's name that
# is also a common word, "PIKE CO. MAN", is no name the recogniser holds, and is left open).
_WORD_AFTER = re.compile(r",? ([A-Za-z]+)\b")
# Nouns of a county's own people and bodies no firm has, beside the town's nouns of geo/modifier_heads.py
# (whose list leaves out plural people, as fans and officials of a team or a firm are written so).
_COUNTY_HEADS = frozenset({"deputy", "deputies", "commissioner", "commissioners", "commission", "supervisors",
                           "jail", "courthouse", "fair", "fairgrounds", "residents", "voters", "schools",
                           "roads", "coroner", "prosecutor", "attorney", "clerk", "treasurer", "assessor",
                           "sheriff", "sheriffs", "district", "flood", "drainage", "levee"})
# A county's office written as a title after the pair, capitalised ("the Franklin Co. Sheriff's Office", "Pike
# Co. Commissioners", "the Lee Co. Health Department"): no firm has a sheriff, a jail or a coroner. "Board" and
# "Health" only in a county board's or department's full title, since a firm has a board and may sell health.
_OFFICE_AFTER = re.compile(
    r" (?:Sheriff(?:['’]s)?|Sheriffs|Commission(?:ers?)?|Board of (?:Commissioners|Supervisors|Education|Elections"
    r"|Health)|Schools|Fair(?:grounds)?|Courthouse|Jail|Health Department|Emergency Management|Clerk|Coroner"
    r"|Prosecutor|Deputy|Deputies|Treasurer|Assessor|Circuit Court|District Court)\b")


def _us_counties(gaz: "Gazetteer", name: str) -> list["Candidate"]:
    """The US counties called `name` + " County" (GeoNames' own spelling of a county's name)."""
    return [c for c in gaz.lookup(f"{name} County", country="US", limit=50)
            if c.exact and c.feature_code == "ADM2" and c.country_code == "US"]


def _full_counties(spans: list[NameSpan]) -> frozenset[str]:
    """The names of the US counties the text writes out in full ("Plymouth County"), normalised."""
    return frozenset(s.norm for s in spans if s.norm.endswith(" county")
                     and any(c.exact and c.feature_code == "ADM2" and c.country_code == "US" for c in s.candidates))


def _place_head_after(text: str, at: int, name: str, titled: Callable[[], frozenset[int]] = frozenset) -> bool:
    """Whether the pair ending at `at` qualifies a noun only a place has ("a Loudon Co. man"): written in lower
    case, or in capitals under a name in capitals (a headline: "LINCOLN CO. MAN CHARGED"), or capitalised on a
    Title Case line (`titled`: the starts of its words, geo/title_case.py; "Lincoln Co. Man Arrested After Chase"),
    or a county office's capitalised title ("Franklin Co. Sheriff's Office")."""
    if _OFFICE_AFTER.match(text, at) is not None:
        return True  # "the Franklin Co. Sheriff's Office"
    m = _WORD_AFTER.match(text, at)
    if m is None:
        return False
    word = m.group(1)
    if not (word.islower() or (word.isupper() and name.isupper())
            or (word.istitle() and name.istitle() and m.start(1) in titled())):
        return False
    return word.lower() in HOME_HEADS or word.lower() in _COUNTY_HEADS


def _state_after(text: str, at: int, by_start: dict[int, NameSpan]) -> Optional[frozenset[str]]:
    """The admin1 codes of the US state written right after the pair ending at `at` ("Marion Co., Ohio")."""
    m = _COMMA_AFTER.match(text, at)
    if m is None:
        return None
    s = by_start.get(m.end())
    if s is None:
        return None
    codes = frozenset(c.admin1_code for c in s.candidates
                      if c.exact and c.country_code == "US" and c.feature_code == "ADM1")
    return codes or None


def _dateline(text: str, s: NameSpan, end: int) -> bool:
    """Whether the pair opens the text, or a line of it, and a dash or a colon follows it ("PLYMOUTH CO. -")."""
    line_start = text.rfind("\n", 0, s.start) + 1
    return not text[line_start:s.start].strip() and _DATELINE_AFTER.match(text, end) is not None


# A word in capitals before " CO." in capitals, and a word in capitals after it: a headline ("PIKE CO. MAN").
_CAPITALS_CO = re.compile(r" CO\. ([A-Z]+)\b")


def _capital_words_before_co(text: str, tokens: list[Token], spans: list[NameSpan]) -> list[NameSpan]:
    """Bare spans for the words in capitals that the recogniser left out before " CO." and a county's noun in
    capitals ("PIKE CO. MAN CHARGED": "PIKE" is also a common word, so it was read as no name). The caller reads
    each as a county only where the noun after it makes it one (`_place_head_after`), as it reads a name it holds."""
    if " CO." not in text:
        return []
    held = {s.start for s in spans}
    out: list[NameSpan] = []
    for k, t in enumerate(tokens):
        if len(t.text) < 3 or not t.text.isalpha() or not t.text.isupper() or t.start in held:
            continue
        m = _CAPITALS_CO.match(text, t.end)
        if m is not None and (m.group(1).lower() in HOME_HEADS or m.group(1).lower() in _COUNTY_HEADS):
            out.append(NameSpan(k, k + 1, t.start, t.end, t.norm, []))
    return out


def join_county_abbreviations(text: str, tokens: list[Token], spans: list[NameSpan], gaz: "Gazetteer",
                              states: frozenset[str]) -> list[NameSpan]:
    """Widen each name written before "Co." over it and read it as the county, where the pair stands as a
    county does (see the module's docstring). `states`: the admin1 codes of the US states the text names
    (townships.us_states_named). Spans read on the designator itself ("CO" as Colorado's code) give way to the
    county."""
    if " Co." not in text and " CO." not in text:
        return spans
    full: Optional[frozenset[str]] = None
    bare = _capital_words_before_co(text, tokens, spans)
    if bare:
        spans = sorted(spans + bare, key=lambda x: x.start)
    by_start = {s.start: s for s in spans}
    out: list[NameSpan] = []
    swallowed: set[int] = set()
    last_county_end = -1  # where the last pair read as a county ends: a list of counties goes on from it
    read: dict[str, list["Candidate"]] = {}  # the pairs read as counties so far, by name, and their readings
    title_starts: list[frozenset[int]] = []  # the Title Case lines' word starts, found at the first asking

    def titled() -> frozenset[int]:
        if not title_starts:
            title_starts.append(frozenset(_title_case_tokens(text, tokens)))
        return title_starts[0]

    for s in spans:
        if s.start in swallowed:
            continue
        m = _CO_AFTER.match(text, s.end)
        if m is None or s.demonym or not s.locational:
            out.append(s)
            continue
        listed = last_county_end >= 0 and _LIST_GAP.fullmatch(text, last_county_end, s.start) is not None \
            or f"{s.norm} county" in read
        if not listed and _JOINED_BEFORE.search(text, max(0, s.start - 6), s.start):
            out.append(s)
            continue
        name = text[s.start:s.end]
        counties = _us_counties(gaz, name)
        if not counties:
            out.append(s)
            continue
        lead = max(0, s.start - 12)
        chosen: list["Candidate"] = []
        if _place_head_after(text, m.end(), name, titled):
            chosen = [c for c in counties if c.admin1_code in states] or counties
        elif _ARTICLE_BEFORE.search(text, lead, s.start):
            chosen = []  # "the Warren Co. said": a firm
        else:
            after = _state_after(text, m.end(), by_start)
            if after is not None:
                chosen = [c for c in counties if c.admin1_code in after]
            elif f"{s.norm} county" in read:
                chosen = read[f"{s.norm} county"]  # the county read so already ("in Marion Co. ... Marion Co.")
            elif listed or _PLACE_BEFORE.search(text, lead, s.start) or _dateline(text, s, m.end()):
                if full is None:
                    full = _full_counties(spans)
                in_states = [c for c in counties if c.admin1_code in states]
                chosen = in_states or (counties if f"{s.norm} county" in full else [])
        if not chosen:
            out.append(s)
            continue
        j = s.j
        while j < len(tokens) and tokens[j].start < m.end():
            j += 1
        swallowed.update(o.start for o in spans if s.end < o.start < m.end())
        s.j, s.end, s.norm = j, m.end(), f"{s.norm} county"
        s.candidates = chosen
        s.cue = s.cue or "county"
        if s.phrase_end >= 0:
            s.phrase_end = max(s.phrase_end, s.end)
        last_county_end = s.end
        read.setdefault(s.norm, chosen)
        out.append(s)
    if bare:  # a bare word not read as a county is no name after all
        left = {id(s) for s in bare}
        out = [s for s in out if s.candidates or id(s) not in left]
    return out
