"""When "off X" places something at sea near the coastal town X rather than in it.

"A seaweed farm off Semporna", "a trawler seized off Kismayo", "two ships collided off Port Said": the event is
on the water within reach of the town, UCDP's precision 2 ("near"), not the town itself (1). But "off" is as
often the particle of a verb whose object is the town: "troops sealed off Bitam", "police cordoned off the
market", "the army cut off Kinkala from the capital" happen in or at the town, and "a plane skidded off X
airstrip" at the airstrip. So "off" reads as "near" only where the word before it is not such a verb: a noun ("a
farm off X", "boats off X") or a verb of being or going at sea ("sank off X", "anchored off X", "abducted off X").
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.normalise import Token

# Verbs whose particle "off" takes the place as their object: closing, cutting, driving away, selling, setting
# out. Written in their common forms (past and present participle, plain and third person).
_PARTICLE_VERBS = frozenset({
    "seal", "seals", "sealed", "sealing", "cordon", "cordons", "cordoned", "cordoning", "cut", "cuts", "cutting",
    "fence", "fenced", "fencing", "block", "blocked", "blocking", "close", "closed", "closing", "shut", "shutting",
    "wall", "walled", "rope", "roped", "section", "sectioned", "fight", "fought", "fighting", "fend", "fended",
    "ward", "warded", "hold", "held", "holding", "drive", "drove", "driven", "driving", "chase", "chased",
    "scare", "scared", "kick", "kicked", "kicks", "set", "sets", "setting", "take", "took", "taken", "takes",
    "taking", "call", "called", "calling", "pay", "paid", "lay", "laid", "sell", "sold", "selling", "sign",
    "signed", "signing", "tip", "tipped", "round", "rounded", "finish", "finished", "shake", "shook", "pull",
    "pulled", "break", "broke", "broken", "head", "headed", "turn", "turned", "switch", "switched", "show",
    "showed", "showing", "tell", "told", "drop", "dropped", "write", "wrote", "written", "wipe", "wiped",
    "brush", "brushed", "shrug", "shrugged", "spin", "spun", "hive", "hived", "auction", "auctioned", "carve",
    "carved", "see", "saw", "seen", "send", "sent", "start", "started", "starting",
    "kick-start", "tear", "tore", "torn", "bite", "bit", "bitten", "knock", "knocked", "pick", "picked",
    "bump", "bumped", "ease", "eased", "back", "backed", "cool", "cooled", "let", "lets", "get", "got", "gets",
    # leaving a surface the place names, where the event still is ("skidded off X airstrip", "a bus plunged off
    # Y bridge", "fell off Z cliffs")
    "skid", "skidded", "veer", "veered", "slid", "slide", "slipped", "roll", "rolled", "fall", "fell", "fallen",
    "plunge", "plunged", "swerve", "swerved", "tumble", "tumbled", "jump", "jumped", "leapt", "run", "ran",
    "push", "pushed", "throw", "threw", "thrown", "come", "came", "go", "went",
})


def offshore_near(before_off: Optional[Token]) -> bool:
    """Whether "off" before a name, with `before_off` the word before "off", places something at sea near the
    town ("a farm off X", "sank off X"), not a verb's object ("sealed off X"). A capitalised or missing word
    before it ("Off Semporna, two boats ...") opens the phrase, which is then spatial too."""
    if before_off is None:
        return True
    return not (before_off.text.islower() and before_off.norm in _PARTICLE_VERBS)
