"""Place names written in Arabic script: the cues around them, the towns the gazetteer holds only in Latin
letters, and lists joined by a prefixed "and".

Arabic text marks a place by words before it ("ريف" rural, "مدينة" city, "في" in) and by a verb of attack whose
object it is; "و" ("and") is written joined to the next name. The word lists are geo/arabic_words.py's and
the transliteration bridge geo/arabic_translit.py's; these steps apply them to recognised spans. A governorate
word ("محافظة", "ولاية") asks for a first-level division and a district word ("مديرية", "قضاء") for a district
of its countries: where a namesake town holds the name, or the name is too short for the bridge elsewhere,
the division the gazetteer holds in Latin letters is read there (`_governorate_namesakes`, `arabic_bridged`).
"""
from __future__ import annotations

import re
from typing import Mapping, Optional

from eventwatch.geo.arabic_foreign_divisions import foreign_countries, foreign_division
from eventwatch.geo.arabic_translit import (CLEAR_MARGIN, arabic_skeletons, bridge, district_index, latin_skeleton,
                                            marks_ayn, translated_division, translates_a_division)
from eventwatch.geo.arabic_translit import MAX_WORDS as MAX_BRIDGED_WORDS
from eventwatch.geo.arabic_translit import MIN_CONSONANTS as BRIDGE_MIN
from eventwatch.geo.arabic_translit import MIN_CONSONANTS_LOOSE as BRIDGE_MIN_LOOSE
from eventwatch.geo.arabic_accusatives import accusative_of_word, agrees_with_accusative, time_adverb
from eventwatch.geo.arabic_counted import counted_by_number, counts_the_next_word
from eventwatch.geo.arabic_adjectives import adjective_namesakes
from eventwatch.geo.arabic_datelines import dateline_bridged
from eventwatch.geo.arabic_roads import (BETWEEN_CUE, after_road_word, dash_after, hyphen_road_ends, opens_aside,
                                          road_first_end)
from eventwatch.geo.arabic_short_forms import may_be_short_form, short_form_of_named, written_words
from eventwatch.geo.covering_names import CoveringNames
from eventwatch.geo.report_readings import ReportReadings
from eventwatch.geo.arabic_state_adjectives import (adjectives_after_bridged, facility_before, nationality_not_place,
                                                    state_named_after)
from eventwatch.geo.arabic_such_as import such_as_after_places
from eventwatch.geo.arabic_visit_objects import object_of_visit_verb
from eventwatch.geo.arabic_colour_phrases import colour_of_noun
from eventwatch.geo.arabic_prayer_times import prayer_hour, region_of_lands
from eventwatch.geo.arabic_feature_sides import side_of_a_feature
from eventwatch.geo.arabic_pretexts import pretext_idiom
from eventwatch.geo.arabic_river_names import river_of_noun
from eventwatch.geo.arabic_feature_names import bridged_feature
from eventwatch.geo.arabic_home_weights import home_weight
from eventwatch.geo.arabic_far_camps import far_camps
from eventwatch.geo.arabic_far_islands import far_islands, island_word
from eventwatch.geo.arabic_noun_adjectives import noun_and_adjective
from eventwatch.geo.arabic_division_holders import held_elsewhere
from eventwatch.geo.arabic_named_holders import named_holder, place_position
from eventwatch.geo.arabic_placed_villages import placed_by_a_named_place
from eventwatch.geo.arabic_offset_readings import compass_bearing, near_or_wide
from eventwatch.geo.arabic_crop_names import placed_crop
from eventwatch.geo.arabic_compass_countries import continent_sides
from eventwatch.geo.arabic_division_namesakes import division_namesakes
from eventwatch.geo.arabic_joined_holders import holds_the_name_before, joined_holder_body, name_end_before
from eventwatch.geo.arabic_compass_regions import compass_regions
from eventwatch.geo.arabic_rural_nisbas import land_kind_readings, rural_nisba_towns
from eventwatch.geo.arabic_unknown import arabic_unknown_names, settlement_cue
from eventwatch.geo.bracketed_names import bracketed_other_names
from eventwatch.geo.arabic_words import (ARABIC_OBJECT_CUE, CONJUNCTIONS, ArabicCueWords, ArabicReportWords,
                                         adjective_of_report_noun, beards_or_quarter,
                                         DivisionWord, affiliation, backer,
                                         arabic_cue_words, capital_namesake, conjoined, cue_readings, division_cue,
                                         division_elsewhere,
                                         government_owned, term_of_office,
                                         government_speaking,
                                         definite, definite_compass_adjective, institution_seat, is_attributive,
                                         is_common_word,
                                         joined_preposition, letter_on_far_name, load_arabic_report_words, lone_dual,
                                         object_of_conflict_verb, plural_past_verb,
                                         nisba, preposition_on_name, titled_head, with_article, written_as_word)
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.name_span import strong as _strong
from eventwatch.geo.normalise import ARABIC_ARTICLE, ARABIC_PROCLITICS, Token, arabic_base, arabic_candidates, fold_token, is_arabic


# Words that say where a person comes from, right before a place (a settlement word may stand between): "ينحدر
# من" (hails from), "المنحدر من", "من أبناء" (one of the sons of), "ابن" (son of), "أصله من" (his origin is),
# "المولود في" (born in).
ORIGIN_BEFORE = re.compile(
    r"(?:^|\s)(?:[وف]?[يت]نحدر(?:ون|ان)?\s+من|[وف]?(?:ال)?منحدر(?:ة|ه|ين|ون|ان)?\s+من"
    r"|[وف]?(?:ال)?متحدر(?:ة|ه|ين|ون)?\s+من|[وف]?من\s+(?:أبناء|ابناء)|ابن|ابنة|[أا]صل(?:ه|ها|هم|هما)\s+من"
    r"|(?:ال)?مولود(?:ة|ه)?\s+في)\s+$")


def _town_as_written(norm: str, reading: str, candidates: list[Candidate]) -> bool:
    """Whether a name (its first token folded, and the reading it was matched on) is a populated place or division
    the gazetteer spells in Arabic letters as the text writes it, its article included: "والخوخة", "وحيس", "سراقب"
    are; "وجود" (presence) is no "and" + "الجود" (Algood), which needs an article the text lacks, and "خروج"
    (departure) only bridges to Latin letters. A loose reading is too weak to borrow a cue from a phrase before it."""
    body = norm[1:] if conjoined(norm, reading) else norm
    written_definite = body.startswith(ARABIC_ARTICLE)
    return any(c.exact and c.feature_code.startswith(("PPL", "ADM")) and is_arabic(c.matched)
               and fold_token(c.matched).startswith(ARABIC_ARTICLE) == written_definite for c in candidates)


# "حول": "around" ("طوقا حول X", a cordon around X), and "about" ("مؤتمر حول سوريا", a conference about Syria).
_AROUND = "حول"


def arabic_context(cues: Cues, text: str, tokens: list[Token], s: NameSpan, gaz: Optional[Gazetteer] = None) -> bool:
    """Arabic cues: "ريف حلب" (rural Aleppo), "مدينة/بلدة/قرية X" (city/town/village of X), "في X" (in X),
    and the object of a verb of attack ("قصفت قوات النظام X": geo/arabic_words.py). Whether the name may
    be a place at all: a word of report vocabulary ("حربية", "الليل") is one only after a settlement word
    or "ريف", and a nisba word agreeing with the noun before it ("طائرات حربية") is that noun's adjective
    unless it names a large place. `gaz` looks up a holder named near a town spelt as a report word."""
    words = load_arabic_report_words()
    forms = arabic_cue_words(cues.arabic_place_words, cues.arabic_locative, cues.arabic_rural, words)
    if s.j - s.i >= 2 and " " in s.norm and division_cue(tokens, s.i + 1, text, s.candidates, words, s.j) is not None:
        # "ناحية القيارة" read whole (GeoNames lists the phrase as a name): the division word is the cue, as
        # it is when written apart from a name read alone, and the name is what follows it
        s.i, s.start, s.norm = s.i + 1, tokens[s.i + 1].start, s.norm.split(" ", 1)[1]
    if s.j - s.i == 1 and any(r in words.division_words for r in arabic_candidates(tokens[s.i].norm)):
        # "في إقليم الحسيمة", "في الإقليم": the division word names the kind of place, never a village spelt so
        # (Morocco's Aklim); it is a cue only in its own countries, but a name in none
        return False
    if term_of_office(tokens, s.i, text, words):
        return False  # "نهاية ولاية X": the end of X's term, X its holder
    k = s.i - 1
    seen = 0
    while k >= 0 and seen < 2:
        readings = cue_readings(tokens[k].norm)
        if any(r in forms.rural for r in readings):
            s.vague, s.cue, s.phrase_start = "admin1", "rural", tokens[k].start
            if any(_rural_town(c, words) for c in s.candidates):
                # "بريف القنيطرة": the countryside of Syria's governorate seat, not of Morocco's larger Kenitra
                s.candidates = [c for c in s.candidates if c.country_code not in words.unrural_countries]
            break
        if k == s.i - 1 and island_word(tokens[k].norm, words.island_heads) \
                and not text[tokens[k].end : tokens[s.i].start].strip():
            # "في جزيرة سترة", "بجزيرة سترة": the island word names the kind of place the name is, as a settlement
            # word does (its joined preposition left off the cue)
            bare = tokens[k].norm if tokens[k].norm in words.island_heads else tokens[k].norm[1:]
            s.cue, s.phrase_start = s.cue or bare, tokens[k].start
            k -= 1
            seen += 1
            continue
        if definite_compass_adjective(tokens[k].norm, forms.place_words, words):
            if _countryside_of(tokens, k, s, forms.rural):
                # "الريف الشمالي لحلب": the countryside named with its adjective first, the name joined to it by
                # "ل" (of) as "ريف حلب الشمالي" joins it by construct; the rural word before the adjective is the
                # cue, so scanning goes on to it
                k -= 1
                seen += 1
                continue
            # "ولاية الحوض الشرقي وصول": the eastern one, an adjective, not "east of" what follows it. But the
            # phrase it ends may stand after "على"/"في" ("على الساحل الغربي والمخا", "في المحور الشرقي مأرب"):
            # the name joined to it or set beside it is in that place too, so it takes the preposition's cue; but
            # only a town the gazetteer spells so: a verbal noun stands there as often ("في الريف الشرقي وجود")
            if k >= 2 and any(r in forms.locative for r in cue_readings(tokens[k - 2].norm)) \
                    and _town_as_written(tokens[s.i].norm, s.norm.split(" ", 1)[0], s.candidates):
                s.cue = s.cue or "in"
            break
        if any(r in forms.place_words for r in readings) and not lone_dual(text, tokens, k, words) \
                and not (beards_or_quarter(tokens, k)
                         and not _town_as_written(tokens[s.i].norm, s.norm.split(" ", 1)[0], s.candidates)):
            s.cue, s.phrase_start = s.cue or next(forms.place_words[r] for r in readings
                                                  if r in forms.place_words), tokens[k].start
        elif any(r in forms.locative for r in readings):
            if not (_AROUND in readings and any(c.exact and c.feature_code.startswith("PCL") for c in s.candidates)):
                s.cue = s.cue or "in"  # "حول سوريا" is "about Syria": a cordon is thrown round a town, not a land
            break
        else:
            break
        k -= 1
        seen += 1
    if s.candidates and s.j - s.i == 1 and s.i > 0 and (any(r in words.unknown_name_cues for r in arabic_candidates(
            tokens[s.i - 1].norm)) or _second_of_listed(tokens, s.i, words)) \
            and letter_on_far_name(tokens[s.i].norm, s.norm, s.candidates, words.name_countries):
        return False  # "قرية بليون", "قريتي كنصفرة وبليون": the village's own name, not "in" and a far Lyon
    if s.cue is None and s.vague is None and (joined_preposition(tokens[s.i].norm) or preposition_on_name(
            tokens[s.i].norm, s.norm.split(" ", 1)[0], s.candidates, words.name_countries)):
        s.cue = "in"  # "بالأنبار", "للحديدة", "بسراقب": the preposition is written on the name itself
    if s.cue is None and s.vague is None and such_as_after_places(text, tokens, s.i, s.j, s.candidates, words):
        s.cue = "in"  # "في مناطق كالجهراء": an example of the places the plural before it names (arabic_such_as.py)
    if s.cue is None and s.vague is None and road_first_end(text, tokens, s) \
            and any(c.country_code in words.name_countries for c in s.candidates):
        s.cue = BETWEEN_CUE  # "طريق الخيام–مرجعيون": the road's first end (geo/arabic_roads.py, firm in mark_road_ends)
    division = division_cue(tokens, s.i, text, s.candidates, words, s.j)  # "قضاء سنجار", "محلية كرري"
    if division is not None:
        s.cue, s.vague, s.phrase_start = division.word, division.level, division.start
        # "قضاء طرابلس": the word names the divisions of its own countries only (Lebanon's Tripoli, not Libya's),
        # and in Turkey and Afghanistan only a province or its seat ("ولاية قندهار", no village spelt so)
        s.candidates = [c for c in s.candidates if words.division_words[division.word].names(c)]
        if gaz is not None and held_elsewhere(gaz, tokens, s.j, s.candidates):
            s.candidates = []  # "ناحية العظيم شمالي ديالى": no Adhamiyah of Baghdad (geo/arabic_division_holders.py)
    elif division_elsewhere(tokens, s.i, text, s.candidates, words):
        s.candidates = []  # "لناحية تازة" near Kirkuk: an Iraqi subdistrict no row holds, not Morocco's Taza
    state = state_named_after(tokens, s.j, text)
    if state is not None and s.candidates and not any(c.feature_code.startswith("PCL") for c in s.candidates) \
            and not facility_before(tokens, s.i, text):
        # "كوجالي التركية", "مدينة حلب السورية": the state's adjective after the name says whose place it is; a
        # reading elsewhere (Algeria's Jijel, from the same skeleton) is no reading of this name. With none left,
        # the name is that state's, held in Latin letters only: `adjective_namesakes` bridges to it, or else gives
        # back the name's readings as written, or drops it. After a facility noun the adjective is the facility's.
        s.candidates = [c for c in s.candidates if c.country_code == state]
    opens = s.phrase_start if 0 <= s.phrase_start < s.start else s.start
    if ORIGIN_BEFORE.search(text[max(0, opens - 40) : opens]):
        # "شاب ينحدر من مدينة حمص", "من أبناء بلدة طفس": where a person comes from, as a demonym says it, is no
        # place where anything happened
        s.locational, s.cue = False, "origin"
        return True
    # a settlement word settles a report word as a name ("حي الثورة"); a point of the compass does not: "شرقي
    # البلاد" is the east of the country, not a hamlet called "the country"
    settled = s.vague is not None or s.cue in cues.arabic_place_words and s.cue not in words.compass_words
    single = s.j - s.i == 1
    if single and _compass_adjective(text, tokens, s.i, words):
        if any(c.exact and c.feature_code.startswith("PCL") for c in s.candidates):
            s.locational, s.cue = False, "demonym"
            return True
        return False  # "في الشمال السوري": the north's adjective, not a Surrey after "north of"
    # a season the unknown-name reader kept after a settlement word ("قرية الربيع") is that word's name
    if s.unknown and (arabic_base(s.norm) in words.season_words or arabic_base(s.norm) in words.crop_words):
        settled = True  # a crop likewise ("حي النخيل")
    elif settled and s.i > 0 and arabic_base(s.norm) in words.season_words and with_article(tokens[s.i - 1].norm):
        settled = False  # "بالقرية الصيف الماضي", "في المخيم صيف ٢٠٢٣": after a definite settlement word, a time
    if single and prayer_hour(tokens, s.i, text, words):
        return False  # "بعد صلاة المغرب": the sunset prayer, no Morocco (geo/arabic_prayer_times.py)
    if single and region_of_lands(tokens, s.i, text, words):
        return False  # "دول المغرب": the Maghreb's lands, no one country (geo/arabic_prayer_times.py)
    if side_of_a_feature(tokens, s.i, s.j, text, words, gaz, s.candidates):
        return False  # "الحوض الشرقي للبحر المتوسط": a side of the sea, no region (geo/arabic_feature_sides.py)
    if single and pretext_idiom(tokens, s.i, text, words):
        return False  # "بحجة البناء": on the pretext of building, no Hajjah (geo/arabic_pretexts.py)
    if single and tokens[s.i].norm in words.construct_words:
        return False  # "مركز عبور" a transit centre: a construct noun bare is the word even after a place word
    if single and not settled and (is_common_word(s.norm, words) or written_as_word(
            tokens[s.i].norm, text[tokens[s.i].start : tokens[s.i].end], words)) \
            and not capital_namesake(tokens, s.i, forms.locative, words, text, forms.stops) \
            and not (gaz is not None and is_common_word(s.norm, words) and place_position(tokens, s.i, text)
                     and named_holder(gaz, tokens, s, words)) \
            and not placed_crop(text, tokens, s.i, forms, words, gaz):  # "في الزيتون شرق X" (geo/arabic_crop_names.py)
        # "فرقه" its teams, "وأن" and that: the word as written, not a clitic and a bare name; but a town so spelt
        # in a place's position beside its holder is the town ("في الرديف بولاية قفصة": geo/arabic_named_holders.py)
        return False
    if s.j - s.i == 2 and not settled \
            and noun_and_adjective(tokens[s.i].norm, tokens[s.i + 1].norm, words.common_words) \
            and not (gaz is not None and named_holder(gaz, tokens, s, words)):
        return False  # "السلطة الجديدة": the new authority, no Qatari village (geo/arabic_noun_adjectives.py)
    if single and not settled and accusative_of_word(text[tokens[s.i].start : tokens[s.i].end], s.candidates, words):
        return False  # "يوميا" daily, "هجوما كبيرا" a large offensive: geo/arabic_accusatives.py
    if single and not settled and agrees_with_accusative(text, tokens, s.i, s.candidates, words):
        s.locational, s.cue = False, "demonym"  # "قصفا روسيا": Russian shelling, as "Russian"
        return True
    if single and not settled and s.cue is None and counted_by_number(text, tokens, s.i, s.norm, s.candidates):
        return False  # "ثلاثة مساكن": the noun a number counts (geo/arabic_counted.py)
    if single and not settled and s.cue is None and counts_the_next_word(text, tokens, s.i):
        return False  # "خمس درجات": the number itself, no Al Khums (geo/arabic_counted.py)
    if single and _opens_compound(text, tokens, s, words, forms.stops):
        # "قرى بني يوسف", "مخيم أبو X": a compound's head ("sons of", "father of") read alone is some far place
        # GeoNames spells so (Albany for "بني"); the compound, unread, is left to the unknown names
        return False
    if _ends_compound(text, tokens, s, words, forms.stops):
        # "قرية أم الكيف": the word after a compound's head is the rest of the compound's name, not the far place
        # it spells alone; the compound, unread, is left to the unknown names
        return False
    if not settled and affiliation(tokens, s.i, text, s.candidates, words):
        s.locational, s.cue = False, "affiliation"  # "شبكة أطباء السودان": whose network, not where
        return True
    if not settled and single and backer(tokens, s.i, text, s.candidates):
        s.locational, s.cue = False, "metonymy"  # "المدعومة من إيران": the state backing a side, not where
        return True
    if not settled and institution_seat(tokens, s.i, text, words):
        s.locational, s.cue = False, "affiliation"  # "وزارة الصحة في غزة": where the ministry sits
        return True
    if s.cue is None and s.vague is None and (government_speaking(tokens, s.i, text, s.candidates, words)
                                              or government_owned(tokens, s.i, text, s.candidates, words)):
        # "قالت موسكو إن": the government speaking, as "Moscow said"; "قوات صنعاء": the forces of its government
        s.locational, s.cue = False, "metonymy"
        return True
    if s.cue is None and s.vague is None:
        stops = forms.stops
        if river_of_noun(tokens, s.i, s.j, text, words):
            return False  # "جسر النيل الأبيض": the river a bridge spans, not the state (geo/arabic_river_names.py)
        if single and colour_of_noun(tokens, s.i, text, words.colour_heads, words.bare_adjectives):
            return False  # "البيت الأبيض", "بالسلاح الأبيض": the noun's colour, no El Obeid (geo/arabic_colour_phrases.py)
        if single and is_attributive(tokens, s.i, text, stops) and any(
                c.exact and c.feature_code.startswith("PCL") for c in s.candidates):
            # "قصفت المدفعية السعودية": the adjective of the verb's subject ("the Saudi artillery"), not its object
            s.locational, s.cue = False, "demonym"
            return True
        if object_of_conflict_verb(tokens, s.i, text, words, stops) and any(
                c.exact and c.country_code in words.name_countries for c in s.candidates):
            # The English event cue for a verb's object ("shelled X", "targeted X"): the event's place.
            s.cue, s.phrase_start = ARABIC_OBJECT_CUE, s.start
        elif object_of_visit_verb(tokens, s.i, s.j, text, words, s.candidates) and any(
                c.exact and c.country_code in words.name_countries for c in s.candidates):
            s.cue = "in"  # "تفقد الوزير مادبا": the place a verb of visit takes (geo/arabic_visit_objects.py)
        elif single and is_attributive(tokens, s.i, text, stops):
            if any(c.exact and c.feature_code.startswith("PCL") for c in s.candidates) or nationality_not_place(
                    tokens[s.i].norm, [c.country_code for c in s.candidates]):
                s.locational, s.cue = False, "demonym"  # "الشبكة السورية": the Syrian network, as "Syrian"
            elif not any(c.exact and _strong(c) for c in s.candidates) or adjective_of_report_noun(tokens, s.i, words):
                return False  # "الحرس البحري": the maritime guard, not Khartoum North
    return True


def _compass_adjective(text: str, tokens: list[Token], i: int, words: ArabicReportWords) -> bool:
    """"الجنوب الليبي" (the Libyan south), "الشمال السوري": a compass word with the article is a noun, the
    region, and the definite relative adjective after it describes it; "جنوب X" (without the article) is the
    direction that places a name."""
    if i == 0 or text[tokens[i - 1].end : tokens[i].start].strip():
        return False
    before, norm = tokens[i - 1].norm, tokens[i].norm
    return definite(before) and arabic_base(before) in words.compass_words and definite(norm) and nisba(norm)


# The least population of a town (not a hamlet) whose countryside a report names with "ريف" (`_rural_town`).
_RURAL_TOWN = 10_000


def _rural_town(c: Candidate, words: ArabicReportWords) -> bool:
    """Whether a reading is a town whose countryside the Arabic press writes "ريف X" for, so that it outranks the
    Maghreb's namesakes after "ريف": in a land of that usage (an Arabic-named country outside `unrural_countries`),
    exact, and strong or a town of some size. A hamlet there or abroad ("قصرين" in Israel, a Syrian "سوسة") leaves a
    Maghreb town or governorate its name, since the Tunisian and Algerian press write "ريف القصرين" too."""
    return c.exact and c.country_code in words.name_countries and c.country_code not in words.unrural_countries \
        and (_strong(c) or (c.feature_code.startswith("PPL") and c.population >= _RURAL_TOWN))


def _second_of_listed(tokens: list[Token], i: int, words: ArabicReportWords) -> bool:
    """Whether token i, opening with "و", is the second name after a plural or dual settlement word and one name
    ("قريتي كنصفرة وبليون", the villages of Kansafra and Balyun): a list item stands where the settlement word's
    name does, so its letter after "و" is read as the letter after that word is (`letter_on_far_name`)."""
    return i >= 2 and tokens[i].norm[:1] == "و" \
        and any(r in words.list_cues for r in arabic_candidates(tokens[i - 2].norm))


def _opens_compound(text: str, tokens: list[Token], s: NameSpan, words: ArabicReportWords,
                   stops: frozenset[str]) -> bool:
    """Whether a one-word name is a compound's head word (`name_heads`: "بني", "أبو", "ود"), written in
    construct (without the article: "التل" is a town, "تل رفعت" a compound) right before another Arabic word
    that is no cue ("التل بريف دمشق"), and so no name alone. A head that is an everyday noun (`noun_heads`: "برج",
    a tower) is no name alone wherever it stands, before a word, a comma or the sentence's end."""
    head = tokens[s.i].norm
    if _noun_head(head, words):
        return True  # "برج الساعة", "قرب برج،": the tower, never a far village named "Tower", whatever follows
    if s.j >= len(tokens) or text[tokens[s.i].end : tokens[s.j].start].strip() or not is_arabic(tokens[s.j].norm):
        return False
    if not (arabic_base(head) in words.name_heads and not head.startswith(ARABIC_ARTICLE) or titled_head(head, words)
            or head == ARABIC_ARTICLE  # "آل" (the family of) folds to the article's letters, never alone
            or _joined_head(head, words)):
        return False
    return not any(r in stops or r in words.time_words for r in arabic_candidates(tokens[s.j].norm))


def _noun_head(head: str, words: ArabicReportWords) -> bool:
    """Whether a head word, bare or with a joined letter ("ببرج"), is one of `noun_heads` (an everyday noun)."""
    return head in words.noun_heads or (_joined_head(head, words) and head[1:] in words.noun_heads)


def _joined_head(head: str, words: ArabicReportWords) -> bool:
    """"ودير سنبل", "بتل X", "وكفر Y": a compound's head word with a joined conjunction or preposition before it is
    still the head (the letter is "and", "in"), and the pair of letters and head never a name alone."""
    return len(head) > 2 and head[0] in _JOINED_LETTERS and head[1:] in words.name_heads


_JOINED_LETTERS = frozenset(ARABIC_PROCLITICS)


def _ends_compound(text: str, tokens: list[Token], s: NameSpan, words: ArabicReportWords,
                   stops: frozenset[str]) -> bool:
    """Whether a name follows a compound's head word (`_compound_head`) that itself follows a cue
    ("قرية أم X", "في بني X", "بلدة النبي X"): the name is the compound's second word. The cue before the head
    keeps "أم" the conjunction ("حلب أم إدلب", Aleppo or Idlib) out. The island word (`island_heads`) is no such
    head: the name after it is the island's own ("في جزيرة أرواد")."""
    h = s.i - 1
    if h < 1 or text[tokens[h].end : tokens[s.i].start].strip() or text[tokens[h - 1].end : tokens[h].start].strip():
        return False
    if not _compound_head(tokens[h].norm, words) or island_word(tokens[h].norm, words.island_heads):
        return False  # "في جزيرة سترة": the island's own name, no compound's second word
    before = arabic_candidates(tokens[h - 1].norm)
    if tokens[h].norm in words.noun_heads and any(c.exact and _strong(c) for c in s.candidates) \
            and not any(r in words.settlement_words for r in before):
        return False  # "في برج بغداد": the Baghdad tower, in Baghdad; "بلدة برج X" would be a village's name
    return any(r in stops for r in before)


def _open_head(tokens: list[Token], k: int, words: ArabicReportWords) -> bool:
    """Whether token `k` is a name's head word in construct ("عين", "بئر", "تل"), which names nothing alone: the
    word after it is its complement even where it opens with "و" ("عين ولمان" is Aïn Oulmene, no "and")."""
    return tokens[k].norm in words.name_heads and not tokens[k].norm.startswith(ARABIC_ARTICLE)


_WAW = "و"
_WAW_SOUNDS = ("w", "ou", "u", "o", "v")  # how Latin spellings write "و" opening a word
_LATIN_WORD_GAP = re.compile(r"[\s\-']+")


def _waw_complement_agrees(tokens: list[Token], read: list[int], hit: Candidate, near: frozenset[str]) -> bool:
    """Whether a name read across a head word's complement in "و" (`_open_head`: "عين ولمان") may stand: the "و"
    is as often "and", and the skeleton bridge lets a vowel letter go unwritten ("أبو وردة" meets Bou Arada), so
    the reading must lie in one of the report's countries or, where the report names none of its country, write
    the "و" itself: a word of its Latin name after the first opens with the letter's sound (Aïn Oulmene)."""
    if not any(tokens[m].norm[:1] == _WAW for m in read[1:]):  # "ف" is no "and" after a head: "عين فكرون"
        return True
    if hit.country_code in near:
        return True
    return any(w.lower().startswith(_WAW_SOUNDS) for w in _LATIN_WORD_GAP.split(hit.matched or hit.name)[1:])


def _compound_head(head: str, words: ArabicReportWords) -> bool:
    """Whether a token is a compound's head word: one of `name_heads` in construct (without the article: "التل"
    is a town's whole name) or one of `titled_heads` with it ("النبي شيت": a prophet's shrine town)."""
    if head == ARABIC_ARTICLE:  # "آل" (the family of) folds to the article's letters, which never stand alone
        return head in words.name_heads
    return titled_head(head, words) if head.startswith(ARABIC_ARTICLE) else head in words.name_heads


def arabic_bridged(gaz: Gazetteer, cues: Cues, text: str, tokens: list[Token], readings: list[str], taken: list[bool],
                    found: list[NameSpan]) -> list[NameSpan]:
    """Arabic words right after a firm cue (a settlement word, "ريف", a preposition of place, a verb of
    attack, or "و" after a name) that the automaton read as no name: the town the gazetteer holds only in
    Latin letters whose consonants they write, when one place fits (geo/arabic_translit.py). The span is
    then read in context like any other Arabic name (`arabic_context`). A name already read as a far-off
    place only may be the report's own (`_report_namesakes`). What no reading takes after a firm cue is a
    village the gazetteer lacks, returned unresolved (geo/arabic_unknown.py)."""
    words = load_arabic_report_words()
    forms = arabic_cue_words(cues.arabic_place_words, cues.arabic_locative, cues.arabic_rural, words)
    stops = forms.stops
    countries = frozenset(max(s.candidates, key=lambda c: c.population).country_code for s in found
                          if s.candidates and s.locational and is_arabic(s.norm)) & words.name_countries
    bridged_country: dict[int, str] = {}  # token after a bridged name → that name's country
    # first token of each name read → its readings' countries: what a division word's holder is read as
    placed_at = {s.i: frozenset(c.country_code for c in s.candidates) for s in found if s.candidates and s.locational}
    n = len(tokens)

    def plain(k: int) -> bool:  # an Arabic word no name took, of no cue and no report vocabulary
        norm = tokens[k].norm
        readings_k = arabic_candidates(norm)
        # "بالمسيرات" (with the drones): a word of report vocabulary with its joined preposition is that word
        judged = readings_k if joined_preposition(norm) else readings_k[:1]
        return not taken[k] and is_arabic(norm) and not any(
            r in stops or r in words.conflict_verbs or r in words.governorate_words for r in readings_k) \
            and norm not in words.conflict_verbs and not any(is_common_word(r, words) for r in judged) \
            and not time_adverb(norm, words)  # "صباحا" in the morning, no Sabha

    _home_readings(found, words)
    continent_sides(gaz, text, tokens, found, words)  # "دول جنوب أفريقيا": southern Africa (arabic_compass_countries.py)
    division_namesakes(gaz, tokens, found, words)  # "مدينة بابل شمالي إيران": Babol (geo/arabic_division_namesakes.py)
    # a governorate's reading is set right before it is the holder of the town named in it ("مدينة بلدوين بإقليم
    # هيران": Somalia's Hiiraan, not an Iraqi hamlet whose country would leave the town unknown)
    _governorate_namesakes(gaz, found, words)
    _contained_namesakes(text, tokens, found, words)
    _offset_namesakes(text, tokens, found, forms, words)
    _report_namesakes(gaz, found, countries, words)
    far_camps(found, tokens, words.speech_verbs)  # "مخيم الحميدية" by Zalingei: no UAE town (geo/arabic_far_camps.py)
    far_islands(found, tokens, words.island_heads)  # "جزيرة جربة جنوب تونس": no Somali town (geo/arabic_far_islands.py)
    _divisions_over_alternate_names(gaz, found, countries, words, _provincial_forces(text, tokens, found))
    adjective_namesakes(gaz, text, tokens, found, words.latin_division_words)  # "رفح المصرية": the Egyptian Rafah
    out: list[NameSpan] = _translated_division_names(gaz, text, tokens, readings, taken, found, forms, words)
    land_kind_readings(tokens, found, forms.rural, words, gaz)  # "الريف البحري": no Bahri (arabic_rural_nisbas.py)
    out += rural_nisba_towns(gaz, tokens, taken, forms.rural, words)  # "الريف الإدلبي" (geo/arabic_rural_nisbas.py)
    out += compass_regions(gaz, text, tokens, taken, found)  # "الدمام ... المنطقة الشرقية" (geo/arabic_compass_regions.py)
    # the countries the report's names now read in: a far reading a step above may have been set right
    countries = frozenset(max(s.candidates, key=lambda c: c.population).country_code for s in [*found, *out]
                          if s.candidates and s.locational and is_arabic(s.norm)) & words.name_countries
    # "النبطية - ...": a town held in Latin letters only, opening the report's dateline (geo/arabic_datelines.py)
    for s in dateline_bridged(gaz, text, tokens, readings, plain, countries, words.name_countries,
                              words.latin_division_words):
        out.append(s)
        for m in range(s.i, s.j):
            taken[m] = True
    named_before = {s.j for s in [*found, *out]}
    # the name ending right before each token: a governorate joined by "ب" after it must hold it
    name_ending = {s.j: s for s in [*found, *out]}
    # token after a name written right after a district word → that word: the next item of its list is a district
    # of the same word ("مديريتي حريب والجوبة", the districts of Harib and al-Jubah)
    listed_district = _listed_districts(tokens, [*found, *out], words)
    abroad = foreign_countries([*found, *out], words.name_countries)  # "شرقي تركيا": a far country named
    # the first-level divisions the report's names lie in: which of a country's districts a short name is
    admin1s = frozenset(max(s.candidates, key=lambda c: c.population).admin1_code for s in [*found, *out]
                        if s.candidates and s.locational and is_arabic(s.norm)) - {None, ""}
    road_ends = hyphen_road_ends(text, tokens, [*found, *out])  # "طريق سنجار-سنوني": the road's other end
    written = written_words(tokens)  # the words a short form's town may open with (geo/arabic_short_forms.py)

    def compass_named(k: int) -> bool:
        # "محلية شرق النيل": right after a district word a bare compass word opens the district's name (a division
        # named for its side of a river or a town), where a plain word follows it; elsewhere it says "east of"
        return 0 < k < n - 1 and not taken[k] and tokens[k].norm in words.compass_words and plain(k + 1) \
            and not text[tokens[k - 1].end : tokens[k].start].strip() \
            and not text[tokens[k].end : tokens[k + 1].start].strip() \
            and _district_word(tokens[k - 1].norm, arabic_candidates(tokens[k - 1].norm), words) is not None

    def head_named(k: int) -> bool:
        # "بلدة بيت أمر": a name's head word that is also a word of the language ("بيت" a house) opens a name
        # right after a settlement word, where an untaken word follows it
        return 0 < k < n - 1 and not taken[k] and _open_head(tokens, k, words) and plain(k + 1) \
            and any(r in words.settlement_words for r in arabic_candidates(tokens[k - 1].norm)) \
            and not text[tokens[k].end : tokens[k + 1].start].strip()

    k = 1
    while k < n:
        opener = compass_named(k) or head_named(k)  # a word that opens a name and is none alone
        if not (plain(k) or opener) or text[tokens[k - 1].end : tokens[k].start].strip() and k not in road_ends:
            k += 1
            continue
        before = arabic_candidates(tokens[k - 1].norm)
        lone = lone_dual(text, tokens, k - 1, words)  # "إن مخيمي كان": "my camp", no cue
        settled = not lone and any(r in forms.place_words or r in forms.rural for r in before)
        # "حريب والجوبة": the item after "و" may carry the article, which the reading peels off with the "و"
        listed = k in named_before and conjoined(tokens[k].norm, arabic_base(tokens[k].norm[1:])) \
            and not plural_past_verb(tokens[k].norm[1:])  # "X وقتلوا": a verb after the place, no list
        district = _district_word(tokens[k - 1].norm, before, words)
        if district is None and listed:
            district = listed_district.get(k)
        # "في المثنى": a definite name after a bare "in" (one without the article is as often a noun in
        # construct: "في عهد", "في قلب", "في أواخر")
        bare_in = tokens[k - 1].norm == _IN and not settled and tokens[k].norm.startswith(ARABIC_ARTICLE)
        # "وادي حضرموت", "سهل نينوى": a valley, plain or mountain named for the division it lies in, also with
        # "in" joined to the feature's noun ("تريم بوادي حضرموت", Tarim in Wadi Hadramawt)
        feature = tokens[k - 1].norm in _FEATURE_HEADS or _joined_in_feature(tokens[k - 1].norm)
        governorate = governorate_word(before, forms.place_words, words)
        cued = settled or listed or feature or governorate and _governorate_cue(tokens, k - 1, words) \
            or k in road_ends or district is not None \
            or not lone and any(r in stops for r in before) or joined_preposition(tokens[k].norm) \
            or object_of_conflict_verb(tokens, k, text, words, stops) or _joined_and_placed(text, tokens, k, forms, words) \
            or countries and _joined_seat(text, tokens, k, words) \
            or countries and _dashed_road_first_end(text, tokens, k)
        # "المكلا بحضرموت": right after a name, "ب" joined to a word may be "in" before its division, read only as a
        # first-level division of the report's countries (geo/arabic_joined_holders.py)
        holder_after = None if cued or not countries else name_end_before(text, tokens, k, named_before)
        holder = None if holder_after is None else joined_holder_body(tokens[k].norm)
        cued = cued or holder is not None
        if not cued:
            k += 1
            continue
        run = [k]
        # a preposition joined to a word is as often before a verbal noun and its complement ("بالإفراج عن"):
        # read through it, only the one word it is written on is taken for a name
        most = 1 if holder is not None or not (settled or listed) and joined_preposition(tokens[k].norm) \
            else MAX_BRIDGED_WORDS
        while len(run) < most and run[-1] + 1 < n and plain(run[-1] + 1) \
                and not text[tokens[run[-1]].end : tokens[run[-1] + 1].start].strip() \
                and (tokens[run[-1] + 1].norm[:1] not in CONJUNCTIONS or _open_head(tokens, run[-1], words)) \
                and not _holder_word(tokens[run[-1] + 1].norm, forms, words):
            run.append(run[-1] + 1)
        # the next item of a list after a bridged name is read in that name's country, as one after a known name
        # is in the report's
        near = countries or (frozenset({bridged_country[k]}) if listed and k in bridged_country else frozenset())
        held = _division_word_countries(text, tokens, run[-1] + 1, words, placed_at)
        if held:  # "قرية المغرس بمديرية حيس": a village the report places in a Yemeni district is Yemen's
            near = (near & held) or held
        adjective = _adjective_state_after(text, tokens, run, words)
        if adjective is not None:  # "مدينة أغاديز النيجرية": the name is read among the adjective's state's places
            run, near = adjective
        names = [tokens[m].norm for m in run]
        headed = False  # the name read with the head word before it (a feature's)
        if district is not None:
            # "مديرية شدا": a district of the word's countries (those of the report, where it names any); a short
            # name only where the report's countries agree ("قضاء الحوائج" is the fulfilling of needs)
            got = None
            if not near or near & district.countries:
                within = (near & district.countries) or district.countries
                got = bridge(gaz, names, within, words.name_countries,
                             min_consonants=DISTRICT_MIN if near else BRIDGE_MIN,
                             divisions_only=True, index=district_index(gaz, district.countries,
                                                                       words.latin_division_words),
                             admin1s=admin1s)
                if got is None and near & district.countries:
                    # "دائرة بانكاس": a district is named for its seat town, which stands in where the gazetteer
                    # lacks the division itself; only in the report's own countries, with a town's consonants
                    got = bridge(gaz, names, near & district.countries, words.name_countries,
                                 first_readings=[arabic_base(names[0])], min_consonants=BRIDGE_MIN_LOOSE,
                                 generic=words.latin_division_words)
        elif feature:
            # a consonant more than a town needs: the adjective of a valley or a mountain ("وادي سحيق" a deep
            # valley, "جبل شاهق") writes three
            got = bridge(gaz, names[:1], near, words.name_countries, min_consonants=BRIDGE_MIN + 1,
                         divisions_only=True, generic=words.latin_division_words)
            if got is None:  # "سهل الغاب": a feature of the word's kind held in Latin letters only, head and all
                got = bridged_feature(gaz, tokens[k - 1].norm, names, near, words.name_countries)
                headed = got is not None
        elif holder is not None:
            got = bridge(gaz, names, countries, words.name_countries, first_readings=[holder],
                         min_consonants=BRIDGE_MIN, divisions_only=True, generic=words.latin_division_words)
            if got is not None and not holds_the_name_before(got[1], name_ending.get(holder_after), countries):
                got = None
        elif governorate:
            # "ولاية كوجالي التركية": a state's adjective after the name says whose division it is, read among that
            # state's first-level divisions before the report's own lands (geo/arabic_state_adjectives.py)
            got = _adjective_state_division(gaz, text, tokens, run, words)
            # "محافظة ديالى": a first-level division, however few its consonants (`_short_division_min`)
            if got is None:
                got = bridge(gaz, names, near, words.name_countries, min_consonants=_short_division_min(near),
                             divisions_only=True, generic=words.latin_division_words)
            if got is None and abroad:
                # "ولاية ملاطية شرقي تركيا": a province of a far country the report names, in Latin letters only
                got = foreign_division(gaz, names, abroad, BRIDGE_MIN, words.latin_division_words)
            lower = _SECOND_LEVEL_GOVERNORATES & (near or words.name_countries)
            if got is None and lower:
                # "محافظة صامطة", "إقليم الحوز": where the word names a second-level division (a Saudi governorate,
                # a Moroccan province, an Omani wilaya), among those of such countries, with a town's consonants
                # where the report's countries do not agree
                got = bridge(gaz, names, near & lower, words.name_countries,
                             min_consonants=_short_division_min(near & lower) if near else BRIDGE_MIN,
                             divisions_only=True, index=district_index(gaz, lower, words.latin_division_words),
                             admin1s=admin1s)
        else:
            # after a settlement word in construct ("بلدة كنصفرة") no preposition stands on the name: its first
            # letter is the name's own, never "ك" (like) or "ب" (in) to be peeled off
            got = bridge(gaz, names, near, words.name_countries,
                         first_readings=[arabic_base(names[0])] if settled else None,
                         min_consonants=BRIDGE_MIN if settled or near else BRIDGE_MIN_LOOSE,
                         generic=words.latin_division_words)
            if got is None and settled and near and "ع" in arabic_base(names[0]):
                # "مدينة رفاعة": an ayn the Latin name marks too (Rufā‘a) is a consonant of the skeleton, which
                # drops it: two others after a settlement word, in the report's own countries, then suffice
                got = bridge(gaz, names, near, words.name_countries, first_readings=[arabic_base(names[0])],
                             min_consonants=BRIDGE_MIN - 1, generic=words.latin_division_words)
                if got is not None and not marks_ayn(got[1].name):
                    got = None
            if got is None and settled and near:
                # "شمال غرب نينوى": after a firm cue, a name too short for the towns is a division's of the
                # report's own countries, and only there
                got = bridge(gaz, names, near, words.name_countries, min_consonants=1, divisions_only=True,
                             generic=words.latin_division_words)
            if got is None and settled and near and admin1s and any(forms.place_words.get(r) == _QUARTER for r in before):
                # "حي هودن بمقديشو": the quarters of some capitals are second-level divisions in GeoNames (Mogadishu's
                # Hodan), held in Latin letters only: read among those of the first-level divisions the report's
                # other places lie in, as a district after a district word is
                got = _quarter_district(gaz, names, near, admin1s, words)
            district_only = False  # a town held only as an approximate district: no namesake abroad either
            if got is None and settled and near and admin1s and any(forms.place_words.get(r) in _TOWN_WORDS
                                                                     for r in before):
                # "بلدة بلعد بإقليم شبيلي الوسطى": a town GeoNames holds only as the district named after it (Balcad,
                # in Latin letters) stands at that district where it lies in a first-level division the report names.
                # A district whose point is its region's centre (approximate) would claim a district's precision at
                # the region's point: the town stays unresolved, its stand-in the region, as the report places it
                got = _quarter_district(gaz, names, near, admin1s, words)
                if got is not None and got[1].approximate:
                    got, district_only = None, True
            if got is None and settled and near and not district_only and not held \
                    and not tokens[k - 1].norm.startswith(ARABIC_ARTICLE) and tokens[k].norm[:1] not in CONJUNCTIONS \
                    and not _open_head(tokens, k, words) \
                    and not placed_by_a_named_place(text, tokens, run[-1] + 1, placed_at, near, forms, words):
                # "بني حماد": heads open village names in every country; "قرية X شمال حمص": a village the report
                # places from a town it has read lies in that town's country (geo/arabic_placed_villages.py).
                # "مسلحون من مالي ... قرب بلدة باسكنو": a town after a settlement word in construct may lie in a
                # country the report does not name (a border town across from the one it does): read among every
                # country of Arabic names, with the consonants a name needs where no country agrees, as a
                # dateline is ("المدينة واعتقلت": after a definite settlement word no name is its genitive)
                got = bridge(gaz, names, frozenset(), words.name_countries, first_readings=[arabic_base(names[0])],
                             min_consonants=BRIDGE_MIN_LOOSE, generic=words.latin_division_words)
            if got is None and bare_in:
                # "في المثنى", "في القادسية": a governorate after a bare "in" is as often written without its word
                # as with it; read among the first-level divisions alone, with as many consonants as a town needs
                # ("في البداية", in the beginning, writes two: Al Bayda's)
                got = bridge(gaz, names[:1], near, words.name_countries, min_consonants=BRIDGE_MIN,
                             divisions_only=True, generic=words.latin_division_words)
        if got is not None and got[0] == 1 and len(run) > 1 and arabic_base(names[0]) in words.name_heads:
            got = None  # "ود النورة": a name's head word ("son of") is no name alone; the compound stays unread
        if got is not None and opener and got[0] < 2:
            got = None  # the compass or head word alone names no place: it opens one only with what follows it
        if got is not None and not _waw_complement_agrees(tokens, run[:got[0]], got[1], near):
            got = None  # "بلدة أبو وردة" in a Sudanese report: no Tunisian Bou Arada; the name stays unread
        if got is not None and got[0] == 1 and nisba_of_named_place(gaz, names[0], got[1]):
            got = None  # "ناحية البغدادي": the nisba of Baghdad, no spelling of it; the name stays unread
        if got is not None and district is not None and got[0] < len(run) \
                and not tokens[run[got[0]]].norm.startswith(ARABIC_ARTICLE):
            # "ناحية سليمان بيك": a word without the article right after the division's name read so far goes on
            # with the name (a definite one is its adjective: "التابعة", "الحدودية"); a district read from the
            # first words only is another division's, and the whole name stays unread
            got = None
        if got is None:
            # "معرة النعمان ... من المعرة": a two-word town named again by its head (geo/arabic_short_forms.py)
            short = short_form_of_named(tokens, k, [*found, *out], stops) \
                if may_be_short_form(tokens, k, written) else None
            if short is not None:
                out.append(short)
                taken[k] = True
            k += 1
            continue
        size, cand = got
        j = k + size
        if listed:
            # its "و" is the list's, not the name's: the token is read without it, as the automaton reads "وحجة",
            # so that `arabic_lists` gives it the cue of the name before it
            readings[k] = arabic_base(tokens[k].norm[1:])
        first = k - 1 if headed else k
        out.append(NameSpan(first, j, tokens[first].start, tokens[j - 1].end, " ".join(readings[first:j]), [cand]))
        for m in range(first, j):
            taken[m] = True
        named_before.add(j)
        name_ending[j] = out[-1]
        bridged_country[j] = cand.country_code
        if district is not None:
            listed_district[j] = district
        k = j  # the word after it may be the next item of a list ("الدلنج وبابنوسة")
    # "كوباني (عين العرب)": a town's other name in brackets beside the one read (geo/bracketed_names.py)
    out += bracketed_other_names(gaz, text, tokens, [*found, *out], taken, words.name_countries)
    # what no reading took after a firm cue is a village the gazetteer lacks: kept unresolved, as written
    # the road's other end again, now that the bridge may have read its first ("طريق سبها-الشويرف")
    named_at = {s.i for s in [*found, *out]}
    unknown = arabic_unknown_names(gaz, text, tokens, readings, [*found, *out], words, forms, countries,
                                   hyphen_road_ends(text, tokens, [*found, *out]))
    for s in unknown:
        for m in range(s.i, s.j):
            taken[m] = True
    # a name read alone with no cue that an unknown name absorbed as its second word ("ومارون الراس") is set aside
    absorbed = {m for s in unknown for m in range(s.i + 1, s.j) if m in named_at}
    if absorbed:
        found[:] = [s for s in found if s.i not in absorbed]
        out = [s for s in out if s.i not in absorbed]
    adjectives_after_bridged(tokens, text, out, found)  # "بيهار الهندية": the adjective of the name just bridged
    # again, now that the divisions held in Latin letters only are read: "مدينة بابل في محافظة مازندران" is Babol,
    # the province named after it vouching for Iran as a compass-placed country does before the bridge
    if out:
        division_namesakes(gaz, tokens, [*found, *out], words)
    return sorted(out + unknown, key=lambda s: s.start)


# The fewest letters of a place's Arabic name whose nisba ("بغداد" → "البغدادي") is judged (`nisba_of_named_place`)
_NISBA_STEM = 4


def nisba_of_named_place(gaz: Gazetteer, norm: str, cand: Candidate) -> bool:
    """Whether a word the bridge read as `cand` is the relative adjective of that same place's Arabic name: the
    word less its final ي is a spelling the gazetteer gives the place ("البغدادي" → "بغداد", Baghdad). Latin
    letters drop the final vowel the skeleton ignores, so the bridge finds Baghdad in al-Baghdadi; but the nisba
    names a person's family ("محمود البغدادي") or a town of its own (Iraq's al-Baghdadi), never the place, which
    the Arabic would have written by its own name."""
    base = arabic_base(norm)
    if not base.endswith("ي") or len(base) - 1 < _NISBA_STEM:
        return False
    stem = base[:-1]
    return any(c.name == cand.name for c in gaz.lookup(stem, limit=5))


def _dashed_road_first_end(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token k stands right after a road word and right before a dash and another word ("طريق كفركلا–دير
    ميماس"): the road's first end, a place as surely as after a preposition, though the automaton read none there
    (a village held in Latin letters only). The caller asks that the report name a place of some country."""
    return after_road_word(text, tokens, k) and dash_after(text, tokens, k + 1) and not opens_aside(tokens[k + 1])


def _joined_and_placed(text: str, tokens: list[Token], k: int, forms: ArabicCueWords,
                       words: ArabicReportWords) -> bool:
    """Whether token k is "in" written on an article-less word ("بترهونة") that the next word places as only a
    place is placed: a compass word, "ريف" or a division word ("بترهونة جنوب شرقي طرابلس"). Without one, "ب"
    on a bare noun is as often "by" or "with" ("بجروح", "بقذيفة")."""
    norm = tokens[k].norm
    body = norm[1:] if norm[:1] in CONJUNCTIONS and len(norm) > 4 else norm
    if body[:1] != "ب" or body[1:].startswith(ARABIC_ARTICLE) or k + 1 >= len(tokens) \
            or text[tokens[k].end : tokens[k + 1].start].strip(" ،,"):
        return False
    return any(r in forms.rural or r in words.compass_words or forms.place_words.get(r) in words.compass_words
               or r in words.division_words or r in words.governorate_words
               for r in arabic_candidates(tokens[k + 1].norm))


def _joined_seat(text: str, tokens: list[Token], k: int, words: ArabicReportWords) -> bool:
    """Whether token k is "in" written on an article-less word right after an institution's name, its head (a
    noun of institution or a division word) and its definite complement ("مديرية الأمن بترهونة", the security
    directorate in Tarhuna; "مكتب الصحة بمصراتة"): the town the institution sits in. After any other noun, "ب" on
    a bare word is as often "by" or "with" ("طالب بملاحقة", called for pursuing); the caller also asks that the
    report name a place whose country the town is read in."""
    norm = tokens[k].norm
    if k < 2 or norm[:1] != "ب" or norm[1:].startswith(ARABIC_ARTICLE) or len(norm) < 5:
        return False
    if text[tokens[k - 2].end : tokens[k].start].split() != [tokens[k - 1].text] or not definite(tokens[k - 1].norm):
        return False
    return any(r in words.seat_heads or r in words.affiliation_heads or r in words.division_words
               for r in arabic_candidates(tokens[k - 2].norm))


# "مخيم X في ريف حمص": the countryside of a town or a governorate holds a settlement as its division does
_RURAL = "ريف"


def _contained_namesakes(text: str, tokens: list[Token], found: list[NameSpan], words: ArabicReportWords) -> None:
    """"بلدة الطيبة في قضاء مرجعيون": a settlement written as lying in a named division ("في قضاء Y", "بمحافظة
    Y") or in a town's countryside ("في ريف Y") lies in that division's country. A name after a settlement word
    whose readings all lie in other countries (namesake towns across a border) is then a town the gazetteer lacks:
    kept unresolved, as written, standing in at the division (geo/arabic_unknown.py's spans)."""
    starts = {o.i: o for o in found if o.candidates and o.locational}
    for s in found:
        if s.unknown or not s.candidates or not s.locational or s.i == 0 or s.j + 1 >= len(tokens) \
                or not is_arabic(s.norm) or text[tokens[s.i - 1].end : tokens[s.i].start].strip():
            continue
        cue = settlement_cue(tokens[s.i - 1].norm, words)
        if cue is None and _district_word(tokens[s.i - 1].norm, arabic_candidates(tokens[s.i - 1].norm),
                                          words) is not None:
            cue = s.cue  # "ناحية X التابعة لقضاء Y": a division's name, its own word the cue
        if cue is None:
            continue
        belonging = tokens[s.j].norm in _BELONGING
        k = s.j + 1 if tokens[s.j].norm == "في" or belonging else s.j  # "في قضاء Y", "التابعة لقضاء Y", "بقضاء Y"
        division = tokens[k].norm if k < len(tokens) else ""
        if (k == s.j and not division.startswith("ب")) or (belonging and not division.startswith("ل")):
            continue
        readings = arabic_candidates(division)
        if k + 1 >= len(tokens) or not any(r in words.division_words or r in words.governorate_words
                                           or r == _RURAL for r in readings) \
                or any(text[tokens[m - 1].end : tokens[m].start].strip() for m in range(s.j, k + 2)):
            continue  # "بلدة X في قضاء" at the text's end names no division
        holder = starts.get(k + 1)
        if not is_common_word(arabic_base(tokens[k + 1].norm), words) \
                and _unknown_outside_division_word(s, holder, division, readings, cue, words):
            continue
        if holder is not None and _holds_a_town(holder):
            _unknown_unless_held(s, holder, cue, words)


def _division_word_countries(text: str, tokens: list[Token], k: int, words: ArabicReportWords,
                             placed_at: Mapping[int, frozenset[str]]) -> frozenset[str]:
    """The countries whose divisions the word at token `k` names, where it is written as what holds the name
    before it ("X بمديرية Y", "X في قضاء Y": Yemen's, Iraq's or Lebanon's), or none. Where the name after the word
    is read (`placed_at`, first token → countries), only its countries count: the word names other countries'
    divisions too (a Palestinian or Jordanian qada, an Afghan mudiriya). Where it is not read yet (a district held
    in Latin letters only, bridged later), the word's own countries count, save for "بقضاء", which is as often
    "spending" ("بقضاء العطلة", spending the holiday)."""
    if k >= len(tokens) or text[tokens[k - 1].end : tokens[k].start].strip():
        return frozenset()
    norm = tokens[k].norm
    if norm == _IN and k + 1 < len(tokens) and not text[tokens[k].end : tokens[k + 1].start].strip():
        k += 1
        norm = tokens[k].norm
    elif not norm.startswith("ب"):
        return frozenset()
    if k + 1 >= len(tokens) or is_common_word(arabic_base(tokens[k + 1].norm), words):
        return frozenset()  # "بمديرية أمن أسيوط": Egypt's security directorate, no Yemeni district
    own = frozenset(c for r in arabic_candidates(norm) if r in _SOLE_DIVISION_WORDS
                    for c in words.division_words[r].countries)
    if k + 1 in placed_at:
        return own & placed_at[k + 1]
    return frozenset() if norm.startswith("ب") and _QADA in arabic_candidates(norm) else own


def _unknown_outside_division_word(s: NameSpan, holder: NameSpan | None, division: str, readings: list[str],
                                   cue: str, words: ArabicReportWords) -> bool:
    """Span `s`, which the report places in `holder`, a division of a word that names some countries' divisions
    ("قرية X بمديرية حيس": "مديرية" Yemen's), made an unknown name where the holder is read in those countries and
    none of the span's readings is: a village abroad spelt so is no reading of a village in a Yemeni district.
    The holder must be read there: "بقضاء" is also "spending" ("مدينة X بقضاء العطلة"), and the words name other
    countries' divisions as well ("بقضاء الخليل", a Palestinian qada; "بمديرية غزني", an Afghan district). After
    "بقضاء", a town of 50,000 people or more is never demoted so: the word may be "spending" after a city. The
    other words are no verbal noun, so a village written before them is no far city ("قرية المحمدية بمديرية Y").
    A holder not read yet (`None`: a district held in Latin letters only, bridged later) leaves the word's own
    countries to decide, save after "بقضاء" (spending; "في قضاء" is a qada).
    True where it did; otherwise the holder's own country may still decide (`_unknown_unless_held`)."""
    spending = _QADA in readings and division.startswith("ب")  # "بقضاء" may be "spending" after a city
    if holder is None and spending:
        return False
    own = frozenset(c for r in readings if r in _SOLE_DIVISION_WORDS for c in words.division_words[r].countries)
    if holder is not None:
        own &= frozenset(c.country_code for c in holder.candidates)
    big = _TOWN_POPULATION if spending else None
    if own and not any(c.country_code in own or (big and c.population >= big) for c in s.candidates):
        s.candidates, s.unknown, s.firm, s.cue = [], True, True, cue
        return True
    return False


def _holds_a_town(holder: NameSpan) -> bool:
    """Whether a name after a division word reads as a division, a seat or a town of 50,000 (which GeoNames may
    file as a plain PPL, as it does Daraa): only such a reading vouches for the country of the town before it.
    "بقضاء" is as often "spending", and the word after it ("الصيف", summer) may spell some hamlet abroad, which
    holds no city."""
    return any(c.feature_code.startswith(_HOLDING_KINDS) or c.population >= _TOWN_POPULATION
               for c in holder.candidates)


def _unknown_unless_held(s: NameSpan, holder: NameSpan, cue: str, words: ArabicReportWords) -> None:
    """Span `s`, which the report places in or by `holder`, made an unknown name where none of its readings
    lies in the holder's country (an Arabic-named one)."""
    country = max(holder.candidates, key=lambda c: c.population).country_code
    if country in words.name_countries and not any(c.country_code == country for c in s.candidates):
        s.candidates, s.unknown, s.firm, s.cue = [], True, True, cue


# a bare preposition of place, or farmland named as a kind in construct ("بساتين X", the orchards of X), before a
# name a report then places by a compass word ("في X شمال شرقي بعقوبة"): as firm as a settlement word for
# `_offset_namesakes`, with the cue it translates
_OFFSET_OPENERS = {"في": "in", "قرب": "near", "بساتين": "in", "حقول": "in", "مزارع": "in"}


def _offset_namesakes(text: str, tokens: list[Token], found: list[NameSpan], forms: ArabicCueWords,
                      words: ArabicReportWords) -> None:
    """"مخيم X شرق الحسكة", "في X شمال شرقي بعقوبة": a settlement a report places by a compass word from a town lies
    a few kilometres from it, in that town's country. A name after a settlement word (or `_OFFSET_OPENERS`) whose
    readings all lie in other countries (a namesake abroad) is then one the gazetteer lacks there: kept unresolved,
    as written, standing in near the town (as `_contained_namesakes` does for a named division). A reading a few
    kilometres from the town across a border, or a country, division or landmark, is kept (`near_or_wide`)."""
    starts = {o.i: o for o in found if o.candidates and o.locational}
    for s in found:
        if s.unknown or not s.candidates or not s.locational or s.i == 0 or not is_arabic(s.norm) \
                or text[tokens[s.i - 1].end : tokens[s.i].start].strip():
            continue
        cue = settlement_cue(tokens[s.i - 1].norm, words) or _OFFSET_OPENERS.get(tokens[s.i - 1].norm)
        if cue is None:
            continue
        k = s.j
        while k < len(tokens) and k < s.j + 2 and not text[tokens[k - 1].end : tokens[k].start].strip() and any(
                r in words.compass_words or forms.place_words.get(r) in words.compass_words
                for r in arabic_candidates(tokens[k].norm)):
            k += 1  # "شرق", "جنوب غرب", "شمال شرقي"
        holder = starts.get(k) if k > s.j else None
        if holder is None or text[tokens[k - 1].end : tokens[k].start].strip() or not is_arabic(holder.norm):
            continue
        country = max(holder.candidates, key=lambda c: c.population).country_code
        if country not in words.name_countries or any(c.country_code == country for c in s.candidates):
            continue
        kept = near_or_wide(s.candidates, holder.candidates, country,
                            compass_bearing([tokens[m].norm for m in range(s.j, k)]))
        if kept:
            s.candidates = kept  # a twin town across a border is kept, its far namesakes not (arabic_offset_readings.py)
        else:
            _unknown_unless_held(s, holder, cue, words)


def _report_namesakes(gaz: Gazetteer, found: list[NameSpan], countries: frozenset[str],
                      words: ArabicReportWords) -> None:
    """"ود مدني عاصمة ولاية الجزيرة": GeoNames gives few places Arabic names, so a one-word name the automaton
    read may be some far-off place's alternate Arabic name only (الجزيرة for Algiers) while the division or
    large town of the report's own country that it names is held in Latin letters. A name read after a cue,
    whose readings all lie outside the countries of the report's other names, is that place when the bridge
    finds one there that is no smaller: a first-level division, or a town at least as populous (a report on
    Syria naming Cairo still names Cairo)."""
    tally = ReportReadings(found)  # the others' countries, counted once (geo/report_readings.py)
    for s in found:
        if s.j - s.i != 1 or not s.located or not s.locational or not s.candidates or not is_arabic(s.norm):
            continue
        others = tally.countries_without(s, countries)
        if not others or any(c.country_code in others for c in s.candidates):
            continue
        got = bridge(gaz, [s.norm], others, words.name_countries, first_readings=[s.norm],
                     generic=words.latin_division_words)
        if got is None and s.cue == _QUARTER:
            # "حي هودن": a far town's Arabic name ("Howden") on a quarter of the report's city held as a district
            got = _quarter_district(gaz, [s.norm], others, tally.admin1s_without(s), words)
            if got is not None:
                s.candidates = [got[1]]
                tally.note(s)
            continue
        if got is None:
            continue
        cand = got[1]
        if cand.feature_code == "ADM1" or cand.population >= max(c.population for c in s.candidates):
            s.candidates = [cand]
            tally.note(s)


# Fewest consonants a district's name needs after a district word where the report's countries agree: one
# consonant names several of a country's hundreds of districts, two mostly one. With no country to agree with,
# the bridge's usual MIN_CONSONANTS.
DISTRICT_MIN = 2
# The quarter word ("حي"), folded: a city's quarter may be held as a second-level division.
_QUARTER = fold_token("حي")
# the settlement words of a town or a city (not a village, a quarter, a camp or an area): a town may be held only
# as the district named after it; a village shares its name with villages of other districts
_TOWN_WORDS = frozenset(fold_token(w) for w in ("مدينة", "بلدة"))


def _quarter_district(gaz: Gazetteer, names: list[str], countries: frozenset[str], admin1s: frozenset[str],
                      words: ArabicReportWords) -> Optional[tuple[int, Candidate]]:
    """The second-level division a quarter's name (after "حي") writes the consonants of, among those of the
    report's `countries` lying in the first-level divisions `admin1s` of its other places: the quarters of some
    capitals are districts in GeoNames (Mogadishu's Hodan, held in Latin letters only)."""
    if not countries or not admin1s:
        return None
    got = bridge(gaz, names, countries, words.name_countries, min_consonants=BRIDGE_MIN, divisions_only=True,
                 index=district_index(gaz, countries, words.latin_division_words), admin1s=admin1s)
    return got if got is not None and got[1].admin1_code in admin1s else None


def _holder_word(norm: str, forms: ArabicCueWords, words: ArabicReportWords) -> bool:
    """Whether a token is a governorate or division word ("بولاية", "بمحافظة", "قضاء"): it opens what holds the
    name before it ("محلية الدندر بولاية سنار") and is never that name's second word."""
    readings = arabic_candidates(norm)
    return governorate_word(readings, forms.place_words, words) or any(r in words.division_words for r in readings)


def _district_word(norm: str, readings: list[str], words: ArabicReportWords) -> Optional[DivisionWord]:
    """The word of a second-level division written in construct before a name ("مديرية", "بقضاء"; not
    "القضاء", the judiciary), as `division_cue` reads it."""
    for r in readings:
        word = words.division_words.get(r)
        if word is not None and word.level == "admin2" and ARABIC_ARTICLE + r not in norm:
            return word
    return None


def _listed_districts(tokens: list[Token], spans: list[NameSpan], words: ArabicReportWords) -> dict[int, DivisionWord]:
    """The token after each name written right after a district word ("مديريتي حريب", "مديريات الجوبة") → that
    word. A list's next item after "و" is then read as a district of the same word, as the first was: the dual and
    the plural announce districts only, so a second name held in Latin letters only as a district is one too."""
    out: dict[int, DivisionWord] = {}
    for s in spans:
        if s.i > 0:
            word = _district_word(tokens[s.i - 1].norm, arabic_candidates(tokens[s.i - 1].norm), words)
            if word is not None:
                out[s.j] = word
    return out


def governorate_word(readings: list[str], place_words: Mapping[str, str], words: ArabicReportWords) -> bool:
    """Whether a word (its readings, proclitics peeled) is a governorate word or one of its forms ("بمحافظة",
    the dual "محافظتي")."""
    return any(r in words.governorate_words or place_words.get(r) in words.governorate_words for r in readings)


_TOWN_POPULATION = 50_000  # a town this big is held by the gazetteer as itself, no namesake of a missing village
# the division words that name few countries' divisions, where the name after them is read in one of those: the
# village before them is then that country's. "ولاية", "مقاطعة", "إقليم" name the states and provinces of countries
# far off as well ("بولاية تكساس", "بمقاطعة كيبيك"), "دائرة" a department, "لواء" a brigade; and these few also name
# divisions arabic_report_words.yaml does not list ("قضاء" Palestine's and Jordan's, "مديرية" Afghanistan's), which is
# why the holder's reading, not the word alone, decides
_SOLE_DIVISION_WORDS = frozenset(fold_token(w) for w in ("قضاء", "ناحية", "محلية", "مديرية", "معتمدية"))
_QADA = fold_token("قضاء")  # also the verbal noun "spending": names a division only where its holder is read
_HOLDING_KINDS = ("ADM", "PPLA", "PPLC")  # feature-code prefixes of a division or a seat, which can hold a town
_IN = "في"  # the bare preposition of place (`arabic_bridged`: a governorate after it)
_BELONGING = frozenset(fold_token(w) for w in ("التابعة", "التابع"))  # "X التابعة لقضاء Y": X part of Y
_COMPASS_WORDS = frozenset(fold_token(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط"))
_FEATURE_HEADS = frozenset(fold_token(w) for w in ("وادي", "سهل", "جبل"))  # a feature named for a division
_JOINED_IN = "ب"  # "in", written on the word it governs


def _joined_in_feature(norm: str) -> bool:
    """Whether a folded word is a feature's noun with "in" joined to it ("بوادي", "بسهل", "بجبل")."""
    return norm.startswith(_JOINED_IN) and norm[len(_JOINED_IN):] in _FEATURE_HEADS


# Countries whose governorate words ("محافظة", "إقليم", "ولاية") also name second-level divisions, held by GeoNames
# under the first-level regions: Saudi Arabia's governorates, Morocco's provinces, Oman's wilayat
_SECOND_LEVEL_GOVERNORATES = frozenset({"SA", "MA", "OM"})


# "ولاية" is a state or a wilaya, and as often a mandate, a term of office or a jurisdiction ("مدد مجلس الأمن ولاية
# البعثة", the Security Council extended the mission's mandate): written bare, it cues a name only after a
# preposition of place or a compass word ("في ولاية", "جنوب ولاية"); joined to its preposition ("بولاية") it is one
_AMBIGUOUS_GOVERNORATES = frozenset(fold_token(w) for w in ("ولاية", "ولايات"))
_BEFORE_A_STATE = frozenset(fold_token(w) for w in ("في", "من", "إلى", "الى", "على", "داخل", "خارج", "عبر", "قرب",
                                                    "بين", "أنحاء", "عاصمة"))


def _governorate_cue(tokens: list[Token], m: int, words: ArabicReportWords) -> bool:
    """Whether the governorate word at token `m` cues the word after it as a division's name: always, but for a
    bare "ولاية", which needs a preposition of place or a compass word before it (`_AMBIGUOUS_GOVERNORATES`)."""
    norm = tokens[m].norm
    bare = norm[1:] if norm[:1] in CONJUNCTIONS and norm[1:] in _AMBIGUOUS_GOVERNORATES else norm
    if bare not in _AMBIGUOUS_GOVERNORATES:
        return True
    return m > 0 and (tokens[m - 1].norm in _BEFORE_A_STATE or tokens[m - 1].norm in words.compass_words)


def _short_division_min(countries: frozenset[str]) -> int:
    """The fewest consonants a division's name needs after a governorate word: one where the report's countries
    agree (their divisions are a score or two), two where it has none (the divisions of every Arabic-named
    country, among which one consonant names several or a word)."""
    return 1 if countries else 2


def _governorate_namesakes(gaz: Gazetteer, found: list[NameSpan], words: ArabicReportWords) -> None:
    """"محافظة ذي قار", "محافظة صلاح الدين": a name after a governorate word names a first-level division. GeoNames
    gives many governorates no Arabic name while some town far off (Zagora) or nearby (a neighbourhood of
    Aleppo) holds the same words as an alternate name. Where the name's readings hold no first-level division
    (of the report's countries, where it has any), the division the bridge finds in Latin letters is read."""
    tally = ReportReadings(found)  # the others' countries, counted once (geo/report_readings.py)
    for s in found:
        if s.cue not in words.governorate_words or not s.located or not s.locational or not s.candidates \
                or not is_arabic(s.norm):
            continue
        # the countries of the report's other names, else the name's own: where its own reading's country
        # holds no such division, it was no support for itself ("ولاية الجزيرة" read as Algiers only through an
        # alternate name is not a report on Algeria), and the division is looked for in any Arabic-named country
        others = tally.countries_without(s, words.name_countries)
        countries = others or frozenset(c.country_code for c in s.candidates) & words.name_countries
        if any(c.feature_code == "ADM1" and (not countries or c.country_code in countries) for c in s.candidates):
            continue
        for within in dict.fromkeys((countries, others)):
            got = bridge(gaz, s.norm.split(), within, words.name_countries, min_consonants=_short_division_min(within),
                         divisions_only=True, generic=words.latin_division_words)
            if got is not None and got[0] == len(s.norm.split()):
                s.candidates = [got[1]]
                tally.note(s)
                break


# "شرطة" (police) in construct before a name: Iraq's and Syria's police forces are each a province's ("شرطة الأنبار",
# "شرطة صلاح الدين"), so the name after the word is that province's
_POLICE = fold_token("شرطة")


def _provincial_forces(text: str, tokens: list[Token], found: list[NameSpan]) -> frozenset[int]:
    """The ids of the names written right after "شرطة" in construct (the police of X): the province the force
    belongs to, whose name reads as a division as one after a place cue does."""
    return frozenset(id(s) for s in found if s.i > 0 and tokens[s.i - 1].norm == _POLICE
                     and not text[tokens[s.i - 1].end : tokens[s.i].start].strip())


def _divisions_over_alternate_names(gaz: Gazetteer, found: list[NameSpan], countries: frozenset[str],
                                    words: ArabicReportWords, forces: frozenset[int] = frozenset()) -> None:
    """"صلاح الدين" in a report on Iraq: a name read as a town of the report's countries only through an
    alternate name (a resort in Erbil is also called so), whose main Latin name writes other consonants, names
    the first-level division of those countries that writes them when that division is far larger
    (CLEAR_MARGIN times the town's population). A governorate named after its seat (Hama, Raqqa) is not
    touched: the town's own name writes the same consonants. `forces`: the ids of names after "شرطة", read so
    though no place cue stands before them ("شرطة صلاح الدين", the province's police)."""
    if not countries:
        return
    for s in found:
        if s.cue in words.governorate_words or not (s.located or id(s) in forces) or not s.locational \
                or not s.candidates or not is_arabic(s.norm):
            continue
        local = [c for c in s.candidates if c.country_code in countries]
        if not local or any(not c.feature_code.startswith("PPL") for c in local):
            continue
        names = s.norm.split()
        keys = arabic_skeletons([arabic_base(w) for w in names])
        if any(latin_skeleton(c.name) in keys for c in local):
            continue
        got = bridge(gaz, names, countries, words.name_countries, divisions_only=True,
                     generic=words.latin_division_words)
        if got is None or got[0] != len(names) or got[1].feature_code != "ADM1":
            continue
        if got[1].population >= CLEAR_MARGIN * max(max(c.population for c in local), 1):
            s.candidates = [got[1]]


def _adjective_state_after(text: str, tokens: list[Token], run: list[int],
                           words: ArabicReportWords) -> Optional[tuple[list[int], frozenset[str]]]:
    """(the run up to the name, that state) where a state of the Arabic-named lands is written by its adjective right
    after the run's first words ("مدينة أغاديز النيجرية", "بلدة طفس السورية"): the adjective says whose place the
    name is, as "the Nigerien town of Agadez" does, so the bridge reads it there and not in a far land whose
    spelling is near (Morocco's Agdz). None where no such adjective follows."""
    for n, m in enumerate(run):
        state = state_named_after(tokens, m + 1, text)
        if state is not None:
            return (run[: n + 1], frozenset({state})) if state in words.name_countries else None
    return None


def _adjective_state_division(gaz: Gazetteer, text: str, tokens: list[Token], run: list[int],
                              words: ArabicReportWords) -> Optional[tuple[int, Candidate]]:
    """(words, division) for a run after a governorate word whose first words are followed by a state's adjective
    ("ولاية كوجالي التركية", "ولاية بيهار الهندية"): the first-level division of that state, outside the lands whose
    places have Arabic names, that those words name through the Latin-letter bridge; None where no adjective of
    such a state follows, or its divisions hold no such name."""
    for m in run:
        state = state_named_after(tokens, m + 1, text)
        if state is not None:
            if state in words.name_countries:
                return None
            got = foreign_division(gaz, [tokens[r].norm for r in run if r <= m], frozenset({state}), BRIDGE_MIN,
                                   words.latin_division_words)
            return got if got is not None and got[0] == m - run[0] + 1 else None
    return None


def _home_readings(found: list[NameSpan], words: ArabicReportWords) -> None:
    """"قرب مدينة بنش": the gazetteer gives one Arabic word to a town of the report's own region (Binnish, Idlib)
    and to a far one (Binche, Belgium), whose Arabic name is only the transliteration of its Latin one. An
    Arabic report's places lie in the countries whose places have Arabic names: a reading elsewhere is dropped
    when the name also reads there, unless it is CLEAR_MARGIN times as populous as every reading there (a report
    naming Paris still names Paris); a curated feature weighs as its prior does (geo/arabic_home_weights.py:
    "الجليل" is Galilee, not a Djiboutian hamlet)."""
    for s in found:
        if not s.candidates or not s.locational or not is_arabic(s.norm) or len(s.candidates) < 2:
            continue
        # the countries of the others' readings count only where Arabic-named: all of them are home already
        home_countries = words.name_countries
        home = [c for c in s.candidates if c.country_code in home_countries]
        far = [c for c in s.candidates if c.country_code not in home_countries]
        if not home or not far:
            continue
        most = max(max(home_weight(c) for c in home), 1)
        kept = home + [c for c in far if home_weight(c) >= CLEAR_MARGIN * most]
        if len(kept) < len(s.candidates):
            s.candidates = [c for c in s.candidates if c in kept]


def _reads_division(s: NameSpan, tally: ReportReadings, words: ArabicReportWords) -> bool:
    """Whether a name reads as a first-level division of the report's other countries (of any, where none)."""
    others = tally.countries_without(s, words.name_countries)
    return any(c.feature_code == "ADM1" and (not others or c.country_code in others) for c in s.candidates)


def _translated_division_names(gaz: Gazetteer, text: str, tokens: list[Token], readings: list[str], taken: list[bool],
                               found: list[NameSpan], forms: ArabicCueWords,
                               words: ArabicReportWords) -> list[NameSpan]:
    """"ولاية نهر النيل", "بولاية شمال كردفان", "ولايات الخرطوم والجزيرة ونهر النيل": after a governorate word, or
    as the next item of a list of divisions after one, a name of two or three words is the division whose Latin
    name it translates (River Nile, North Kordofan), where one of the report's countries (any Arabic-named one
    when it names none) holds it: not the river, nor a compass word and a bare name. After a bare "في" a compass
    word and a name are read so too ("في غرب كردفان"), unless the name is a country's ("في جنوب لبنان"). A name the automaton
    read over those words ("نهر النيل" the Nile, Egypt) takes the division's reading; new names are returned."""
    if not words.latin_name_words:
        return []
    spans = {s.i: s for s in found}
    # the others' countries and the names by position, counted once and told of every change (a long report's cost)
    tally, covering = ReportReadings(found), CoveringNames(found)
    out: list[NameSpan] = []
    n = len(tokens)
    in_list: set[int] = set()  # tokens that end a name of a list of divisions
    for k in range(1, n):
        before = arabic_candidates(tokens[k - 1].norm)
        listed = k in in_list and conjoined(tokens[k].norm, arabic_base(tokens[k].norm[1:]))
        after_word = governorate_word(before, forms.place_words, words)
        # "في شمال سيناء", "في غرب كردفان": after a bare "in", a compass word and a name are as often the
        # division named so as the direction from a place; the division, where one is named so, is read
        after_in = tokens[k - 1].norm == _IN and readings[k] in _COMPASS_WORDS
        if not (after_word or listed or after_in):
            continue
        cue = next((forms.place_words.get(r, r) for r in before if governorate_word([r], forms.place_words, words)),
                   None)
        own = spans.get(k)
        if own is not None and own.j > k and (after_word or listed):
            in_list.add(own.j)
            if listed and not _reads_division(own, tally, words):
                # "ولايات الخرطوم والجزيرة": a list item after a division is a division, where one is read
                got = bridge(gaz, own.norm.split(), tally.countries_without(own, words.name_countries),
                             words.name_countries, min_consonants=2, divisions_only=True,
                             generic=words.latin_division_words)
                if got is not None and got[0] == len(own.norm.split()):
                    own.candidates = [got[1]]
                    tally.note(own)
                    covering.note(own)
        if text[tokens[k - 1].end : tokens[k].start].strip() or not is_arabic(tokens[k].norm):
            continue
        run = [k]
        while len(run) < MAX_BRIDGED_WORDS and run[-1] + 1 < n and is_arabic(tokens[run[-1] + 1].norm) \
                and not text[tokens[run[-1]].end : tokens[run[-1] + 1].start].strip():
            run.append(run[-1] + 1)
        names = [tokens[m].norm[1:] if listed and m == k else tokens[m].norm for m in run]
        if not translates_a_division(gaz, names, words.name_countries, words.latin_name_words,
                                     words.latin_division_words):
            continue  # no division's name, whatever the countries: not worth counting them (a long report's cost)
        # the countries of the report's other names: not those of a reading of these very words (the Nile, Egypt);
        # every reading of a name counts, since a border town's larger namesake ("رفح", Gaza's Rafah and Egypt's)
        # is not yet told from the one the report means
        others = covering.countries_outside(k, run[-1] + 1, words.name_countries)
        got = translated_division(gaz, names, others, words.name_countries, words.latin_name_words,
                                  words.latin_division_words)
        if got is None:
            continue
        size, cand = got
        j = k + size
        in_list.add(j)
        if own is not None and own.j <= j and not any(taken[m] for m in range(own.j, j)):
            # the automaton's reading of the same words ("نهر النيل" the Nile) or of their first ("ونهر")
            if own.j < j:
                own.norm = " ".join([own.norm, *readings[own.j:j]])
            covering.extend(own, own.j, j)
            own.j, own.end, own.candidates, own.cue = j, tokens[j - 1].end, [cand], own.cue or cue
            tally.note(own)
            covering.note(own)
            for m in range(k, j):
                taken[m] = True
            continue
        inner = _bare_name_after_translated_words(covering, k, j, taken, readings)
        if inner is not None and after_in and not after_word and any(
                c.feature_code.startswith("PCL") for c in inner.candidates):
            continue  # "في جنوب لبنان": the south of a country, whatever division GeoNames calls so
        if inner is not None:
            # "بولاية شمال دارفور": the automaton read "دارفور" (the region) and the compass word before it as
            # "north of"; after the governorate word the words are one division's name (North Darfur state)
            for m in range(k, inner.i):
                taken[m] = True
            inner.norm = " ".join([*readings[k:inner.i], inner.norm])
            covering.extend(inner, k, inner.i)
            inner.i, inner.start, inner.candidates = k, tokens[k].start, [cand]
            tally.note(inner)
            covering.note(inner)
            inner.cue, inner.vague, inner.direction, inner.phrase_start = cue, None, None, tokens[k - 1].start
            continue
        if own is not None or any(taken[m] and not _dropped_translated_word(m, readings, covering, words)
                                  for m in range(k, j)):
            continue
        if listed:
            readings[k] = arabic_base(tokens[k].norm[1:])
        out.append(NameSpan(k, j, tokens[k].start, tokens[j - 1].end, " ".join(readings[k:j]), [cand]))
        for m in range(k, j):
            taken[m] = True
    return out


def _dropped_translated_word(m: int, readings: list[str], names: CoveringNames, words: ArabicReportWords) -> bool:
    """Whether token m is a word a division's Latin name translates ("غرب" West) that the automaton read alone
    as some far place ("Gharb") and context then dropped: it stays taken, but no name holds it, and after a
    governorate word ("بولاية غرب كردفان") it is the division's first word."""
    return readings[m] in set(words.latin_name_words.values()) and not names.covers(m)


def _bare_name_after_translated_words(names: CoveringNames, k: int, j: int, taken: list[bool],
                                      readings: list[str]) -> Optional[NameSpan]:
    """The one name read inside tokens k..j that starts after k and ends at j, the words before it read as no
    name: "شمال دارفور" where "دارفور" alone was read. Only then may the division the words translate take it. A
    compass word the name's reading took as its direction ("غرب كردفان", west of Kordofan) is no name: it is the
    division's first word all the same."""
    near = names.covering(k, j)  # the names over these words, looked up by position (a long report's cost)
    inner = [s for s in near if k < s.i < j and s.j == j]
    if len(inner) != 1 or any(s is not inner[0] for s in near):
        return None
    return None if any(taken[m] and readings[m] not in _COMPASS_WORDS for m in range(k, inner[0].i)) else inner[0]


def conjoined_list_items(text: str, tokens: list[Token], readings: list[str], kept: list[NameSpan],
                         dropped: list[NameSpan]) -> list[NameSpan]:
    """"قضاءي سنجار وكفري", "بين بلدتي X وY": a name dropped for want of a cue of its own, written with "and"
    joined to it right after an Arabic name that has one, is the next item of that list (`arabic_lists` then
    gives it the cue), when it reads exactly in a country of that name's readings. A word of the same letters
    opening a clause ("واعتقلت", and arrested) is no name of the list's country."""
    if not dropped:
        return kept
    out = sorted(kept, key=lambda s: s.start)
    ends = {s.j: s for s in out}
    for s in sorted(dropped, key=lambda s: s.start):
        prev = ends.get(s.i)
        if prev is None or not prev.located or not prev.locational or s.cue is not None or not s.locational \
                or s.demonym or not is_arabic(s.norm) or not is_arabic(prev.norm) or text[prev.end : s.start].strip() \
                or not conjoined(tokens[s.i].norm, readings[s.i]):
            continue
        countries = {c.country_code for c in prev.candidates if c.exact}
        if any(c.exact and c.country_code in countries for c in s.candidates):
            out.append(s)
            ends[s.j] = s
    return sorted(out, key=lambda s: s.start)


def arabic_lists(text: str, tokens: list[Token], readings: list[str], spans: list[NameSpan]) -> None:
    """"على صعدة وحجة", "ريف حلب وإدلب": a name whose "and" (و, ف) was peeled off to read it is the next
    item of a list and shares the cue of the Arabic name just before it, as "in X and Y" does in English."""
    for prev, s in zip(spans, spans[1:]):
        if prev.j == s.i and prev.located and s.cue is None and s.vague is None and is_arabic(s.norm) \
                and is_arabic(prev.norm) and not text[prev.end : s.start].strip() \
                and conjoined(tokens[s.i].norm, readings[s.i]):
            s.cue, s.vague, s.firm = prev.cue, prev.vague, prev.firm


def _countryside_of(tokens: list[Token], k: int, s: NameSpan, rural: frozenset[str]) -> bool:
    """Whether token k, a definite compass adjective, ends "الريف <adjective>" and the name after it is joined by
    "ل" (of): "الريف الشمالي لحلب" is Aleppo's northern countryside, as "ريف حلب الشمالي" is. The adjective then
    describes the countryside, and the governorate the name is of is the place; a name joined by "و" instead
    ("الريف الغربي وسراقب") is a town of its own beside it."""
    if k == 0 or k + 1 != s.i or not any(r in rural for r in cue_readings(tokens[k - 1].norm)):
        return False
    norm, first = tokens[s.i].norm, s.norm.split(" ", 1)[0]
    # "للرقة": "ل" before the article, whose alif is dropped; "للاذقية": a name whose article runs into its own "ل"
    return norm[:1] == "ل" and (arabic_base(norm[1:]) == arabic_base(first)
                                or norm[:2] == "لل" and arabic_base(ARABIC_ARTICLE + norm[2:]) == arabic_base(first))
