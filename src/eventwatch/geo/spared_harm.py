"""A place that escaped or weathered a storm, a quake or their damage ("Rota escaped the strongest winds",
"Havana weathered the hurricane", "Cebu, spared in 2013, escaped the typhoon again"): the subject is the place
the harm passed over.

Why: "escaped" and "weathered" are read, like any past tense after a country or a capital, as the deed of its
government, and so they are before a political object ("Pyongyang escaped sanctions", "Beijing weathered
criticism", "Grenada weathered the political crisis"): a government escapes a vote or censure. Only before an
object that is weather, a disaster or its harm ("the worst", "the brunt", "serious damage") is the verb what
the land underwent. Read from the verb's end over a few words of its object, in the verb's own clause only.
"""
from __future__ import annotations

import re

# The verb just read, at its end: a plain, -s, -ed or -ing form of "escape" or "weather".
_SPARING = re.compile(r"(?<![\w-])(?:escap|weather)(?:e|es|ed|ing|s)?\Z")
# Storms, disasters and their harm: what falls on the land itself.
_HARM_NOUNS = (r"(?:storms?|hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|winds?|gales?|floods?|flooding|"
               r"(?:earth)?quakes?|tremors?|tsunamis?|eruptions?|blizzards?|snowstorms?|landslides?|mudslides?|"
               r"wildfires?|bushfires?|droughts?|heatwaves?|damage|destruction)")
# Its object: up to three words of number or kind ("the full", "three", "serious"), none a preposition that would
# end the object nor a word that makes the harm a figure of speech ("the political storm", "a diplomatic
# storm"); then a harm noun not followed by "of" or "over" ("a storm of criticism", "the storm over its
# trade policy"), or "the worst", "the brunt", "the strongest" either alone or of a harm ("the worst of the
# cyclone"), never of something else ("the worst of the sanctions").
_HARM_OBJECT = re.compile(
    r"\s+(?:(?!(?:by|from|to|for|with|on|in|over|against|after|of|at|political|diplomatic|economic|financial|"
    r"media|public|verbal)\s)[\w'’-]+\s+){0,3}?"
    r"(?:" + _HARM_NOUNS + r"\b(?!\s+(?:of|over)\b)"
    r"|(?:worst|brunt|strongest|full\s+force)\b(?:(?!\s+of\b)|\s+of\s+(?:[\w'’-]+\s+){0,2}?" + _HARM_NOUNS + r"\b))",
    re.IGNORECASE)


def spared_by_harm(text: str, verb_end: int) -> bool:
    """Whether the verb ending at `verb_end` is one of escaping or weathering and its object is weather, a
    disaster or its harm."""
    return _SPARING.search(text, max(0, verb_end - 10), verb_end) is not None \
        and _HARM_OBJECT.match(text, verb_end) is not None


# From a name's end to its verb of escaping: an optional second subject ("Rota and Tinian"), an optional aside
# set off by commas ("Cebu, which was spared in 2013,"), then up to three auxiliaries or adverbs ("has again",
# "narrowly").
_SUBJECT_TO_VERB = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s*,[^,.;:!?\n]{1,80},)?"
    r"\s+(?:(?:has|have|had|will|would|could|both|all|each|now|again|also|largely|once|\w+ly)\s+){0,3}"
    r"(?:escap|weather)[a-z]*\b")


def spared_subject(text: str, name_end: int) -> bool:
    """Whether the name ending at `name_end` is the subject of a verb of escaping or weathering whose object is
    weather, a disaster or its harm ("Fiji weathered the cyclone"): the place the harm passed over."""
    m = _SUBJECT_TO_VERB.match(text, name_end)
    return m is not None and spared_by_harm(text, m.end())
