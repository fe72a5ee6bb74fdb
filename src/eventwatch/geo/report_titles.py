"""An agency report's title line: "SYRIA: Humanitarian Situation Report No. 7", "MOZAMBIQUE: Flash Update No. 2
- Attacks in ...", "Lebanon: Flash Update #12".

Humanitarian agencies (OCHA, ReliefWeb, UNHCR, IOM) head their updates with the area the update covers, a
colon, and the kind of report. The name before the colon looks like a colon dateline ("PUNE: The civic
body..."), which is where a paper filed its story and so a town; but here it is the area the whole report is
about, so a name that is both a country and its capital or a town ("DJIBOUTI", "SINGAPORE") is the country,
never a point that unknown villages further on could stand in at.
"""
from __future__ import annotations

import re

# The cue a title's area takes: never a dateline, so its country reading is not handed to a town of its name.
TITLE_CUE = "title"

# The kinds of report an agency's title gives after the area's colon, with up to three words before them
# ("Humanitarian Situation Report", "Escalation of Hostilities - Flash Update", "Weekly Humanitarian Update").
_REPORT_KIND = re.compile(
    r":\s+(?:[\w'’-]+\s+){0,3}?(?:-\s+)?"
    r"(?:flash\s+update|situation\s+(?:report|update|overview|analysis)|sitrep|humanitarian\s+"
    r"(?:update|bulletin|snapshot|dashboard)|emergency\s+update|"
    r"(?:daily|weekly|monthly)\s+update|access\s+snapshot|response\s+update|displacement\s+(?:update|report)|"
    r"protection\s+(?:update|monitoring\s+report)|rapid\s+(?:needs\s+)?assessment|crisis\s+update|"
    r"operational\s+update|factsheet|fact\s+sheet)\b",
    re.IGNORECASE,
)


def agency_title_area(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) heads an agency report's title: it opens a line, and its colon is
    followed, within a few words, by the kind of report ("Flash Update", "Situation Report", "Sitrep")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    return _REPORT_KIND.match(text, end) is not None
