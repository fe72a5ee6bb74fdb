"""Who did what to whom: actors in a sentence, normalised to neutral canonical names, with their roles.

The registry (`data/actors.yaml`) holds named actors with aliases, partisan labels and Arabic names, and
generic actors ("gunmen", "protesters", "civilians", "[nationality] forces") whose name is filled from the
country the words or the caller give. Matching is longest-first and word-bounded (see `phrases`).

Roles come from the dependency parse when one is given (see `actor_roles`), else from word-order cues.
Reporters (monitors, agencies) and speakers ("..., the Civil Defence said") are not event actors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from importlib import resources as importlib_resources
from typing import Any, Optional

from eventwatch.extract.actor_roles import SPEAKER, assign_roles
from eventwatch.extract.phrases import PhraseMatcher
from eventwatch.extract.theatre_aliases import theatre_entry
from eventwatch.model import Actor, Evidence, Sentence
from eventwatch.yaml_data import parse_yaml

INTER_TYPES = {
    1: "State Forces",
    2: "Rebel Groups",
    3: "Political Militias",
    4: "Identity Militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other Forces",
}
CIVILIANS = 7
EXTERNAL = 8

# Words that may stand between a nationality and the actor noun: "Syrian government forces",
# "Russian special forces", "Turkish-backed armed groups".
_MODIFIERS = (
    r"government|regime|state|pro-government|pro-regime|armed|special|security|military|air|naval|border|riot|"
    r"local|allied|loyalist|elite|regular|federal|national|army|police|opposition|rebel|backed|occupation|"
    r"Islamist|jihadist|Shiite|Shia|Sunni|tribal|paramilitary|combat|fighter|attack|mechanised|mechanized"
)
_TERROR_LINK = re.compile(
    r"^[\s,(-]*(?:such\s+as|including|of|from|belonging\s+to|affiliated\s+(?:with|to)|linked\s+to|namely|like|"
    r"led\s+by|in|known\s+as|-)?[\s,(-]*(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ActorEntry:
    """One registry entry, or a generic one filled for a country."""

    name: str
    inter: Optional[int] = None
    country: Optional[str] = None
    parent: Optional[str] = None
    sponsor: Optional[str] = None
    aliases: tuple[str, ...] = ()
    partisan: tuple[str, ...] = ()
    arabic: tuple[str, ...] = ()
    kind: str = "actor"  # actor | reporter
    generic: bool = False
    template: Optional[str] = None
    fallback: Optional[str] = None
    nouns: tuple[str, ...] = ()
    contexts: tuple[tuple[str, str], ...] = ()  # (event country, canonical name to use there)

    @property
    def type(self) -> Optional[str]:
        return INTER_TYPES.get(self.inter) if self.inter else None

    def for_country(self, country: Optional[str], the: bool = False) -> "ActorEntry":
        """A generic entry made specific: "Military Forces" + Syria -> "Military Forces of Syria"."""
        if not self.generic:
            return self
        if country and self.template:
            label = ("the " + country) if the and "{country}" in self.template and "of {country}" in self.template else country
            return replace(self, name=self.template.format(country=label), country=country, generic=False)
        return replace(self, name=self.fallback or self.name)


@dataclass
class Nationality:
    country: str
    the: bool = False
    forms: tuple[str, ...] = ()


@dataclass
class ActorRegistry:
    entries: list[ActorEntry]
    nationalities: list[Nationality] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_name = {e.name: e for e in self.entries}
        self._matcher: PhraseMatcher[ActorEntry] = PhraseMatcher()
        self._clitic_len: dict[str, int] = {}
        for entry in self.entries:
            self._matcher.add_all((*entry.aliases, *entry.partisan, *entry.arabic), entry)
            for alias in entry.arabic:
                for form, n in arabic_clitic_forms(alias):
                    self._clitic_len[form] = n
                    self._matcher.add(form, entry)
            if not entry.generic:
                self._matcher.add_all((entry.name,), entry)
        self._country_forms: dict[str, Nationality] = {}
        for nat in self.nationalities:
            for form in nat.forms:
                self._country_forms[_fold(form)] = nat
        self._national_re = self._build_national_pattern()

    # --- loading ---------------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Optional[str] = None) -> "ActorRegistry":
        """The bundled registry (or the YAML file at `path`), validated."""
        if path is None:
            text = importlib_resources.files("eventwatch.data").joinpath("actors.yaml").read_text("utf-8")
        else:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        return cls(*_validate(parse_yaml(text), path or "actors.yaml"))

    # --- matching --------------------------------------------------------------------------------------

    def match(self, text: str) -> list[tuple[int, int, ActorEntry]]:
        """Longest, word-bounded, case-aware actor mentions: `(start, end, entry)`, in text order.

        Generic entries found with a nationality come back filled for that country; generic entries found
        alone come back unfilled (`generic=True`) for the caller to fill from context.
        """
        found: list[tuple[int, int, ActorEntry, int]] = []
        for s, e, entry, alias in self._matcher.match(text):
            # an Arabic name read with a clitic before it ("وقوات النظام"): the mention starts after the clitic
            found.append((s + self._clitic_len.get(alias, 0), e, entry, 1))
        folded = _fold(text)
        for m in self._national_re.finditer(folded):
            entry = self._national_entry(m)
            if entry is not None:
                found.append((m.start(), m.end(), entry, 0))
        # longest first; on equal spans a named registry entry beats a generic reading
        found.sort(key=lambda f: (-(f[1] - f[0]), -f[3], f[0]))
        chosen: list[tuple[int, int, ActorEntry, int]] = []
        for f in found:
            if all(f[1] <= c[0] or f[0] >= c[1] for c in chosen):
                chosen.append(f)
        return [(s, e, entry) for s, e, entry, _ in sorted(chosen, key=lambda f: f[0])]

    def nationality(self, form: str) -> Optional[Nationality]:
        return self._country_forms.get(_fold(form))

    def _build_national_pattern(self) -> re.Pattern:
        forms = sorted({f for n in self.nationalities for f in n.forms}, key=len, reverse=True)
        self._noun_entries: dict[str, ActorEntry] = {}
        for entry in self.entries:
            for noun in entry.nouns:
                self._noun_entries.setdefault(noun.lower(), entry)
        nouns = sorted(self._noun_entries, key=len, reverse=True)
        form_alt = "|".join(re.escape(_fold(f)) for f in forms)
        noun_alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
        return re.compile(
            rf"(?<![\w'-])(?P<nat>{form_alt})(?P<backed>-(?:backed|led|supported|sponsored|aligned|allied|trained))?"
            rf"(?:\s+(?:(?i:{_MODIFIERS})\s+){{0,2}}?|\s+)(?P<noun>(?i:{noun_alt}))(?![\w-])"
        )

    def _national_entry(self, m: re.Match) -> Optional[ActorEntry]:
        nat = self._country_forms.get(m.group("nat"))
        entry = self._noun_entries.get(re.sub(r"\s+", " ", m.group("noun").lower()))
        if nat is None or entry is None:
            return None
        if m.group("backed"):
            # "Iranian-backed militias" are not Iran's forces: a proxy of that state
            inter = entry.inter if entry.inter not in (1, None) else 3
            label = re.sub(r"\s+", " ", m.group("noun")).lower()
            return ActorEntry(name=f"{label.capitalize()} backed by {nat.country}", inter=inter,
                              sponsor=nat.country)
        return entry.for_country(nat.country, nat.the)


# Letters written joined before an Arabic word: "and", "so", "with/by", "for/to", and their pairs.
_ARABIC_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def arabic_clitic_forms(alias: str) -> list[tuple[str, int]]:
    """An Arabic name as written after a joined clitic, with the clitic's length: "وقوات النظام" (1), and
    for a name opening with the article, "للقوات" / "وللقوات" where ل + ال is written لل (the mention then
    keeps the ل that stands for the article: 1 letter of the clitic is left out of it). Short names (under
    three letters) are left alone: a letter before them too often makes another word."""
    alias = alias.strip()
    if len(alias.split()[0]) < 3 or not ("\u0621" <= alias[0] <= "\u064a"):
        return []
    forms = [(c + alias, len(c)) for c in _ARABIC_CLITICS]
    if alias.startswith("ال"):
        forms += [(c + "ل" + alias[2:], len(c)) for c in ("ل", "ول", "فل")]
    return forms


def _fold(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def _validate(data: Any, where: str) -> tuple[list[ActorEntry], list[Nationality]]:
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise ValueError(f"{where}: expected a mapping with an 'actors' list")
    entries: list[ActorEntry] = []
    names: set[str] = set()
    for i, item in enumerate(data["actors"]):
        if not isinstance(item, dict) or not item.get("name"):
            raise ValueError(f"{where}: actor #{i} has no name")
        name = str(item["name"])
        if name in names:
            raise ValueError(f"{where}: actor {name!r} is listed twice")
        kind = item.get("kind", "actor")
        if kind not in ("actor", "reporter"):
            raise ValueError(f"{where}: actor {name!r} has unknown kind {kind!r}")
        inter = item.get("inter")
        if kind == "actor" and inter not in INTER_TYPES:
            raise ValueError(f"{where}: actor {name!r} needs an ACLED inter code 1-8, got {inter!r}")
        lists = {}
        for key in ("aliases", "partisan", "arabic", "nouns"):
            value = item.get(key) or []
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise ValueError(f"{where}: actor {name!r} has an invalid {key} list")
            lists[key] = tuple(value)
        generic = bool(item.get("generic", False))
        if generic and not item.get("fallback"):
            raise ValueError(f"{where}: generic actor {name!r} needs a fallback name")
        if generic and "{country}" not in str(item.get("template", "")):
            raise ValueError(f"{where}: generic actor {name!r} needs a template with {{country}}")
        if not generic and lists["nouns"]:
            raise ValueError(f"{where}: only generic actors take nouns ({name!r})")
        if not (lists["aliases"] or lists["partisan"] or lists["arabic"] or lists["nouns"]):
            raise ValueError(f"{where}: actor {name!r} has nothing to match")
        contexts = item.get("contexts") or {}
        if not isinstance(contexts, dict):
            raise ValueError(f"{where}: actor {name!r} contexts must map a country to a canonical name")
        names.add(name)
        entries.append(ActorEntry(
            name=name, inter=inter, country=item.get("country"), parent=item.get("parent"),
            sponsor=item.get("sponsor"), aliases=lists["aliases"], partisan=lists["partisan"],
            arabic=lists["arabic"], kind=kind, generic=generic, template=item.get("template"),
            fallback=item.get("fallback"), nouns=lists["nouns"],
            contexts=tuple((str(k), str(v)) for k, v in contexts.items()),
        ))
    for e in entries:
        for _country, target in e.contexts:
            if target not in names:
                raise ValueError(f"{where}: actor {e.name!r} context points to unknown actor {target!r}")
    nationalities = []
    for item in data.get("nationalities") or []:
        if not isinstance(item, dict) or not item.get("country") or not item.get("forms"):
            raise ValueError(f"{where}: each nationality needs a country and forms")
        nationalities.append(Nationality(str(item["country"]), bool(item.get("the", False)),
                                         tuple(str(f) for f in item["forms"])))
    return entries, nationalities


# --- sentence-level extraction ---------------------------------------------------------------------------


def find_actors(
    registry: ActorRegistry,
    sentence: Sentence,
    *,
    document_id: str = "",
    doc: Any = None,
    country: Optional[str] = None,
) -> list[Actor]:
    """Actors named in one sentence with roles actor1 (initiator), actor2 (target) or associated.

    `doc` is an optional spaCy parse of `sentence.text`; `country` is the event country where the caller
    knows it: it names generic actors ("government forces" -> "Military Forces of Syria") and marks state
    forces acting outside their own country as External/Other Forces (inter 8), as ACLED does.
    """
    text = sentence.text
    mentions = [(s, e, entry) for s, e, entry in registry.match(text) if entry.kind == "actor"]
    mentions = _drop_redundant_terror_labels(text, mentions)
    if not mentions:
        return []
    spans = [(s, e) for s, e, _ in mentions]
    roles = assign_roles(text, spans, [entry.inter for _, _, entry in mentions], doc)
    actors: list[Actor] = []
    speakers: list[Actor] = []
    seen: set[tuple[str, str]] = set()
    for (start, end, entry), role in zip(mentions, roles):
        # "الجيش الوطني" in a Yemeni report is Yemen's army, not the Syrian National Army (extract/theatre_aliases.py)
        resolved = _resolve(registry, theatre_entry(registry, text[start:end], entry, country), country)
        inter = resolved.inter
        if inter == 1 and country and resolved.country and resolved.country != country:
            inter = EXTERNAL
        raw = text[start:end]
        actor = Actor(
            name=resolved.name,
            raw=raw,
            role=role if role != SPEAKER else "associated",
            type=INTER_TYPES.get(inter) if inter else None,
            inter=inter,
            country=resolved.country,
            evidence=Evidence(document_id, "actor", raw, sentence.start + start, sentence.start + end,
                              text, sentence.start),
        )
        if role == SPEAKER:
            speakers.append(actor)
            continue
        key = (actor.name, actor.role)
        if key not in seen:
            seen.add(key)
            actors.append(actor)
    # An armed party reporting its own action ("the ministry said its forces killed ...") is its initiator.
    if not any(a.role == "actor1" for a in actors) and re.search(r"\b(?:its|our|we|their)\b", text, re.I):
        for sp in speakers:
            if sp.inter in (1, 2, 3, 4, 8):
                sp.role = "actor1"
                actors.insert(0, sp)
                break
    return actors


def _resolve(registry: ActorRegistry, entry: ActorEntry, country: Optional[str]) -> ActorEntry:
    for ctx_country, target in entry.contexts:
        if country == ctx_country and target in registry.by_name:
            return registry.by_name[target]
    if entry.generic:
        nat = registry.nationality(country) if country else None
        return entry.for_country(country, nat.the if nat else False)
    return entry


def _drop_redundant_terror_labels(text: str, mentions: list) -> list:
    """ "terrorist groups such as HTS" is HTS: a bare label next to the group it names adds nothing."""
    labelled = [m for m in mentions if m[2].generic and "terrorist" in (m[2].fallback or "")]
    named = [m for m in mentions if not m[2].generic and m[2].inter in (2, 3, 4)]
    drop = set()
    for lab in labelled:
        for nm in named:
            between = text[lab[1]:nm[0]] if lab[1] <= nm[0] else text[nm[1]:lab[0]]
            if len(between) <= 25 and _TERROR_LINK.match(between):
                drop.add(id(lab))
    return [m for m in mentions if id(m) not in drop]


_CIVILIAN_VICTIM = re.compile(
    r"\b(?:killing|killed|kills|injuring|injured|wounding|wounded|targeting|targeted|targets|massacred|executed|"
    r"shot|shooting|attack(?:ed|s|ing)?(?:\s+on)?|shelling\s+of|bombing\s+of|massacre\s+of|against|on)\s+"
    r"(?:\S+\s+){0,3}?(?:civilians?|children|women|residents|villagers|displaced|IDPs|worshippers|patients|"
    r"students|farmers|shepherds|journalists|aid\s+workers|medics|families|protesters|demonstrators)\b"
    r"|\b(?:civilians?|children|women|residents|villagers|displaced\s+people|worshippers|patients|students|"
    r"farmers|shepherds|journalists|families)\b(?:\s+\S+){0,4}?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
    r"(?:\w+\s+)?(?:killed|injured|wounded|targeted|shot|executed|massacred|abducted|kidnapped|attacked)",
    re.IGNORECASE,
)


def civilian_targeting(actors: list[Actor], sentence_text: str) -> bool:
    """True when civilians are the target: a civilian actor2, or civilians named as the victims."""
    if any(a.inter == CIVILIANS and a.role == "actor2" for a in actors):
        return True
    if any(a.inter == CIVILIANS and a.role == "actor1" for a in actors):
        return False
    return bool(_CIVILIAN_VICTIM.search(sentence_text))
