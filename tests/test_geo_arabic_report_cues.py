"""Arabic place cues the third round of blind reports asked for, each pinned on sentences of its own.

A preposition written on a name that takes no article ("بسراقب"), the Sudanese and Iraqi "معسكر" for a camp,
"منطقة X" and a division word before a name no row holds when the report says what holds it, where a person
comes from ("ينحدر من"), and report vocabulary the gazetteer also spells as some far place ("سيرت" Siirt,
"المسيرات" Misrata, "معسكر" Mascara).
"""
from __future__ import annotations

from eventwatch.geo import choose_event_location, geoparse


def located(gaz, text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(gaz, text) if t.locational]


def unresolved(gaz, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.fallback.country_code if t.fallback else None, t.cue) for t in geoparse(gaz, text)
            if t.locational and t.place is None]


# -- "in" written on the name ----------------------------------------------------------------------------------

def test_in_joined_to_a_name_without_the_article_is_its_preposition(gaz):
    # "a young man was killed in Saraqib": سراقب with a joined ب, no settlement word, no other cue
    assert located(gaz, "قتل شاب بسراقب") == [("بسراقب", "SY")]


def test_in_joined_to_a_town_known_only_in_latin_letters_is_read_where_a_compass_word_places_it(gaz):
    # "a mass grave in Tarhuna south of Tripoli": ترهونة is a town the gazetteer holds in Latin letters only
    assert located(gaz, "عثر على مقبرة جماعية بترهونة جنوب طرابلس") == [("بترهونة", "LY"), ("طرابلس", "LY")]


def test_with_joined_to_a_noun_of_the_report_is_no_place(gaz):
    # "a man was wounded by shelling", "the factions struck with drones": بجروح, بالمسيرات are no towns
    assert located(gaz, "أصيب رجل بجروح بقصف مدفعي") == []
    assert located(gaz, "ضربت الفصائل بالمسيرات محطة للوقود") == []


def test_committees_a_letter_of_whose_name_is_a_preposition_are_no_place(gaz):
    # "according to the resistance committees": لجان is a noun, not "to" and a town
    assert located(gaz, "بحسب لجان المقاومة فإن القصف استمر") == []


# -- report vocabulary the gazetteer spells as a far place -------------------------------------------------------

def test_a_verb_of_sending_a_patrol_is_no_turkish_town(gaz):
    # "the forces ran a patrol on the road": سيرت is Siirt's Arabic spelling too
    assert located(gaz, "سيرت القوات دورية على الطريق الدولي") == []


# -- camps, areas and divisions no row holds ---------------------------------------------------------------------

def test_the_sudanese_word_for_a_camp_announces_the_camps_name(gaz):
    # "shells fell on the Otash camp near Nyala": معسكر is a camp, not Mascara in Algeria
    found = unresolved(gaz, "سقطت قذائف على معسكر عطاش قرب نيالا")
    assert found == [("عطاش", "SD", "camp")]
    assert all(country != "DZ" for _, country in located(gaz, "سقطت قذائف على معسكر عطاش قرب نيالا"))


def test_an_area_held_by_a_compass_word_is_a_name_and_a_zone_of_conflict_is_not(gaz):
    # "in the al-Sarahim area east of Taiz" keeps its name; "in the conflict zone" names nothing
    assert unresolved(gaz, "قتل مدني في منطقة الصراهيم شرق تعز") == [("الصراهيم", "YE", "in")]
    assert located(gaz, "قتل مدني في منطقة النزاع") == []


def test_a_subdistrict_no_row_holds_is_read_when_the_report_says_whose_part_it_is(gaz):
    # "near the subdistrict of Barzan, part of Mergasor district": ناحية then التابعة لقضاء
    found = unresolved(gaz, "سقطت قذيفة قرب ناحية بارزان التابعة لقضاء ميركسور في محافظة أربيل")
    assert found[0][:2] == ("بارزان", "IQ") and found[0][2] == "district"


def test_a_division_word_before_an_everyday_phrase_names_nothing(gaz):
    # "spending the holiday in the city": قضاء is also spending time, and nothing holds what follows it
    assert unresolved(gaz, "قضاء العطلة في المدينة كان صعبا") == []


def test_a_settlement_word_leaves_no_preposition_to_peel_off_a_name(gaz):
    # "the town of Kansafra": كنصفرة is no "like" (ك) before an Algerian town's name
    assert all(country != "DZ" for _, country in located(gaz, "قصفت قوات النظام بلدة كنصفرة في ريف إدلب"))


# -- where people come from ---------------------------------------------------------------------------------------

def test_where_a_person_comes_from_is_no_place_where_anything_happened(gaz):
    for text in ("قتل شاب ينحدر من مدينة حمص في درعا",  # "a young man from Homs was killed in Daraa"
                 "اعتقل ناشط من أبناء بلدة طفس في درعا",  # "an activist, a son of Tafas, was arrested in Daraa"
                 "أصيب مزارع أصله من حماة في درعا"):  # "a farmer whose origins are in Hama was wounded in Daraa"
        assert [t for t, _ in located(gaz, text)] == ["درعا"], text


def test_from_alone_still_says_where_something_came_from(gaz):
    # "shells fired from Homs": من alone is no origin of a person
    assert [t for t, _ in located(gaz, "سقطت قذائف أطلقت من حمص")] == ["حمص"]


# -- the event's place ----------------------------------------------------------------------------------------------

def test_a_cued_camp_beats_the_town_in_the_name_of_the_body_that_reports_it(gaz):
    # "the Nyala committees said the forces shelled the Otash camp": Nyala is where the committees speak from
    text = "قالت لجان مقاومة نيالا إن القوات قصفت معسكر عطاش بالمدفعية"
    place = choose_event_location(geoparse(gaz, text), 0, len(text))
    assert place is not None and place.raw == "عطاش"


def test_a_town_after_a_settlement_word_is_cued_as_the_events_place_over_a_bare_one(gaz):
    # "the people of Saraqib demonstrated after the shelling of the town of Sarmin": "بلدة" marks the town hit
    text = "تظاهر أهالي سراقب بعد قصف بلدة سرمين"
    place = choose_event_location(geoparse(gaz, text), 0, len(text))
    assert place is not None and place.name == "Sarmīn"


def test_and_alone_stands_before_another_proclitic():
    # "كفرزيتا" (Kafr Zita) is no "like" and "so" written on "رزيتا"; "وبحلب" is "and in Aleppo"
    from eventwatch.geo.normalise import arabic_candidates

    assert "رزيتا" not in arabic_candidates("كفرزيتا")
    assert "حلب" in arabic_candidates("وبحلب")


def test_a_town_known_in_latin_letters_is_read_after_its_settlement_word(gaz):
    # "the forces shelled the town of Kafr Zita": not an American hamlet whose Persian name ends the word
    assert located(gaz, "قصفت القوات بلدة كفرزيتا") == [("كفرزيتا", "SY")]


def test_a_town_after_that_in_a_statement_is_what_the_statement_is_about(gaz):
    # "the observatory said that the town of Saraqib was shelled": سراقب is the event's place, not a speaker's seat
    from eventwatch.geo.event_location import speaks_from

    [t] = [t for t in geoparse(gaz, "قال المرصد إن مدينة سراقب تعرضت لقصف عنيف") if t.locational]
    assert not speaks_from(t)


def test_a_directorate_named_by_its_remit_is_no_district(gaz):
    # "the education directorate of Taiz governorate announced": مديرية is also an office, named by what it runs
    assert unresolved(gaz, "أعلنت مديرية التربية التابعة لمحافظة تعز تعليق الدراسة") == []
