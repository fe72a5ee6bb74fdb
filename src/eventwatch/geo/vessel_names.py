"""Ships, ferries and boats named for places ("the ferry Columbia", "the tanker Kuwait Star").

Ferries, freighters and research ships are often named for rivers, towns and states, and local papers write
the kind of vessel in lower case, after an article or a possessive, right before the name. A name so
introduced is the vessel's, and so is the same whole name written later with "the" alone and nothing of a
place around it ("while the Columbia was repaired").

The namesake is written the same way, so the reading stays narrow:
- the kind word must be a noun: "the ferry X", "its state ferry X", "the Coast Guard cutter X"; after a verb's
  subject it is a verb ("growers ship Idaho potatoes", "crews will dredge Galveston Bay"), and so after an
  article and a lower-case plural, which is that subject ("The growers ship Idaho", "Their trucks ship Iowa");
- a name followed by a plural of people is their town ("the ferry Bremerton commuters take");
- "carrier" alone is a firm (an airline, a phone company); only an aircraft carrier is a ship;
- a later "the X" is the ship only after the ship was introduced, and not where a place cue comes before
  "the" ("down the Hudson", "in the Tacoma area") or a place noun follows the name ("the Yakima basin");
- a two-word name ("the tanker Kuwait Star") is the ship as a whole: a later "the Kuwait" is not it.
A place cue still wins elsewhere: "the ferry to Columbia" names the town.
"""
from __future__ import annotations

import re

from eventwatch.geo.modifier_nouns import modifies_a_noun
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import normalise
from eventwatch.geo.sources import _country_names

# Lower-case words for a vessel that a ship's name follows directly. "carrier" only as "aircraft carrier".
_KINDS = (r"ferry|ship|vessel|boat|tanker|freighter|tug|tugboat|barge|trawler|schooner|yacht|steamer|"
          r"sternwheeler|riverboat|icebreaker|dredge|cutter|frigate|destroyer|submarine|aircraft carrier|liner|"
          r"containership|sailboat|catamaran")
# An article or a possessive, then at most two words of an owner or a class ("the state ferry", "the Coast
# Guard cutter", "its research vessel"), then the kind word: the kind word is then a noun, not a verb. Neither
# a modal nor a lower-case plural ("The growers ship", "Their trucks ship": the verb's subject) is such a word;
# a capitalised owner ("the Navy's destroyer") may end in "s". Words in -ous, -us, -as, -is and -ss are no
# plurals ("the famous ferry", "the gas tanker", "its previous ship").
_DETERMINER = r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)"
_INTRODUCED = re.compile(rf"\b{_DETERMINER} (?:(?!(?:will|would|can|could|must|may|might|should|to|did|does|do)"
                         rf" |[a-z][\w-]*[^suai\W]s )[\w'’-]+ ){{0,2}}(?:{_KINDS}) (?=[A-Z])")
# What `_INTRODUCED` cannot match without, tested first: a kind word and a space (a substring test at C speed),
# then a kind word right before a capital. Its search opens on a word boundary and an article, tried at
# every position of the text, while a story names a vessel in about one document of a hundred.
_KIND_WORDS = tuple(k + " " for k in _KINDS.split("|"))
_KIND_BEFORE_NAME = re.compile(rf"(?:{_KINDS}) (?=[A-Z])")
# Capitalised words of the ship's name after its kind (a second one when two words make the name).
_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")
# A plural noun of people after the name makes the name their town's ("the ferry Bremerton commuters take").
_PEOPLE_AFTER = re.compile(r" [a-z]+(?:ers|ents|ors|ians|ans|ists|ees|ies|ople|ilies)\b")
# Lower-case place nouns after a name that make it the place's ("the Tacoma area", "the Yakima basin").
_PLACE_NOUN_AFTER = re.compile(r" (?:area|areas|coast|coastline|basin|valley|region|border|county|river|bay|delta|"
                               r"watershed|shore|shoreline|waterfront|estuary|plain|plains|metro|corridor|"
                               r"community|neighborhood|neighbourhood|district|city|town|side)\b")
# Words right before "the" that make what follows a place ("down the Hudson", "in the Tacoma area").
_LOCATIVE_BEFORE_THE = re.compile(r"\b(?:in|along|near|down|up|across|into|past|through|toward|towards|to|from|off|"
                                  r"over|beside|at|on) [Tt]he $")
# Verbs that act on a river, a bay or the land right before "the": what follows is the water, not the ship
# ("ice choked the Hudson", "kayakers paddled the Columbia", "crews crossed the Kingston").
_WATER_VERB_BEFORE_THE = re.compile(r"\b(?:chok|froz|freez|flood|cross|swim|swam|row|paddl|fish|dredg|span|bridg|"
                                    r"overflow|navigat|pli|ply|kayak|canoe|drain|pollut|ford)[a-z]* [Tt]he $")
# The lower-case word after a name.
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# What a vessel has or undergoes: after an introduced ship's name they are the ship's ("the Columbia crew", "the
# Columbia route"), not nouns a place modifies.
_SHIPS_OWN_NOUNS = frozenset({"crew", "captain", "master", "skipper", "route", "run", "sailing", "schedule", "hull",
                              "engine", "deck", "cargo", "spill", "wreck", "wreckage", "fire", "accident", "sinking",
                              "collision", "passenger", "voyage", "owner", "operator"})


class VesselNames(dict[str, list[int]]):
    """The names a document gives vessels, each with the offsets of its introductions, and `within`: the
    start of each word of an introduced name, with the end of that name, so that asking whether a span lies
    in one is a lookup, not a walk over every introduction (asked once per name the document holds)."""

    def __init__(self) -> None:
        super().__init__()
        self.within: dict[int, int] = {}


# What after a name after a vessel word makes the name open the next clause instead ("The tanker Yemen's
# Houthis attacked", "The ship Pakistan Navy escorted", "The boat Libyan coastguards intercepted", "The ship
# Israel says ...", "The ferry Aberdeen to Kirkwall"): a possessive, an armed or official body, a verb of saying,
# a route's "to".
_CLAUSE_AFTER_NAME = re.compile(r"(?:['’]s\b| (?:[Nn]avy|[Cc]oast ?[Gg]uards?|[Cc]oastguards?|[Pp]olice|[Aa]rmy|"
                                r"officials|authorities|forces|troops|guards|militants|rebels|pirates)\b"
                                r"| (?:says|said|claims|claimed|alleges|alleged|accuses|accused)\b| to [A-Z])")
# A verb done to a ship right after a country's name: the name is the subject of a clause with its "that" dropped
# ("The ship Iran seized", "The tanker Greece impounded"), not a ship named for a country, which does what ships
# do ("the ship Jordan docked in Haifa").
_PAST_AFTER = re.compile(r" (?:seized|impounded|detained|attacked|boarded|intercepted|escorted|struck|hit|"
                         r"captured|hijacked|targeted|sanctioned|blacklisted|chartered|bought|sold|welcomed|allowed|"
                         r"rescued|stopped|searched|inspected|banned|refused|turned|shelled|fired|towed|sank)\b")


def _opens_a_clause(text: str, name: re.Match) -> bool:
    """Whether the capitalised words after the vessel word open the next clause rather than name the ship."""
    words = name.group(0).split(" ")
    if any(w.endswith(("'s", "’s")) for w in words):
        return True  # "The tanker Yemen's Houthis attacked": an owner's possessive, no ship's name
    first_end = name.start() + len(words[0])
    if _CLAUSE_AFTER_NAME.match(text, first_end) or _CLAUSE_AFTER_NAME.match(text, name.end()):
        return True
    return normalise(name.group(0)) in _country_names() and _PAST_AFTER.match(text, name.end()) is not None


def _may_introduce(text: str) -> bool:
    """Whether `text` holds what every `_INTRODUCED` match holds: a kind word right before a capital."""
    return any(k in text for k in _KIND_WORDS) and _KIND_BEFORE_NAME.search(text) is not None


def vessel_names(text: str) -> VesselNames:
    """Names the document gives vessels, each with the offsets where it is introduced: the capitalised words
    right after a lower-case word for a vessel that follows an article or a possessive."""
    out = VesselNames()
    if not _may_introduce(text):
        return out
    for m in _INTRODUCED.finditer(text):
        name = _NAME.match(text, m.end())
        if name is None or _PEOPLE_AFTER.match(text, name.end()) or _opens_a_clause(text, name):
            continue
        out.setdefault(name.group(0), []).append(name.start())
        at = name.start()
        for word in name.group(0).split(" "):
            out.within[at] = name.end()
            at += len(word) + 1
    return out


def _modifies_a_singular_noun(text: str, end: int) -> bool:
    """Whether the lower-case word after a name is a singular noun the name modifies ("the Kingston ferry
    terminal"): a ship's name is followed by its verb ("the Columbia sank", "the Columbia carries cars") or by
    a noun of what a ship has ("the Columbia crew")."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return not word.endswith("s") and word not in _SHIPS_OWN_NOUNS and modifies_a_noun(word)


def named_vessel(text: str, s: NameSpan, names: dict[str, list[int]]) -> bool:
    """Whether the name s is a vessel's: within a name right after a word for one ("the ferry Columbia", the
    "Kuwait" of "the tanker Kuwait Star"), or a whole such name written again after "the" alone, after the
    ship's introduction, with no place cue before "the" and no place noun after it ("the Columbia was
    repaired")."""
    if not names:
        return False
    within = getattr(names, "within", None)
    if within is None:
        if any(start <= s.start and s.end <= start + len(name) for name, starts in names.items() for start in starts):
            return True
    elif s.end <= within.get(s.start, -1):
        return True
    starts = names.get(text[s.start : s.end])
    if starts is None or s.start <= starts[0]:
        return False
    before = text[max(0, s.start - 24) : s.start]
    if not before.endswith(("the ", "The ")) or _LOCATIVE_BEFORE_THE.search(before) \
            or _WATER_VERB_BEFORE_THE.search(before):
        return False
    return _PLACE_NOUN_AFTER.match(text, s.end) is None and _PEOPLE_AFTER.match(text, s.end) is None \
        and not _modifies_a_singular_noun(text, s.end)
