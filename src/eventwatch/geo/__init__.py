"""geo stage: gazetteer, toponym recognition and resolution, precision codes.

`geoparse` is the stage's one entry point for a document; `choose_event_location` picks, within a sentence
span, the place an event happened at.
"""
from __future__ import annotations

from typing import Any, Optional, Sequence

from eventwatch.geo.city_sections import sections_of_cities
from eventwatch.geo.coordinates import coordinate_toponym, find_coordinates, mark_named_points, name_the_points
from eventwatch.geo.event_location import choose_event_location, unresolved_names
from eventwatch.geo.fallback import add_fallbacks, reposition_approximate
from eventwatch.geo.gazetteer import Candidate, Gazetteer, prior_score
from eventwatch.geo.country_titles import titled_countries
from eventwatch.geo.held_in_towns import holder_in_a_list, readings_outside_their_town
from eventwatch.geo.homelands import homeland_readings
from eventwatch.geo.locator_capitals import capital_locators
from eventwatch.geo.lone_foreign_towns import lone_foreign_towns
from eventwatch.geo.dateline_state_strays import strays_under_state_datelines
from eventwatch.geo.other_state_strays import stand_in_at_the_dateline, strays_into_other_states
from eventwatch.geo.loose_strays import loose_strays
from eventwatch.geo.recognise import Recogniser
from eventwatch.geo.namesakes import far_namesakes
from eventwatch.geo.publisher_home import PublisherSources
from eventwatch.geo.home_readings import guessed_home_town
from eventwatch.geo.resolve import Resolution, Resolver
from eventwatch.geo.seat_spans import body_span
from eventwatch.geo.route_ends import route_end_readings
from eventwatch.geo.border_asides import towns_by_the_border
from eventwatch.geo.section_labels import unsupported_datelines
from eventwatch.geo.name_span import NameSpan, returned_cue
from eventwatch.geo.story_parishes import parishes_of_the_story
from eventwatch.geo.state_list_peers import listed_home_towns, state_list_readings
from eventwatch.geo.sentences import SentenceIndex
from eventwatch.geo.alias_firms import firms_before_their_state
from eventwatch.geo.written_town_parts import readings_in_written_towns
from eventwatch.geo.list_tail_unknowns import unvouched_tails
from eventwatch.geo.region_towns import towns_beside_towns
from eventwatch.geo.stated_containers import (mentions_of_the_same_name, readings_outside_their_container,
                                             words_run_into)
from eventwatch.geo.valley_rivers import rivers_of_valleys
from eventwatch.geo.world_bodies import believed_world_body
from eventwatch.model import WHERE_PREC_NEAR, Evidence, Place, Toponym

__all__ = ["Candidate", "Gazetteer", "geoparse", "choose_event_location", "unresolved_names", "resolve_names"]


def geoparse(
    gazetteer: Gazetteer,
    text: str,
    *,
    document_id: str = "",
    doc_country: Optional[str] = None,
    publisher: Optional[str] = None,
    url: Optional[str] = None,
    spacy_doc: Any = None,
    sources: Optional[PublisherSources] = None,
) -> list[Toponym]:
    """Every place name in `text`, in order, each resolved to a Place (or None when unknown).

    Names used as actors (metonymy such as "Moscow said", demonyms such as "Russian") are returned with
    `locational=False` so callers can keep them out of event locations but still see them. A name the
    gazetteer cannot resolve keeps `place=None` and gets a `fallback`: the place it is said to lie in, or the
    nearest or main place of the document, with a coarser precision. A coordinate pair or MGRS reference
    written in the text is a toponym too (cue "coordinates"): its exact point at precision 1, in the country
    of the nearest town (see `coordinates`). `publisher` (a name or domain) and `url` (the document's
    address) tell the publisher's country and home town (geo/publisher_home.py), read as context; `sources`,
    a user's list of outlets and their homes (`publisher_home.load_sources`), overrides the home of those listed.
    """
    spans = Recogniser(gazetteer).recognise(text, spacy_doc)
    found = find_coordinates(text)
    mark_named_points(text, spans, found)  # "Tall X, at 36.47N 37.10E": the name is firmly a place
    resolver = Resolver(gazetteer)
    resolutions = resolver.resolve(spans, doc_country=doc_country, publisher=publisher, text=text, url=url,
                                   sources=sources)
    route_end_readings(gazetteer, text, spans, resolutions)  # geo/route_ends.py: "ferries from Dover to Calais"
    state_list_readings(text, spans, resolutions)  # geo/state_list_peers.py: "between Havre and Malta" in Montana
    # A home guessed from the story's words only (geo/home_readings.py) believes its own name's mentions, not
    # the names around it: it holds a country, not a town's neighbourhood.
    keep = _believed(spans, resolutions, gazetteer, doc_country,
                     [h.reading for h in resolver.homes if not h.guessed], text)
    for k, s in enumerate(spans):
        r = resolutions[k]
        if not keep[k] and r is not None and r.candidate is not None \
                and guessed_home_town(resolver.homes, s.norm, r.candidate):
            keep[k] = True  # "the Palestine school board" in a Palestine paper's story told in American words
    for k, s in enumerate(spans):
        if not keep[k] and s.facility:
            # A facility is a place by its head word whatever the name inside it is; an implausible reading
            # of that name ("Al-Quds Hospital" in Aleppo) only makes it stand in at the document's places.
            keep[k] = True
            r = resolutions[k]
            if r is not None:
                resolutions[k] = Resolution(None, 0, r.score, r.ranked)
    for k in far_namesakes(spans, resolutions, keep, text):
        r = resolutions[k]
        resolutions[k] = Resolution(None, 0, r.score, r.ranked)  # stands in at the document's places instead
    outside = _unlisted(text, spans, resolutions, readings_outside_their_container(
        text, spans, resolutions, keep, gazetteer.has_town_of_country_near))
    if outside:  # geo/border_asides.py: "Mutare, across the border in Mozambique" is still Zimbabwe's city
        by_border = towns_by_the_border(gazetteer, text, spans, resolutions, outside)
        outside = [k for k in outside if k not in by_border]
    for b, k in words_run_into(text, spans, resolutions, outside):
        s = spans[k]  # "the Mir Ali tehsil of X district": one name, not "Mir" and "Ali"
        s.i, s.start, s.norm = spans[b].i, spans[b].start, f"{spans[b].norm} {s.norm}"
        s.phrase_start = min(s.phrase_start, s.start) if s.phrase_start >= 0 else s.phrase_start
        keep[b] = False
    for k in outside + mentions_of_the_same_name(spans, resolutions, outside):
        r = resolutions[k]
        resolutions[k] = Resolution(None, 0, r.score, r.ranked)  # stands in at the division the text gives
        keep[k] = True
    for k in firms_before_their_state(text, spans, resolutions, keep):
        keep[k] = False  # geo/alias_firms.py: "a Google, California engineer" is the firm's
    for k in capital_locators(text, spans, resolutions, keep):
        r = resolutions[k]
        resolutions[k] = Resolution(None, 0, r.score, r.ranked)  # stands in at the capital that locates it
    # geo/held_in_towns.py ("the KEM in Pune") and geo/lone_foreign_towns.py ("Lichfield" among Soweto's townships)
    # geo/dateline_state_strays.py: "Highgate" under "ST. ALBANS, Vt. —" is the paper's neighbour, not London's,
    # and geo/other_state_strays.py: "Halfway" under "BAKER CITY, Ore. —" is Oregon's hamlet, not Maryland's town
    for k in sorted(set(readings_outside_their_town(text, spans, resolutions))
                    | set(lone_foreign_towns(text, spans, resolutions, keep))
                    | set(strays_under_state_datelines(gazetteer, text, spans, resolutions, keep))):
        r = resolutions[k]
        resolutions[k] = Resolution(None, 0, r.score, r.ranked)
    strays = strays_into_other_states(text, spans, resolutions, keep)
    for k in strays:
        r = resolutions[k]
        resolutions[k] = Resolution(None, 0, r.score, r.ranked)
    stand_in_at_the_dateline(spans, resolutions, strays)
    for k, c in readings_in_written_towns(text, spans, resolutions, keep):  # geo/written_town_parts.py
        r = resolutions[k]  # "Victoria, in Mahé": the reading in the town; "Chipata compound, Lusaka": the town's
        resolutions[k] = Resolution(c, c.precision if c is not None else 0, r.score, r.ranked)
    for k, c in towns_beside_towns(text, spans, resolutions, keep):  # geo/region_towns.py: "Menaka and Ansongo"
        r = resolutions[k]
        resolutions[k] = Resolution(c, c.precision, r.score, r.ranked)
    for k, c in parishes_of_the_story(text, spans, resolutions, keep):  # geo/story_parishes.py: "St Mary" by Negril
        r = resolutions[k]
        resolutions[k] = Resolution(c, c.precision, r.score, r.ranked)
    for k in sections_of_cities(text, spans, resolutions, keep):  # geo/city_sections.py: "Chinatown, Honiara"
        r = resolutions[k]
        resolutions[k] = Resolution(r.candidate, WHERE_PREC_NEAR, r.score, r.ranked, r.unsupported)
    for k in loose_strays(spans, resolutions, keep):  # geo/loose_strays.py: "Brovaria" ~ Brovary, uncued
        keep[k] = False
    for k in unsupported_datelines(text, spans, resolutions, keep):  # geo/section_labels.py: "COCOA —"
        keep[k] = False
    rivers_of_valleys(gazetteer, text, spans, resolutions, keep)  # geo/valley_rivers.py: "the Sava valley"
    # geo/list_tail_unknowns.py: "from Zintan and Haftar", Zintan set aside: the list vouches for no last member
    for k in unvouched_tails(spans, resolutions, keep):
        keep[k] = False
    kept = [k for k in range(len(spans)) if keep[k]]
    new_index = {old: new for new, old in enumerate(kept)}
    containers = [new_index.get(spans[k].container) if spans[k].container is not None else None for k in kept]
    sentences = SentenceIndex(text, spacy_doc)
    toponyms = _toponyms(text, [spans[k] for k in kept], [resolutions[k] for k in kept], containers, document_id,
                         sentences)
    return _with_coordinates(gazetteer, text, toponyms, document_id, sentences, found)


def _with_coordinates(gazetteer: Gazetteer, text: str, toponyms: list[Toponym], document_id: str,
                      sentences: SentenceIndex, found: Optional[list] = None) -> list[Toponym]:
    """The toponyms with every coordinate pair written in the text added as a place of its own.

    A name read inside a coordinate ("N", "E" are no places, but a store may hold odd names) gives way to it.
    """
    found = find_coordinates(text) if found is None else found
    if not found:
        return toponyms
    nearest = getattr(gazetteer, "nearest_place", None)
    points = [coordinate_toponym(text, c, nearest(c.lat, c.lon) if nearest is not None else None,
                                 document_id=document_id, sentence=sentences.around(c.start)) for c in found]
    kept = [t for t in toponyms if not any(t.start < c.end and c.start < t.end for c in found)]
    merged = sorted(kept + points, key=lambda t: t.start)
    name_the_points(text, merged)  # a point written beside a name is that name's place
    return merged


def _toponyms(text: str, spans, resolutions, containers, document_id: str, sentences: SentenceIndex) -> list[Toponym]:
    """Toponyms for resolved spans, with stand-ins for the unresolved and for approximate divisions."""
    out: list[Toponym] = []
    approximate = []
    for s, r in zip(spans, resolutions):
        place = None
        if r is not None and r.candidate is not None:
            place = _place(text, s.phrase_start, s.phrase_end, r, document_id, sentences)
        out.append(Toponym(s.start, s.end, text[s.start : s.end], place, s.locational, returned_cue(s)))
        approximate.append(bool(r is not None and r.candidate is not None and r.candidate.approximate))
    reposition_approximate(out, approximate)
    add_fallbacks(out, containers)
    return out


def _believed(spans, resolutions, gazetteer=None, doc_country: Optional[str] = None,
              homes: Sequence[Candidate] = (), text: str = "") -> list[bool]:
    """Keep a name when something beyond capitalisation says it is that place.

    Small towns share names with surnames and words ("Collard", "Motion", "Heiden"), and transliteration
    variants are fuzzy by nature. A name is believed outright when it is strong (a country, a division, a
    large city, a user's place) or has a place cue; otherwise only when another believed place supports it:
    it lies inside it ("Saraqib, Idlib"), in its first-level division, or within 300 km of it. A town of a
    country whose names reach English as transliterations (Syria, Iraq, Yemen...) is also believed when the
    document names that country: surnames and English words rarely collide with those. The publisher's home
    town (`Resolver.homes`) supports a name, more narrowly: the town itself or one within HOME_KM of it.
    A lone town of size after a weak cue, in a sentence of fighting or movement, needs no support
    (geo/weak_cue_towns.py): conflict reports often name no other place beside it.
    """
    from eventwatch.geo.arabic_words import load_arabic_report_words
    from eventwatch.geo.civic_namesakes import towns_opening_civic_names
    from eventwatch.geo.council_areas import supporting_councils
    from eventwatch.geo.country_towns import cued_towns_of_named_countries
    from eventwatch.geo.cued_town_holders import divisions_holding_cued_towns
    from eventwatch.geo.lexicon import load_cues
    from eventwatch.geo.neighbour_lists import neighbour_town_lists
    from eventwatch.geo.town_services import believed_by_own_services
    from eventwatch.geo.weak_cue_towns import towns_after_weak_cues
    from eventwatch.geo.normalise import is_arabic
    from eventwatch.geo.recognise import _strong
    from eventwatch.geo.distances import haversine_km
    from eventwatch.geo.latitude_bands import LatitudeBands

    n = len(spans)
    keep = [False] * n
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if r is None or (r.candidate is None and (s.unknown or not s.candidates)):
            keep[k] = True  # unknown names are reported, unresolved
        elif r.candidate is None:
            keep[k] = s.located  # every reading was implausible: a place by its cue, else not a place
        elif s.firm or r.candidate.source == "user" or s.demonym:
            keep[k] = True
        elif believed_world_body(text, s, r.candidate):
            keep[k] = True  # "the Oslo Commission": a body of world standing names its place (geo/world_bodies.py)
        elif r.candidate.exact and (_strong(r.candidate) or (s.j - s.i > 1 and (
            r.candidate.population >= 5000 or r.candidate.feature_code.startswith("ADM")
        ))):
            keep[k] = True  # "Butler County": a division's full name is specific enough
        elif s.j - s.i > 1 and r.candidate.exact and is_arabic(s.norm) \
                and r.candidate.country_code in load_arabic_report_words().name_countries \
                and r.candidate.feature_code.startswith(("PPL", "ADM")):
            # "أهالي معرة النعمان": a town's name of two Arabic words, spelled as the gazetteer writes it in a
            # country whose places have Arabic names, is rarely a phrase of everyday words.
            keep[k] = True
    named = {doc_country.upper()} if doc_country else set()
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if keep[k] and r is not None and r.candidate is not None and r.candidate.country_code and (
            s.demonym or r.candidate.feature_code.startswith(("PCL", "ADM1"))
        ):
            named.add(r.candidate.country_code)
    transliterated = getattr(gazetteer, "transliterated", frozenset())
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if not keep[k] and r.candidate is not None and r.candidate.country_code in named \
                and r.candidate.country_code in transliterated:
            keep[k] = True
    for k in cued_towns_of_named_countries(text, spans, resolutions, keep):  # geo/country_towns.py
        keep[k] = True
    for k in divisions_holding_cued_towns(text, spans, resolutions, keep):  # geo/cued_town_holders.py
        keep[k] = True  # "at Scarsdale, Derbyshire": the county after a cued town's comma
    cues = load_cues()
    for k in towns_after_weak_cues(text, spans, resolutions, keep, cues.common_words, cues.given_names):
        keep[k] = True  # geo/weak_cue_towns.py: "fighters pushed out of X"
    for k in neighbour_town_lists(text, spans, resolutions):
        keep[k] = True  # geo/neighbour_lists.py: "Tamworth, Lichfield and Cannock lost power"
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if not keep[k] and r is not None and r.candidate is not None and r.candidate.exact \
                and r.candidate.feature_code.startswith("PPL") and s.j - s.i == 1 \
                and believed_by_own_services(text, s.start, s.end, r.candidate, s.candidates, cues.given_names):
            keep[k] = True  # geo/town_services.py: "Bellingham police said"
    for k in supporting_councils(spans, resolutions, keep, text):  # geo/council_areas.py
        keep[k] = True  # "Gwynedd Council will dredge the harbour at Caernarfon": the area the council governs
    for _round in range(2):
        # A facility's reading is a weak one borrowed from the name inside it: it supports no other name.
        points = [resolutions[k].candidate for k in range(n) if keep[k] and not spans[k].facility
                  and resolutions[k] is not None
                  and resolutions[k].candidate is not None and resolutions[k].candidate.lat is not None
                  and not resolutions[k].candidate.feature_code.startswith(("PCL", "CONT"))]
        admin1 = {c.admin1_code for c in points if c.admin1_code}
        bands = LatitudeBands(points)  # only those near a name's latitude are measured (geo/latitude_bands.py)
        changed = False
        for k in range(n):
            if keep[k] or resolutions[k] is None or resolutions[k].candidate is None:
                continue
            c = resolutions[k].candidate
            s = spans[k]
            outer = resolutions[s.container] if s.container is not None else None
            if s.container is not None and keep[s.container] and outer is not None and outer.candidate is not None \
                    and outer.candidate.country_code == c.country_code:
                keep[k] = changed = True  # "Saraqib, Idlib": named inside a place of its own country
            elif c.admin1_code and c.admin1_code in admin1:
                keep[k] = changed = True
            elif c.lat is not None and bands.any_within(c, 300):
                keep[k] = changed = True
            elif c.lat is not None and any(h.lat is not None and haversine_km(c.lat, c.lon, h.lat, h.lon) <= HOME_KM
                                           for h in homes):
                keep[k] = changed = True  # the publisher's home town or one of its neighbours
        if not changed:
            break
    for k in towns_opening_civic_names(spans, resolutions, keep, text):  # geo/civic_namesakes.py
        keep[k] = True  # "Moss Point Community Center": the town the building serves; it supports no other
    return keep


# A name read as a town this close to the publisher's home is believed to be a place: local news names the
# places around its town, while a document's own places support names across their whole division.
HOME_KM = 80.0


def resolve_names(gazetteer: Gazetteer, text: str, spans: list[tuple[int, int]], **kwargs: Any) -> list[Toponym]:
    """Resolve given name spans (e.g. gold toponyms), reading the same context as `geoparse` does."""
    from eventwatch.geo.recognise import NameSpan
    from eventwatch.geo.normalise import tokenize

    from eventwatch.geo.directions import lone_compass_words
    from eventwatch.geo.recognise import _CONTAINMENT_GAP, _link_containers
    from eventwatch.geo.river_towns import unheld_rivers

    rec = Recogniser(gazetteer)
    tokens = tokenize(text)
    recognised = rec.recognise(text, tokens=tokens)  # one tokenisation serves both
    found = {(s.start, s.end): s for s in recognised}
    named: list[NameSpan] = []
    for start, end in spans:
        s = found.get((start, end))
        homeland = homeland_readings(gazetteer, text[start:end])  # geo/homelands.py: "Tamil", "Arab"
        if homeland:
            s = _span_for(rec, text, tokens, start, end)
            s.candidates, s.demonym, s.stemmed, s.weak = homeland, False, False, False
        elif s is None or not any(c.exact for c in s.candidates):
            # A body's name ("the European Commission said") is read at its seat (geo/seat_spans.py).
            s = body_span(text, tokens, recognised, gazetteer, rec.cues, start, end) \
                or _span_for(rec, text, tokens, start, end)
        named.append(s)
    unheld_rivers(text, named)  # "the Powell River" asked for is the river, as `geoparse` reads it
    # Other names the text clearly gives as places ("in Idlib", "X, Idlib") are context too, though not asked for.
    ends = {e for _b, e in spans}
    context = [s for s in recognised if s.candidates and not any(s.start < e and b < s.end for b, e in spans)
               and (s.firm or any(_CONTAINMENT_GAP.fullmatch(text[e : s.start])
                                  for e in ends if s.start - 40 <= e <= s.start))]
    every = named + context
    order = sorted(range(len(every)), key=lambda k: every[k].start)
    ordered = [every[k] for k in order]
    for s in ordered:
        s.container = None
    # A lone compass word keeps only readings in the country the sentence's other names share, as in
    # `geoparse`; a gold span left with none stays asked for, unresolved, rather than dropped.
    lone_compass_words(text, tokens, ordered, rec.cues.directions)
    _link_containers(text, ordered)
    resolutions = Resolver(gazetteer).resolve(ordered, doc_country=kwargs.get("doc_country"),
                                              publisher=kwargs.get("publisher"), text=text,
                                              url=kwargs.get("url"), sources=kwargs.get("sources"))
    state_list_readings(text, ordered, resolutions)  # geo/state_list_peers.py, as in `geoparse`
    for k in far_namesakes(ordered, resolutions):
        r = resolutions[k]
        resolutions[k] = Resolution(None, 0, r.score, r.ranked)
    # As in `geoparse`, a name the text holds in a division or town of another country stands in there; asked
    # names may be items of a list, whose commas hold nothing (geo/held_in_towns.py `holder_in_a_list`).
    held = [k for k in _unlisted(text, ordered, resolutions,
                                 readings_outside_their_container(text, ordered, resolutions, [True] * len(ordered),
                                                                  gazetteer.has_town_of_country_near))
            if not holder_in_a_list(text, ordered, k)]
    for k in sorted(set(held) | set(readings_outside_their_town(text, ordered, resolutions))
                    | set(lone_foreign_towns(text, ordered, resolutions))):
        r = resolutions[k]
        resolutions[k] = Resolution(None, 0, r.score, r.ranked)
    strays = strays_into_other_states(text, ordered, resolutions)
    for k in strays:
        r = resolutions[k]
        resolutions[k] = Resolution(None, 0, r.score, r.ranked)
    stand_in_at_the_dateline(ordered, resolutions, strays)
    # geo/country_titles.py: "the Islamic Republic" asked in a story about Iran is Iran.
    asked = [k for k, o in enumerate(order) if o < len(named)]
    chosen = [r.candidate if r is not None else None for r in resolutions]
    for k, c in titled_countries(gazetteer, text, ordered, chosen, asked).items():
        resolutions[k] = Resolution(c, c.precision, 0.0, [(0.0, c)])
    toponyms = _toponyms(text, ordered, resolutions, [s.container for s in ordered], kwargs.get("document_id", ""),
                         SentenceIndex(text))
    by_index = dict(zip(order, toponyms))
    return [by_index[k] for k in range(len(named))]


def _span_for(rec: Recogniser, text: str, tokens, start: int, end: int):
    """A NameSpan for an arbitrary span: gazetteer candidates for its text, context read as usual."""
    from eventwatch.geo.context_reading import read_context
    from eventwatch.geo.normalise import normalise
    from eventwatch.geo.recognise import NameSpan
    from eventwatch.geo.people_names import with_namesake_towns
    from eventwatch.geo.saint_names import written_out
    from eventwatch.geo.store import NAME_DEMONYM

    surface = text[start:end]
    toks = [k for k, t in enumerate(tokens) if start <= t.start and t.end <= end]
    i, j = (toks[0], toks[-1] + 1) if toks else (0, 0)
    cands = rec.gaz.lookup(surface, limit=200)
    full = written_out(surface)
    if full is not None and not any(c.exact for c in cands):
        cands = rec.gaz.lookup(full, limit=200) or cands  # "St. Kitts and Nevis": the gazetteer spells it in full
    weak = stemmed = False
    if not any(c.exact for c in cands):
        # Possessives, plurals, demonyms and other inflections: the name without its ending
        # ("Ohioans" → Ohio, "Ontarians" → Ontario, "Iraqis" → Iraq), spelled exactly.
        # The variant naming the most prominent place wins: "Ontarians" is Ontario, not a village "Ontar".
        best_prior = None
        for variant in _stems(surface):
            found = [c for c in rec.gaz.lookup(variant, limit=200) if c.exact]
            if found and (best_prior is None or prior_score(found[0]) > best_prior):
                cands, best_prior = found, prior_score(found[0])
                stemmed = not any(_demonym_base(c, variant, surface) for c in found)
    if not cands:
        # A place inside a longer name. "Republic of Armenia", "Loudon Co.", "South Los Angeles" are that
        # place or part of it; "Lake Vermont" and "Tennessee Colony" are other places, which the resolver
        # believes only where the document's other places are.
        inner = [s for s in rec.recognise(surface) if s.candidates]
        if inner:
            best = max(inner, key=lambda s: (s.demonym is False, s.end - s.start))
            cands = best.candidates
            rest = normalise(surface[: best.start] + " " + surface[best.end :]).split()
            # "Cape Savona" read whole as a feature carries its inner town's readings weakly (geo/features.py).
            weak = best.weak or not all(w in rec.cues.polity_words or w in rec.cues.directions for w in rest)
    span = NameSpan(i, j, start, end, normalise(surface), cands, phrase_start=start, phrase_end=end, weak=weak,
                    stemmed=stemmed)
    if cands and all(c.kind == NAME_DEMONYM for c in cands):
        span.demonym, span.locational = True, False
        span.candidates = with_namesake_towns(rec.gaz, cands)  # "Londoners" of London, Ontario too
    if toks:
        read_context(rec, text, tokens, span, set())
        span.phrase_start, span.phrase_end = start, end
    return span


# A city this large gives its people a name of their own ("Torinese", "Milanese") from any of its spellings.
DEMONYM_CITY_POPULATION = 500_000


def _demonym_base(c, variant: str, surface: str = "") -> bool:
    """Whether a place is one a name's inflected or demonym form plausibly comes from: a country, a first-level
    division, a city under its own name ("Genevans") or a large one under any ("Torinese"). Any other reading
    of the cut-back name is a guess (an unknown island's name cut to a foreign town's variant spelling). A town
    (PPL*), or a local division named for one (ADM2 and below: Bath's county), under its own name is a guess too
    where the form only adds one letter to it or swaps its last vowel for "-i" (`_one_letter_cut`): "Anni",
    "Bos", "Jalni", "Skallingen" are as often an unheld place's own spelling as the town's ("Ann", "Bo", "Jalna",
    "Skällinge"). "-i" does make Hindi and Urdu adjectives ("Rampuri"), but of a town below
    DEMONYM_CITY_POPULATION such a form is no firmer than the village's name; a stand-in at the story's places
    still lands near it. A feature's demonym ("Saharan", "Sumatran": "-an" cut, "a" put back) is no such guess."""
    from eventwatch.geo.normalise import normalise

    return c.feature_code.startswith(("PCL", "ADM1")) or c.population >= DEMONYM_CITY_POPULATION \
        or normalise(c.name) == normalise(variant) \
        and not (c.feature_code.startswith(("PPL", "ADM"))
                 and _one_letter_cut(normalise(surface), normalise(variant)))


def _one_letter_cut(surface: str, variant: str) -> bool:
    """Whether the normalised `surface` is `variant` with one letter added ("anni" of "ann", "skallingen" of
    "skallinge") or with its last vowel made "i" ("jalni" of "jalna"): a demonym's ending has two letters or
    more, so a town read this way is as likely an unheld place's own spelling."""
    if len(surface) == len(variant) + 1:
        return surface.startswith(variant)
    return len(surface) == len(variant) and surface[-1:] == "i" and surface[:-1] == variant[:-1] \
        and variant[-1:] in ("a", "e", "o", "u")


_ENDINGS = ("'s", "’s", "ians", "ans", "ns", "ers", "es", "s", "ites", "ite", "ian", "an", "n", "ese", "ish", "is",
            "i")


def _stems(surface: str) -> list[str]:
    """Shorter spellings a name's inflected or demonym form may come from, longest first."""
    out: list[str] = []
    for cut in _ENDINGS:
        if surface.endswith(cut) and len(surface) - len(cut) >= 3:
            base = surface[: -len(cut)]
            for v in (base, base + "o", base + "a", base + "ia", base + "e", base + "s"):
                if v not in out and v != surface:
                    out.append(v)
    return out


def _place(text: str, start: int, end: int, r, document_id: str, sentences: SentenceIndex) -> Place:
    c = r.candidate
    raw = text[start:end]
    bounds = sentences.around(start) or (start, end)
    evidence = Evidence(document_id, "location", raw, start, end, text[bounds[0] : bounds[1]], bounds[0])
    alternatives = []
    for score, alt in r.ranked:
        if alt.id == c.id or len(alternatives) >= 3:
            continue
        d = alt.to_dict()
        d["score"] = round(score, 2)
        alternatives.append(d)
    return Place(
        name=c.name,
        lat=c.lat,
        lon=c.lon,
        geonames_id=c.geonames_id,
        country_code=c.country_code,
        admin1=c.admin1 if c.admin1 else (c.name if c.feature_code == "ADM1" else None),
        admin2=c.admin2,
        precision=r.precision,
        feature_code=c.feature_code,
        raw=raw,
        evidence=evidence,
        alternatives=alternatives,
    )


def _unlisted(text: str, spans: list[NameSpan], resolutions: list[Optional[Resolution]],
              outside: list[int]) -> list[int]:
    """`outside` less the state's towns whose comma lists the next name rather than placing the town in it
    ("Havre, Malta and Chinook" under "HAVRE, Mont.", geo/state_list_peers.py): such a town keeps its reading
    and no container, and so does the dateline that repeats its name."""
    listed = listed_home_towns(text, spans, resolutions) if outside else set()
    for k in listed.intersection(outside):
        spans[k].container = None
    return [k for k in outside if k not in listed]
