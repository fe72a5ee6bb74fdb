"""A report that opens with its own headline: "Kirkuk: two soldiers killed in roadside blast. An IED struck ...".

Regional outlets and the wire copy that reprints them often put the story's headline, led by a town and a
colon, as the first line of the text, with no title field to tell it apart. The headline names the town the
outlet files the story under (often the provincial capital) where the body gives the finer place of the same
event ("near X, west of Y"). Read as a sentence of its own it would stand as the first event, at the
headline's town; read as the headline it is, it joins the body's event, which keeps its own place when that
place lies in the province of a town or division the headline names.
"""
from __future__ import annotations

import re

from eventwatch.extract.folding import fold_headline, place_key
from eventwatch.geo.report_titles import agency_title_area
from eventwatch.model import Mention, Place, Sentence, Toponym

# The headline's lead: a place name of up to four words, a colon, then the headline's words in lower case
# ("Baquba: four shepherds killed"). A dateline before a body sentence goes on capitalised ("BAGHDAD: Gunmen
# killed"), so the lower-case word after the colon is what tells a headline.
_LEAD = re.compile(r"\s*[A-Z][\w'’.]*(?:[ -][A-Za-z][\w'’.]*){0,3}:[ \t]+(?=[a-z0-9])")
# An agency's title line heads its update the same way ("SUDAN: Flash Update No. 4 - Fighting in West
# Kordofan"): the area, a colon, the kind of report (geo/report_titles.py), and often the headline after a dash.
# The body then gives the town, which the title's area holds.
_TITLE_LEAD = re.compile(r"\s*[A-Z][\w'’.]*(?:[ -][A-Za-z][\w'’.]*){0,3}:(?=[ \t]+[A-Z])")
# Headlines are short: a longer first line is the body's first sentence.
MAX_HEADLINE_WORDS = 14


def headline_lead(text: str, sentence: Sentence, toponyms: list[Toponym]) -> bool:
    """Whether `sentence` is the text's opening headline: first in the text, led by a place and a colon, short,
    and with a body after it."""
    if text[: sentence.start].strip() or not text[sentence.end :].strip():
        return False
    lead = _LEAD.match(text, sentence.start) or _TITLE_LEAD.match(text, sentence.start)
    if lead is None or len(text[lead.end() : sentence.end].split()) > MAX_HEADLINE_WORDS:
        return False
    if lead.re is _TITLE_LEAD and not agency_title_area(text, sentence.start, lead.end() - 1):
        return False
    return any(t.locational and t.place is not None and sentence.start <= t.start and t.end < lead.end()
               for t in toponyms)


def headline_places(toponyms: list[Toponym], sentence: Sentence) -> list[Place]:
    return [t.place for t in toponyms
            if t.place is not None and t.locational and sentence.start <= t.start < sentence.end]


def fold_lead_headline(head: Mention, places: list[Place], body: list[Mention]) -> list[Mention]:
    """The body's mentions with the headline joined to the first it can describe (`fold_headline`), where a
    body place lying in the province of a place the headline names counts as one the headline names: "Kirkuk:
    ..." files the story under the province's capital, not at the village the body gives."""
    named = {place_key(p) for p in places}
    named |= {place_key(m.location) for m in body
              if m.location is not None and any(_in_province(m.location, p) for p in places)}
    return fold_headline([(head, named)], body)


def _in_province(place: Place, holder: Place) -> bool:
    return bool(place.country_code) and place.country_code == holder.country_code \
        and bool(place.admin1) and place.admin1 == holder.admin1


__all__ = ["MAX_HEADLINE_WORDS", "fold_lead_headline", "headline_lead", "headline_places"]
