""""Wrote to New Delhi asking it to reopen the route", "appealed to Kampala for funds": the place a plea is
addressed to is its government.

A letter, an appeal or a complaint goes "to" a party, and a request follows: what it asks for ("for more
money"), what the party should do ("to reopen", "asking it to", "seeking", "urging"). A country or a capital
written between the two is the government that receives the plea, as the object of "asked" or "urged" is
(associative.yaml's recipient_verbs); where no request follows, the name may be a destination ("wrote to Lagos
from Kano", "applied to Leeds") and is read as the text's other names are. A request is a thing asked for
(help, funds, compensation, the release of...) or a verb of what the party should do, never a stretch of time
("wrote to Lagos for three years") nor a rule's scope or purpose ("the ban applies to Lagos to curb smog").

A protest is made to a party and asks for nothing after it ("protested to Nicaragua", "lodged a formal protest
with Beijing", "sent a protest note to Hanoi"): the country or capital that receives it is its government
with no request needed. A protest carried somewhere ("took their protest to Geneva") or marchers "protesting
to" a town they go to leave the town a place.
"""
from __future__ import annotations

import re

# One party a plea goes to, when a second is joined to it with "and to" ("wrote to Accra and to the Togolese
# embassy asking ...", "appealed to Kampala and to the World Bank for funds"): a noun phrase of up to four words
# with no preposition (save "of": "the Ministry of Health"), time or number word in it, so a stretch of time, a
# source or a place after the party ("to Kano for three years", "to Mombasa every month", "to its members in
# Bulawayo") ends it, and what follows is read after the party, not taken for the plea's request.
_NOT_IN_PARTY = (r"(?!(?:for|to|every|each|as|in|at|on|from|by|with|while|since|after|before|during|until|"
                 r"through|over|but|and|or|then|when|because|once|twice|\d[\w,.]*)\b)")
_PARTY = r"(?:" + _NOT_IN_PARTY + r"[\w'’.-]+\s+){0,3}?" + _NOT_IN_PARTY + r"[\w'’.-]+"
# Any party of the plea: the name right after "to", or a later one after "to <party> and to" ("appealed to
# Juba and to Khartoum for calm", "wrote to Kigali and to Kinshasa and to Luanda seeking talks": the plea goes
# to every capital named, up to four parties, each read alike).
_SECOND_OF_TWO = r"(?:" + _PARTY + r"\s+and\s+to\s+){0,3}"
# The verb of the plea and "to" before the name: appeal, write, complain; "the" only before a country's name
# that takes it ("appealed to the Netherlands"). Not "apply to", which states a rule's scope ("the ban applies
# to Lagos for now"): "apply to" pleads only with a thing granted on request after it (`_APPLIED_FOR`), and
# never where a rule is what applies or "for" counts its cases (`_RULE_APPLIES`, `_COUNTED_FOR`).
_PLEA_BEFORE = re.compile(
    r"\b(?:appeal(?:s|ed|ing)?|wr(?:ote|ite|ites|itten|iting)|complain(?:s|ed|ing)?)"
    r"\s+to\s+" + _SECOND_OF_TWO + r"(?:the\s+)?\Z", re.IGNORECASE)
_APPEAL_BEFORE = re.compile(r"\bappeal(?:s|ed|ing)?\s+to\s+" + _SECOND_OF_TWO + r"(?:the\s+)?\Z", re.IGNORECASE)
_APPLIED_BEFORE = re.compile(r"\bappl(?:y|ies|ied|ying)\s+to\s+(?:the\s+)?\Z", re.IGNORECASE)
# What a plea asks for, after "for" ("appealed to Abuja for help", "for a ceasefire", "for the release of"):
# a list of things asked for, so that a stretch of time or a purpose ("for the next two weeks", "for the first
# time", "for visitors") is no request. "Security reasons" is a purpose, not a thing asked for.
_ASKED_FOR = (r"(?:help|aid|assistance|relief|funds?|funding|money|cash|compensation|support|clemency|mercy|"
              r"release|talks|intervention|protection|justice|action|permission|asylum|visas?|permits?|"
              r"loans?|grants?|food|medicine|troops|security(?!\s+reasons)|water|fuel|redress|ceasefire|truce|"
              r"end|return|inquiry|enquiry|investigation|amnesty|pardon|clarification|explanation|extradition|"
              r"calm|restraint|dialogue)")
# Up to two free lower-case words (an adjective, "more", "urgent humanitarian") after an optional article.
_FREE_WORDS = r"(?:(?:an?|the|its|their)\s+)?(?:[a-z]+\s+){0,2}?"
# A second party the same plea goes to, "and to" it, before the request (`_PARTY`): the name is still the first
# addressee of the one plea.
_CO_ADDRESSEE = r"(?:\s+and\s+to\s+" + _PARTY + r"){0,3}"
# "To" and a verb is what the party should do ("to reopen the route"), save, after a letter or a complaint, a
# verb of telling: one written "to say she was safe", "to tell his parents", "to let them know", "to ask after
# her" tells, and asks nothing of the place written to. An appeal always asks: "appealed to Khartoum to let
# convoys through", "to tell its forces to stop", "to inform agencies first" are what the government should do.
_TELLING = r"(?:say|tell|let\s+(?:me|us|him|her|them|you|it|everyone|people)\s+know|inform|thank|ask\s+after)\b"


def _request_after(telling_is_request: bool) -> re.Pattern[str]:
    """The request after the name (and any co-addressees): a verb of pleading, a thing asked for, or "to" and
    what the party should do, where a verb of telling counts only after an appeal (`_TELLING`)."""
    veto = "" if telling_is_request else "|" + _TELLING
    return re.compile(_CO_ADDRESSEE + (
        r"(?:\s*,?\s+(?:asking|seeking|urging|requesting|demanding|calling\s+on)\b"
        r"|\s+for\s+" + _FREE_WORDS + _ASKED_FOR + r"\b"
        r"|\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|\d)\b" + veto + r")[a-z]+\b)"))


_REQUEST_AFTER = _request_after(telling_is_request=False)
_APPEAL_REQUEST_AFTER = _request_after(telling_is_request=True)
# "Appealed to X for" is a plea with anything asked for after it ("for a bigger budget"), save a stretch of time
# or an occasion ("for three years", "for the first time"): the word "appeal" itself says a request is made.
_APPEAL_FOR = re.compile(
    r"\s+for\s+(?!(?:(?:a|an|the|\d+|many|several|some|few|first|last|second|next|past|two|three|four|five|six)"
    r"\s+)*"
    r"(?:days?|weeks?|months?|years?|decades?|hours?|time)\b)")
# "applied to X for asylum": an application pleads only for a thing granted on request (not "for asylum
# seekers", the people a rule covers), with up to two words saying what kind ("for drought relief funds",
# "for more flood recovery grants"), as a plea's request takes them (`_FREE_WORDS`).
_APPLIED_FOR = re.compile(r"\s+for\s+(?:(?:an?|the|more|its|their)\s+)?(?:[a-z]+\s+){0,2}?"
                          r"(?:asylum|visas?|permits?|funds?|funding|help|aid|money|grants?|loans?|licen[cs]es?|"
                          r"status|residence|residency|citizenship|refuge)\b"
                          r"(?!\s+(?:seekers?|applicants?|workers?|holders?)\b)")
# Whatever the verb's form, "apply to X for" states a rule's scope where a rule is what applies ("the surcharge
# applies to Lagos for import licences", "the new fees will apply to", "such caps also applied to"): a rule's
# noun as the verb's subject, right before it or with a modal or an adverb between, itself the head of its noun
# (not "the tax office applied", "a rules expert said Kenya applied") and no preposition's object ("traders hit
# by the levy applied to Brussels for aid", "the committee on fees applied": the pleaders are the subject).
# "For" counts a rule's cases ("for all business permits", "for every", "for each"), save after "applied" by a
# named party ("Uganda applied to Brussels for all the aid it could get"): a pleader applies for a thing, a rule
# applies to every case. Elsewhere the subject is a party ("Zambia applies to Beijing for debt relief loans")
# and the name receives a plea.
_RULE_APPLIES = re.compile(
    r"\b(?:rules?|levy|levies|fees?|quotas?|caps?|ceilings?|surcharges?|tax|taxes|bans?|limits?|tariffs?|"
    r"duty|duties|laws?|regulations?|restrictions?|requirements?|polic(?:y|ies)|charges?|fines?|moratori(?:um|a)|"
    r"curfews?|exemptions?|waivers?|rates?|subsid(?:y|ies)|measures?|provisions?|clauses?|conditions?|"
    r"discounts?|penalt(?:y|ies)|tolls?|rebates?|criteria|standards?|thresholds?|guidelines?)"
    r"\s+(?:(?:would|will|shall|may|might|could|should|must|can|also|now|only|still|already|then|equally|"
    r"likewise|further|again|not)\s+){0,2}appl(?:y|ies|ied|ying)\s+to\s+(?:the\s+)?\Z", re.IGNORECASE)
# Words whose object a noun is, so that a rule's noun after them is no subject ("hit by the levy").
_PREPOSITIONS = frozenset({"by", "of", "on", "in", "at", "with", "from", "about", "over", "against", "under",
                           "for", "to", "into", "after", "before", "during", "without", "through", "via"})
# A subject noun's determiner or modifiers, read past to find a preposition before them ("by the new levy").
_NOUN_WORDS = re.compile(r"[A-Za-z'-]+|[^\sA-Za-z'-]")
_COUNTED_FOR = re.compile(r"\s+for\s+(?:all|every|each)\b", re.IGNORECASE)
_PARTY_APPLIED = re.compile(r"\b[A-Z][a-z]+\s+applied\s+to\s+(?:the\s+)?\Z")


def _rule_applies(before: str) -> bool:
    """Whether a rule's noun is the subject of the "apply to" that `before` ends with (`_RULE_APPLIES`): no
    preposition among the three words before it ("hit by the levy", "the committee on fees")."""
    m = _RULE_APPLIES.search(before)
    if m is None:
        return False
    words = _NOUN_WORDS.findall(before[: m.start()])[-3:]
    for w in reversed(words):
        if not w[0].isalpha():
            return True  # the clause starts here: "Since 2019, the levy applies to"
        if w.lower() in _PREPOSITIONS:
            return False
    return True


def _counted(text: str, before: str, end: int) -> bool:
    """Whether "for" after the name counts a rule's cases ("for all", "for every", "for each") and no named
    party applied before it ("Uganda applied to Brussels for all the aid")."""
    return _COUNTED_FOR.match(text, end) is not None and _PARTY_APPLIED.search(before) is None


# A protest made to a party ("Honduras protested to Nicaragua", "lodged a strong diplomatic protest with
# Beijing", "sent a protest note to Hanoi"): unlike a letter, a protest is never sent to a destination, so no
# request need follow.
# Not the noun after a verb of carrying, which takes the protest somewhere ("took their protest to Geneva"), nor a
# bare "protesting to", which is marchers' going somewhere ("marched from Lyon protesting to Paris"): the
# participle makes a protest to a party only after an auxiliary ("has been protesting to Tokyo").
_PROTEST_BEFORE = re.compile(
    r"(?:\bprotested\s+to"
    r"|\b(?:is|are|was|were|been|keeps|kept|continues|continued)\s+protesting\s+to"
    r"|\b(?:lodg(?:ed|ing)|fil(?:ed|ing)|deliver(?:ed|ing)|submitt(?:ed|ing)|sen(?:t|ding)|hand(?:ed|ing))"
    r"\s+(?:an?\s+)?(?:(?:formal|strong|official|diplomatic|written|fresh|new|sharp)\s+){0,2}"
    r"protests?(?:\s+notes?)?\s+(?:to|with))"
    r"\s+" + _SECOND_OF_TWO + r"(?:the\s+)?\Z", re.IGNORECASE)


def plea_addressee(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] receives a plea: a verb of pleading and "to" before it and a request
    after it, or a protest made to it (see above)."""
    before = text[max(0, start - 80) : start]  # (room for a first party before "and to" the name)
    if _PROTEST_BEFORE.search(before) is not None:
        return True
    if _APPLIED_BEFORE.search(before) is not None:
        if _counted(text, before, end) or _rule_applies(text[max(0, start - 80) : start]):
            return False
        return _APPLIED_FOR.match(text, end) is not None
    if _PLEA_BEFORE.search(before) is None:
        return False
    appeal = _APPEAL_BEFORE.search(before) is not None
    if (_APPEAL_REQUEST_AFTER if appeal else _REQUEST_AFTER).match(text, end) is not None:
        return True
    return appeal and _APPEAL_FOR.match(text, end) is not None
