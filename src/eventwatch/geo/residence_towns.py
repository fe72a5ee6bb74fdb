"""A small town the gazetteer lacks, written as someone's home with its division after it: "Sam Ortiz, 22, of
Quillmoor, Kan., was charged", "a teacher from Sandplain, Kansas". Local news names people this way by the
hundred, and many of their towns are hamlets below any gazetteer's population line. "of" alone is too weak a
cue for an unknown capitalised word ("the Friends of Shelby"), but a state, county or country written right
after it, set off by commas, says that the word is a place in it, as plainly as "in" would. The town is
reported unresolved and stands in at that division.

Many such towns are named for their ground with ordinary words ("Maple Bend", "Stone Hollow", "Cedar Ridge"),
which the plain reading refuses as words ("bend", "stone"). Before ", State" and ending in a landform word, the
run is a town's name: a body's or an office's name ends otherwise ("Public Works", "Human Services"). An
office's name is an unknown run too ("head of Public Safety, Kansas"); it ends in what the office looks after
(cues.yaml office_subjects), which no town's name ends in.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.document_words import document_words
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.modifier_heads import home_head_after
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.unknown_names import plain_words, unknown_run

# Words before an unknown home town; "of" also opens a body's or a work's name, checked apart.
_HOME_CUES = frozenset({"of", "from"})
# An article before "Town, State" written as a modifier ("a Quillmoor, Kan. man", "the Pellbrook, Ontario
# court"): the pair qualifies the noun after it, which must be one a town has (geo/modifier_heads.py).
_ARTICLES = frozenset({"a", "an", "the"})
# Roles whose "of" takes a body, a work, a school or an office, not a home ("a graduate of Wesleyan, Ohio",
# "author of Lonesome Dove, Texas", "secretary of Natural Resources, Maryland"). A town's own officers ("the mayor
# of X, Kan.") are not among them: their "of" does take a town.
_ROLES_OF_BODIES = frozenset({"graduate", "graduates", "alumnus", "alumna", "alumni", "student", "students",
                              "author", "authors", "editor", "publisher", "founder", "co-founder", "member",
                              "members", "head", "director", "secretary", "commissioner", "chair", "chairman",
                              "chairwoman", "president", "dean", "professor", "fan", "fans", "owner", "ceo"})
# Division kinds that name a home town's container: a state or province, a county, a country.
_DIVISION_CODES = frozenset({"ADM1", "ADM2", "PCLI", "PCLD", "PCLS", "PCLF", "PCL"})
# Landform words that close a town's name built of ordinary words ("Maple Bend", "Oak Hill", "Spring Valley").
_LANDFORM_ENDINGS = frozenset({"bend", "bluff", "bluffs", "creek", "dale", "dell", "falls", "glen", "grove", "heights",
                               "hill", "hills", "hollow", "lake", "lakes", "landing", "meadow", "meadows", "ridge",
                               "springs", "valley"})
# The same endings for a list's unheld last member (geo/list_tail_unknowns.py: "from Crane and Paradise Valley").
LANDFORM_ENDINGS = _LANDFORM_ENDINGS


def unknown_home_towns(text: str, tokens: list[Token], taken: list[bool], readings: list[str],
                       span_at: dict[int, NameSpan], cues: Cues, persons: frozenset[str],
                       lower: frozenset[str]) -> list[NameSpan]:
    """Unknown names after "of"/"from" with a known division after a comma ("of Quillmoor, Kan."), marked
    taken. The division must end its clause (a comma, a full stop, a bracket or a lower-case word after it):
    "of Operations, Kansas City police said" is no home. After an article the pair must qualify a noun a town
    has ("a Pellbrook, Ontario court", not "the Cowboys, Texas fans": geo/modifier_heads.py), and the run must
    be no plural and no body's name."""
    out: list[NameSpan] = []
    # A home's pair needs a known division right after ", " (the test below, at the run's end): a document with
    # none has no home, and its every "of", "from" and article is passed over at once.
    if not any(x >= 1 and text[tokens[x].start - 2 : tokens[x].start] == ", "
               and _division_at(text, span_at, x) is not None
               for x in span_at):
        return out
    n = len(tokens)
    for k in document_words(tokens).positions(_HOME_CUES, _ARTICLES):
        t = tokens[k]
        article = t.norm in _ARTICLES
        if k + 2 >= n or not (t.text.islower() or article and t.text in ("A", "An", "The")):
            continue
        if article and (taken[k + 1] or not tokens[k + 1].text[:1].isupper()):
            continue  # (most articles: asked before the run is read)
        if k > 0 and (tokens[k - 1].norm in cues.organisation_heads or tokens[k - 1].norm in _ROLES_OF_BODIES):
            continue  # "the University of X, Kansas", "a graduate of X, Ohio": a body's name, not a home
        st = k + 1
        if text[t.end : tokens[st].start] != " ":
            continue
        e = unknown_run(text, tokens, taken, st, cues, persons, lower) or _landform_run(text, tokens, taken, st,
                                                                                      cues, persons)
        if e is None or e >= n or text[tokens[e - 1].end : tokens[e].start] != ", ":
            continue
        if e - st > 1 and tokens[e - 1].norm in cues.office_subjects:
            continue  # "head of Public Safety, Kansas": an office's name, not a home (one word may be a town:
            #           "from Security, Colorado")
        if article and not _modifier_run(tokens[st:e], cues):
            continue  # "the Cowboys, Texas fans", "a Toyota, Kentucky plant": a team's or a body's name
        division = _division_at(text, span_at, e)
        if division is None or article and not home_head_after(text, division.end):
            continue
        out.append(NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(readings[st:e]), unknown=True,
                            cue=t.norm, firm=True))
        for x in range(st, e):
            taken[x] = True
    return out


def _modifier_run(run: list[Token], cues: Cues) -> bool:
    """Whether an unknown run after an article may be a town: not a plural ("the Rangers", "the Beatles": teams
    and bands are named so, towns rarely end in a plain "-s") and no organisation's word in it."""
    last = run[-1].norm
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return False
    return not any(t.norm in cues.organisation_heads for t in run)


def _landform_run(text: str, tokens: list[Token], taken: list[bool], st: int, cues: Cues,
                  persons: frozenset[str]) -> Optional[int]:
    """One past a two- or three-word name of ordinary words closed by a landform word ("Maple Bend", "Stone
    Hollow"), each word capitalised and free, none a month, title, given name or other word the plain reading
    refuses for more than being ordinary; None where there is none."""
    e, n = st, len(tokens)
    while e < n and e - st < 3 and not taken[e] and tokens[e].text[:1].isupper() and tokens[e].text[1:].islower() \
            and (e == st or text[tokens[e - 1].end : tokens[e].start] == " "):
        e += 1
    if e - st < 2 or tokens[e - 1].norm not in _LANDFORM_ENDINGS or tokens[e - 1].hyphen_after:
        return None
    if not plain_words([t.norm for t in tokens[st:e]], cues, persons, frozenset(), ordinary=True):
        return None
    return e


def _division_at(text: str, span_at: dict[int, NameSpan], x: int) -> Optional[NameSpan]:
    """The known state, county or country name that token x opens, closing its clause; None where there is
    none."""
    s = span_at.get(x)
    if s is None or s.i != x or s.demonym or not any(c.exact and c.feature_code in _DIVISION_CODES
                                                          for c in s.candidates):
        return None
    after = text[s.end : s.end + 2]
    if after[:1] in (",", ".", ";", ")", "") or (after[:1] == " " and after[1:2].islower()):
        return s
    return None
