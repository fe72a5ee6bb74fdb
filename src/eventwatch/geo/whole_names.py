"""A known name inside a longer unknown one ("Khan Tuman", "Tell Zorba", "New Kandahar") is not that place.

Arabic place names are mostly compounds of a generic head and a specific word: khan (inn), kafr and deir
(village, monastery), tell/tal (mound), ain (spring), beit (house), jisr (bridge), ras (cape), bir (well).
The head alone is often a hamlet somewhere, so the gazetteer automaton, finding no entry for the whole
name, matches the head and resolves a different village. English names do the same the other way round
("New Kandahar", "Port Zorba" beside Kandahar). Where a place cue says the whole capitalised run is one
place, the run is reported as one unknown name, which then stands in at the place it is said to lie in or
the document's places (see fallback.py), instead of as the head's namesake.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Optional

from eventwatch.geo.arabic_closed_names import closes_arabic_name
from eventwatch.geo.compass_names import closed_compass_name
from eventwatch.geo.document_words import document_words
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.lexicon import DATA_DIR, Cues
from eventwatch.geo.yaml_files import parsed_file
from eventwatch.geo.name_span import JOIN_GAPS, NameSpan, mark_embedded
from eventwatch.geo.normalise import ARTICLE_KEY, Token, arabic_candidates, is_arabic

# A compound name has few words: a head, maybe an article, one or two specific words.
MAX_EXTRA_WORDS = 3


# Word lists are loaded once per process; a union of them is made once per Cues rather than once per document
# (a Recogniser, and whatever it caches on itself, lives for one document). Keyed by what makes the union and
# the Cues' id, with the Cues kept beside it, so that a new Cues at a freed object's address is not mistaken.
_PER_CUES: dict[tuple[Callable[[Cues], frozenset[str]], int], tuple[Cues, frozenset[str]]] = {}


def per_cues(make: Callable[[Cues], frozenset[str]], cues: Cues) -> frozenset[str]:
    """`make(cues)`, made once for each Cues; `make` must read nothing but the Cues and per-process word lists."""
    known = _PER_CUES.get((make, id(cues)))
    if known is None or known[0] is not cues:
        if len(_PER_CUES) > 64:
            _PER_CUES.clear()
        known = _PER_CUES[(make, id(cues))] = (cues, make(cues))
    return known[1]


def not_name_words(cues: Cues) -> frozenset[str]:
    """Capitalised words that end a place name rather than continue it ("Idlib Province", "Aleppo Tuesday")."""
    return per_cues(_not_name_words, cues)


def _not_name_words(cues: Cues) -> frozenset[str]:
    return (cues.months | cues.organisation_heads | cues.feature_heads | cues.feature_prefixes | cues.person_titles
            | cues.office_titles | frozenset(cues.vague_after) | cues.place_of | cues.directions | cues.polity_words
            | cues.locative_before | cues.metonymy_nouns | cues.metonymy_verbs | cues.place_part_words
            | frozenset({"the", "and", "or"}))


def whole_names(text: str, tokens: list[Token], spans: list[NameSpan], readings: list[str], cues: Cues,
                strong: Callable[[Candidate], bool], headline: Iterable[int] = ()) -> list[NameSpan]:
    """Spans with each known head that opens or closes a longer unknown name replaced by the whole name."""
    stop = not_name_words(cues)
    headline = frozenset(headline)
    taken = [False] * len(tokens)
    span_at: dict[int, NameSpan] = {}
    for s in spans:
        for k in range(s.i, s.j):
            taken[k] = True
            span_at[k] = s

    def loose(k: int) -> Optional[NameSpan]:
        """A name starting at token k with no cue of its own, no strong place: absorbable ("Khan al-Asal")."""
        o = span_at.get(k)
        if o is None or o.i != k or o.located or o.demonym or o.unknown \
                or any(c.exact and strong(c) for c in o.candidates) \
                or any(t.norm in stop or t.norm in cues.common_words for t in tokens[o.i : o.j]):
            return None
        return o

    def joined(a: int, b: int) -> bool:
        gap = text[tokens[a].end : tokens[b].start]
        return gap in JOIN_GAPS or gap == " "

    def name_word(k: int, caps: bool) -> bool:
        t = tokens[k]
        return (not taken[k] and t.text[:1].isupper() and t.norm not in cues.common_words and t.text.replace("'", "").replace("’", "").isalpha()
                and t.norm not in stop and (caps or not t.text.isupper() or len(t.text) == 1))

    def tail_word(k: int, caps: bool) -> bool:
        """"near Low Moor", "in Kings Heath": an English word written capitalised mid-sentence right after a
        name continues it, as its last word. Read only for the word right after the head, and only before a
        break: a word that runs on into more capitalised words is read by the check after the run."""
        t = tokens[k]
        if taken[k] or t.norm not in cues.common_words or t.norm in stop or t.norm in _CLAUSE_OPENERS \
                or not t.text.isalpha() or not t.text[:1].isupper() or (t.text.isupper() and not caps) \
                or t.norm in cues.given_names or t.norm in cues.languages or t.norm in cues.peoples:
            return False
        if k + 1 >= len(tokens):
            return True
        nxt, gap = tokens[k + 1], text[t.end : tokens[k + 1].start]
        # "near Low Moor and Charlotte", "near Low Moor.": a break or a function word after it; before a
        # lower-case noun ("in Benson These highways") the capital opens a sentence run on without its stop.
        return gap.strip() != "" or nxt.norm in _AFTER_NAME

    out: list[NameSpan] = []
    absorbed: set[int] = set()
    for s in spans:
        if not s.locational or s.demonym or s.unknown or s.abbreviation or not s.candidates or s.start in headline \
                or s.cue in {"feature", "dateline", "street"}:
            out.append(s)
            continue
        caps = text[s.start : s.end].isupper()
        # After the name: "Khan Tuman", "Khan al-Asal". Only for a head that is no strong place itself:
        # "Aleppo Citadel" or "Sanaa Zorba" are more likely that city's landmark or a typo than another town.
        e = s.j
        eaten: list[NameSpan] = []
        # A firm cue ("in", "near", "village of") says the run is a place; an Arabic article joined to the
        # next word ("Khan al-Asal") says it is one name whatever cue came before.
        article_next = s.j + 1 < len(tokens) and readings[s.j] == ARTICLE_KEY and tokens[s.j].hyphen_after \
            and joined(s.j - 1, s.j)
        if (s.firm or (s.located and article_next)) and s.j - s.i == 1 and not _after_article(tokens, s.i) \
                and any(c.feature_code.startswith("PPL") for c in s.candidates) \
                and not any(c.exact and strong(c) for c in s.candidates) \
                and not closes_arabic_name(tokens[s.j - 1].norm):  # "بمدينة الخور دون": the article closes it
            while e < len(tokens) and e - s.j < MAX_EXTRA_WORDS and joined(e - 1, e):
                o = loose(e)
                if o is not None and o.j - s.j <= MAX_EXTRA_WORDS:
                    eaten.append(o)
                    e = o.j
                elif readings[e] == ARTICLE_KEY and tokens[e].hyphen_after and e + 1 < len(tokens) \
                        and (name_word(e + 1, caps) or loose(e + 1) is not None):
                    o = loose(e + 1)
                    if o is not None:
                        eaten.append(o)
                    e = o.j if o is not None else e + 2
                elif name_word(e, caps):
                    e += 1
                elif e == s.j and tail_word(e, caps):
                    e += 1
                    break  # the English word closes the name: "Low Moor", never "Trooper Drew Ledbetter"
                else:
                    break
            if e < len(tokens) and e > s.j and joined(e - 1, e) and tokens[e].text[:1].isupper():
                e = s.j  # runs on into an institution's or a longer name ("Clarke County Superior Court")
            if e > s.j:
                absorbed.update(id(o) for o in eaten)
        # Before the name: "in New Kandahar", "near Port Zorba" (the cue before the run says it is a place).
        b = s.i
        while b > 0 and s.i - b < MAX_EXTRA_WORDS and joined(b - 1, b) and name_word(b - 1, caps):
            b -= 1
        if b < s.i and (not _firm_cue_before(tokens, b, cues) or (e == s.j and s.j < len(tokens)
                                                                  and joined(s.j - 1, s.j)
                                                                  and tokens[s.j].text[:1].isupper())):
            b = s.i
        if b == s.i and e == s.j:
            out.append(s)
            continue
        if closed_compass_name([tokens[x].norm for x in range(b, e)]):
            # "in Concourse East", "in Stand North": a venue's part, not a town's name around a held word; a
            # held point alone is no place of it either
            if b == s.i:
                out.append(s)
            continue
        cue = s.cue if b == s.i else tokens[b - 1].norm
        vague = s.vague if b == s.i else "near" if cue in cues.near_before else "admin1" if cue in cues.vague_before \
            else None
        whole = NameSpan(b, e, tokens[b].start, tokens[e - 1].end, " ".join(readings[b:e]), unknown=True,
                         cue=cue, vague=vague, firm=True, direction=s.direction if b == s.i else None)
        if b == s.i:
            whole.phrase_start = s.phrase_start
        out.append(whole)
    return [s for s in out if id(s) not in absorbed]


# Capitalised words that open a sentence or a clause, never end a place's name ("These", "It", "When").
_CLAUSE_OPENERS = frozenset({"these", "this", "those", "that", "there", "it", "its", "he", "she", "they", "we",
                             "you", "i", "his", "her", "their", "our", "when", "while", "if", "but", "so", "then",
                             "now", "a", "an", "all", "some", "many", "most", "no", "not", "one", "after", "before"})
# Lower-case words that may follow a place's name in a sentence ("near Low Moor and Charlotte").
_AFTER_NAME = frozenset({"and", "or", "in", "on", "at", "near", "to", "from", "with", "for", "of", "is", "was",
                         "are", "were", "has", "had", "have", "will", "would", "which", "who", "where", "said"})


def _after_article(tokens: list[Token], i: int) -> bool:
    """"the Taco Bell", "the Glacier Ridge class": a village's name rarely takes the article; a business's does."""
    return i > 0 and tokens[i - 1].norm == "the"


def _firm_cue_before(tokens: list[Token], b: int, cues: Cues) -> bool:
    """Whether a lower-case place cue stands right before token b ("in", "near", "village of", "rural")."""
    if b == 0:
        return False
    t = tokens[b - 1]
    if not t.text.islower():
        return False
    if t.norm in cues.vague_before:
        return True
    if t.norm in cues.locative_before and t.norm not in cues.weak_locative:
        return True
    return t.norm == "of" and b >= 2 and tokens[b - 2].text.islower() and tokens[b - 2].norm in cues.place_of


@dataclass(frozen=True)
class TeamWords:
    """The words that tell a sports team named after a place from the place (cues.yaml `teams`)."""

    sports_min: int
    tails: frozenset[str]  # every team tail, club tails included
    club_tails: frozenset[str]
    nouns: frozenset[str]
    sports: frozenset[str]


@lru_cache(maxsize=2)
def load_team_words(path: str = str(DATA_DIR / "cues.yaml")) -> TeamWords:
    raw = (parsed_file(path) or {}).get("teams")
    if not isinstance(raw, dict) or not isinstance(raw.get("sports_min"), int):
        raise ValueError("cues.yaml: teams must be a mapping with an integer sports_min")
    lists = {}
    for key in ("tails", "club_tails", "nouns", "sports"):
        value = raw.get(key)
        if not isinstance(value, list) or any(not isinstance(w, str) or w != w.lower() for w in value):
            raise ValueError(f"cues.yaml: teams.{key} must be a list of lower-case strings")
        lists[key] = frozenset(value)
    lists["tails"] = lists["tails"] | lists["club_tails"]
    return TeamWords(raw["sports_min"], **lists)


def mark_teams(text: str, tokens: list[Token], spans: list[NameSpan], persons: frozenset[str], cues: Cues,
               words: Optional[TeamWords] = None) -> None:
    """In a sports story, names used as a team's ("Oakdale State's Kaylen Rostova", "the Oakdale State team")
    are the team's wherever else the story uses them without a firm place cue ("Oakdale State won").

    Universities and clubs carry their town's or state's name, and sports reports use it bare for the team;
    one clear team use in the story says which reading the story means (one sense per discourse). Countries
    are left alone: a national side's name is rarely the only reading in a story.
    """
    words = words or load_team_words()
    if document_words(tokens).count(words.sports) < words.sports_min:
        return
    n = len(tokens)

    def tail(s: NameSpan) -> str:
        """The team word closing the name ("State" in "Oakdale State"), or ""."""
        if s.j < n and text[tokens[s.j - 1].end : tokens[s.j].start] == " " and tokens[s.j].text[:1].isupper() \
                and not tokens[s.j].text.isupper() and tokens[s.j].norm in words.tails:
            return tokens[s.j].norm
        return ""

    def plain(t: Token) -> bool:
        return t.text[:1].isupper() and not t.text.isupper() and t.text.isalpha() and len(t.text) > 1

    def player_after(k: int) -> bool:
        """A person's name starts at token k ("Kaylen Rostova", "Rostova" when the story names her so)."""
        if k >= n or not plain(tokens[k]):
            return False
        t = tokens[k]
        if t.norm in cues.person_titles or t.norm in cues.office_titles or t.norm in cues.organisation_heads:
            return False  # "Oakdale's Mayor ...", "Oakdale's City Council": the town's office, not a player
        if t.norm in persons or t.norm in cues.given_names:
            return True
        u = tokens[k + 1] if k + 1 < n else None
        return u is not None and plain(u) and text[t.end : u.start] == " " and u.norm not in cues.organisation_heads \
            and not (k + 2 < n and text[u.end : tokens[k + 2].start] == " " and tokens[k + 2].text[:1].isupper())

    def team_use(s: NameSpan, e: int) -> bool:
        end = tokens[e - 1].end
        if text[end : end + 2] in ("'s", "’s"):
            return player_after(e)
        return e < n and text[end : tokens[e].start] == " " and tokens[e].text.islower() and tokens[e].norm in words.nouns

    def country(s: NameSpan) -> bool:
        return s.demonym or any(c.exact and c.feature_code.startswith(("PCL", "CONT")) for c in s.candidates)

    teams: set[tuple[str, str]] = set()
    for s in spans:
        if s.unknown or country(s):
            continue
        t = tail(s)
        if team_use(s, s.j + 1 if t else s.j):
            teams.add((s.norm, t))
            if t in words.club_tails:
                teams.add((s.norm, ""))  # "Birmingham City's X": "Birmingham" alone is the club too
    if not teams:
        return
    for s in spans:
        t = tail(s)
        if (s.norm, t) in teams and s.locational and not country(s) and not (s.firm and s.cue != t):
            s.locational, s.cue, s.vague = False, "embedded", None


# An actor's name rarely runs past this many words ("Islamic State of Iraq and the Levant" has seven).
MAX_ACTOR_WORDS = 8


def mark_actor_names(text: str, tokens: list[Token], spans: list[NameSpan], actors: frozenset[str],
                     connectors: frozenset[str]) -> None:
    """A place named inside an armed group's or a party's name ("the Islamic State of Iraq and the Levant",
    "the Support Front for the People of the Levant") is part of the group's name, not where anything happened.

    `actors` are the actor registry's normalised names (geo/lexicon.actor_names). The whole name must be
    written as a name, every word but its connectors capitalised: "militias in Tripoli" says where militias
    are, even where the registry lists the phrase. The place itself then reads as embedded, as in an
    institution's name.
    """
    long_names, words = _long_actor_names(actors)
    if not long_names:
        return
    firsts, lasts = _actor_name_ends(actors)
    n = len(tokens)

    def written_as_name(a: int, b: int) -> bool:
        for k in range(a, b):
            t = tokens[k]
            if k > a and text[tokens[k - 1].end : t.start] not in JOIN_GAPS and text[tokens[k - 1].end : t.start] != " ":
                return False  # a comma, a line break or a bracket ends a name
            if not t.text[:1].isupper() and not (k > a and t.norm in connectors):
                return False
        return True

    for s in spans:
        if not s.locational or s.demonym or any(t.norm not in words for t in tokens[s.i : s.j]):
            continue
        found = False
        for a in range(max(0, s.j - MAX_ACTOR_WORDS), s.i + 1):
            if tokens[a].norm.split(" ", 1)[0] not in firsts:
                continue  # no actor's name opens with this word: no run from here is one
            for b in range(max(s.j, a + 2), min(n, a + MAX_ACTOR_WORDS) + 1):
                if (a, b) != (s.i, s.j) and tokens[b - 1].norm.rsplit(" ", 1)[-1] in lasts \
                        and " ".join(t.norm for t in tokens[a:b]) in long_names and written_as_name(a, b):
                    found = True
                    break
            if found:
                break
        if found:
            mark_embedded(s)


def mark_arabic_actor_names(text: str, tokens: list[Token], spans: list[NameSpan], actors: frozenset[str]) -> None:
    """A place named inside an armed group's Arabic name ("لواء القدس" the Jerusalem Brigade, "حركة أحرار الشام",
    "قوات سوريا الديمقراطية") is part of the group's name, not where anything happened, as in English.

    `actors` are the registry's Arabic names (geo/lexicon.arabic_actor_names). Arabic writes no capitals, so the
    registry's whole name, its words one space apart, is the test; the first word may carry a clitic
    ("ولواء", "لهيئة"). The place then reads as embedded."""
    if not actors:
        return
    n = len(tokens)
    for s in spans:
        if not s.locational or not is_arabic(s.norm):
            continue
        for a in range(max(0, s.j - MAX_ACTOR_WORDS), s.i + 1):
            if any(text[tokens[k - 1].end : tokens[k].start] != " " for k in range(a + 1, s.j)):
                continue
            rest = [t.norm for t in tokens[a + 1 : s.j]]
            firsts = [tokens[a].norm, *arabic_candidates(tokens[a].norm)]
            b = s.j
            while True:
                if (a, b) != (s.i, s.j) and any(" ".join([f, *rest]) in actors for f in firsts):
                    mark_embedded(s)
                    break
                if b >= n or b - a >= MAX_ACTOR_WORDS or text[tokens[b - 1].end : tokens[b].start] != " ":
                    break
                rest.append(tokens[b].norm)
                b += 1
            if not s.locational:
                break


@lru_cache(maxsize=4)
def _long_actor_names(actors: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The actor names of more than one word, and every word in them (most places are in none)."""
    long_names = frozenset(a for a in actors if " " in a)
    return long_names, frozenset(w for a in long_names for w in a.split())


@lru_cache(maxsize=4)
def _actor_name_ends(actors: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last words of the actor names of more than one word: a run of words is one of those
    names only if it opens with a first word and closes with a last one, which most runs around a place do not."""
    long_names, _words = _long_actor_names(actors)
    return frozenset(a.split(" ")[0] for a in long_names), frozenset(a.split(" ")[-1] for a in long_names)


# Words that open a state's long official name before "of" ("the Hashemite Kingdom of Jordan", "the Federal
# Republic of Nigeria"): the long form names the country itself, not a part of it.
STATE_FORMS = frozenset({"kingdom", "republic", "state", "sultanate", "emirate", "principality", "federation",
                         "commonwealth", "union", "confederation"})


def long_form_states(text: str, tokens: list[Token], spans: list[NameSpan], stop: frozenset[str],
                     actors: frozenset[str] = frozenset()) -> list[NameSpan]:
    """A country named in its long official form ("the Hashemite Kingdom of Jordan", "the Kingdom of Jordan")
    keeps the whole form as its phrase, and a word of the form is no second place ("Hashemite").

    The gazetteer holds some long forms as names ("Kingdom of Saudi Arabia"); the others are read here from
    their shape: a capitalised state word and "of" before a country's name, with the capitalised words
    before it (at most three). `stop` holds words that end a name rather than continue it. Where the words
    before "of" are an actor's name ("the Islamic State of Iraq"), the whole is that actor's: the country is
    embedded in it.
    """
    out_of: set[int] = set()
    for s in spans:
        if s.i < 2 or not s.locational or s.unknown or s.demonym \
                or not any(c.exact and c.feature_code.startswith("PCL") for c in s.candidates):
            continue
        of, form = tokens[s.i - 1], tokens[s.i - 2]
        if of.text != "of" or form.norm not in STATE_FORMS or not form.text[:1].isupper() \
                or text[form.end : of.start] != " " or text[of.end : tokens[s.i].start] != " ":
            continue
        b = s.i - 2
        while b > 0 and s.i - 2 - b < 3 and text[tokens[b - 1].end : tokens[b].start] == " " \
                and tokens[b - 1].text[:1].isupper() and tokens[b - 1].norm not in stop \
                and tokens[b - 1].norm not in _NOT_IN_FORM:
            b -= 1
        if any(" ".join(t.norm for t in tokens[k : s.i - 1]) in actors for k in range(b, s.i - 1)):
            mark_embedded(s)
            continue
        start = tokens[b].start
        s.phrase_start = start if s.phrase_start < 0 else min(s.phrase_start, start)
        out_of.update(id(o) for o in spans if o is not s and start <= o.start and o.end <= s.start)
    return [s for s in spans if id(s) not in out_of] if out_of else spans


_NOT_IN_FORM = frozenset({"the", "and", "of", "or"})


# Offices that take a place as their remit after "for" or "on" ("the Minister for the Middle East", "the Special
# Envoy for Syria", "the Commission of Inquiry on Syria").
REMIT_HOLDERS = frozenset({"minister", "ministers", "secretary", "envoy", "representative", "coordinator",
                           "commissioner", "rapporteur", "adviser", "advisor", "ambassador", "inquiry",
                           "commission", "committee", "director", "spokesman", "spokesperson"})


def mark_remits(text: str, tokens: list[Token], spans: list[NameSpan]) -> None:
    """A place named as an office's remit ("the Minister for the Middle East", "the UN Special Envoy for
    Syria") is part of the office's title: the minister speaks from anywhere, and nothing happened there.

    Only a capitalised office word followed by "for" or "on" counts, so "talks for Syria" or "sanctions on
    Iran" keep their place.
    """
    for s in spans:
        if not s.locational or s.i < 2:
            continue
        k = s.i - 1
        if tokens[k].norm == "the" and tokens[k].text.islower():
            k -= 1
        if k < 1 or tokens[k].text not in ("for", "on"):
            continue
        holder = tokens[k - 1]
        if holder.text[:1].isupper() and holder.norm in REMIT_HOLDERS and text[holder.end : tokens[k].start] == " ":
            mark_embedded(s)
