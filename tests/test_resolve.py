"""Resolution: which reports are one event, and what the event then says."""
from __future__ import annotations

from eventwatch.model import Actor, Casualties, Evidence, Mention, Place, Quantity
from eventwatch.resolve.aggregate import aggregate
from eventwatch.resolve.independence import SourceDoc, independent_groups
from eventwatch.resolve.match import best_match, match_score

SARAQIB = dict(name="Saraqib", lat=35.8623, lon=36.8006, geonames_id=163345, country_code="SY", admin1="Idlib")
ARIHA = dict(name="Ariha", lat=35.8137, lon=36.6088, geonames_id=173193, country_code="SY", admin1="Idlib")
IDLIB_GOV = dict(name="Idlib", lat=35.93, lon=36.63, geonames_id=169388, country_code="SY", admin1="Idlib")


def mention(doc="d1", type_="AIR_STRIKE", place=SARAQIB, precision=1, date="2020-01-30", date_prec=1,
            killed=None, modality="asserted", actor=None, start=0) -> Mention:
    m = Mention(document_id=doc, event_type=type_, event_family=_family(type_), sentence_start=start,
                sentence_end=start + 10, text="x", date=date, date_precision=date_prec,
                location=Place(precision=precision, **place) if place else None, modality=modality,
                confidence=0.8)
    if killed is not None:
        m.casualties = Casualties(killed=Quantity(low=killed[0], best=killed[1], high=killed[2], raw=str(killed)))
    if actor:
        m.actors = [Actor(name=actor, raw=actor, role="actor1", inter=1)]
    return m


def _family(label: str) -> str:
    from eventwatch.extract.event_types import family_of

    return family_of(label)


def event_of(*ms: Mention, docs=None):
    docs = docs or [SourceDoc(id=m.document_id, publisher=f"pub-{m.document_id}") for m in ms]
    return aggregate("ev1", list(zip(ms, docs)))


def test_reports_of_one_strike_match_even_when_they_disagree_on_the_weapon():
    event = event_of(mention())
    assert match_score(mention(doc="d2", type_="ART_MISS_ATTACK"), event) is not None


def test_two_strikes_in_neighbouring_towns_on_the_same_day_stay_apart():
    event = event_of(mention())
    assert match_score(mention(doc="d2", place=ARIHA), event) is None


def test_the_same_town_on_two_different_days_is_two_events():
    event = event_of(mention())
    assert match_score(mention(doc="d2", date="2020-02-02"), event) is None


def test_a_report_dated_only_last_week_can_join_an_exact_event_in_that_week():
    event = event_of(mention())
    assert match_score(mention(doc="d2", date="2020-01-27", date_prec=3), event) is not None


def test_a_governorate_level_report_joins_a_town_event_inside_that_governorate():
    event = event_of(mention())
    assert match_score(mention(doc="d2", place=IDLIB_GOV, precision=4), event) is not None


def test_a_protest_never_joins_an_airstrike():
    event = event_of(mention())
    assert match_score(mention(doc="d2", type_="PEACE_PROTEST"), event) is None


def test_best_match_prefers_the_closest_candidate():
    near = aggregate("near", [(mention(), SourceDoc(id="d1"))])
    far = aggregate("far", [(mention(place=IDLIB_GOV, precision=4), SourceDoc(id="d9"))])
    assert best_match(mention(doc="d2"), [far, near]).id == "near"


def test_casualties_across_sources_become_a_range_with_a_conservative_best():
    event = event_of(mention(killed=(9, 9, 9)), mention(doc="d2", killed=(11, 11, 11)),
                     mention(doc="d3", killed=(12, 12, 12)))
    k = event.casualties.killed
    assert (k.low, k.best, k.high) == (9, 11, 12)


def test_independent_sources_count_copies_and_one_publisher_once():
    docs = [SourceDoc(id="a", publisher="Wire"), SourceDoc(id="b", publisher="Daily", copy_of="a"),
            SourceDoc(id="c", publisher="The Wire"), SourceDoc(id="d", publisher="Civil Defence")]
    assert len(independent_groups(docs)) == 2


def test_grades():
    assert event_of(mention()).grade == "single_source"
    two = event_of(mention(), mention(doc="d2"))
    assert two.grade == "corroborated" and two.independent_sources == 2
    denied = event_of(mention(), mention(doc="d2", modality="denied"))
    assert denied.grade == "contested" and "denied" in denied.grade_reason
    split = event_of(mention(actor="Russian Armed Forces"), mention(doc="d2", actor="Syrian Government Forces"))
    assert split.grade == "contested"


def test_a_contested_grade_names_who_denies_not_who_claimed():
    from dataclasses import replace

    claim_and_denial = replace(mention(doc="d2", modality="denied"), reporting_source="the rebels",
                               denied_by="the army")
    event = event_of(mention(), claim_and_denial)
    assert event.grade == "contested" and event.grade_reason.startswith("denied by the army")


def test_the_most_precise_agreed_date_and_place_win():
    event = event_of(mention(date="2020-01-27", date_prec=3, place=IDLIB_GOV, precision=4),
                     mention(doc="d2"))
    assert event.date == "2020-01-30" and event.date_precision == 1
    assert event.location.name == "Saraqib"


def test_an_event_resting_only_on_one_belligerents_word_says_so():
    m = mention(actor="Hayat Tahrir al-Sham")
    m.reporting_party = "Military Forces of Syria"
    event = event_of(m)
    assert event.partisan_only and event.sources[0].party == "Military Forces of Syria"
    assert "claimed only by Military Forces of Syria about Hayat Tahrir al-Sham" in event.grade_reason
    independent = event_of(m, mention(doc="d2"))
    assert not independent.partisan_only


def test_reporting_party_of_a_claimant():
    from eventwatch.extract.actors import ActorRegistry
    from eventwatch.extract.reporting import reporting_party

    registry = ActorRegistry.load()
    assert reporting_party(registry, "SANA") == "Military Forces of Syria"
    assert reporting_party(registry, "Ministry of Defence", "Syria") == "Military Forces of Syria"
    assert reporting_party(registry, "Syrian Observatory for Human Rights") is None
    assert reporting_party(registry, "Levant Wire") is None


def test_a_claim_of_responsibility_joins_the_attack_and_confirms_it():
    attack = mention(type_="REM_EXPLOS", actor="Islamic State")
    claim = mention(doc="d2", type_="ATTRIB", actor="Islamic State")
    claim.text = "Islamic State claimed responsibility for the bombing in Saraqib."
    event = event_of(attack)
    assert match_score(claim, event) is not None
    both = event_of(attack, claim)
    assert both.event_type == "REM_EXPLOS" and both.grade == "confirmed"


def test_two_perpetrators_named_together_are_not_a_disagreement():
    m = mention(actor="Military Forces of Syria")
    m.actors.append(Actor(name="Military Forces of Russia", raw="Russian", role="actor1", inter=8))
    assert event_of(m, mention(doc="d2", actor="Military Forces of Russia")).grade == "corroborated"
