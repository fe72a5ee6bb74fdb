"""Countries named in Arabic: the bundled tables carry countries' English names only, so the names Arabic
reports use for the Maghreb, the Sahel, the Horn, the Gulf and the wider world are curated aliases
(data/gazetteer/aliases.yaml). Without them a country's name read as a town sharing its letters elsewhere
(مالي as a Turkish town, الصومال as Ismailia) or as nothing at all (تشاد, موريتانيا).

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def countries(gaz, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.place.country_code, t.place.feature_code) for t in geoparse(gaz, text)
            if t.locational and t.place is not None]


@pytest.mark.parametrize("text,name,code", [
    ("هاجم مسلحون قاعدة عسكرية في مالي يوم الأحد", "مالي", "ML"),  # "in Mali"
    ("وصل آلاف اللاجئين إلى تشاد خلال الأسبوع الماضي", "تشاد", "TD"),  # "to Chad"
    ("أعلنت السلطات في موريتانيا إغلاق الحدود", "موريتانيا", "MR"),  # "in Mauritania"
    ("قتل جنديان في هجوم جنوب الصومال", "الصومال", "SO"),  # "south of Somalia"
    ("اندلعت اشتباكات على الحدود بين إثيوبيا وإريتريا", "إثيوبيا", "ET"),  # "between Ethiopia and Eritrea"
])
def test_a_country_named_in_arabic_is_the_country(gaz, text, name, code):
    assert (name, code) in [(n, c) for n, c, f in countries(gaz, text) if f and f.startswith("PCL")]


def test_the_sunset_prayer_names_no_country(gaz):
    # "after the sunset prayer": the word Arabic also gives Morocco is left to its long official form
    assert not [c for _, c, _ in countries(gaz, "خرج المصلون من المسجد بعد صلاة المغرب في حلب") if c == "MA"]
