"""Words a document uses as people's names, so that a town sharing a surname is not read where the person is."""
from __future__ import annotations

import re

from eventwatch.geo.lexicon import Cues
from eventwatch.geo.normalise import Token, fold_token

_AGE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?), (?:1[89]|[2-9]\d)(?:,| years)")  # "Jones, 23," names a person
# "…,” said Noma." / "says Hansen,": a single capitalised word after a verb of saying, closing the clause, is
# the speaker (a place speaking would be written "Moscow said").
# Lower-case particles inside a person's surname ("de", "van", "bin"); after a given name they open a surname.
_PARTICLES = frozenset({"de", "van", "von", "der", "da", "di", "del", "della", "du", "dos", "das", "bin", "ibn"})
_SPEAKER = re.compile(r"\b(?:said|says|asked|added|explained|recalled|wrote)\s+([A-Z][a-z]+)(?=\s*[.,;!?]|\s*$)")


def person_names(text: str, tokens: list[Token], cues: Cues) -> frozenset[str]:
    """Words the document uses as people's names.

    A capitalised word is a name part after a title ("Mr Lincoln", "coach Ripley"), a given name
    ("Darren Ripley"), an initial ("Matthew D. Flores") or another name part ("Jason Terrell Jones"),
    and before an age ("Jones, 23,"). Every other bare use of the same word in the document is then read
    as the person too ("Lincoln said"), unless a place cue says otherwise.
    """
    out = set()
    part = [False] * len(tokens)
    for k in range(len(tokens) - 1):
        a, b = tokens[k], tokens[k + 1]
        if not b.text[:1].isupper() or b.text.isupper() or len(b.text) < 2:
            continue
        gap = text[a.end : b.start]
        if "\n" in gap:
            continue
        initial = len(a.text) == 1 and a.text.isupper() and gap.strip() == "."
        if gap.strip() not in ("", ".") or (gap.strip() == "." and not initial and a.norm not in cues.person_titles):
            continue
        capital = a.text[:1].isupper() and not a.text.isupper()
        # "coach Ripley", "Mr Lincoln", "his father Zachary": a title, or a word for kin written in lower case.
        title = (a.norm in cues.person_titles and capital) or (a.text.islower() and a.norm in cues.lowercase_titles)
        if title or initial or (capital and (a.norm in cues.given_names or part[k])):
            if b.norm not in cues.organisation_heads and b.norm not in cues.polity_words \
                    and b.norm not in cues.vague_after and b.norm not in cues.directions:
                out.add(b.norm)
                part[k + 1] = True
    for k in range(len(tokens) - 2):
        # "Mario de Santiago", "Roger van Boxtel": a given name, a lower-case surname particle, a surname.
        a, p, b = tokens[k], tokens[k + 1], tokens[k + 2]
        if a.norm in cues.given_names and a.text[:1].isupper() and p.text.islower() and p.norm in _PARTICLES \
                and b.text[:1].isupper() and not b.text.isupper() and text[a.end : p.start] == " " \
                and text[p.end : b.start] == " ":
            out.add(b.norm)
    for m in _AGE.finditer(text):
        out.add(fold_token(m.group(1)))
    for m in _SPEAKER.finditer(text):
        out.add(fold_token(m.group(1)))
    return frozenset(out)
