"""A verb of receiving whose object is people or craft arriving ("now welcomes tourists again", "welcomed its
first flights", "draws record numbers of visitors"): the subject is the place they come to.

Why: "welcomes" is listed among the verbs that make a capital its government ("Paris welcomed the decision"),
and so it is before a decision, a move or a party; before visitors, tourists, pilgrims or flights it tells what
arrives in the place, as "hosted the match" keeps a town a ground. Read from the verb's end over a few words
of the object, in the verb's own clause only.
"""
from __future__ import annotations

import re

# The verb just read, at its end: a plain, -s, -ed or -ing form of a verb of receiving.
_RECEIVING = re.compile(r"(?<![\w-])(?:welcom|receiv|attract|draw|drew|drawn)(?:e|es|ed|ing|s|n)?\Z")
# "draw" takes visitors only as a count ("drew record numbers of visitors", "draws millions of tourists"): bare,
# it takes a reaction or a result ("drew passengers' anger", "drew with the visitors").
_DRAWING = re.compile(r"(?<![\w-])(?:draw|drew|drawn)(?:s|ing|n)?\Z")
_COUNT = re.compile(r"\s+(?:record\s+)?(?:numbers|millions|thousands|hundreds|crowds|droves|hordes|scores)\s+of\b"
                    r"|\s+(?:more|fewer|[\d][\d,.]*(?:\s+(?:million|thousand))?)\s")
# Its object: an optional "back", up to three words of number or kind ("its first international", "record
# numbers of", "more foreign"), none a preposition that would end the object ("welcomed the move by
# tourists' groups"), then people or craft that travel to a place. Not "the visitors" or "the guests", a match
# report's away side ("Leeds welcomed the visitors with a fierce press"), nor the word before a side's name
# ("welcomed guests Wales") or as a possessor ("passengers' anger"). "The arrival of" an envoy, troops or ships is
# an event a government welcomes as it welcomes a decision ("Ottawa welcomed the arrival of refugees"); "arrivals"
# ("record tourist arrivals") and a bare "arrival" are the visitors themselves.
_VISITORS = re.compile(
    r"\s+(?:back\s+)?(?!the\s+(?:visitors|guests)\b)"
    r"(?:(?:(?!(?:by|from|to|for|with|on|in|over|against|after)\s)[\w'’-]+\s+){0,3}?)"
    r"(?:tourists?|visitors?|travell?ers?|holidaymakers?|holiday-makers?|vacationers?|pilgrims?|sightseers?|"
    r"backpackers?|cruise\s+ships?|cruise\s+passengers?|passengers?|flights?|arrivals|arrival(?!\s+of\b)|guests?)\b"
    r"(?![’']|\s+[A-Z])")
# A score in the verb's sentence ("... and led 2-0 at half-time"): a match report, whose visitors are a side. Not
# a range of a count ("20-25 million tourists a year").
_SCORE_IN_SENTENCE = re.compile(r"[^.!?\n]{0,160}?(?<![\w-])\d{1,3}\s*[-–]\s*\d{1,3}(?![\w%-])"
                                r"(?!\s*(?:million|thousand|billion|hundred|per\s*cent|percent))")


def receives_visitors(text: str, verb_end: int) -> bool:
    """Whether the verb ending at `verb_end` is one of receiving and its object is visitors or flights."""
    if _RECEIVING.search(text, max(0, verb_end - 10), verb_end) is None or _VISITORS.match(text, verb_end) is None:
        return False
    if _DRAWING.search(text, max(0, verb_end - 8), verb_end) is not None and _COUNT.match(text, verb_end) is None:
        return False
    return _SCORE_IN_SENTENCE.match(text, verb_end) is None


# From a name's end to its verb of receiving: an optional aside set off by commas ("Bali, hit by the ash cloud,"),
# then up to three auxiliaries, adverbs or words of joint action ("has now", "will again", "quickly", "have both").
_SUBJECT_TO_VERB = re.compile(
    r"(?:\s*,[^,.;:!?\n]{1,80},)?\s+(?:(?:has|have|had|will|would|could|now|again|also|already|soon|finally|"
    r"once|still|both|each|all|jointly|\w+ly)\s+){0,3}(?:welcom|receiv|attract|draw|drew)[a-z]*\b")


def receiving_subject(text: str, name_end: int) -> bool:
    """Whether the name ending at `name_end` is the subject of a verb of receiving whose object is visitors
    ("Bali, hit by the ash cloud, now welcomes tourists again"): the place they arrive in."""
    m = _SUBJECT_TO_VERB.match(text, name_end)
    return m is not None and receives_visitors(text, m.end())
