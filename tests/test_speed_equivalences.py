"""Faster forms of per-document work give the answers of the plain forms they replace: the cue finder's
longest-hit-wins rule, the page-shape line tests, and dateparser loaded during start-up."""
from __future__ import annotations

import random
import re
from datetime import date

from eventwatch.extract import dates
from eventwatch.extract.cues import CueMatch, _drop_covered
from eventwatch.extract.cues_lexicon import KIND_CLASS, KIND_FRAME, KIND_LABEL, CueEntry
from eventwatch.ingest.lexicon import _alternation, _fullmatch_any, page_shapes

SILENCED_BY = {KIND_LABEL: (KIND_LABEL, KIND_FRAME), KIND_FRAME: (KIND_FRAME,), KIND_CLASS: (KIND_CLASS,)}


def entry(kind: str, name: str = "x") -> CueEntry:
    return CueEntry(kind=kind, name=name, weight=1.0, term=name)


def brute_force(matches: list[CueMatch]) -> list[tuple]:
    """The rule as stated: an entry goes when a strictly longer hit of a silencing kind holds its span."""
    out = []
    for m in matches:
        kept = tuple(e for e in m.entries if not any(
            o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
            and any(oe.kind in SILENCED_BY[e.kind] for oe in o.entries) for o in matches))
        if kept:
            out.append((m.start, m.end, kept))
    return sorted(out, key=lambda t: (t[0], -t[1]))


def test_a_label_inside_a_longer_frame_goes_and_an_equal_span_or_a_class_stays():
    shot, shot_dead = CueMatch(0, 4, "shot", (entry(KIND_LABEL, "ATTACK"),)), CueMatch(
        0, 9, "shot dead", (entry(KIND_FRAME, "kill"),))
    same_span = CueMatch(0, 9, "shot dead", (entry(KIND_LABEL, "ATTACK"),))
    weapon = CueMatch(5, 9, "dead", (entry(KIND_CLASS, "WEAPON"),))
    out = _drop_covered([shot, shot_dead, same_span, weapon])
    assert [(m.start, m.end, [e.kind for e in m.entries]) for m in out] == [
        (0, 9, ["frame"]), (0, 9, ["label"]), (5, 9, ["class"])]


def test_the_longest_hit_rule_agrees_with_testing_every_pair():
    rng = random.Random(7)
    kinds = (KIND_LABEL, KIND_FRAME, KIND_CLASS)
    for _ in range(2000):
        matches = []
        for _ in range(rng.randint(0, 10)):
            start = rng.randint(0, 12)
            matches.append(CueMatch(start, start + rng.randint(1, 5), "w", tuple(
                entry(rng.choice(kinds), f"n{rng.randint(0, 2)}") for _ in range(rng.randint(1, 3)))))
        assert [(m.start, m.end, m.entries) for m in _drop_covered(matches)] == brute_force(matches)


def test_joined_line_patterns_fully_match_exactly_the_lines_one_pattern_fully_matches():
    patterns = tuple(re.compile(p, re.IGNORECASE) for p in (r"share( this)?", r"share this story", r"\d+ comments?"))
    assert _alternation(patterns) is not None
    lines = ["Share", "share this", "Share this story", "share this story now", "12 comments", "comments", ""]
    for line in lines:
        assert _fullmatch_any(patterns, line) == any(p.fullmatch(line) for p in patterns), line


def test_patterns_that_cannot_be_joined_are_tried_one_by_one():
    backref = (re.compile(r"(ab)\1"), re.compile(r"cd"))
    assert _alternation(backref) is None
    assert _fullmatch_any(backref, "abab") and _fullmatch_any(backref, "cd") and not _fullmatch_any(backref, "ab")


def test_the_bundled_page_shapes_join():
    shapes = page_shapes()
    assert _alternation(shapes.boilerplate) is not None and _alternation(shapes.end_marks) is not None


def test_warming_dateparser_up_changes_no_answer_and_remembers_nothing():
    dates._parse_explicit.cache_clear()
    dates.warm_up()
    assert dates._parse_explicit.cache_info().currsize == 0
    assert dates._parse_explicit("3 March", date(2024, 6, 1)) == date(2024, 3, 3)
    assert dates._parse_explicit("14 November", date(2024, 6, 1)) == date(2023, 11, 14)
