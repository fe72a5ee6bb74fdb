"""Arabic report shapes of round twenty-seven: a curated region weighed against a hamlet of an Arabic-named country
("الجليل", Galilee, against a Djiboutian village whose Arabic name is the transliteration of its Latin one), where
the region, with no population of its own, weighs as the resolver's prior weighs it; and a name whose second word
opens with "و" ("جامو وكشمير", Jammu and Kashmir), whose "و" is the name's where the word before and the whole word
open a name the gazetteer holds, and the clitic "and" elsewhere; and a state's adjective after a name in the run of a
division word ("ولاية كوجالي التركية", "ولاية بيهار الهندية"), which reads the name among that state's first-level
divisions before the report's own lands and is then the name's adjective, no town (Iraq's al-Hindiyah). Turkish
writes the sound of "ج" as "c", so Turkish names are indexed with it read as "j" (Kocaeli, كوجالي). A colour with the article right after a definite
noun that takes one in set phrases ("البيت الأبيض" the White House, "بالسلاح الأبيض" with a blade) is that noun's
adjective, no town named by the colour (El Obeid, al-Bayda).

The round's eighteen whole place reports (tests/fixtures/geo_arabic/reports.yaml, ids "r27-...": Oman, Kuwait,
Bahrain, Jordan, North Sinai, Upper Egypt, eastern Sudan, Chad, Mauritania, Western Sahara, Gaza, the West Bank, the
Jazira, Deir ez-Zor's countryside, Diyala, Hadramawt, Khuzestan) read seventeen of eighteen right on their first
run, once a village no gazetteer row holds (Diraz) was coded as kept unresolved; Mahbes stays xfail with its
reason. Every sentence is written for this test (real places, invented incidents). The guards check what each rule
must leave alone.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventwatch.geo import geoparse
from eventwatch.geo.arabic_home_weights import home_weight
from eventwatch.geo.arabic_joined_names import keeps_conjunction
from eventwatch.geo.gazetteer import FEATURE_PRIOR_POPULATION


def _read(gaz, text: str) -> list[tuple[str, str | None]]:
    """(name as written, country) of each place read; an unresolved name gives its stand-in's country."""
    return [(t.text, t.place.country_code if t.place else t.fallback and t.fallback.country_code)
            for t in geoparse(gaz, text) if t.locational]


def _places(gaz, text: str) -> list[tuple[str, str | None]]:
    """(name as written, the place's name) of each place read."""
    return [(t.text, t.place and t.place.name) for t in geoparse(gaz, text) if t.locational]


# -- a curated region against a hamlet of an Arabic-named country -------------------------------------------------

@pytest.mark.parametrize("text", [
    "سقطت صواريخ أطلقت من لبنان على بلدات في الجليل الأعلى",  # "rockets fired from Lebanon fell on towns in Upper Galilee"
    "دوت صفارات الإنذار في مستوطنات الجليل الغربي مساء الأحد",  # "sirens sounded in the settlements of western Galilee"
])
def test_galilee_is_the_region_not_a_djiboutian_hamlet(gaz, text):
    assert ("الجليل", "Galilee") in _places(gaz, text)


def test_a_far_town_whose_arabic_name_is_a_transliteration_still_gives_way(gaz):
    # guard: "warplanes bombed the town of Binnish east of Idlib": Belgium's Binche has no curated weight to bring
    assert _read(gaz, "قصفت الطائرات بلدة بنش شرقي إدلب") == [("بنش", "SY"), ("إدلب", "SY")]


def test_a_curated_feature_weighs_as_its_prior_and_a_town_as_its_population(gaz):
    region = next(c for c in gaz.lookup("الجليل") if c.source == "curated")
    hamlet = next(c for c in gaz.lookup("الجليل") if c.source != "curated")
    assert home_weight(region) == FEATURE_PRIOR_POPULATION["RGN"]
    assert home_weight(hamlet) == hamlet.population


# -- a name whose second word opens with "و" ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود في هجوم على دورية بإقليم جامو وكشمير",  # "three soldiers were killed in an attack on a patrol in J&K"
    "أغلقت السلطات الطرق المؤدية إلى جامو وكشمير بعد تساقط الثلوج",  # "the authorities closed the roads to J&K after snow"
])
def test_jammu_and_kashmir_is_one_name(gaz, text):
    assert _read(gaz, text) == [("جامو وكشمير", "IN")]


@pytest.mark.parametrize("text,expected", [
    # "warplanes bombed Aleppo and Idlib": two places, the "و" a clitic
    ("قصفت الطائرات حلب وإدلب", [("حلب", "SY"), ("وإدلب", "SY")]),
    # "the floods hit Tizi Ouzou": a name already read whole
    ("ضربت الفيضانات ولاية تيزي وزو", [("تيزي وزو", "DZ")]),
])
def test_a_list_joined_by_and_is_still_split(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_a_word_without_and_never_keeps_one(gaz):
    assert not keeps_conjunction(gaz.automaton, "جامو", "كشمير")
    assert keeps_conjunction(gaz.automaton, "جامو", "وكشمير")


# -- a state's adjective after a name in a division word's run ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "an explosion in a factory in Kocaeli province of Turkey": Turkish "c" is a "j", so the Latin Kocaeli meets it
    ("انفجر خزان وقود في مصنع كيماويات بولاية كوجالي التركية", [("كوجالي", "TR")]),
    # "a quake of magnitude 5 struck towns in Malatya province of Turkey"
    ("ضرب زلزال بقوة ٥ درجات بلدات في ولاية ملاطية التركية", [("ملاطية", "TR")]),
    # "floods drowned villages in the Indian state of Bihar": the adjective is Bihar's, no Iraqi al-Hindiyah
    ("أغرقت الفيضانات عشرات القرى في ولاية بيهار الهندية", [("بيهار", "IN")]),
    # "a building collapsed in Uttar Pradesh in India"
    ("انهار مبنى سكني في ولاية أوتار براديش الهندية", [("أوتار براديش", "IN")]),
])
def test_the_states_adjective_reads_the_name_among_its_divisions(gaz, text, expected):
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة في مدينة الهندية",  # guard: "an IED exploded in the town of al-Hindiyah": after a town word
    "سقطت قذائف على قضاء الهندية في كربلاء",  # guard: after a district word
])
def test_the_town_that_spells_the_adjective_is_still_read_alone(gaz, text):
    assert _read(gaz, text)[0] == ("الهندية", "IQ")


def test_turkish_c_is_indexed_as_j_and_other_lands_keep_their_c():
    from eventwatch.geo.latin_orthographies import spoken_variants

    assert spoken_variants("Kocaeli", "TR") == ["kojaeli"]
    assert spoken_variants("Çorum", "TR") == []  # "ç" is a letter of its own
    assert spoken_variants("Casablanca", "MA") == []


# -- a colour after a noun it names a thing with ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قال البيت الأبيض إن المبعوث سيصل إلى المنطقة الأسبوع المقبل",  # "the White House said the envoy will arrive"
    "أصيب شاب بجروح بعد طعنه بالسلاح الأبيض في شجار",  # "a young man was wounded after being stabbed with a blade"
    "ضبطت دورية للشرطة كمية من الأسلحة البيضاء داخل سيارة",  # "a police patrol seized blades inside a car"
    "رفع المقاتلون الراية البيضاء بعد حصار دام أسابيع",  # "the fighters raised the white flag after a siege of weeks"
])
def test_a_colour_after_its_noun_is_no_town(gaz, text):
    assert _read(gaz, text) == []


def test_the_white_nile_gives_no_el_obeid_and_leaves_the_town_after_it(gaz):
    # "clashes near the White Nile bridge in the city of Kosti": the colour is the river's, Kosti is read
    assert _read(gaz, "اندلعت اشتباكات قرب جسر النيل الأبيض في مدينة كوستي") == [("كوستي", "SD")]


@pytest.mark.parametrize("text,expected", [
    ("تقدمت قوات الدعم السريع نحو مدينة الأبيض", [("الأبيض", "SD")]),  # guard: after a settlement word
    ("قصف الجيش الأبيض بالمدفعية الثقيلة", [("الأبيض", "SD")]),  # guard: after a force, the verb's object
    ("اشتبكت القوات في مدينة البيضاء شرقي ليبيا", [("البيضاء", "LY"), ("ليبيا", "LY")]),  # guard: al-Bayda
])
def test_a_town_named_by_a_colour_is_still_read(gaz, text, expected):
    assert _read(gaz, text) == expected


# -- the round's reports ----------------------------------------------------------------------------------------------

def test_the_rounds_reports_cover_the_lanes_new_lands():
    reports = yaml.safe_load((Path(__file__).parent / "fixtures" / "geo_arabic" / "reports.yaml").read_text(
        encoding="utf-8"))["reports"]
    ours = [r for r in reports if r["id"].startswith("r27-")]
    assert len(ours) == 18
    assert {"OM", "KW", "BH", "JO", "EG", "SD", "TD", "MR", "EH", "PS", "SY", "IQ", "YE", "IR"} <= {
        p[1] for r in ours for p in r["places"]}


# -- review mends: the colour rule across short vowels and "لل" --------------------------------------------------

@pytest.mark.parametrize("text", [
    # "the White House stressed that the president will visit the region next month": vowels on both words
    "أكد البيتُ الأبيضُ أن الرئيس سيزور المنطقة الشهر المقبل",
    # "the minister sent a letter to the White House about the sanctions": "ل" on the article, its "ا" dropped
    "وجه الوزير رسالة للبيت الأبيض بشأن العقوبات",
    # "the seized blades were handed to the prosecution": "لل" on a plural head
    "سلمت الشرطة للأسلحة البيضاءِ المضبوطة إلى النيابة",
    # "the ambassador sent a note to Congress and to the White House about the deal": "و" before "لل"
    "بعث السفير مذكرة إلى الكونغرس وللبيت الأبيض حول الاتفاق",
    # "the court returned the tools, and the blades have another ruling": "ف" before "لل" on a plural head
    "أعادت المحكمة الأدوات فللأسلحة البيضاء حكم آخر",
])
def test_a_colour_after_its_noun_is_no_town_with_vowels_or_li(gaz, text):
    """A final short vowel on the noun ("البيتُ") is no word between it and its colour, and "للبيت" is "ل" on
    "البيت" (geo/arabic_colour_phrases.py)."""
    assert _read(gaz, text) == []


@pytest.mark.parametrize("text,expected", [
    # guard: "the army shelled El Obeid at dawn", vowels written: after a force the colour is still the town (since
    # round 29 the name is the word as written, its final vowel with it)
    ("قصف الجيشُ الأبيضَ فجر اليوم", [("الأبيضَ", "SD")]),
    # guard: "the convoy reached the town of El Obeid", vowel on the settlement word
    ("وصلت القافلة إلى مدينةِ الأبيضِ مساء الخميس", [("الأبيضِ", "SD")]),
])
def test_a_town_named_by_a_colour_is_still_read_with_vowels(gaz, text, expected):
    assert _read(gaz, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "floods reached villages of India's Bihar" with the adjective's "ة" written "ه", and with a shadda
    ("غمرت الفيضانات قرى في ولاية بيهار الهنديه أمس", [("بيهار", "IN")]),
    ("ضرب زلزال ولاية كوجالي التركيّة فجر اليوم", [("كوجالي", "TR")]),
])
def test_a_state_adjective_with_ha_or_shadda_still_names_the_state(gaz, text, expected):
    """Guard (review nit 5): in a sentence the adjective is read with "ه" for "ة" and with a shadda."""
    assert _read(gaz, text) == expected


def test_the_white_nile_uncued_is_the_state(gaz):
    """Mended in round 28: the state's Arabic name is a curated alias of SD.41, as the Blue Nile's is."""
    # "thousands fled villages in the White Nile after an armed attack"
    assert _read(gaz, "نزح آلاف السكان من قرى في النيل الأبيض بعد هجوم مسلح") == [("النيل الأبيض", "SD")]


def test_jammu_and_kashmir_with_a_vowel_on_the_conjunction(gaz):
    """Mended in round 29: a vowel sign is taken inside its word (geo/normalise.MARKED_TOKEN_RE), so "وَكشمير" is one
    token and the name runs on through it."""
    # "a curfew was imposed in Jammu and Kashmir after an attack", "وَ" vowelled
    assert _read(gaz, "فرض حظر التجول في جامو وَكشمير بعد هجوم مسلح") == [("جامو وَكشمير", "IN")]


# -- review mend 0: English resolution is the Arabic round's business of none ---------------------------------------

def _on_spans(gaz, text: str, names: list[str]) -> dict[str, str]:
    """Country of each name resolved on its own span (`names` in text order), as the news probe's gold spans are."""
    from eventwatch.geo import resolve_names

    spans, pos = [], 0
    for w in names:
        at = text.index(w, pos)
        spans.append((at, at + len(w)))
        pos = at + len(w)
    return {t.text: (t.place or t.fallback).country_code for t in resolve_names(gaz, text, spans)}


def test_punjab_and_delhi_beside_canadian_cities_stay_in_india(gaz):
    """Guard: in an English story of Canada and India, 'Punjab' and 'Delhi' read on their own spans stay Indian.
    Moving the capital mark from Delhi to New Delhi alone (e0cbcb7) sent 'Punjab' to Pakistan's province here; Delhi
    now keeps its capital standing beside New Delhi's own mark (sources._capital_towns)."""
    text = ("New Delhi expelled a Canadian diplomat on Thursday. Canada had accused Indian agents of a role in the "
            "murder of an activist in Brampton, Ontario. Families in Canada with roots in Punjab often travel between "
            "Vancouver and Delhi, and companies in Pune and Vancouver warned of lost orders.")
    got = _on_spans(gaz, text, ["Canada", "Brampton", "Ontario", "Canada", "Punjab", "Vancouver", "Delhi", "Pune"])
    assert (got["Punjab"], got["Delhi"], got["Vancouver"]) == ("IN", "IN", "CA")


@pytest.mark.xfail(strict=True, reason="'Delhi' between two Torontos and 'Punjab' in a Canadian story go to Delhi, "
                   "Ontario and Pakistan's Punjab without 'India' on a span; so already at 9d9f7e2, before both commits")
def test_punjab_and_delhi_beside_toronto_stay_in_india(gaz):
    text = ("India sent home five Canadian envoys on Friday after Ottawa tied Indian officials to threats against "
            "Sikh campaigners in Canada. The dispute started with the shooting of a Sikh leader near a gurdwara in "
            "Abbotsford, British Columbia. Canada has a large Sikh community, many of whom have relatives in Punjab, "
            "and planes between Toronto and Delhi are often full. Exporters in Bengaluru and Toronto fear that trade "
            "talks will freeze.")
    got = _on_spans(gaz, text, ["Canada", "Abbotsford", "British Columbia", "Canada", "Punjab", "Toronto", "Delhi",
                                "Bengaluru", "Toronto"])
    assert (got["Punjab"], got["Delhi"]) == ("IN", "IN")
