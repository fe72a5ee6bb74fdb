"""An institution's seat ("the ministry in X", "a court in Y") or the institution as the event's target.

"The health ministry in Ramallah said" names where a speaker sits, and the event-location chooser ranks such a
seat after the sentence's other places. But an institution is as often what was attacked or where something
happened: "grenades hit the building of the ministry of state security in Tiraspol", "gunmen stormed the
Interior Ministry in X", "a bomb exploded outside the court in Quetta". Then its town is the event's place, not
a speaker's seat. What comes before the institution says which: an attack verb, or an event (a blast, a
landing, a rally) placed by a preposition ("exploded outside"), with only the institution's own words between,
makes it the target or the venue. A person placed by the same preposition ("a source inside the ministry",
"diplomats inside the embassy") speaks from the seat.

A bare "court" is a judge's bench, and so a seat, by default: "a spokesman for the court in X said", "the court
in Y heard" speak of a trial held there about a crime elsewhere. Only a court of another kind is not: a game's
or a mall's ("a football court in X", "a food court in Y") is where the event was, and a capitalised plural name
with no judicial word ("the Islamic Courts in X") is a movement's fighters, unless a trial is told of.
"""
from __future__ import annotations

import re

# Words that end an institution's noun phrase before they reach it: clause words, and the days and months
# that open a time phrase ("attacked on Monday the ministry" is not written; "on Monday, officials at the").
_DAYS_AND_MONTHS = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                    r"may|june|july|august|september|october|november|december")
_NP_STOP = rf"and|but|or|while|when|after|before|as|said|says|who|which|that|where|because|then|{_DAYS_AND_MONTHS}"
# Words that end the attacked institution's own noun phrase as well: a finite verb or a preposition other than
# "of" opens another clause or another phrase ("the attack on X was condemned by the ministry", "the raid on X
# reported from the"), whose institution is a speaker's seat, not the target.
_CLAUSE_STOP = (r"is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|did|does|do|"
                r"by|in|at|on|from|to|with|for|near|into|onto|during|since|against|toward|towards|over|under|"
                r"across|through|via|without|between|among|amid")
# The institution's noun phrase up to the institution word: articles, modifiers and its own name, lower or
# capitalised ("the heavily guarded provincial office of the", "the US", "the Supreme"), no comma.
_NP = rf"(?:(?!(?i:{_NP_STOP}|{_CLAUSE_STOP})\b)[A-Za-z][\w'’.-]*\s+)"
# A phrase that opens with a bare capitalised word is a proper name ("the attack on Kidal"): it runs on only in
# capitals or a possessive ("Interior Ministry", "Kidal's"), never into a new noun phrase ("on Gao the defence").
_PROPER_NP = r"(?:(?-i:[A-Z])[\w.-]*(?:['’]s)?\s+){1,4}"
_TARGET_NP = rf"(?:{_PROPER_NP}|(?!(?-i:[A-Z])){_NP}{{0,8}})"
# People placed at an institution speak from it ("a source inside the ministry", "staff at the embassy").
_PERSONS = (r"sources?|officials?|diplomats?|staff|employees?|workers?|someone|spokes(?:man|woman|person)|"
            r"people|officers?|aides?|members?|journalists?|reporters?|correspondents?|envoys?|ambassadors?|"
            r"lawyers?|judges?|prosecutors?|witness(?:es)?|residents?")

_TARGET_BEFORE = re.compile(
    # a verb whose object is the institution ("hit the building of the so-called", "stormed the Interior")
    r"\b(?i:hit|hits|struck|strikes|attacked|attacks|stormed|storms|targeted|targets|bombed|shelled|raided|"
    r"torched|burned|burnt|looted|ransacked|besieged|overran|seized|occupied|"
    # a crowd or a force closing in on it ("a mob surrounded the police post in X", "troops encircled the
    # governor's office in Y"): the building is the event's venue, whoever later speaks from it. Verbs only:
    # the plural nouns ("road blockades left the ministry in X short", "the surrounds of the office in Y") open
    # a subject whose institution is a seat
    r"surrounded|encircled|encircles|blockaded|"
    r"damaged|damages|destroyed|destroys|wrecked|gutted|demolished|vandali[sz]ed|blew\s+up|"
    r"set\s+fire\s+to|opened\s+fire\s+(?:on|at)|fired\s+(?:on|at|into)|thrown\s+(?:at|into)|"
    r"(?:attack|attacks|assault|raid|strike|strikes|bombing)\s+on|"
    # what was thrown or fired at it ("threw a grenade at the court in X", "fired two rockets into the base")
    r"(?:threw|hurled|lobbed|fired|launched)\s+(?:an?\s+|the\s+|\w+\s+)?[\w-]+\s+(?:at|into))"
    rf"\s+{_TARGET_NP}?$"
    # or an event placed by a preposition ("a bomb exploded outside the", "protesters gathered near the"),
    # with no person between them ("a blast ... officials inside the" keeps the officials' seat); not a bare
    # "on", which opens dates and media ("on Monday", "on state television"); harm done there likewise ("two
    # policemen were killed outside the court", "a bomber blew himself up at the")
    r"|\b(?i:exploded|explodes|explosion|explosions|blast|blasts|bomb|bombs|detonated|went\s+off|landed|fell|"
    r"gathered|rallied|protested|clashed|clashes|fighting|shooting|gunfight|attack|fire|"
    r"killed|shot|stabbed|wounded|injured|blew)"
    rf"(?:\s+(?!(?i:{_PERSONS}|{_NP_STOP})\b)[\w'’-]+){{0,4}}?"
    r"\s+(?i:at|near|outside|inside|into|behind|opposite|beside|in\s+front\s+of|next\s+to)"
    rf"\s+{_NP}{{0,5}}$"
)

# What says a court is a judge's bench whatever else is near: a judicial word before "court" ("the Supreme
# Court", "a military court", "the anti-terrorism court").
_JUDICIAL = frozenset({
    "supreme", "high", "military", "criminal", "district", "appeals", "appeal", "appellate", "federal", "special",
    "anti-terrorism", "anti-terror", "antiterrorism", "terrorism", "international", "constitutional", "juvenile",
    "magistrate", "magistrates", "magistrates'", "sharia", "revolutionary", "martial", "circuit", "superior",
    "crimes", "security", "sessions", "county", "regional", "provincial", "municipal", "family", "civil",
    "administrative", "court-martial",
})
# The kinds of court that are no bench: a game's or a mall's ("a football court", "the food court").
_NOT_JUDICIAL = frozenset({"food", "football", "basketball", "volleyball", "tennis", "sport", "sports", "squash",
                           "badminton", "futsal", "handball", "netball", "playing", "concrete", "outdoor",
                           "indoor"})
# "appeared before a court in X", "appeared in court in Y": a defendant before a judge
_APPEARED_BEFORE = re.compile(r"(?i)\bappear(?:s|ed|ing)?\s+(?:before|in)\s+(?:(?:an?|the)\s+)?$")
# A trial's verb or noun in the clause after the court's town ("a court in X convicted ...", "sentenced")
_TRIAL_AFTER = re.compile(
    r"(?i)^[^.;]{0,60}?\b(?:convicted|convicts|sentenced|sentences|tried|charged|acquitted|acquits|jailed|"
    r"ruled|rules|indicted|upheld|overturned|verdict|trial)\b"
)
# Harm told right after the court's town ("... at a court in X on Monday, killing six"): the court is where
# people were hurt, the event's venue.
_HARM_AFTER = re.compile(r"(?i)^[^.;,]{0,40},\s+(?:killing|wounding|injuring|leaving)\b")
# The court itself harmed, in the passive ("the court in X was looted by soldiers", "the Supreme Court in Y was
# attacked"): whatever its kind, it is the event's target, as an attack verb before it makes it.
_HARMED_AFTER = re.compile(
    r"(?i)^\s*(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:attacked|looted|ransacked|bombed|shelled|"
    r"torched|burned|burnt|stormed|raided|hit|struck|damaged|destroyed|wrecked|gutted|targeted|besieged|overrun|"
    r"seized|occupied|set\s+(?:on\s+)?fire|set\s+alight)\b")


def judicial_court(modifier: str, named: bool, before: str, after: str, court: str = "court") -> bool:
    """Whether `court` ("court" or "Courts" as written) with `modifier` right before it (the word, or an
    article), `named` by a capitalised "of" phrase ("Court of Appeal"), with `before` the words before the
    modifier and `after` the words after its town, is a judge's bench.

    A bare court is one by default: "a spokesman for the court in X said", "the court in Y heard" are a trial's
    seat. Only a court of a non-judicial kind (a game's, a mall's), or one harmed itself ("was looted"), is never
    one; harm told right after the town makes it the venue, and a capitalised plural name ("the Islamic Courts")
    is a movement; a judicial word, a defendant before it or a trial verb outweighs those two."""
    word = modifier.lower()
    if word in _NOT_JUDICIAL or _HARMED_AFTER.match(after) is not None:
        return False
    if word in _JUDICIAL or named or _APPEARED_BEFORE.search(f"{before}{modifier} ") is not None \
            or _TRIAL_AFTER.match(after) is not None:
        return True
    movement = court == "Courts" and modifier[:1].isupper() and modifier.lower() not in {"the", "a", "an"}
    return not movement and _HARM_AFTER.match(after) is None


def targeted_institution(before: str) -> bool:
    """Whether the words `before` an institution word ("... hit the building of the so-called ") make the
    institution the event's target or venue, not a speaker's seat."""
    return _TARGET_BEFORE.search(before) is not None


# The deeds a court tries, as a noun or a verb: where one of them is placed ("killings in X", "supplying arms to
# fighters in Y", "the money was hidden in Z"), that place, not the court's town, is the event's.
# Whole words, not stems: "executive", "supplies", "exploration" and a doctors' "strike" are no deeds
_DEED = (r"(?:kill(?:s|ed|ing|ings)?|murder(?:s|ed|ing)?|massacre[sd]?|slaughter(?:ed)?|attack(?:s|ed|ing)?|"
         r"bomb(?:s|ed|ing|ings)?|blasts?|explosions?|exploded|shell(?:s|ed|ing)|(?:air|drone|missile)\s*strikes?|"
         r"raid(?:s|ed)?|abduct(?:s|ed|ing|ions?)?|kidnap(?:s|ped|ping|pings)?|rap(?:e|ed|es|ing)|"
         r"tortur(?:e|ed|ing)|abuses?|abused|crimes?|criminal|atrocit(?:y|ies)|genocide|execut(?:ed|ing|ions?)|"
         r"shot|shoot(?:ing|ings)?|burn(?:ed|t|ing)|loot(?:ed|ing)|assault(?:s|ed)?|violence|clash(?:es|ed)?|"
         r"riots?|rioting|fight(?:ing)?|fought|hid|hidden|launder(?:ed|ing)|smuggl(?:ed|ing|ers?)|supplied|"
         r"supplying|disappear(?:ed|ances?)|joining|pogroms?|lynch(?:ed|ing|ings))")
# A rising tried as a whole ("sentenced 22 people over the unrest in X", "jailed for the uprising in Y"). These
# nouns are as often a charge ("inciting unrest"), a topic ("writing about the unrest") or a name for the armed
# side ("the rebellion's leader"), so they place the deeds only with the place right after them.
_RISING = r"(?:unrest|uprising|insurrection|rebellion|revolt|mutiny|disturbances)"
# A deed, then at most a short clause, then a place put there by a locative preposition ("killed three civilians
# in X", "the massacre of villagers in Y", "crimes committed in Z"); a month or a weekday is no place, and
# neither is a speaker's town the attribution ends on ("..., a rights group in Nairobi said"). A relative clause
# after the place ("the attack in X which police said killed 40", "in Y who witnesses said were unarmed") says
# something of the deed or its victims, so a speech verb inside it leaves the place the deed's. A rising may be
# dated between the noun and its place ("the unrest of 2016 in X", "the mutiny last year in Y").
_RELATIVE = r"(?:which|who|whom|whose|that|where|when)"
_DATED = r"(?:(?:of|in)\s+\d{4}\s+|last\s+(?:year|month|week|spring|summer|autumn|winter)\s+)"
_DEED_PLACED = re.compile(
    rf"(?i)(?:\b{_DEED}\b[^.;:]{{0,70}}?\b(?:in|at|near|outside|inside|around|across)|\b{_RISING}\s+{_DATED}?(?:in|at))"
    rf"\s+(?:the\s+)?(?!(?:{_DAYS_AND_MONTHS})\b)(?-i:[A-Z])"
    rf"(?![\w'’-]*(?:\s+(?!{_RELATIVE}\b)[\w'’-]+){{0,2}}\s+(?:said|says|told|reported|added)\b)"
)
# A place that names the deed itself or its victims ("the Srebrenica massacre", "victims of Y")
_DEED_NAMED = re.compile(
    r"(?-i:[A-Z])[\w'’-]+\s+(?i:massacre|killings|bombings?|genocide|attacks?)\b"
    r"|(?i:victims|survivors)\s+(?:of|from|in)\s+(?:the\s+)?(?-i:[A-Z])"
)


def deeds_placed(text: str) -> bool:
    """Whether `text` (a sentence less its court and the court's town) places the deeds a court tries elsewhere.

    Only then does the court's town give way as a seat. A destination ("deploying police to Haiti"), a topic
    ("reporting on Syria", "the election in X was valid") or a party ("spying for Israel") is no place of the
    deeds: the ruling, the event reported, happened in the court's town."""
    return _DEED_PLACED.search(text) is not None or _DEED_NAMED.search(text) is not None
