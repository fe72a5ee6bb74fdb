"""Arabic event shapes of round thirty-three: a vehicle written right after a verb of attack whose subject is a weapon
("عبوة ناسفة استهدفت مدرعة عسكرية", an IED hit an armoured vehicle) is what was hit, not a second weapon, with no
owner written after it, where the weapon is indefinite and no verbal noun, word of time or cause or preposition
governs it ("بعد سقوط قذائف هاجمت دبابات": after shells fell, tanks attacked; extract/arabic_vehicles_hit.py); a verb
of dispersing with a protest as its object ("فرقت الشرطة مظاهرة", the police dispersed a demonstration) makes a
protest with intervention, and nothing without one or with the protest after "بين" (divided between;
data/event_lexicon_ar.yaml `dispersal`, extract/arabic_dispersal.py); and the owner of a drone shot down by a force
written before its verb ("قوات الدعم السريع أسقطت مسيرة تابعة للجيش", the subject first) was acted on, as after a
subject written between verb and drone (the "dropped" reading of "أسقطت" right before the drone is kept only with no
subject before the verb: a force's noun or a listed fighters' plural opening its phrase, not a month or a place in
"ون"; extract/arabic_events.py `_shot_down`).

The round's six whole reports (tests/fixtures/events_arabic/reports.yaml, ids "r33-...": an airstrike on Jabalia camp
counted in words, a Houthi explosive drone on a market in Qa'tabah of al-Dhale, an IED on an armoured vehicle south of
Egyptian Rafah, demolitions in Beita on the pretext of building, tear gas on students in N'Djamena, a journalist
abducted in Gharyan) read two of six right on their first run; four after these rules and the pretext rule of
tests/test_geo_arabic_round33.py ("بحجة" read as Hajjah had pulled the Beita report's event to it). The Qa'tabah and
N'Djamena reports stay xfail with their reasons. Every sentence is written for this test (real places, invented
incidents).
"""
from __future__ import annotations

import pytest

from conftest import arabic_mentions


def _mention(resources, text: str):
    """The report's one mention."""
    mentions = arabic_mentions(resources, text)
    assert len(mentions) == 1, [(m.event_type, [a.name for a in m.actors]) for m in mentions]
    return mentions[0]


# -- a vehicle hit by a weapon -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,weapon", [
    # "three Egyptian soldiers were killed when an IED hit a military armoured vehicle south of Rafah"
    ("قتل ثلاثة جنود مصريين في انفجار عبوة ناسفة استهدفت مدرعة عسكرية جنوب مدينة رفح المصرية",
     "improvised explosive device"),
    # "two Iraqi soldiers were wounded when an IED hit a military vehicle near Hawija district"
    ("أصيب جنديان عراقيان بانفجار عبوة ناسفة استهدفت آلية عسكرية قرب قضاء الحويجة", "improvised explosive device"),
])
def test_a_vehicle_a_weapon_hit_is_no_weapon(resources, text, weapon):
    """The weapon before the verb is its subject; the vehicle after the verb was hit, owner or not."""
    assert {w.name for w in _mention(resources, text).weapons} == {weapon}


@pytest.mark.parametrize("text,vehicle", [
    # "after rockets fell, army helicopters shelled villages in the Daraa countryside": the rockets belong to "سقوط"
    ("بعد سقوط صواريخ قصفت مروحيات الجيش قرى في ريف درعا.", "military helicopter"),
    # "in reply to the shells, Israeli tanks attacked a town in southern Lebanon": a weapon named before (definite)
    ("ردا على القذائف هاجمت دبابات إسرائيلية بلدة في جنوب لبنان.", "tank"),
    # "after rockets were fired, warships targeted the coast of Hodeidah": the rockets belong to "إطلاق"
    ("إثر إطلاق صواريخ استهدفت زوارق حربية سواحل مدينة الحديدة.", "warship"),
])
def test_vehicles_after_a_weapon_another_word_governs_are_the_attackers(resources, text, vehicle):
    """Arabic writes the verb first: a weapon before the verb is its subject only when indefinite and governed by
    no verbal noun of firing or falling, word of time or cause, or preposition; otherwise the vehicles after the
    verb attacked, and stay weapons (extract/arabic_vehicles_hit.py)."""
    assert vehicle in {w.name for w in _mention(resources, text).weapons}


def test_a_vehicle_mortars_hit_is_no_weapon(resources):
    """Guard: "gunmen fired mortar shells that hit a military vehicle near Arish": the indefinite shells, after the
    gunmen, are the subject of the verb, and the vehicle was hit."""
    m = _mention(resources, "أطلق مسلحون قذائف هاون استهدفت آلية عسكرية قرب مدينة العريش.")
    assert {w.name for w in m.weapons} == {"mortar"}


def test_vehicles_that_shelled_stay_weapons(resources):
    """Guard: "the army's armoured vehicles shelled the village of al-Rahjan in the Hama countryside": no weapon
    before the verb, so the vehicles are its subject."""
    m = _mention(resources, "قصفت مدرعات الجيش قرية الرهجان بريف حماة")
    assert "armoured vehicle" in {w.name for w in m.weapons}


# -- a protest dispersed -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "the Jordanian police dispersed a demonstration in the city of Irbid with tear gas"
    "فرقت الشرطة الأردنية بالغاز المسيل للدموع مظاهرة في مدينة إربد.",
    # "and the Tunisian police dispersed a protest march in the town of Kasserine"
    "وفرقت الشرطة التونسية مسيرة احتجاجية في مدينة القصرين.",
])
def test_a_protest_dispersed_is_a_protest_with_intervention(resources, text):
    assert _mention(resources, text).event_type == "PROTEST_WITH_INTER"


def test_dispersing_without_a_protest_is_no_event(resources):
    """Guard: "the floods parted families in Kasserine": no protest named, so no force against one."""
    assert arabic_mentions(resources, "فرقت السيول بين العائلات في القصرين") == []


@pytest.mark.parametrize("text", [
    # "divisions set the protesters apart in Sfax": "فرقت ... بين" divides, disperses nothing
    "فرقت الانقسامات بين المتظاهرين في مدينة صفاقس.",
    # "disputes divided the organisers of the demonstration in Sfax"
    "فرقت الانقسامات بين منظمي المظاهرة في مدينة صفاقس.",
])
def test_dividing_protesters_is_no_intervention(resources, text):
    """A protest named after "بين" (between) was divided, not dispersed (extract/arabic_dispersal.py)."""
    assert _mention(resources, text).event_type == "PEACE_PROTEST"


def test_a_sit_in_dispersed_is_a_protest_with_intervention(resources):
    """Guard: "the police dispersed the sit-in before the governorate building in Nasiriyah": the protest is the
    verb's object."""
    text = "فرقت الشرطة الاعتصام أمام مبنى المحافظة في مدينة الناصرية."
    assert _mention(resources, text).event_type == "PROTEST_WITH_INTER"


def test_teams_at_a_protest_stay_a_peaceful_protest(resources):
    """Guard: "ambulance teams reached the site of the demonstration in Kasserine": "فرق" (teams) disperses nothing."""
    assert _mention(resources, "وصلت فرق الإسعاف إلى مكان المظاهرة في مدينة القصرين").event_type == "PEACE_PROTEST"


# -- a drone shot down, the subject first ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,shooter,owner", [
    # "the RSF shot down a drone belonging to the Sudanese army over Nyala": the subject before its verb
    ("قوات الدعم السريع أسقطت مسيرة تابعة للجيش السوداني فوق مدينة نيالا.", "Rapid Support Forces",
     "Sudanese Armed Forces"),
    # "the Sudanese army's forces shot down a drone belonging to the RSF near El Obeid"
    ("قوات الجيش السوداني أسقطت طائرة مسيرة تابعة لقوات الدعم السريع قرب مدينة الأبيض.", "Sudanese Armed Forces",
     "Rapid Support Forces"),
])
def test_the_owner_of_a_drone_a_subject_shot_down_was_acted_on(resources, text, shooter, owner):
    """"أسقطت" right before the drone read "dropped" (the drone its subject) unless a subject stood between; a force
    written before the verb is its subject too, so the drone was shot down and its owner acted on."""
    actors = {(a.name, a.role) for a in _mention(resources, text).actors}
    assert (owner, "actor2") in actors and (owner, "actor1") not in actors


def test_a_drone_that_dropped_a_bomb_is_its_owner_s(resources):
    """Guard: "an RSF drone dropped bombs on a quarter of El Obeid": "أسقطت" right before the drone with no subject
    before it is the drone's own act."""
    m = _mention(resources, "أسقطت مسيرة تابعة لقوات الدعم السريع قنابل على حي سكني في مدينة الأبيض.")
    assert ("Rapid Support Forces", "actor1") in {(a.name, a.role) for a in m.actors}


@pytest.mark.parametrize("text,owner", [
    # "on the third of December (كانون الأول) an RSF drone dropped a shell on a market in El Fasher": a month in "ون"
    # before the verb is no force
    ("في الثالث من كانون الأول أسقطت مسيرة تابعة لقوات الدعم السريع قذيفة على سوق في مدينة الفاشر.",
     "Rapid Support Forces"),
    # "in Marjayoun an Israeli army drone dropped a bomb on a house": a place in "ون"
    ("في مرجعيون أسقطت مسيرة تابعة للجيش الإسرائيلي قنبلة على منزل.", "Military Forces of Israel"),
    # "an hour after the forces withdrew, a Houthi drone dropped a bomb on a market in Hays district": a force's
    # noun after another noun ("انسحاب القوات") is no subject of the verb
    ("بعد ساعة من انسحاب القوات أسقطت مسيرة تابعة للحوثيين قنبلة على سوق في مديرية حيس.",
     "Ansar Allah (Houthis)"),
])
def test_a_drone_that_dropped_a_bomb_after_a_phrase_of_time_or_place_is_its_owner_s(resources, text, owner):
    """Only a force's noun or a fighters' plural opening its phrase (first in the clause, or after "إن", "ثم")
    is a subject before "أسقطت" (extract/arabic_events.py `_force_before`): a month or a place in "ون", or a
    force in construct after a noun, leaves the drone the subject and its owner the actor."""
    actors = {(a.name, a.role) for a in _mention(resources, text).actors}
    assert (owner, "actor1") in actors and (owner, "actor2") not in actors


def test_a_force_after_inna_shot_the_drone_down(resources):
    """Guard: "a military source said the army's forces shot down an RSF drone over Kosti": the subject after
    "إن" opens its phrase."""
    text = "قال مصدر عسكري إن قوات الجيش أسقطت مسيرة تابعة لقوات الدعم السريع فوق مدينة كوستي."
    assert ("Rapid Support Forces", "actor2") in {(a.name, a.role) for a in _mention(resources, text).actors}


# -- a force that says it shot the drone down (second review) ---------------------------------------------------------

@pytest.mark.parametrize("text,shooter,owner", [
    # "the Yemeni army confirmed that it shot down a Houthi drone over Sirwah district": the force after a
    # clause-opening verb of saying is the subject of what it says
    ("أكد الجيش اليمني أنه أسقط طائرة مسيرة تابعة للحوثيين فوق مديرية صرواح.", "Military Forces of Yemen",
     "Ansar Allah (Houthis)"),
    # "the RSF claimed in a statement that it shot down a Sudanese army drone near Kadugli": "أنها" right before the
    # verb points back to the force within reach
    ("زعمت قوات الدعم السريع في بيان أنها أسقطت مسيرة تابعة للجيش السوداني قرب مدينة كادقلي.",
     "Rapid Support Forces", "Sudanese Armed Forces"),
])
def test_a_force_that_says_it_shot_a_drone_down_acted_on_its_owner(resources, text, shooter, owner):
    """A force's noun right after a verb of saying that opens the clause, or any force within reach where
    "أنه/أنها/أنهم" stands right before "أسقطت", is the verb's subject (extract/arabic_events.py `_force_before`):
    the drone was shot down, its owner acted on and the speaker the actor."""
    actors = {(a.name, a.role) for a in _mention(resources, text).actors}
    assert (owner, "actor2") in actors and (shooter, "actor1") in actors and (owner, "actor1") not in actors


def test_a_force_in_construct_after_a_verb_of_saying_does_not_shoot_down(resources):
    """Guard: "residents reported that after the forces withdrew a Sudanese army drone dropped bombs on a market in
    Dilling": no force follows the verb of saying, the force is in construct after a noun, and "أنه" is not right
    before the verb, so "أسقطت" stays "dropped" and the drone's owner acted."""
    text = "أفاد سكان أنه بعد انسحاب القوات أسقطت مسيرة تابعة للجيش السوداني قنابل على سوق في مدينة الدلنج."
    actors = {(a.name, a.role) for a in _mention(resources, text).actors}
    assert ("Sudanese Armed Forces", "actor1") in actors and ("Sudanese Armed Forces", "actor2") not in actors


# -- a protest dispersed, second review: only "بين" right after the verb divides ---------------------------------------

@pytest.mark.parametrize("text", [
    # "the police dispersed with batons, this morning, a farmers' protest gathering in Sidi Bouzid": commas around an
    # adverb between verb and protest
    "فرقت الشرطة بالهراوات، صباح اليوم، تجمعا احتجاجيا للمزارعين في مدينة سيدي بوزيد.",
    # "dozens of nurses held a protest stand before parliament in Beirut; security forces dispersed those taking part
    # by force": the protest named before the verb
    "نظم عشرات الممرضين وقفة احتجاجية أمام مقر البرلمان في بيروت فرقت قوات الأمن المشاركين فيها بالقوة.",
    # "hundreds of students marched in a demonstration before the university in Oran, and the police dispersed the
    # crowd by force"
    "خرج مئات الطلاب في مظاهرة أمام الجامعة في مدينة وهران، وفرقت الشرطة الحشد بالقوة.",
])
def test_a_protest_dispersed_across_a_comma_or_named_before_is_a_protest_with_intervention(resources, text):
    """Only "بين" within the verb's first few words makes "فرقت" divide (extract/arabic_dispersal.py); otherwise
    the verb in a report with a protest disperses it, wherever the protest is named."""
    assert _mention(resources, text).event_type == "PROTEST_WITH_INTER"


# -- a vehicle hit, second review: after a verbal noun of firing, what follows the vehicle decides ----------------------

@pytest.mark.parametrize("text,weapon", [
    # "al-Quds Brigades announced firing a guided missile that hit a military vehicle north of Jenin camp": the
    # vehicle ends the verb's phrase (adjective, then a place), so it was hit
    ("أعلنت سرايا القدس إطلاق صاروخ موجه استهدف آلية عسكرية شمال مخيم جنين.", "anti-tank guided missile"),
    # "two soldiers were wounded after a mortar shell fell that hit an armoured vehicle belonging to the army near
    # Kidal": an owner after the vehicle
    ("أصيب جنديان بعد سقوط قذيفة هاون استهدفت مدرعة تابعة للجيش قرب مدينة كيدال.", "mortar"),
])
def test_a_vehicle_ending_the_phrase_after_a_fired_weapon_was_hit(resources, text, weapon):
    """After "إطلاق"/"سقوط" an indefinite weapon may head a relative clause written without "التي": the vehicle is
    what was hit where it ends the verb's phrase, its subject only where an object follows it
    (extract/arabic_vehicles_hit.py `_vehicle_ends_phrase`)."""
    assert sorted(w.name for w in _mention(resources, text).weapons) == [weapon]
