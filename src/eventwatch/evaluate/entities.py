"""Score entity recognition against Dstl's re3d corpus (conflict-domain news and releases).

re3d keeps each source in its own folder with `documents.json` and `entities.json` (JSON lines). Only
entities with confidence 1 count. Each type is scored twice: exact span and overlap (a prediction counts
when it overlaps a gold entity of the same type; a gold entity counts when any prediction overlaps it).

The predictions are what eventwatch's extractors find, read sentence by sentence:
Location <- the geoparser's locational toponyms, each as its mention: the name with the words that say which
area is meant ("northern Iraq", "Idlib province"; the place's evidence phrase) and "the" only where the name
owns it ("the Netherlands", a named site's "the Tikrit Dam"; not "the Mosul push"), but no place inside the
name of a group the actor registry knows ("al-Qaeda in Iraq"); a country adjective counts only with its place
noun ("Syrian territory"), alone it is a Nationality; the kind of place said with the name belongs to it ("the
village of X", "X province"), a part of a town runs on over the town ("the X district of Baghdad"), and a country
adjective before "border" or "frontier" is that line ("the Turkish border");
Organisation <- actor registry matches (named, generic and reporters) with the unit after the name ("ISIL
fighters", "the Asad regime"), plus countries that act rather than locate (non-locational country names, not
those inside another name: "the Islamic State of Iraq and the Levant" is one organisation), with the body they
lead or field ("the UK-led coalition", "US forces");
Person <- spaCy's PERSON entities widened over the titles before them ("Foreign Secretary Philip Hammond");
Weapon / MilitaryPlatform <- the weapons lexicon (platform categories are MilitaryPlatform); Quantity <-
counted figures with their noun; Temporal <- every date expression; Nationality <- demonyms from the actor
registry's nationality table. (spaCy's ORG entities were measured as an addition and left out: on re3d they
cost as much precision as they gave recall.)
"""
from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from datetime import datetime
from typing import Any, Callable, Iterable, Optional

from eventwatch.extract.casualties import casualty_counts
from eventwatch.extract.dates import find_dates
from eventwatch.extract.weapons import PLATFORM_CATEGORIES, find_weapons
from eventwatch.model import WHERE_PREC_COUNTRY, Sentence

TYPES = ("Location", "Organisation", "Person", "Nationality", "Weapon", "MilitaryPlatform", "Quantity", "Temporal")
# re3d documents carry no publication date; relative dates still need one to be recognised at all.
_REFERENCE_DATE = datetime(2017, 1, 1)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])|\n+")

Span = tuple[int, int]
# re3d counts unmanned aircraft as platforms; eventwatch files drones with weapons (they deliver the strike).
_RE3D_PLATFORMS = PLATFORM_CATEGORIES | {"drone"}
# re3d spans take in a leading determiner ("the SDF", "a VBIED"); eventwatch evidence starts at the name.
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|The|A|An)\s+)$")


def _with_determiner(text: str, start: int) -> int:
    m = _DETERMINER.search(text[max(0, start - 5):start])
    return start - len(m.group(0)) if m else start


# The geoparser's cue for a country adjective read as its place ("Syrian territory"); re3d files the adjective
# under Nationality, never Location.
_MODIFIER_CUE = "place modifier"
# What continues a noun phrase after a name: a hyphenated compound ("the Syria-Iraq border") or another word
# ("the Mosul push", "the Karrada district").
_COMPOUND_AFTER = re.compile(r"-\w| [A-Za-z]")


def _mention(t: Any) -> Span:
    """The place's mention as re3d marks it: the name with the words that say which area of it is meant
    ("northern Iraq", "Idlib province", "eastern Aleppo", "west of Damascus"). eventwatch keeps that phrase
    as the place's evidence and the bare name as the toponym; the phrase is what re3d annotates."""
    place = t.place or t.fallback
    ev = place.evidence if place is not None else None
    if ev is not None and ev.start <= t.start and t.end <= ev.end:
        return ev.start, ev.end
    return t.start, t.end


# The kind of place said around a name: before it with "of" ("the village of X", "the Syrian town of X", "the port
# city of X"), or after it ("X province", "the X neighbourhood"). re3d marks the kind as part of the mention
# (24 of 26 "of" phrases, 27 of 28 heads); the geoparser keeps it as evidence only where it read the name by it.
_KINDS = r"(?:village|town|city|district|province|governorate|neighbou?rhood|suburb|quarter|region|area)"
_KIND_BEFORE = re.compile(rf"(?<![\w’'-])(?:(?!(?:the|a|an|in|into|of|at|to|from|on|near|and|or)\b)[\w’'-]+\s+)"
                          rf"{{0,2}}{_KINDS}\s+of\s+$", re.I)
_KIND_AFTER = re.compile(rf"\s+(?i:{_KINDS})\b(?!\s+of\b)")
_PART_AFTER = re.compile(r"\s+(?i:district|neighbou?rhood|suburb|quarter)\b(?=\s+of\s)")
# A part of a town named with the town holding it ("the Karrada district of Baghdad"): one mention.
_PART_OF = re.compile(r"\s(?:district|neighbou?rhood|suburb|quarter)\s+of\s$", re.I)


def _with_kind(text: str, start: int, end: int, t: Any, names: list[Span]) -> Span:
    """The mention widened over the kind of place said with the name, where the geoparser's evidence left it
    out: "the village of X" (a name read without its cue, as an unresolved village is) and "X province". Not
    over another name: in "the Wadi Barada area of X" the area is the other name's."""
    if start == t.start:
        m = _KIND_BEFORE.search(text[max(0, start - 60):start])
        if m is not None and not any(start - len(m.group(0)) < b and a < start for a, b in names):
            start -= len(m.group(0))
    if end == t.end:
        m = _KIND_AFTER.match(text, end) or (_PART_AFTER.match(text, end) if _section(t) else None)
        if m is not None:
            end = m.end()
    return start, end


def _section(t: Any) -> bool:
    """A name that may be a part of a town: one the gazetteer lacks or files as a section of a city. In "the
    Mansour district of X" the district is the name's; in "the X suburb of Y", where X is a city, it is Y's."""
    place = t.place
    return place is None or (place.feature_code or "") == "PPLX"


def _location_start(text: str, t: Any, start: Optional[int] = None, end: Optional[int] = None) -> int:
    """Where a place's mention starts: with "the" only when the article is the name's own ("the Netherlands",
    "the Middle East", "the Tigris"), not when it belongs to a noun the name modifies ("the Mosul push",
    "the Syria-Iraq border"). Towns and divisions never take the article themselves; countries, regions,
    natural features and named sites may, and keep it unless a hyphen joins them into a compound."""
    first = t.start if start is None else start
    start = _with_determiner(text, first)
    if start == first:
        return start
    if first != t.start or (end is not None and end != t.end):
        return start  # "the northern Iraq", "the Diyala Province": the article opens the whole phrase
    after = text[t.end : t.end + 2]
    if after[:1] == "-" and _COMPOUND_AFTER.match(after):
        return first
    place = t.place
    # a named site owns its article ("the Tikrit Dam", "the Daraa military airport"), as a country may
    takes_article = place is None or t.cue == "facility" or (place.feature_code or "").startswith(_ARTICLE_FEATURES)
    if _COMPOUND_AFTER.match(after) and (not takes_article or (
            place is not None and (place.feature_code or "").startswith("PCL") and not _owns_article(t.text))):
        return first  # "the Syria crisis": the article is the crisis's; "the Netherlands government" keeps it
    return start


# Country names that carry "the" themselves: plurals and unions ("the Netherlands", "the Philippines", "the United
# States", "the UAE"). Any other country before a noun leaves the article to the noun ("the Syria crisis").
_OWN_ARTICLE = re.compile(r"(?:.*(?:lands|ines|amas|ives|elles|oros)|United .*|"
                          r".* (?:Republic|Kingdom|Union|Emirates|Islands|Federation)|"
                          r"[A-Z.]{2,}|Gambia|Congo|Sudan|Vatican|Holy See|Ivory Coast)")


def _owns_article(name: str) -> bool:
    return _OWN_ARTICLE.fullmatch(name.strip()) is not None


# Feature codes of places whose English names may carry "the": countries, regions, waters, mountains.
_ARTICLE_FEATURES = ("PCL", "CONT", "RGN", "AREA", "OCN", "SEA", "GULF", "STRT", "STM", "LK", "MTS", "DSRT",
                     "PEN", "ISL", "VAL", "PLN", "TERR",
                     # named works and sites: "the Tikrit Dam", "the Daraa military airport", "the Hama air base"
                     "DAM", "INSM", "AIRB", "AIRF", "AIRP", "BDG", "MSQE", "HSP", "UNIV", "STDM", "PRT")


def evaluate_entities(root: str, resources: Any = None, *, errors: int = 0) -> dict:
    """Per-type precision/recall/F1 (exact and overlap) over every re3d source folder under `root`.

    `resources` supplies the actor registry (`resources.actors`); without it the bundled one is loaded.
    `errors` > 0 adds that many missed and spurious spans per type, for finding what goes wrong.
    """
    registry = getattr(resources, "actors", None) if resources is not None else None
    if registry is None:
        from eventwatch.extract.actors import ActorRegistry

        registry = ActorRegistry.load()
    gazetteer = getattr(resources, "gazetteer", None) if resources is not None else None
    nlp = getattr(resources, "nlp", None) if resources is not None else None
    if nlp is not None and "ner" not in nlp.pipe_names:
        # the pipeline parses candidate sentences without NER; Person spans need spaCy's recogniser
        import spacy

        from eventwatch.resources import SPACY_MODEL

        nlp = spacy.load(SPACY_MODEL, exclude=["parser", "lemmatizer"])
    documents, gold = load_re3d(root)
    predicted: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
    for doc_id, text in documents.items():
        for type_, (s, e) in predict_entities(text, registry, gazetteer=gazetteer, nlp=nlp):
            predicted[type_].add((doc_id, s, e))
    result: dict[str, Any] = {"documents": len(documents), "types": {}}
    for type_ in TYPES:
        g, p = gold.get(type_, set()), predicted.get(type_, set())
        entry = {"gold": len(g), "predicted": len(p), "exact": _prf(*_exact(g, p)), "overlap": _prf(*_overlap(g, p))}
        if errors:
            entry["missed"] = [_show(documents, x) for x in sorted(g - p)[:errors]]
            entry["spurious"] = [_show(documents, x) for x in sorted(p - g)[:errors]]
        result["types"][type_] = entry
    return result


def load_re3d(root: str) -> tuple[dict[str, str], dict[str, set[tuple[str, int, int]]]]:
    """Documents (id -> text) and confidence-1 gold spans by type, from every source folder."""
    documents: dict[str, str] = {}
    gold: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
    for folder in sorted(os.listdir(root)):
        path = os.path.join(root, folder)
        if not os.path.isfile(os.path.join(path, "documents.json")):
            continue
        for row in _json_lines(os.path.join(path, "documents.json")):
            documents[row["_id"]] = row["text"]
        for row in _json_lines(os.path.join(path, "entities.json")):
            if row.get("confidence") == 1 and row.get("type") in TYPES and row.get("documentId") in documents:
                gold[row["type"]].add((row["documentId"], int(row["begin"]), int(row["end"])))
    if not documents:
        raise FileNotFoundError(f"no re3d source folders (documents.json) under {root}")
    return documents, gold


def predict_entities(text: str, registry: Any, *, gazetteer: Any = None, nlp: Any = None) -> list[tuple[str, Span]]:
    """Entity spans (absolute offsets) that eventwatch's extractors find in a document.

    Location comes from the geoparser (locational toponyms) when a gazetteer is given; Person from spaCy's
    PERSON entities when a pipeline is given, minus spans the registry or the gazetteer already explain.
    """
    out: list[tuple[str, Span]] = []
    explained: list[Span] = []
    if gazetteer is not None:
        from eventwatch.geo import geoparse

        toponyms = geoparse(gazetteer, text)
        # "Palmyra, Syria": the toponym after each name's comma, which may be the land holding it; a name inside
        # another ("Tabqa" in "Tabqa Dam, Syria") stands between neither
        outer = [b for b in toponyms if not any(c is not b and c.start <= b.start and b.end <= c.end
                                                and (c.start, c.end) != (b.start, b.end) for c in toponyms)]
        held_in = {a.end: b for a, b in zip(outer, outer[1:]) if text[a.end : _mention(b)[0]] == ", "}
        starts = {_mention(b)[0]: b for b in toponyms if b.locational}  # "the X district of [Baghdad]"
        # a country adjective ("the Syrian town of X") is no name that the kind before X could belong to
        names = [(b.start, b.end) for b in toponyms if b.cue != _MODIFIER_CUE]
        parties = _paired_states(text, toponyms)
        for t in toponyms:
            people = _PEOPLE_OF.search(text, max(0, t.start - 20), t.start) if t.place is not None else None
            if people is not None or (t.start, t.end) in parties:
                # "the people of Iraq" (a group of people), "the UK-France summit" (two states as parties)
                out.append(("Organisation", (people.start() if people is not None else t.start, t.end)))
                explained.append((t.start, t.end))
            elif t.locational and _abbreviated_modifier(text, t):
                # "U.S. forces", "the UK embassy": the state's body, with the unit the name opens; a longer
                # name ("U.S. Central Command") is one no extractor here reads whole, so only a unit is told
                unit = _unit_after(text, t.end)
                if unit:
                    out.append(("Organisation", (_with_determiner(text, t.start), t.end + unit)))
                explained.append((t.start, t.end))
            elif t.locational and t.cue == _MODIFIER_CUE:
                # "Syrian territory", "the Turkish border": the adjective and its place noun are the mention.
                # Before "of" the noun opens a longer one ("the Syrian town of Azaz") whose name is read
                # on its own; the adjective alone is re3d's Nationality, found below.
                explained.append((t.start, t.end))
                start, end = _mention(t)
                if end > t.end and not text.startswith(" of ", end):
                    out.append(("Location", (_location_start(text, t, start, end), end)))
            elif t.locational:
                start, end = _with_kind(text, *_mention(t), t, names)
                held = _held_by(text, t, held_in.get(t.end))
                start = _location_start(text, t, start, end)
                whole = starts.get(end + 4) if _PART_OF.search(text[max(0, end - 30):end + 4]) else None
                out.append(("Location", (start, held or (_mention(whole)[1] if whole is not None else end))))
                explained.append((t.start, t.end))
            elif t.place is not None and t.place.precision >= WHERE_PREC_COUNTRY and t.text[:1].isupper() \
                    and t.cue != "embedded" and not _demonym_pattern(registry).fullmatch(t.text) \
                    and not _OFFICE_OF.search(text, max(0, t.start - 160), t.start):
                # a country that acts ("Russia vetoed", "the UK condemned"): its government, an organisation,
                # with the body it leads or fields ("the UK-led coalition", "US forces")
                led = _LED_BODY.match(text, t.end)
                end = led.end() if led is not None else t.end + _unit_after(text, t.end)
                out.append(("Organisation", (_with_determiner(text, t.start), end)))
                explained.append((t.start, t.end))
    if nlp is not None:
        for ent in nlp(text).ents:
            if ent.label_ == "PERSON":
                persons = person_span(text, ent.start_char, ent.end_char)
                if persons is not None and not any(a < persons[1] and persons[0] < b for a, b in explained):
                    out.append(("Person", persons))
    demonyms = _demonym_pattern(registry)
    bodies: list[Span] = []
    for sentence in split_sentences(text):
        base = sentence.start
        for s, e, entry in registry.match(sentence.text):
            explained.append((base + s, base + e))
            bodies.append((base + s, base + e))
            e += _unit_after(sentence.text, e)
            out.append(("Organisation", (base + _with_determiner(sentence.text, s), base + e)))
        for w in find_weapons(sentence):
            type_ = "MilitaryPlatform" if w.category in _RE3D_PLATFORMS else "Weapon"
            s = w.evidence.start - base
            out.append((type_, (base + _with_determiner(sentence.text, s), w.evidence.end)))
        for c in casualty_counts(sentence.text):
            out.append(("Quantity", (base + c.start, base + c.figure_end)))
        for d in find_dates(sentence, _REFERENCE_DATE):
            out.append(("Temporal", (base + d.start, base + d.end)))
        for m in demonyms.finditer(sentence.text):
            out.append(("Nationality", (base + m.start(), base + m.end())))
            line = _LINE_AFTER.match(sentence.text, m.end())
            if line is not None:
                # "near the Turkish border": a line on the ground, which the geoparser leaves unread because it
                # does not say which side of it is meant
                start = base + _with_determiner(sentence.text, m.start())
                out.append(("Location", (start, base + line.end())))
    return _outermost_locations(out, bodies)


# A place's people named by it ("the people of Iraq", "the government and people of X"): re3d's Organisation, "a
# group of people", the whole phrase; the place inside it is no Location of its own (7 of 9 such phrases). The
# geoparser rightly keeps the place literal: the people live there.
_PEOPLE_OF = re.compile(r"(?:\b[Tt]he\s+)?\bpeople\s+of\s+(?:the\s+)?$")
# Two states hyphened before a noun other than their common line: "the UK-France summit", "the Iran-Iraq war".
# The noun is a relation between the two governments; re3d marks neither state as ground there, while "the
# Syria-Iraq border" is one Location (found whole from the border noun's evidence).
_PAIR_NOUN = re.compile(r"[ ](?!(?:border|borders|frontier|frontiers|boundary|line|crossing)\b)[A-Za-z]")


def _paired_states(text: str, toponyms: list[Any]) -> set[Span]:
    """The spans of the two countries of each hyphened pair that modifies a noun of their relation."""
    out: set[Span] = set()
    for a, b in zip(toponyms, toponyms[1:]):
        if text[a.end : b.start] == "-" and all(_country(x) for x in (a, b)) and _PAIR_NOUN.match(text, b.end):
            out |= {(a.start, a.end), (b.start, b.end)}
    return out


# A country's abbreviation ("U.S.", "UK", "UAE") before a word of the noun phrase it opens: "U.S. ships", "the
# UK embassy", "U.S. Central Command". The abbreviation stands for "American", "British": it says whose the
# thing is, not where anything is (re3d marks such phrases as Organisations, never the abbreviation as a
# Location). GeoWebNews counts such modifiers as literal toponyms, so the geoparser keeps them.
_ABBREVIATION = re.compile(r"[A-Z](?:\.?[A-Z]){1,3}\.?")
_NOUN_AFTER = re.compile(r" (?!(?:and|or|but|nor|of|in|on|at|to|for|from|with|by|as|than|that|which|who|where|"
                         r"when|is|was|are|were|has|have|had|will|would|can|could|should|must|may|might|shall|"
                         r"does|did|do|also|not|never|still|now|said|says|say|itself|alone|too)\b)[A-Za-z]")


def _abbreviated_modifier(text: str, t: Any) -> bool:
    return _country(t) and _ABBREVIATION.fullmatch(t.text) is not None and _NOUN_AFTER.match(text, t.end) is not None


def _country(t: Any) -> bool:
    return t.place is not None and (t.place.feature_code or "").startswith("PCL")


# The noun after a country adjective that makes the pair a boundary ("the Turkish border", "the Iraqi frontier").
_LINE_AFTER = re.compile(r" (?:border|frontier)s?\b")


# The title word that says a name after a comma is a division ("Harlan County", "Dalby Municipality").
_DIVISION_END = re.compile(r" (?:County|Municipality|District|Province|Governorate|Prefecture|Parish|Borough)$")


def _held_by(text: str, t: Any, container: Any) -> Optional[int]:
    """Where the mention of `t` ends when the toponym after its comma is the country or first-level division
    holding it ("Palmyra, Syria", "Cibolo, Texas", "Urem al-Kubra, northern Syria"): re3d marks the pair as one
    Location. A second-level division holds it too where the text says it is one ("Kista, Dalby Municipality",
    "Oakdale, Harlan County"); a bare name there may be a town of a list. None when it is not (a list of
    equals: "Aleppo, Homs and Hama")."""
    if container is None or not container.locational or container.place is None:
        return None
    said = _DIVISION_END.search(text, *_mention(container)) is not None
    if not ((container.place.feature_code or "").startswith(("PCL", "ADM1")) or said):
        return None
    place = t.place
    if place is not None and (place.precision >= container.place.precision
                              or place.country_code != container.place.country_code):
        return None
    return _mention(container)[1]


def _outermost_locations(found: list[tuple[str, Span]], bodies: Iterable[Span] = ()) -> list[tuple[str, Span]]:
    """re3d marks one Location per mention ("Palmyra, Syria", "the Syria-Iraq border"): a place whose name
    lies inside another place's mention is part of that mention, not a second one; nor is a place inside the
    name of a body the actor registry knows ("al-Qaeda in Iraq", "the Islamic State of Iraq and the Levant"),
    which names the group, wherever the place cue before the country made the geoparser read it as ground."""
    places = {span for type_, span in found if type_ == "Location"}
    named = list(bodies)
    return [(type_, (s, e)) for type_, (s, e) in found if type_ != "Location"
            or not (any((a, b) != (s, e) and a <= s and e <= b for a, b in places)
                    or any(a <= s and e <= b for a, b in named))]


# Words of rank and office that belong to a person's mention ("Foreign Secretary Philip Hammond",
# "Spc. Lorraine Walsh", "the UN Special Envoy Staffan de Mistura").
_TITLE_WORDS = (
    r"President|Vice|Prime|Minister|Foreign|Defence|Defense|Interior|Secretary|State|General|Gen\.?|Lt\.?|"
    r"Lieutenant|Colonel|Col\.?|Major|Maj\.?|Captain|Capt\.?|Sergeant|Sgt\.?|Spc\.?|Pvt\.?|Private|"
    r"Corporal|Cpl\.?|Admiral|Adm\.?|Commander|Chief|Staff|Army|Brig\.?|Brigadier|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|"
    r"Sheikh|King|Queen|Prince|Emir|Sultan|Ayatollah|Imam|Pope|Special|Envoy|Ambassador|Senator|Sen\.?|"
    r"Representative|Rep\.?|Governor|Gov\.?|Mayor|Spokesman|Spokeswoman|Office|Middle|East|UN|U\.N\.|US|U\.S\.|"
    r"EU|UK|High|Commissioner|Deputy|Acting|Former|Supreme|Leader|Grand|Mufti|Caliph|Emir"
)
_TITLES_BEFORE = re.compile(rf"(?:(?:[Tt]he|[Ff]ormer)\s+)?(?:[A-Z][a-z]+(?:ian|ish|ese|i|an)\s+)?"
                            rf"(?:(?<![\w.])(?:{_TITLE_WORDS})\s+)+$")
# What spaCy sometimes runs into a name: a footnote mark, a bracket, a possessive, trailing punctuation.
_NAME_TAIL = re.compile(r"(?:\s*[\[(].*|'s|’s|[,.;:]+)$", re.S)


# The unit of an organisation named after it ("ISIL fighters", "an ISIL tactical unit", "the Asad regime").
_UNIT_AFTER = re.compile(r"\s+(?:(?:military|tactical|security|armed|special|ground)\s+)?"
                         r"(?:forces|fighters|units?|militants|members|troops|regime|government|administration)\b")


# The office a country's name (or a list of them) completes: "the Foreign Ministers of A, B and C", "the Governments
# of A and B". The organisation is the office with its countries, one mention that no extractor here reads, not
# each country alone; such names are neither Locations nor Organisations of their own.
_OFFICE_OF = re.compile(r"\b(?i:ministers|ministries|governments|foreign affairs)\s+of\s+(?:the\s+)?"
                        r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}(?:\s*,\s*|\s+and\s+)(?:the\s+)?){0,9}$")


# A body a country leads or pays, hyphened to it ("the UK-led coalition", "a Norway-brokered mission").
_LED_BODY = re.compile(r"-[a-z]+ (?:coalition|alliance|forces|mission|operation|campaign|force)\b")


def _unit_after(text: str, end: int) -> int:
    m = _UNIT_AFTER.match(text, end)
    return m.end() - end if m else 0


def person_span(text: str, start: int, end: int) -> Optional[Span]:
    """A recognised name widened to the mention re3d marks: the titles and nationality before it, without
    the footnote marks or possessive the recogniser ran into. None when nothing of a name is left."""
    name = text[start:end]
    while True:
        trimmed = _NAME_TAIL.sub("", name).rstrip()
        if trimmed == name:
            break
        name = trimmed
    if "\n" in name:
        name = name.split("\n", 1)[0].rstrip()
    if not name or not name[0].isupper():
        return None
    end = start + len(name)
    m = _TITLES_BEFORE.search(text[max(0, start - 80):start])
    if m:
        start -= len(m.group(0))
    return start, end


def split_sentences(text: str) -> list[Sentence]:
    """A cheap splitter (punctuation before a capital, or a line break): enough for span scoring."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append(Sentence(start, m.start(), text[start:m.start()]))
        start = m.end()
    if start < len(text):
        out.append(Sentence(start, len(text), text[start:]))
    return out


def _demonym_pattern(registry: Any) -> re.Pattern:
    cached = getattr(registry, "_demonym_re", None)
    if cached is not None:
        return cached
    forms = set()
    for nat in getattr(registry, "nationalities", []):
        for f in nat.forms:
            if f != nat.country and not f.endswith(("'s", "'")) and not f.isupper() and "." not in f:
                forms.add(f)
    forms |= {"Kurdish", "Kurds", "Arab", "Arabs", "Sunni", "Shia", "Shiite", "Alawite", "Druze", "Yazidi",
              "Christian", "Christians", "Turkmen", "Assyrian", "Western", "European"}
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alt})(?![\w])")
    registry._demonym_re = pattern
    return pattern


def _json_lines(path: str) -> Iterable[dict]:
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.strip()
            if line:
                yield json.loads(line)


def _exact(gold: set, pred: set) -> tuple[int, int, int, int]:
    tp = len(gold & pred)
    return tp, len(pred), tp, len(gold)


def _overlap(gold: set, pred: set) -> tuple[int, int, int, int]:
    by_doc: dict[str, list[Span]] = defaultdict(list)
    for d, s, e in gold:
        by_doc[d].append((s, e))
    pred_by_doc: dict[str, list[Span]] = defaultdict(list)
    for d, s, e in pred:
        pred_by_doc[d].append((s, e))
    hit = lambda a, spans: any(a[0] < b[1] and b[0] < a[1] for b in spans)  # noqa: E731
    tp_pred = sum(1 for d, s, e in pred if hit((s, e), by_doc[d]))
    tp_gold = sum(1 for d, s, e in gold if hit((s, e), pred_by_doc[d]))
    return tp_pred, len(pred), tp_gold, len(gold)


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def _show(documents: dict[str, str], item: tuple[str, int, int]) -> str:
    d, s, e = item
    return documents[d][s:e]
