"""Arabic weapon forms are matched with an expression of only the forms whose letters a text holds
(extract/weapons.py), and find exactly what the expression of all forms finds.

Sentences are invented for these tests; the variants are generated from the bundled lexicon's own forms.
"""
from __future__ import annotations

import random

import pytest

from eventwatch.extract.arabic_lexicon import Terms
from eventwatch.extract.weapons import arabic_cores, default_lexicon, without_short_vowels


@pytest.fixture(scope="module")
def lexicon():
    return default_lexicon()


@pytest.fixture(scope="module")
def every_form(lexicon):
    """The expression of all Arabic forms at once: what the lexicon used before, the reference."""
    return Terms.of([form for form, _ in lexicon._arabic_entries], inflected=True)


def reference(lexicon, every_form, text):
    return [(s, e, lexicon._arabic_entries[i][1].name) for s, e, i in every_form.find(text)]


def found(lexicon, text):
    return [(s, e, entry.name) for s, e, entry in lexicon.match_arabic(text)]


def test_short_vowels_and_tatweel_are_taken_out():
    assert without_short_vowels("مُسَيَّرَة") == "مسيرة"
    assert without_short_vowels("قــذيفة") == "قذيفة"


def test_the_cores_of_a_form_are_its_words_less_an_agreeing_inner_ending():
    assert arabic_cores("قذيفة هاون") == ("قذيف", "هاون")  # "قذيفتا هاون" agrees
    assert arabic_cores("=طائرات") == ("طايرات",)  # folded as the text is
    assert arabic_cores("~قصف") == ("قصف",)


def test_a_text_without_any_forms_letters_compiles_nothing(lexicon):
    before = len(lexicon._arabic_cache)
    assert lexicon.match_arabic("وصل الوفد إلى المدينة صباح اليوم") == []
    assert len(lexicon._arabic_cache) == before


@pytest.mark.parametrize("text", [
    "قصفت الطائرات الحربية البلدة بالبراميل المتفجرة صباح اليوم",
    "سقطت قذيفتا هاون على السوق وأصيب ثلاثة",
    "أطلقت مُسَيَّرَةٌ صاروخاً على الحاجز",
    "اعتقل رجل يحمل بندقية آلية قرب الجسر",
])
def test_invented_sentences_find_what_every_form_finds(lexicon, every_form, text):
    assert found(lexicon, text) == reference(lexicon, every_form, text)


def test_generated_variants_of_every_form_find_what_every_form_finds(lexicon, every_form):
    """Each form with proclitics, the article, endings and short vowels in random places, several to a text."""
    rng = random.Random(7)
    forms = [form.lstrip("=~") for form, _ in lexicon._arabic_entries]
    marks = ["\u064e", "\u0650", "\u064b", "\u0651", "\u0640", "\u0670"]
    hits = 0
    for _ in range(400):
        words = []
        for _ in range(rng.randint(1, 3)):
            form = "".join(c + (rng.choice(marks) if rng.random() < 0.2 else "") for c in rng.choice(forms))
            words += [rng.choice(["", "و", "ب", "بال", "وال", "لل"]) + form + rng.choice(["", "ات", "ين", "ان", "ها"]),
                      rng.choice(["في", "على", "قرب", "،"])]
        text = " ".join(words)
        expected = reference(lexicon, every_form, text)
        assert found(lexicon, text) == expected, text
        hits += len(expected)
    assert hits > 300  # the variants do match: the comparison is not between two empty lists
