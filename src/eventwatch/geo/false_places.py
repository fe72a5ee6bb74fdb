"""Names that spell a place but name something else: a car ("a 1992 Toyota Corolla"), a holiday ("Columbus
Day"), a parliament ("the State Duma") or a person known by what only people have ("Abbas's aides").

The gazetteer holds Toyota (a Japanese city), Lincoln, Dodge and Plymouth, Duma (a Syrian town) and Georgia;
news writes these words far more often for the car, the day, the parliament or the person. Each reading
here rests on the words around the name, never on the name alone, so the same word stays a place where
the text uses it as one ("shelling in Duma", "Duma, near Damascus", "Toyota, Aichi").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.document_words import document_words
from eventwatch.geo.namesake_owners import WORLD_CITY_POPULATION
from eventwatch.geo.normalise import Token
from eventwatch.geo.yaml_files import parse_yaml, word_list

_PATH = DATA_DIR / "false_places.yaml"
_LIST_KEYS = ("vehicle_nouns", "day_words", "day_institution_words", "legislatures", "legislature_qualifiers",
              "legislature_nouns", "person_possessions", "masthead_heads", "masthead_middles", "town_nouns",
              "brand_makes", "airline_heads", "club_suffixes", "sport_words", "breed_before", "breed_after",
              "breed_nouns", "breed_verbs", "breed_place_nouns", "livestock_after", "livestock_trades", "kin_nouns",
              "title_nouns",
              "product_nouns", "credit_labels", "credit_agencies", "company_suffixes", "saint_words",
              "team_verbs", "result_verbs", "result_nouns", "deity_names", "people_nouns",
              "disease_nouns", "disease_phrases", "phenomenon_names", "line_colours", "business_heads",
              "marker_units", "occasion_names", "workplace_nouns")
# A make that a town of this many people shares (Lincoln, Plymouth) is that town after "protests at": as many
# as a world city's, which a place cue alone keeps a place.
CITY_MAKE_POPULATION = WORLD_CITY_POPULATION
# Unless another make is written this many words or fewer away ("job cuts at Lincoln and Mercury", "layoffs at
# Lincoln ... at the Ford plant"): a sister make or the parent maker says the company is meant.
MAKE_COMPANY_TOKENS = 12
_MODEL_YEAR = re.compile(r"(?:19|20)\d\d|['’]\d\d")
# Words that make the next noun a particular thing rather than a town ("the Toyota", "his Lincoln").
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "my", "our", "your", "its", "this", "that"})
_POSSESSIVE = ("'s", "’s", "'", "’")


@dataclass(frozen=True)
class FalsePlaceWords:
    """The word lists of data/gazetteer/false_places.yaml, folded to lower case."""

    makes: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]  # make's words -> its models' words
    make_starts: dict[str, tuple[tuple[str, ...], ...]]  # a make's first word -> the makes it opens
    vehicle_nouns: frozenset[str]
    day_words: frozenset[str]
    day_institution_words: frozenset[str]
    legislatures: frozenset[str]
    legislature_qualifiers: frozenset[str]
    legislature_nouns: frozenset[str]
    person_possessions: frozenset[str]
    masthead_heads: frozenset[str]
    masthead_middles: frozenset[str]
    town_nouns: frozenset[str]
    brand_makes: frozenset[str]
    # Read by geo/named_things.py: airlines, clubs, breeds, products and credits named like places.
    airline_heads: frozenset[str]
    club_suffixes: frozenset[str]
    sport_words: frozenset[str]
    breed_before: frozenset[str]
    breed_after: frozenset[str]
    breed_nouns: frozenset[str]  # "a Dalmatian": a place's adjective that, alone as a noun, is a dog's breed
    breed_verbs: frozenset[str]  # "a Dalmatian barked": what a dog does, ending the breed's noun phrase
    breed_place_nouns: frozenset[str]  # "the Chihuahua barked": a place's own name, a dog only before its verb
    livestock_after: frozenset[str]  # "a Jersey cow": the breed, but "Jonglei cattle raids" are the place's herds
    livestock_trades: frozenset[str]
    kin_nouns: frozenset[str]  # "the Orkney brothers": a family's name
    title_nouns: frozenset[str]  # "the crime drama Shetland": a work's title
    product_nouns: frozenset[str]
    credit_labels: frozenset[str]
    credit_agencies: frozenset[str]
    company_suffixes: frozenset[str]
    saint_words: frozenset[str]
    team_verbs: frozenset[str]
    result_verbs: frozenset[str]
    result_nouns: frozenset[str]
    deity_names: frozenset[str]  # "a believer in God": the deity, not Göd (Hungary)
    people_nouns: frozenset[str]  # "the Adena people": a people's or a culture's name
    disease_nouns: frozenset[str]  # "West Nile virus": a disease's name
    disease_phrases: frozenset[str]  # "Middle East respiratory syndrome": two words closing a disease's name
    phenomenon_names: frozenset[str]  # "Zika", "El Niño": a disease or a climate pattern, not a place
    line_colours: frozenset[str]  # "the Orange line": a transit line
    business_heads: frozenset[str]  # "Samsung Electronics": a corporation's name
    marker_units: frozenset[str]  # "the Kilo 16 junction": a kilometre post
    occasion_names: frozenset[str]  # "Christmas supplies": a holiday, not Christmas (Florida)
    workplace_nouns: frozenset[str]  # "protests at Ford": work and its disputes before "at" a car maker


def _words_of(name: str) -> tuple[str, ...]:
    """A listed name as the tokeniser splits it: "Land Rover" -> (land, rover), "S-10" -> (s, 10)."""
    return tuple(w for w in re.split(r"[\s\-‐‑–]+", name.lower()) if w)


@lru_cache(maxsize=2)
def load_false_place_words(path: str = str(_PATH)) -> FalsePlaceWords:
    """Read and check the lists: every list holds lower-case strings, every make maps to a list of models."""
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    lists: dict[str, frozenset[str]] = {}
    for key in _LIST_KEYS:
        lists[key] = frozenset(word_list(raw.get(key), key, "false_places.yaml"))
    makes_raw = raw.get("vehicle_makes")
    if not isinstance(makes_raw, dict) or not makes_raw:
        raise ValueError("false_places.yaml: vehicle_makes must map makes to lists of models")
    makes: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for make, models in makes_raw.items():
        if not isinstance(make, str) or make != make.lower() or not isinstance(models, list) \
                or not all(isinstance(m, str) and m == m.lower() and m.strip() for m in models):
            raise ValueError(f"false_places.yaml: vehicle make {make!r} must be lower case with a list of "
                             f"lower-case models")
        makes[_words_of(make)] = tuple(_words_of(str(m)) for m in models)
    starts: dict[str, list[tuple[str, ...]]] = {}
    for make in makes:
        starts.setdefault(make[0], []).append(make)
    return FalsePlaceWords(makes=makes, make_starts={w: tuple(m) for w, m in starts.items()}, **lists)


def _joined(text: str, a: Token, b: Token) -> bool:
    """Two tokens written as words of one name: a space or a hyphen between them, no line break."""
    return text[a.end : b.start] in (" ", "-", "‐", "‑", "–")


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() or t.text[:1].isdigit()


def _sequence_at(text: str, tokens: list[Token], k: int, words: tuple[str, ...]) -> bool:
    """Whether the listed words are written from token k on as one capitalised name."""
    if k + len(words) > len(tokens):
        return False
    for n, w in enumerate(words):
        t = tokens[k + n]
        if t.norm != w or not _capitalised(t) or (n and not _joined(text, tokens[k + n - 1], t)):
            return False
    return True


@dataclass(frozen=True)
class Vehicles:
    """Where a document names vehicles: the tokens of each vehicle's name, and the words (makes and listed
    models) it uses for vehicles, so that a later "the Toyota" or "the Bronco" is read as the same car."""

    tokens: frozenset[int]
    words: frozenset[str]


def vehicles(text: str, tokens: list[Token], words: FalsePlaceWords) -> Vehicles:
    """Vehicles named in the text: a make with a model after it ("Toyota Corolla", "Isuzu Denver Rodeo"), or a
    make with a model year before it ("a 1992 Toyota") or a vehicle noun after it ("a Dodge pickup").

    The capitalised words between a make and its listed model are the model's too (a trim or a local name);
    only listed models and the make itself carry over to the rest of the document."""
    found: set[int] = set()
    used: set[str] = set()
    n = len(tokens)
    starts = words.make_starts
    for k in document_words(tokens).positions(starts):  # most texts name no make at all
        for make in starts[tokens[k].norm]:
            models = words.makes[make]
            if not _sequence_at(text, tokens, k, make):
                continue
            end = k + len(make)
            model_end = _model_after(text, tokens, end, models)
            year = k > 0 and _MODEL_YEAR.fullmatch(tokens[k - 1].text) is not None \
                and text[tokens[k - 1].end : tokens[k].start] == " " \
                and (k < 2 or tokens[k - 2].norm in _DETERMINERS or model_end is not None)
            noun = end < n and tokens[end].text.islower() and tokens[end].norm in words.vehicle_nouns \
                and text[tokens[end - 1].end : tokens[end].start] == " "
            if model_end is None and not year and not noun:
                continue
            found.update(range(k, model_end if model_end is not None else end))
            used.add(" ".join(make))
            if model_end is not None:
                for m in models:
                    for start in range(end, model_end):
                        if _sequence_at(text, tokens, start, m) and start + len(m) == model_end:
                            used.add(" ".join(m))
            break
    return Vehicles(frozenset(found), frozenset(used))


def _model_after(text: str, tokens: list[Token], end: int, models: tuple[tuple[str, ...], ...]) -> int | None:
    """The end of a listed model written right after a make, up to two other capitalised words between
    ("Isuzu Denver Rodeo"), or None."""
    for skip in range(3):
        start = end + skip
        if start > len(tokens) - 1 or not _joined(text, tokens[start - 1], tokens[start]):
            return None
        if skip and not _capitalised(tokens[start - 1]):
            return None
        for m in models:
            if _sequence_at(text, tokens, start, m):
                return start + len(m)
    return None


def vehicle_use(tokens: list[Token], i: int, j: int, found: Vehicles, firm: bool,
                words: FalsePlaceWords, lookup: Optional[Callable[[str], list]] = None) -> bool:
    """Whether the name on tokens i..j is a vehicle or its maker: part of a vehicle's name, or a word the
    document uses for a vehicle (or a make foremost a company's, `brand_makes`) written without a firm place
    cue, or after a determiner ("in the Toyota": in the car). `lookup` (the gazetteer's) tells a make that is
    also a city's name (`_workplace_at`)."""
    if any(k in found.tokens for k in range(i, j)):
        return True
    if _workplace_at(tokens, i, j, words, lookup):
        return True
    norm = " ".join(t.norm for t in tokens[i:j])
    if norm not in found.words and norm not in words.brand_makes:
        return False
    return not firm or (i > 0 and tokens[i - 1].norm in _DETERMINERS and tokens[i - 1].text.islower())


def _workplace_at(tokens: list[Token], i: int, j: int, words: FalsePlaceWords,
                  lookup: Optional[Callable[[str], list]] = None) -> bool:
    """Whether the name on tokens i..j is a car maker written after "at" and a noun of work or its disputes
    ("protests at Ford", "a strike at Nissan", "job cuts at Toyota"): the company, whatever town shares its
    name. A make after "at" alone ("shot at Ford") may be the town, and is left to the other rules. A make named
    after a city of size (`CITY_MAKE_POPULATION`: Lincoln, Plymouth) is that city after "pickets at" as after
    "at" alone ("job cuts at Plymouth will hit the city council"); only a make foremost a company's
    (`brand_makes`: Toyota, whatever Aichi's city) or one no such city shares (Ford) is the company there, as is
    one written near another make (`_other_make_near`)."""
    if not (i >= 2 and tokens[i - 1].norm == "at" and tokens[i - 2].norm in words.workplace_nouns
            and tokens[i - 2].text.islower() and tuple(t.norm for t in tokens[i:j]) in words.makes):
        return False
    norm = " ".join(t.norm for t in tokens[i:j])
    return norm in words.brand_makes or lookup is None or not _city_named(norm, lookup) \
        or _other_make_near(tokens, i, j, words)


def _other_make_near(tokens: list[Token], i: int, j: int, words: FalsePlaceWords) -> bool:
    """Whether another car make is written within `MAKE_COMPANY_TOKENS` words of the make on tokens i..j ("job
    cuts at Lincoln and Mercury", "layoffs at Lincoln ... at the Ford plant"): beside its sister make or its
    parent maker, the make after "cuts at" is the company even where a city shares its name."""
    own = tuple(t.norm for t in tokens[i:j])
    for k in range(max(0, i - MAKE_COMPANY_TOKENS), min(len(tokens), j + MAKE_COMPANY_TOKENS)):
        if i <= k < j:
            continue
        for make in words.make_starts.get(tokens[k].norm, ()):
            if make != own and tuple(t.norm for t in tokens[k:k + len(make)]) == make:
                return True
    return False


def _city_named(norm: str, lookup: Callable[[str], list]) -> bool:
    """Whether a town of `CITY_MAKE_POPULATION` people or more bears the name as written."""
    return any(c.exact and c.feature_code.startswith("PPL") and c.population >= CITY_MAKE_POPULATION
               for c in lookup(norm))


def named_day(text: str, tokens: list[Token], j: int, end: int, words: FalsePlaceWords) -> bool:
    """Whether a name ending at character `end` (token j next) names a day: "Columbus Day", "St. Patrick's
    Day", "Christmas Eve"; not a day-care, a day school or a day trip ("Oakdale Day Care")."""
    if j >= len(tokens):
        return False
    gap = text[end : tokens[j].start]
    if not gap.endswith(" ") or "\n" in gap or (gap.strip() and gap.strip() not in _POSSESSIVE):
        return False
    day = tokens[j]
    if day.norm not in words.day_words or not day.text[:1].isupper() or day.text.isupper():
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return not (nxt is not None and text[day.end : nxt.start] == " " and nxt.norm in words.day_institution_words)


def legislature_use(text: str, tokens: list[Token], i: int, j: int, words: FalsePlaceWords,
                    place_nouns: frozenset[str]) -> bool:
    """Whether a parliament's name on tokens i..j is the parliament: after a word of its full name ("State
    Duma", "Verkhovna Rada"), before a word of its work ("Duma deputies", "Rada vote"), or after "the" as the
    head of its phrase ("the Duma approved", "sent to the Duma.", "the Duma's committee").

    A town is written bare ("shelling in Duma"); after "the" it modifies a noun ("the Duma area", "the Duma
    council", `place_nouns` and the list's town nouns) or opens a longer name ("the Duma Local Council")."""
    if j - i != 1 or tokens[i].norm not in words.legislatures:
        return False
    nxt = tokens[j] if j < len(tokens) else None
    gap_after = text[tokens[i].end : nxt.start] if nxt is not None else ""
    nxt_noun = nxt if nxt is not None and gap_after == " " else None  # (not after a possessive or a stop)
    if nxt_noun is not None and (nxt_noun.norm in place_nouns or nxt_noun.norm in words.town_nouns):
        return False
    if nxt_noun is not None and nxt_noun.norm in words.legislature_nouns:
        return True
    if i == 0 or text[tokens[i - 1].end : tokens[i].start] != " ":
        return False
    prev = tokens[i - 1]
    if prev.text[:1].isupper() and prev.norm in words.legislature_qualifiers:
        return True
    return prev.norm == "the" and not (nxt_noun is not None and nxt_noun.text[:1].isupper())


def distance_marker(text: str, tokens: list[Token], i: int, j: int, words: FalsePlaceWords) -> bool:
    """Whether a one-word name is a capitalised distance unit written before a number ("Kilo 16", "Km 40"):
    Middle Eastern and African reporting names road junctions and checkpoints by their kilometre post, and
    the unit word then spells no town, whatever the gazetteer holds under it."""
    if j - i != 1 or j >= len(tokens) or tokens[i].norm not in words.marker_units:
        return False
    nxt = tokens[j]
    return text[tokens[i].end : nxt.start] == " " and nxt.text.isdigit()


def person_possession(text: str, tokens: list[Token], j: int, end: int, words: FalsePlaceWords) -> bool:
    """Whether a name ending at character `end` is followed by a possessive and a noun only people have
    ("Abbas's aides", "Georgia's father")."""
    if j >= len(tokens) or text[end : end + 2] not in ("'s", "’s"):
        return False
    nxt = tokens[j]
    return nxt.text.islower() and nxt.norm in words.person_possessions and text[end + 2 : nxt.start] == " "


def firm_name_opener(text: str, tokens: list[Token], i: int, j: int, end: int, words: FalsePlaceWords) -> bool:
    """Whether a one-word name (tokens i to j, ending at character `end`) opens a corporation's name: "Samsung
    Electronics", "Hyundai Heavy Industries". The gazetteer holds many firms' names as some village's
    spelling (Samsung, a Korean village), and a document that names the firm so once means it elsewhere too."""
    if j - i != 1 or not tokens[i].text[:1].isupper() or tokens[i].text.isupper():
        return False
    k, at = j, end
    for _ in range(2):  # "Hyundai Heavy Industries": one capitalised word may stand between
        if k >= len(tokens) or text[at : tokens[k].start] != " ":
            return False
        t = tokens[k]
        if not t.text[:1].isupper() or t.text.isupper():
            return False
        if t.norm in words.business_heads:
            return True
        k, at = k + 1, t.end
    return False


def firm_name_openers(text: str, tokens: list[Token], words: FalsePlaceWords) -> set[str]:
    """The words of the document that open a corporation's name somewhere in it (`firm_name_opener` at each
    word). A firm's head word stands one or two words after its opener, so only the words just before a
    business head are asked: most documents hold none, and each ask read the words after it."""
    heads = words.business_heads
    starts = {k - d for k in document_words(tokens).positions(heads) for d in (1, 2) if k - d >= 0}
    return {tokens[k].norm for k in sorted(starts)
            if tokens[k].text[:1].isupper() and firm_name_opener(text, tokens, k, k + 1, tokens[k].end, words)}


_AGENCY_KINDS = frozenset({"news", "press"})
_AGENCY_HEADS = frozenset({"agency"})


def agency_names(text: str, tokens: list[Token]) -> set[str]:
    """The words of the document that name a news agency: one capitalised word right before "news agency" or
    "press agency" ("the Meridian news agency", "the Kestrel Press Agency"). An agency's name is its brand, not
    where it works, and the same word alone later ("according to Meridian") is the agency again."""
    out = set()
    for k in [x - 2 for x in document_words(tokens).positions(_AGENCY_HEADS) if x >= 2]:  # most texts: none
        a, kind, head = tokens[k], tokens[k + 1], tokens[k + 2]
        if kind.norm in _AGENCY_KINDS and head.norm == "agency" and a.text[:1].isupper() \
                and not a.text.isupper() and text[a.end : kind.start] == " " \
                and text[kind.end : head.start] in (" ", "-"):
            out.add(a.norm)
    return out


def noun_after_demonym(text: str, demonym_end: int, start: int, norm: str, nouns: frozenset[str]) -> bool:
    """"Allied Irish Banks", "the Royal Dutch Shell": a name that is also an ordinary noun, written capitalised
    right after a people's adjective, closes a firm's or a thing's name. A place the adjective locates is
    written so only when the gazetteer holds the two words as one name ("French Guiana"), which the automaton
    reads first; `nouns` are the ordinary words (common words and organisation heads), a plural read by its
    singular."""
    if text[demonym_end:start] != " ":
        return False
    return norm in nouns or (norm.endswith("s") and norm[:-1] in nouns)


def masthead_end(text: str, tokens: list[Token], j: int, end: int, words: FalsePlaceWords) -> Optional[int]:
    """Where the newspaper's or utility's name that a name ending at character `end` opens ends (the end of its
    head word, "Globe" in "the Boston Globe"), or None where it opens none ("the Des Moines Register", "Lansing
    State Journal", "Kansas City Power & Light"). The head and the words between are the title's, whatever town
    shares their name (Globe, Arizona; Star, Idaho). A hyphen straight after the place joins it to another place
    ("the Phoenix-Sun City area", "the Marion-Gas City stretch"), not to a title."""
    k, at = j, end
    for n in range(2):
        if k >= len(tokens) or text[at : tokens[k].start] not in ((" ",) if n == 0 else (" ", "-")):
            return None
        t = tokens[k]
        if not t.text[:1].isupper() or t.text.isupper():
            return None
        if t.norm in words.masthead_heads:
            return t.end
        if t.norm not in words.masthead_middles:
            return None
        k, at = k + 1, t.end
    return None


# Common nouns of local government that a sentence or a heading capitalises after "The": "The City Council
# voted", "The Town of Harlow", "The County's Planning Board". The gazetteer holds "The City" (London's) and
# towns of that nickname, but written so the words mean "the city" whose body or name follows.
_MUNICIPAL_NOUNS = frozenset({"city", "town", "village", "county", "borough", "township", "parish"})


def municipal_body(text: str, tokens: list[Token], i: int, j: int, bodies: frozenset[str]) -> bool:
    """Whether "The City" (tokens i..j) is the common noun opening a municipal body's name: a capitalised body
    word follows ("The City Council", "The Town Board"), "of" and a name ("The City of Harlow"), or a
    possessive and a capitalised word ("The City's Planning Commission").

    The local body is no place (the town it governs is named elsewhere, or after "of"); "the City" alone,
    London's financial district, keeps its reading ("jobs in the City", "The City has feared ...")."""
    if j - i != 2 or j >= len(tokens) or tokens[i].text != "The" or tokens[i + 1].norm not in _MUNICIPAL_NOUNS:
        return False
    gap, nxt = text[tokens[j - 1].end : tokens[j].start], tokens[j]
    if gap in ("'s ", "’s ", "' ", "’ "):
        return nxt.text[:1].isupper() and not nxt.text.isupper()
    if gap != " ":
        return False
    if nxt.norm == "of":
        return j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()
    return nxt.text[:1].isupper() and not nxt.text.isupper() and nxt.norm in bodies


def service_words_in_districts(text: str, tokens: list[Token], spans: list, division_words) -> list:
    """Drop a one-word name written between another name and a capitalised division title: "Calcasieu Parish
    Fire District 3", "the Orleans Parish School District", "the Harlan Water District".

    A district named after a place puts the place first; a word between it and the title names the service
    the district runs (fire, schools, water), and a town of that name ("Fire", "School") is a coincidence of
    spelling. A known name of several words before the title ("Kowloon City District") is read whole
    elsewhere and is never one word here; a lone name before the title ("Bayhan District") keeps it.
    """
    end_at = {s.j: s for s in spans}
    drop = set()
    for s in spans:
        if s.j - s.i != 1 or s.unknown or s.j >= len(tokens) or s.i < 1:
            continue
        title = tokens[s.j]
        before = end_at.get(s.i)
        if before is None or title.norm not in division_words or not _capitalised(title) \
                or not _joined(text, tokens[s.i - 1], tokens[s.i]) or not _joined(text, tokens[s.i], title):
            continue
        drop.add(id(s))
    return [s for s in spans if id(s) not in drop] if drop else spans
