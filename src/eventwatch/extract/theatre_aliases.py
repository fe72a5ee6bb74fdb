"""A bare Arabic actor name that opens several actors' full names is the one of the report's theatre.

"الجيش الوطني" (the national army) is the Syrian National Army in a Syrian report, the government's army in a
Yemeni one and Haftar's forces in a Libyan one: the registry writes each full name as the bare name and the
country's adjective ("الجيش الوطني السوري", "الجيش الوطني اليمني", "الجيش الوطني الليبي"), and gives the bare
name to the entry a report most often means. Where the event's country is another entry's, that entry is
meant, as a reader of a Yemeni report takes it. The rule is read off the registry's own names, so a bare
name any entry lists is judged the same way with no list of its own. Where no entry of the event's country
fits, a bare army's name ("الجيش الوطني" in a Mauritanian or Tunisian report, whose armies call themselves so)
is that country's own army, the registry's generic state forces, never another country's force.
"""
from __future__ import annotations

from typing import Any, Optional

from eventwatch.extract.arabic_lexicon import fold


def theatre_entry(registry: Any, raw: str, entry: Any, country: Optional[str]) -> Any:
    """The entry a matched Arabic name `raw` means in an event in `country` (a registry country name):
    `entry` itself where it is of that country or no other entry fits, else the one entry of that country
    whose Arabic names include `raw` followed by one more word (its nationality adjective)."""
    if not country or entry.country == country or not raw or not any("\u0600" <= ch <= "\u06ff" for ch in raw):
        return entry
    bare = _with_article(fold(" ".join(raw.split())))  # letter variants as the matcher read them ("الوطنى")
    if not any(fold(alias) == bare for alias in entry.arabic):
        return entry
    fits = [e for e in registry.entries if e.country == country and e is not entry
            and any(_one_word_longer(bare, fold(alias)) for alias in e.arabic)]
    if len(fits) == 1:
        return fits[0]
    if not fits and bare.split()[0] == _ARMY and any(_one_word_longer(bare, fold(a)) for a in entry.arabic):
        return registry.by_name.get(STATE_FORCES, entry)  # filled with the event's country by the caller
    return entry


# "الجيش" (the army), folded: a bare name it opens is some country's army; the generic entry that names a
# country's state forces ("Military Forces of Mauritania") once the event's country fills it.
_ARMY = fold("الجيش")
STATE_FORCES = "Military Forces"


def _with_article(bare: str) -> str:
    """The name with its article back where a joined "ل" took its place: after "ل", "ال" is written "ل"
    ("للجيش الوطني"), and the matcher keeps that ل in the mention (actors.arabic_clitic_forms)."""
    return "ا" + bare if bare.startswith("ل") and not bare.startswith("ال") else bare


def _one_word_longer(bare: str, alias: str) -> bool:
    """Whether `alias` is `bare` and one word more ("الجيش الوطني" → "الجيش الوطني اليمني"), both folded."""
    words = alias.split()
    return len(words) == len(bare.split()) + 1 and " ".join(words[:-1]) == bare
