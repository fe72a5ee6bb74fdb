"""Lines of a decoded source with their positions, the unit header and boilerplate rules work on."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Line:
    index: int
    start: int  # position of the first non-space character in the source (== end for a blank line)
    end: int  # position after the last non-space character
    text: str  # source[start:end]

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(source: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Split source[start:end] on \\n, \\r\\n or \\r, keeping each line's stripped span."""
    end = len(source) if end is None else end
    out: list[Line] = []
    pos = start
    while pos <= end:
        nl = pos
        while nl < end and source[nl] not in "\r\n":
            nl += 1
        s, e = pos, nl
        while s < e and source[s].isspace():
            s += 1
        while e > s and source[e - 1].isspace():
            e -= 1
        out.append(Line(len(out), s, e, source[s:e]))
        if nl >= end:
            break
        pos = nl + 2 if source.startswith("\r\n", nl) else nl + 1
    return out
