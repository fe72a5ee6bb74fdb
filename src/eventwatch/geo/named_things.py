"""Things named like places that the words around them give away: an airline ("Air Zimbabwe"), a sports club
("Birmingham City" in a match report), a band ("St. Cloud & the Rusty Nails"), a firm ("Swift & Co.", "Toulouse
Greens LLC"), a dog's breed ("a male Chihuahua"), a house model ("the Norbury model"), a name in a photo credit
("(Ana Ruiz/AFP)"), a saint's epithet ("St. Gregory of Narek"), a person in apposition ("his wife, Dora") or
after an initial ("Judah P. Benjamin"), a word that is an ordinal's ("the 57th Independence anniversary"), a
deity ("God's plan"), a people or a culture ("the Adena people"), a disease ("West Nile virus"), or an English
word inside a longer capitalised name ("Oakdale Independent School District").

A name that is no place at all is dropped; a place's name opening or closing another name (an airline's, a
club's, a band's, a company's) is kept as "embedded", as geo/false_places.py keeps a masthead's.

Every reading rests on words written beside the name, so the same name elsewhere, with a place's own context
("flights to Zimbabwe", "Birmingham police"), stays a place. The word lists are data
(data/gazetteer/false_places.yaml, loaded by geo/false_places.py).
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from eventwatch.geo.county_clubs import town_county_club
from eventwatch.geo.town_clubs import town_club
from eventwatch.geo.document_words import document_words
from eventwatch.geo.false_places import FalsePlaceWords, person_possession
from eventwatch.geo.flu_names import flu_pandemic_name
from eventwatch.geo.function_words import FUNCTION_WORDS
from eventwatch.geo.store import NAME_MAIN
from eventwatch.geo.name_lists import LIST_GAP, LIST_PREPOSITIONS
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

# Words that open the phrase of a title noun ("the TV drama X", "a film X", "her documentary X").
_TITLE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
# What may open the noun phrase a breed's name ends ("a Dalmatian", "two Rottweilers"), and what may follow it
# once the phrase has ended: a function word or a particle ("a Dalmatian out of the cellar"), not a noun the
# adjective qualifies ("the Dalmatian coast"); "said" and "says" are a person of the region speaking.
_BREED_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "my", "our", "your", "two", "three", "four"})
_AFTER_PHRASE = (FUNCTION_WORDS - {"said", "says"}) | frozenset({"out", "up", "off", "down", "away", "back"})
# Joints of a list: after the breed's name they end its phrase only where no name follows ("a Dalmatian and a
# poodle"; "the Dalmatian and Istrian coasts" goes on to the next name, whose noun both share).
_LIST_JOINTS = frozenset({"and", "or"})
# An aside opening after a comma ("the Dalmatian, a retired teacher,"): about a person of the region.
_ASIDE_OPENERS = frozenset({"a", "an", "the"})


def _breed_noun_alone(text: str, tokens: Sequence[Token], i: int, verbs: frozenset[str],
                      verb_only: bool = False) -> bool:
    """Whether the breed's name at token i stands alone as a noun: after an article, a possessive or a small
    count, and ending its noun phrase there: at a sentence's or a clause's end, before a function word or a
    particle (`_AFTER_PHRASE`), or before what a dog does (`verbs`, "a Dalmatian barked"); only the last where
    `verb_only` (a breed that is a place's own name: "the Chihuahua barked"). A capital after it, or a joint or
    a comma with a name next, is a list of names going on ("the Dalmatian, Istrian and Slavonian towns"); an
    aside after a comma is about a person ("the Dalmatian, a retired teacher,"). In a line all in capitals ("A
    DALMATIAN BIT A BOY") a capital tells nothing, and the words are read by their lower-case forms."""
    if i == 0 or text[tokens[i - 1].end : tokens[i].start] != " " or tokens[i - 1].norm not in _BREED_OPENERS:
        return False
    caps = len(tokens[i].text) > 1 and tokens[i].text.isupper()

    def lower(t: Token) -> bool:
        return t.text.islower() or (caps and t.text.isupper())

    if i + 1 >= len(tokens):
        return not verb_only
    nxt, gap = tokens[i + 1], text[tokens[i].end : tokens[i + 1].start]
    if verb_only:
        return gap == " " and lower(nxt) and nxt.norm in verbs
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    name_next = after is not None and (not lower(after) or (caps and after.norm not in _BREED_OPENERS
                                                            and after.norm not in FUNCTION_WORDS))
    if gap.strip() == ",":
        return lower(nxt) and nxt.norm in _AFTER_PHRASE and nxt.norm not in _ASIDE_OPENERS \
            and not (nxt.norm in _LIST_JOINTS and name_next)
    if gap != " ":
        return True  # "they lost their Dalmatian."
    if not lower(nxt):
        return False
    if nxt.norm in _LIST_JOINTS:
        return not name_next
    return nxt.norm in _AFTER_PHRASE or nxt.norm in verbs


# People in a country whose name before livestock or wool is its produce, not a breed (`_populous_country`).
_POPULOUS = 1_000_000

# A parenthesised aside short enough to be a credit.
_PARENS = re.compile(r"\(([^()\n]{2,80})\)")
# "Zen Trinidad/PNA", "Christopher Lee/Getty Images": a person's name (two to four capitalised words or
# initials), a slash, and the agency's (one to three capitalised words or an acronym).
_NAME_SLASH_AGENCY = re.compile(
    r"\s*(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]*\s*/\s*([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s*")
_LABEL = re.compile(r"\s*([A-Za-z]+)(?:\s+by\b|\s*[:/–-])")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# "St. Cloud & the Rusty Nails", "Florence + the Machine": "& the" and a capitalised word after a name.
_BAND_AFTER = re.compile(r" (?:&|\+) [Tt]he [A-Z]")
# In a sports report, the winner after "won by" and a name before a person's name in brackets (the trainer,
# the owner or the coach: "5 on Silver Harbour (Anna Lind)") are competitors: horses, teams, players.
# A match's score written right after a club's name ("Norwich City 2-1", "beat Leeds United 3-0 on
# Saturday"): the name is the club's even where the document has no other word of sport.
_SCORE_AFTER = re.compile(r" \d{1,2}-\d{1,2}\b(?![-.,]?\d| ?(?:km|kilomet|mi|per|%))")
_COMPETITOR_BEFORE = re.compile(r"\b(?:won|taken|claimed) by (?:[A-Z][\w'’-]* ){0,2}\Z")
_TRAINER_AFTER = re.compile(r" \((?:[A-Z][\w'’-]*|de|van|von|da|di|le|la|du|der|bin|al)"
                            r"(?: (?:[A-Z][\w'’-]*|de|van|von|da|di|le|la|du|der|bin|al)){1,3}\)")
# "Swift & Co.", "Johnson & Johnson": a name joined by "&" to a capitalised word that is no place.
_AMPERSAND_AFTER = re.compile(r" & [A-Z]")
_AMPERSAND_BEFORE = re.compile(r"[A-Z][\w'’.-]* & \Z")
# "Toulouse Greens LLC", "Dayton Tire Co.": up to two capitalised words and a company's closing word.
_COMPANY_AFTER = re.compile(r"((?: [A-Z][\w'’-]*){0,2}),? ([A-Z][A-Za-z]*)\b")
# "his wife, Dora, 62": a word only people have, a comma, and the name in apposition.
_KIN_BEFORE = re.compile(r"\b([a-z]+), \Z")
# "Shares of Delta rose", "shares in Bolton fell": what has shares is a firm (or, bare, the market of a city,
# no place where anything happened either).
_SHARES_BEFORE = re.compile(r"\b[Ss]hares (?:of|in) \Z")
_APPOSITION_CLOSE = re.compile(r"[,.;]| and\b")
# An influenza strain's reference name, "A/Darwin/9/2021", "B/Austria/1359417/2021", "A/duck/Anhui/1/2005":
# the type letter, an optional host, the place the strain was isolated in, then its number and year; or a
# lineage or a strain named short by its place ("the B/Victoria lineage", "an A/Darwin-like virus"), where no
# further slash goes on after the place.
_STRAIN_BEFORE = re.compile(r"(?<![\w/])[A-D]/(?:[a-z][a-z ]*/)?\Z")
_STRAIN_AFTER = re.compile(r"/\d|(?![/\w])")
# "Mary's Turkeys": a possessive and a capitalised word.
_POSSESSIVE_NAME = re.compile(r"['’]s [A-Z]")
# "Jos. A. Bank", "Geo. W. Smith": an abbreviated given name, an initial and a surname; "Judah P. Benjamin",
# "Dalton T. Greenwood": a given name, an initial and a surname.
_GIVEN_BEFORE_INITIAL = re.compile(r"\.? [A-Z]\. [A-Z][a-z]")


def credit_spans(text: str, words: FalsePlaceWords) -> list[tuple[int, int]]:
    """Character ranges of parenthesised credits for a photograph or a film: "(Photo: Ana Ruiz/AFP)",
    "(Image: Getty Images)", "(Zen Trinidad/PNA)".

    A credit opens with a word of its kind and a colon or "by", or is a person's name and an agency's split
    by a slash, the agency written as an acronym or with a word of agencies ("Getty Images"). Two places so
    written ("(Aleppo/Idlib)") are single words, with no acronym after the slash, and stay places."""
    out = []
    for m in _PARENS.finditer(text):
        inner = m.group(1)
        label = _LABEL.match(inner)
        if label is not None and label.group(1).lower() in words.credit_labels:
            out.append((m.start(), m.end()))
            continue
        slash = _NAME_SLASH_AGENCY.fullmatch(inner)
        if slash is None:
            continue
        agency = slash.group(1).split()
        if (len(agency) == 1 and agency[0].replace(".", "").isupper() and len(agency[0]) >= 2) \
                or any(w.lower() in words.credit_agencies for w in agency):
            out.append((m.start(), m.end()))
    return out


def sport_words_in(tokens: Sequence[Token], words: FalsePlaceWords) -> int:
    """How many different lower-case words of sport the document writes ("scored", "striker", "league");
    words war reports share ("victory", "season") are not in the list."""
    return len({tokens[k].norm for k in document_words(tokens).positions(words.sport_words)
                if tokens[k].text.islower()})


def sports_report(tokens: Sequence[Token], words: FalsePlaceWords) -> bool:
    """Whether the document reports sport: three different words of the field."""
    return sport_words_in(tokens, words) >= 3


def names_of_things(text: str, tokens: Sequence[Token], spans: Sequence[NameSpan], words: FalsePlaceWords,
                    strong: Callable, given_names: frozenset[str] = frozenset(),
                    common_words: frozenset[str] = frozenset()
                    ) -> tuple[set[int], set[int], set[int]]:
    """Indices of the names that are no place at all (to drop), of those that are a place's name inside
    another name (to keep as "embedded": "Air Zimbabwe", "Birmingham City"), and of those that stand for a
    team in a sports report (to keep as "metonymy": "Houston beat Dallas").

    `strong` tells a candidate that is a place on its own (a country, a large city): the readings that rest
    on a common word's capital (an ordinal's) and on a list of house models leave those alone; `given_names`
    (lower case) tells a saint's name ("St. Gregory of Narek")."""
    drop: set[int] = set()
    embed: set[int] = set()
    metonymy: set[int] = set()
    credits = credit_spans(text, words)
    sporting = sport_words_in(tokens, words)
    sport = sporting >= 3
    products: set[str] = set()
    companies: set[tuple[str, str]] = set()  # (name, next word) of companies' names: "Toulouse Greens LLC"
    span_starts = {sp.start for sp in spans}
    # The starts of strong places' names: asked only for a given name before a possessive, so read once then.
    strong_found: list[frozenset[int]] = []

    def strong_starts() -> frozenset[int]:
        if not strong_found:
            strong_found.append(frozenset(sp.start for sp in spans if _strong(sp, strong)))
        return strong_found[0]

    token_list = list(tokens)
    peoples: set[str] = set()  # "the Adena people": names the document gives a people or a culture
    diseases: set[str] = set()  # "West Nile virus": names the document gives a disease
    n = len(tokens)
    strong_tokens = _StrongTokens(spans, strong)
    for k, s in enumerate(spans):
        placed_breed = s.j - s.i == 1 and tokens[s.i].norm in words.breed_place_nouns
        if s.j - s.i == 1 and (tokens[s.i].norm in words.breed_nouns or placed_breed) \
                and _breed_noun_alone(text, tokens, s.i, words.breed_verbs, placed_breed):
            drop.add(k)  # "carried a Dalmatian out", "her Pomeranian barked": the dog, not a person of the region
            continue
        if s.demonym:
            continue
        if s.j - s.i == 1 and tokens[s.i].norm in words.deity_names and tokens[s.i].text[:1].isupper():
            drop.add(k)  # "a believer in God", "God's plan": the deity
            continue
        if _SHARES_BEFORE.search(text, max(0, s.start - 12), s.start) is not None:
            drop.add(k)  # "Shares of Delta rose 4%": the firm
            continue
        if " ".join(t.norm for t in tokens[s.i : s.j]) in words.phenomenon_names \
                and not text.startswith(",", s.end):  # ("El Niño, Baja California" is the town)
            drop.add(k)  # "a rise in Zika infections", "El Niño could bring floods": the disease, the pattern
            continue
        if _common_word_in_name(text, tokens, s, common_words, strong, strong_tokens):
            drop.add(k)  # "the Oakdale Independent School District", "Iron Man": a word of a longer name
            continue
        if credits and any(a <= s.start and s.end <= b for a, b in credits):
            drop.add(k)
            continue
        if person_possession(text, token_list, s.j, s.end, words):
            drop.add(k)  # "the early part of Rod's career": the place cue's object is the career, Rod a person
            continue
        prev = tokens[s.i - 1] if s.i > 0 and text[tokens[s.i - 1].end : s.start] == " " else None
        nxt = tokens[s.j] if s.j < n and text[s.end : tokens[s.j].start] == " " else None
        if prev is not None and prev.norm in words.airline_heads and prev.text[:1].isupper() \
                and not prev.text.isupper():
            embed.add(k)  # "Air Zimbabwe": the airline
            continue
        if nxt is not None and nxt.norm in words.club_suffixes and nxt.text[:1].isupper() \
                and not nxt.text.isupper() and s.cue in (None, nxt.norm) \
                and (sport or _SCORE_AFTER.match(text, nxt.end) is not None):
            embed.add(k)  # "Birmingham City" in a match report: the club
            continue
        if nxt is not None and town_club(text, s, nxt, tokens[s.j + 1] if s.j + 1 < n else None, sport):
            embed.add(k)  # "Ipswich Town beat Norwich": the club, in any prose (geo/town_clubs.py)
            continue
        if sporting and town_county_club(s, [t.text for t in tokens[s.i : s.j]]):
            # "Stockport County led" with a word of sport: the club (geo/county_clubs.py); one word is enough,
            # as a British county is never written so
            metonymy.add(k)
            continue
        # A game's result said in full ("get its second straight victory") needs one word of sport only.
        if sporting and nxt is not None and not s.firm and not _country(s) \
                and _team_result(text, tokens, s.j, words, sport):
            metonymy.add(k)  # "helped Denver earn its third win in a row": the team
            continue
        if sport and not _country(s) and (_COMPETITOR_BEFORE.search(text, max(0, s.start - 40), s.start)
                                          or _TRAINER_AFTER.match(text, s.end)):
            drop.add(k)  # "won by Victoire Pisa", "8th on Treasure Beach (Ana de Kock)": a horse or a player
            continue
        if _BAND_AFTER.match(text, s.end):
            embed.add(k)  # "St. Cloud & the Rusty Nails": the band
            continue
        if s.j - s.i == 1 and _acronym(tokens[s.i].text) and _in_prose(text, tokens, s) \
                and not any(c.matched == tokens[s.i].text for c in s.candidates) \
                and not any(c.exact and strong(c) for c in s.candidates):
            drop.add(k)  # "shares in ICON", "in the HAPs scheme": an organisation's or a scheme's acronym
            continue
        if s.j - s.i == 1 and s.norm in given_names and not s.firm \
                and not any(c.exact and c.feature_code.startswith("PCL") for c in s.candidates) \
                and _POSSESSIVE_NAME.match(text, s.end) \
                and _opens_full_name(text, tokens, s.norm, span_starts, strong_starts()):
            drop.add(k)  # "Mary Pitman ... Mary's Turkeys": a business named by its owner's given name
            continue
        amp = _AMPERSAND_AFTER.match(text, s.end)
        after_amp = text[amp.end() - 1 : amp.end() + 12].split(" ")[0].rstrip(".,").lower() if amp else ""
        if (amp is not None and (amp.end() - 1 not in span_starts or after_amp in words.company_suffixes)) or (
                _AMPERSAND_BEFORE.search(text, max(0, s.start - 40), s.start) is not None
                and not any(sp.end < s.start and s.start - sp.end <= 3 for sp in spans)):
            drop.add(k)  # "Swift & Co.", "Johnson & Johnson": a firm's name; "Trinidad & Tobago" joins places
            continue
        company = _COMPANY_AFTER.match(text, s.end)
        follows = company.group(1).split() if company is not None else []
        if company is not None and company.group(2).lower() in words.company_suffixes \
                and (follows or company.group(2).lower() != "co"):  # ("Platte Co." is a county)
            embed.add(k)  # "Toulouse Greens LLC", "Fairview Coach Co.": the company's name holds the town's
            if follows:
                companies.add((s.norm, follows[0].lower()))
            continue
        if s.j - s.i == 1 and s.i >= 3 and tokens[s.i - 1].norm == "of" and tokens[s.i - 1].text == "of" \
                and tokens[s.i - 2].norm in given_names and tokens[s.i - 2].text[:1].isupper() \
                and tokens[s.i - 3].norm in words.saint_words and tokens[s.i - 3].text[:1].isupper():
            embed.add(k)  # "St. Gregory of Narek": the saint's epithet names the saint by his town
            continue
        if _saint_with_particle(text, s, words.saint_words, given_names):
            drop.add(k)  # "St Vincent de Paul": the saint (and the charity or the hospital named for him)
            continue
        kin = _KIN_BEFORE.search(text, max(0, s.start - 30), s.start)
        if kin is not None and kin.group(1) in words.person_possessions and s.j - s.i == 1 and not _country(s) \
                and _APPOSITION_CLOSE.match(text, s.end):
            drop.add(k)  # "his wife, Dora, 62": the wife
            continue
        initial = _GIVEN_BEFORE_INITIAL.match(text, s.end)
        if not s.firm and initial is not None and s.j - s.i == 1 and not _country(s) \
                and (text[s.end] != "." or s.end - s.start <= 4):  # ("Jos.", not a sentence's last word)
            drop.add(k)  # "Jos. A. Bank", "Judah P. Benjamin": a given name before an initial
            continue
        # After "male" the name must end its noun phrase: "a female Saudi surgeon" is a surgeon from a country
        # (and "a female Saudi." a person, no place either).
        heads = nxt is None or not nxt.text.islower() or nxt.norm in words.breed_after
        if (prev is not None and prev.text.islower() and prev.norm in words.breed_before and heads) \
                or (nxt is not None and nxt.text.islower() and nxt.norm in words.breed_after):
            drop.add(k)  # "a male Chihuahua", "a Yorkshire terrier": the breed
            continue
        if nxt is not None and nxt.text.islower() and nxt.norm in words.livestock_after and s.j - s.i == 1 \
                and not _populous_country(s) and not _herds_of_the_place(text, tokens, s.j, words.livestock_trades):
            drop.add(k)  # "a Jersey cow", "Shetland wool": the breed or the craft ("Jonglei cattle raids" stay)
            continue
        if s.i > 0 and tokens[s.i - 1].norm == "the" and nxt is not None and nxt.text.islower() \
                and nxt.norm in words.kin_nouns and not s.firm and not _country(s):
            drop.add(k)  # "the Orkney brothers": a family named like the island
            continue
        if prev is not None and prev.text.islower() and prev.norm in words.title_nouns and not s.firm \
                and _after_a_determiner(tokens, s.i - 1):
            drop.add(k)  # "the crime drama Shetland", "a film Casablanca": the work's title
            continue
        if prev is not None and _ORDINAL.fullmatch(prev.text) and s.j - s.i == 1 and not s.firm \
                and not _country(s):
            drop.add(k)  # "the 57th Independence anniversary": an ordinal counts occasions, not towns
            continue
        if s.j - s.i == 1 and tokens[s.i].norm in words.line_colours and nxt is not None and nxt.norm == "line" \
                and s.i > 0 and tokens[s.i - 1].norm == "the" and not s.firm:
            drop.add(k)  # "the Orange line": a transit line named by its colour
            continue
        if _STRAIN_AFTER.match(text, s.end) and _STRAIN_BEFORE.search(text, max(0, s.start - 24), s.start):
            drop.add(k)  # "an A/Darwin/9/2021-like virus", "the B/Victoria lineage": a strain's name, no place
            continue
        if s.j - s.i == 1 and s.norm in words.occasion_names \
                and (prev is None or prev.norm not in LIST_PREPOSITIONS) and not text.startswith(",", s.end):
            drop.add(k)  # "would hit Christmas supplies", "before Easter": the holiday, not a town of its name
            continue
        if s.end - s.start > 3 and text[s.end - 3 : s.end] == "St." and nxt is not None \
                and nxt.norm in given_names and nxt.text[:1].isupper() and not nxt.text.isupper() \
                and not _person_after_street(text, token_list, spans, s):
            drop.add(k)  # "the Martyr of the Faith St. Agnes": "St." opens a saint's name, no street ends here
            continue
        if nxt is not None and not nxt.text.isupper() and (
                nxt.norm in words.disease_nouns or _disease_phrase(text, token_list, s.j, words.disease_phrases)):
            drop.add(k)  # "West Nile virus", "Lassa fever", "Middle East respiratory syndrome": the disease
            diseases.add(s.norm)
            continue
        if not s.firm and flu_pandemic_name(text, token_list, s.i, s.j, nxt, _country(s)):
            drop.add(k)  # "the Hong Kong flu", "Hong Kong Flu virus": the pandemic (geo/flu_names.py)
            continue
        if s.i > 0 and tokens[s.i - 1].norm == "the" and nxt is not None and nxt.norm in words.people_nouns \
                and not nxt.text.isupper() and not s.firm and not _main_strong(s, strong) and not _country(s):
            drop.add(k)  # "the Adena people", "the Hopewell Culture": a people or a culture, not a town
            peoples.add(s.norm)
            continue
        if s.i > 0 and tokens[s.i - 1].norm == "the" and nxt is not None and nxt.text.islower() \
                and nxt.norm in words.product_nouns and not _strong(s, strong):
            drop.add(k)  # "in the Norbury model": a product or a plan named after a town
            products.add(s.norm)
    if products:
        drop.update(_with_products(text, spans, products, strong))
    if peoples or diseases:
        # "the Adena's existence", "cases of West Nile": the people's or the disease's name elsewhere in the
        # report, without a firm place cue ("in Adena, Ohio" stays the town).
        drop.update(k for k, s in enumerate(spans) if s.norm in peoples | diseases and not s.demonym
                    and not _main_strong(s, strong) and (not s.firm or _own_direction(text, s)))
    if companies:
        for k, s in enumerate(spans):
            nxt = tokens[s.j] if s.j < n and text[s.end : tokens[s.j].start] == " " else None
            if nxt is not None and (s.norm, nxt.text.lower()) in companies and not s.firm and k not in drop:
                embed.add(k)  # "said Toulouse Greens." after "Toulouse Greens LLC"
    return drop, embed - drop, metonymy - drop


# Capitalised words before a common word that do not make it part of a longer name: articles, titles of
# direction ("North Market" is still a market's place, judged elsewhere) are read by the caller's cues.
_NAME_OPENERS_NOT = frozenset({"the", "a", "an", "of", "and", "in", "at", "on", "for", "to", "from", "by"})


class _StrongTokens:
    """The tokens inside a strong place's name, found once per text when first asked: asking every span for
    each common-word name cost the square of a long list's length."""

    def __init__(self, spans: Sequence[NameSpan], strong: Callable) -> None:
        self._spans, self._strong, self._tokens = spans, strong, None

    def __contains__(self, token: int) -> bool:
        if self._tokens is None:
            self._tokens = frozenset(t for sp in self._spans if _strong(sp, self._strong) for t in range(sp.i, sp.j))
        return token in self._tokens


def _common_word_in_name(text: str, tokens: Sequence[Token], s: NameSpan, common_words: frozenset[str],
                         strong: Callable, strong_tokens: "_StrongTokens") -> bool:
    """Whether a one-word name that is an English word ("School", "Market", "Man", "Centennial") is a word of
    a longer capitalised name rather than a town: a capitalised word that is no strong place's is written right
    before it in the sentence ("Independent School District", "Iron Man", "Giant Eagle Market District").
    A name it opens is left to the recogniser: "Concord Police" is the town's police.

    A town named by a common word is written bare or after a place cue ("clashes in Man", "Market, a town
    in X"); a firm cue before it or a country keeps it. The kind word after the name ("School District")
    is no cue here: it closes the longer name."""
    if s.j - s.i != 1 or s.demonym:
        return False
    word = tokens[s.i]
    if word.norm not in common_words or word.text.isupper() or _country(s):
        return False  # (the word lists first: most names are no English word, and candidates are many)
    nxt = tokens[s.j] if s.j < len(tokens) and text[s.end : tokens[s.j].start] == " " else None
    if s.firm and not (nxt is not None and s.cue == nxt.norm and nxt.text[:1].isupper()):
        return False
    if s.i == 0 or _main_strong(s, strong):
        return False  # ("United Bank Charleston Market": a large town's own name is read by the recogniser)
    prev = tokens[s.i - 1]
    if s.i - 1 in strong_tokens:
        return False  # "Kyiv Market": a strong place's name before it may be the market's town
    if text[prev.end : word.start] != " " or not prev.text[:1].isupper() or prev.text.isupper() \
            or prev.norm in _NAME_OPENERS_NOT:
        return False
    # A capital at a sentence's start proves nothing ("Independent School District" after a full stop is
    # still a name, but "Then School" is not): the word before must stand inside the sentence.
    if s.i >= 2 and re.search(r"[.!?:;\n]", text[tokens[s.i - 2].end : prev.start]):
        return False
    return s.i >= 2


def _team_result(text: str, tokens: Sequence[Token], j: int, words: FalsePlaceWords, sport: bool) -> bool:
    """Whether the words from token j on say a game's result: a verb of one ("beat"), in a sports report,
    or a verb and a result noun within four words, in one clause ("got its second straight victory")."""
    verb = tokens[j]
    if not verb.text.islower():
        return False
    if verb.norm in words.team_verbs:
        return sport
    if verb.norm not in words.result_verbs:
        return False
    for k in range(j + 1, min(j + 6, len(tokens))):
        if re.search(r"[.;:!?,]", text[tokens[k - 1].end : tokens[k].start]):
            return False
        if tokens[k].norm in words.result_nouns and tokens[k].text.islower():
            return True
    return False


# A saint's given name and a particle with a capitalised name after a name's end: "St Vincent de Paul", "St.
# Louis de Montfort", "Saint John de Britto". A town named so is held whole ("Saint-Jean-de-Luz"), its span longer.
_SAINT_NAME = re.compile(r"(\w+)\.?\s+(\w+)")
_PARTICLE_AFTER = re.compile(r"\s+de\s+(?:la\s+)?[A-Z]")


def _person_after_street(text: str, tokens: list[Token], spans: Sequence[NameSpan], s: NameSpan) -> bool:
    """Whether a person's full name opens the next sentence after a street's "St." ending at span `s` ("...closed
    Mill St. Ruth Okafor, 38, of Enugu": geo/saint_names.py), and no name the gazetteer holds runs on over
    the street's "St." and the forename ("Fort St. John", "East St. Louis"): that place's name is read whole.
    The spans are scanned only when the person is read, which is rare."""
    from eventwatch.geo.saint_names import person_opens

    return person_opens(text, tokens, s.j) \
        and not any(not o.unknown and o.i < s.j - 1 and o.j > s.j for o in spans)


def _saint_with_particle(text: str, s: NameSpan, saint_words: frozenset[str], given_names: frozenset[str]) -> bool:
    """Whether the name is a saint's ("St Vincent" of "St Vincent de Paul"), no place."""
    m = _SAINT_NAME.fullmatch(text, s.start, s.end)
    return m is not None and m.group(1).lower() in saint_words and m.group(2).lower() in given_names \
        and m.group(2)[:1].isupper() and _PARTICLE_AFTER.match(text, s.end) is not None


def _acronym(word: str) -> bool:
    """"ICON", "HAPs": capitals throughout, or a capital inside after the first letter."""
    letters = word.replace(".", "")
    return len(letters) >= 3 and letters.isalpha() and (letters.isupper() or any(ch.isupper() for ch in letters[1:]))


def _in_prose(text: str, tokens: Sequence[Token], s: NameSpan) -> bool:
    """Whether the name stands inside a sentence written in lower case ("shares in ICON, a company"), not in
    a dateline ("ABAGANA, Nigeria -") or a headline in capitals, where a place's name is capitalised too."""
    if not text[text.rfind("\n", 0, s.start) + 1 : s.start].strip():
        return False
    prev = tokens[s.i - 1] if s.i > 0 else None
    nxt = tokens[s.j] if s.j < len(tokens) else None
    return prev is not None and prev.text.islower() and (nxt is None or nxt.text.islower())


def _opens_full_name(text: str, tokens: Sequence[Token], norm: str, span_starts: set[int],
                     strong_starts: frozenset[int] = frozenset()) -> bool:
    """Whether the document writes the given name before a surname ("Mary Pitman"): a capitalised word that
    is no strong place (a small town's name is a surname as often: Pitman, New Jersey), and, where the
    gazetteer reads it, not a place the name is followed by in a comma's apposition ("Mary, Ohio")."""
    for k in range(len(tokens) - 1):
        a, b = tokens[k], tokens[k + 1]
        if a.norm == norm and a.text[:1].isupper() and text[a.end : b.start] == " " \
                and b.start not in strong_starts \
                and b.text[:1].isupper() and b.text[1:].islower() and len(b.text) > 2:
            return True
    return False


def _disease_phrase(text: str, tokens: Sequence[Token], j: int, phrases: frozenset[str]) -> bool:
    """Whether tokens[j] and the word after it, one space apart, close a disease's name ("respiratory
    syndrome"): the pair, not the adjective alone, which a town's ward or infections also take."""
    if j + 1 >= len(tokens) or text[tokens[j].end : tokens[j + 1].start] != " ":
        return False
    return f"{tokens[j].norm} {tokens[j + 1].norm}" in phrases


def _herds_of_the_place(text: str, tokens: Sequence[Token], j: int, trades: frozenset[str]) -> bool:
    """Whether the livestock noun at j opens a raid's or a herd's phrase ("Jonglei cattle raids", "cattle
    camps"): the herds are the place's, and the name before them is where they are."""
    if j + 1 >= len(tokens) or text[tokens[j].end : tokens[j + 1].start] != " ":
        return False
    after = tokens[j + 1]
    return after.text.islower() and after.norm in trades


def _after_a_determiner(tokens: Sequence[Token], k: int) -> bool:
    """Whether the noun at k closes a phrase that an article opens within three words ("the crime drama",
    "a new film"): a title noun so introduced names the work that follows."""
    return any(tokens[i].norm in _TITLE_DETERMINERS for i in range(max(0, k - 3), k))


def _populous_country(s: NameSpan) -> bool:
    """Whether the name reads a country of a million people or more: before livestock or wool it is the
    country's produce ("Sudan cattle exports"), where a small island's name is a breed's ("a Jersey cow")."""
    return any(c.exact and c.feature_code.startswith("PCL") and (c.population or 0) >= _POPULOUS
               for c in s.candidates)


def _country(s: NameSpan) -> bool:
    return any(c.exact and c.feature_code.startswith(("PCL", "ADM1")) for c in s.candidates)


def _strong(s: NameSpan, strong: Callable) -> bool:
    return any(c.exact and strong(c) for c in s.candidates)


def _own_direction(text: str, s: NameSpan) -> bool:
    """Whether the span's only place cue is its own first word ("West Nile": "West" is the name's, no cue)."""
    return s.cue is not None and text[s.start : s.end].lower().startswith(s.cue + " ")


def _main_strong(s: NameSpan, strong: Callable) -> bool:
    """A strong place by its own main name ("Gaza"), not by another name a large city also bears ("Adena",
    an old name of Aden)."""
    return any(c.exact and c.kind == NAME_MAIN and strong(c) for c in s.candidates)


def _with_products(text: str, spans: Sequence[NameSpan], products: set[str], strong: Callable) -> set[int]:
    """The document's other uses of a product's name, and the names listed beside one ("Four plans —
    Jamison, Norbury and Granville"): a list joins equals. A firm place cue or a strong place keeps its own."""
    out: set[int] = set()
    for k, s in enumerate(spans):
        if s.norm in products and not s.firm and not _strong(s, strong):
            out.add(k)
    run: list[int] = []
    for k in range(len(spans) + 1):
        if k < len(spans) and run and LIST_GAP.fullmatch(text[spans[run[-1]].end : spans[k].start]):
            run.append(k)
            continue
        if len(run) >= 2 and any(spans[m].norm in products for m in run):
            out.update(m for m in run if not spans[m].firm and not _strong(spans[m], strong))
        run = [k] if k < len(spans) else []
    return out
