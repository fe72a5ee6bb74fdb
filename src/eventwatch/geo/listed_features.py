"""Natural features named together before one plural kind noun: "the Pra and Ankobra rivers", "the Masinga and
Kiambere dams", "the Lamu, Manda and Pate islands".

English writes the shared kind noun once, in lower case, after a list of two or more names, so no single name
carries a head word of its own ("X River") and the feature rules (geo/features.py) never see one. The gazetteer
rarely holds a small river or dam, so each unheld name is reported as an unresolved place that stands in at the
story's places, as "the X valley" is (geo/unknown_names.py). The article before the list is required: without it
("Smith and Jones lakes"), a pair of surnames before a plural noun is as likely. A name the gazetteer holds is
left as it was read (the Tigris and the Euphrates are held as rivers).
"""
from __future__ import annotations

from eventwatch.geo.document_words import document_words
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import NameSpan, opens_sentence
from eventwatch.geo.normalise import Token

# Plural kind nouns, each with the singular that becomes the name's cue.
PLURAL_FEATURE_NOUNS: dict[str, str] = {
    "rivers": "river", "lakes": "lake", "dams": "dam", "reservoirs": "reservoir", "islands": "island",
    "valleys": "valley", "glaciers": "glacier", "volcanoes": "volcano", "creeks": "creek", "canals": "canal",
}

_MAX_NAME_WORDS = 3
_LIST_JOINS = frozenset({"and", "or"})


# Endings of English adjectives of peoples, parties and regions ("the Balearic and Canary islands", "the
# Republican and Democratic strongholds"): such a word before a kind noun says whose the features are.
_ADJECTIVE_ENDINGS = ("ic", "ian", "ese", "ish")


def _name_word(t: Token, cues: Cues) -> bool:
    """A capitalised word that may belong to a feature's name: not an acronym, a month or a weekday (the
    lexicon's months hold the weekdays), a compass word ("the North and South islands") or an adjective."""
    return (t.text[:1].isupper() and not (t.text.isupper() and len(t.text) > 1)
            and t.norm not in cues.months and t.norm not in _LIST_JOINS and t.norm not in cues.directions
            and not t.norm.endswith(_ADJECTIVE_ENDINGS))


def _article_before(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token k is "the" in lower case, or "The" opening its sentence."""
    t = tokens[k]
    return t.text == "the" or (t.text == "The" and opens_sentence(text, tokens, k))


def listed_features(text: str, tokens: list[Token], taken: list[bool], readings: list[str], cues: Cues,
                    kept: list[NameSpan]) -> list[NameSpan]:
    """`kept` with the unheld names of each list closed by a plural kind noun added as unresolved places, and
    their tokens marked taken. A name read only as a near spelling of some town ("Pra" for Phrae) is no hold on
    it: the listed feature replaces that reading. A list whose names some held span straddles is left alone."""
    out: list[NameSpan] = []
    near_only = {(sp.i, sp.j): sp for sp in kept if not sp.unknown and not any(c.exact for c in sp.candidates)}
    replaced: set[int] = set()
    words = document_words(tokens)
    for h in words.positions(frozenset(PLURAL_FEATURE_NOUNS)):
        head = tokens[h]
        if h < 3 or not head.text.islower() or text[tokens[h - 1].end : head.start] != " ":
            continue
        names: list[tuple[int, int]] = []
        e = h
        while True:
            st = e
            while st > 0 and e - st < _MAX_NAME_WORDS and _name_word(tokens[st - 1], cues) \
                    and (st == e or text[tokens[st - 1].end : tokens[st].start] == " ") \
                    and not (tokens[st - 1].norm == "the" and opens_sentence(text, tokens, st - 1)):
                st -= 1
            if st == e:
                break
            names.append((st, e))
            if st < 2:
                break
            gap = text[tokens[st - 1].end : tokens[st].start]
            if tokens[st - 1].norm in _LIST_JOINS and gap == " " \
                    and text[tokens[st - 2].end : tokens[st - 1].start].strip() in ("", ","):
                e = st - 1
            elif gap.strip() == "," and e != h:
                e = st
            else:
                break
        if len(names) < 2:
            continue
        first = min(st for st, _ in names)
        if first < 1 or not _article_before(text, tokens, first - 1):
            continue
        if any(taken[x] for st, e in names for x in range(st, e)) and not all((st, e) in near_only or
                all(taken[x] for x in range(st, e)) or not any(taken[x] for x in range(st, e)) for st, e in names):
            continue  # a held name straddles a listed one's edge
        cue = PLURAL_FEATURE_NOUNS[head.norm]
        for st, e in sorted(names):
            if (st, e) in near_only:
                replaced.add(id(near_only[(st, e)]))
            elif any(taken[x] for x in range(st, e)):
                continue  # held by the gazetteer: read as it was
            out.append(NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(readings[st:e]), unknown=True,
                                cue=cue, firm=True, phrase_start=tokens[st].start, phrase_end=head.end))
            for x in range(st, e):
                taken[x] = True
    if not out:
        return kept
    return [sp for sp in kept if id(sp) not in replaced] + out
