"""Names of months, weekdays and holidays, as regex alternations: a capitalised word of the calendar after "in",
"on" or "from" names a time, never a place, so rules that read a capitalised name after such a word as another
ground must skip these ("hit by floods in July", "from Monday's crash", "in Easter week"). One list for all of
them, so that a holiday added for one rule holds for the others.
"""
from __future__ import annotations

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
# Abbreviations of the months, as written before a day ("Aug. 26", "Sept 3").
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
HOLIDAYS = "Christmas|Easter|Ramadan|Eid|Diwali|Passover|Hanukkah|Thanksgiving|Semana Santa|Holy Week|Lent|Advent"
MONTHS_DAYS_AND_HOLIDAYS = "|".join((MONTHS, WEEKDAYS, HOLIDAYS))
MONTH_NAMES_AND_ABBREVIATIONS = "|".join((MONTHS, MONTH_ABBREVIATIONS))
