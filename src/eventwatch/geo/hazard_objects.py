"""A verb of damage ("damaged", "battered", "pounded", "flattened") makes the capitalised name right after it a
place only when the clause's subject is a hazard or a weapon: "The storm damaged X", "Shelling destroyed Y",
"Russian artillery pounded Z". The object of a storm's or a shell's damage is ground; the same verbs after any
other subject take people, firms and teams ("The scandal damaged Ford", "The defeat battered Chelsea"), which is
why the verbs are no place cue of their own (cues.yaml's locative_before).

The subject is looked for a few words back in the same clause, with no finite verb between. A hazard noun used
as a figure ("a storm of criticism", "the political storm", "the storm over a memo") or capitalised inside
another name ("Houston Rockets") is no hazard; a labour "strike" is none either, so "strike(s)" counts only after
a weapon's word ("drone strikes", "air strikes"). Teams are named for hazards too ("Fire", "Heat", "Storm",
"Lightning"): a sports result after the object ("in straight sets", "on penalties", "by 20 points", "88-70")
makes the name the beaten side, not the ground; a month or "on" before an "N-M" makes it a date ("on May
12-13"), which is no result.

The passive says the same of its subject ("Flores was hit by floods", "X was battered by the storm"), but only
with a hazard of the land as the agent (`_LAND_HAZARDS`): gunfire, lightning, a car, and shelling or an air
strike after "hit" or "struck", strike a person as readily ("X was hit by a car", "X was hit by shelling while
driving"), so those leave the name to the other readings; the war's fire after a verb of razing ("destroyed",
"flattened") strikes only ground. A deed in progress or a personal pronoun after the hazard ("while driving home,
his wife said") tells of a person. A figure's modifier ("a political storm") makes no hazard here either. A firm
is hit by floods as often as a town ("Nissan was hit by the quake", false_places.yaml's brand makes; "at its
plant", "in its home market"). A place named after the hazard does not veto the subject: a town is hit "in" its
own state or "near" its neighbour as often as a firm is hit in a country ("Moore was hit by a tornado in
Oklahoma"), and the readings that would tell the two apart are not known here.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.calendar_words import MONTH_NAMES_AND_ABBREVIATIONS
from eventwatch.geo.false_places import load_false_place_words
from eventwatch.geo.normalise import Token
from eventwatch.geo.verb_forms import AUXILIARIES, past_tense
from eventwatch.geo.weapon_names import ARMS_PLURALS

# Verbs whose object, after a hazard or a weapon, is the ground struck.
DAMAGE_VERBS = frozenset({
    "damaged", "damages", "destroyed", "destroys", "devastated", "devastates", "battered", "batters", "ravaged",
    "ravages", "flattened", "flattens", "razed", "razes", "flooded", "floods", "inundated", "inundates", "pounded",
    "pounds", "lashed", "lashes", "swamped", "swamps", "shook", "shakes", "rocked", "rocks", "levelled", "leveled",
    "levels", "wrecked", "wrecks", "pummelled", "pummeled", "pummels", "hammered", "hammers", "engulfed", "engulfs",
    "slammed", "slams", "smashed", "buffeted", "buffets", "rattled", "rattles", "swept", "sweeps", "struck",
    "hit", "submerged", "submerges", "scorched", "scorches", "gutted", "guts", "shattered", "shatters",
})
# Nouns of a natural or physical hazard (lower case): what strikes the ground it damages here, and what troubles
# or worries it in geo/context_reading.py.
NATURAL_HAZARDS = frozenset({
    "earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors", "aftershock", "aftershocks", "flood",
    "floods", "flooding", "floodwaters", "rain", "rains", "rainfall", "monsoon", "snow", "snowfall", "blizzard",
    "ice", "frost", "storm", "storms", "cyclone", "typhoon", "hurricane", "tornado", "tornadoes", "wind",
    "winds", "gales", "heat", "heatwave", "drought", "wildfire", "wildfires", "fire", "fires", "blaze", "smoke",
    "smog", "haze", "landslide", "landslides", "mudslide", "eruption", "volcano", "tsunami", "erosion",
    "locust", "locusts", "pests", "swarm", "swarms", "mosquitoes", "outbreak", "epidemic", "cholera", "virus",
    "disease", "explosion", "explosions", "blast", "blasts",
})
# The hazards above, more of their plurals and the weapons and fire of war, as the subject's head (lower case).
_HAZARD_NOUNS = NATURAL_HAZARDS | frozenset({
    "storm", "storms", "hurricane", "hurricanes", "typhoon", "typhoons", "cyclone", "cyclones", "tornado",
    "tornadoes", "tornados", "twister", "earthquake", "earthquakes", "quake", "quakes", "tremor", "tremors",
    "aftershock", "aftershocks", "flood", "floods", "flooding", "floodwaters", "floodwater", "rain", "rains",
    "rainfall", "downpours", "downpour", "monsoon", "fire", "fires", "wildfire", "wildfires", "blaze", "blazes",
    "bushfire", "bushfires", "flames", "landslide", "landslides", "mudslide", "mudslides", "tsunami", "eruption",
    "volcano", "lava", "hail", "hailstorm", "blizzard", "snowstorm", "winds", "gales", "surge", "waves",
    "shelling", "bombardment", "bombardments", "bombing", "bombings", "airstrike", "airstrikes",
    "missile", "missiles", "rocket", "rockets", "drone", "drones", "artillery", "explosion", "explosions", "blast",
    "blasts", "bomb", "bombs", "mortar", "mortars", "shells", "shellfire", "gunfire", "barrage", "barrages",
    "warplanes", "jets", "bombers", "detonation", "detonations", "shockwave",
} | ARMS_PLURALS)
# "strike(s)" and "raid(s)" count as a weapon's only after one of these ("drone strikes", "mortar fire").
_WEAPON_MODIFIERS = frozenset({"air", "drone", "missile", "missiles", "rocket", "rockets", "artillery", "mortar",
                               "naval", "aerial", "tank", "sniper", "cruise", "ballistic", "precision", "military",
                               "israeli", "russian", "ukrainian", "saudi", "coalition", "enemy", "heavy", "hostile"})
_GUARDED_NOUNS = frozenset({"strike", "strikes", "raid", "raids"})
# Capitalised titles of a named storm ("Storm Ciaran", "Hurricane Ian", "Typhoon Haiyan").
_STORM_TITLES = frozenset({"storm", "hurricane", "typhoon", "cyclone", "tropical"})
# Words after a hazard noun that make it a figure ("a storm of criticism", "the storm over the memo").
_FIGURE_AFTER = frozenset({"of", "over", "around", "surrounding", "about"})
# Words before a hazard noun that make it a figure ("the political storm", "her fire", "a perfect storm").
_FIGURE_BEFORE = frozenset({"political", "media", "diplomatic", "social", "twitter", "pr", "perfect", "legal",
                            "her", "his", "their", "my", "your", "our", "friendly", "verbal", "firestorm",
                            "publicity", "online", "internal"})
# Lower-case words that may follow the hazard's head within its subject: a trailing phrase ("the storm in the
# south"), a conjunction ("rain and wind"), an adverb of time ("shelling overnight").
_AFTER_HEAD = frozenset({"on", "in", "from", "of", "near", "at", "and", "or", "that", "which", "also", "then",
                         "again", "later", "once", "reportedly", "yesterday", "today", "tonight", "overnight",
                         "early", "late", "last", "this", "still", "alone"})
# Nouns after the name that make it a firm's or a team's ("the Ford plant", "Chelsea fans"): the works or the
# followers the damage fell on, named for their owner.
_TRADE_AFTER = frozenset({"plant", "plants", "factory", "factories", "works", "offices", "office", "headquarters",
                          "store", "stores", "shop", "shops", "dealership", "dealerships", "showroom", "brand",
                          "brands", "shares", "stock", "profits", "sales", "team", "squad", "fans", "players",
                          "defence", "defense", "campaign", "reputation", "hopes"})
# A match's result right after the object, before any comma: the hazard-named subject is a team that beat it.
# A bare "N-M" is a score only where the clause ends after it or a word of the match follows ("88-70 in the
# final", "3-1 on aggregate", "2-0 win"); before anything else it is a range of a unit, a toll or a date ("winds
# of 80-100 mph", "killing 12-15 people", "on 12-13 May", "2-3 times a day").
_SPORT_RESULT_AFTER = re.compile(
    r"[^,.!?;\n]{0,15}?(?:\bin straight (?:sets|games)\b|\bon penalties\b|\bin (?:extra time|overtime)\b"
    r"|\bby \d{1,3} (?:points|runs|wickets|goals|strokes|shots)\b"
    r"|(?<![\w,.-])(?P<range>\d{1,3})\s?[-–]\s?\d{1,3}"
    r"(?=\s*(?:[,.;!?)\n]|$)|\s+(?:in|on|at|to|win|victory|loss|defeat|against|after)\b))")
# A month's name or abbreviation, or a preposition of time, right before an "N-M": a month-first date range
# ("on May 12-13", "between Dec 1-2"), which ends a clause as a score does but is no score.
_DATE_BEFORE_RANGE = re.compile(r"\b(?:on|between|from|since|until|" + MONTH_NAMES_AND_ABBREVIATIONS
                                + r")\.?\s*$", re.IGNORECASE)
_NAME_GOES_ON = re.compile(r"[ -][A-Z]")
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# How many words back the subject's head may stand ("A powerful 6.1-magnitude earthquake rocked X").
_REACH = 5
_CLAUSE_BREAK = re.compile(r"[,.;:!?()\[\]\"“”]")


# Hazards that strike ground, not people: the agents of a passive verb of damage whose subject is a place.
_LAND_HAZARDS = frozenset({
    "flood", "floods", "flooding", "floodwaters", "storm", "storms", "hurricane", "hurricanes", "typhoon",
    "typhoons", "cyclone", "cyclones", "tornado", "tornadoes", "tornados", "earthquake", "earthquakes", "quake",
    "quakes", "tremor", "tremors", "aftershocks", "drought", "droughts", "wildfire", "wildfires", "bushfire",
    "bushfires", "landslide", "landslides", "mudslide", "mudslides", "tsunami", "blizzard", "blizzards",
    "snowstorm", "snowstorms", "hailstorm", "heatwave", "monsoon", "downpours", "rains", "gales", "eruption",
})
# The fire of war, which hits a person as readily as a town ("X was hit by shelling while driving"), but razes
# only ground: an agent of the passive only after a verb of `_RAZING_VERBS`.
_WAR_HAZARDS = frozenset({"shelling", "bombardment", "bombardments", "airstrikes", "bombing", "bombings"})
# "Devastated" and "ravaged" are left out: "X was devastated by the bombing" most often tells a person's grief.
_RAZING_VERBS = frozenset({"destroyed", "razed", "flattened", "levelled", "leveled", "gutted", "pounded"})
# A firm's works or trade after "at/in its" ("at its plant", "in its home market"): where a firm, not a town, is
# hit. A town is hit "in its centre" or "at its school", which leaves it the ground.
_FIRMS_GROUND = _TRADE_AFTER | frozenset({"market", "markets", "operations", "mills", "mill", "mines", "mine",
                                          "refinery", "refineries", "warehouse", "warehouses", "depot", "depots",
                                          "supply", "suppliers", "business", "businesses", "division"})
_PASSIVE_DAMAGE = re.compile(
    r" (?:was|were|has been|have been|had been|is being|was being)(?: (?:badly|hard|severely|heavily|again|also|"
    r"repeatedly))? (" + "|".join(sorted(v for v in DAMAGE_VERBS if v.endswith("ed") or v in ("hit", "struck",
                                                                                             "swept", "shook")))
    + r"|shaken) by (?:(?:the|a|an|two|three|several|heavy|severe|deadly|powerful|massive|fresh|more|further)"
      r" )*(?:(?!(?:" + "|".join(sorted(_FIGURE_BEFORE)) + r") )[a-z]+ )?("
    + "|".join(sorted(_LAND_HAZARDS | _WAR_HAZARDS, key=lambda h: (-len(h), h)))
    + r")\b(?!-| (?:of|over|around|about|chasers?|warnings?|watch|season|clouds|drains?|shelters?|damage|victims"
      r"|relief|insurance|sirens?)\b)"
    # a firm's own works named after the hazard ("hit by floods at its plant"): the firm, not a town, was hit
      r"(?! (?:at|in) (?:its|their) (?:[\w-]+ )?(?:" + "|".join(sorted(_FIRMS_GROUND)) + r")\b)")
# What tells of a person right after the hazard, within a few words: a deed in progress ("while driving home", "as
# he was camping"), or kin after a comma (", his wife said"). Only the next words count: a speaker's pronoun later in
# the sentence (", she said") tells of no person, and a bare "as" + "-ing" is as often the weather's own clause ("as
# rising waters breached the levee"): "as" counts only with its pronoun ("as he was camping").
_PERSON_AFTER = re.compile(r"(?:[ ,]+[^ ,.!?\n]+){0,3}?[ ,]+(?:(?:while|when) [a-z]+ing\b"
                           r"|(?:while|when|as) (?:he|she) (?:was|were) [a-z]+ing\b"
                           r"|(?<=, )(?:his|her) (?:wife|husband|father|mother|son|daughter|family|brother|sister|"
                           r"parents)\b)")


def hazard_subject(text: str, end: int, name: str = "") -> Optional[str]:
    """The passive verb of damage after a name `name` ending at `end` whose agent is a hazard of the land
    ("Flores was hit by floods"): the name is the ground struck. None otherwise (see the module's docstring)."""
    if not text.startswith((" was ", " were ", " has ", " have ", " had ", " is "), end):
        return None
    if name.lower() in load_false_place_words().brand_makes:
        return None  # "Nissan was hit by the quake": the maker, as without a firm place cue
    m = _PASSIVE_DAMAGE.match(text, end)
    if m is None or (m.group(2) in _WAR_HAZARDS and m.group(1) not in _RAZING_VERBS):
        return None  # "X was hit by shelling": a person as readily as a town; "razed by shelling" is ground
    if _PERSON_AFTER.match(text, m.end()):
        return None  # "Morgan was hit by a tornado while driving home, his wife said": a person
    return m.group(1)


def hazard_object(text: str, tokens: list[Token], i: int, end: int) -> Optional[str]:
    """The verb of damage before the name at token i, ending at `end` (right before it, or before "the"), when a
    hazard or a weapon heads the clause's subject before the verb; None otherwise (see the module's docstring)."""
    v = i - 1
    if v >= 0 and tokens[v].norm == "the" and tokens[v].text.islower():
        v -= 1
    if v < 0 or tokens[v].norm not in DAMAGE_VERBS or not tokens[v].text.islower():
        return None
    if text[tokens[i - 1].end : tokens[i].start] != " ":
        return None
    if _NAME_GOES_ON.match(text, end):
        return None  # "damaged Morgan Stanley's offices": the name runs on into a longer one, read elsewhere
    if text[end : end + 2] in ("'s", "’s"):
        return None  # "The storm destroyed Morgan's barn": the owner, not the place
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1) in _TRADE_AFTER:
        return None  # "damaged the Ford plant": the firm's works, named for the firm
    for k in range(v - 1, max(-1, v - 1 - _REACH), -1):
        if _CLAUSE_BREAK.search(text, tokens[k].end, tokens[k + 1].start):
            return None
        t = tokens[k]
        if _is_hazard(text, tokens, k, v):
            if not t.text.islower() and _opens_clause(text, tokens, k) and _sport_result_after(text, end):
                return None  # "Fire destroyed Morgan in straight sets": a team named for a hazard beat another
            return tokens[v].norm
        if t.text.islower() and (t.norm in AUXILIARIES or (past_tense(t.norm) and t.norm not in _HAZARD_NOUNS)):
            return None  # a finite verb between: another clause's subject
    return None


def _sport_result_after(text: str, end: int) -> bool:
    """Whether a match's result follows the object ending at `end`: a result phrase, or an "N-M" that no month
    or preposition of time makes a date range ("on May 12-13" is a date, "3-1" a score)."""
    m = _SPORT_RESULT_AFTER.match(text, end)
    if m is None:
        return False
    return m.group("range") is None or _DATE_BEFORE_RANGE.search(text, end, m.start("range")) is None


def _opens_clause(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token k opens its sentence or clause, with no determiner before it: a capitalised hazard word
    there may be a team's bare name ("Heat", "Fire"), which "The heat" or "A storm" cannot be."""
    before = tokens[k - 1] if k > 0 else None
    return before is None or _CLAUSE_BREAK.search(text, before.end, tokens[k].start) is not None \
        and text[before.end : tokens[k].start].strip() in (".", "!", "?", "\n", "")


def _is_hazard(text: str, tokens: list[Token], k: int, verb: int) -> bool:
    """Whether token k, before the verb at `verb`, heads a subject that is a hazard or a weapon."""
    t = tokens[k]
    noun = t.norm
    guarded = noun in _GUARDED_NOUNS
    if noun not in _HAZARD_NOUNS and not guarded:
        return False
    before = tokens[k - 1] if k > 0 else None
    at_start = _opens_clause(text, tokens, k)
    if not t.text.islower():
        # capitalised: the sentence's first word ("Shelling destroyed X") or a named storm's title ("Storm X")
        named_storm = noun in _STORM_TITLES and k + 1 < verb and tokens[k + 1].text[:1].isupper()
        if not (at_start or named_storm):
            return False
        if before is not None and before.text[:1].isupper() and not at_start:
            return False  # "Houston Rockets": a team's name
    if k + 1 < verb and tokens[k + 1].norm in _FIGURE_AFTER:
        return False
    if k + 1 < verb and not _heads_subject(tokens[k + 1]):
        return False  # "the fire sale", "storm chasers": the hazard word only describes another noun
    if before is not None and before.norm in _FIGURE_BEFORE and not at_start:
        return False
    if guarded:
        return before is not None and before.norm in _WEAPON_MODIFIERS and not at_start
    return True


def _heads_subject(after: Token) -> bool:
    """Whether the word after a hazard noun leaves it the subject's head: a capitalised name (a named storm's),
    another hazard word ("storm surge"), an adverb, or a word of `_AFTER_HEAD`; a plain lower-case noun after it
    is what it describes ("fire sale")."""
    if not after.text.isalpha() or not after.text.islower():
        return True
    return after.norm in _AFTER_HEAD or after.norm in _HAZARD_NOUNS or after.norm.endswith("ly")
