"""A place that escaped or weathered a storm, a quake or their damage ("Rota escaped the strongest winds",
"Havana weathered the hurricane", "Cebu, spared in 2013, escaped the typhoon again"): the subject is the place
the harm passed over.

Why: "escaped" and "weathered" are read, like any past tense after a country or a capital, as the deed of its
government, and so they are before a political object ("Pyongyang escaped sanctions", "Beijing weathered
criticism", "Grenada weathered the political crisis"): a government escapes a vote or censure. Only before an
object that is weather, a disaster or its harm ("the worst", "the brunt", "serious damage") is the verb what
the land underwent. Read from the verb's end over a few words of its object, in the verb's own clause only.

"X weathered the storm" with nothing after it is kept as the land's on purpose: news uses it of a storm far more
than of a crisis, and the figurative storm is most often named so ("the debt storm", "a storm in parliament",
"a storm over the media law"), which is refused.
"""
from __future__ import annotations

import re

# The verb just read, at its end: a plain, -s, -ed or -ing form of "escape" or "weather".
_SPARING = re.compile(r"(?<![\w-])(?:escap|weather)(?:e|es|ed|ing|s)?\Z")
# Storms and disasters: what falls on the land itself.
_DISASTERS = (r"(?:storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|winds?|gales?|floods?|flooding|"
              r"(?:earth)?quakes?|tremors?|tsunamis?|eruptions?|blizzards?|snowstorms?|landslides?|mudslides?|"
              r"wildfires?|bushfires?|droughts?|heatwaves?)")
# Their harm: "damage" or "destruction" alone or "to" something a storm breaks ("damage to its homes and roads",
# "destruction to the main port"), never "to" a standing or an account ("damage to its credit rating", "to its
# reputation"), which a government escapes.
_PHYSICAL = (r"(?:homes?|houses?|roads?|crops?|buildings?|infrastructure|ports?|harbou?rs?|bridges?|power\s+lines|"
             r"grid|roofs?|schools?|hospitals?|property|properties|farms?|fields?|airports?|dams?|coast(?:line)?|"
             r"villages?|towns?|shops?|boats?|railways?|livestock|buildings?|shelters?|churches|mosques?)")
_HARM = (r"(?:" + _DISASTERS + r"|(?:damage|destruction)(?!\s+to\s+(?!(?:(?:its|their|the|his|her)\s+)?"
         r"(?:[\w'’-]+\s+)?" + _PHYSICAL + r"\b)))")
# Words that make a storm a figure of speech ("the political storm", "the debt storm", "the trade winds").
_FIGURATIVE = (r"political|diplomatic|economic|financial|media|public|verbal|currency|debt|market|trade|fiscal|"
               r"budget|credit|legal|domestic")
# Up to three words of number or kind ("the full", "three", "serious"), none a preposition that would end the
# object nor a figurative word.
_KIND_WORDS = (r"(?:(?!(?:by|from|to|for|with|on|in|over|against|after|of|at|" + _FIGURATIVE + r")\s)"
               r"[\w'’-]+\s+){0,3}?")
# After the harm, words that make it a row: "of" or "over" ("a storm of criticism", "the storm over its trade
# policy"), a storm in a chamber ("a storm in parliament") or in a named place over a cause ("a storm in Brussels
# over the media law").
_ROW_AFTER = (r"(?!\s+(?:of|over|in\s+(?:parliament|congress|the\s+(?:senate|assembly|council|house|chamber|"
              r"legislature|cabinet|party|courts?))|(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+over)\b)")
# Its object: a harm noun not followed by a row, or "the worst", "the brunt", "the strongest" of a harm ("the
# worst of the cyclone"), never of something else ("the worst of the sanctions"), or alone (checked apart).
_HARM_OBJECT = re.compile(
    r"\s+" + _KIND_WORDS + r"(?:" + _HARM + r"\b" + _ROW_AFTER
    + r"|(?:worst|brunt|strongest|full\s+force)\b(?:(?P<bare>(?!\s+of\b))|\s+of\s+" + _KIND_WORDS + _HARM + r"\b))",
    re.IGNORECASE)
# "the worst" or "the brunt" alone is a harm only with a storm or a disaster in its sentence ("escaped the worst
# as the cyclone turned south"), not with a crisis ("weathered the worst as ministers resigned").
_DISASTER_WORD = re.compile(r"\b(?:" + _DISASTERS + r"|rains?|monsoons?|surges?|fires?|ash|lava|hail|snow|"
                            r"waves?)\b", re.IGNORECASE)
# Only a storm or a disaster proper, told in the sentence before, is what a bare "the worst" refers back to; rain,
# snow or fire there is as often the scene of other news ("Heavy rain fell on Colombo. Delhi escaped the worst,
# ministers said" of a scandal).
_DISASTER_NOUN = re.compile(r"\b" + _DISASTERS + r"\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?\n]")
# "the worst" or "the brunt" that ends its clause, with nothing of its own after it.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?]|\Z)")


def _disaster_in_sentence(text: str, at: int, back: bool) -> bool:
    """Whether a storm or disaster is named in the sentence around `at` (within 200 characters either side) or,
    where `back`, a storm or a disaster proper in the sentence before it: a "the worst" that ends its clause
    refers back to the storm just told of ("... the storm would weaken. Schools on Santo, which escaped the worst,
    reopen"); one that runs on is told of in its own sentence ("escaped the worst as ministers resigned")."""
    lo = max(0, at - 200)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, at)]
    start = starts[-1] if starts else lo
    m = _SENTENCE_END.search(text, at, at + 200)
    end = m.start() if m is not None else min(len(text), at + 200)
    if _DISASTER_WORD.search(text, start, end) is not None:
        return True
    return back and bool(starts) and _DISASTER_NOUN.search(text, starts[-2] if len(starts) > 1 else lo,
                                                           start) is not None


def spared_by_harm(text: str, verb_end: int) -> bool:
    """Whether the verb ending at `verb_end` is one of escaping or weathering and its object is weather, a
    disaster or its harm."""
    if _SPARING.search(text, max(0, verb_end - 10), verb_end) is None:
        return False
    m = _HARM_OBJECT.match(text, verb_end)
    return m is not None and (m.group("bare") is None or _disaster_in_sentence(
        text, verb_end, _CLAUSE_END.match(text, m.end()) is not None))


# From a name's end to its verb of escaping: an optional second subject ("Rota and Tinian"), an optional aside
# set off by commas ("Cebu, which was spared in 2013,") or the opening of a relative clause whose verb it is
# ("Schools on Santo, which escaped the worst, reopen"), then up to three auxiliaries or adverbs ("has again",
# "narrowly").
_SUBJECT_TO_VERB = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s*,[^,.;:!?\n]{1,80},|(?P<which>\s*,\s+which))?"
    r"\s+(?:(?:has|have|had|will|would|could|both|all|each|now|again|also|largely|once|\w+ly)\s+){0,3}"
    r"(?:escap|weather)[a-z]*\b")


def spared_subject(text: str, name_end: int, governed: bool = False) -> bool:
    """Whether the name ending at `name_end` is the subject of a verb of escaping or weathering whose object is
    weather, a disaster or its harm ("Fiji weathered the cyclone"): the place the harm passed over. The opening
    of a relative clause ("Santo, which escaped the worst") is read only where a preposition governs the name
    (`governed`: "Schools on Santo, which ..."); a subject is left to the verb of its own clause ("Dhaka, which
    escaped the worst, sent boats": the government's deed)."""
    m = _SUBJECT_TO_VERB.match(text, name_end)
    if m is None or not spared_by_harm(text, m.end()):
        return False
    if governed or m.group("which") is None:
        return True
    # A subject's relative clause is decided by the main verb after it: a deed ("Lusaka, which escaped the floods,
    # sent maize") is the government's, left to the metonymy rules; a verb of the place's own state ("..., which
    # weathered the storm, reopened its airport") makes it land. Otherwise only a bare "the worst" or "the brunt"
    # needs the governing preposition: an object that names the storm or the harm tells of the place.
    main = _MAIN_VERB.search(text, m.end())
    if main is not None and main.group(1).lower() in _DEED_VERBS:
        return False
    if main is not None and main.group(1).lower() in _STATE_VERBS:
        return True
    return _HARM_OBJECT.match(text, m.end()).group("bare") is None


# The first word after the relative clause's closing comma, in the same sentence.
_MAIN_VERB = re.compile(r"[^,.;:!?\n]{1,80},\s+(?:(?:has|had|have|then|later|quickly|soon|also)\s+)?([a-z]+)")
_DEED_VERBS = frozenset({"sent", "pledged", "offered", "donated", "dispatched", "signed", "said", "urged", "sends",
                         "pledges", "offers", "announced", "promised", "called", "asked", "flew", "gave", "vowed",
                         "warned", "condemned", "agreed", "voted", "declared", "deployed", "says"})
_STATE_VERBS = frozenset({"reopened", "resumed", "recovered", "stayed", "remained", "reopens", "resumes",
                          "stays", "remains"})
