""""The Aras River ... boats on the Aras": a river or a range written whole once, then with "the" alone.

A story introduces a river or a mountain range with its kind word ("the Hrazdan River", "the Zagros Mountains")
and afterwards writes "the Hrazdan", "the Zagros": the article says a feature is meant, and the story has
already said which. The bare name is often no gazetteer name at all ("Aras" is held only as "Aras River"), or
the name of a town that the recogniser does not take after "the" (a town takes no article), so without this the
later mention is lost. Here each later "the X" of a river or range that the story wrote whole and that the
gazetteer holds as that kind (STM, MTS) becomes a name with the feature's readings, which geo/bare_feature_names
then keeps. Not where a capitalised word follows ("the Hrazdan Cement Works": a firm's name) or a lower-case
head that makes the name a modifier of something built or named on it ("the Aras dam", "the Zagros project").
And only where the sentence sets the bare name as ground (geo/feature_ground.py): after a locating preposition
("boats on the Aras", "villages along the Zagros") or before a verb only a river or a range does ("the Aras burst
its banks", not "the Nuba rose up"). "The X"
anywhere else is as often something else named for the feature: its forest ("The Amazon rainforest"), a party
("The Orange party"), a people ("The Nuba have long resisted Khartoum").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.geo.feature_ground import set_as_ground
from eventwatch.geo.interval_cover import Intervals
from eventwatch.geo.name_span import NameSpan

if TYPE_CHECKING:
    from eventwatch.geo.normalise import Token

# The features a story names again with "the" and no kind word.
_CODES = frozenset({"STM", "MTS"})
# Lower-case heads after the bare name that make it a modifier of another thing ("the Aras dam").
_HEADS = frozenset({"dam", "dams", "bridge", "bridges", "valley", "basin", "delta", "gorge", "plant", "station",
                    "project", "scheme", "cascade", "reservoir", "canal", "road", "highway", "region", "area",
                    "district", "province", "front", "corridor", "crossing", "river", "mountains", "range",
                    "rainforest", "forest", "forests", "jungle"})


def _whole_forms(spans: list[NameSpan], nouns: frozenset[str]) -> dict[tuple[str, ...], NameSpan]:
    """The bare words of each river or range the story writes with its kind word inside the name ("Hrazdan
    River" -> ("hrazdan",)), by the first span that writes it."""
    out: dict[tuple[str, ...], NameSpan] = {}
    for s in spans:
        words = tuple(s.norm.split())
        if len(words) < 2 or not s.locational or s.demonym:
            continue
        if not any(c.exact and c.feature_code in _CODES for c in s.candidates):
            continue
        bare = words[:-1] if words[-1] in nouns else words[1:] if words[0] in nouns else None
        if bare:
            out.setdefault(bare, s)
    return out


def bare_river_mentions(text: str, tokens: list["Token"], spans: list[NameSpan],
                        nouns: frozenset[str]) -> list[NameSpan]:
    """`spans` with a name added for each later "the X" of a river or range written whole before (see above)."""
    forms = _whole_forms(spans, nouns)
    if not forms:
        return spans
    # The names already read, asked by bisection (geo/interval_cover.py), and the forms filed by their first
    # word, in their order: a scan of every name and every form at each "the" cost a long text naming many
    # rivers the square of its length. The same forms are tried in the same order, so the first match is the
    # scan's.
    taken = Intervals((s.start, s.end) for s in spans)
    added_at: list[tuple[int, int]] = []
    by_first: dict[str, list[tuple[tuple[str, ...], NameSpan]]] = {}
    for bare, whole in forms.items():
        by_first.setdefault(bare[0], []).append((bare, whole))
    added: list[NameSpan] = []
    for k in range(len(tokens) - 1):
        if tokens[k].norm != "the":
            continue
        for bare, whole in by_first.get(tokens[k + 1].norm, ()):
            j = k + 1 + len(bare)
            if j > len(tokens) or tuple(t.norm for t in tokens[k + 1 : j]) != bare \
                    or tokens[k + 1].start < whole.end or not tokens[k + 1].text[:1].isupper():
                continue
            nxt = tokens[j] if j < len(tokens) and text[tokens[j - 1].end : tokens[j].start].strip() == "" else None
            if nxt is not None and (nxt.text[:1].isupper() or nxt.norm in _HEADS or nxt.hyphen_after):
                continue
            if tokens[j - 1].hyphen_after:
                continue  # "the Aras-Kura basin"
            start, end = tokens[k + 1].start, tokens[j - 1].end
            river = any(c.exact and c.feature_code == "STM" for c in whole.candidates)
            if not set_as_ground(text, start, end, river):
                continue  # "The Amazon rainforest", "The Nuba have": not set as ground (geo/feature_ground.py)
            if taken.meets(start, end) or any(a < end and start < b for a, b in added_at):
                continue
            cands = [c for c in whole.candidates if c.exact and c.feature_code in _CODES]
            added.append(NameSpan(k + 1, j, start, end, " ".join(bare), cands, phrase_start=start, phrase_end=end))
            added_at.append((start, end))
            break
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: s.start)
