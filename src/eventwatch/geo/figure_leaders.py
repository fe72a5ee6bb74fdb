"""Markets that lead a figure ("sales in the Americas rose 9%, led by Mexico and Brazil").

After "led by" a name is usually the doer ("a coalition led by Saudi Arabia"), but business copy reports a
change in a figure and then the places where it came from: there "led by" names the markets, regions or
countries whose sales, prices or output moved most, the places themselves (GeoWebNews reads them as
literal), not their governments.
"""
from __future__ import annotations

import re

# A change in a figure, then at most a short phrase, right before "led by": "rose 9%, led by", "fell, led by",
# "was up 4 per cent, led by", "a 12% jump, led by".
_FIGURE_CHANGE = re.compile(
    r"(?:\b(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased|gained|slipped|surged|slumped|"
    r"soared|rebounded|recovered|doubled|tripled|up|down)\b|\d\s*(?:%|per\s*cent\b|percent\b))"
    r"[^.;:!?\n]{0,40}?,?\s*$"
)


def led_by_figure(text: str, led_start: int) -> bool:
    """Whether the "led" starting at led_start follows a change in a figure in its own clause, so that the
    names after "led by" are the places where the change came from."""
    return _FIGURE_CHANGE.search(text, max(0, led_start - 80), led_start) is not None
