"""A river named short by what rivers do: "where the Goulburn meets the Murray", "the Niger flows past Lokoja",
"the Murray and Murrumbidgee rivers".

English names a river bare, with its article, once the story has made clear it is a river, and the verbs of
a confluence or a flood say so on their own. The bare name is otherwise a town's, a county's or a country's
("Goulburn" in New South Wales, "Murray" in Western Australia, "Niger"): after "the" and before such a verb,
or after "meets the" / "joins the" / "flows into the" (or "along the" / "across the" a line, where the name is no
country's), the name is the river the gazetteer holds as
"X River" (or "River X"), or the river the story has already named in full. So is each name listed before
one plural "rivers", and a later bare "the X" once the story has read X as a river.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Optional

from eventwatch.geo.normalise import normalise

from eventwatch.geo.document_words import document_words

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Gazetteer
    from eventwatch.geo.name_span import NameSpan
    from eventwatch.geo.normalise import Token

# The verbs of water, each list written once: the patterns below and `_WATER_VERBS` are built from them.
# "the Goulburn meets", "the Niger flows", "the Benue burst its banks": the verb right after the name.
_FLOW_VERBS = ("meets", "joins", "flows", "flowed", "empties", "drains", "burst", "bursts", "overflowed", "overflows")
# "The Benue swelled after heavy rain": swelling is a river's bare, but "swelled with returning migrants" is a
# crowd's or a country's, and a country's name swells as a river only with a word of water right after the verb
# (`_COUNTRY_WATER_AFTER`).
_SWELL_VERBS = ("swelled", "swells")
# Rising is a river's only with a water measure ("the Drava rose by two metres", "crested at 9 metres") or a
# flood mark ("rose above the danger mark"): countries rise places in a ranking, currencies rise percent or
# sharply, and a person rises to speak. No country rises by metres, so these forms hold for a country's name too.
# Swelling by a measure or to a mark is rising too.
_RISE_VERBS = ("rose", "rises", "crested", "crests", "peaked", "peaks")
_FLOW_AFTER = rf"\s+(?:{'|'.join(_FLOW_VERBS)})\b"
_SWELL_AFTER = rf"\s+(?:{'|'.join(_SWELL_VERBS)})\b(?!\s+with\b)"
_RISE_VERB = rf"\s+(?:{'|'.join(_RISE_VERBS + _SWELL_VERBS)})\s+"
_WATER_MEASURE = (
    r"(?:(?:by|to|at|above|over|past)\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?"
    r"(?:\d[\d.,]*|a|half\s+a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)"
    r"[\s-]*(?:cm|centimet(?:re|er)s?|m|met(?:re|er)s?|ft|feet|foot|inch(?:es)?)\b"
    r"|(?:to|at|above|over|past|beyond)\s+(?:its|the|a)\s+(?:[a-z-]+\s+){0,2}(?:danger|flood|warning|alert|alarm)"
    r"[\s-]+(?:level|levels|mark|line)\b")
# "rose to its highest level", "peaked at a record level": a level alone is a river's only where the sentence
# speaks of water (a currency or an index reaches levels too) and the name is no country's.
_PLAIN_LEVEL = r"(?:to|at|above|over|past|beyond)\s+(?:its|the|a)\s+(?:[a-z-]+\s+){0,2}" \
               r"(?:level|levels|mark|crest|peak)\b"
_MEASURED_AFTER = re.compile(rf"{_RISE_VERB}(?:{_WATER_MEASURE})")
# A forecast of what the water will do ("the Trent would peak overnight", "the Wye is expected to crest on
# Friday"): a modal or "expected to" before a verb's plain form. Cresting, overflowing and bursting banks are water's
# alone; peaking, rising and swelling are a river's only in a sentence that speaks of water (sales and prices peak).
_FORECAST = r"\s+(?:would|will|could|may|might|should|" \
            r"(?:is|was|are|were)\s+(?:expected|forecast|predicted|likely|set|due)\s+to)\s+"
_FORECAST_WATER = re.compile(rf"{_FORECAST}(?:crest|overflow|(?:burst|overtop)\s+its\s+banks)\b")
_FORECAST_RISE = re.compile(rf"{_FORECAST}(?:peak|rise|swell)\b")
_LEVEL_AFTER = re.compile(rf"{_RISE_VERB}{_PLAIN_LEVEL}")
_FLOW_OR_SWELL = re.compile(rf"{_FLOW_AFTER}|{_SWELL_AFTER}")
# The words of water that let a plain level be a river's, looked for in the name's sentence.
_WATER_WORDS = re.compile(r"\b(?:flood\w*|rain\w*|water\w*|banks?|monsoon|downpours?|storms?|dams?|river|"
                          r"inundat\w*|overflow\w*|snowmelt|cyclone|deluge)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# What a country's name does only as its river: a country "joins" a bloc, "meets" a rival, "bursts into
# celebration" and "swells its ranks", so its name takes no flow verb bare. Only forms water alone has count:
# bursting or overflowing banks, flowing past a place or into or from a named place or a body of water (a
# country "flows from a sense of grievance" and "flowed into chaos"), meeting or joining a river or the sea, and
# swelling after, with or amid a word of water right after the verb ("swelled after a week of heavy rain";
# not "swelled its ranks after heavy rain in Niamey", where the rain is another clause's).
_WATER_NOUN = _WATER_WORDS.pattern.replace(r"\b(?:", r"(?:", 1)
_COUNTRY_WATER_AFTER = re.compile(
    r"\s+(?:(?:burst|bursts|overflowed|overflows|overtopped|broke)\s+(?:its|their)\s+banks\b"
    r"|overflowed\b|overflows\b"
    r"|(?:flows|flowed|empties|emptied|drains|drained)\s+(?:(?:past|through|across|along|south|north|east|west|"
    r"down)\b|(?:into|from|towards?|out\s+of)\s+(?:the\s+)?(?:(?-i:[A-Z])|"
    r"(?:sea|ocean|lake|gulf|bay|delta|lagoon|reservoir|highlands|mountains|hills|plateau)\b))"
    r"|(?:meets|joins|met|joined)\s+the\s+(?:sea|ocean|[A-Z][\w'’-]+\s+(?:[Rr]iver|[Ss]ea|[Oo]cean))\b"
    rf"|(?:swelled|swells|swelling)\s+(?:after|following|with|amid|from|in)\s+(?:[a-z-]+\s+){{0,3}}{_WATER_NOUN}\b)",
    re.IGNORECASE)


# "The Kosi breached its eastern embankment", "the Yamuna overtopped the levees": what only water breaks through.
# A country or a party breaches a ceasefire or a fence, never its own embankment.
_BREACH_VERBS = ("breached", "breaches", "overtopped", "overtops")
_BREACH_AFTER = re.compile(rf"\s+(?:{'|'.join(_BREACH_VERBS)})\s+(?:its|their|the)\s+(?:[a-z-]+\s+){{0,2}}"
                           r"(?:embankments?|banks|levees?|dykes?|dikes?|bunds?)\b")


def _water_verb_after(text: str, end: int, country: bool) -> bool:
    """Whether a verb only water does follows the name ending at `end` (see the patterns above). `country` says
    the name is exactly a country's: such a name is the river only by a form water alone has
    (`_COUNTRY_WATER_AFTER`: "the Niger swelled after heavy rain", "The Congo burst its banks"; a country joins a
    bloc, meets a rival and swells with people), and reaches a plain level only as a country."""
    if _MEASURED_AFTER.match(text, end) is not None or _BREACH_AFTER.match(text, end) is not None:
        return True
    if country:
        return _COUNTRY_WATER_AFTER.match(text, end) is not None
    if _FLOW_OR_SWELL.match(text, end) is not None or _FORECAST_WATER.match(text, end) is not None:
        return True
    if _FORECAST_RISE.match(text, end) is not None and _water_sentence(text, end):
        return True
    return _LEVEL_AFTER.match(text, end) is not None and _water_sentence(text, end)


def _water_sentence(text: str, end: int) -> bool:
    """Whether the sentence of the name ending at `end` speaks of water (`_WATER_WORDS`)."""
    stop = _SENTENCE_END.search(text, end)
    start = max(text.rfind(". ", 0, end), 0)
    return _WATER_WORDS.search(text, start, stop.start() if stop else len(text)) is not None


# "meets the Murray", "joins the Niger", "flows into the Danube": the verb and the article right before it.
_RIVER_VERB_BEFORE = re.compile(r"(?:\bmeets|\bjoins|\bflows into|\bempties into|\bdrains into) the $")
# "along the Kosi", "up the Irrawaddy", "across the Prut": a line travelled or crossed; "on the banks of the
# Meghna": the line a river's bank follows (a lower-case "bank", or "Banks" opening a sentence: "the Bank of the X
# Group" is a firm's name); "boats on the Surma", "floodwater from the Surma": what only water carries or sends.
# Only where the bare name is no country's: "across the Congo" and "along the Gambia" are as often the countries.
_LINE_BEFORE = re.compile(r"\b(?:[Aa]long|[Uu]p|[Dd]own|[Aa]cross|[Uu]pstream on|[Dd]ownstream on) the $")
# A full stop that ends a title ("Gen. Banks of the X", "Dr. Banks of the X") opens no sentence: that Banks is a man.
_TITLE_STOPS = "".join(rf"(?<!\b{t}\.\s)" for t in ("Gen", "Mr", "Mrs", "Ms", "Dr", "Capt", "Sgt", "Lt", "Col", "Maj"))
_BANKS_BEFORE = re.compile(r"(?:\bbanks?|(?:^|(?<=[.!?]\s)" + _TITLE_STOPS + r"|(?<=\n))Banks)\s+of\s+the\s+$")
_CARRIED_BEFORE = re.compile(r"\b(?i:boats?|barges?|launches|trawlers|steamers|vessels|canoes|dinghies)\s+on\s+the\s+$"
                             r"|\b(?i:water|waters|floodwaters?|silt|runoff)\s+from\s+the\s+$")
# "the bridge over the Zambezi", "a barrage on the Kosi": what spans or holds back water, read as a line word is.
# No division or town is bridged or dammed, so a division named for the river ("Zambezi Region") is not kept
# even where the story names its country. Not a bare "over" ("a dispute over the Essequibo" is the land).
_SPANNED_BEFORE = re.compile(r"\b(?:[Bb]ridges?|[Ff]err(?:y|ies)|[Dd]ams?|[Bb]arrages?|[Ww]eirs?) (?:over|on) the $")
# "the bridge on the Quetta–Chaman road": a dash, one or two capitalised words and a route's noun after the name
# join it to the next town as one end of a road or a route, which the bridge is on; the town is no river. A dash
# alone opens an aside or a new clause ("the ferry on the Jamuna – the longest crossing –"): the river stays.
_ROUTE_AFTER = re.compile(r"\s*[-\u2013\u2014]\s*[A-Z][\w'\u2019.]*(?:\s[A-Z][\w'\u2019.]*)?\s+"
                          r"(?i:road|highway|motorway|expressway|railway|line|route|corridor|section|stretch)\b")
# A capitalised word right after the name: a longer name ("set up the Cauvery Management Board"), not a river's.
_NAME_GOES_ON = re.compile(r" [A-Z]")
# What may follow a bare river after a line word: the clause's end or a word that opens no compound ("the Kosi in",
# "the Prut into"), or a past verb no noun shares ("the banks of the Surma gave way", "floodwater from the Surma
# swamped the fields"); a lower-case noun or a possessive makes the name a modifier ("the Niger delta", "the Amazon
# ranks", "the Hudson's Bay chain").
_LINE_END = re.compile(r"\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:in|at|to|from|into|towards?|near|on|for|and|or|as|by|"
                       r"with|through|past|between|below|above|where|which|that|until|before|after|was|were|is|are|"
                       r"has|had|have|burst|bursts|flooded|floods|rose|rises|fell|falls|meets|joins|flows|flowed|"
                       r"gave|swamped|reached|poured|spilled|spilt|inundated|submerged|washed|swept|carried|broke|"
                       r"again|every|each|this|last|since|when|while|downstream|upstream)\b")
_RIVER_CODES = ("STM",)
# "the Murray and Murrumbidgee rivers": names listed before one plural "rivers" are each a river, as "the
# Murray river" is.
_LISTED_RIVERS = re.compile(
    r"\b(?:[Tt]he|[Bb]oth)\s+((?:[A-Z][\w'’-]+(?:,\s+|\s+and\s+)){1,4}[A-Z][\w'’-]+)\s+rivers\b")


def river_readings(gaz: "Gazetteer", text: str, spans: list["NameSpan"]) -> None:
    """Give a bare name that a river's verb marks as a river its river readings: the gazetteer's "X River" or
    "River X", else the readings of the river named in full earlier in the story ("the Goulburn River").
    A name the gazetteer holds as no such river, and the story never names in full, is left as read."""
    # The list pattern ends in "rivers", which most stories never write: they skip the search of every position.
    listed = [m.span(1) for m in _LISTED_RIVERS.finditer(text) if " and " in m.group(1)] if "rivers" in text else []
    read: set[str] = set()  # names the story has shown to be rivers: a later bare "the X" is the river too
    story: Optional[StoryCountries] = None  # built at the first river found: most stories name none
    held: dict[str, list] = {}  # each name's river, looked up once per story
    for idx, s in enumerate(spans):
        if s.demonym:
            continue
        if s.j - s.i != 1 or " " in text[s.start : s.end]:
            # "The Congo burst its banks": a country's formal name read whole with its article is the river
            # where a verb of water follows, as the bare name after a separate "the" is below
            if _with_article(text, s) and _water_verb_after(text, s.end, True) \
                    and _river_without_article(gaz, text, s, held):
                read.add(s.norm)
            continue
        # "The Karnali burst" opens a sentence; "The Gambia swelled" is still the country
        after = text[max(0, s.start - 4) : s.start].lower() == "the " \
            and _water_verb_after(text, s.end, _a_country(s))
        spanned = _SPANNED_BEFORE.search(text, max(0, s.start - 24), s.start) is not None \
            and _ROUTE_AFTER.match(text, s.end) is None
        before = _RIVER_VERB_BEFORE.search(text, max(0, s.start - 24), s.start) is not None or (
            s.locational and (spanned or _line_before(text, s.start))
            and _NAME_GOES_ON.match(text, s.end) is None and _LINE_END.match(text, s.end) is not None
            and not any(c.exact and c.feature_code.startswith("PCL") for c in s.candidates))
        in_list = any(a <= s.start and s.end <= b for a, b in listed)
        again = s.norm in read and text[max(0, s.start - 4) : s.start] == "the "
        if not (after or before or in_list or again):
            continue
        name = text[s.start : s.end]
        if s.unknown and not s.candidates and s.cue == "feature":
            continue  # `bare_rivers_after_lines` left it standing in: its river's mouth lies across a border
        if name not in held:
            held[name] = held_river(gaz, name)
        rivers = held[name]
        if rivers and story is None:
            story = StoryCountries(text, spans)
        if rivers and not (before and spanned) and _seat_in_the_story(s, story, rivers[0]):
            # "Officials in Kathmandu said the Koshi swelled": Nepal's Koshi, a place, not the mouth in India
            s.locational, s.firm, s.weak = True, True, False
            continue
        if rivers and story.across(s.norm, rivers[0], s.start):
            # "The Sava burst its banks in Croatia": the mouth lies in Serbia, so the name stands in at the
            # story's places, as `bare_rivers_after_lines` leaves a name no reading covers
            s.candidates, s.unknown, s.cue = [], True, "feature"
            s.locational, s.firm, s.weak = True, True, False
            continue
        full = {normalise(f"{name} River"), normalise(f"River {name}")}
        earlier = [] if rivers else [t for t in spans[:idx] if t.norm in full]
        if rivers:
            s.candidates, s.unknown = rivers, False
        elif earlier:
            s.candidates, s.unknown = list(earlier[-1].candidates), earlier[-1].unknown
        else:
            continue
        s.locational, s.firm, s.weak = True, True, False
        read.add(s.norm)


# "The Congo", "the Gambia": one word after the article, read as one name.
_ARTICLE_AND_WORD = re.compile(r"[Tt]he ([A-Z][\w'’-]+)")


def _with_article(text: str, s: "NameSpan") -> bool:
    """Whether the name is one word and the article before it, read together ("The Congo")."""
    return s.j - s.i == 2 and _ARTICLE_AND_WORD.fullmatch(text, s.start, s.end) is not None


def _river_without_article(gaz: "Gazetteer", text: str, s: "NameSpan", held: dict[str, list]) -> bool:
    """Make a name read with its article the river the word after the article names, where the gazetteer holds
    one ("The Congo" -> the Congo River): the span loses its article, as a bare river's has none."""
    m = _ARTICLE_AND_WORD.fullmatch(text, s.start, s.end)
    if m.group(1) not in held:
        held[m.group(1)] = held_river(gaz, m.group(1))
    rivers = held[m.group(1)]
    if not rivers:
        return False
    s.i, s.start, s.norm = s.i + 1, s.start + m.start(1) - m.start(), normalise(m.group(1))
    s.candidates, s.unknown = rivers, False
    s.locational, s.firm, s.weak = True, True, False
    return True


def _line_before(text: str, start: int) -> bool:
    """Whether a line word, a river's banks or what water carries or sends stands right before "the" and the name
    starting at `start` (`_LINE_BEFORE`, `_BANKS_BEFORE`, `_CARRIED_BEFORE`)."""
    lo = max(0, start - 32)
    return _LINE_BEFORE.search(text, lo, start) is not None or _BANKS_BEFORE.search(text, lo, start) is not None \
        or _CARRIED_BEFORE.search(text, lo, start) is not None


# The words before "the" that travel or cross a line ("along the Kosi", "up the Irrawaddy", "across the Prut").
_LINE_WORDS = ("along", "up", "down", "across")
# "the banks of the Surma", "boats on the Surma", "floodwater from the Surma": the word before "the" is a line
# word too where `_BANKS_BEFORE` or `_CARRIED_BEFORE` reads the words before it.
_BANKED_WORDS = ("of", "on", "from")
# The verbs of water `_water_verb_after` reads, as single words: where one follows "the X" that no recognised
# name covers, X is looked up as a river ("The Karnali burst its banks").
_WATER_VERBS = frozenset(_FLOW_VERBS + _SWELL_VERBS + _RISE_VERBS + _BREACH_VERBS)


def _a_country(s: "NameSpan") -> bool:
    """Whether the name is exactly a country's ("The Gambia", "the Niger")."""
    return any(c.exact and c.feature_code.startswith("PCL") for c in s.candidates)


class StoryCountries:
    """The countries the story's names stand for: a demonym's, or that of a name whose first exact reading is a
    country, a capital or a province, or a district or provincial seat the story puts something in ("in Saptari",
    "Bardiya district"). Read at recognition, before resolution, so only the readings no context is needed for.
    Counted once per document by name, so each question leaves out one name's own readings cheaply. The places
    among them (all but demonyms) are what a river across a border can stand in at, where they share the
    river's sentence. A town is not counted: the stand-in would be the story's focus, not the town, and that
    may be the far capital of another sentence."""

    def __init__(self, text: str, spans: list["NameSpan"]):
        self.text = text
        self.by_name: dict[str, set[str]] = {}
        # (start, name, country, a place to stand in at) of every name counted, for `across`'s sentence
        self.counted: list[tuple[int, str, str, bool]] = []
        for t in spans:
            # the first exact reading: a fuzzy namesake may be listed before it ("Zagreb" finds "Zahorb" first)
            c = next((c for c in t.candidates if c.exact), None)
            if c is None or not c.country_code:
                continue
            if t.demonym or c.feature_code.startswith(("PCL", "PPLC", "ADM1")) \
                    or (t.firm and t.cue and c.feature_code.startswith(_CUED_DIVISIONS)):
                self.by_name.setdefault(t.norm, set()).add(c.country_code)
                self.counted.append((t.start, t.norm, c.country_code, not t.demonym and t.locational))
        self.names_per_country: Counter = Counter(cc for ccs in self.by_name.values() for cc in ccs)

    def but(self, norm: str) -> set[str]:
        """The countries the names other than `norm` stand for."""
        own = self.by_name.get(norm, set())
        return {cc for cc, n in self.names_per_country.items() if n - (cc in own) > 0}

    def across(self, norm: str, river, at: int) -> bool:
        """Whether the river's point (its mouth) lies outside every country the names of its own sentence (the
        one holding offset `at`) stand for, while one of them is a place the name can stand in at. Only that
        sentence: a capital named elsewhere for another reason ("talks in Brussels") is no place the river runs
        by, and the river keeps its own reading. A river GeoNames gives no country is shared,
        and lies across no border; with only demonyms there is nowhere to stand in, and the river is the better
        place."""
        if river.country_code is None:
            return False
        lo, hi = _sentence_around(self.text, at)
        near = [(n, cc, place) for s, n, cc, place in self.counted if lo <= s < hi and n != norm]
        if not any(place for _, _, place in near):
            return False
        return river.country_code not in {cc for _, cc, _ in near}


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence holding offset `at`: from after the last full stop before it to the next."""
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [k for k in (text.find(". ", at), text.find("\n", at)) if k >= 0]
    return lo, min(ends) if ends else len(text)


# Divisions and seats below a province that count for the story's country only where a cue puts something in
# them: a district's name is rarely a far namesake's once the story writes "in X" or "X district".
_CUED_DIVISIONS = ("ADM2", "PPLA")


def _seat_in_the_story(s: "NameSpan", story: StoryCountries, river) -> bool:
    """Whether the bare name also reads as a division or a seat of a country the story names, where the river's
    point (its mouth) lies in no such country: the river is held at its mouth, so that reading keeps the story's
    country ("the Koshi" in a Nepal story is Nepal's Koshi, not the Kosi River's mouth in India)."""
    divisions = {c.country_code for c in s.candidates
                 if c.exact and c.country_code and c.feature_code.startswith(("ADM", "PCL", "PPLC"))}
    if not divisions or river.country_code in divisions:
        return False
    named = story.but(s.norm)
    return bool(divisions & named) and river.country_code is not None and river.country_code not in named


def _gap(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is the space between two words of one phrase: whitespace, at most one line break."""
    gap = text[a:b]
    return gap.isspace() and gap.count("\n") <= 1


def held_river(gaz: "Gazetteer", name: str) -> list:
    """The gazetteer's river written "X River" or "River X" (at most one), exactly."""
    return [c for form in (f"{name} River", f"River {name}") for c in gaz.lookup(form, limit=5)
            if c.exact and c.feature_code.startswith(_RIVER_CODES)][:1]


def bare_rivers_after_lines(gaz: "Gazetteer", text: str, tokens: list["Token"],
                            spans: list["NameSpan"]) -> list["NameSpan"]:
    """Add a bare capitalised name written after "along the" / "up the" / "down the" / "across the" / "the
    banks of the" / "boats on the" / "floodwater from the" that no recognised name covers, where the gazetteer
    holds "X River" or "River X": the river, which the story names short as English does ("bars along the
    Liffey"). A name already read is left to `river_readings`. Returns the spans, sorted, with those found
    added."""
    from eventwatch.geo.name_span import NameSpan  # here: name_span imports the gazetteer

    taken = {k for s in spans for k in range(s.i, s.j)}
    added = []
    n = len(tokens)
    for k in document_words(tokens).positions(_LINE_WORDS, _BANKED_WORDS):
        j = k + 2
        if j >= n or tokens[k + 1].norm != "the" or j in taken or not tokens[k].text.islower():
            continue
        word = tokens[j]
        if not word.text[:1].isupper() or word.text.isupper() or not word.text.isalpha() \
                or not _gap(text, tokens[k].end, tokens[k + 1].start) or not _gap(text, tokens[k + 1].end, word.start):
            continue
        if tokens[k].norm in _BANKED_WORDS and _BANKS_BEFORE.search(text, max(0, word.start - 32), word.start) is None \
                and _CARRIED_BEFORE.search(text, max(0, word.start - 32), word.start) is None:
            continue  # "of the", "on the", "from the" after no river's bank, boat or water
        if j + 1 < n and tokens[j + 1].text[:1].isupper() and text[word.end : tokens[j + 1].start] == " ":
            continue  # "along the Gold Coast": a longer name, not a river's short one
        if _LINE_END.match(text, word.end) is None:
            continue  # "up the Amazon ranks", "down the Hudson's Bay chain": a modifier, not the river
        rivers = held_river(gaz, word.text)
        if rivers:
            added.append(NameSpan(j, j + 1, word.start, word.end, normalise(word.text), rivers, firm=True,
                                  cue="feature"))
            taken.add(j)
    story: Optional[StoryCountries] = None  # built at the first river found: most stories name none
    # "The Karnali burst its banks": a bare name between "the" and a verb of water, which no recognised name
    # covers (the bare name is held by nothing, or is dropped as a sentence's capitalised first words are).
    for v in document_words(tokens).positions(_WATER_VERBS):
        j = v - 1
        if j < 1 or j in taken or tokens[j - 1].norm != "the" or not tokens[v].text.islower():
            continue
        word = tokens[j]
        if not word.text[:1].isupper() or word.text.isupper() or not word.text.isalpha() \
                or text[tokens[j - 1].end : word.start] != " " or not _water_verb_after(text, word.end, False):
            continue
        rivers = held_river(gaz, word.text)
        if rivers:
            # the river's point is its mouth: where it lies in none of the countries the story names ("the
            # Karnali" in a Nepal story, held as the Ghaghara in India), the name stands in at the story's places
            if story is None:
                story = StoryCountries(text, spans)
            across = story.across(normalise(word.text), rivers[0], word.start)
            added.append(NameSpan(j, j + 1, word.start, word.end, normalise(word.text), [] if across else rivers,
                                  firm=True, cue="feature", unknown=across))
            taken.add(j)
    return sorted([*spans, *added], key=lambda s: s.start) if added else spans
