"""Named facilities and sites: hospitals, schools, mosques, camps, prisons, airports, stadiums, court buildings.

Conflict reports place events at buildings and compounds ("shelling hit Al-Quds Hospital", "detained at
Crossroads Correctional Center", "the strike on Camp Speicher"); no gazetteer holds them, and the place name
inside one ("Aleppo University Hospital") is not where the sentence puts the event: the facility is. A
capitalised run ending in a facility head ("... Hospital", "... Mosque"), starting with a prefix head
("Camp Bastion") or a head followed by "of" and a name ("University of Aleppo") is reported as one place.
It is unresolved, so it stands in at the place it is said to lie in or the document's places (fallback.py);
where it holds a known place name, that name's readings are its weak ones, believed near the document's
other places, as for natural features (features.py). The known name itself stays, marked embedded.

An institution acting through its people is not a place ("the X University said", "X Hospital officials",
"X Hospital's director"): such a name is kept with `locational=False`, as metonymic place names are.
Venues are facilities too (theatres, studios, racecourses, golf clubs, restaurants), and news names many
with no head word at all: "a dinner at Le Petit Jardin in Lyon", "the race at Brands Hatch". Such a name is
a venue where the words around it place it, with its town right after it or an event held at it
(`venues_before_towns`), a time around it ("a class at X on Wednesday", "starts tomorrow at X"), a clause of
what happens there ("at X, where ..."), or a date heading a calendar's item ("7/8 April: X, Kent"); it stands
in at that town. Words other than a preposition place a named building too: someone appearing in a court
("appeared before X District Court", "the dock of X Court"), what the name is said to be ("X Golf Club is a
private club", "X Medical Center, the main public hospital,") or to hold ("X Center houses ..."), and a
plural label before a list ("Schools: X Elementary, Y High", geo/facility_lists.py). Being accepted to a
university names a destination, not membership. The word lists are data (facilities.yaml), checked on load.
"""
from __future__ import annotations

from bisect import bisect_right

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from eventwatch.geo.article_sites import SITE_HEADS, article_site
from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.document_words import document_words
from eventwatch.geo.facility_lists import labelled_items
from eventwatch.geo.interval_cover import Intervals
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import JOIN_GAPS, SENTENCE_BREAK, NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.ordinals import ordinal
from eventwatch.geo.saint_buildings import same_saints_building, saints_building
from eventwatch.geo.spans_by_token import SpansByToken
from eventwatch.geo.store import NAME_DERIVED
from eventwatch.geo.verb_forms import BE_FORMS
from eventwatch.geo.yaml_files import parse_yaml, word_list

# A facility's proper name is short: at most this many words before its head ("Marjory Stoneman Douglas
# High School"); longer runs are lists or headlines.
MAX_NAME_WORDS = 4
# Words that may open a capitalised run without belonging to the name ("At Mercy Hospital", "The").
_LEADING = frozenset({"the", "a", "an", "at", "in", "on", "from", "to", "near", "inside", "outside", "into",
                      "this", "that", "our", "his", "her", "their", "its", "and", "or", "of", "by", "for", "with"})
# Lower-case words allowed inside a name after "of" ("University of the West Indies", "Museum of Ice Cream").
_INNER_CONNECTORS = frozenset({"of", "the", "de", "del", "des", "du", "la", "le", "al", "el", "di", "da"})
# Those allowed before a head ("Notre Dame de Paris Cathedral", "Masjid al Nur Mosque"): never "of", whose
# left side is another phrase more often than a name ("Students of Damascus University").
_ARTICLES_INSIDE = frozenset({"de", "del", "des", "du", "la", "le", "al", "el", "di", "da"})
# Abbreviations written with a period inside a name ("St. Michael's Hospital", "Mt. Sinai Hospital").
_DOTTED = frozenset({"st", "mt", "ft", "dr"})
_POSSESSIVE = ("'s", "’s")
_KEYS = ("heads", "sites", "heads_of", "prefixes", "surname_heads", "acting_verbs", "people_nouns",
         "organisation_tails", "attack_nouns", "town_heads", "membership_words", "located_words",
         "struck_words", "institution_heads", "physical_before", "building_words", "occasion_words",
         "describing_words", "event_nouns", "employer_words")

# Lists a lexicon may leave out (an older or a user's facilities.yaml): each rule they feed is then off.
_OPTIONAL_KEYS = ("appearance_words", "when_words", "holding_verbs", "place_nouns", "list_labels",
                  "school_levels", "result_words", "one_country_town_heads")


@dataclass(frozen=True)
class FacilityWords:
    heads: frozenset[str]
    sites: frozenset[str]  # open grounds and compounds; every other head names a building
    heads_of: frozenset[str]
    prefixes: frozenset[str]
    surname_heads: frozenset[str]
    acting_verbs: frozenset[str]
    people_nouns: frozenset[str]
    organisation_tails: frozenset[str]
    attack_nouns: frozenset[str]
    town_heads: frozenset[str]  # lower-case heads that after a town's whole name are the town's own
    # words before "at", "to" or "from" that make the facility an institution one belongs to ("a pupil at",
    # "graduated from"), not a place one is at
    membership_words: frozenset[str]
    located_words: frozenset[str]  # words after a facility's name that say where it stands ("located", "built")
    struck_words: frozenset[str]  # participles after "X was" that make it the scene ("shelled", "captured")
    institution_heads: frozenset[str]  # heads named as proceedings more often than as buildings ("court")
    physical_before: frozenset[str]  # words before a name that can only mean its building ("outside")
    building_words: frozenset[str]  # words after a name for the structure itself ("building", "compound")
    occasion_words: frozenset[str]  # words of a holiday's or a day's name ("Christmas Eve"): no venue
    describing_words: frozenset[str]  # words between an article and a name ("the historic X Theatre")
    event_nouns: frozenset[str]  # what is held at a venue ("the race at X", "a concert at X")
    employer_words: frozenset[str]  # words before "at" that make the name an employer ("an analyst at X")
    # two-word capitalised heads whose last word alone is none ("golf", "club"): "X Golf Club", "Paris Opera House"
    compound_heads: frozenset[tuple[str, str]] = frozenset()
    # lower-case venue nouns that may close a venue's name before its town ("at Seasons restaurant in Wayne")
    lowercase_venues: frozenset[str] = frozenset()
    # lower-case compound heads as word tuples ("military", "airport"), longest first
    lowercase_heads: tuple[tuple[str, ...], ...] = ()
    # words before "before", "at", "in" or "of" that make a court the place one stands in ("appear before X
    # Court", "a hearing at X Court", "the dock of X Court"), and the time words that may stand between
    appearance_words: frozenset[str] = frozenset()
    when_words: frozenset[str] = frozenset()
    # verbs after a facility's name that say what the building holds or where it stands ("X Center houses")
    holding_verbs: frozenset[str] = frozenset()
    # lower-case nouns that, as what a name is said to be ("X Golf Club is a private club"), make it a place
    place_nouns: frozenset[str] = frozenset()
    # plural labels that open a list of facilities ("Schools: X Elementary, Y Middle") and the words that end
    # a school's name in such a list though they are no heads elsewhere ("Elementary", "High", "NS")
    list_labels: frozenset[str] = frozenset()
    school_levels: frozenset[str] = frozenset()
    # words of a game's result before "at" ("drew at X", "the win at X"): the name is a team, not a venue
    result_words: frozenset[str] = frozenset()
    # lower-case heads that are a town's own only where its name is held in one country alone ("Wajir airstrip")
    one_country_town_heads: frozenset[str] = frozenset()
    # the same compounds by their last word, longest first: a lower-case token can only end the compounds
    # filed under its own word, so most tokens are ruled out by one dictionary look-up
    by_last_word: dict[str, tuple[tuple[str, ...], ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    # Every word a facility's run can be found at (`_runs`): a site head or the last word of a lower-case
    # compound head, a prefix, a head, or the last word of a two-word capitalised head. Any other token is
    # passed over by each branch of `_run_at`, so only the tokens of these words are visited.
    run_words: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, list[tuple[str, ...]]] = {}
        for compound in self.lowercase_heads:
            index.setdefault(compound[-1], []).append(compound)
        object.__setattr__(self, "by_last_word", {w: tuple(cs) for w, cs in index.items()})
        object.__setattr__(self, "run_words", SITE_HEADS | frozenset(index) | self.prefixes | self.heads
                           | frozenset(last for _first, last in self.compound_heads))


@lru_cache(maxsize=2)
def load_facilities(path: str = str(DATA_DIR / "facilities.yaml")) -> FacilityWords:
    """Read facilities.yaml; every list must be present and hold lower-case words."""
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    lists = {}
    for key in _KEYS:
        lists[key] = frozenset(word_list(raw.get(key), key, "facilities.yaml", allow_empty=True))
    for key in ("heads_of", "surname_heads", "sites", "town_heads", "institution_heads"):
        stray = lists[key] - lists["heads"]
        if stray:
            raise ValueError(f"facilities.yaml: {key} must be heads too: {sorted(stray)}")
    compounds = raw.get("lowercase_heads")
    if not isinstance(compounds, list) or not all(
        isinstance(w, str) and w.split() and w == w.lower() and w.split()[-1] in lists["heads"] for w in compounds
    ):
        raise ValueError("facilities.yaml: lowercase_heads must be lower-case phrases ending in a head")
    lowercase = tuple(sorted({tuple(w.split()) for w in compounds}, key=len, reverse=True))
    pairs = raw.get("compound_heads")
    if not isinstance(pairs, list) or not all(
        isinstance(w, str) and len(w.split()) == 2 and w == w.lower() for w in pairs
    ):
        raise ValueError("facilities.yaml: compound_heads must be lower-case phrases of two words")
    venues = word_list(raw.get("lowercase_venues"), "lowercase_venues", "facilities.yaml", allow_empty=True)
    optional = {}
    for key in _OPTIONAL_KEYS:
        optional[key] = frozenset(word_list(raw.get(key, []), key, "facilities.yaml", allow_empty=True))
    return FacilityWords(**lists, lowercase_heads=lowercase,
                         compound_heads=frozenset(tuple(w.split()) for w in pairs),
                         lowercase_venues=frozenset(venues), **optional)


def is_site(name: str, words: FacilityWords | None = None) -> bool:
    """Whether a facility's name (as `facilities` reports it) names an open ground or compound rather than a
    building, judged by its head word: the prefix of "Camp Bastion", the head of "University of Mosul", the
    last word of "Riverside Park". A lower-case head is judged the same way: "the Mezzeh military airport"
    and "the Tishrin dam" are sites, a venue closed by its noun ("at Seasons restaurant") is a building.

    Corpora that annotate place names only still annotate a site's own name (GeoNames lists parks, forts and
    stadiums) but not a building's, so their scoring needs the difference."""
    words = words or load_facilities()
    parts = [w for w in name.replace("\u2019", "'").split() if w]
    if not parts:
        return False
    first = parts[0].strip(".,").lower()
    if first in words.prefixes and parts[0][:1].isupper():
        return True
    for k, w in enumerate(parts[:-1]):
        if parts[k + 1] == "of" and w.lower() in words.heads_of and w[:1].isupper():
            return w.lower() in words.sites
    last = parts[-1].strip(".,")
    return last.lower() in words.sites  # "the Tishrin dam" is a site, "Seasons restaurant" a building


def _title(t: Token) -> bool:
    """Capitalised as a name is, not written in capitals as an acronym or a shouted headline is."""
    return t.text[:1].isupper() and not (t.text.isupper() and len(t.text) > 1)


def _gap_in_name(text: str, a: Token, b: Token) -> bool:
    """Whether tokens a and b, side by side, are read as words of one name."""
    gap = text[a.end : b.start]
    if "\n" in gap:
        return False
    if gap.strip() in JOIN_GAPS:
        return True
    if gap[:2] in _POSSESSIVE and gap[2:] == " ":
        return True  # "Eva's Village", "St. Michael's Hospital"
    if gap in ("' ", "’ ") and a.text.endswith("s") and a.text[:1].isupper():
        return True  # "Feltham Magistrates' Court": a plural's possessive
    return gap == ". " and a.norm in _DOTTED


def _name_start(text: str, tokens: list[Token], k: int, cues: Cues, title_case: frozenset[int]) -> int:
    """First token of the capitalised run that ends just before token k (k itself if there is none)."""
    st = k
    while st > 0 and k - st < MAX_NAME_WORDS + 2:
        p = tokens[st - 1]
        if not _gap_in_name(text, p, tokens[st]) or p.start in title_case:
            break
        if _title(p) or (p.text.isupper() and p.text.isalpha()) or (p.text[:1].isdigit() and st - 1 > 0
                                                                     and _title(tokens[st - 2])):
            if p.norm in cues.months:
                break
            st -= 1
        elif p.norm in _ARTICLES_INSIDE and p.text.islower() and st - 2 >= 0 and _title(tokens[st - 2]) \
                and _gap_in_name(text, tokens[st - 2], p):
            st -= 1
        else:
            break
    # A title that takes a possessive names the building after the office ("the Queen's Medical Centre",
    # "King's College Hospital"), not a person after it: it is the name's first word.
    while st < k and (tokens[st].norm in _LEADING
                      or (tokens[st].norm in cues.person_titles
                          and text[tokens[st].end : tokens[st].end + 2] not in _POSSESSIVE)
                      or tokens[st].text.islower() or tokens[st].text[:1].isdigit()):
        st += 1
    return st


def _name_after(text: str, tokens: list[Token], k: int) -> int:
    """One past the last token of the proper name after "of" at token k ("University of [Aleppo]")."""
    e = k + 1
    n = len(tokens)
    while e < n and e - k <= MAX_NAME_WORDS and _gap_in_name(text, tokens[e - 1], tokens[e]) and (
        _title(tokens[e]) or (tokens[e].norm in _INNER_CONNECTORS and tokens[e].text.islower()
                              and e + 1 < n and _title(tokens[e + 1]))
    ):
        e += 1
    while e > k + 1 and tokens[e - 1].text.islower():
        e -= 1
    return e


def _runs(text: str, tokens: list[Token], cues: Cues, words: FacilityWords,
          title_case: frozenset[int]) -> Iterable[tuple[int, int, int, bool]]:
    """Token ranges [i, j) of facility names with the index of their head word and whether it names an open
    site (read as a place after any cue), in text order.

    Only the tokens of `words.run_words` are asked (`_run_at`), found in the document's word index
    (geo/document_words.py), which the recogniser has built for these tokens already: a walk over every
    token for the one in thirty that may end a facility's name was the costliest part of this step."""
    for k in document_words(tokens).positions(words.run_words):
        run = _run_at(text, tokens, k, cues, words, title_case)
        if run is not None:
            yield run


def _run_at(text: str, tokens: list[Token], k: int, cues: Cues, words: FacilityWords,
            title_case: frozenset[int]) -> tuple[int, int, int, bool] | None:
    """The facility's run found at token k, as `_runs` gives it, or None (always None for a token whose word
    is not in `words.run_words`)."""
    n = len(tokens)
    t = tokens[k]
    if t.text.islower():
        if t.norm in SITE_HEADS:
            run = article_site(text, tokens, k)  # "the al-Rahma mosque" (geo/article_sites.py)
            if run is not None:
                return run
        if t.norm in words.by_last_word:
            return _lowercase_run(text, tokens, k, cues, words, title_case)
        return None
    if not _title(t) or t.start in title_case:
        return None
    prefix = t.norm in words.prefixes
    head = t.norm in words.heads or _compound_head(text, tokens, k, words)
    if not prefix and not head:
        return None  # most capitalised words: neither branch below reads them
    nxt = tokens[k + 1] if k + 1 < n else None
    joined_next = nxt is not None and _gap_in_name(text, t, nxt) and text[t.end : nxt.start] != ""
    if prefix and joined_next and _title(nxt) and nxt.norm not in cues.months \
            and _name_start(text, tokens, k, cues, title_case) == k:
        e = k + 2
        while e < n and e - k <= 2 and _title(tokens[e]) and _gap_in_name(text, tokens[e - 1], tokens[e]):
            e += 1
        if e < n and _title(tokens[e]) and _gap_in_name(text, tokens[e - 1], tokens[e]):
            return None  # "Fort Sanders Medical Center": a longer name, judged at its own head
        return k, e, k, True
    if not head:
        return None
    if joined_next and _title(nxt) and not (nxt.norm in cues.months or _day_name(nxt, words)):
        return None  # the name goes on ("University Hospital", "Hospital Trust"): judged at its end
    if joined_next and nxt.norm == "for":
        return None  # "Center for Strategic Studies": an organisation
    if joined_next and nxt.text.islower() and nxt.norm in _DIVISION_AFTER_HEAD:
        return None  # "Haiti's Centre department", "the Centre region": a division named by the word
    of_name = (joined_next and t.norm in words.heads_of and nxt.norm == "of" and nxt.text.islower()
               and k + 2 < n and _gap_in_name(text, nxt, tokens[k + 2]) and (
                   _title(tokens[k + 2]) or (tokens[k + 2].text == "the" and k + 3 < n  # "Church of
                                             and _title(tokens[k + 3])  # the Nativity"
                                             and _gap_in_name(text, tokens[k + 2], tokens[k + 3]))))
    st = _name_start(text, tokens, k, cues, title_case)
    if of_name:
        return st, _name_after(text, tokens, k + 1), k, t.norm in words.sites
    if st == k or (st == k - 1 and t.norm not in words.heads):
        return None  # no name before the head ("the Golf Club" alone)
    if st == k - 1 and ordinal(tokens[st].norm):
        return None  # "the Fifth Circuit", "the 9th Circuit": a numbered court or district, not a name
    if st == k - 1 and t.norm in words.surname_heads and tokens[st].norm in cues.given_names \
            and not _after_article(text, tokens, st):
        return None  # "Jerry Hall", "Ben Camp": a person; "the Christopher Inn" is not one
    return st, k + 1, k, t.norm in words.sites


# Lower-case division words after a facility head that make the head a division's name ("Centre department").
_DIVISION_AFTER_HEAD = frozenset({"department", "region", "province", "prefecture"})


def _after_article(text: str, tokens: list[Token], k: int) -> bool:
    """Whether "the" stands just before token k: a person's name takes no article, a building's does."""
    return k >= 1 and tokens[k - 1].norm == "the" and text[tokens[k - 1].end : tokens[k].start] == " "


def _compound_head(text: str, tokens: list[Token], k: int, words: FacilityWords) -> bool:
    """Whether token k closes a capitalised two-word head ("Golf Club", "Opera House")."""
    return k >= 1 and (tokens[k - 1].norm, tokens[k].norm) in words.compound_heads and _title(tokens[k - 1]) \
        and _gap_in_name(text, tokens[k - 1], tokens[k]) and text[tokens[k - 1].end : tokens[k].start] == " "


def _lowercase_run(text: str, tokens: list[Token], k: int, cues: Cues, words: FacilityWords,
                   title_case: frozenset[int]) -> tuple[int, int, int, bool] | None:
    """The site named by a capitalised name and a lower-case compound head ending at token k ("the Mezzeh
    military airport", "the Tishrin dam"), as (start, end, head, site), or None."""
    n = len(tokens)
    for compound in words.by_last_word.get(tokens[k].norm, ()):
        m = k - len(compound) + 1
        if m < 1 or tuple(tokens[x].norm for x in range(m, k + 1)) != compound:
            continue
        if any(not tokens[x].text.islower() or not _gap_in_name(text, tokens[x - 1], tokens[x])
               for x in range(m, k + 1)):
            continue
        if k + 1 < n and _gap_in_name(text, tokens[k], tokens[k + 1]) and (
            _title(tokens[k + 1]) or tokens[k + 1].text.islower() and tokens[k + 1].norm in words.heads
        ):
            return None  # "the Mosul dam project", "air base Commander": the compound goes on
        before = tokens[m - 1]
        if not _title(before) or before.start in title_case or text[before.end : tokens[m].start] != " ":
            return None
        st = _name_start(text, tokens, m, cues, title_case)
        if st == m:
            return None
        return st, k + 1, k, True
    return None


def _article_opens(text: str, tokens: list[Token], s: NameSpan, i: int, title_case: frozenset[int]) -> bool:
    """Whether the known name s begins with a capitalised "The" just before token i and ends inside the run
    from i: the name's article is the building's too ("The Colony Theatre", "The Hague Conservatory")."""
    return s.i == i - 1 and s.j > i and tokens[s.i].text == "The" and tokens[s.i].start not in title_case \
        and text[tokens[s.i].end : tokens[i].start] == " "


def _inner_place(held: list[NameSpan]) -> NameSpan | None:
    """The known place a facility's name holds: one spelled exactly before a loose spelling, then the longest.
    A word of the name read loosely ("Teaching" ~ "Tacheng") or an adjective ("European") is longer than the
    town it follows in "Basra Teaching Hospital" but is no evidence of where the building is."""
    named = [s for s in held if s.candidates]
    return max(named, key=lambda s: (any(c.exact for c in s.candidates), s.end - s.start), default=None)


def _compound_start(tokens: list[Token], h: int, words: FacilityWords) -> int:
    """First token of the longest lower-case compound head ending at token h ("border crossing")."""
    for compound in words.by_last_word.get(tokens[h].norm, ()):
        m = h - len(compound) + 1
        if m >= 0 and tuple(tokens[x].norm for x in range(m, h + 1)) == compound:
            return m
    return h


def _acting(text: str, tokens: list[Token], i: int, j: int, cues: Cues, words: FacilityWords) -> bool:
    """Whether the facility named by tokens i..j stands for the people who run it ("the court ruled",
    "X Hospital officials", "X University's president")."""
    end = tokens[j - 1].end
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    if text[end : end + 2] in _POSSESSIVE:
        return nxt.text.islower() and (nxt.norm in words.people_nouns or nxt.norm in cues.metonymy_nouns)
    if text[end : nxt.start].strip() not in ("", ","):
        return False
    if nxt.text.islower() and nxt.norm in words.people_nouns:
        return True
    b = i - 1
    while b > 0 and tokens[b].norm in ("the", "a", "an") and tokens[b].text.islower():
        b -= 1
    before = tokens[b] if b >= 0 else None
    if before is not None and before.text.islower() and before.norm in _LEADING - {"the", "a", "an", "this", "that"} \
            and not _clause_opening(text, tokens, b):
        return False  # the object of a preposition is not the subject of the verb after it
    k = _past_seat(text, tokens, j)
    while k < len(tokens) and k - j < 3 and (tokens[k].norm in cues.metonymy_auxiliaries or (
        tokens[k].norm.endswith("ly") and len(tokens[k].norm) > 4 and tokens[k].text.islower())):
        k += 1
    if k >= len(tokens):
        return False
    verb = tokens[k]
    return verb.text.islower() and (verb.norm in cues.metonymy_verbs or verb.norm in words.acting_verbs)


def _clause_opening(text: str, tokens: list[Token], b: int) -> bool:
    """Whether the "and" or "or" at token b opens a clause after a comma (", and the X Centre issued"): the
    name after it is the new clause's subject, not a preposition's object."""
    return b >= 1 and tokens[b].norm in ("and", "or") and text[tokens[b - 1].end : tokens[b].start].strip() == ","


def _past_seat(text: str, tokens: list[Token], j: int) -> int:
    """The token after the facility's seat, where one is named right after it ("the Meteorological Centre in
    Jaipur issued", "the X Hospital in Shelby said"): an institution named with the town it sits in is still the
    subject of the verb after the town. Otherwise j."""
    n = len(tokens)
    if j + 1 >= n or tokens[j].norm not in ("in", "at") or not tokens[j].text.islower() \
            or text[tokens[j - 1].end : tokens[j].start] != " ":
        return j
    k = j + 1
    while k < n and k - j <= 3 and tokens[k].text[:1].isupper() and not tokens[k].text.isupper() \
            and text[tokens[k - 1].end : tokens[k].start] == " ":
        k += 1
    return k if k > j + 1 and k < n and text[tokens[k - 1].end : tokens[k].start] == " " else j


def _member_of(tokens: list[Token], b: int, words: FacilityWords | None) -> bool:
    """Whether the weak cue at token b ties someone to an institution ("a pupil at", "graduated from", "a
    professor at the"), so the building after it is the institution rather than a place."""
    if words is None or b < 1 or tokens[b].norm not in ("at", "to", "from", "of"):
        return words is None
    return tokens[b - 1].norm in words.membership_words  # "Students from X University" opens a sentence


def _used_as_place(text: str, tokens: list[Token], i: int, j: int, kept: list[NameSpan], cues: Cues,
                   site: bool, words: FacilityWords | None = None, prefixed: bool = False) -> bool:
    """Whether a place cue puts the facility somewhere: a locative word before it ("at the X Center",
    "shelled X Hospital", "taken to X Hospital"), or after it a known place it is said to lie in ("X Prison
    in Shelby", "X Inn, Ballyjamesduff") or words saying where it stands ("X Center, located at ...").

    Without one, a capitalised name ending in "Center" or "School" is as often the institution, an event or a
    title as the building. A weak cue ("at", "to", "from") before a building is one unless it ties a person
    to the institution ("a pupil at X School", "graduated from X College").
    """
    b = i - 1
    while b > 0 and (tokens[b].norm in ("the", "a", "an") or words is not None
                     and tokens[b].norm in words.describing_words) and tokens[b].text.islower():
        b -= 1
    if b >= 0 and tokens[b].text.islower() and tokens[b].norm in cues.locative_before \
            and not SENTENCE_BREAK.search(text[tokens[b].end : tokens[i].start]):
        return site or tokens[b].norm not in cues.weak_locative or not _member_of(tokens, b, words)
    if words is not None and _struck_before(text, tokens, b, i, words):
        return True
    if b >= 1 and tokens[b].text.islower() and (
        (tokens[b].norm == "on" and words is not None and tokens[b - 1].norm in words.attack_nouns)
        or (prefixed and tokens[b].norm == "of" and tokens[b - 1].norm in cues.place_of)
    ):
        # "the attack on Camp Liberty", "residents of Camp Liberty" (a camp or fort by its prefix: "the area
        # of Veterans Memorial Park" names a park's part, which news corpora do not read as a place)
        return True
    if j >= len(tokens):
        return False
    end = tokens[j - 1].end
    nxt = tokens[j]
    starts = {s.i for s in kept if not s.demonym}
    if nxt.norm in ("in", "near", "outside") and nxt.text.islower() and j + 1 < len(tokens) and j + 1 in starts:
        return True
    if nxt.norm in ("on", "off") and nxt.text.islower() and any(s.i == j + 1 and s.cue == "street" for s in kept):
        return True  # "X Museum on Collins Avenue": the street it stands on
    gap = text[end : nxt.start]
    if words is not None and gap in (" ", ", ") and nxt.text.islower() and nxt.norm in words.located_words:
        return True
    if words is not None and gap == " " and _done_to(text, tokens, j, words):
        return True
    if words is not None and gap == " " and nxt.text.islower() and nxt.norm in words.holding_verbs:
        return True  # "X Village Center houses a bakery": what the building holds
    if words is not None and gap in (" ", ", ") and _said_to_be_a_place(text, tokens, j, cues, words,
                                                                          gap == ", "):
        return True
    return gap == ", " and j in starts


_ARTICLES = frozenset({"a", "an", "the"})
# Words that close the noun phrase of a description ("the oldest university in the state", "a club that ...").
_PHRASE_ENDS = frozenset({"in", "on", "at", "of", "for", "with", "near", "from", "since", "by", "to", "that",
                          "which", "who", "where", "and", "or", "but"})


def _said_to_be_a_place(text: str, tokens: list[Token], j: int, cues: Cues, words: FacilityWords,
                        apposition: bool) -> bool:
    """Whether the words from token j say what kind of place the name before them is: a copula and a noun
    phrase whose noun names a building or ground ("X Golf Club is a private club", "X was the
    town's first hospital"), or after a comma an apposition holding such a noun ("X Medical Center, the
    county hospital system, ..."). Saying what a name is describes the thing itself, which for a name with a
    facility's head is the building; an institution acting needs a verb (`_acting`), not a description."""
    k = j
    if not apposition:
        if tokens[k].norm not in ("is", "was") or not tokens[k].text.islower():
            return False
        k += 1
    if k >= len(tokens) or tokens[k].norm not in _ARTICLES or not tokens[k].text.islower():
        return False
    start = k + 1
    k = start
    while k < len(tokens) and k - start < 4 and tokens[k].text.islower() and tokens[k].text.isalpha() \
            and tokens[k].norm not in _PHRASE_ENDS and text[tokens[k - 1].end : tokens[k].start] == " ":
        k += 1
    nouns = [t for t in tokens[start:k] if t.norm in words.place_nouns or t.norm in words.heads]
    if not nouns:
        return False
    if not apposition:
        return nouns[-1] is tokens[k - 1]  # the noun closes the phrase: "a club", not "a club member"
    if k >= len(tokens) or text[tokens[k - 1].end : tokens[k].start].strip() != ",":
        return False  # the apposition must close before the sentence goes on
    while k < len(tokens) and k - start < 8 and tokens[k].text.islower() and (
            tokens[k].norm in cues.metonymy_auxiliaries or (tokens[k].norm.endswith("ly") and len(tokens[k].norm) > 4)):
        k += 1
    # "X College, a private college, said it would close": the institution acting after all
    return not (k < len(tokens) and tokens[k].text.islower()
                and (tokens[k].norm in cues.metonymy_verbs or tokens[k].norm in words.acting_verbs))


def _struck_before(text: str, tokens: list[Token], b: int, i: int, words: FacilityWords) -> bool:
    """Whether the verb at token b says what was done to the facility named from token i ("shelling damaged
    X Hospital", "militants looted the X Museum"): the same verbs that make it the scene after "was"."""
    return b >= 0 and tokens[b].text.islower() and tokens[b].norm in words.struck_words \
        and not SENTENCE_BREAK.search(text[tokens[b].end : tokens[i].start])


def _building_meant(text: str, tokens: list[Token], i: int, j: int, words: FacilityWords) -> bool:
    """Whether the words around an institution's name (tokens i..j) can only mean its building: a physical
    position before it ("outside X Court"), a verb of damage ("bombed the X Court"), an attack on it, or a
    word for the structure after it ("the X Court building"). "In", "at", "to" and "before" are not enough:
    one appears in, at or before a court as a party to its proceedings."""
    b = i - 1
    while b > 0 and tokens[b].norm in ("the", "a", "an") and tokens[b].text.islower():
        b -= 1
    if b >= 0 and tokens[b].text.islower() and not SENTENCE_BREAK.search(text[tokens[b].end : tokens[i].start]):
        if tokens[b].norm in words.physical_before or tokens[b].norm in words.struck_words:
            return True
        if tokens[b].norm == "on" and b >= 1 and tokens[b - 1].norm in words.attack_nouns:
            return True
    if b >= 1 and tokens[b].text.islower() and tokens[b].norm in ("before", "at", "in", "of") \
            and _appearance_before(text, tokens, b, words):
        return True
    return j < len(tokens) and text[tokens[j - 1].end : tokens[j].start] == " " and tokens[j].text.islower() \
        and tokens[j].norm in words.building_words


def _appearance_before(text: str, tokens: list[Token], b: int, words: FacilityWords) -> bool:
    """Whether the preposition at token b ends a phrase of someone standing in a court ("appeared before",
    "will appear Thursday in", "a hearing today at", "the dock of"): a defendant is in the courthouse, so
    the court is where the sentence puts them, unlike "the court ruled" or "a judge of the X Court"."""
    k = b - 1
    while k >= 0 and b - k <= 3 and not SENTENCE_BREAK.search(text[tokens[k].end : tokens[k + 1].start]):
        w = tokens[k]
        if w.norm in words.appearance_words and w.text.islower():
            return tokens[b].norm != "of" or w.norm == "dock"
        if w.norm not in words.when_words and w.norm not in words.occasion_words:
            return False
        k -= 1
    return False




def _done_to(text: str, tokens: list[Token], j: int, words: FacilityWords) -> bool:
    """Whether the words from token j say, in the passive, what was done to the facility ("was shelled",
    "has been partly destroyed", "were captured"): the building or ground is the scene of the event."""
    k, be = j, False
    while k < len(tokens) and k - j < 4 and tokens[k].text.islower() \
            and text[tokens[k - 1].end : tokens[k].start] == " ":
        t = tokens[k]
        if t.norm in BE_FORMS:
            be = True
        elif t.norm in ("has", "have", "had", "also", "reportedly", "again") or (
                t.norm.endswith("ly") and len(t.norm) > 4):
            pass
        else:
            return be and t.norm in words.struck_words
        k += 1
    return False


# What may stand between two names of one list: a comma or semicolon, "and" or "or", or both; perhaps "the".
_LIST_GAP = re.compile(r"\s*(?:[,;&]\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:[Tt]he\s+)?")


def _listed_with_places(text: str, tokens: list[Token], kept: list[NameSpan], out: list[NameSpan],
                        pending: list[tuple[NameSpan, int]], accept) -> None:
    """Accept each pending facility listed next to an accepted one ("at the X Hall, the Y Centre and the Z
    Library"; "X Hotel, Kilmore; Y Theatre, Carrick; Z Hall"): names of one list share their role,
    so one cue covers them all. A known place after a listed facility ("X Hotel, Kilmore") is part
    of its item."""
    place_at = {s.start: s.end for s in kept if s.candidates and not s.demonym}

    def item_end(span: NameSpan) -> int:
        end = span.end
        if text[end : end + 2] == ", " and end + 2 in place_at:
            end = place_at[end + 2]
        return end

    def joined(a: NameSpan, b: NameSpan) -> bool:  # a before b in one list
        end = item_end(a)
        if end > b.start:  # "X University, Kent State University": the place after the comma opens b
            end = a.end
        return end <= b.start and _LIST_GAP.fullmatch(text[end : b.start]) is not None

    changed = True
    while changed and pending:
        changed = False
        for item in list(pending):
            span, h = item
            if any(o.i < span.j and span.i < o.j for o in out):
                pending.remove(item)
                continue
            if any(joined(o, span) or joined(span, o) for o in out):
                pending.remove(item)
                accept(span, h)
                changed = True


def _one_country_town(span: NameSpan) -> bool:
    """Whether the gazetteer holds `span`'s name whole as towns (or their districts) of one country alone: then
    "X airstrip" is that town's landing ground. A name held in several countries ("Richmond", "Wilson") is as
    likely a person's or a lodge's, and reading it as the town would place the airstrip at a far namesake."""
    countries = {c.country_code for c in span.candidates if c.exact and c.kind != NAME_DERIVED}
    return len(countries) == 1 and any(c.exact and c.kind != NAME_DERIVED and c.feature_code.startswith("PPL")
                                       for c in span.candidates)


def _town_anchored(tokens: list[Token], inner: NameSpan, kept: list[NameSpan]) -> bool:
    """Whether the town before "airstrip" will stand as a place of its own: no article governs it ("flown to
    X airstrip"), or another place of its country is named in the story. After "the" with nothing else around
    ("landed at the X airstrip"), the lone town is later dropped as unsupported, so the site must be kept."""
    if inner.i == 0 or tokens[inner.i - 1].norm != "the":
        return True
    countries = {c.country_code for c in inner.candidates if c.exact}
    return any(s is not inner and any(c.exact and c.country_code in countries for c in s.candidates) for s in kept)


def facilities(text: str, tokens: list[Token], kept: list[NameSpan], readings: list[str], cues: Cues,
               title_case: Iterable[int] = (), words: FacilityWords | None = None) -> list[NameSpan]:
    """`kept` with every named facility added as one place; known names inside one are marked embedded.

    A facility is not made where an earlier step already reads the head as part of a name (a street, a
    natural feature, a gazetteer entry that runs through the head), nor from a person's name ("Jerry Hall").
    """
    words = words or load_facilities()
    title = frozenset(title_case)
    by_token = {k: s for s in kept for k in range(s.i, s.j)}
    out: list[NameSpan] = []
    inside: set[int] = set()
    heads: set[int] = set()
    pending: list[tuple[NameSpan, int]] = []  # facilities no cue of their own puts anywhere, with their head
    saints: set[int] = set()  # saints' names opening a building's name (geo/saint_buildings.py)

    at = SpansByToken(kept)  # geo/spans_by_token.py: the names asked by token, not scanned per run

    def accept(span: NameSpan, h: int) -> None:
        for s in at.inside(span.i, span.j):
            inside.add(id(s))
        out.append(span)
        heads.add(h)

    last_end = -1
    for i, j, h, site in _runs(text, tokens, cues, words, title):
        if i < last_end:
            continue
        head = by_token.get(h)
        compound = tokens[h].norm not in words.heads  # "Golf Club": two words head it
        if compound and head is not None and (head.i, head.j) == (h - 1, h + 1) and head.cue not in ("street",
                                                                                                   "feature"):
            head = None  # "Country Club" is also a town's name, but here it is the head of a club's
        if head is not None and (head.i < h or head.j > h + 1 or head.cue in ("street", "feature")):
            continue  # a street, a feature, or a gazetteer name through the head: an earlier step's reading
        if any(by_token.get(k) is not None and by_token[k].cue in ("street", "feature") for k in range(i, j)):
            continue
        saint = next((s for s in at.opening(i) if s.j <= h
                      and saints_building(text, tokens, s, h, cues.given_names)), None)
        lead = next((s for s in at.opening(i) if s.j < h and s.candidates and not s.demonym and s is not saint
                     and text[tokens[s.j - 1].end : tokens[s.j].start][:2] in _POSSESSIVE), None)
        if lead is not None:  # "Hong Kong's Princess Margaret Hospital": the town stays a place of its own
            i = lead.j
        crossing = at.crossing(i, j)
        if len(crossing) == 1 and _article_opens(text, tokens, crossing[0], i, title):
            # "at The Colony Theatre": a town named with its article ("The Colony") opens the building's name,
            # which then starts at the article too; the town stays inside it, embedded
            i, crossing = crossing[0].i, []
        if crossing:
            continue  # a known name straddles the run's edge: the run is not one name
        if saint is not None:
            saints.add(id(saint))  # "St. Jude's Hospital": the saint's name is no place, wherever the building is
        held = [s for s in at.inside(i, j) if not s.demonym and not (compound and s.j == h + 1)
                and s is not saint]
        inner = _inner_place(held)
        if tokens[h].text.islower() and inner is not None and inner.i == i \
                and inner.j == _compound_start(tokens, h, words) \
                and (tokens[h].norm in words.town_heads and any(c.exact and c.kind != NAME_DERIVED
                                                                for c in inner.candidates)
                     or tokens[h].norm in words.one_country_town_heads and _one_country_town(inner)
                     and _town_anchored(tokens, inner, kept)):
            # "the Nasib crossing": a town's whole name before it, so the town is the place. A spelling only a
            # rule derived ("Qalandia" for Qalandiya) is too weak to stand alone: the site keeps it as its place.
            continue
        cands = list(inner.candidates) if inner is not None else []
        span = NameSpan(i, j, tokens[i].start, tokens[j - 1].end, " ".join(readings[i:j]), cands, cue="facility",
                        vague="near" if cands else None, weak=bool(cands), unknown=not cands, facility=True)
        if _acting(text, tokens, i, j, cues, words):
            continue  # an institution acting: left as it was read
        if tokens[h].norm in words.institution_heads:
            if _building_meant(text, tokens, i, j, words):
                accept(span, h)
                last_end = j
            continue  # "appeared in X District Court": the proceedings, not a place
        # a town's possessive places it ("Brooklyn's Barclays Center" is the Barclays Center in Brooklyn)
        if not (lead is not None or _used_as_place(text, tokens, i, j, kept, cues, site, words,
                                                   h == i and tokens[h].norm in words.prefixes)):
            pending.append((span, h))  # no place cue: a place only if listed with one that has
            continue
        accept(span, h)
        last_end = j
    _listed_with_places(text, tokens, kept, out, pending, accept)
    waiting = {(span.i, span.j): (span, h) for span, h in pending}
    labelled = list(labelled_items(text, tokens, words))  # "Schools: X Elementary, Y Middle": the label is the cue
    # geo/interval_cover.py: the kept names, and the streets and features among them, asked by bisection
    names = Intervals((s.i, s.j) for s in kept) if labelled else None
    ways = Intervals((s.i, s.j) for s in kept if s.cue in ("street", "feature")) if labelled else None
    for i, j in labelled:
        if any(o.i < j and i < o.j for o in out) or names.meets(i, i) or names.meets(j, j):
            continue  # (`meets(i, i)`: a kept name running across token i's edge, s.i < i < s.j)
        if ways.inside(i, j):
            continue
        if (i, j) in waiting:
            accept(*waiting[(i, j)])
            continue
        # the level word read alone as a town ("Primary") is no evidence of where the school is
        inner = _inner_place([s for s in kept if i <= s.i and s.j <= j and s.i < j - 1 and not s.demonym])
        cands = list(inner.candidates) if inner is not None else []
        accept(NameSpan(i, j, tokens[i].start, tokens[j - 1].end, " ".join(readings[i:j]), cands, cue="facility",
                        vague="near" if cands else None, weak=bool(cands), unknown=not cands, facility=True), j - 1)
    for i, j in venues_before_towns(text, tokens, kept, out, cues, words, title):
        accept(NameSpan(i, j, tokens[i].start, tokens[j - 1].end, " ".join(readings[i:j]), [], cue="facility",
                        unknown=True, facility=True), -1)
    if saints:
        # "St. Jude's Hospital ... nurses at St. Jude's": the saint's name is the building's again
        names = {s.norm for s in kept if id(s) in saints}
        kept = [s for s in kept if id(s) not in saints
                and not same_saints_building(text, tokens, s, names, cues.given_names)]
    if not out:
        return kept
    rest = []
    for s in kept:
        if id(s) in inside:
            if s.j - 1 in heads and (s.j - s.i == 1 or s.j - s.i == 2 and (
                    tokens[s.i].norm, tokens[s.i + 1].norm) in words.compound_heads):
                continue  # the head word alone read as a town ("Hospital"): the facility replaces it
            s.locational, s.cue = False, "embedded"
        rest.append(s)
    merged = rest + out
    merged.sort(key=lambda s: (s.start, -s.end))
    return merged


# What follows the second name of a list ("at X, Y and Z", "at X, Y, Z and W"): then "X, Y" is no venue and town.
_LIST_AFTER = re.compile(r"(?:,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*,?\s+(?:and|or|&)\s")

# Weak cues after which a capitalised name with its town after it is where someone is ("a gala at X in Y").
_VENUE_CUES = frozenset({"at", "from", "to"})


def venues_before_towns(text: str, tokens: list[Token], kept: list[NameSpan], accepted: list[NameSpan],
                        cues: Cues, words: FacilityWords, title_case: frozenset[int] = frozenset()
                        ) -> list[tuple[int, int]]:
    """Token ranges [i, j) of venues no head word names, placed by the town written after them: a capitalised
    name of two words or more (or one with a possessive) after "at", "from" or "to", then "in" or a comma and
    a known place ("a dinner at Le Petit Jardin in Lyon", "tickets sold at Eva's Village in Paterson",
    "the show at Harbour Lights, Galway"); or after "at" with what is held there before it, a race, a concert,
    a match ("the race at Brands Hatch", "the match at Elland Road"), where one word of name is enough. The
    words around a restaurant, a shop or a club say where it is though no word of its name does; it stands in
    at that town (fallback.py), or at the document's places, never at invented coordinates.

    Not a venue: a name tied to someone as an employer or a school ("an analyst at X in London", "studied at
    X in 1990"); a person's name (a given name opening it without a possessive, "at John Carter in"); an
    occasion ("at Christmas Eve in Rome"); an organisation's or an event's name (an institution word or an
    organisation tail in it: "at Acme Group in Leeds", "at the Film Festival in Cannes"); an acronym; a name
    the gazetteer or an earlier step already reads whole, or one a head word would have made a facility."""
    out: list[tuple[int, int]] = []
    n = len(tokens)
    town_at = {s.i: s for s in kept if s.candidates and not s.demonym and s.locational}
    own = [(s.i, s.j) for s in accepted]  # facilities already read
    ends_at = {s.j for s in kept}  # "from Aleppo to X in Y": a place before "to" is a route's start
    colon_after = _colon_after(text, tokens)
    # Only a cue word or a word before a colon can open a venue: those are visited, in order, the cue words
    # from the document's word index rather than by asking every token.
    for b in sorted(colon_after.union(document_words(tokens).positions(_VENUE_CUES))):
        if b >= n - 1:
            break
        cue = tokens[b]
        # "7/8 April: X, Kent": a date heading an item of a calendar, then a name and its town
        calendar = b in colon_after and _date_label(text, tokens, b, cues)
        if not calendar and (cue.norm not in _VENUE_CUES or not cue.text.islower()):
            continue
        if cue.norm == "to" and b >= 1 and _title(tokens[b - 1]) and text[tokens[b - 1].end : cue.start] == " " \
                and b not in ends_at:
            continue  # "the Coalition to Restore X in Y", "the Committee to Protect Y": an organisation's name runs on
        if not calendar and b >= 1 and (tokens[b - 1].norm in words.membership_words
                                        or tokens[b - 1].norm in words.people_nouns
                                        or tokens[b - 1].norm in words.employer_words):
            continue
        i = b + 1
        if not calendar and tokens[i].norm == "the" and tokens[i].text == "the":
            i += 1
        if i >= n or (text[tokens[i - 1].end : tokens[i].start] != " " and not calendar) or not _title(tokens[i]) \
                or tokens[i].start in title_case:
            continue
        j = i + 1
        while j < n and j - i <= MAX_NAME_WORDS and _gap_in_name(text, tokens[j - 1], tokens[j]) and _title(tokens[j]):
            j += 1
        noun = j < n and tokens[j].text.islower() and tokens[j].norm in words.lowercase_venues \
            and text[tokens[j - 1].end : tokens[j].start] == " "
        event = cue.norm == "at" and b >= 1 and tokens[b - 1].text.islower() \
            and tokens[b - 1].norm in words.event_nouns and text[tokens[b - 1].end : cue.start] == " "
        if not _venue_name(text, tokens, i, j, cues, words, noun or event or calendar):
            continue
        j += noun  # "Seasons restaurant": the noun is part of the venue's name
        # "the season starts tomorrow at X", "a class at X on Wednesday", "at X, where ...": something
        # happens at the name at a time, or the name opens a clause of what happens there
        held = cue.norm == "at" and not calendar and not _result_before(text, tokens, b, words) and (
            _dated_before(text, tokens, b, cues, words) or _dated_after(text, tokens, j, cues, words)
            or (j + 1 < n and text[tokens[j - 1].end : tokens[j].start] == ", " and tokens[j].text == "where"))
        if j >= n:
            town = None
        elif (gap := text[tokens[j - 1].end : tokens[j].start]) == " " and tokens[j].norm == "in" \
                and tokens[j].text == "in" and j + 1 < n and text[tokens[j].end : tokens[j + 1].start] == " ":
            town = town_at.get(j + 1)
        else:
            town = town_at.get(j) if gap == ", " and not _LIST_AFTER.match(text, town_at[j].end if j in town_at
                                                                         else 0) else None
        if town is not None and (text[town.end : town.end + 2] in _POSSESSIVE or (
                town.j < n and text[town.end : tokens[town.j].start] == " " and _title(tokens[town.j]))):
            town = None  # "at X, St. Michael's School": the name after the comma opens a longer one
        if town is None and not (event or held):
            continue
        if any(s.i < j and i < s.j and (not (i <= s.i and s.j <= j) or (s.i, s.j) == (i, j)
                                         or s.cue in ("street", "feature", "facility")) for s in kept):
            continue  # a known name across its edge, the whole name known, or an earlier step's reading
        if any(a < j and i < e for a, e in own + out):
            continue
        out.append((i, j))
    return out


def _colon_after(text: str, tokens: list[Token]) -> set[int]:
    """The tokens followed by a colon before the next token: the only ones that can close a date label
    (`_date_label`). A text has few colons, and asking each of its tokens cut a gap out of the text per token."""
    ends = [t.end for t in tokens]
    out = set()
    p = text.find(":")
    while p >= 0:
        b = bisect_right(ends, p) - 1  # a token holds no colon: the one ending at or before it comes before it
        if b >= 0:
            out.add(b)
        p = text.find(":", p + 1)
    return out


def _date_label(text: str, tokens: list[Token], b: int, cues: Cues) -> bool:
    """Whether token b closes a date written as an item's label ("7/8 April:", "May 12:", "12 June :") at
    the start of a line or after the previous item's full stop: a race or show calendar's entry."""
    if b + 1 >= len(tokens) or text[tokens[b].end : tokens[b + 1].start].strip() != ":":
        return False
    t = tokens[b]
    if t.norm in cues.months:
        k = b - 1
        while k >= 0 and tokens[k].text[:1].isdigit() and b - k <= 3:
            k -= 1
        first = k + 1
    elif t.text[:1].isdigit() and b >= 1 and tokens[b - 1].norm in cues.months:
        first = b - 1
    else:
        return False
    if first == b and t.norm in cues.months:
        return False  # a month alone ("April:") heads a section, not an item
    if first == 0:
        return True
    gap = text[tokens[first - 1].end : tokens[first].start]
    return "\n" in gap or gap.strip() in (".", ".\n")


def _dated_before(text: str, tokens: list[Token], b: int, cues: Cues, words: FacilityWords) -> bool:
    """Whether a time is written just before the "at" at token b ("starts tomorrow at", "on Saturday at",
    "on April 7/8 at"): what is said happens then at the name after "at", a venue."""
    if b < 1 or text[tokens[b - 1].end : tokens[b].start] != " ":
        return False
    p = tokens[b - 1]
    if (p.text.islower() and p.norm in words.when_words) or _day_name(p, words):
        return True
    if not p.text[:1].isdigit():
        return False
    k = b - 2
    while k >= 0 and b - k <= 4 and not SENTENCE_BREAK.search(text[tokens[k].end : tokens[k + 1].start]):
        if tokens[k].norm in cues.months:
            return True
        if not (tokens[k].text[:1].isdigit() or tokens[k].text in ("/", "-", "–")):
            return False
        k -= 1
    return False


def _result_before(text: str, tokens: list[Token], b: int, words: FacilityWords) -> bool:
    """Whether a game's result is told just before the "at" at token b ("drew at X on Sunday", "lost on
    Saturday at X"): the name after it is then the home team, an organisation, not a venue."""
    k = b - 1
    while k >= 0 and b - k <= 4 and not SENTENCE_BREAK.search(text[tokens[k].end : tokens[k + 1].start]):
        if tokens[k].norm in words.result_words:
            return True
        k -= 1
    return False


def _dated_after(text: str, tokens: list[Token], j: int, cues: Cues, words: FacilityWords) -> bool:
    """Whether a time follows the venue's name ending before token j ("at X on Wednesday", "at X on May 4")."""
    if j + 1 >= len(tokens) or tokens[j].text != "on" or text[tokens[j - 1].end : tokens[j].start] != " ":
        return False
    nxt = tokens[j + 1]
    return _day_name(nxt, words) or (nxt.norm in cues.months and nxt.text[:1].isupper())


def _day_name(t: Token, words: FacilityWords) -> bool:
    """Whether a capitalised word names a day of the week or a holiday ("Saturday", "Christmas")."""
    return t.text[:1].isupper() and t.norm in words.occasion_words and t.norm not in ("year", "week", "night",
                                                                                      "morning", "evening")


def _venue_name(text: str, tokens: list[Token], i: int, j: int, cues: Cues, words: FacilityWords,
                noun: bool = False) -> bool:
    """Whether tokens i..j can be a venue's own name by their words alone (`venues_before_towns`); `noun`: a
    lower-case venue noun follows ("Seasons restaurant"), which says so whatever the name's length."""
    possessive = any(text[tokens[k].end : tokens[k].end + 2] in _POSSESSIVE for k in range(i, j - 1))
    if j - i < 2 and not possessive and not noun:
        return False  # one word after "at" is as often an employer, a person or a town ("at Reuters in")
    if text[tokens[j - 1].end : tokens[j - 1].end + 2] in _POSSESSIVE:
        return False  # "at Smith's house in": the name is the owner's
    if tokens[i].norm in cues.given_names and not text[tokens[i].end : tokens[i].end + 2] in _POSSESSIVE:
        return False  # "at John Carter in": a person
    for k in range(i, j):
        w = tokens[k]
        if w.text.isupper() and len(w.text) > 1 or not w.text.replace("'", "").replace("’", "").isalpha():
            return False
        if w.norm in cues.months or w.norm in cues.person_titles or w.norm in cues.organisation_heads \
                or w.norm in words.organisation_tails or w.norm in words.occasion_words or w.norm in words.heads \
                or w.norm in cues.directions or ordinal(w.norm):
            return False
    return True
