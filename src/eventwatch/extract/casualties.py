"""Human impact counted in one sentence: killed, injured, detained, abducted, displaced.

Each count is found as a quantity phrase (see `numbers`) and given a kind from its context: the verb just
before it ("killing 5", "arrested 23", "the death toll rose to 14") or the participle, adjective or noun
after it ("5 people were killed", "14 dead", "14 fatalities", "500 families were displaced"). A bare verb
after the figure wins only when no kind verb stands right before it.

No double counting inside a sentence:
* subtotals ("including 3 children", "5 of them women", "among the dead were ...") never add to a total;
* counts joined by "and" under one verb ("killing 5 civilians and 3 soldiers") are summed;
* other figures of the same kind restate or update a toll, so the largest is kept; a running total
  ("bringing the death toll to 40") only counts when the sentence gives no figure for its own event.

Decisions: "casualties", "victims" and "killed or injured" do not say which kind, so they are not counted;
"no casualties" / "no one was hurt" record a zero. Families ("displacing 500 families") keep their count
and the `group` "families": `best` is the number of families, which is the number of people certainly
affected (each family has at least one); the raw words keep the unit, and nothing invents a household size.
"""
from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

from eventwatch.extract.numbers import Range, find_quantities, parse_quantity
from eventwatch.model import Casualties, Evidence, Quantity, Sentence

__all__ = ["find_casualties", "parse_quantity", "casualty_counts", "CountMention"]

_I = re.IGNORECASE

# What a figure counts, read from the words right after it (participle, adjective or noun).
_RIGHT_KINDS: dict[str, str] = {
    "killed": r"killed|dead|died|deaths?|fatalities|bodies|corpses|slain|murdered|massacred|executed|"
    r"lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|perished|martyred|martyrs|shot\s+dead|"
    r"burned\s+to\s+death|burnt\s+to\s+death|succumbed|beheaded|lynched",
    "injured": r"injured|wounded|hurt|injuries|maimed|wounds|injury|suffered\s+injuries|sustained\s+injuries",
    "detained": r"arrested|detained|jailed|imprisoned|taken\s+into\s+custody|rounded\s+up|detainees|arrests|"
    r"apprehended|captured|taken\s+prisoner",
    "abducted": r"abducted|kidnapped|taken\s+hostage|held\s+hostage|hostages|abductions|kidnappings|"
    r"forcibly\s+disappeared|abductees",
    "displaced": r"displaced|fled|flee(?:ing)?|to\s+flee|uprooted|homeless|idps|internally\s+displaced|"
    r"(?:forced\s+)?(?:out\s+of|from)\s+their\s+homes|to\s+leave\s+their\s+homes|left\s+their\s+homes|"
    r"to\s+evacuate\s+their\s+homes",
}
_AMBIGUOUS_RIGHT = (
    r"casualties|victims|(?:killed|dead)\s+(?:or|and/or)\s+(?:injured|wounded)|"
    r"(?:injured|wounded)\s+(?:or|and/or)\s+killed"
)

# What a figure counts, read from the words right before it.
_LEFT_KINDS: dict[str, str] = {
    "killed": r"killing|killed|kills|massacred|massacring|murdered|murdering|executed|executing|slaughtered|"
    r"slaughtering|slew|shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down|beheaded|beheading|"
    r"lynched|lynching|assassinated|assassinating|"
    r"(?:claimed|claiming|claims|took|taking|cost|costing)\s+the\s+lives\s+of|"
    r"the\s+(?:killing|killings|deaths?|murders?|execution|executions|massacre|bodies)\s+of|"
    r"(?:(?:death|casualty|fatality)\s+)?toll\b[^.;:]{0,40}?\b(?:to|at|of|reached|hit|topped|passed|exceeded|"
    r"is|was|as|stands\s+at|stood\s+at)|"
    r"number\s+of\s+(?:dead|deaths|people\s+killed|fatalities)\b[^.;:]{0,30}?\b(?:to|at|reached|is|was)",
    "injured": r"injuring|injured|injures|wounding|wounded|wounds|maiming|maimed|hurting|"
    r"(?:injuries|wounds)\s+to|the\s+(?:injury|injuries|wounding)\s+of|"
    r"number\s+of\s+(?:injured|wounded)\b[^.;:]{0,30}?\b(?:to|at|reached|is|was)",
    "detained": r"arresting|arrested|arrests|detaining|detained|detains|rounded\s+up|rounding\s+up|captured|"
    r"capturing|apprehended|apprehending|jailed|jailing|imprisoned|the\s+(?:arrests?|detention)\s+of",
    "abducted": r"abducting|abducted|abducts|kidnapping|kidnapped|kidnaps|the\s+(?:abduction|kidnapping)s?\s+of|"
    r"forcibly\s+disappear(?:ed|ing)|enforced\s+disappearance\s+of",
    "displaced": r"displacing|displaced|displaces|uprooting|uprooted|the\s+displacement\s+of",
}
_LEFT_FILLER = (
    r"(?:\s+(?:another|a\s+further|an\s+additional|further|additional|the|some|an?\s+(?:entire\s+)?family\s+of|"
    r"families\s+of|his|her|their|its))?"
)
_AUX = (
    r"were|was|are|is|have|has|had|been|being|be|reportedly|allegedly|also|all|later|subsequently|either|"
    r"apparently|confirmed|reported|feared|now|already|initially|each|both|instantly|immediately|"
    r"seriously|critically|severely|lightly|slightly|fatally|badly|said\s+to\s+have\s+been|"
    r"believed\s+to\s+have\s+been|thought\s+to\s+have\s+been|found|left"
)
_STOP = (
    r"and|or|but|while|who|which|that|whom|whose|when|where|after|before|as|because|since|than|were|was|"
    r"are|is|have|has|had|been|being|be|not|no|by|on|at|to|from|into|onto|across|said|says|according|"
    r"including|among|amid|following|despite|if"
)
_NON_PERSON = {
    "rockets", "missiles", "shells", "bombs", "barrel", "barrels", "mortars", "mortar", "rounds", "airstrikes",
    "air", "strikes", "raids", "attacks", "times", "day", "days", "hours", "hour", "minutes", "weeks", "months",
    "years", "km", "kilometres", "kilometers", "miles", "metres", "meters", "villages", "towns", "cities",
    "houses", "homes", "buildings", "shops", "vehicles", "cars", "tanks", "trucks", "tonnes", "tons", "kg",
    "dollars", "percent", "per", "positions", "checkpoints", "sites", "targets", "drones", "aircraft",
    "planes", "jets", "helicopters", "schools", "hospitals", "mosques", "churches", "points", "areas",
    "neighbourhoods", "neighborhoods", "districts", "provinces", "governorates", "countries", "nations",
    "tents", "camps", "animals", "sheep", "cattle", "livestock", "pounds", "euros", "million", "billion",
}
_GROUPS: dict[str, str] = {
    "civilian": "civilians", "civilians": "civilians", "residents": "civilians", "villagers": "civilians",
    "child": "children", "children": "children", "kids": "children", "boys": "children", "boy": "children",
    "girls": "children", "girl": "children", "minors": "children", "infants": "children", "babies": "children",
    "baby": "children", "infant": "children", "toddlers": "children", "students": "civilians",
    "woman": "women", "women": "women", "mothers": "women",
    "soldiers": "soldiers", "soldier": "soldiers", "troops": "soldiers", "servicemen": "soldiers",
    "fighters": "fighters", "militants": "fighters", "combatants": "fighters", "rebels": "fighters",
    "policemen": "police", "police": "police", "officers": "police",
    "protesters": "protesters", "demonstrators": "protesters", "protestors": "protesters",
    "journalists": "journalists", "journalist": "journalists", "reporters": "journalists",
    "broadcasters": "journalists", "bloggers": "journalists",
    "families": "families", "households": "families",
    "workers": "civilians", "farmers": "civilians", "fishermen": "civilians",
    "refugees": "refugees", "idps": "displaced", "displaced": "displaced",
    "paramedics": "medical workers", "doctors": "medical workers", "nurses": "medical workers",
    "medics": "medical workers",
}
_SINGLE_PERSON = (
    r"civilian|child|boy|girl|woman|man|person|baby|infant|toddler|teenager|teen|youth|youngster|soldier|"
    r"fighter|policeman|police\s+officer|officer|journalist|reporter|doctor|nurse|paramedic|medic|farmer|"
    r"shepherd|student|member|resident|worker|volunteer|activist|militant|commander|protester|demonstrator|"
    r"citizen|refugee|pilot|rescuer|mother|father|teacher|driver|villager|elderly\s+man|elderly\s+woman|"
    r"old\s+man|old\s+woman|passer-by|passerby|guard|employee|physician|cameraman|photographer|imam|priest|"
    # media workers named by their trade, as journalists' safety alerts name them ("a radio broadcaster")
    r"broadcaster|presenter|blogger|columnist|editor|"
    # one person named by office or trade ("a district official", "a village chief", "an engineer")
    r"official|administrator|governor|mayor|judge|magistrate|prosecutor|commissioner|candidate|chief|elder|"
    r"headman|leader|chairman|lawmaker|legislator|politician|councillor|councilor|lawyer|engineer|contractor|"
    r"trader|merchant|shopkeeper|vendor|businessman|businesswoman|pastor|cleric|monk|nun|preacher|sheikh|"
    r"aid\s+worker|health\s+worker|civil\s+servant|lecturer|professor|surgeon|midwife|pharmacist|herder|"
    r"fisherman|miner|pilgrim|worshipper|tourist|peacekeeper|gendarme|policewoman|ranger|militiaman|rebel|"
    r"insurgent|jihadist|guerrilla|girl|boy"
)
_KIN = r"mother|father|wife|husband|son|daughter|brother|sister|grandson|granddaughter|cousin|nephew|niece"
_SINGLE_RE = re.compile(
    rf"\b(?:(?:an?|one)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SINGLE_PERSON})|(?:his|her)\s+(?:{_KIN}))\b", _I
)
# A person named as the report's source is no victim: "according to a blogger, 40 were killed", "a resident
# said". Media workers and residents are the people most often cited so.
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+$", _I)
_SOURCE_AFTER = re.compile(r"\s+(?:said|says|told|tells|reported|reports|wrote|writes|tweeted|posted)\b", _I)

_SUBSET_BEFORE = re.compile(
    r"\b(?:including|includ(?:es|ed)|among\s+(?:them|whom|those|the\s+dead|the\s+victims|the\s+killed|the\s+injured|"
    r"the\s+wounded)|of\s+whom|mostly|mainly|most\s+of\s+them|many\s+of\s+them|amongst\s+them)\b", _I
)
_SUBSET_AFTER = re.compile(r"^\s+of\s+(?:them|whom|those|the\s+(?:dead|victims|killed|injured|wounded))\b", _I)
_SUBSET_KIND = {
    "dead": "killed", "killed": "killed", "victims": "killed", "injured": "injured", "wounded": "injured",
}
_CUMULATIVE = re.compile(
    r"(?:bringing|raising|pushing|taking|brings|raises|bring|raise|lifting)\s+the\s+(?:\w+\s+){0,3}?"
    r"(?:toll|total|number)\b[^.;]{0,30}?(?:to|up\s+to)\s*$", _I
)
_CONJ_BETWEEN = re.compile(r"^\s*,?\s*(?:and|as\s+well\s+as|plus|along\s+with|,)\s+(?:(?:his|her|their|its)\s+)?$", _I)

_RIGHT_RE = re.compile(
    rf"^(?P<np>(?:\s+(?!(?:{_STOP})\b)[A-Za-z][\w'’-]*){{0,6}}?)"
    # an aside that describes the counted ("including a child", "both farmers"), any share of them ("one of
    # them a shopkeeper", "eleven of them children", "several of whom", "half of them")
    r"(?P<paren>\s*,\s*(?:including|among\s+them|among\s+whom|mostly|mainly|of\s+whom|"
    r"[\w-]+\s+of\s+(?:them|whom)|both)\b[^,;]{0,80},)?"
    rf"(?P<aux>(?:\s+(?:{_AUX}))*)\s+(?P<kind>(?P<ambiguous>{_AMBIGUOUS_RIGHT})|"
    rf"{'|'.join(f'(?P<{k}>{v})' for k, v in _RIGHT_KINDS.items())})\b",
    _I,
)
_PREP = (
    r"in|near|on|at|from|across|inside|outside|around|within|during|under|over|along|between|off|for|with|"
    r"without|through|throughout|towards|toward|against|via|per|the|a|an|this|these|those|its|their|of|"
    r"today|yesterday|last|overnight|earlier"
)
# The counted noun phrase kept as raw words: "500 families", "tens of thousands of people", "3 aid workers".
_KIND_WORDS = (
    r"dead|killed|died|wounded|injured|hurt|arrested|detained|abducted|kidnapped|displaced|fled|missing|"
    r"slain|executed|martyred|homeless"
)
_NP_RE = re.compile(rf"^(?:\s+of)?(?:\s+(?!(?:{_STOP}|{_PREP}|{_KIND_WORDS})\b)[A-Za-z][\w'’-]*){{0,3}}", _I)
_LEFT_RE = re.compile(
    rf"\b(?P<kind>{'|'.join(f'(?P<{k}>{v})' for k, v in _LEFT_KINDS.items())}){_LEFT_FILLER}\s*$", _I
)

_ZERO_SUBJECT = re.compile(
    r"\b(?:no\s+(?:one|body|people|persons|civilians|lives|soldiers|residents)|nobody|none)\b"
    rf"(?:\s+(?:{_AUX}|else))*\s+(?P<word>killed|dead|died|injured|wounded|hurt|harmed|arrested|detained|"
    r"abducted|kidnapped|displaced)\b",
    _I,
)
_ZERO_NOUN = re.compile(
    r"\b(?:no|without(?:\s+causing)?(?:\s+any)?|zero)\s+(?:immediate\s+|reported\s+|human\s+|civilian\s+|other\s+)*"
    r"(?P<word>casualties|deaths|fatalities|injuries|loss(?:es)?\s+of\s+life|victims)\b",
    _I,
)
_ZERO_WORD_KINDS = {
    "killed": ("killed",), "dead": ("killed",), "died": ("killed",), "injured": ("injured",),
    "wounded": ("injured",), "hurt": ("injured",), "harmed": ("killed", "injured"), "arrested": ("detained",),
    "detained": ("detained",), "abducted": ("abducted",), "kidnapped": ("abducted",), "displaced": ("displaced",),
    "casualties": ("killed", "injured"), "victims": ("killed", "injured"), "deaths": ("killed",),
    "fatalities": ("killed",), "injuries": ("injured",),
}


@dataclass
class CountMention:
    """One counted figure in a sentence, before totals are formed. Offsets are relative to the sentence."""

    start: int
    end: int  # end of the figure's noun phrase (the raw words kept)
    value: Range
    figure_end: int = -1  # end of the figure itself
    kind: Optional[str] = None
    kind_start: int = -1
    from_left: bool = False
    subset: bool = False
    conjunct: bool = False  # summed with the previous figure
    cumulative: bool = False
    group: Optional[str] = None


def casualty_counts(text: str, doc: Any = None) -> list[CountMention]:
    """Every figure in `text` with the kind of impact it counts (None when it counts something else)."""
    counts = [copy(c) for c in _counts_in(text)]
    if doc is not None:
        counts = [c for c in counts if not _negated(doc, c)]
    return counts


@lru_cache(maxsize=512)
def _counts_in(text: str) -> tuple[CountMention, ...]:
    """The figures and their kinds as the text alone gives them. Candidate selection asks without a parse
    and extraction again with one, about the same sentence: the text's part is worked out once (the last
    few hundred sentences, a batch's candidates, are remembered; callers get copies)."""
    counts = _candidates(text)
    for c in counts:
        _assign_kind(text, c)
    _link_conjuncts(text, counts)
    _mark_subsets(text, counts)
    return tuple(counts)


def find_casualties(sentence: Sentence, *, document_id: str = "", doc: Any = None) -> Casualties:
    """Killed/injured/detained/abducted/displaced in one sentence, each a `Quantity` with its evidence.

    `doc` (a spaCy parse of `sentence.text`) is optional; when given, a count whose kind verb is negated
    ("were not killed") is dropped.
    """
    text = sentence.text
    counts = casualty_counts(text, doc)
    result = Casualties()
    for kind in ("killed", "injured", "detained", "abducted", "displaced"):
        quantity = _total(sentence, [c for c in counts if c.kind == kind], document_id, kind)
        if quantity is not None:
            setattr(result, kind, quantity)
    for kind, m in _zeros(text):
        if getattr(result, kind) is None:
            setattr(result, kind, Quantity(0, 0, 0, raw=m.group(0), evidence=_evidence(
                sentence, document_id, kind, m.start(), m.end())))
    return result


# --- candidates and their kinds ------------------------------------------------------------------------


def _candidates(text: str) -> list[CountMention]:
    found = [CountMention(s, e, rng, figure_end=e) for s, e, rng in find_quantities(text)]
    taken = [(c.start, c.end) for c in found]
    for m in _SINGLE_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if _SOURCE_BEFORE.search(text, 0, m.start()) or _SOURCE_AFTER.match(text, m.end()):
            continue  # the report's source, not one of its dead
        first = m.group(0).split()[0]
        found.append(CountMention(m.start(), m.end(), (1, 1, 1), figure_end=m.start() + len(first)))
    return sorted(found, key=lambda c: c.start)


def _assign_kind(text: str, c: CountMention) -> None:
    before, after = text[: c.start], text[c.end:]
    np = _NP_RE.match(after)
    np_words = np.group(0).split() if np else []
    if any(w.lower().strip("'’") in _NON_PERSON for w in np_words[:2] if w.lower() != "of"):
        c.end += np.end() if np else 0
        return
    if _CUMULATIVE.search(before):
        c.cumulative = True
    left = _LEFT_RE.search(before)
    c.end += np.end() if np else 0
    c.group = _group(np_words)
    if left:
        c.kind = next(k for k in _LEFT_KINDS if left.group(k))
        c.kind_start = left.start()
        c.from_left = True
        return
    right = _RIGHT_RE.match(after)
    if right:
        c.group = c.group or _group(right.group("np").split())
        if right.group("ambiguous"):
            return
        c.kind = next(k for k in _RIGHT_KINDS if right.group(k))
        c.kind_start = c.figure_end + right.start("kind")


def _group(words: list[str]) -> Optional[str]:
    for w in words:
        g = _GROUPS.get(w.lower().strip("'’,"))
        if g:
            return g
    return None


def _link_conjuncts(text: str, counts: list[CountMention]) -> None:
    """"killing 5 civilians and 3 soldiers", "5 civilians and 3 soldiers were killed": one verb, one sum."""
    for prev, cur in zip(counts, counts[1:]):
        if not _CONJ_BETWEEN.match(text[prev.end:cur.start]):
            continue
        if prev.kind and not cur.kind and prev.from_left:
            cur.kind, cur.conjunct = prev.kind, True
        elif cur.kind and not prev.kind and not cur.from_left:
            prev.kind, cur.conjunct = cur.kind, True
        elif cur.kind and prev.kind == cur.kind and not cur.from_left and not prev.from_left:
            cur.conjunct = True
    # back-propagate over longer chains: "5 civilians, 3 soldiers and 2 police were killed"
    for prev, cur in reversed(list(zip(counts, counts[1:]))):
        if cur.kind and not prev.kind and _CONJ_BETWEEN.match(text[prev.end:cur.start]):
            prev.kind, cur.conjunct = cur.kind, True


def _mark_subsets(text: str, counts: list[CountMention]) -> None:
    """Subtotals ("including 3 children", "5 of them women") describe a total; they never add to it."""
    anchor = 0
    prev: Optional[CountMention] = None
    for c in counts:
        if c.conjunct and prev is not None and prev.subset:
            c.subset = True
        elif not c.from_left:
            marker = None
            for marker in _SUBSET_BEFORE.finditer(text, anchor, c.start):
                pass
            if marker is not None:
                c.subset = True
                c.kind = c.kind or _SUBSET_KIND.get(marker.group(0).split()[-1].lower())
        after = _SUBSET_AFTER.match(text[c.figure_end:])
        if after:
            c.subset = True
            c.kind = c.kind or _SUBSET_KIND.get(after.group(0).split()[-1].lower())
        anchor = max(anchor, c.end)
        prev = c


def _negated(doc: Any, c: CountMention) -> bool:
    if c.kind_start < 0:
        return False
    for token in doc:
        if token.idx <= c.kind_start < token.idx + max(len(token.text), 1):
            head = token if token.pos_ in ("VERB", "ADJ", "AUX") else token.head
            return any(child.dep_ == "neg" for child in head.children)
    return False


# --- totals --------------------------------------------------------------------------------------------


def _total(sentence: Sentence, counts: list[CountMention], document_id: str, kind: str) -> Optional[Quantity]:
    if not counts:
        return None
    mains = [c for c in counts if not c.subset]
    if not mains:
        return _quantity(sentence, counts, document_id, kind, lower_bound=True)
    chains: list[list[CountMention]] = []
    for c in mains:
        if c.conjunct and chains:
            chains[-1].append(c)
        else:
            chains.append([c])
    own = [ch for ch in chains if not ch[0].cumulative]
    candidates = own or chains
    best_chain = max(candidates, key=lambda ch: sum((c.value[1] or 0) for c in ch))
    return _quantity(sentence, best_chain, document_id, kind)


def _quantity(sentence: Sentence, chain: list[CountMention], document_id: str, kind: str,
              lower_bound: bool = False) -> Quantity:
    lows = [c.value[0] for c in chain]
    bests = [c.value[1] for c in chain]
    highs = [c.value[2] for c in chain]
    best = sum(b or 0 for b in bests)
    low = sum(lows) if all(v is not None for v in lows) else None
    high = sum(highs) if all(v is not None for v in highs) else None
    if lower_bound:
        low, high = best, None
    groups = {c.group for c in chain}
    group = groups.pop() if len(groups) == 1 else None
    start, end = chain[0].start, chain[-1].end
    raw = sentence.text[start:end]
    return Quantity(low=low, best=best, high=high, raw=raw, group=group,
                    evidence=_evidence(sentence, document_id, kind, start, end))


def _zeros(text: str) -> list[tuple[str, re.Match]]:
    out = []
    for rx in (_ZERO_SUBJECT, _ZERO_NOUN):
        for m in rx.finditer(text):
            if re.search(r"\breports?\s+of\s*$|\binformation\s+(?:on|about)\s*$", text[: m.start("word")], _I):
                continue
            for kind in _ZERO_WORD_KINDS.get(m.group("word").lower().split()[0], ()):
                out.append((kind, m))
    return out


def _evidence(sentence: Sentence, document_id: str, field: str, start: int, end: int) -> Evidence:
    return Evidence.within(sentence, document_id, field, start, end)
