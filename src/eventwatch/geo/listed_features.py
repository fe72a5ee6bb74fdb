"""Natural features named together before one plural kind noun: "the Pra and Ankobra rivers", "the Masinga and
Kiambere dams", "the Lamu, Manda and Pate islands".

English writes the shared kind noun once, in lower case, after a list of two or more names, so no single name
carries a head word of its own ("X River") and the feature rules (geo/features.py) never see one. The gazetteer
rarely holds a small river or dam, so each unheld name is reported as an unresolved place that stands in at the
story's places, as "the X valley" is (geo/unknown_names.py). The article before the list is required: without it
("Smith and Jones lakes"), a pair of surnames before a plural noun is as likely.

The plural noun says what every member is, so a name the gazetteer holds keeps only its readings of that kind
(the Tigris and the Euphrates are held as rivers), or the curated feature named with the noun ("Zambezi River").
A held name with no reading of the kind, held only as a variant of a capital's, a division's or a city's name
(a river that shares a capital's old name, "Tana"), is reported like an unheld one: that reading would place
it, and its siblings' stand-ins with it, in the wrong country. One held by its own name as a town, a country
or a division is left as read (a river town named for its river; "the Kenya and Tanzania lakes").

Words that only describe the features are no names: sizes, ages, colours and ranks ("the Old and New canals",
"the Big and Little rivers", and so the elliptic "the Blue and White Nile rivers"), peoples' adjectives (the
demonym lexicon; "the Balearic islands" is no list of names here).
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.cue_readers import demonym_word
from eventwatch.geo.document_words import document_words
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import NameSpan, opens_sentence
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_MAIN

# Plural kind nouns, each with the singular that becomes the name's cue.
PLURAL_FEATURE_NOUNS: dict[str, str] = {
    "rivers": "river", "lakes": "lake", "dams": "dam", "reservoirs": "reservoir", "islands": "island",
    "valleys": "valley", "glaciers": "glacier", "volcanoes": "volcano", "creeks": "creek", "canals": "canal",
}

# The feature codes each kind noun admits for a held member: the gazetteer's classes of rivers, lakes, dams and
# reservoirs, islands, valleys, and the mountains glaciers and volcanoes lie on.
_FITTING_CODES: dict[str, frozenset[str]] = {
    "river": frozenset({"STM", "STMS", "STMI", "STMX"}), "creek": frozenset({"STM", "STMS", "STMI"}),
    "canal": frozenset({"CNL", "STM"}),
    "lake": frozenset({"LK", "LKS", "LKI", "LKN", "LKX", "RSV"}),
    "dam": frozenset({"DAM", "RSV", "LK"}), "reservoir": frozenset({"RSV", "LK", "DAM"}),
    "island": frozenset({"ISL", "ISLS", "ISLET", "ISLX"}), "valley": frozenset({"VAL", "VALS"}),
    "glacier": frozenset({"GLCR", "MT", "MTS", "VLC"}), "volcano": frozenset({"VLC", "MT"}),
}

_MAX_NAME_WORDS = 3
_LIST_JOINS = frozenset({"and", "or"})

# Words of size, age, colour and rank that describe features rather than name them ("the Old and New canals",
# "the Big and Little rivers", "the Upper and Lower lakes").
_DESCRIBING_WORDS = frozenset({
    "old", "new", "big", "little", "great", "greater", "less", "lesser", "small", "smaller", "large", "larger",
    "upper", "lower", "middle", "inner", "outer", "high", "low", "main", "twin", "first", "second", "third",
    "dark", "former", "ancient", "sacred", "holy", "major", "minor", "other", "both", "two", "three", "four", "five",
})

# Colours describe a member only before a later member's own name ("the Blue and White Nile rivers"): a list of
# colours alone, capitalised before the plural noun, names rivers and lakes called so ("the Red and Black
# rivers", "the Green and White rivers"), as English writes colours that only describe in lower case.
_COLOUR_WORDS = frozenset({"blue", "white", "black", "red", "green", "yellow", "grey", "gray", "brown", "golden",
                           "silver"})

# Endings of English adjectives of seas, regions and ranges the demonym lexicon does not hold ("the Balearic and
# Aeolian islands"): such a word says whose the features are. It also shuts out the rare river named like one
# ("the Mystic"), which the gazetteer would have to hold as a river.
_ADJECTIVE_ENDINGS = ("ic", "ian", "ese", "ish")


def _name_word(t: Token, cues: Cues, gaz: Optional[Gazetteer] = None) -> bool:
    """A capitalised word that may belong to a feature's name: not an acronym, a month or a weekday (the
    lexicon's months hold the weekdays), a compass word ("the North and South islands") or a sea's or region's
    adjective ("the Balearic and Aeolian islands"). The document's persons are no test: its person rules read a
    feature's two words ("Glen Canyon") as a man's name as readily. Describing words and peoples' adjectives
    are judged on the whole list (`_describing_list`): so a people's adjective of the demonym lexicon is a name
    word here whatever its ending ("the Arkansas, Canadian and Red rivers")."""
    return (t.text[:1].isupper() and not (t.text.isupper() and len(t.text) > 1)
            and t.norm not in cues.months and t.norm not in _LIST_JOINS and t.norm not in cues.directions
            and (not t.norm.endswith(_ADJECTIVE_ENDINGS) or (gaz is not None and demonym_word(gaz, t))))


def _describing_list(gaz: Optional[Gazetteer], tokens: list[Token], names: list[tuple[int, int]]) -> bool:
    """Whether the list's words only describe the features: every member is a single size, age, colour or rank
    word or a people's adjective ("the Old and New canals", "the Upper and Lower lakes"), or such a word stands
    before a later member of several words whose last word it lacks, the elliptic "the Blue and White Nile
    rivers". Beside a proper name the same word is a river's own name ("the Red and Assiniboine rivers", "the
    American and Feather rivers"), and is kept."""
    def describing(st: int, e: int) -> bool:
        t = tokens[st]
        return e - st == 1 and (t.norm in _DESCRIBING_WORDS or (gaz is not None and demonym_word(gaz, t)))

    flags = [describing(st, e) for st, e in names]
    if all(flags):
        return True
    last = max(names)
    return last[1] - last[0] > 1 and any((f or (e - st == 1 and tokens[st].norm in _COLOUR_WORDS))
                                         and (st, e) != last for f, (st, e) in zip(flags, names))


# Classes of place a name may be held by as its own name and still name a listed feature (a river town named for
# its river, "the Kenya and Tanzania lakes"): a reading of these by the name itself is left as read.
_OWN_NAME_CLASSES = ("PPL", "PCL", "ADM1")


def _own_place_name(candidates: list[Candidate]) -> bool:
    """Whether some exact reading is a town, a country or a first-level division by its own main name."""
    return any(c.exact and c.kind == NAME_MAIN and c.feature_code.startswith(_OWN_NAME_CLASSES) for c in candidates)


# A namesake this populous, or a capital or a division, is one whose country a variant name would carry off.
_NOTABLE_POPULATION = 100_000
_NOTABLE_CLASSES = frozenset({"PPLC", "PPLA", "PCLI", "PCLD", "PCLF", "PCLS", "ADM1"})


def _notable_namesake(candidates: list[Candidate]) -> bool:
    """Whether some exact reading is a capital, a division or a city ("Tana" for Antananarivo). A small town
    held by a variant ("Marriott" for Marriott-Slaterville) beside a reading by some place's own name is left to
    the later rules, which drop a brand's or a surname's reading as they did (`_only_other_names`)."""
    return any(c.exact and (c.feature_code in _NOTABLE_CLASSES or c.population >= _NOTABLE_POPULATION)
               for c in candidates)


def _only_other_names(candidates: list[Candidate], sibling_countries: set[str]) -> bool:
    """Whether every exact reading is by a name other than the place's own, in a country where no other member of
    the list has a reading ("Eel" for Eelde, Netherlands, beside an unheld "Mad"): such a look-alike, however
    small the town, is no river's or lake's name before the plural noun, as the features of one list lie in one
    land. In the siblings' country the variant may be the river's own town ("the Williams and Cranberry rivers":
    a West Virginia town also called Cranberry) and is left as read. Only towns count: a district or a region
    held by the name ("the Buner and Leepa valleys": Buner District, held as "Buner") is the valley's own
    ground, left as read."""
    exact = [c for c in candidates if c.exact]
    return bool(exact) and all(c.feature_code.startswith("PPL") for c in exact) \
        and not any(c.kind == NAME_MAIN or c.country_code in sibling_countries for c in exact)


def _held_as_ground(candidates: list[Candidate]) -> bool:
    """Whether some exact reading is a division held by the listed name ("the Buner and Leepa valleys": Buner
    District, "the Kurram and Tochi valleys": Kurram District, "the Shangla and Swat rivers": Shangla District):
    under any feature's plural (valleys, rivers, lakes), the ground the district is named for, which the plural
    noun makes a firm place, as it does an unheld member, so that the later rules for lone words keep it."""
    return any(c.exact and c.feature_code.startswith("ADM") for c in candidates)


def _sibling_countries(held: dict, names: list[tuple[int, int]], member: tuple[int, int]) -> set[str]:
    """The countries the list's other held members have exact readings in."""
    return {c.country_code for key in names if key != member and key in held
            for c in held[key].candidates if c.exact}


# English writes some kinds before the name ("Lake Victoria", "Mount Etna"): the prefix form is looked up too.
_PREFIX_FORMS: dict[str, tuple[str, ...]] = {"lake": ("Lake",), "volcano": ("Mount",), "glacier": ("Mount",)}


def _fitting(gaz: Optional[Gazetteer], name: str, kind: str, candidates: list[Candidate]) -> list[Candidate]:
    """The readings of a held member that are of the kind its plural noun names: its own, or the feature named
    with the noun ("Zambezi River" for "the Zambezi and Kafue rivers")."""
    codes = _FITTING_CODES[kind]
    own = [c for c in candidates if c.exact and c.feature_code in codes]
    if own or gaz is None:
        return own
    for form in (f"{name} {kind.capitalize()}",) + tuple(f"{p} {name}" for p in _PREFIX_FORMS.get(kind, ())):
        named = [c for c in gaz.lookup(form, limit=20) if c.exact and c.feature_code in codes]
        if named:
            return named
    return []


def _named_river(gaz: Optional[Gazetteer], tokens: list[Token], names: list[tuple[int, int]], st: int,
                 cue: str) -> bool:
    """Whether the people's word tokens[st] listed before "rivers" is a river's own name: a later member of the
    list is a proper name that is no people's word ("the Arkansas, Canadian and Red rivers"). Last before the
    noun it says whose the rivers are ("the Rhine and Dutch rivers", "the Canary and Greek islands"), and before
    another plural kind noun it is never a name."""
    return cue == "river" and any(
        s > st and not (x - s == 1 and gaz is not None and demonym_word(gaz, tokens[s])) for s, x in names)


def _article_before(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token k is "the" in lower case, or "The" opening its sentence."""
    t = tokens[k]
    return t.text == "the" or (t.text == "The" and opens_sentence(text, tokens, k))


def listed_features(text: str, tokens: list[Token], taken: list[bool], readings: list[str], cues: Cues,
                    kept: list[NameSpan], gaz: Optional[Gazetteer] = None) -> list[NameSpan]:
    """`kept` with the unheld names of each list closed by a plural kind noun added as unresolved places, and
    their tokens marked taken. A name read only as a near spelling of some town ("Pra" for Phrae) is no hold on
    it: the listed feature replaces that reading; one held with no reading of the noun's kind only as a notable
    place's variant ("Tana" for Antananarivo) loses its readings. A held name with readings of the kind keeps
    those alone. A list whose names some held span
    straddles is left alone."""
    out: list[NameSpan] = []
    near_only = {(sp.i, sp.j): sp for sp in kept if not sp.unknown and not any(c.exact for c in sp.candidates)}
    held = {(sp.i, sp.j): sp for sp in kept if not sp.unknown and sp.candidates}
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
            while st > 0 and e - st < _MAX_NAME_WORDS and _name_word(tokens[st - 1], cues, gaz) \
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
        if len(names) < 2 or _describing_list(gaz, tokens, names):
            continue
        first = min(st for st, _ in names)
        if first < 1 or not _article_before(text, tokens, first - 1):
            continue
        if any(taken[x] for st, e in names for x in range(st, e)) and not all((st, e) in near_only or
                all(taken[x] for x in range(st, e)) or not any(taken[x] for x in range(st, e)) for st, e in names):
            continue  # a held name straddles a listed one's edge
        cue = PLURAL_FEATURE_NOUNS[head.norm]
        for st, e in sorted(names):
            sp = held.get((st, e))
            if (st, e) in near_only:
                replaced.add(id(near_only[(st, e)]))
            elif sp is not None and sp.demonym and e - st == 1 and _named_river(gaz, tokens, names, st, cue):
                # "the Arkansas, Canadian and Red rivers": beside a proper name a people's adjective is the
                # feature's own name (the list of adjectives alone was left above), no people
                fitting = _fitting(gaz, text[sp.start : sp.end], cue, [])
                sp.candidates, sp.unknown, sp.cue, sp.demonym = fitting, not fitting, cue, False
                sp.locational, sp.firm, sp.weak = True, True, False
                sp.phrase_end = head.end
                continue
            elif sp is not None and sp.locational:
                fitting = _fitting(gaz, text[sp.start : sp.end], cue, sp.candidates)
                if fitting:
                    sp.candidates = fitting  # "the Zambezi and Kafue rivers": the river, not the town or region
                    continue
                if _own_place_name(sp.candidates) or not (_notable_namesake(sp.candidates) or _only_other_names(
                        sp.candidates, _sibling_countries(held, names, (st, e)))):
                    if not _own_place_name(sp.candidates) and not _notable_namesake(sp.candidates) \
                            and _held_as_ground(sp.candidates):
                        sp.firm, sp.cue = True, cue  # "the Buner and Leepa valleys": the district, firm
                    continue  # "the Yala and Nzoia rivers", "the Kenya lakes": a place of its own name, as read
                # "the Tana and Athi rivers": held only by another place's variant name (Antananarivo's "Tana"),
                # which would place the river, and its siblings' stand-ins, in that place's country; or held by
                # no name of a place's own at all ("the Eel and Mad rivers": Eelde's "Eel"). The span stays the
                # one the later rules read (a brand's or a person's name is still dropped there); it only loses
                # those readings and stands in at the story's places, as an unheld member does.
                sp.candidates, sp.unknown, sp.cue = [], True, cue
                continue
            elif any(taken[x] for x in range(st, e)):
                continue  # held by another rule's reading: read as it was
            # "the Edward and George lakes": a bare name the gazetteer lacks may be held with the noun ("Lake
            # Edward"), which is then the member's reading rather than a stand-in at the story's places
            named = _fitting(gaz, text[tokens[st].start : tokens[e - 1].end], cue, [])
            out.append(NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(readings[st:e]), named,
                                unknown=not named, cue=cue, firm=True, phrase_start=tokens[st].start,
                                phrase_end=head.end))
            for x in range(st, e):
                taken[x] = True
    if not out:
        return kept
    return [sp for sp in kept if id(sp) not in replaced] + out
