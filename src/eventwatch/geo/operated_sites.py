"""A country or a capital that runs, keeps or hands over a site ("a deal under which Italy runs two centres for
migrants", "Britain once kept an air base on Gan", "Britain hands over the Chagos Islands"): the subject is the
state that operates or yields the site, not ground where anything lies. The site itself is where the text puts
it ("on Gan", "on Albanian soil"), often in another country.

Why: a plain verb in -s after a name is as often a plural noun ("Italy runs" is rare, "Italy centres" is not),
so `associative._deed_after` reads "runs" only before an object's first word, and "two" is none; "kept" is a
verb of aspect ("China kept rising"), which is never a deed. Read here only where the object is a site a
government operates (a base, a centre, a camp, a port, troops) or, after a verb of yielding ("hands over",
"ceded"), a written name or "the": what a place undergoes ("Kenya runs short of fuel"), its figures ("Brazil
runs a trade surplus") or a side's result ("Peru kept its title") name no such site and are left alone. Not
"hosts" ("Djibouti hosts four bases" is where the bases are: geo/event_hosts.py leaves it literal), nor
"controls", which conflict reports use of armies holding towns.

The object follows the verb directly: a preposition after the verb or among the object's first words leaves
the verb with no site for its object ("Mombasa operates as the main port", "families fleeing Haiti ran to
camps", "Nairobi ran out of cells", "Chad keeps taking in refugees at camps"), and "keeps" before an -ing word
is a verb of aspect ("keeps receiving refugees"). A name that is the object of an -ing word before it ("fleeing
Syria", "leaving Haiti") is no subject at all.
"""
from __future__ import annotations

import re

# Up to two auxiliaries or adverbs of time between the name and its verb ("once kept", "has long kept").
_BEFORE_VERB = (r"(?:(?:once|still|now|also|already|jointly|effectively|currently|formerly|long|has|have|had|will|"
                r"would)\s+){0,2}")
# Verbs of running or keeping a site, in the forms news uses after a subject.
_RUNNING = (r"(?:runs|ran|operates|operated|administers|administered|manages|managed|keeps|kept|leases|leased|"
            r"maintains|maintained)")
# Sites a government runs or keeps: the object's head noun, after up to three words of number or kind.
_SITES = (r"(?:(?:air|naval|military|army)\s+)?(?:bases?|centres?|centers?|camps?|facilit(?:y|ies)|prisons?|"
          r"ports?|terminals?|garrisons?|airfields?|airstrips?|outposts?|troops|soldiers|forces|warships|embassy|"
          r"embassies|consulates?|checkpoints?|detention|listening\s+posts?|missile\s+sites?)")
# Prepositions and particles that, straight after the verb or among the object's first words, leave the verb
# with no site for its object ("operates as the main port", "ran to camps", "ran out of cells", "keeps taking
# in refugees at camps").
_NO_PREPOSITION = (r"(?!(?:as|to|into|onto|towards?|for|from|past|out|off|away|up|down|of|in|on|at|through|"
                   r"across|along|around|over|under|with|by|behind|after|before|between|near|like)\s)")
# A bound on a number is no preposition ("operates at least two bases", "runs up to five centres", "keeps over 200
# troops"): read before the preposition check, only where a number follows.
_QUANTIFIER = (r"(?:(?:at\s+least|at\s+most|up\s+to|more\s+than|fewer\s+than|less\s+than|over|under|around|about|"
               r"nearly|almost|roughly)\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|"
               r"dozens|hundreds|thousands)\b))?")
_RUNS_A_SITE = re.compile(
    r"\s+" + _BEFORE_VERB + _RUNNING + r"\s+" + _QUANTIFIER + _NO_PREPOSITION
    + r"(?:(?:the|a|an|its|their|two|three|four|five|six|several|some|both|thousands\s+of|hundreds\s+of|"
    r"\d[\d,]*)\s+)?(?:" + _NO_PREPOSITION + r"[a-z][\w'’-]*\s+){0,3}?" + _SITES + r"\b")
# "keeps" or "kept" before an -ing word is a verb of aspect ("Chad keeps receiving refugees"), never a site kept;
# not an -ing word that names the site or modifies the site noun after it ("keeps training camps", "keeps
# listening posts").
_ASPECT = re.compile(r"\s+" + _BEFORE_VERB + r"(?:keeps|kept)\s+(?!" + _SITES + r"\b)[a-z]+ing\b(?!\s+"
                     + _SITES + r"\b)")
# An -ing word just before the name makes it that word's object ("fleeing Myanmar", "leaving Haiti"), not the
# subject of the verb after it; not a verb of saying, whose clause the name opens ("saying Russia keeps troops"),
# nor a noun of time or "during" ("on Sunday morning Russia ...").
_OBJECT_OF_ING = re.compile(
    r"(?<![\w'’-])(?!(?:saying|claiming|noting|adding|arguing|insisting|alleging|warning|stating|suggesting|"
    r"showing|meaning|knowing|assuming|morning|evening|spring|during|thing|something|nothing|everything)\s)"
    r"[a-z]{2,}ing\s+(?:the\s+)?\Z")
# Verbs of yielding a territory, before "the" or a written name ("hands over the Chagos Islands", "ceded Hong
# Kong"): the state that gives it up.
_YIELDS = re.compile(
    r"\s+" + _BEFORE_VERB + r"(?:(?:hands|handed|hand)\s+(?:back|over)|cedes|ceded|relinquishe[sd])"
    r"\s+(?:sovereignty\s+(?:over|of)\s+)?(?:the\s+|[A-Z])")


def operates_site(text: str, start: int, end: int) -> bool:
    """Whether the words after a name (from `start` to `end`) make it the state that runs or keeps a site ("runs
    two centres", "once kept an air base") or yields a territory ("hands over the Chagos Islands")."""
    window = min(len(text), end + 120)
    if _YIELDS.match(text, end, window) is None and (_RUNS_A_SITE.match(text, end, window) is None
                                                     or _ASPECT.match(text, end, window) is not None):
        return False
    return _OBJECT_OF_ING.search(text, max(0, start - 30), start) is None
