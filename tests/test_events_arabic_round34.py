"""Arabic event shapes of round thirty-four: a hand grenade named ("ألقى مجهولون قنبلة يدوية على منزل") makes a grenade
attack, below an arrest's words so grenades seized in a raid stay an arrest (data/event_lexicon_ar.yaml `GRENADE`);
gunmen of one tribe or of two ("مسلحين من قبيلتين", "مسلحون قبليون") are a militia of the event's country, as the
tribes' gunmen already were (`generic_actors` Militia); an army named by its nisba with its people named before it
("جنديان من الجيش اليمني") is read as one name, so the people's "من" marks it as the side hit (extract/arabic_events.py
`lexicon_actors`); and the side written right after a verbal noun of attack is its subject, not its object, where an
instrument joined to "ب" and then an object in the indefinite accusative follow it ("استهداف ميليشيا الحوثي بطائرة
مسيرة مفخخة سوقا", the Houthis' striking a market with a drone; extract/arabic_noun_subjects.py), which mends round
33's Qa'tabah report.

The round's six whole reports (tests/fixtures/events_arabic/reports.yaml, ids "r34-...": a grenade on an official's
house in Fallujah, a tribal clash in Sirwah west of Marib counted in words, RSF artillery on El Fasher with "more than
twenty" hurt, a Houthi drone on an army post in Hays, arrests in a raid on Aqabat Jabr camp, a jobless sit-in in
Jerada) read two of six right on their first run; all six after these rules and the gazetteer's Aqabat Jabr
(tests/test_geo_arabic_round34.py: "مخيم عقبة" had been read as Jordan's Aqaba). Every sentence is written for this
test (real places, invented incidents).
"""
from __future__ import annotations

import pytest

from conftest import arabic_mentions


def _mention(resources, text: str):
    """The report's one mention."""
    mentions = arabic_mentions(resources, text)
    assert len(mentions) == 1, [(m.event_type, [a.name for a in m.actors]) for m in mentions]
    return mentions[0]


def _sides(m) -> dict[str, set[str]]:
    return {role: {a.name for a in m.actors if a.role == role} for role in ("actor1", "actor2")}


# -- a hand grenade ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "unknown men threw a hand grenade at a shop in the town of Zarqa, wounding its owner"
    "ألقى مجهولون قنبلة يدوية على محل تجاري في مدينة الزرقاء، ما أدى إلى إصابة صاحبه.",
    # "two policemen were hurt by the blast of a hand grenade at a checkpoint in Kirkuk"
    "أصيب شرطيان بانفجار رمانة يدوية عند حاجز أمني في كركوك.",
])
def test_a_hand_grenade_makes_a_grenade_attack(resources, text):
    """No Arabic word named the label: the grenade's injuries read as an attack or nothing at all."""
    m = _mention(resources, text)
    assert m.event_type == "GRENADE" and "hand grenade" in {w.name for w in m.weapons}


def test_grenades_seized_in_a_raid_stay_an_arrest(resources):
    """Guard: "the police seized hand grenades and arrested three wanted men in Mosul": the arrest's words
    outweigh the weapon's."""
    assert _mention(resources, "ضبطت الشرطة قنابل يدوية واعتقلت ثلاثة مطلوبين في الموصل.").event_type == "ARREST"


# -- gunmen of a tribe -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "three people were killed in clashes between gunmen of two tribes in Sirwah district"
    "قتل ثلاثة أشخاص في اشتباكات بين مسلحين من قبيلتين في مديرية صرواح.",
    # "tribal gunmen attacked a security checkpoint in Bayhan district of Shabwa"
    "هاجم مسلحون قبليون نقطة أمنية في مديرية بيحان بمحافظة شبوة.",
])
def test_tribal_gunmen_are_a_militia(resources, text):
    assert "Unidentified militia (Yemen)" in _sides(_mention(resources, text))["actor1"]


def test_a_tribesman_harmed_is_no_militia(resources):
    """Guard: "a shepherd of the Hada tribe was killed by a mine in Dhamar": a man of a tribe, not gunmen of one."""
    m = _mention(resources, "قتل راع من قبيلة الحداء بانفجار لغم في محافظة ذمار.")
    assert not any(a.name.startswith("Unidentified militia") for a in m.actors)


# -- soldiers of an army named by its nisba ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,army", [
    # "two soldiers of the Yemeni army were killed by Houthi shelling in Hays district"
    ("قتل جنديان من الجيش اليمني بقصف حوثي في مديرية حيس.", "Military Forces of Yemen"),
    # "two officers of the Kenyan army were hurt by al-Shabaab shelling on a base near Mandera"
    ("أصيب ضابطان من الجيش الكيني بقصف لحركة الشباب على قاعدة قرب مدينة مانديرا.", "Military Forces of Kenya"),
])
def test_an_armys_people_named_before_it_were_hit(resources, text, army):
    """The nisba alone had stood for the army, so "من" (of) before "الجيش" was no marker of the side and, the
    attacker read first, the army was left associated: the army and its nisba are now one name where its people are
    named before it (extract/arabic_events.py `lexicon_actors`)."""
    assert army in _sides(_mention(resources, text))["actor2"]


def test_an_army_that_speaks_stays_the_subject_of_what_it_says(resources):
    """Guard: "the Yemeni army confirmed it shot down a Houthi drone over Sirwah": no people of the army before it,
    so the nisba alone stands for it as before, and the army shot the drone down."""
    m = _mention(resources, "أكد الجيش اليمني أنه أسقط طائرة مسيرة تابعة للحوثيين فوق مديرية صرواح.")
    assert "Military Forces of Yemen" in _sides(m)["actor1"]


# -- the subject of a verbal noun of attack ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,agent", [
    # "three civilians were hurt when the Houthi militia struck a house in Mawiyah district with a drone"
    ("أصيب ثلاثة مدنيين جراء استهداف ميليشيا الحوثي بطائرة مسيرة منزلا في مديرية ماوية.", "Ansar Allah (Houthis)"),
    # "two children were killed when regime forces shelled a house in Kafranbel with heavy artillery" (passes without
    # the rule: "قصف" is no target word, so the forces after it were read as its subject already)
    ("قتل طفلان جراء قصف قوات النظام بالمدفعية الثقيلة منزلا في بلدة كفرنبل.", "Military Forces of Syria"),
])
def test_the_side_before_an_instrument_and_an_object_did_it(resources, text, agent):
    """An object in the indefinite accusative after the instrument leaves the side after the verbal noun only the
    subject's place (extract/arabic_noun_subjects.py)."""
    assert agent in _sides(_mention(resources, text))["actor1"]


@pytest.mark.parametrize("text", [
    # "three fighters were killed when the Houthis were targeted by a drone in Hays district": no object follows
    "قتل ثلاثة مسلحين جراء استهداف الحوثيين بطائرة مسيرة في مديرية حيس.",
    # "the coalition announced it targeted the Houthis with air raids in the morning in Saada": an adverb of time
    "أعلن التحالف استهداف الحوثيين بغارات جوية صباحا في صعدة.",
])
def test_the_side_after_a_verbal_noun_with_no_object_was_struck(resources, text):
    """Guard: with no object after the instrument, the genitive of "استهداف" is its object, as it most often is."""
    assert "Ansar Allah (Houthis)" in _sides(_mention(resources, text))["actor2"]


def test_the_reader_of_subjects_wants_an_instrument_and_an_object():
    from eventwatch.extract.arabic_noun_subjects import subject_with_instrument_and_object, verbal_noun_before

    text = "جراء استهداف ميليشيا الحوثي بطائرة مسيرة مفخخة سوقا شعبيا"
    at = text.index("ميليشيا")
    end = text.index(" بطائرة")
    assert verbal_noun_before(text, at) and subject_with_instrument_and_object(text, end)
    assert not subject_with_instrument_and_object("استهداف الحوثي بطائرة مسيرة ليلا", len("استهداف الحوثي"))
    assert not subject_with_instrument_and_object("استهداف الحوثي في صعدة سوقا", len("استهداف الحوثي"))
    assert not verbal_noun_before("قال الحوثي", len("قال "))


# -- mends after review: grenades held, adverbs and places after the instrument ------------------------------------

@pytest.mark.parametrize("text", [
    # "police found hand grenades and rifles in a cache on a farm near Baqubah"
    "عثرت الشرطة على قنابل يدوية وبنادق في مخبأ بمزرعة قرب بعقوبة.",
    # "border guards seized a consignment of ammunition including hand grenades at the port of Aden"
    "ضبط حرس الحدود شحنة ذخائر تضم رمانات يدوية في ميناء عدن.",
    # "fighters handed their weapons, among them hand grenades, to the police in the town of Nawa"
    "سلم مقاتلون أسلحتهم ومنها قنابل يدوية للشرطة في بلدة نوى.",
])
def test_grenades_seized_or_found_are_no_grenade_attack(resources, text):
    """Guard: a seizure, a find or a surrender lists grenades held, none thrown (extract/arabic_grenade_cues.py)."""
    assert all(m.event_type != "GRENADE" for m in arabic_mentions(resources, text))


def test_a_grenade_thrown_beside_a_find_stays_a_grenade_attack(resources):
    """Guard: "a man threw a hand grenade at a patrol in Zarqa, and police later found a second one in his car":
    the throw is named, so the find does not unmake the attack."""
    m = _mention(resources, "ألقى رجل قنبلة يدوية على دورية في الزرقاء وعثرت الشرطة لاحقا على قنبلة ثانية في سيارته.")
    assert m.event_type == "GRENADE"


@pytest.mark.parametrize("text", [
    # "investigators found the remains of a hand grenade that gunmen threw at a shop in the town of Mafraq"
    "عثر المحققون على بقايا قنبلة يدوية رماها مسلحون على متجر في مدينة المفرق.",
    # "residents found fragments of a hand grenade in a school yard in the town of Ramtha"
    "عثر الأهالي على شظايا قنبلة يدوية في ساحة مدرسة في بلدة الرمثا.",
])
def test_a_find_of_a_thrown_grenade_stays_a_grenade_attack(resources, text):
    """The near-miss (third review): a throw verb with a pronoun suffix ("رماها", threw it) or fragments ("شظايا")
    say the grenade was used, so the find beside them does not unmake the attack."""
    assert any(m.event_type == "GRENADE" for m in arabic_mentions(resources, text))


def test_a_grenade_that_went_off_by_mistake_is_a_grenade(resources):
    """A hand grenade's blast, even by mistake in training, is typed by its weapon: GRENADE, not a remote explosive
    (the label of mines and roadside bombs). "a recruit was killed when a hand grenade went off by mistake during
    training at a base near Zliten"."""
    m = _mention(resources, "قتل مجند بانفجار قنبلة يدوية عن طريق الخطأ خلال تدريب في قاعدة قرب زليتن.")
    assert m.event_type == "GRENADE"


@pytest.mark.parametrize("text,side", [
    # "the army announced it targeted al-Shabaab with air raids in reply to an attack on a base in Jubba"
    ("أعلن الجيش الصومالي استهداف حركة الشباب بغارات جوية ردا على هجوم على قاعدة في جوبا.", "Al-Shabaab"),
    # "the coalition announced it targeted the Houthis with a drone east of Saada ahead of an offensive"
    ("أعلن التحالف استهداف الحوثيين بطائرة مسيرة شرق صعدة تمهيدا لهجوم.", "Ansar Allah (Houthis)"),
    # "the army announced it targeted the Houthis with artillery in the district of Hays"
    ("أعلن الجيش استهداف الحوثيين بالمدفعية في مديرية حيس صباح اليوم.", "Ansar Allah (Houthis)"),
])
def test_an_adverb_or_a_place_after_the_instrument_is_no_object(resources, text, side):
    """Guard: an adverb of purpose ("ردا", "تمهيدا") or a preposition or word of direction after the instrument is
    no object of the verbal noun, so the side after it stays the one struck (extract/arabic_noun_subjects.py)."""
    assert any(side in _sides(m)["actor2"] for m in arabic_mentions(resources, text))


@pytest.mark.xfail(strict=True, reason="an object with no final alif (feminine or broken-plural indefinite) is not "
                                       "seen by the noun-subject rule (its docstring states the limit)")
def test_a_feminine_indefinite_object_after_the_instrument(resources):
    """"a woman was hurt when the Houthi militia struck a civilian car with a drone in Hays district"."""
    m = _mention(resources, "أصيبت امرأة جراء استهداف ميليشيا الحوثي بطائرة مسيرة سيارة مدنية في مديرية حيس.")
    assert "Ansar Allah (Houthis)" in _sides(m)["actor1"]
