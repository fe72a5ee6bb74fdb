"""Lines of a decoded source with their positions, the unit header and boilerplate rules work on."""
from __future__ import annotations

import re
from dataclasses import dataclass

_BREAK = re.compile(r"[\r\n]")


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
    """Split source[start:end] on \\n, \\r\\n or \\r, keeping each line's stripped span.

    Breaks are found by a regex and lines stripped by str.strip (both `isspace`), in C: a loop per
    character here was a tenth of reading a document."""
    end = len(source) if end is None else end
    out: list[Line] = []
    pos = start
    while pos <= end:
        found = _BREAK.search(source, pos, end)
        nl = found.start() if found else max(end, pos)
        line = source[pos:nl]
        s = nl - len(line.lstrip())
        e = max(pos + len(line.rstrip()), s)
        out.append(Line(len(out), s, e, source[s:e]))
        if nl >= end:
            break
        pos = nl + 2 if source.startswith("\r\n", nl) else nl + 1
    return out
