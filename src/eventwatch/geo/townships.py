"""US civil townships ("Washington Township", "Jackson Twp."): the head word joins the name, and which
town or county of the name the township stands for is read once the whole text is known.
"""
from __future__ import annotations

from typing import Iterable

from eventwatch.geo.cue_readers import _SENTENCE_OPENERS, _TOWNSHIP_WORDS, division_spellings
from eventwatch.geo.document_words import document_words
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_DERIVED, NAME_MAIN
from eventwatch.geo.town_county_pairs import lies_in
from eventwatch.geo.weights import WEIGHTS


# A New Jersey or Pennsylvania borough ("Lebanon Borough") is a municipality like a township, and its head word
# joins its name so, but only where the text names a US state: in British copy "Enfield Borough" is a police
# command or a council, and the name alone is the place.
BOROUGH_HEADS = frozenset({"borough"})
# The states whose municipalities are called boroughs: where the text names a county but no state, a "X Borough"
# is read only in these (a town of the name near a namesake county elsewhere is a city, not a borough).
BOROUGH_STATES = frozenset({"US.NJ", "US.PA", "US.CT", "US.AK"})


def us_states_named(spans: Iterable[NameSpan]) -> frozenset[str]:
    """The admin1 codes of the US states the text names ("N.J.", "Pennsylvania"). A name that also reads as a
    country or a national capital ("Georgia", "Washington") names no state here: a British story that sends aid to
    Georgia or a delegation to Washington is no American one, and its "Barnet Borough" no New Jersey borough."""
    states: set[str] = set()
    # One plain loop per span rather than a list and two generators: every span of every document is asked,
    # twice per text (geo/recognise.py), and the generators' set-up was most of the cost.
    for s in spans:
        codes = []
        for c in s.candidates:
            if not c.exact:
                continue
            fc = c.feature_code
            if fc.startswith("PCL") or fc == "PPLC":
                break  # a country's or a capital's name names no state here
            if fc == "ADM1" and c.country_code == "US":
                codes.append(c.admin1_code)
        else:
            states.update(codes)
    return frozenset(states)


def us_counties_named(spans: Iterable[NameSpan]) -> tuple[Candidate, ...]:
    """The readings of the US counties the text names by a name with its division word ("Warren County"), in
    every state that has one: which of them is meant is left to the names they hold."""
    return tuple(c for s in spans if " " in s.norm for c in s.candidates
                 if c.exact and c.country_code == "US" and c.feature_code == "ADM2" and c.lat is not None)


def borough_joins(s: NameSpan, states: frozenset[str], counties: tuple[Candidate, ...] = ()) -> bool:
    """Whether "Borough" after the name s is a US borough's head word: the name is a town's in a state the text
    names ("Lebanon Borough" beside "N.J.", though Lebanon is a country's name too; "Indiana Borough, Pa.", though
    Indiana is a state's name too), or a town's lying in a county the text names though no state is written
    ("Washington Borough ... Warren County": a local paper names its county, not its state; a British council's
    "Enfield Borough" lies in no American county the story names). A state's name with no town of its own in the
    states named stays the state's ("the Pennsylvania Borough Code")."""
    towns = [c for c in s.candidates if c.exact and c.country_code == "US" and c.feature_code.startswith("PPL")]
    if any(c.admin1_code in states for c in towns):
        return True
    return any(c.admin1_code in BOROUGH_STATES and lies_in(c, d, WEIGHTS.county_km) for c in towns for d in counties)


def township(cues: Cues, text: str, tokens: list[Token], s: NameSpan, head: Token) -> None:
    """Take a US civil township's head word into its name ("Washington Township", "Jackson Twp.").

    The township is a place of its own, not the town or the county it is named after, and no
    institution's name ("Washington Township Police" stays one, below). Which town or county of the name
    it stands for is settled once the whole text is read (`settle_townships`)."""
    s.j += 1
    s.end = head.end + (1 if head.norm == "twp" and text[head.end : head.end + 1] == "." else 0)
    s.norm = f"{s.norm} {head.norm}"
    s.cue, s.firm, s.locational = s.cue or "township", True, True
    s.phrase_end = max(s.phrase_end, s.end)
    township_use(cues, text, tokens, s)


def township_use(cues: Cues, text: str, tokens: list[Token], s: NameSpan) -> None:
    """A township's or a borough's name opening an institution's ("Oakdale Township Police") or an office's title
    ("the Brooklyn Borough President") is that institution's or that office's."""
    nxt = tokens[s.j] if s.j < len(tokens) else None
    if nxt is not None and text[s.end : nxt.start] == " " and nxt.text[:1].isupper() \
            and (nxt.norm in cues.organisation_heads or nxt.norm in cues.person_titles):
        s.locational, s.cue = False, "embedded"


def unknown_townships(cues: Cues, text: str, tokens: list[Token], taken: list[bool],
                       readings: list[str]) -> list[NameSpan]:
    """Townships whose name the gazetteer lacks ("Readington Township"): the head word makes the
    capitalised words before it a place's name, reported unknown (`settle_townships` reads the known)."""
    out: list[NameSpan] = []
    for k in document_words(tokens).positions(_TOWNSHIP_WORDS):
        head = tokens[k]
        if not head.text[:1].isupper() or head.text.isupper() or taken[k]:
            continue
        i = k
        while i > 0 and k - i < 3 and not taken[i - 1] and text[tokens[i - 1].end : tokens[i].start] == " " \
                and tokens[i - 1].text[:1].isupper() and not tokens[i - 1].text.isupper() \
                and tokens[i - 1].text.isalpha() and tokens[i - 1].norm not in _SENTENCE_OPENERS \
                and tokens[i - 1].norm not in cues.directions and tokens[i - 1].norm not in cues.months:
            i -= 1
        if i == k:
            continue
        end = head.end + (1 if head.norm == "twp" and text[head.end : head.end + 1] == "." else 0)
        span = NameSpan(i, k + 1, tokens[i].start, end, " ".join(readings[i : k + 1]), unknown=True,
                        cue="township", firm=True)
        township_use(cues, text, tokens, span)
        out.append(span)
        for m in range(i, k + 1):
            taken[m] = True
    return out


def _gazetteer_borough(s: NameSpan) -> bool:
    """Whether the name, "Borough" and all, is a gazetteer's own ("Matanuska-Susitna Borough", Alaska): a division
    read as written, not a town's name with a head word that `township` joined."""
    return any(c.exact and c.name.lower().endswith("borough") for c in s.candidates)


def settle_townships(gaz: Gazetteer, text: str, tokens: list[Token], spans: list[NameSpan]) -> None:
    """Read each township ("Washington Township") as the town or county of its name in a US state the text
    names, or, where it names no state, as the town of its name lying in a county the text names ("Warren
    County": a local paper names its county, not its state); where neither holds such a place, the township is
    reported as an unknown place (resolved later to the best container the text gives), not as a namesake far
    away.
    """
    townships = [s for s in spans if s.j - s.i > 1 and tokens[s.j - 1].text[:1].isupper()
                 and (tokens[s.j - 1].norm in _TOWNSHIP_WORDS
                      or (tokens[s.j - 1].norm in BOROUGH_HEADS and not _gazetteer_borough(s)))]
    if not townships:
        return
    ids = {id(s) for s in townships}
    states = {c.admin1_code for s in spans if id(s) not in ids and not s.unknown
              for c in s.candidates if c.exact and c.country_code == "US" and c.feature_code == "ADM1"}
    counties = us_counties_named(s for s in spans if id(s) not in ids and not s.unknown)
    for s in townships:
        name = text[s.start : tokens[s.j - 1].start].strip()
        # Its own name, not an old one ("Washington" was once a name of Piqua), in any spelling of a saint.
        found = [c for v in (name, *division_spellings(name)) for c in gaz.lookup(v, country="US", limit=1000)] \
            if states else []
        named = list({c.id: c for c in found if c.exact and c.kind in (NAME_MAIN, NAME_DERIVED)
                      and c.admin1_code in states
                      and (c.feature_code.startswith("PPL") or c.feature_code == "ADM2")}.values())
        if not states and counties and tokens[s.j - 1].norm in BOROUGH_HEADS:
            found = [c for v in (name, *division_spellings(name)) for c in gaz.lookup(v, country="US", limit=1000)]
            named = list({c.id: c for c in found if c.exact and c.kind in (NAME_MAIN, NAME_DERIVED)
                          and c.feature_code.startswith("PPL") and c.admin1_code in BOROUGH_STATES
                          and any(lies_in(c, d, WEIGHTS.county_km) for d in counties)}.values())
        if named:
            s.candidates, s.unknown = named, False
        else:
            s.candidates, s.unknown = [], True
