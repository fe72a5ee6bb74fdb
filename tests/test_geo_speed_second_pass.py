"""The second round of geoparser shortcuts (see test_geo_speed_shortcuts.py) gives the plain answers.

The resolver stops reweighing a name whose weights a round left as they were, and goes straight to its last
round once no name moved; a few whole-text searches open with a character or a word rather than `\\b`, and a
few others are skipped where a literal they need is absent. Each is checked against the plain way, written out
here, on the project's own sentences."""
from __future__ import annotations

import random
import re

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.namesake_levels import _level_patterns, load_namesake_level_words, namesake_level
from eventwatch.geo.persons import _AGE, _SUBJECT_OF_SAYING, _WHAT_CALLED
from eventwatch.geo.reading_context import _Group, _softmax
from eventwatch.geo.river_verbs import _LISTED_RIVERS


def _town(gid: int, cc: str, a1: str, lat: float, lon: float) -> Candidate:
    return Candidate(id=gid, name="Varnholt", lat=lat, lon=lon, country_code=cc, admin1_code=a1, admin2_code=None,
                     admin1=None, admin2=None, feature_code="PPL", population=5000, geonames_id=gid,
                     source="geonames", precision=1)


def test_a_name_with_one_reading_keeps_its_weight_and_its_sums():
    g = _Group(("varnholt", None, False, frozenset({1})), 1.0)
    g.set_candidates([_town(1, "DE", "DE.05", 52.1, 9.3)], [1.0])
    g.summarise()
    sums = g.countries
    assert g.reweigh([7.25], 1.0) is False
    assert g.probs == [1.0] and g.countries is sums


def test_a_name_whose_weights_move_is_summed_again_as_summarise_sums_it():
    g = _Group(("varnholt", None, False, frozenset({1, 2})), 1.0)
    g.set_candidates([_town(1, "DE", "DE.05", 52.1, 9.3), _town(2, "US", "US.OH", 40.2, -83.0)], [0.5, 0.5])
    g.summarise()
    assert g.reweigh([3.0, 1.0], 1.0) is True
    plain = _Group(g.key, 1.0)
    plain.set_candidates(g.cands, [0.5, 0.5])
    plain.probs = _softmax([3.0, 1.0], 1.0)
    plain.summarise()
    assert (g.probs, g.countries, g.admin1s, g.cells, g.holds) == \
           (plain.probs, plain.countries, plain.admin1s, plain.cells, plain.holds)


STORIES = [
    "Flooding closed roads in Springfield, Illinois, and in Peoria on Monday; Chicago sent pumps.",
    "The mayor of Paris met officials from Lyon and Marseille before flying to Geneva.",
    "Talks in Amman between Jordan and Egypt ended; Cairo said Aqaba would host the next round.",
    "Rain fell on Portland and Salem while Eugene stayed dry, and Bend saw snow.",
    "Fighting near Aleppo and Idlib displaced families toward Afrin and the Turkish border.",
]


@pytest.mark.parametrize("text", STORIES)
def test_settled_rounds_read_every_name_as_all_rounds_read_it(gaz, monkeypatch, text):
    def plain(t):
        return [(x.start, x.end, x.locational, x.cue, x.place and (x.place.geonames_id, x.place.precision))
                for x in geoparse(gaz, t)]

    fast = plain(text)

    def always(self, scores, temperature):  # every round reweighs every name and counts as a move
        self.probs = _softmax(scores, temperature)
        self.summarise()
        return True

    monkeypatch.setattr(_Group, "reweigh", always)
    assert plain(text) == fast


# The searches as first written, opening with `\b`.
_PLAIN = {
    _AGE: re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?), (?:1[89]|[2-9]\d)(?:,| years)"),
    _SUBJECT_OF_SAYING: re.compile(
        r"\b([A-Z][a-z]+) (?:added|explained|noted|stressed|recalled|insisted|argued|admitted|conceded|"
        r"acknowledged|told (?:reporters|journalists|the [a-z]+)) that\b"),
    _WHAT_CALLED: re.compile(r"\bwhat ([A-Z][a-z]+) (?:called|calls|termed|terms|dubbed|describes|described)\b"),
}

SAYINGS = [
    "Okonwe, 34, of Marlby was charged; Tessaly-Brun, 27 years old, was not.",
    "Okonwe added that the bridge held. McKinnow added that it did not. XOkonwe added that",
    "Delacroix told reporters that rain fell, and Hartigan told the council that it stopped.",
    "what Vennor called a fiasco; somewhat Vennor called; _what Vennor termed; Swhat Vennor dubbed",
    "Ördal, 45, and Ünver, 19, said what Ilse described.",
    "",
]


def _random_texts(n: int) -> list[str]:
    rng = random.Random(7)
    alphabet = "aAdOwhtW _-,.'1294é\n" + "what added that told reporters Okon"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(n)]


@pytest.mark.parametrize("pattern", list(_PLAIN))
def test_searches_opening_with_a_character_find_what_the_word_boundary_form_finds(pattern):
    plain = _PLAIN[pattern]
    for text in SAYINGS + _random_texts(400):
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text)]
        for pos in range(len(text)):
            assert (pattern.match(text, pos) is None) == (plain.match(text, pos) is None)


LEVEL_TEXTS = [
    ("Crews worked in upstate Ostrava, and the Ostrava governor spoke.", "Ostrava"),
    ("Ostrava's governor spoke; downtown Ostrava (the old town) was shut.", "Ostrava"),
    ("the Ostrava mayor said,Ostrava’s council met", "Ostrava"),
    ("Ostrava", "Ostrava"),
]


@pytest.mark.parametrize("text,name", LEVEL_TEXTS)
def test_the_level_words_are_read_as_the_four_searches_read_them(text, name):
    div_after, div_before, town_after, town_before = _level_patterns(load_namesake_level_words())
    for m in re.finditer(name, text):
        start, end = m.span()
        after, before = text[end : end + 60], text[max(0, start - 40) : start]
        division = bool(div_after.match(after) or div_before.search(before))
        town = bool(town_after.match(after) or town_before.search(before))
        plain = None if division == town else ("division" if division else "town")
        assert namesake_level(text, start, end) == plain


def test_a_list_of_rivers_needs_the_word_rivers():
    assert _LISTED_RIVERS.search("Boats crossed the Alder and Brenn to reach the farms.") is None
    assert _LISTED_RIVERS.search("Boats crossed the Alder and Brenn rivers to reach the farms.") is not None


def test_other_script_digits_are_every_digit_but_0_to_9():
    from eventwatch.geo.country_register import _OTHER_DIGIT

    plain = re.compile(r"(?![0-9])\d")
    assert all((_OTHER_DIGIT.fullmatch(ch) is None) == (plain.fullmatch(ch) is None)
               for ch in map(chr, range(0x30000)))
