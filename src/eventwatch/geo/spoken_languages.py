"""Whether a language's name that is also a people's adjective ("French", "Spanish") names the language here.

"in French" is read as the language by geo/language_mentions.py; the same word is the language, never a
people or a country, where it is spoken, taught or learned ("she speaks fluent French", "spoke only French and
Farsi", "taught Spanish"), where it follows another language in a pair ("in English and Spanish"), and where
a noun of language use follows it ("a French immersion school", "Spanish lessons", "German-language
papers"). Local news writes these often (a profile's languages, a school's programme); a demonym there would
claim the country as a place the story is about. The people ("French officials", "a French national") and
the country's things ("French wine", "the French law") keep the demonym: only the words below decide.
"""
from __future__ import annotations

from typing import AbstractSet

from eventwatch.geo.normalise import Token

# Verbs of speaking, teaching and learning a language, and "fluent" ("speaks fluent French"): nothing
# speaks, teaches or learns a people or a country.
_SPEAKING = frozenset({
    "speak", "speaks", "spoke", "spoken", "speaking", "teach", "teaches", "taught", "teaching", "learn",
    "learns", "learned", "learnt", "learning", "study", "studies", "studied", "studying", "fluent",
    "fluently", "translate", "translates", "translated", "translating", "understand", "understands",
    "understood", "write", "writes", "wrote", "read", "reads", "sing", "sings", "sang", "knows", "know",
    "knew",
})
# Words that may stand between the verb and the language ("spoke only French", "speaks little Spanish",
# "speaks fluent French", "learned some German").
_BETWEEN = frozenset({"only", "little", "some", "no", "fluent", "good", "perfect", "broken", "basic",
                      "mostly", "mainly", "both", "conversational", "excellent", "native"})
# Nouns of a language's use right after its name ("French immersion", "Spanish lessons", "German-language").
_USE_NOUNS = frozenset({
    "immersion", "language", "languages", "speaker", "speakers", "speaking", "lesson", "lessons", "class",
    "classes", "course", "courses", "teacher", "teachers", "tutor", "tutors", "translation", "translations",
    "translator", "translators", "interpreter", "interpreters", "subtitles", "subtitled", "dub", "dubbed",
    "dubbing", "dictionary", "grammar", "vocabulary", "fluency", "proficiency", "instruction", "curriculum",
})
# Words that may follow a spoken language where it ends the verb's object ("speaks French and Farsi", "taught
# Spanish at the school", "speaks French fluently"); any other word after it may be a noun it modifies
# ("reads French newspapers", "wrote Turkish officials"), where the word is the people's or the country's.
_AFTER_OBJECT = frozenset({"and", "or", "but", "at", "in", "on", "to", "for", "with", "from", "by", "as", "since",
                           "when", "while", "because", "so", "well", "too", "only", "now", "there", "here",
                           "every", "each", "before", "after", "until", "during", "then", "again",
                           # a relative clause after the object ("speaks fluent French, which", "which she")
                           "which", "who", "whom", "that", "where", "though", "although", "if", "than"})


def _ends_the_object(text: str, t: Token, a: Token | None) -> bool:
    """Whether the language's name ends the verb's object: the text ends, punctuation follows, or a word
    that opens no noun phrase the name could modify."""
    if a is None or text[t.end : a.start].strip():
        return True
    return a.text.islower() and (a.norm in _AFTER_OBJECT or a.norm.endswith("ly"))


def spoken_language_at(text: str, tokens: list[Token], i: int, languages: AbstractSet[str]) -> bool:
    """Whether the one-word name at token `i`, a language's, names the language: spoken or taught before it,
    a language before it in a pair ("English and Spanish"), or a noun of language use after it."""
    t = tokens[i]
    if t.norm not in languages or not t.text[:1].isupper() or t.text.isupper():
        return False
    before = [i - 1]
    if i >= 2 and tokens[i - 1].text.islower() and tokens[i - 1].norm in _BETWEEN \
            and text[tokens[i - 1].end : t.start] == " ":
        before.append(i - 2)  # "spoke only French", "speaks fluent French"
    a = tokens[i + 1] if i + 1 < len(tokens) else None
    spoken = any(k >= 0 and tokens[k].text.islower() and tokens[k].norm in _SPEAKING
                 and text[tokens[k].end : tokens[k + 1].start] == " " for k in before)
    if spoken and _ends_the_object(text, t, a):
        return True  # "speaks French", "spoke only French", "taught Spanish"
    if i >= 3 and tokens[i - 1].norm in {"and", "or"} and tokens[i - 2].norm in languages \
            and tokens[i - 3].norm in {"in", "into"} and tokens[i - 3].text.islower() \
            and text[tokens[i - 2].end : tokens[i - 1].start] == " ":
        return True  # "in English and Spanish": the second of two languages the first one's "in" governs
    # a noun of the language's use after it: "French immersion", "Spanish lessons", "German-language"
    return a is not None and text[t.end : a.start] in (" ", "-") and a.text.islower() and a.norm in _USE_NOUNS
