"""A person who "attacked" someone: a quarrel in words, not an assault on a place.

Why: "attacked" is a firm cue before a capitalised word the gazetteer lacks ("gunmen attacked Mozogo"), but
"a retired army general attacked Adeyemi" or "the opposition leader attacked Okonkwo" attack a person with
words. Where the subject's head right before the verb is a word for a person (a title, an office, a calling,
a speaker), the word after it is no place for that reason alone; other cues may still find it. Not where the
subject is armed ("the militia leader", "Jihadist leaders", "the army general") or an officer still serving,
nor where armed means follow the name ("attacked X with his men", "with tanks"): those attack a place. An armed
word arms only a rank or a leader ("the rebel commander"), never a speaker ("an army spokesman", "a military
analyst"); and whoever attacks "X over his remarks" or "for her comments" attacks a person's words.
"""
from __future__ import annotations

from eventwatch.geo.lexicon import Cues
from eventwatch.geo.normalise import Token

# Verbs that attack with words as often as with arms, of those firm before an unknown name.
_QUARREL_VERBS = frozenset({"attacked"})
# People who speak, beyond cues.yaml's titles and callings: who attacks a person in words. Not a military rank
# ("generals"): an officer attacks with arms as often as with words, and "leader(s)" counts only where the
# subject holds no armed word ("the militia leader attacked X with his men").
_SPEAKERS = frozenset({
    "leader", "leaders", "critic", "critics", "politician", "politicians", "lawmaker", "lawmakers", "opponent",
    "opponents", "rival", "rivals", "candidate", "candidates", "activist", "activists", "commentator",
    "columnist", "pundit", "lawyer", "lawyers", "spokesperson", "campaigner", "campaigners", "official",
    "officials", "ministers", "mp", "mps", "presenter", "host", "blogger", "analyst", "analysts", "expert",
    "experts", "spokesman", "spokeswoman",
})
# Military ranks among cues.yaml's titles: a speaker only where the subject says the officer has left the ranks
# ("a retired army general attacked X").
_RANKS = frozenset({"general", "generals", "colonel", "colonels", "commander", "commanders", "major", "captain",
                    "lieutenant", "sergeant", "brigadier", "admiral", "marshal", "warlord", "warlords"})
# Stems of words that arm the subject ("the militia leader", "Jihadist leaders", "the army general"): armed men
# attack places.
_ARMED_STEMS = ("militia", "rebel", "jihad", "army", "armed", "military", "insurg", "separatist", "gang", "bandit",
                "militant", "guerr", "terror", "islamist")
# Heads an armed word in the subject turns into armed men's leaders ("the militia leader", "Jihadist leaders"). Not
# a speaker's head ("an army spokesman", "the army chief", "a military analyst"): they attack in words.
_LEADERS = frozenset({"leader", "leaders", "commander", "commanders", "chief", "chiefs"})
# Words that take the officer out of the ranks: a retired or former officer attacks in words.
_OUT_OF_RANKS = frozenset({"retired", "former", "ex"})
# "with his men", "with tanks and artillery": armed means after the name.
_ARMED_MEANS = frozenset({"men", "fighters", "troops", "soldiers", "tanks", "artillery", "gunmen", "militiamen",
                          "rockets", "mortars", "drones", "guns", "weapons", "forces"})
_MEANS_OWNERS = frozenset({"his", "her", "their", "its"})
# Words that open the subject's noun phrase: the walk back for armed words stops there.
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those"})
_SUBJECT_REACH = 4  # words before the head searched for an armed word

# Words that may stand between the subject's head and the verb ("the minister also attacked", "has attacked").
_BETWEEN = frozenset({"also", "again", "has", "had", "have", "then", "later", "openly", "publicly", "sharply",
                      "repeatedly", "once"})


def person_attacks(tokens: list[Token], k: int, cues: Cues) -> bool:
    """Whether token k is a quarrel verb whose subject's head, right before it, is a word for a person."""
    if tokens[k].norm not in _QUARREL_VERBS:
        return False
    if _words_attacked_after(tokens, k):
        return True  # "attacked X over his remarks": whoever speaks, what is attacked is a person's words
    m = k - 1
    while m >= 0 and tokens[m].norm in _BETWEEN and tokens[m].text.islower():
        m -= 1
    if m < 0 or not tokens[m].text.islower():
        return False
    head = tokens[m].norm
    if not (head in _SPEAKERS or head in cues.person_titles or head in cues.lowercase_titles or head in cues.callings):
        return False
    if _armed_means_after(tokens, k):
        return False
    subject = _subject_words(tokens, m)
    if head in _RANKS or head in _LEADERS and any(w.startswith(_ARMED_STEMS) for w in subject):
        return bool(_OUT_OF_RANKS.intersection(subject))
    return True


def _subject_words(tokens: list[Token], m: int) -> list[str]:
    """The subject's words from its head at m back to its determiner or the clause's start (a few at most)."""
    out = [tokens[m].norm]
    for x in range(m - 1, max(-1, m - 1 - _SUBJECT_REACH), -1):
        w = tokens[x].norm
        if w in _DETERMINERS or not w.isalpha():
            break
        out.append(w)
    return out


def _words_attacked_after(tokens: list[Token], k: int) -> bool:
    """Whether "over/for his remarks" follows the name after the verb at k: the person's words were attacked."""
    end = min(len(tokens), k + 8)
    for x in range(k + 2, end - 1):
        if tokens[x].norm in _FOR_WORDS:
            y = x + 1
            if tokens[y].norm in _MEANS_OWNERS or tokens[y].norm == "the":
                y += 1
            return y < end and tokens[y].norm in _SPOKEN
    return False


# "attacked X over his remarks", "for her comments": what the person said was attacked.
_FOR_WORDS = frozenset({"over", "for"})
_SPOKEN = frozenset({"remarks", "remark", "comments", "comment", "words", "statement", "statements", "speech",
                     "speeches", "views", "stance", "claims", "criticism", "tweets", "tweet", "posts",
                     "interview", "interviews", "column", "article", "articles"})


def _armed_means_after(tokens: list[Token], k: int) -> bool:
    """Whether "with" and armed means follow the name after the verb at k ("with his men", "with tanks")."""
    end = min(len(tokens), k + 8)
    for x in range(k + 2, end):
        if tokens[x].norm != "with":
            continue
        y = x + 1
        if y < end and tokens[y].norm in _MEANS_OWNERS:
            y += 1
        return y < end and tokens[y].norm in _ARMED_MEANS
    return False
