"""When an abbreviation the automaton matched stands for its place where the text writes it ("Slidell, La",
"a Ky. man", "S.C. 5", "R-NY", "in DC"), and when it is only letters ("IN", "OR", "MP").
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.cue_readers import _PARTY_STATE, institution_follows
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import SENTENCE_BREAK
from eventwatch.geo.normalise import Token
from eventwatch.geo.spelled_out_codes import spelled_out_elsewhere
from eventwatch.geo.short_forms import ShortForm, inner_period, stands_alone, written_as


# What ends a route number ("S.C. 5 near...", "W.Va. 61.", "S.C. 5 Bypass"), not a figure ("5,000", "5.2").
_ROUTE_NUMBER_END = re.compile(r"(?![.,]\d)(?![\w-])")
# Words after which a noun phrase opens: "the L.A. port", "another Neb. jail", "every D.C. school".
_DETERMINERS = frozenset({"a", "an", "the", "another", "this", "that", "these", "those", "every", "each", "some",
                          "many", "most", "all", "both", "several", "other", "our", "their", "its", "his", "her"})


def abbreviation_stands(cues: Cues, short_forms: frozenset[ShortForm], text: str, tokens: list[Token], c: Candidate,
                        i: int, j: int, comma_before: bool, alone: set[Optional[str]], standing: set[int]) -> bool:
    """Whether the abbreviation candidate c may be read on tokens i..j where the text writes it.

    After "Town, " any state's abbreviation may ("Slidell, La", "Perth, WA"), a city's never ("Baton Rouge,
    LA" is Louisiana). A dotted form also stands after a firm place cue ("in S.C."), after a party letter
    ("D-W. Va."), opening a route number or an institution ("S.C. 5"), before a lower-case word or a
    possessive ("a Ky. man", "D.C. police", "L.A.'s port"), after "Name, " where the name is unknown
    ("of Thackerville, Okla."), and, with a period inside ("D.C."), after any place cue ("to D.C."). A
    bare code stands after a party letter ("R-NY"), or, if news writes it on its own ("DC", "KL"), after a
    place cue or compass word, or anywhere it stands alone where the text also spells its place out ("South
    Africans ... post-apartheid SA", geo/spelled_out_codes.py) or before a lower-case noun of a state's own
    bodies ("the UP government", "UP police": `before_state_body`), where the code's reading is a state (a
    city's code before "police", "the KL police", is the force's initials). `alone` holds the countries where the
    bare form, so written, stands for a place on its own: there it means that place ("LA" is Los Angeles, not
    Louisiana), elsewhere it keeps its other readings ("in WA" may still be Washington state beside Seattle).
    Forms read by the words around them, not by a place before them, are added to `standing` (their last
    token), which keeps them past the check for a "Town, " before them.
    A party tag's state may drop its last period ("R-Tenn,").
    """
    start, end = tokens[i].start, tokens[j - 1].end
    city = c.feature_code.startswith("PPL")
    if comma_before and not city and (written_as(text, start, end, c.matched, final_period=False)
                                      or _postal_code_of(text[start:end], c.matched)):
        if "." in c.matched and tokens[i - 1].text[:1].isupper():
            standing.add(j - 1)  # "of Thackerville, Okla.": a town the gazetteer lacks still has its state
        return True
    party = _PARTY_STATE.search(text, max(0, start - 3), start) is not None
    # A party tag is a state's slot whatever the period: "R-Tenn," as "R-Tenn.," (a web copy's style)
    if not written_as(text, start, end, c.matched, final_period=not party):
        return False
    gap_before = i > 0 and text[tokens[i - 1].end : start] == " "
    before = tokens[i - 1].norm if gap_before else ""
    firm_cue = before in cues.locative_before and before not in cues.weak_locative
    if before == "the" and i >= 2 and text[tokens[i - 2].end : tokens[i - 1].start] == " " \
            and j < len(tokens) and tokens[j].text.islower():
        # "in the DC area": the cue governs the phrase the name opens; before a capital ("from the WA
        # Department of Agriculture") the name opens an institution's.
        before = "the " + tokens[i - 2].norm
    cue = before.removeprefix("the ") in cues.locative_before
    if "." not in c.matched:
        stands = party or (cue and bool(alone) and (
            c.country_code not in alone or stands_alone(short_forms, text[start:end], c))) \
            or (stands_alone(short_forms, text[start:end], c)
                and (spelled_out_elsewhere(text, tokens, i, j, c)
                     or (c.feature_code == "ADM1" and before_state_body(text, tokens, j))))
    else:
        after = end + (1 if c.matched.endswith(".") else 0)
        modifier = text[after : after + 2] in ("'s", "’s") or (
            j < len(tokens) and tokens[j].start == after + 1 and text[after] == " "
            and tokens[j].text[:1].islower() and tokens[j].text.isalpha()
            and _opens_noun_phrase(text, tokens, i))
        stands = party or firm_cue or modifier or (inner_period(c.matched) and cue) \
            or abbreviation_opens(cues, text, tokens, text[start:after], i, j)
    if stands:
        standing.add(j - 1)
    return stands


# Lower-case nouns of a state's own bodies and offices: a code news writes alone for a state ("UP", "WA", "NT")
# before one of them is that state's modifier ("the UP government", "the WA police", "the NT chief minister"),
# as a title's or a firm's initials are not ("the MP said", "an SA company").
_STATE_BODIES = frozenset({"government", "govt", "police", "cabinet", "chief", "assembly", "legislature",
                           "governor", "administration", "premier", "ministry", "ministers"})


def before_state_body(text: str, tokens: list[Token], j: int) -> bool:
    """Whether the word after the code (token j, a space after it) is a state body's noun, in lower case."""
    return j < len(tokens) and text[tokens[j - 1].end : tokens[j].start] == " " and tokens[j].text.islower() \
        and tokens[j].norm in _STATE_BODIES and (tokens[j].norm != "chief" or _next_is(tokens, j + 1, "minister"))


def _next_is(tokens: list[Token], k: int, word: str) -> bool:
    return k < len(tokens) and tokens[k].norm == word


def abbreviation_opens(cues: Cues, text: str, tokens: list[Token], matched: str, i: int, j: int) -> bool:
    """A dotted state abbreviation opening a route number or an institution's name ("S.C. 5", "W.Va. 61",
    "the S.C. Highway Patrol", "N.J. Division of Taxation"), as AP style writes them: the state is named,
    though no place cue or "Town, " stands before it. A bare code ("IN", "OR") never is."""
    end = tokens[i].start + len(matched)
    if j >= len(tokens) or text[end : tokens[j].start] != " ":
        return False
    nxt = tokens[j]
    if nxt.text.isdigit():
        return len(nxt.text) <= 4 and _ROUTE_NUMBER_END.match(text, nxt.end) is not None
    return institution_follows(cues, text, tokens, j)


def _opens_noun_phrase(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token i opens a noun phrase as its first modifier: at the start of the text or a sentence, or
    after a determiner, a number, a capitalised word or a hyphenated compound ("Missing Ill. man", "3 Ind.
    fugitives", "the L.A. port", "cash-strapped Ill. schools"). A dotted abbreviation there, before a lower-case noun, is a place's name used as a modifier, as
    headlines write a state ("Ga. pastor"); after a verb ("hired W.Va. consultants") the text could have
    spelled the place out and is left unread, as a state written short in running text mostly stands after
    a town."""
    if i == 0 or SENTENCE_BREAK.search(text[tokens[i - 1].end : tokens[i].start]):
        return True
    prev = tokens[i - 1]
    return prev.norm in _DETERMINERS or prev.text.isdigit() or prev.text[:1].isupper() \
        or text[prev.end : prev.end + 2] in ("'s", "’s") or (i >= 2 and tokens[i - 2].hyphen_after)


def _postal_code_of(written: str, matched: str) -> bool:
    """Whether `written` is the two-letter postal code of the state whose abbreviation the gazetteer matched
    ("KY" for "Ky.", "GA" for "Ga."): both are listed, but one place keeps one spelling per folded name."""
    return len(written) == 2 and written.isupper() and written == matched.rstrip(".").upper()
