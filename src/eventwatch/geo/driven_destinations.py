"""Where people were driven to: "fighting forced people to X", "the floods drove 3,000 families to Y", "troops
displaced thousands of residents across the river to Z".

After a verb of going, "to" names a destination as firmly as "in" names a site (geo/cue_readers.motion_before).
A verb that makes others go does the same, but its object stands between the verb and "to", so the verb is not
the word right before it. Read only for verbs of driving people from their homes ("wrote a letter to X",
"introduced them to Y" are no such verbs), and only where the object holds a figure or a word for people, so
that "to" cannot open a person or a thing's level ("pushed prices to X"), within a short run of words with no
clause break, where a crossed river or border may also stand ("across the X").
"""
from __future__ import annotations

from eventwatch.geo.normalise import Token

# Verbs that move people somewhere against their will, in the forms reports use.
_DRIVING_VERBS = frozenset({
    "forced", "forcing", "drove", "driven", "driving", "pushed", "pushing", "displaced", "displacing", "chased",
    "expelled", "deported", "relocated", "bused", "bussed", "herded", "uprooted",
})
# Who is driven: the object must hold a figure or one of these, or the verbs' ordinary senses ("pushed prices to
# X", "drove the ball to Y", "drove voters to Z", "chased the suspect to W") would make any capitalised word after
# "to" a firm place. Only those a report says were uprooted: people by where they live, or by a count.
_PEOPLE = frozenset({
    "people", "persons", "families", "households", "residents", "villagers", "civilians", "inhabitants",
    "locals", "population", "populations", "communities", "idps", "refugees", "migrants", "asylum-seekers",
    "displaced", "settlers", "herders", "farmers", "pastoralists", "nomads", "tribesmen", "women", "children",
    "men", "them", "thousands", "hundreds", "dozens", "tens", "millions",
})
# The most words between the verb and "to": a quantity, its people noun and a crossing ("forced some 3,000
# people across the Ubangi to X").
_REACH = 9


def driven_to(text: str, tokens: list[Token], to_index: int) -> bool:
    """Whether the "to" at tokens[to_index] ends a run opened by a verb of driving people out ("forced people
    to", "drove 2,000 families across the border to"), with nothing between but words, figures and the
    thousands' commas, so that the name after "to" is where they were driven."""
    k = to_index - 1
    people = False
    while k >= 0 and to_index - k <= _REACH:
        t = tokens[k]
        gap = text[t.end : tokens[k + 1].start]
        if gap not in (" ", ",") or (gap == "," and not (t.text.isdigit() and tokens[k + 1].text.isdigit())):
            return False  # a clause break, or a comma that is no figure's
        if t.text.islower() and t.norm in _DRIVING_VERBS:
            return people  # the verb's object, people, stands between it and "to"
        people = people or t.text[:1].isdigit() or t.text.islower() and t.norm in _PEOPLE
        k -= 1
    return False
