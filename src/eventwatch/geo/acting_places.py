"""Places that act and places acted upon: two readings of a name as the body that governs it.

GeoWebNews (Gritta et al. 2019) scores a name as literal only where it is the ground; where it stands for the
authority that runs the place it is metonymic. geo/associative.py reads most such roles (a government saying,
deciding or being a party). Two more are read here, each from the clause the name is the subject of:

- A local authority's deed. A town, a county or "the city of X" that pays, approves, votes, funds, borrows,
  spends, raises (a tax, a rate) or shares a cost is its council: only a council does these ("Brackley County
  will pay for the new roof", "Brackley County will raise its tax rate", "the city of
  Westford agreed to pay half", "Oakvale, across the river, approved its budget"). Unlike the deeds of a
  government (which only countries, states and capitals are read for), these verbs need no seat: a town's
  council keeps a budget as a state's government does. A firm cue ("the city of") does not make such a
  subject the ground: the city in "the city of X agreed" is the municipal corporation.
- A party in a passive. A country or a capital that is criticised, asked, urged, invited, summoned or (not)
  represented is a government, as it is in the active ("delegates criticised Norland": geo/associative.py
  `_stance_object`): "Norland, which hosted the talks, was criticised by its neighbours", "Estovia and
  Marland have been asked to tighten checks", "Norland was not represented at the meeting".

Both read through a relative clause or an aside set off by commas between the name and its verb ("X, which
hosted the talks, was criticised"; "X, across the river, approved"), and through a list of names before the
verb when the list opens with "the counties of" ("the counties of A, B and C will share the cost").
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.associative import clause_subject, polity
from eventwatch.geo.member_lists import walk_to_opening
from eventwatch.geo.name_lists import opens_clause
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.verb_forms import BE_FORMS

# A council's deeds. Plain forms ("pay") count only after an auxiliary ("will pay", "must pay"): bare, they are
# as often nouns after a name ("Oakvale pay rates", "a Brackley County vote"). Forms in -s that are also plural
# nouns ("funds", "votes") count only before what the verb takes ("Oakvale funds the shelter").
# A council's road works ("Geneva County will repave its stretch", "Oakvale will resurface Main Street") are its
# deeds too: a place is paved by its council.
_DEED_PLAIN = frozenset({"pay", "approve", "agree", "vote", "decide", "fund", "budget", "contribute", "adopt", "hire",
                         "sue", "levy", "reimburse", "share", "cover", "foot", "raise", "borrow", "spend", "repave",
                         "resurface"})
_DEED_PAST = frozenset({"paid", "approved", "agreed", "voted", "decided", "funded", "budgeted", "contributed",
                        "adopted", "hired", "sued", "levied", "reimbursed", "allocated", "earmarked", "appropriated",
                        "borrowed"})
# "set aside $2 million": "set" is no deed alone ("Oakvale set a heat record"), only with "aside" after it.
_SET_ASIDE = re.compile(r"\s+aside\b")
# A deed in the making: a body weighs, studies or drafts a measure ("Oakvale is weighing a ban", "the county is
# considering one"); a place undergoes no deliberation. Only after a form of "be", so that a gerund
# ("considering the cost, Oakvale...") is not read as its verb.
_DELIBERATING = frozenset({"weighing", "considering", "mulling", "debating", "drafting", "studying", "reviewing",
                           "exploring", "discussing"})
# A deed expected of a body: "is expected to follow", "is likely to approve", "is set to vote", read as a modal
# before the verb. "follow" there is following another body's lead ("X is expected to follow suit").
_EXPECTED = re.compile(r"\s+(?:expected|likely|set|poised|due|going|about|ready|preparing)\s+to\b")
_FOLLOWS = frozenset({"follow"})
_SUIT = re.compile(r"\s+suit\b")  # "follow suit": another body's lead; bare "follow" is as often what comes next
_CLAUSE_END = re.compile(r"\s*(?:[.;,]|$)")
_EXPECTED_MARK = "<expected>"  # put among the words before the verb where "is expected to" was read
_DEED_S = frozenset({"pays", "approves", "agrees", "decides", "contributes", "adopts", "hires", "sues",
                     "reimburses", "borrows", "spends"})
_DEED_S_NOUNS = frozenset({"funds", "votes", "budgets", "levies", "shares", "covers", "foots", "raises"})
# What a cost-sharing verb takes: "share the cost", "cover the bill", "foot the bill". Without it "share",
# "cover" and "foot" are no council's deed ("Oakvale shares a border", "snow will cover Oakvale").
_COST_VERBS = frozenset({"share", "shares", "cover", "covers", "foot", "foots"})
_COST_OBJECT = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:cost|costs|bill|tab|expense|expenses)\b")
# What a verb in -s takes right after it when it is the verb, not a plural noun the name modifies.
_OBJECT_START = re.compile(r"\s+(?:the|a|an|its|their|this|that|these|those|all|for|to|\$|\d)")

# Passives whose subject is a party: only a government (or a people) is criticised, asked or represented.
# Not "recognised" or "named" ("X was recognised as a heritage site", "named the best place to live"), nor
# verbs of harm or of what befalls a place ("was shelled", "was hit"): those keep the ground.
_PARTY_PASSIVES = frozenset({
    "criticised", "criticized", "condemned", "accused", "blamed", "urged", "asked", "invited", "represented",
    "pressured", "pressed", "sanctioned", "summoned", "warned", "told", "lobbied", "snubbed", "rebuked",
    "censured", "chided", "reprimanded", "faulted", "thanked", "implored", "persuaded",
    # persuasion and pressure that only a party feels ("Norland was courted by both sides"); not "squeezed",
    # which rents and floods do to a town
    "coerced", "cajoled", "bullied", "courted", "wooed"})
_AUXILIARIES = frozenset({"has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should",
                          "shall", "to", "also", "not", "never", "now", "then", "again", "already", "still",
                          "later", "jointly", "both", "each", "instead", "only", "once", "further"})

# An aside set off by commas between a subject and its verb: a relative clause ("X, which hosted the talks,")
# or a phrase opened by a lower-case word ("X, across the river,"; "X, long a rival,"). Words that open a new
# clause or a list item after the comma ("X, and Y", "X, where", "X, said officials") open no aside.
_ASIDE = re.compile(r"\s*,\s+(?!(?:and|or|but|nor|so|yet|then|where|when|while|said|says|according)\b)"
                    r"(?=[a-z])[^.!?;:\n\"“”()]{3,120}?,")
# The names that close a list after "the counties of A": ", B and C".
_LIST_TAIL = re.compile(r"(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})*"
                        r"(?:\s*,?\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?")
_WORDS = re.compile(r"\s+([a-z]+)")
# "the city of X", "the counties of X": a municipal body by its kind, opening its clause.
_BODY_KINDS = frozenset({"city", "town", "village", "county", "counties", "borough", "township", "municipality",
                         "district", "parish", "cities", "towns", "boroughs"})
_BODY_OF = re.compile(r"(?:^|[.!?;:,\n\"“—–-]\s*|\b(?:after|when|and|but|because|while|as|since|before|until|"
                      r"though|although|that|if|once)\s+)[Tt]he\s+([a-z]+)\s+of\s+$")
_PLACE_CODES = ("PPL", "ADM", "PCL")


def mark_acting_places(text: str, tokens: list[Token], spans: list[NameSpan], seat) -> None:
    """Mark names that act as a council or are a party in a passive `locational=False` (cue "metonymy").

    `seat(s)`: whether the name can stand for a government (a country, a first-level division or a large
    place); only those are read as the subject of a party's passive."""
    heads: dict[int, int] = {}
    run_ends: dict[int, int] = {}
    for idx, s in enumerate(spans):
        if not s.locational or s.demonym or s.cue in ("dateline", "street", "feature"):
            continue
        body = _body_of(text, s)
        if s.located and body is None:
            continue  # "in Oakvale", "Oakvale county": a firm place cue keeps the ground
        if body is None and not clause_subject(text, tokens, _list_head(text, spans, idx, heads, run_ends)):
            continue  # "the school in Oakvale will pay": the verb has another subject
        county = body in ("county", "parish", "borough") or _BODY_NAME.search(s.norm) is not None
        # "Hill County and Blaine County opened": a list of counties shares its verb, as "the counties of" does
        rest = _verb_start(text, s.end, listed=body is not None or county)
        if rest is None:
            continue
        words, verb, after = rest
        if (_council_deed(words, verb, text, after, polity(s)) or service_deed(words, verb, text, after, county)) \
                and (body is not None or _populated(s)):
            s.locational, s.cue = False, "metonymy"
        elif body is None and seat(s) and _party_passive(words, verb) and not _hazard_warning(text, verb, after):
            s.locational, s.cue = False, "metonymy"


_JOINED = re.compile(r"\s*,\s*|\s+and\s+(?:the\s+)?|\s*,\s*and\s+(?:the\s+)?")


def _list_head(text: str, spans: list[NameSpan], idx: int, heads: dict[int, int],
               run_ends: dict[int, int]) -> NameSpan:
    """The first name of the list the name closes ("Estovia and the Republic of Marland have been asked"):
    whether a preposition governs the list is read from its head, not through the names inside it. A name
    that opens a clause of its own heads it ("the town of Oia, and Lisbon has capped arrivals").
    `heads` keeps each member's head once found, and `run_ends` each member's end of run for `opens_clause`, so
    that a list of thousands is walked once, not once per member."""
    return spans[walk_to_opening(idx, heads, lambda k: _JOINED.fullmatch(text, spans[k - 1].end, spans[k].start)
                                 is not None and not opens_clause(text, spans, k, run_ends))]


def _body_of(text: str, s: NameSpan) -> Optional[str]:
    """"the city of Westford": the kind of municipal body the name follows, or None."""
    lo = max(0, s.start - 60)
    # The pattern ends in "of" and white space: a name written after anything else skips the search.
    if not text[lo : s.start].rstrip().endswith("of"):
        return None
    m = _BODY_OF.search(text, lo, s.start)
    if m is None or m.end() != s.start or m.group(1) not in _BODY_KINDS:
        return None
    return m.group(1)


def _populated(s: NameSpan) -> bool:
    """A town, a division or a country: the places that have a council, not a river or a mountain."""
    return any(c.exact and c.feature_code.startswith(_PLACE_CODES) for c in s.candidates)


def _verb_start(text: str, end: int, listed: bool) -> Optional[tuple[list[str], str, int]]:
    """The lower-case words after a name up to its verb: (auxiliaries, verb, end of the verb), read through an
    aside set off by commas and, after "the counties of", through the rest of the list. None when the name
    is not followed by words of its own clause."""
    pos = end
    if listed:
        m = _LIST_TAIL.match(text, pos)
        pos = m.end()
    m = _ASIDE.match(text, pos)
    if m is not None:
        pos = m.end()
    words: list[str] = []
    while len(words) < 5:
        m = _WORDS.match(text, pos)
        if m is None:
            return None
        word = m.group(1)
        pos = m.end()
        if word in _AUXILIARIES or word in BE_FORMS or (word.endswith("ly") and len(word) > 5):
            words.append(word)
            if word in BE_FORMS:
                expected = _EXPECTED.match(text, pos)
                if expected is not None:
                    # "is expected to": the deed after it is the body's, as after "will"
                    words += [_EXPECTED_MARK, "to"]
                    pos = expected.end()
            continue
        return words, word, pos
    return None


def _council_deed(words: list[str], verb: str, text: str, after: int, governs: bool = False) -> bool:
    """"will pay", "approved", "agreed", "will share the cost": a deed only a council does, in the active.
    `governs`: the name can be a country or a first-level division, which legislates."""
    if verb in _DELIBERATING:
        return any(w in BE_FORMS for w in words)  # "Oakvale is weighing a ban", "is still weighing"
    # Only "is expected to" lifts the passive's guard, and not before "be" ("is expected to be approved as the
    # site", "was to be approved"): a passive tells what others do with the place.
    expected = _EXPECTED_MARK in words and not any(w in BE_FORMS for w in words[words.index(_EXPECTED_MARK):])
    if any(w in BE_FORMS for w in words) and not expected:
        return False
    if verb == "set":
        return _SET_ASIDE.match(text, after) is not None
    if verb in _FOLLOWS:
        # "follow suit"; a state or country also bare at the clause's end ("Saxony passed the rules, and
        # Thuringia is expected to follow"), where a town's "follow" is as often what comes next
        return expected and (_SUIT.match(text, after) is not None
                             or (governs and _CLAUSE_END.match(text, after) is not None))
    if verb in _COST_VERBS:
        return (verb not in _DEED_S_NOUNS or bool(words)) and _COST_OBJECT.match(text, after) is not None
    if verb in _DEED_PAST:
        return not re.match(r"\s+by\b", text[after : after + 5])  # "approved by the board": a passive
    if verb in _DEED_S:
        return True
    if verb in _DEED_S_NOUNS:
        return _OBJECT_START.match(text, after) is not None
    return verb in _DEED_PLAIN and any(w not in BE_FORMS for w in words) and bool(set(words) & _MODALS)


_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall", "to"})

# A county's or a parish's services: only its government opens or closes what it runs ("Blaine County opened its
# fairground buildings to travellers", "Allegany County closed 14 roads", "the parish reopened two shelters").
# Read for counties, parishes and boroughs alone: a town that "closed" or "opened" is as often a side closing a season or
# opening a game ("Havre closed the season with a win"), and a road or a shop is a thing closed, not a closer.
# "Hawaii County will add two bus runs", "the borough added three shelters": a county adds to what it runs too.
_SERVICE_PAST = frozenset({"opened", "closed", "reopened", "shut", "added"})
_SERVICE_S = frozenset({"opens", "closes", "reopens", "shuts", "adds"})
_SERVICE_PLAIN = frozenset({"open", "close", "reopen", "shut", "add"})
# A county's or a borough's plea to the government above it: "the borough will ask the state to light the
# highway", "Pike County asked the federal government for aid". Only a government petitions another one so;
# the ground a road crosses asks nothing.
_PETITION = frozenset({"ask", "asks", "asked", "petition", "petitions", "petitioned", "lobby", "lobbies", "lobbied"})
# The plea names what it asks for or what the state should do ("asked the state for $4 million", "asked the federal
# government to help"): "asked the state athletic association to move the game" is a school's or a team's
# request, not the county's.
_GOVERNMENT_WORD = (r"(?:state|states|federal|province|provincial|government|governor|legislature|lawmakers|"
                    r"congress|parliament|ministry|department|officials|agencies)")
_HIGHER_GOVERNMENT = re.compile(rf"\s+(?:the\s+)?{_GOVERNMENT_WORD}(?:\s+{_GOVERNMENT_WORD})?\s+(?:for|to)\b")
# What such a verb takes: the government's own things or a count of them, not "closed to traffic" or "opened in".
# The head noun decides, within a few words: a county runs roads, shelters and offices, but the week, the year,
# a gap or a chapter it "opened" or "closed" is a stretch of time or a figure of which it is the ground ("Polk
# County closed the year with its lowest jobless rate").
_OBJECT_COUNT = (
    r"\s+(?:its|their|the|a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|all|more|most|some|"
    r"every|each)\b"
    # the first word after the determiner is no stretch of time or figure ("the week with shelters filling", "the
    # gap in school scores"), and the words before the head cross no preposition ("the year with its roads")
    r"(?!\s+(?:week|weeks|weekend|month|months|year|years|season|seasons|decade|day|days|summer|winter|spring|fall|"
    r"autumn|half|quarter|gap|lead|chapter|door|books?|\d{4})(?![\w'’]))"
    r"(?:\s+(?!(?:in|with|of|at|on|for|to|from|by|as|after|before)\b)[\w'’-]+){0,3}?\s+")
_SERVICE_OBJECT = re.compile(
    _OBJECT_COUNT + r"(?:roads?|lanes?|bridges?|stretch|streets?|highways?|ramps?|trails?|"
    r"shelters?|cent(?:er|re)s?|offices?|courthouses?|landfills?|dumps?|parks?|beach(?:es)?|schools?|librar(?:y|ies)|"
    r"fairgrounds?|buildings?|barns?|polling|campgrounds?|pools?|clinics?|jails?|facilit(?:y|ies)|halls?|"
    r"stations?|sites?|services?|doors|gates|ferr(?:y|ies)|terminals?|docks?|marinas?|bus(?:es)?|routes?)\b")
# What a county "adds" as its government: services only a government runs. Centers, sites, stations, buildings
# and schools are as often what a growing county gains ("added nine data centers", "adds two gas stations a
# year"), as "add" with a sum is (`_GROWING` below).
_ADDING = frozenset({"added", "adds", "add"})
_ADDED_SERVICE = re.compile(
    _OBJECT_COUNT + r"(?:bus(?:es)?|routes?|runs|shelters?|polling|lanes?|offices?|clinics?|ferr(?:y|ies)|"
    r"patrols?|deputies|officers|shuttles?)\b")
_BODY_NAME = re.compile(r"\b(?:county|parish|borough)$")
# A sum given by a council: "the city of X will add $150,000", "Oakvale pledged $2 million", "the county put up
# £40,000". Giving money from its budget is a council's deed whatever the verb, so long as an amount follows.
_GIVING_PAST = frozenset({"added", "gave", "pledged", "committed", "provided", "offered", "chipped", "kicked", "put",
                          "granted", "awarded", "donated"})
_GIVING_S = frozenset({"adds", "gives", "pledges", "commits", "provides", "offers", "chips", "kicks", "puts", "grants",
                       "awards", "donates"})
_GIVING_PLAIN = frozenset({"add", "give", "pledge", "commit", "provide", "offer", "chip", "kick", "put", "grant",
                           "award", "donate"})
_SUM = re.compile(r"\s+(up\s+|in\s+)?(?:another\s+|an\s+extra\s+|a\s+further\s+|nearly\s+|about\s+|some\s+|"
                  r"almost\s+|up\s+to\s+|more\s+than\s+)?[$£€]\s?\d(?:[\d.,]*\d)?(?:\s*(?:million|billion|thousand|"
                  r"m|bn|k)\b)?")
# "add" and "put" are as often a place's growth as a council's gift ("Tulsa added $2 billion in new construction",
# "added $3 billion in taxable value to its rolls"): with them the sum's clause must name where it goes, a fund,
# a budget, a project or those it helps, or the purse it comes from ("add $90,000 from its lodging tax", "added
# $40,000 to the relief fund", "added $2 million for flood victims"), before a comma closes it ("added $800,000,
# a gain credited to the new arena project"); "put up $40,000" and "put in $40,000" are gifts as they stand.
_GROWING = frozenset({"added", "adds", "add", "put", "puts"})
_GIVEN_TO = re.compile(
    r"[^.;,!?]{0,80}?\b(?:from\s+(?:its|their|the)\b|(?:to|toward|towards|for|into)\s+"
    r"(?:(?:its|their|the|a|an|this|that|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:funds?|budgets?|reserves?|projects?|programs?|programmes?|relief|recovery|victims|families|residents|"
    r"shelters?|effort|campaign|plan|grants?|account|pot|pool|initiative|scheme|appeal|repairs?|clean-?up|"
    r"rebuilding|reconstruction|renovation|construction\s+of|cost|costs|bill|payroll|salaries|raises|"
    r"police|schools?|hospital|library|park|road|roads|bridge|charity|charities|nonprofits?|food\s+bank)\b)")


def service_deed(words: list[str], verb: str, text: str, after: int, county: bool) -> bool:
    """"opened its fairground buildings" (a county or a parish only) or "will add $150,000" (any council): a
    deed of the body that runs the place, in the active ("Dade County opened in 1836" takes no object and keeps
    the ground). WHY apart from `_council_deed`: these verbs are deeds
    only with the object they take here, which the plain deed verbs ("approved", "will pay") do not need."""
    if any(w in BE_FORMS for w in words):
        return False  # "was closed", "is opened": what others do with the place
    modal = bool(set(words) & _MODALS)
    if county and (verb in _SERVICE_PAST or verb in _SERVICE_S or (verb in _SERVICE_PLAIN and modal)) \
            and (_ADDED_SERVICE if verb in _ADDING else _SERVICE_OBJECT).match(text, after) is not None:
        return True
    if county and verb in _PETITION and _HIGHER_GOVERNMENT.match(text, after) is not None:
        return True
    if verb in _GIVING_PAST or verb in _GIVING_S or (verb in _GIVING_PLAIN and modal):
        m = _SUM.match(text, after)
        if m is None:
            return False
        return verb not in _GROWING or (verb.startswith("put") and m.group(1) is not None) \
            or _GIVEN_TO.match(text, m.end()) is not None
    return False


# "were warned of further rain", "has been warned about flooding": a warning of weather or of a hazard of the land
# is issued for the ground it will strike, not addressed to a party as "was warned of sanctions" is. Up to three
# words (a determiner, "more", "heavy", "flash") may stand before the hazard's noun. Only "warned": it is the one
# passive of `_PARTY_PASSIVES` a forecast is given in.
_WARNED_VERBS = frozenset({"warned"})
_HAZARD_AFTER = re.compile(r"\s+(?:of|about|to\s+expect)((?:\s+[A-Za-z-]+){1,4})(?:\s+([a-z]+))?")
# Words that close the warning's noun phrase ("warned of consequences if the floods ..."): a hazard after them is
# another clause's.
_PHRASE_ENDS = frozenset({"if", "that", "for", "from", "by", "over", "in", "on", "after", "unless", "should"})
# The hazards of weather and of the land a forecast warns a place of. Not fire, blasts, explosions, outbreaks or
# disease, which a party is as often warned of as figures ("fire and fury", "an explosion in public debt", "an
# outbreak of violence"). A capitalised storm's title counts ("warned of Typhoon Mawar").
_WARNING_HAZARDS = frozenset({
    "rain", "rains", "rainfall", "downpours", "monsoon", "snow", "snowfall", "snowstorm", "snowstorms", "blizzard",
    "blizzards", "hail", "hailstorms", "frost", "flood", "floods", "flooding", "floodwaters", "storm", "storms",
    "typhoon", "typhoons", "cyclone", "cyclones", "hurricane", "hurricanes", "tornado", "tornadoes", "wind", "winds",
    "gales", "heatwave", "heatwaves", "drought", "wildfires", "bushfires", "landslide", "landslides", "mudslides",
    "avalanche", "avalanches", "tsunami", "earthquake", "aftershocks", "eruption"})
# "a flood of migrants", "a storm of protest": a hazard's noun before "of" is a figure, unless a measure follows
# ("winds of up to 200 km/h", "rainfall of more than 90 mm", "floods of three metres"). "over" and "around" after
# it say when or where the hazard strikes ("snow over the weekend", "landslides around the town"), no figure.
_MEASURE_AFTER_OF = re.compile(r"\s+of\s+(?:\d|(?:up|more|less|over|nearly|about|around|at|as|almost|some|two|three|"
                               r"four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundreds?)\b)", re.I)
# A capitalised hazard word is a storm's title only before a capitalised name ("Typhoon Mawar", "Storm Babet"); the
# same words name aircraft and missiles ("Typhoon delivery delays", "Tornado jets", "Storm Shadow strikes").
_STORM_TITLE = re.compile(r"\s+[A-Z][a-z]+(?:\s+([a-z]+))?")
_WEAPON_NAMES = frozenset({"shadow"})  # "Storm Shadow", the cruise missile
# Nouns after such a title that make it a weapon's or an aircraft's ("Typhoon jet", "Tornado fighter delivery").
_ARMS_NOUNS = frozenset({"missile", "jet", "fighter", "delivery", "deliveries", "order", "contract", "programme",
                         "program", "deal", "purchase", "sale"})
_OF_AFTER = re.compile(r"\s+of\s")


def _storm_title(text: str, end: int) -> bool:
    """Whether a capitalised hazard word ending at `end` titles a storm: a name follows, and no weapon's plural
    or noun after the name ("Storm Shadow strikes")."""
    m = _STORM_TITLE.match(text, end)
    if m is None or text[end:m.end(0)].split()[0].lower() in _WEAPON_NAMES:
        return False
    nxt = m.group(1)
    return nxt is None or not (nxt.endswith("s") and not nxt.endswith("ss")) and nxt not in _ARMS_NOUNS


def _hazard_warning(text: str, verb: str, after: int) -> bool:
    """Whether a passive "warned" is a warning of a natural hazard: "Toyama was warned of further rain", not "of a
    flood of migrants", "of an outbreak of violence" or "of Typhoon deliveries"."""
    if verb not in _WARNED_VERBS:
        return False
    m = _HAZARD_AFTER.match(text, after)
    if m is None:
        return False
    base = m.start(1)
    for wm in re.finditer(r"[A-Za-z-]+", text[base : m.end(1)]):
        raw = wm.group(0)
        word = raw.lower()
        if word in _WARNING_HAZARDS:
            end = base + wm.end()
            if raw[:1].isupper():
                return _storm_title(text, end)
            return _OF_AFTER.match(text, end) is None or _MEASURE_AFTER_OF.match(text, end) is not None
        if word in _PHRASE_ENDS:
            return False
    return False


def _party_passive(words: list[str], verb: str) -> bool:
    """"was criticised", "have been asked", "was not represented": a passive of a verb aimed at a party."""
    return verb in _PARTY_PASSIVES and any(w in BE_FORMS for w in words)
