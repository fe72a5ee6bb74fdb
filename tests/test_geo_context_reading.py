"""The words around a recognised name, as the context steps (geo/context_reading.py) read them.

The recogniser reads a name's cue from the words right before and after it; these specify which words
count as "right around" the name (only a space or a bare hyphen between) and that the positions are
kept as found, however a later step widens the span.
"""
from eventwatch.geo.context_reading import neighbours, token_after, token_before
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import tokenize


def _span(text: str, name: str) -> tuple[list, NameSpan]:
    tokens = tokenize(text)
    start = text.index(name)
    end = start + len(name)
    i = next(k for k, t in enumerate(tokens) if t.start == start)
    j = next(k for k, t in enumerate(tokens) if t.end == end) + 1
    return tokens, NameSpan(i, j, start, end, name.lower(), [])


def test_words_joined_by_spaces_are_the_names_neighbours():
    text = "Shelling hit the town of Kafr Zeta on Monday."
    tokens, s = _span(text, "Kafr Zeta")
    nb = neighbours(text, tokens, s)
    assert (nb.w1, nb.w2, nb.w3) == ("of", "town", "the")
    assert nb.a1 is not None and nb.a1.norm == "on"
    assert nb.single is False and nb.sentence_start is False


def test_a_comma_or_a_spaced_dash_ends_the_run_of_words():
    text = "Oakdale, Essex - Jo Roe said."
    tokens, s = _span(text, "Essex")
    assert token_before(text, tokens, s.i, s.start, 1) is None  # ", " is no gap inside a name
    assert token_after(text, tokens, s.j, s.end, 1) is None  # " - " separates a caption's parts


def test_a_hyphen_pair_hides_the_other_place_on_its_side():
    text = "flooding in Logan-Rogersville overnight"
    tokens, s = _span(text, "Rogersville")
    assert neighbours(text, tokens, s).b1 is not None
    assert neighbours(text, tokens, s, ("before",)).b1 is None


def test_a_name_opening_the_sentence_after_the_is_at_its_start():
    text = "The Idlib offensive began. The Aleppo front held."
    tokens, s = _span(text, "Aleppo")
    assert neighbours(text, tokens, s).sentence_start is True


def test_positions_stay_as_found_when_the_span_is_widened():
    text = "deputies in Saint Tammany said"
    tokens, s = _span(text, "Tammany")
    nb = neighbours(text, tokens, s)
    s.i -= 1  # a step takes "Saint" into the name
    assert nb.b1.norm == "saint"
    assert nb.before(1).norm == "saint"  # still read from the name as found, not from "in"
