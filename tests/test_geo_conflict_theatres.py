"""Where an event happened, as conflict reporting from many theatres writes it: press releases, NGO and UN
updates, monitors' reports from Syria, Iraq, Yemen, Libya, Sudan, Ukraine, Gaza and the West Bank, Lebanon,
Myanmar, the Sahel, the DRC, Somalia, Afghanistan, Nigeria, Ethiopia, Colombia, Mexico and Pakistan.

Each case is a sentence, the place chosen as the event's, its country and its UCDP precision (1 exact point,
2 within ~25 km or a named part of a town, 3 second-order division, 4 first-order division, 5 part of a
country). Divisions are named by their local word (hromada, raion, LGA, cercle, township, woreda, territoire,
locality); an offset ("50 km northwest of X") keeps X at the precision its distance allows; a village the
gazetteer lacks stands in at the place it is said to lie in, with its own name kept.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.directions import offset_km
from eventwatch.geo.normalise import tokenize
from eventwatch.model import Document
from conftest import event_place

CASES = [
    ('Two civilians were killed when artillery shells struck the town of Kafr Takharim, Harim district, Idlib governorate, on Sunday.',
     'Kafr Takhārīm', 'SY', 1),
    ('A drone strike hit a motorcycle on the outskirts of Al-Bab in rural northern Aleppo, killing one fighter.',
     'Al Bāb', 'SY', 2),
    ('Regime forces shelled several villages in rural western Aleppo overnight.',
     'Aleppo', 'SY', 4),
    ('An explosive device went off on the Deir ez-Zor-Mayadin road, 15 km south of Deir ez-Zor city.',
     'Deir ez-Zor', 'SY', 2),
    ('Gunmen attacked a checkpoint in the village of Albu Dour, 20 km east of Tikrit, Salah al-Din governorate.',
     'Tikrīt', 'IQ', 2),
    ('Three shepherds were killed by militants in the Hamrin mountains of Diyala province.',
     'Diyālá', 'IQ', 4),
    ('A roadside bomb struck a convoy on the Baghdad-Kirkuk highway near Tuz Khurmatu.',
     'Ţūz Khūrmātū', 'IQ', 2),
    ('Houthi forces fired a ballistic missile at Marib city, Marib governorate, wounding five.',
     "Ma'rib", 'YE', 1),
    ('Airstrikes hit a market in Saada, the Houthi stronghold in northern Yemen, killing 12.',
     "Sa'dah", 'YE', 1),
    ('LNA aircraft struck positions near Gharyan, 80 km south of Tripoli.',
     'Gharyan', 'LY', 2),
    ('RSF fighters shelled the Abu Shouk camp for internally displaced people north of El Fasher.',
     'El Fasher', 'SD', 2),
    ('Heavy gunfire was heard in Omdurman on Wednesday as the army pushed north.',
     'Omdurman', 'SD', 1),
    ('The RSF attacked the town of Geneina, capital of West Darfur state, killing dozens.',
     'Al-Junaynah', 'SD', 1),
    ('Russian forces shelled the village of Velyka Pysarivka in Sumy oblast, the regional administration said.',
     'Velyka Pysarivka', 'UA', 1),
    ("A missile struck an apartment block in Kharkov's Saltivskyi district on Monday night.",
     'Kharkiv', 'UA', 2),
    ('Two people were killed in the Nikopol hromada of Dnipropetrovsk Oblast by artillery fire.',
     'Nikopol Raion', 'UA', 3),
    ('Shelling damaged homes in Nikolaev and the surrounding villages.',
     'Mykolayiv', 'UA', 1),
    ('Russian troops advanced near Pokrovsk in Donetsk oblast, the general staff said.',
     'Pokrovsk', 'UA', 2),
    ("Kherson Oblast's Beryslav raion came under mortar fire on Saturday.",
     'Beryslav Raion', 'UA', 3),
    ('Strikes were reported in Nuseirat, in central Gaza, on Sunday.',
     'An Nuşayrāt', 'PS', 1),
    ('A drone struck a car near the town of Bint Jbeil in southern Lebanon.',
     'Bent Jbaïl', 'LB', 2),
    ('Arakan Army fighters captured a border guard post in Maungdaw township, Rakhine State.',
     'Maungdaw District', 'MM', 3),
    ('Suspected militants attacked an army post in Djibo, Soum province, northern Burkina Faso.',
     'Djibo', 'BF', 1),
    ('Gunmen killed 20 villagers in the commune of Ouatagouna, Ansongo cercle, Gao region.',
     'Ansongo', 'ML', 3),
    ('Fighting was reported in the Menaka region near the border with Niger.',
     'Ménaka', 'ML', 4),
    ('ADF rebels killed 14 civilians in Beni territory, North Kivu province, on Saturday.',
     'Beni', 'CD', 3),
    ('Militiamen attacked a camp for displaced people in Djugu territoire, Ituri province.',
     'Djugu', 'CD', 3),
    ('M23 fighters seized the mining town of Rubaya, about 50 km northwest of Goma.',
     'Goma', 'CD', 3),
    ("Militants stormed a hotel in Mogadishu's Hodan district late on Friday.",
     'Mogadishu', 'SO', 2),
    ('An airstrike targeted fighters near Jilib in Middle Juba region.',
     'Jilib', 'SO', 2),
    ('A bomb exploded in a mosque in Kunduz city, Kunduz province, during Friday prayers.',
     'Kunduz', 'AF', 1),
    ('Clashes were reported in Andarab district of Baghlan province.',
     'Andarāb', 'AF', 3),
    ('Insurgents raided Gwoza LGA of Borno State, abducting 30 women.',
     'Gwoza', 'NG', 3),
    ('Bandits killed 15 worshippers in Kankara LGA, Katsina State.',
     'Kankara', 'NG', 3),
    ('A suicide bomber struck a market in Konduga, 35 km southeast of Maiduguri.',
     'Konduga', 'NG', 1),
    ('Drone strikes hit Bahir Dar, the capital of Amhara region, on Sunday.',
     'Bahir Dar', 'ET', 1),
    ('Troops were accused of killing civilians in Adwa woreda, Central Tigray zone.',
     'Adwa', 'ET', 3),
    ('Dissidents attacked a police station in Jamundi, Valle del Cauca department.',
     'Jamundí', 'CO', 1),
    ('Guerrillas bombed an oil pipeline in rural Arauca on Monday.',
     'Arauca Department', 'CO', 4),
    ('Gunmen ambushed police officers in the municipality of Coahuayana, Michoacan state.',
     'Coahuayana', 'MX', 3),
    ('Twelve bodies were found near Culiacan, Sinaloa, on Tuesday.',
     'Culiacán', 'MX', 2),
    ('The strike hit Ariha (Idlib governorate) at dawn, killing a family of five.',
     'Arīḩā', 'SY', 1),
    ('Shelling killed two civilians in Avdiivka (Donetsk region) on Wednesday.',
     'Avdiyivka', 'UA', 1),
    ('A Moscow-backed unit shelled Orikhiv in Zaporizhzhia oblast.',
     'Orikhiv', 'UA', 1),
    ('Pakistani Taliban militants attacked a checkpoint in North Waziristan district.',
     'North Wazīristān District', 'PK', 3),
    ("Clashes broke out in Mykolaiv oblast's Snihurivka hromada overnight.",
     'Snihurivka', 'UA', 3),
    ('An Iranian-made drone was shot down over Odesa on Tuesday.',
     'Odesa', 'UA', 1),]


@pytest.mark.parametrize("text, name, country, precision", CASES)
def test_the_event_is_placed_where_the_report_says(gaz, text, name, country, precision):
    place = event_place(gaz, text)
    assert place is not None
    assert (place.name, place.country_code, place.precision) == (name, country, precision)


# -- divisions by their local word ------------------------------------------------------------------------

@pytest.mark.parametrize("text, raw", [
    ("Artillery hit Kurakhove hromada on Monday.", "Kurakhove hromada"),
    ("Bandits raided Bakori LGA overnight.", "Bakori LGA"),
    ("Troops were deployed in Bourem cercle last week.", "Bourem cercle"),
    ("Fighting spread in Tessalit commune.", "Tessalit commune"),
])
def test_a_local_division_word_after_a_town_names_the_division(gaz, text, raw):
    place = event_place(gaz, text)
    assert place is not None and place.raw == raw and place.precision == 3


def test_a_capitalised_department_of_opens_an_office_not_a_place(gaz):
    found = [t.text for t in geoparse(gaz, "Figures came from the state Department of Labor on Thursday.")
             if t.locational]
    assert "Labor" not in found


# -- offsets, nearness and parts of towns ----------------------------------------------------------------

def test_an_offset_within_the_near_radius_keeps_the_town_at_near_precision(gaz):
    place = event_place(gaz, "A mine exploded 10 km east of Kupiansk on Friday.")
    assert place.name == "Kupyansk" and place.precision == 2


def test_an_offset_beyond_the_near_radius_puts_the_event_in_the_towns_wider_area(gaz):
    place = event_place(gaz, "A mine exploded 40 km east of Kupiansk on Friday.")
    assert place.name == "Kupyansk" and place.precision == 3


def test_an_offset_in_miles_is_read_in_kilometres(gaz):
    place = event_place(gaz, "Gunmen attacked a bus 20 miles south of Kaduna.")
    assert place.precision == 3  # 32 km


@pytest.mark.parametrize("text, km", [
    ("50 km northwest of Goma", 50.0), ("12km south of Hama", 12.0), ("3 miles east of Jenin", 4.827),
    ("north of Hama", 0.0),
])
def test_the_distance_written_before_a_compass_word(text, km):
    tokens = tokenize(text)
    direction = next(k for k, t in enumerate(tokens) if t.norm in {"northwest", "south", "east", "north"})
    assert offset_km(tokens, direction) == pytest.approx(km)


def test_a_possessive_town_before_a_named_district_is_that_part_of_the_town(gaz):
    place = event_place(gaz, "A car bomb exploded in Baghdad's Sadr City district on Sunday.")
    assert place.name == "Baghdad" and place.precision == 2


def test_near_the_town_of_is_near_the_town(gaz):
    place = event_place(gaz, "Clashes erupted near the town of Saraqib overnight.")
    assert place.name == "Saraqib" and place.precision == 2


def test_near_the_settlement_of_is_near_it_as_near_the_town_of_is(gaz):
    # the English of Russian- and Ukrainian-language outlets writes a small town as "the settlement of X"
    place = event_place(gaz, "Gunmen ambushed a supply column near the settlement of Saraqib on Friday.")
    assert place.name == "Saraqib" and place.precision == 2


def test_the_settlement_of_alone_is_the_settlement_itself(gaz):
    place = event_place(gaz, "Artillery hit the settlement of Saraqib on Friday.")
    assert place.name == "Saraqib" and place.precision == 1


# -- villages the gazetteer lacks ------------------------------------------------------------------------

@pytest.mark.parametrize("text, raw, country", [
    ("The military bombed a school in Tabayin township, Sagaing region.", "Tabayin", "MM"),
    ("Artillery shelled the outskirts of Khiam in south Lebanon.", "Khiam", "LB"),
    ("Rebels seized the mining town of Rubaya, about 50 km northwest of Goma.", "Rubaya", "CD"),
])
def test_an_absent_village_keeps_its_name_where_it_stands_in(gaz, text, raw, country):
    place = event_place(gaz, text)
    assert place.raw == raw and place.country_code == country


# -- end to end ------------------------------------------------------------------------------------------

def test_an_event_in_a_local_government_area_is_stored_at_that_division(resources):
    from eventwatch.pipeline import process

    body = "Insurgents raided Gwoza LGA of Borno State on Monday, abducting 30 women, residents said."
    doc = Document(id="lga1", sha256="0" * 64, raw=body.encode(), text=body, publisher="Test Monitor",
                   published_at=datetime(2024, 3, 5, 12, 0), language="en")
    [mention] = [m for m in process(resources, doc) if m.location is not None]
    assert (mention.location.name, mention.location.country_code, mention.location.precision) == ("Gwoza", "NG", 3)


# -- round three: datelines, local settlement words, Spanish port names, zones by their press spelling -----

def test_a_datelines_town_is_where_the_story_was_filed_not_the_event(gaz):
    from eventwatch.geo.event_location import filed_from

    text = "KANO, Nigeria (AP) — Bandits attacked Tsafe on Sunday night, killing six people, police said."
    assert filed_from(next(t for t in geoparse(gaz, text) if t.text == "KANO"))
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.precision) == ("Tsafe", "NG", 1)


def test_a_datelines_town_stays_the_events_when_the_body_names_no_place(gaz):
    place = event_place(gaz, "KANO, Nigeria (AP) — Gunmen killed four people on Sunday night, police said.")
    assert (place.name, place.country_code) == ("Kano", "NG")


@pytest.mark.parametrize("text, name", [
    ("Rebels ambushed a patrol on the periphery of Kidal.", "Kidal"),
    ("Soldiers clashed with insurgents in the hinterlands of Kidal on Monday.", "Kidal"),
])
def test_the_ground_around_a_town_is_near_the_town(gaz, text, name):
    place = event_place(gaz, text)
    assert (place.name, place.precision) == (name, 2)


def test_a_settlement_named_by_its_local_word_stands_in_at_its_municipality(gaz):
    place = event_place(gaz, "Dissidents burned a bus in the corregimiento of Puerto Lucrecia, in the "
                             "municipality of Valdivia, Antioquia.")
    assert (place.name, place.country_code, place.precision, place.raw) == ("Valdivia", "CO", 3, "Puerto Lucrecia")


def test_a_port_village_named_after_a_town_is_a_place_of_its_own(gaz):
    found = {t.text: t for t in geoparse(gaz, "Soldiers clashed with rebels near Puerto Lucrecia, Antioquia.")}
    assert "Puerto" not in found and found["Puerto Lucrecia"].place is None
    assert found["Puerto Lucrecia"].fallback.country_code == "CO"
    known = {t.text: t.place for t in geoparse(gaz, "He flew to Puerto Rico and then to Puerto Vallarta.")}
    assert known["Puerto Vallarta"].country_code == "MX"


def test_a_name_inside_which_fighting_happened_is_a_place(gaz):
    place = event_place(gaz, "Troops fought rebels inside Mandoma, Chin State, for hours.")
    assert (place.country_code, place.raw) == ("MM", "Mandoma")


def test_a_zone_under_the_spelling_the_press_uses_is_the_zone(gaz):
    place = event_place(gaz, "Armed men killed villagers in West Wollega zone on Sunday.")
    assert (place.name, place.country_code, place.precision) == ("West Wellega", "ET", 3)


def test_an_alias_may_point_at_a_second_order_division(tmp_path):
    from eventwatch.geo.sources import load_lexicon

    (tmp_path / "aliases.yaml").write_text("aliases:\n  - {admin2: ET.51.1, names: [Somewhere Zone]}\n")
    (tmp_path / "demonyms.tsv").write_text("")
    assert load_lexicon(str(tmp_path)).aliases[0]["admin2"] == "ET.51.1"


def test_a_town_a_road_is_named_after_is_not_where_the_event_was(gaz):
    place = event_place(gaz, "After cutting the Gao road, militants attacked Bourem on Friday.")
    assert place.name == "Bourem"


def test_a_road_named_after_a_town_still_places_an_event_nothing_else_places(gaz):
    place = event_place(gaz, "Militants set up a checkpoint on the Gao road on Friday.")
    assert (place.name, place.country_code) == ("Gao", "ML")


# -- an armed group's home town: its origin, not where it fought --------------------------------------------

def test_a_forces_home_town_gives_way_to_the_village_it_fought_at(gaz):
    place = event_place(gaz, "Fighters from Misrata clashed with rival units near the village of Kafr Talmis, "
                             "south of Sirte, on Sunday.")
    assert place.name == "Sirte" and place.raw == "Kafr Talmis"


def test_a_forces_home_town_gives_way_to_a_coarser_place_of_the_fighting(gaz):
    place = event_place(gaz, "Backed by brigades from Misrata, government forces clashed with rebels in Sirte "
                             "province on Sunday.")
    assert place.name == "Sirte"


@pytest.mark.parametrize("text", [
    "Fighters from Mosul attacked an army checkpoint on Sunday.",  # the only place named stays the event's
    "Government troops withdrew from Mosul on Sunday.",
])
def test_from_a_town_alone_stays_the_events_place(gaz, text):
    assert event_place(gaz, text).name == "Mosul"


@pytest.mark.parametrize("before, origin", [
    ("Backed by brigades from ", True),
    ("Tribal fighters from the ", True),
    ("Government troops withdrew from ", False),  # a verb, not a force, before "from": where they moved
    ("Shelling from ", False),
])
def test_only_a_force_noun_before_from_names_its_home_town(before, origin):
    from eventwatch.geo.force_origins import force_origin

    assert force_origin(before) is origin


# -- flight told after the event: not where the event was --------------------------------------------------

def _mention(event_type: str, place):
    from eventwatch.model import Mention

    return Mention(document_id="d", event_type=event_type, event_family="", sentence_start=0, sentence_end=10,
                   text=event_type, location=place)


def _place(name: str, precision: int):
    from eventwatch.model import Place

    return Place(name=name, lat=22.0, lon=97.0, country_code="MM", admin1="Shan State", precision=precision)


def test_a_detail_about_people_fleeing_does_not_move_the_events_place():
    from eventwatch.extract.folding import fold

    event = _mention("ART_MISS_ATTACK", _place("Shan State", 4))
    fold(event, _mention("OTHER", _place("Lashio", 1)))
    assert event.location.name == "Shan State"


def test_a_follow_up_act_at_a_finer_place_narrows_the_events_place():
    from eventwatch.extract.folding import fold

    event = _mention("ART_MISS_ATTACK", _place("Shan State", 4))
    fold(event, _mention("AIR_STRIKE", _place("Lashio", 1)))
    assert event.location.name == "Lashio"


# -- displacement caused by an attack: the attack is the event ---------------------------------------------

_VIOLENT_LABELS = {"ATTACK", "ARMED_CLASH", "AIR_STRIKE", "ART_MISS_ATTACK", "PROPERTY_DISTRUCT", "MOB_VIOL"}


@pytest.mark.parametrize("text", [
    "Raids by gunmen on farming villages have displaced 3,000 people in the district.",
    "About 4,000 families were displaced by clashes between herders and farmers.",
])
def test_flight_caused_by_violence_is_told_as_that_violence(classifier, text):
    assert classifier.classify(text).label in _VIOLENT_LABELS


@pytest.mark.parametrize("text", [
    "Thousands of people have been displaced since January, aid agencies said.",
    "Floods have displaced 20,000 people along the river.",
])
def test_flight_with_no_violent_cause_is_not_a_violent_event(classifier, text):
    assert classifier.classify(text).label not in _VIOLENT_LABELS
