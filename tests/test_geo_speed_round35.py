"""Round 35: the sentence around a town after a weak cue is found in the text around the name, not from the start.

`weak_cue_towns._sentence` (geo/weak_cue_towns.py) found where a name's sentence opens by passing over every
sentence break from the text's start, for each one-word town after a weak cue ("at", "from", "out of"): a long
digest of such towns cost the square of its length. Now the start is looked for in windows growing back from the
name, which answer as the pass from the start did (a break is one or two characters, so the first window holding
one holds the last one). The shortcut is checked against the pass it replaces (written out here as it was) on
invented text. (The nearness term's remaining growth, `Resolver._near`, stays a strict xfail in
tests/test_geo_speed_round34.py: small cells asked nearest first made its passes linear but cost more CPU than
they saved at every length measured, so they were left out.)
"""
from __future__ import annotations

import random

from eventwatch.geo.weak_cue_towns import _SENTENCE_END, _sentence, _sentence_start


# -- the sentence around a town after a weak cue -------------------------------------------------------------------
def _scan_sentence(text: str, start: int, end: int) -> str:
    """`weak_cue_towns._sentence` as it was: the breaks passed over from the text's start."""
    opened = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        opened = m.end()
    m = _SENTENCE_END.search(text, end)
    return text[opened : m.start() if m else len(text)]


def test_the_sentence_around_a_name_is_the_scans():
    """Texts of invented words and breaks (stops, question marks, newlines, a stop before a newline, long runs with
    no break at all), a name anywhere, at the text's start and end: the sentence found by looking back in growing
    windows is the one the pass from the text's start found, a break cut by a window's edge included."""
    rng = random.Random(353)
    pieces = ["Rivermouth", "convoy", "at", "Delcort", ". ", "? ", "\n", ".\n", "!\t", " ", "x" * 300, ".", "a.b"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        if not text:
            continue
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _sentence(text, start, end) == _scan_sentence(text, start, end)
    edge = "Ferries left Portavel." + "\n" + "y" * 255 + "Brackley"  # the stop just outside the first window
    start = edge.index("Brackley")
    assert _sentence_start(edge, start) == start - 255 == _SENTENCE_END.search(edge).end()


def test_the_sentence_start_of_a_name_far_into_a_digest_reads_only_its_own_sentence(monkeypatch):
    """A digest of thousands of sentences: a name in the last one finds its sentence's start reading a few hundred
    characters before it, not the eighty thousand before; with no break at all, the text's start, read once."""
    from eventwatch.geo import weak_cue_towns

    read = []

    class _Counted:
        def finditer(self, text, pos, endpos):
            read.append(endpos - pos)
            return _SENTENCE_END.finditer(text, pos, endpos)

    monkeypatch.setattr(weak_cue_towns, "_SENTENCE_END", _Counted())
    digest = "Roads closed near Quillan. " * 3000 + "Buses ran late from Tessaly"
    start = digest.index("Tessaly")
    assert _sentence_start(digest, start) == digest.rindex(". ") + 2
    assert sum(read) <= 256 < start
    read.clear()
    plain = "no break here at all before Ostrava"
    assert _sentence_start(plain, plain.index("Ostrava")) == 0 and sum(read) == plain.index("Ostrava")
