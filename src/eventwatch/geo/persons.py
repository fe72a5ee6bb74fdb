"""Words a document uses as people's names, so that a town sharing a surname is not read where the person is."""
from __future__ import annotations

import heapq
import re
from typing import TYPE_CHECKING, AbstractSet, Optional, Sequence

from eventwatch.geo.document_words import document_words
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.normalise import Token, fold_token
from eventwatch.geo.person_name_runs import couple_first_names
from eventwatch.geo.town_appositions import called_a_town
from eventwatch.geo.verb_forms import AUXILIARIES, BE_FORMS, past_tense

if TYPE_CHECKING:
    from eventwatch.geo.town_readings import ListTowns

# The searches below run over every document: a pattern opening with a character class or a word, not with
# `\b`, lets the regex engine skip ahead to the places it may match, and the boundary is asked after the first
# character instead ("(?<!\w.)" after a capital is "\b" before it), which finds the same matches.
# What ends a sentence or a label before a capitalised word, where the capital proves nothing.
_SENTENCE_END = re.compile(r"[.!?:;\n\"“”(\[]")
_LABEL_END = re.compile(r"[:\n]")  # a heading's colon or a line break ("SOFTBALL: ...")
_AGE = re.compile(r"([A-Z](?<!\w.)[a-z]+(?:-[A-Z][a-z]+)?), (?:1[89]|[2-9]\d)(?:,| years)")  # "Jones, 23," names a person
# `_AGE` without its name, searched first: it opens on a literal comma, which the engine scans for at C speed,
# where `_AGE` opens on a capital tried at every position; most texts give no one's age.
_AGE_TAIL = re.compile(r", (?:1[89]|[2-9]\d)(?:,| years)")
# Titles written short with a period before a name ("Sen. Vance", "Dr. Roe") are cues.yaml's `short_titles`. A
# title written in full and followed by a period ends a sentence or a headline ("... sworn in as Probate
# Judge. Dayton lawyer Roe"): the capitalised word after it opens the next sentence, no name the title gives.
# "…,” said Noma." / "says Hansen,": a single capitalised word after a verb of saying, closing the clause, is
# the speaker (a place speaking would be written "Moscow said").
# Lower-case particles inside a person's surname ("de", "van", "bin"); after a given name they open a surname.
_PARTICLES = frozenset({"de", "van", "von", "der", "da", "di", "del", "della", "du", "dos", "das", "bin", "ibn"})
_SPEAKER = re.compile(r"\b(?:said|says|asked|added|explained|recalled|wrote)\s+([A-Z][a-z]+)(?=\s*[.,;!?]|\s*$)")

# "Loretta (Gene) Parsons", "Mrs. (Hal) Brennan", "Edna (Ray and Lou) Whitt": obituaries and quoted speech put a
# spouse's or a given name in brackets between a given name (or a title) and the surname, and the word after
# the brackets is that surname, whatever town shares it ("Parsons of Richmond" is a daughter, not a town).
_BRACKETED_GIVEN = re.compile(r"\b([A-Z][a-z]+)\.? \(([A-Z][a-z]+)(?: (?:and|&) ([A-Z][a-z]+))?\) "
                              r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# What every `_BRACKETED_GIVEN` match holds, tested first: " (" and a bracket closed before a capital (a literal
# opening, scanned for at C speed). One text in thirty has them; the full pattern is tried at every capital.
_BRACKET_BEFORE_NAME = re.compile(r"\) [A-Z]")
# "Malinao added that...", "Hansen explained that...", "what Johnson called a fund": a single capitalised word
# before a verb of saying and "that", or between "what" and a verb of naming, is a person's name. A place
# that speaks is a government ("Moscow said that"), so countries and large cities are left to the caller.
_SUBJECT_OF_SAYING = re.compile(
    r"([A-Z](?<!\w.)[a-z]+) (?:added|explained|noted|stressed|recalled|insisted|argued|admitted|conceded|"
    r"acknowledged|told (?:reporters|journalists|the [a-z]+)) that\b")
_WHAT_CALLED = re.compile(r"what(?<!\wwhat) ([A-Z][a-z]+) (?:called|calls|termed|terms|dubbed|describes|described)\b")


def person_names(text: str, tokens: list[Token], cues: Cues, named: Optional[Sequence[bool]] = None,
                 not_names: frozenset[str] = frozenset(), strong: frozenset[int] = frozenset(),
                 name_starts: frozenset[int] = frozenset(), polities: frozenset[int] = frozenset(),
                 towns: Optional[ListTowns] = None) -> frozenset[str]:
    """Words the document uses as people's names.

    A capitalised word is a name part after a title ("Mr Lincoln", "coach Ripley"), a given name
    ("Darren Ripley"), an initial ("Matthew D. Flores") or another name part ("Jason Terrell Jones"),
    and before an age ("Jones, 23,"). Every other bare use of the same word in the document is then read
    as the person too ("Lincoln said"), unless a place cue says otherwise.

    Where `named` says which tokens the gazetteer reads as names, a two-word name whose other word no
    gazetteer knows is a person's ("Kaylen Rostova" makes "Rostova" a surname), and a word joined by "and"
    to a person's name is one too ("Deen and Villanueva"). `not_names` are words that end or head a name
    rather than being one ("Province", "University"). Two known names side by side that the gazetteer does
    not hold as one (`name_starts`: tokens where a gazetteer name begins) are a person's given name and
    surname ("Rod Stewart"), and a listed given name opening a person's name is that person's ("Mary
    Pitman" ... "Mary's recipe"), unless the word is a strong place (`strong`: a country's or a large
    city's tokens; "Paris Hilton" leaves Paris a city). A title before a country or a state (`polities`:
    their tokens), a county or in quotes names a pageant's winner or a nickname ("Miss Ohio", "'Mr.
    Arlington'"), not a person. A word after "from" that closes a list of three names or more opening with a
    town (`towns`: geo/town_readings.py `ListTowns`) is a town like the others, not a person's name
    joined by "and" to a person's ("growers from Norton, Hampton and Salisbury").
    """
    out = set()
    opening: set[str] = set()  # given names opening a full name ("Mary Pitman")
    part = [False] * len(tokens)
    lower = document_words(tokens).lower  # words the document writes as ordinary words
    # Each pass below visits only the tokens its first test lets through (a capitalised word after, a
    # particle between), in order, so that a name part read earlier is seen by the later ones.
    for k in [k - 1 for k in document_words(tokens).capitalised if k >= 1]:
        a, b = tokens[k], tokens[k + 1]
        if b.text.isupper() or len(b.text) < 2:
            continue
        gap = text[a.end : b.start]
        if "\n" in gap:
            continue
        initial = len(a.text) == 1 and a.text.isupper() and gap.strip() == "." \
            and not compass_abbreviation(text, tokens, k)
        if gap.strip() not in ("", ".") or (gap.strip() == "." and not initial and a.norm not in cues.short_titles):
            continue
        capital = a.text[:1].isupper() and not a.text.isupper()
        # "coach Ripley", "Mr Lincoln", "his father Zachary": a title, or a word for kin written in lower case.
        title = _title_at(text, tokens, k, cues)
        if capital and not title and a.norm in cues.given_names and not part[k] \
                and _given_name_names_a_thing(text, tokens, k, cues, lower):
            continue
        if title and title_of_a_place(text, tokens, k, cues, polities):
            continue
        if title or initial or (capital and (a.norm in cues.given_names or part[k])):
            if b.norm not in cues.organisation_heads and b.norm not in cues.polity_words \
                    and b.norm not in cues.vague_after and b.norm not in cues.directions:
                if not (title and named is not None and named[k + 1] and b.norm not in cues.given_names
                        and _surname_follows(text, tokens, k + 1)):
                    out.add(b.norm)
                part[k + 1] = True
                if capital and not title and not initial and a.norm in cues.given_names and k not in strong \
                        and not part[k] and not (k > 0 and tokens[k - 1].text[:1].isupper()
                                                 and text[tokens[k - 1].end : a.start] == " "):
                    opening.add(a.norm)
    for k in [k - 1 for k in document_words(tokens).positions(_PARTICLES) if 1 <= k < len(tokens) - 1]:
        # "Mario de Santiago", "Roger van Boxtel": a given name, a lower-case surname particle, a surname; or a
        # name part already read so ("Louis Antoine de Berville de Montclair": Berville, then Montclair).
        a, p, b = tokens[k], tokens[k + 1], tokens[k + 2]
        if (a.norm in cues.given_names or part[k]) and a.text[:1].isupper() and p.text.islower() \
                and p.norm in _PARTICLES \
                and b.text[:1].isupper() and not b.text.isupper() and text[a.end : p.start] == " " \
                and text[p.end : b.start] == " ":
            out.add(b.norm)
            part[k + 2] = True
    for m in _AGE.finditer(text) if _AGE_TAIL.search(text) is not None else ():
        out.add(fold_token(m.group(1)))
    for m in _SPEAKER.finditer(text):
        if called_a_town(text, m.end(1)):
            continue  # "said Norfolk, the county's largest city, is": what was said is about the town
        out.add(fold_token(m.group(1)))
    out.update(_bracketed_surnames(text, cues))
    out.update(_subjects_of_saying(text, tokens, cues, strong))
    out.update(_full_name_speakers(text, tokens, cues, strong))
    relatives, next_relatives = _kin_appositions(text, tokens, cues)
    out.update(relatives)
    out.update(opening)
    if named is not None:
        out.update(_pair_names(text, tokens, cues, named, not_names, strong, name_starts))
    out.update(_coordinated(text, tokens, out, cues, towns))
    # (after the coordination rule, which would take the town before "and" for one more relative)
    out.update(next_relatives)
    out.update(couple_first_names(text, tokens, cues, named, strong, polities))  # "Brent and Joyce Ferrand"
    out.update(pronoun_referents(text, tokens, cues))
    return frozenset(out)


def _bracketed_surnames(text: str, cues: Cues) -> set[str]:
    """Surnames after a bracketed given name that follows a listed given name or a title ("Loretta (Gene)
    Parsons"); the bracket must hold given names, so that "Jordan (Reuters) Amman" reads no one."""
    out: set[str] = set()
    if " (" not in text or _BRACKET_BEFORE_NAME.search(text) is None:
        return out
    for m in _BRACKETED_GIVEN.finditer(text):
        before, *inside = (fold_token(w) for w in m.group(1, 2, 3) if w)
        if (before in cues.given_names or before in cues.person_titles) and all(w in cues.given_names for w in inside):
            out.add(fold_token(m.group(4)))
    return out


# Titles that, before a state, a country or a county, or in quotes, name a pageant's winner or a nickname
# ("Miss Ohio", "Miss America", "Miss Butler County", "known as 'Mr. Arlington'"), not a person so called.
_PLACE_TITLES = frozenset({"miss", "mr", "mister"})
_QUOTE_OPEN = frozenset("'\"‘“")
_QUOTE_CLOSE = re.compile(r"[,.!?]?['’\"”]")


def title_of_a_place(text: str, tokens: list[Token], k: int, cues: Cues, polities: frozenset[int] = frozenset()
                     ) -> bool:
    """Whether the title at token k and the name after it are a title held for a place: "Miss" or "Mr."
    before a name that is a country or a state (`polities`: their tokens; not a large city: "Mr. Lincoln"
    is a man), before a county ("Miss Butler County"), or the two
    quoted alone as a nickname ("'Mr. Arlington'"). A woman named Ohio is as rare as a pageant called
    "Miss Lincoln" is common enough to leave a bare town's name a surname."""
    a = tokens[k]
    if a.norm.rstrip(".") not in _PLACE_TITLES or not a.text[:1].isupper() or k + 1 >= len(tokens):
        return False
    b = tokens[k + 1]
    nxt = tokens[k + 2] if k + 2 < len(tokens) and text[b.end : tokens[k + 2].start] == " " \
        and tokens[k + 2].text[:1].isupper() else None
    if nxt is not None:  # "Miss Butler County"; but "Miss Georgia Roe" is a woman
        return cues.vague_after.get(nxt.norm) in ("admin1", "admin2")
    if k + 1 in polities:
        return True
    return a.start > 0 and text[a.start - 1] in _QUOTE_OPEN and _QUOTE_CLOSE.match(text, b.end) is not None


# Offices written capitalised before the holder's name in local news ("City Administrator Dana Roe", "Parks
# Director Lee Vance"): a title there as "Sheriff" is, though the words are ordinary nouns elsewhere.
_OFFICE_TITLES = frozenset({"director", "administrator", "manager", "coordinator", "chairman", "chairwoman",
                            "chairperson", "spokesman", "spokeswoman", "spokesperson", "supervisor", "treasurer",
                            "clerk", "principal", "prosecutor", "coroner", "assessor", "auditor", "registrar"})


def _title_at(text: str, tokens: list[Token], k: int, cues: Cues) -> bool:
    """Whether token k is a person's title: "Mr", "Sheriff", "Pfc." or an office ("Director") capitalised, or a
    word written in lower case before a name ("coach Ripley", "the navigator Hallam Roe"), unless it is the verb
    it is spelt like."""
    a = tokens[k]
    if (a.norm in cues.person_titles or a.norm in _OFFICE_TITLES) and a.text[:1].isupper() and not a.text.isupper():
        return True
    if a.norm in cues.short_titles and a.text[:1].isupper() and text[a.end : a.end + 1] == ".":
        return True  # "Pfc. Roe", "Msgr. Roe": an abbreviated title the person titles do not list in full
    return a.text.islower() and (a.norm in cues.lowercase_titles or _two_word_title(text, tokens, k, cues)) \
        and not _title_used_as_verb(text, tokens, k)


def titled_name(text: str, tokens: list[Token], i: int, j: int, cues: Cues) -> bool:
    """Whether the name of several words at tokens i..j follows a person's title ("the navigator Vasco da
    Gama", "Captain Santa Cruz Roe"): a person called like a town. Person-name reading marks single words, so a
    town's several-word name after a title would otherwise stay a place. A name holding a place word ("Prince
    Edward County", "Mayor Lake City"'s "City") is left alone: people's names do not end in "County"."""
    if j - i < 2 or i == 0 or text[tokens[i - 1].end : tokens[i].start] != " ":
        return False
    calling = tokens[i - 1].text.islower() and tokens[i - 1].norm in cues.callings
    if not (calling or _title_at(text, tokens, i - 1, cues)):
        return False  # most names follow no title: the place-word test below is spared them
    if any(t.norm in cues.polity_words or t.norm in cues.feature_heads or t.norm in cues.vague_after
           for t in tokens[i:j] if t.text[:1].isupper()):
        return False
    return not title_of_a_place(text, tokens, i - 1, cues)


def _given_name_names_a_thing(text: str, tokens: list[Token], k: int, cues: Cues, lower: frozenset[str]) -> bool:
    """Whether the given name at token k opens no person's name: after "the", with one more capitalised
    word, English names a thing ("The George Twickenham", a pub; "the Victoria Line"); and before an ordinary
    word (one the document also writes in lower case) in a run of capitalised words ending in an
    institution's head ("the Wayne Food Pantry", beside "a food pantry") it names the institution after a
    place. A surname there ("the Charles Webb Center") is a person's: institutions are named after people."""
    n = len(tokens)
    if k > 0 and tokens[k - 1].norm == "the" and text[tokens[k - 1].end : tokens[k].start] == " " \
            and k + 1 < n and not (k + 2 < n and text[tokens[k + 1].end : tokens[k + 2].start] == " "
                                   and tokens[k + 2].text[:1].isupper()):
        return True
    if k + 1 >= n or tokens[k + 1].norm not in lower:
        return False
    for m in range(k + 1, min(k + 5, n)):
        t = tokens[m]
        if text[tokens[m - 1].end : t.start] != " " or not t.text[:1].isupper():
            return False
        if t.norm in cues.organisation_heads:
            return True
    return False


# Lower-case titles that are also verbs ("expected to miss Oakdale", "will coach Westbury", "did not judge
# Paris"): after the infinitive's "to", a modal or a negation the word is the verb and the name its object.
# Edited English capitalises "Miss" as a title, so lower-case "miss" after "to" is the verb; the others are
# read so only after a modal or a negation ("talked to coach Ripley" keeps its title).
_TITLE_VERBS = frozenset({"miss", "judge", "coach", "captain", "father", "mother", "guard"})
_VERB_OPENERS = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall", "should", "not",
                           "never", "to", "did", "does", "do", "cannot", "wont", "cant", "dont", "didnt", "doesnt",
                           "wouldnt", "couldnt", "shouldnt"})


def _surname_follows(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token k, after a title, is a given name with the surname written after it ("Managing director
    Derry Roe"): news names the person again by the surname, so a place's name given as a first name, and
    held by no list of given names, is not read as the person beyond this name ("the road to Derry"). A
    listed given name may stand alone for the person ("a friend of Vladimir") and is still read so."""
    if k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start] != " ":
        return False
    return _plain_word(tokens[k + 1])


def _two_word_title(text: str, tokens: list[Token], k: int, cues: Cues) -> bool:
    """"running back Denver Roe", "tight end Austin Roe": a title of two lower-case words whose last alone is
    an ordinary word ("came back Monday"), so listed only whole."""
    return k > 0 and text[tokens[k - 1].end : tokens[k].start] == " " and tokens[k - 1].text.islower() \
        and f"{tokens[k - 1].norm} {tokens[k].norm}" in cues.lowercase_titles


def _title_used_as_verb(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the lower-case title at token k is the verb it is spelt like: after a modal, a negation
    ("won't miss", "can't miss") or, for "miss", the infinitive's "to"."""
    word = tokens[k].norm
    if word not in _TITLE_VERBS or k == 0:
        return False
    prev = tokens[k - 1]
    if text[prev.end : tokens[k].start] != " " or not prev.text.islower():
        return False
    if prev.norm == "to":
        return word in ("miss", "guard")  # "sent to guard Kyiv": the verb
    return prev.norm in _VERB_OPENERS  # "won't", "can't" fold to "wont", "cant"


# Compass points written as initials before a town ("N.W. Rochester", "S.E. Paris", "N.Va.", "W. Phila."):
# the letters name a part of the place, not a person's initials.
_COMPASS_PAIR = re.compile(r"(?<![A-Za-z.])[NS]\.\s?[EW]\.?\Z")
_COMPASS_WORDS = {"N": "North", "S": "South", "E": "East", "W": "West"}


def compass_abbreviation(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the capital letter at token k is a compass point written short before a place: the second
    letter of "N.W."/"S.E." ("N.W. Rochester"), a letter before another dotted short form ("N.Va.",
    "W. Phila."), or a letter before a name the text also writes after the point spelt out ("W. Columbia"
    where "West Columbia" stands too). A person's initials are written before a surname, which is neither
    dotted nor written elsewhere after "West"; a writer who puts "N.W." before a town means a quarter of it
    ("S.E. Hinton" is the rare exception)."""
    a = tokens[k]
    if len(a.text) != 1 or a.text not in _COMPASS_WORDS or text[a.end : a.end + 1] != ".":
        return False
    if a.text in "EW" and _COMPASS_PAIR.search(text, max(0, a.start - 3), a.end) is not None:
        return True
    if k + 1 >= len(tokens) or text[a.end : tokens[k + 1].start].strip() != ".":
        return False
    b = tokens[k + 1]
    if len(b.text) <= 5 and text[b.end : b.end + 1] == "." and b.text[:1].isupper():
        return True
    return f"{_COMPASS_WORDS[a.text]} {b.text}" in text


_PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})
# A pronoun right before one of these is a speaker attributing a quote ("Bunia was calm, he said"), which
# says nothing of who the earlier name is.
_ATTRIBUTION = frozenset({"said", "says", "told", "added", "noted", "explained", "wrote", "asked"})
# Nouns for people after a town's name ("Rochester man says he..."): the pronoun is the man's.
_RESIDENT_NOUNS = frozenset({"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen", "teens",
                             "teenager", "resident", "residents", "native", "couple", "family", "police",
                             "officer", "officers", "mother", "father", "son", "daughter", "student", "students"})
# What closes the clause a name and a pronoun must share.
_CLAUSE_END = re.compile(r"[.!?;:\n\"“”()]")


def pronoun_referents(text: str, tokens: list[Token], cues: Cues, window: int = 12, sentences: int = 2
                      ) -> set[str]:
    """Single capitalised names that a personal pronoun takes up in the same clause ("Lincoln, wearing his
    hat", "Why did Garfield keep his diary", "Pruitt couldn't say, adding he...") in at least
    `sentences` sentences of the document: the document is about a person of that name.

    A town is taken up by "it" or "its", never by "he" or "his". One such sentence may be chance ("after
    Oakdale his career took off"), so two are needed; a name the document ever writes after a place cue
    ("in Lincoln") is left to be a place, and a pronoun introducing a quote ("..., he said") counts for nothing.
    Every bare use of the name is then read as the person, as for a name after a title."""
    # A pronoun is reached only from the last capitalised word before it (any capital between ends the
    # search), so those words are read first; the document's every plain word is read only where that
    # finds a name taken up in enough sentences, to see whether a place cue elsewhere keeps it a place.
    takers = _pronoun_takers(tokens, window)
    found = _referents(text, tokens, cues, window, sentences, takers)
    if not found:
        return found
    return _referents(text, tokens, cues, window, sentences,
                      [k for k in document_words(tokens).capitalised if _plain_word(tokens[k])])


def _pronoun_takers(tokens: list[Token], window: int) -> list[int]:
    """The plain capitalised words that a personal pronoun within `window` tokens after them may take up:
    for each pronoun, the last capitalised word before it, where no more than `window` tokens back."""
    out: set[int] = set()
    for m in [m for m in document_words(tokens).positions(_PERSONAL_PRONOUNS) if tokens[m].text.islower()]:
        for k in range(m - 1, max(-1, m - 1 - window), -1):
            if tokens[k].text[:1].isupper():
                if _plain_word(tokens[k]):
                    out.add(k)
                break
    return sorted(out)


def _referents(text: str, tokens: list[Token], cues: Cues, window: int, sentences: int, words: list[int]
               ) -> set[str]:
    """`pronoun_referents` read over the plain capitalised words at `words` (token indices, in order)."""
    n = len(tokens)
    located: set[str] = set()
    seen: dict[str, set[int]] = {}
    for k in words:
        t = tokens[k]
        prev = tokens[k - 1] if k > 0 else None
        if prev is not None and text[prev.end : t.start].strip() == "," and prev.text[:1].isupper() \
                and text[t.end : t.end + 1] in (",", ".", ";", ")", ""):
            located.add(t.norm)  # "of Hudson, Ohio, brought her dog": a container closing a town's name
            continue
        if prev is not None and text[prev.end : t.start].strip() == "" and "\n" not in text[prev.end : t.start]:
            if prev.text.islower() and (prev.norm in cues.locative_before or prev.norm == "of"):
                located.add(t.norm)  # "in Lincoln", "the city of Lincoln", "Jo Roe of Lincoln"
                continue
            opener = prev.norm in cues.common_words and (k == 1 or _SENTENCE_END.search(
                text, tokens[k - 2].end, prev.start) is not None)  # "While Hardeman was...": a word opening it
            if (prev.text[:1].isupper() and not opener) or prev.norm == "the":
                continue  # the last word of a longer name, or a thing ("the Lincoln")
        if k + 1 < n and text[t.end : tokens[k + 1].start] in (" ", "-") and tokens[k + 1].text[:1].isupper():
            continue  # the first word of a longer name
        if prev is not None and prev.norm in ("a", "an") or (
                k + 1 < n and tokens[k + 1].norm in _RESIDENT_NOUNS and tokens[k + 1].text.islower()):
            continue  # "a Rochester man ... his home": the name modifies a noun, which the pronoun takes up
        word = t.norm
        if word in cues.common_words or word in cues.months or word in cues.person_titles \
                or word in cues.organisation_heads or word in cues.directions or word in cues.peoples \
                or word in cues.languages:
            continue
        for m in range(k + 1, min(n, k + 1 + window)):
            u = tokens[m]
            if _CLAUSE_END.search(text, tokens[m - 1].end, u.start):
                break
            if u.text[:1].isupper():
                break  # another name may be the pronoun's
            if u.norm in _PERSONAL_PRONOUNS and u.text.islower():
                if m + 1 < n and tokens[m + 1].norm in _ATTRIBUTION:
                    break
                seen.setdefault(word, set()).add(_sentence_of(text, t.start))
                break
    return {w for w, where in seen.items() if len(where) >= sentences and w not in located}


def _sentence_of(text: str, at: int) -> int:
    """Where the sentence holding character `at` starts: an id for counting sentences."""
    m = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at), text.rfind("\n", 0, at))
    return m + 1


# Words before a name that make it the complement of a phrase ("a resident of X", "a farmer from X") whose head,
# not the name, is the subject of the verb of saying after it.
_PLACE_COMPLEMENT = frozenset({"of", "from", "in"})


def _subjects_of_saying(text: str, tokens: list[Token], cues: Cues, strong: frozenset[int]) -> set[str]:
    """Single names before "added that" / "explained that" or in "what X called": a person speaks so. A
    country or a large city (`strong`) is left alone: "Washington insisted that" is its government."""
    starts: dict[int, int] = {}  # token by its first character, built at the first match (most texts have none)
    out: set[str] = set()
    for pattern in (_SUBJECT_OF_SAYING, _WHAT_CALLED):
        for m in pattern.finditer(text):
            if not starts:
                starts = {t.start: k for k, t in enumerate(tokens)}
            k = starts.get(m.start(1))
            if k is None or k in strong:
                continue
            word = tokens[k].norm
            if word in cues.common_words or word in cues.person_titles or word in cues.organisation_heads \
                    or word in cues.directions or word in cues.months:
                continue
            if k > 0 and text[tokens[k - 1].end : tokens[k].start] == " " and tokens[k - 1].text[:1].isupper() \
                    and not _SENTENCE_END.search(text[tokens[k - 1].end : tokens[k].start]):
                continue  # the last word of a longer name ("the Red Cross added that") is judged with it
            if k > 0 and tokens[k - 1].norm in _PLACE_COMPLEMENT and tokens[k - 1].text.islower():
                continue  # "a resident of Latrobe told the meeting that": the one of the place speaks
            out.add(word)
    return out


# "said Odessa Kane, a coach", "said Medora Lund, co-founder of": an apposition describing a person.
_DESCRIBED = re.compile(r", (?:a|an|the\s|[a-z])")
_SAYING = frozenset({"said", "says", "asked", "added", "explained", "recalled", "wrote"})


def _full_name_speakers(text: str, tokens: list[Token], cues: Cues, strong: frozenset[int]) -> set[str]:
    """"...," said Omar Kadri, one of the drivers': two capitalised words after a verb of saying that close
    the clause are the speaker's given name and surname, and so are three ("said Nora Lee Vance,": a given
    name, a middle or maiden name, a surname). A place that speaks is written before the verb ("Moscow
    said"). Left alone: a place of several words that is a country's or a large city's (`strong`: "said Los
    Angeles police"; a large city's one-word name may open a person's, "said Odessa Kane"), and words that
    open place names or institutions ("North", "New", "County"). As after a listed given name, the surname
    may be a large city's ("Tom Lincoln")."""
    out: set[str] = set()
    for k in [k for k in document_words(tokens).positions(_SAYING) if k < len(tokens) - 2]:
        v = tokens[k]
        if not v.text.islower() or text[v.end : tokens[k + 1].start] != " ":
            continue
        words = _speaker_run(text, tokens, k + 1)
        if words is None or (k + 1 in strong and k + 2 in strong):
            continue
        if any(t.norm in cues.common_words or t.norm in cues.directions or t.norm in cues.person_titles
               or t.norm in cues.organisation_heads or t.norm in cues.vague_after or t.norm in cues.months
               for t in words):
            continue
        # A large city's name opening the run stays a place unless it is a listed given name, an apposition
        # describes the speaker ("said Odessa Kane, a coach"; a paper's or a firm's name is not described so)
        # or the word never stands alone: the run may be a paper or a body named for the city ("said Kyiv
        # Independent."), and were it a person's name, the city would vanish from the whole document. A city's
        # name further in is the speaker's surname.
        first = words[0]
        city = k + 1 in strong and first.norm not in cues.given_names \
            and _DESCRIBED.match(text, words[-1].end) is None and not _never_alone(text, tokens, k + 1)
        out.update(t.norm for t in words if not (city and t is first))
    return out


def _never_alone(text: str, tokens: list[Token], k: int) -> bool:
    """Whether every use of token k's word in the document opens the same two-word name ("said Toulouse
    Greens" ... "call Toulouse Greens LLC"): the city's word is then only ever that name's, never the city."""
    word, nxt = tokens[k].norm, tokens[k + 1].norm
    return all(x + 1 < len(tokens) and tokens[x + 1].norm == nxt
               and text[tokens[x].end : tokens[x + 1].start] == " " for x in document_words(tokens).positions((word,)))


def _speaker_run(text: str, tokens: list[Token], k: int) -> Optional[list[Token]]:
    """The two or three plain capitalised words from token k that close the clause (a comma or a sentence's
    end after them, not a possessive), or None."""
    run = [tokens[k]]
    while len(run) < 3 and k + len(run) < len(tokens) and text[run[-1].end : tokens[k + len(run)].start] == " " \
            and _plain_word(tokens[k + len(run)]):
        run.append(tokens[k + len(run)])
    if len(run) < 2 or not all(_plain_word(t) for t in run):
        return None
    end = run[-1].end
    if text[end : end + 1] not in (",", ".", ";", "!", "?") or text[end : end + 2] in ("'s", "’s"):
        return None
    return run


def _kin_appositions(text: str, tokens: list[Token], cues: Cues) -> tuple[set[str], set[str]]:
    """The one or two capitalised words after a word for kin (cues.yaml `kin_words`) and a comma ("her daughter,
    Brittany,", "a son, Austin James,"): the relative's name, whatever town shares it, where the apposition
    closes after it. A place after such a word takes a preposition ("her sister, in Denver"); a capitalised
    word going on with a lower-case one opens the next clause ("his wife, Dallas police said"). Returns those
    names and, apart, the further relatives of the same list (`_next_relatives`)."""
    out: set[str] = set()
    later: set[str] = set()
    for k in [k for k in document_words(tokens).positions(cues.kin_words) if k < len(tokens) - 1]:
        if not tokens[k].text.islower() or text[tokens[k].end : tokens[k + 1].start] != ", ":
            continue
        run = [tokens[k + 1]]
        if k + 2 < len(tokens) and text[tokens[k + 1].end : tokens[k + 2].start] == " " \
                and _plain_word(tokens[k + 2]):
            run.append(tokens[k + 2])
        if not _apposition_closes(text, run[-1].end):
            continue  # "his wife, Houston police said": the word opens the next clause, not a name
        if not all(_plain_word(t) for t in run) or any(
                t.norm in cues.common_words or t.norm in cues.directions or t.norm in cues.person_titles
                or t.norm in cues.organisation_heads or t.norm in cues.vague_after or t.norm in cues.months
                for t in run):
            continue
        out.update(t.norm for t in run)
        later.update(_next_relatives(text, tokens, k + 1 + len(run)))
    return out, later


def _next_relatives(text: str, tokens: list[Token], j: int) -> set[str]:
    """The given names further along a survivors' list that a word for kin opened ("two sons, Gary of Toledo
    and Dale of Akron"): a lone capitalised word after "and" and before "of" there is the next relative, not a
    town, since an obituary names each relative and then the relative's home. The list ends at a semicolon or a
    sentence's end, where the next word for kin takes over."""
    out: set[str] = set()
    for i in range(j, min(j + 8, len(tokens) - 1)):
        gap = text[tokens[i - 1].end : tokens[i].start]
        if ";" in gap or _SENTENCE_END.search(gap):
            break
        after_and = gap == " and " or (gap == " " and tokens[i - 1].text == "and")
        if after_and and _plain_word(tokens[i]) and text[tokens[i].end : tokens[i + 1].start] == " " \
                and tokens[i + 1].text == "of":
            out.add(tokens[i].norm)
    return out


# What closes an apposition right after the relative's name: punctuation, or "and"/"of" going on to the next
# relative or the relative's town ("her son, Austin, and", "a daughter, Lena of Tulsa").
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)!?]|$)|\s+(?:and|of)\b")


def _apposition_closes(text: str, end: int) -> bool:
    """Whether the apposition ends at `end`; a lower-case word there makes the capitalised run the subject of
    a new clause ("his wife, Dallas police said")."""
    return _APPOSITION_END.match(text, end) is not None


def _plain_word(t: Token) -> bool:
    """A capitalised word as names are written ("Rostova"), not an acronym, an initial or a number."""
    return len(t.text) >= 2 and t.text[:1].isupper() and not t.text.isupper() and t.text.isalpha()


def _pair_names(text: str, tokens: list[Token], cues: Cues, named: Sequence[bool],
                not_names: frozenset[str], strong: frozenset[int] = frozenset(),
                name_starts: frozenset[int] = frozenset()) -> set[str]:
    """Known names in a two-word name whose other word the gazetteer lacks ("Kaylen Rostova").

    A place's name is rarely written beside a word no gazetteer holds, while a person's given name and
    surname are mostly such pairs: the unknown word is a given name or surname the word lists lack, so the
    known one is the person's other name. Two known names the gazetteer holds apart ("Rod Stewart") are read
    so too where neither is a strong place. Only exactly two capitalised words between lower-case words or
    punctuation count: longer runs are organisations' or places' names ("Hayat Tahrir al-Sham").
    """
    out: set[str] = set()
    n = len(tokens)
    # Words the document also writes in lower case are ordinary words capitalised in a title or at a
    # sentence start ("Missing Lancaster", "Business Angels"), not given names.
    def lower() -> frozenset[str]:  # shared with the document's other rules (geo/document_words.py)
        return document_words(tokens).lower
    # Read only for two known names opening a sentence, which most documents lack: built on first use.
    mid_caps_found: list[frozenset[str]] = []

    def mid_caps() -> frozenset[str]:
        if not mid_caps_found:
            mid_caps_found.append(frozenset(
                t.norm for k, t in enumerate(tokens) if k > 0 and t.text[:1].isupper()
                and not _SENTENCE_END.search(text[tokens[k - 1].end : t.start])))
        return mid_caps_found[0]

    def joined(k: int) -> bool:  # token k and k + 1 written as one name
        return k + 1 < n and text[tokens[k].end : tokens[k + 1].start] in ("", " ", "-")

    def word_ok(t: Token) -> bool:
        return _plain_word(t) and t.norm not in not_names and t.norm not in cues.common_words \
            and t.norm not in cues.name_connectors and t.norm not in cues.languages and t.norm not in cues.peoples

    for k in [k for k in range(n - 1) if named[k + 1]]:
        a, b = tokens[k], tokens[k + 1]
        if text[a.end : b.start] != " " or not word_ok(b) or not word_ok(a):
            continue
        both = named[k] and k + 1 in name_starts  # two names the gazetteer holds apart ("Rod Stewart")
        if named[k] and not both:
            continue  # (a known word opening the pair is a place naming a group: "Dublin Singers")
        if both and (k in strong or k + 1 in strong or not _given_name_like(b.text)
                     or k == 0 or _LABEL_END.search(text[tokens[k - 1].end : a.start])):
            continue  # (after a heading's colon or a line break: "SOFTBALL: Oakdale Junior League")
        if a.norm in lower() or b.norm in lower():
            continue
        if (k == 0 or _SENTENCE_END.search(text[tokens[k - 1].end : a.start])) \
                and (not both or a.norm not in mid_caps()):
            # A capital at a sentence start proves nothing ("Although Edmonton", "Like Hardeman"), unless the
            # text capitalises the word mid-sentence too ("Rod Stewart sang. ... the story of Rod's rise").
            continue
        if not _given_name_like(a.text):
            continue
        before = tokens[k - 1] if k > 0 else a
        if before.text.islower() and (before.norm in _DETERMINERS or before.norm in cues.locative_before
                                      or before.norm in cues.place_of):
            continue  # "the Dublin Singers", "in Babcock Grove", "his Meadow Grove home": not a person's name
        if k > 0 and joined(k - 1) and (tokens[k - 1].text[:1].isupper() or tokens[k - 1].norm in cues.name_connectors):
            continue
        if k + 2 < n and joined(k + 1) and (tokens[k + 2].text[:1].isupper() or (
                tokens[k + 2].norm in cues.name_connectors and k + 3 < n and joined(k + 2)
                and tokens[k + 3].text[:1].isupper() and tokens[k + 3].norm not in cues.months)):
            continue  # runs on into a longer name ("Kafr Rostova al-Sharqi", "Pinewick Rostova Trust")
        out.add(b.norm)
        if both:
            out.add(a.norm)
    return out


# Words before a name that make it a thing's or a place's: English writes no article or possessive before a
# person's full name ("the Dublin Singers", "his Meadow Grove home", "their Oakdale farm").
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "our", "my", "your", "its"})


# Endings of English adverbs, participles, plurals and abstract nouns, rare in given names: "Distinctly
# Dublin", "Visitors Bureau", "Rolling Stones" are not persons.
_WORD_ENDINGS = ("ly", "ing", "ed", "ers", "ors", "ion", "ions", "ment", "ness", "ity", "ful", "ous", "ive")


def _given_name_like(word: str) -> bool:
    """Whether an unlisted capitalised word may be a given name: one capital ("StandUp" is a brand's),
    no ending of an ordinary English word."""
    return not any(ch.isupper() for ch in word[1:]) and not word.lower().endswith(_WORD_ENDINGS)


# Prepositions that open a list of places, not of people ("in Nelson and Motueka", "near Hay and Junee"). Not
# "between": "the rivalry between Holt and Lowell" joins two people as often as two places.
_PLACE_LIST_OPENERS = frozenset({"in", "near", "outside", "around", "across", "throughout"})


def _after_place_list_opener(text: str, tokens: list[Token], k: int, end: Optional[int] = None,
                             persons: Optional[AbstractSet[str]] = None,
                             towns: Optional[ListTowns] = None) -> bool:
    """Whether the single word at token k closes the first part of a list opened by a preposition of place,
    walking back over ", Name" items ("in Nelson", "in Richmond, Nelson" before "and Motueka"). A walk back
    stops short where the list ending at token `end` runs into a verb after a fronted phrase: "After a decade in
    Boston, Holt and Lowell moved" opens with a place and a comma, and then names the clause's subjects.
    With the document's `persons` and `towns` given, "from" opens such a list too (`_from_town_list`)."""
    first = place_list_start(text, tokens, k)
    if not (first >= 1 and text[tokens[first - 1].end : tokens[first].start] == " " and (
            _opens_place_list(tokens, first - 1, _items(tokens, first, end), towns)
            or _from_town_list(tokens, first, k, persons, towns))):
        return False
    return not (first < k and end is not None and _clause_after(text, tokens, end)
                and _fronted(text, tokens, first - 1))


def place_list_start(text: str, tokens: list[Token], k: int) -> int:
    """The first item of a list of single words that ends at token k, walking back over ", Name" items."""
    while k >= 2 and text[tokens[k - 1].end : tokens[k].start] == ", " and _plain_word(tokens[k - 1]):
        k -= 1
    return k


# Words after which "in" takes what is trusted, enjoyed or held, not a place: "put its trust in Marshall and
# Tyler", "found comfort in Frost and Lowell", "a stake in Hale and Dorr" name people or firms.
_NOT_PLACE_IN = frozenset({"trust", "faith", "comfort", "solace", "pride", "confidence", "belief", "believe",
                           "believes", "believed", "believing", "delight", "stake", "stakes", "shares"})


def _items(tokens: list[Token], first: int, end: Optional[int]) -> list[int]:
    """The tokens of the names of a list from token `first` to token `end` (none where the end is unknown)."""
    return [] if end is None else [x for x in range(first, end + 1) if tokens[x].norm not in ("and", "or")]


def _opens_place_list(tokens: list[Token], p: int, items: Sequence[int] = (),
                      towns: Optional[ListTowns] = None) -> bool:
    """Whether the preposition at token p opens a list of places: "in" but not after a word of trust, unless
    the list's names are towns of some size lying side by side ("pride in Niles and Warren", "a stake in
    Youngstown and Warren"). People trusted together bear towns' names too, and two surnames may both be
    villages' a few miles apart (a Marshall and a Tyler in Minnesota, the second of a thousand people); what
    one takes pride or a stake in is a town of note."""
    return tokens[p].norm in _PLACE_LIST_OPENERS \
        and not (tokens[p].norm == "in" and p >= 1 and tokens[p - 1].norm in _NOT_PLACE_IN
                 and not (towns is not None and towns.neighbours(items, _TRUSTED_TOWN_POPULATION)))


# The people a town after a word of trust or feeling needs, with a neighbour of as many, to be read as a town.
_TRUSTED_TOWN_POPULATION = 5_000


# Nouns of a message or an act of speech, whose senders "from" names ("statements from Clinton, Warren and
# Sanders", "letters from Lincoln, Hampton and Deen"), and the verbs that may stand between ("calls came from").
# Not calls or votes, which a dispatcher's log or a count of returns takes from towns ("votes from Lincoln, Omaha
# and Kearney").
_MESSAGE_NOUNS = frozenset({"letter", "letters", "statement", "statements", "tribute", "tributes",
                            "testimony", "testimonies", "endorsement", "endorsements", "note", "notes", "quote",
                            "quotes", "appeal", "appeals", "comment", "comments", "remark", "remarks", "message",
                            "messages", "email", "emails", "e-mails", "texts", "card", "cards",
                            "greetings", "condolences", "apology", "apologies", "speeches", "testimonials",
                            "pledges", "praise", "criticism", "questions", "replies", "responses", "words"})
_MESSAGE_VERBS = frozenset({"came", "come", "comes", "arrived", "arrive", "poured", "followed", "flowed"})
# The people a town of this many is a city of: a list of such after "from" is of cities whoever bears a name.
_LARGE_TOWN_POPULATION = 50_000
# Nouns of people a list of names may modify ("letters from Leeds, York and Hull readers"): the names are towns.
_NOUNS_AFTER_TOWNS = frozenset({"readers", "fans", "callers", "viewers", "listeners", "supporters", "subscribers",
                                "residents", "voters", "people", "families", "parents", "students", "pupils",
                                "workers", "farmers", "officials", "villagers", "teachers", "patients", "members",
                                "councillors", "councilors", "businesses", "schools", "clubs", "churches"})


def opens_a_list_of_people(text: str, tokens: list[Token], k: int, persons: AbstractSet[str],
                           towns: Optional[ListTowns] = None) -> bool:
    """Whether the single word at token k opens a list of names that only people make, a later one of which the
    story gives a person: three names or more after "from" and a noun of a message ("letters from Lincoln,
    Hampton and Deen"), or two or more after "in" and a word of trust ("placed their faith in Marshall and
    Tyler"). The list's other names are read as people already (`_from_town_list`, `_NOT_PLACE_IN`), and the
    first is one of them, though no person of the story bears it. After a noun of people or goods ("riders
    from Norton, Salisbury and Hampton") the names stay towns whoever is called Hampton, and two names after
    "from" are read as before, and so are towns of some size side by side after a word of trust ("a stake in
    Niles and Warren", `_opens_place_list`) or after "from", cities of 50,000 people or more ("letters from Leeds,
    York and Hull") and names before a noun of people ("letters from Whitby, Skipton and Hull readers")."""
    if k < 2:
        return False
    if tokens[k - 1].text == "from" and _after_a_message(tokens, k - 1):
        least = 2
    elif tokens[k - 1].text == "in" and tokens[k - 2].norm in _NOT_PLACE_IN:
        least = 1
    else:
        return False
    more = _list_after(text, tokens, k)
    items, at = [tokens[x].norm for x in more], [k, *more]
    x = at[-1]  # the list's last member
    if least == 1 and _opens_place_list(tokens, k - 1, at, towns):
        return False
    # cities of size far apart are a list of towns only while at most one of them is a surname the story gives a
    # person by a full name: two or more ("Presidents Andrew Jackson and James Madison ... letters from Lincoln,
    # Jackson and Madison") make it a list of that kind of person's names
    cities = towns is not None and towns.all_large(at, _LARGE_TOWN_POPULATION) \
        and _named_in_full(text, tokens, at) <= 1
    if least == 2 and towns is not None and (towns.neighbours(at, _TRUSTED_TOWN_POPULATION) or cities):
        return False  # "letters from Leeds, York and Hull": towns of size side by side, or cities
    if x + 1 < len(tokens) and text[tokens[x].end : tokens[x + 1].start] == " " \
            and tokens[x + 1].norm in _NOUNS_AFTER_TOWNS and tokens[x + 1].text.islower() \
            and towns is not None and (towns.neighbours(at) or towns.one_region(at) or cities):
        # "letters from Whitby, Skipton and Hull readers": towns of one region modify a noun of people; surnames
        # do as often ("messages from Jordan, Bryant and Durham fans"), so the names must read as towns together
        return False
    return len(items) >= least and tokens[x - 1].norm in ("and", "or") and any(n in persons for n in items)


def _named_in_full(text: str, tokens: list[Token], at: Sequence[int]) -> int:
    """How many of the names at tokens `at` (a list) the story writes elsewhere after a capitalised word, as a
    person's surname after the given name or title ("Cordell Hull", "Andrew Jackson"). The names the recogniser
    has read as people cannot tell this: a list's later items are put among them by the list itself. Read only for
    a list after "from", so one pass over the tokens costs little."""
    listed = {tokens[i].text: i for i in at}
    span = range(at[0], at[-1] + 1)
    borne = {t.text for m, t in enumerate(tokens) if m and m not in span and t.text in listed
             and tokens[m - 1].text[:1].isupper() and tokens[m - 1].text.isalpha()
             and text[tokens[m - 1].end : t.start] == " "}
    return len(borne)


def _after_a_message(tokens: list[Token], p: int) -> bool:
    """Whether the "from" at token p follows a noun of a message, straight or across one verb of arrival."""
    before = p - 1
    if before >= 1 and tokens[before].norm in _MESSAGE_VERBS:
        before -= 1
    return before >= 0 and tokens[before].norm in _MESSAGE_NOUNS


def _from_town_list(tokens: list[Token], first: int, k: int, persons: Optional[AbstractSet[str]],
                    towns: Optional[ListTowns]) -> bool:
    """Whether "from" before token `first` opens a list of towns: one of three names or more ("from Norton,
    Hampton" before "and Salisbury") whose first is a town's (`towns`) and no person's. "from" takes people
    as often ("letters from Holt and Lowell", "calls from Bush and Clinton"), and two bare names after it are
    people's more often than not; a longer list that opens with a town goes on with towns, whoever else the
    story calls Hampton. After a noun of a message ("statements from Clinton, Warren and Sanders") the names
    are its senders (`_after_a_message`)."""
    return persons is not None and towns is not None and first < k and tokens[first - 1].text == "from" \
        and first in towns and tokens[first].norm not in persons and not _after_a_message(tokens, first - 1)


# Words that open a fronted adverbial ("After a decade in Boston, ...", "In Denver, ..."): only such a phrase
# ends at a comma that the clause's subjects follow.
_FRONTING_WORDS = frozenset({"after", "before", "since", "during", "following", "until", "for", "within", "over"}) \
    | _PLACE_LIST_OPENERS


def _fronted(text: str, tokens: list[Token], opener: int) -> bool:
    """Whether the preposition at token `opener` belongs to a phrase fronted before its clause: the clause (from
    the sentence start or the last ';', ':' or '.') begins with it or with a fronting word. "buses in Blenheim,
    Nelson and Motueka were late" puts the place list inside the subject, and its items stay places."""
    j = opener
    while j > 0 and not any(ch in text[tokens[j - 1].end : tokens[j].start] for ch in ".;:!?\n"):
        j -= 1
    return tokens[j].norm in _FRONTING_WORDS


# Words after a list of names that make the names the clause's subjects, beside any past ("moved").
_CLAUSE_VERBS = AUXILIARIES | BE_FORMS | {"said", "say", "says", "also", "both", "each", "then"}
_LIST_JOINS = (", ", " and ", " or ", ", and ", ", or ")


def _verb_after(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the word right after token k is a verb or a clause's word ("Holt and Lowell moved")."""
    if k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start] != " ":
        return False
    return _clause_word(tokens[k + 1].text)


def _clause_word(word: str) -> bool:
    """Whether a word is a verb or a clause's word after a list of names ("moved", "said", "were")."""
    return word.islower() and (word in _CLAUSE_VERBS or past_tense(word))


def _clause_after(text: str, tokens: list[Token], k: int) -> bool:
    """Whether a verb follows token k, straight after it or after an apposition set off by commas ("Holt and
    Lowell, his partners, opened a shop"). The apposition opens with a lower-case word or a number ("his
    partners", "both 40"), so a state after a town ("Lowell, Mass., said") is no apposition."""
    if _verb_after(text, tokens, k):
        return True
    if k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start] != ", " \
            or not (tokens[k + 1].text[:1].islower() or tokens[k + 1].text[:1].isdigit()):
        return False
    for e in range(k + 1, min(k + 7, len(tokens) - 1)):
        gap = text[tokens[e].end : tokens[e + 1].start]
        if gap == ", ":
            return _clause_word(tokens[e + 1].text)
        if gap != " ":
            return False
    return False


def listed_after_place_opener(text: str, tokens: list[Token], i: int, persons: Optional[AbstractSet[str]] = None,
                              towns: Optional[ListTowns] = None) -> bool:
    """Whether the single word at token i is a middle item of a list of names that a preposition of place
    opens ("in Blenheim, Nelson and Motueka"): a place like the others, whoever else is called Nelson, unless
    the list runs into a verb and so names people ("in Denver, Holt and Lowell moved")."""
    if i < 2 or i + 2 >= len(tokens) or text[tokens[i - 1].end : tokens[i].start] != ", " \
            or not _plain_word(tokens[i - 1]):
        return False
    k = i
    while k + 1 < len(tokens) and (text[tokens[k].end : tokens[k + 1].start] in _LIST_JOINS
                                   or tokens[k + 1].norm in ("and", "or")
                                   and text[tokens[k].end : tokens[k + 1].start] in (" ", ", ")):
        if tokens[k + 1].norm in ("and", "or"):
            k += 1
            if k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start] != " ":
                return False
        if not _plain_word(tokens[k + 1]):
            if tokens[k].norm in ("and", "or"):
                return False
            break  # ", drivers said": a clause after the list ends it
        k += 1
    return k > i and _after_place_list_opener(text, tokens, i, k, persons, towns)


def closes_place_list(text: str, tokens: list[Token], i: int, persons: Optional[AbstractSet[str]] = None,
                      towns: Optional[ListTowns] = None) -> bool:
    """Whether the single word at token i closes a list of names that a preposition of place opens ("plants in
    Elkhart and Bristol", "in Burlington, Hebron and Union"): a place like the others, whoever else the story
    calls Bristol and whatever body is called the Union. Local papers list a county's towns so, and the last
    of them is as much the preposition's object as the first (`place_list_before`)."""
    return place_list_before(text, tokens, i, persons, towns) is not None


def place_list_before(text: str, tokens: list[Token], i: int, persons: Optional[AbstractSet[str]] = None,
                      towns: Optional[ListTowns] = None) -> Optional[range]:
    """The tokens of the other items of a list of places that the single word at token i closes, or None.

    Not where a verb follows straight, which makes the list a clause's subjects ("in Boston, Holt and Lowell
    moved"); after an apposition only where the list's phrase is fronted (`_after_place_list_opener`: "After
    years in Denver, Holt and Lowell, his partners, opened"), since a list inside the subject takes a
    description too ("Stores in Goshen and Bristol, about 20 miles east, reported"); nor before a possessive,
    unless the names are neighbouring towns ("Polls in Austin and Tyler's lead" is the person's lead, "Crews in
    Niles and Warren's east side" the town's); nor after "the" ("in the Senate and Assembly"). ", and" joins
    list items only after a list of two or more ("in Elkhart, Goshen, and Bristol"): after one name it joins
    clauses ("found in Boston, and Lowell, the detective, found"). With the document's towns given (`towns`),
    every other item must be one, or a state's or a country's name with a town of that name beside the last
    (`ListTowns.is_town_beside`: "in Mexico and Fulton"): "in Ohio and Congress" pairs a state with a body, "in
    Schumer and Warren" an unknown name with a person."""
    if i < 3 or not _plain_word(tokens[i]) or tokens[i - 1].norm not in ("and", "or") \
            or not tokens[i - 1].text.islower() or text[tokens[i - 1].end : tokens[i].start] != " " \
            or text[tokens[i - 2].end : tokens[i - 1].start] not in (" ", ", ") or not _plain_word(tokens[i - 2]):
        return None
    first = place_list_start(text, tokens, i - 2)
    residents = residents_of_towns(text, tokens, first, i, towns)
    if _verb_after(text, tokens, i) and not residents:
        return None
    if text[tokens[i - 2].end : tokens[i - 1].start] == ", " and first == i - 2:
        return None
    if not residents and not _after_place_list_opener(text, tokens, i - 2, i, persons, towns):
        return None
    items = range(first, i - 1)
    if towns is not None and not all(towns.is_town_beside(k, i) for k in items):
        return None
    if text[tokens[i].end : tokens[i].end + 2] in ("'s", "’s") \
            and not (towns is not None and towns.neighbours([*items, i])):
        return None
    return items


# People a list of towns describes ("Residents of X and Y", "Parents from X and Y"): the verb after is theirs.
# Both `residents_of_towns` and `opens_people_of_towns` read it, so a noun added for one (the crews and officials
# of "investigators from Waterbury": investigators, inspectors, troopers, paramedics, guides) serves the other.
_PEOPLE_OF_TOWNS = frozenset({"residents", "people", "families", "parents", "voters", "farmers", "ranchers",
                              "growers", "officers", "deputies", "crews", "firefighters", "volunteers", "students",
                              "pupils", "workers", "businesses", "merchants", "riders", "drivers", "visitors",
                              "shoppers", "patients", "teachers",
                              "officials", "councillors", "councilors", "villagers", "landowners",
                              "investigators", "inspectors", "troopers", "paramedics", "guides"})


def residents_of_towns(text: str, tokens: list[Token], first: int, i: int, towns: Optional[ListTowns]) -> bool:
    """Whether the list of names from token `first` to token i hangs on "of" after a noun of people ("Residents
    of Houston and Willow told the board", "Parents from Ellis and Victoria asked"): the verb after the list is
    the people's, not the names', where the names are towns of one district: one town of the last name near a town
    of each other (geo/town_readings.py `one_district`), not a different namesake for each."""
    return first >= 2 and towns is not None and tokens[first - 1].norm in ("of", "from") \
        and tokens[first - 1].text.islower() and tokens[first - 2].norm in _PEOPLE_OF_TOWNS \
        and towns.share_a_district([*_items(tokens, first, i)])


# How many of the story's other towns a lone name after a noun of people is measured against: the dateline's and
# the first few named lie in its district where any does, and a long list must not cost a measure per town.
_DISTRICT_PEERS_MEASURED = 12


def opens_people_of_towns(text: str, tokens: list[Token], i: int, persons: Optional[AbstractSet[str]],
                          towns: Optional[ListTowns]) -> bool:
    """Whether the single word at token i opens (or is) the towns a noun of people hangs on ("Crews from Jackson
    and Whitesburg cleared the bridges", "Investigators from Waterbury were at the scene"): a town, whoever in
    the story bears its name ("Judge-Executive Tom Whitesburg", "Fire Chief Gary Waterbury"). Crews, troopers and
    investigators come from places and agencies, not from a person, as letters and calls do. The names must be
    towns of one district: a list's (`ListTowns.share_a_district`), or a lone name's with another town of the
    story that no person bears (the dateline's, one named before), so that a surname with no town near the
    story's ground stays the person's. A lone name counts only after "from": people "of" a person are the
    person's ("Patients of Fishers", "Students of Nampa"), while "from" names where they came from. A name
    with a possessive is its owner ("Investigators of Ripley's firm", "Officials from Hindman's staff")."""
    if i < 2 or towns is None or i not in towns or tokens[i - 1].norm not in ("of", "from") \
            or not tokens[i - 1].text.islower() or tokens[i - 2].norm not in _PEOPLE_OF_TOWNS \
            or text[tokens[i - 2].end : tokens[i - 1].start] != " " \
            or text[tokens[i - 1].end : tokens[i].start] != " " or _possessive(text, tokens[i]):
        return False
    items = [i, *_list_after(text, tokens, i, most=7)]
    if len(items) > 1:
        return not _possessive(text, tokens[items[-1]]) and towns.share_a_district(items)
    if tokens[i - 1].norm != "from" \
            or i + 1 < len(tokens) and text[tokens[i].end : tokens[i + 1].start] == " " and _plain_word(tokens[i + 1]):
        return False  # "crews from Waterbury Center": a longer name runs on
    name = tokens[i].norm
    # the first few by position, without sorting every town of the story at each hit
    peers = heapq.nsmallest(_DISTRICT_PEERS_MEASURED, (k for k in towns.keys() if k != i and tokens[k].norm != name
                                                       and tokens[k].norm not in (persons or ())))
    return any(towns.share_a_district([k, i]) for k in peers)


def _list_after(text: str, tokens: Sequence[Token], k: int, most: int = 8) -> list[int]:
    """The plain words that go on a list from token k ("Leeds, York and Hull"), up to `most` of them: one walk
    for both readers of town lists, so that what counts as the list's next member cannot drift between them."""
    out, x = [], k
    while x + 1 < len(tokens) and len(out) < most:
        gap = text[tokens[x].end : tokens[x + 1].start]
        if gap == ", " and _plain_word(tokens[x + 1]):
            x += 1
        elif gap in (" ", ", ") and tokens[x + 1].norm in ("and", "or") and x + 2 < len(tokens) \
                and text[tokens[x + 1].end : tokens[x + 2].start] == " " and _plain_word(tokens[x + 2]):
            x += 2
        else:
            break
        out.append(x)
        if tokens[x - 1].norm in ("and", "or"):
            break
    return out


def _possessive(text: str, t: Token) -> bool:
    """Whether the token is written with a possessive ending ("Ripley's", "Hindman’s")."""
    return text[t.end : t.end + 2] in ("'s", "’s")


def _coordinated(text: str, tokens: list[Token], persons: set[str], cues: Cues,
                 towns: Optional[ListTowns] = None) -> set[str]:
    """"Deen and Villanueva", "Villanueva and Deen": a single name joined by "and" to a person's is a person's."""
    out: set[str] = set()
    for k in [k for k in range(1, len(tokens) - 1) if tokens[k].text == "and"]:
        a, c, b = tokens[k - 1], tokens[k], tokens[k + 1]
        if text[a.end : c.start] != " " or text[c.end : b.start] != " ":
            continue
        if not (_plain_word(a) and _plain_word(b)):
            continue
        # Both single words, but for a title before the first ("Mr Deen and Villanueva"): no capitalised
        # word runs on from either ("Ann Arbor and Oscoda", "Deen and Villanueva Holdings"), and no
        # possessive follows ("Putin and Dagestan's leader").
        if k >= 2 and text[tokens[k - 2].end : a.start] == " " and tokens[k - 2].text[:1].isupper() \
                and tokens[k - 2].norm.rstrip(".") not in cues.person_titles:
            continue
        if k >= 2 and text[tokens[k - 2].end : a.start] == " " and tokens[k - 2].text in _PARTICLES:
            # "Santiago de Cuba and Holguín": the word before "and" closes a longer name joined by a particle
            # (a town's as often as a person's), so the single word after "and" is not made a surname by it.
            continue
        if k + 2 < len(tokens) and text[b.end : tokens[k + 2].start] == " " and tokens[k + 2].text[:1].isupper():
            continue
        if text[b.end : b.end + 2] in ("'s", "’s"):
            continue
        if _after_place_list_opener(text, tokens, k - 1, k + 1, persons, towns):
            continue  # "staying in (Richmond,) Nelson and Motueka": places after "in", whoever else is Nelson
        if a.norm in persons and b.norm not in persons:
            out.add(b.norm)
        elif b.norm in persons and a.norm not in persons:
            out.add(a.norm)
    return out


# Nouns of a person's role in an apposition after their name ("Dana Hill, a spokeswoman for the county").
_ROLE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "director", "officer", "student", "senior",
                         "junior", "teacher", "resident", "member", "employee", "worker", "lawyer", "nurse",
                         "owner", "manager", "president", "chairman", "chairwoman", "volunteer", "coordinator",
                         "graduate", "freshman", "sophomore", "principal", "pastor", "widow", "mother", "father"})
_ROLE_APPOSITION = re.compile(r", (?:a|an|the) ((?:[a-z-]+ ?){1,4})")


def person_shaped_feature(text: str, tokens: list[Token], i: int, j: int, cues: Cues) -> bool:
    """Whether a two-word feature name ("Dana Hill", "Susan Lake") is written as a person: followed by an age
    ("Dana Hill, 24,"), or a given name opening it and a role in apposition ("Susan Lake, a nurse at the
    clinic") or a verb of saying before it ("said Dana Hill,").

    Hill, Lake, Brooks and Wood are common surnames; a hill or a lake is never given an age or a job, and
    is not the one speaking."""
    if j - i != 2:
        return False
    head, first = tokens[j - 1], tokens[i]
    if _AGE.match(text, head.start) is not None:
        return True
    if first.norm not in cues.given_names or text[head.end : head.end + 1] != ",":
        return False
    role = _ROLE_APPOSITION.match(text, head.end)
    if role is not None and any(w in _ROLE_NOUNS or w in cues.office_titles for w in role.group(1).split()):
        return True
    return i > 0 and tokens[i - 1].norm in _ATTRIBUTION


# A middle initial and a surname after a word ("Virginia T. Okafor", "Dallas R. Smith"): the word is a given name.
_INITIAL_AND_SURNAME = re.compile(r" [A-Z]\. [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b(?![.\w])")
# The rest of a person's name and their age after a word ("Vaughan Pryce, 16,", "Tanga Ruth Obi, 41,").
_REST_OF_AGED_NAME = re.compile(r" (?:[A-Z][a-z]+ |[A-Z]\. ){0,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?, [1-9]\d?, ")


def initial_and_surname_after(text: str, end: int) -> bool:
    """Whether a middle initial and a surname follow the word ending at `end` ("Virginia T. Okafor"): the word
    is a given name, though the capital letter after it looks like an acronym."""
    return _INITIAL_AND_SURNAME.match(text, end) is not None


def opens_aged_name(text: str, end: int) -> bool:
    """Whether the word ending at `end` opens a person's name given with an age ("Vaughan Pryce, 16,"):
    news gives a person's age after the full name, and never a place's."""
    return _REST_OF_AGED_NAME.match(text, end) is not None


# A possessive and a lower-case word after a name ("Denton's home", "Denton’s car"), maybe past the capitalised
# words of the thing's own name ("Denton’s Elm Street home"); a name ending in "s" may take the apostrophe
# alone ("Dennis’ car").
_OWNS_A_THING = re.compile(r"['’]s (?:[A-Z][a-z]+ ){0,3}[a-z]")
_OWNS_A_THING_S = re.compile(r"['’] (?:[A-Z][a-z]+ ){0,3}[a-z]")
# Verbs whose object, after a person's name, is the person struck (by a car, a shot), not a place struck.
_STRIKING_VERBS = frozenset({"struck", "hit", "strikes", "hits", "striking", "hitting"})


def owns_a_thing(text: str, end: int) -> bool:
    """Whether the name ending at `end` is written in the possessive before an ordinary word ("went to
    Denton's home", "to Denton’s Elm Street home", "in Dennis’ case"): a place cue before it governs the
    thing owned, not the name, so it does not make a person's name (one the document gives a person) a
    place."""
    if _OWNS_A_THING.match(text, end) is not None:
        return True
    return end > 0 and text[end - 1] == "s" and _OWNS_A_THING_S.match(text, end) is not None


def struck_person(cue: object) -> bool:
    """Whether a name's cue is a verb of striking ("a car struck Denton"): a person the document names is
    the one struck; a storm striking a town is written so too, but then the name is no person's."""
    return cue in _STRIKING_VERBS
