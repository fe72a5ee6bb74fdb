"""Whether a language's name that is also a people's adjective ("French", "Spanish") names the language here.

"in French" is read as the language by geo/language_mentions.py; the same word is the language, never a
people or a country, where it is spoken, taught or learned ("she speaks fluent French", "spoke only French and
Farsi", "taught Spanish"), where it follows another language in a pair that closes the phrase ("in English
and Spanish."), and where a noun of language use follows it ("a French immersion school", "Spanish lessons",
"German-language papers"). Local news writes these often (a profile's languages, a school's programme); a
demonym there would claim the country as a place the story is about. The people ("French officials", "a French national") and
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
# "Teacher(s)", "instruction", "curriculum" and "class(es)" are not among them: news reads "French teachers
# walked out", "on Russian instruction" and "the Chinese curriculum" as the country's people and things.
_USE_NOUNS = frozenset({
    "immersion", "language", "languages", "speaker", "speakers", "speaking", "lesson", "lessons", "course",
    "courses", "tutor", "tutors", "translation", "translations", "translator", "translators", "interpreter",
    "interpreters", "subtitles", "subtitled", "dub", "dubbed", "dubbing", "dictionary", "grammar",
    "vocabulary", "fluency", "proficiency",
})
# Words that may follow a spoken language where it ends the verb's object ("speaks French but not Farsi",
# "taught Spanish at the school", "speaks French well"); any other word after it may be a noun it modifies
# ("reads French newspapers", "wrote Turkish officials"), where the word is the people's or the country's.
# "and", "or" and a comma join another language ("speaks French and Farsi at home"), or another demonym
# before the same noun ("understands Chinese and Russian concerns"): `_ends_the_object` looks past them.
_AFTER_OBJECT = frozenset({"but", "at", "in", "on", "to", "for", "with", "from", "by", "as", "since",
                           "when", "while", "because", "so", "well", "too", "only", "now", "there", "here",
                           "every", "each", "before", "after", "until", "during", "then", "again",
                           # a relative clause after the object ("speaks fluent French, which", "which she")
                           "which", "who", "whom", "that", "where", "though", "although", "if", "than"})


# Adverbs that may close a spoken language's phrase ("speaks French fluently"). Other words in "-ly" are
# often nouns a demonym modifies ("Turkish assembly", "Italian family", "French supply").
_ADVERBS = frozenset({"fluently", "flawlessly", "perfectly", "poorly", "badly", "fairly", "reasonably", "passably",
                      "daily", "regularly", "mostly", "mainly", "only", "exclusively", "primarily", "natively",
                      "comfortably", "easily", "fully", "properly", "correctly", "slowly", "quickly", "well"})
_JOINS = frozenset({"and", "or"})


def _ends_the_object(text: str, tokens: list[Token], i: int, languages: AbstractSet[str]) -> bool:
    """Whether the language's name at token `i`, with the names joined to it by "and", "or" or a comma
    ("French and Farsi", "Greek, Latin and Hebrew"), ends the verb's object: the text ends, punctuation
    follows, or a word that opens no noun phrase the names could modify. "Chinese and Russian concerns" and
    "Turkish, Greek and Cypriot officials" modify a noun; "Russian-backed" is a compound adjective."""
    k = i
    while k + 1 < len(tokens):
        a = tokens[k + 1]
        gap = text[tokens[k].end : a.start]
        if gap == " " and a.text.islower() and a.norm in _JOINS:
            nxt = k + 2  # "French and Farsi"
        elif gap.strip() == "," and "\n" not in gap:
            nxt = k + 2 if a.text.islower() and a.norm in _JOINS else k + 1  # "Greek, Latin", "Greek, and Latin"
        elif gap.strip():
            return gap.strip() != "-"  # a sentence or clause ends here; "Russian-backed" goes on
        else:
            return a.text.islower() and (a.norm in _AFTER_OBJECT or a.norm in _ADVERBS or a.norm.endswith("ly")
                                         and _closes(text, tokens, k + 1))
        if nxt >= len(tokens) or nxt > k + 1 and text[a.end : tokens[nxt].start].strip(" ,") \
                or not _capitalised(tokens[nxt]) or nxt == k + 1 and not _a_language(tokens[nxt], languages):
            return True  # "speaks French and cooks", "speaks French, Mary said": the object ended at the name
        k = nxt  # another language, or a demonym after "and" ("Chinese and Belgian"): what follows it decides
    return True


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and not t.text.isupper()


def _a_language(t: Token, languages: AbstractSet[str]) -> bool:
    return t.norm in languages and _capitalised(t)


def _closes(text: str, tokens: list[Token], j: int) -> bool:
    """Whether punctuation or the end of the text follows token `j` ("speaks Spanish flawlessly.")."""
    return j + 1 >= len(tokens) or bool(text[tokens[j].end : tokens[j + 1].start].strip())


def spoken_language_at(text: str, tokens: list[Token], i: int, languages: AbstractSet[str]) -> bool:
    """Whether the one-word name at token `i`, a language's, names the language: spoken or taught before it,
    a language before it in a pair closing the phrase ("in English and Spanish."), or a noun of language use
    after it."""
    t = tokens[i]
    if not _a_language(t, languages):
        return False
    before = [i - 1]
    if i >= 2 and tokens[i - 1].text.islower() and tokens[i - 1].norm in _BETWEEN \
            and text[tokens[i - 1].end : t.start] == " ":
        before.append(i - 2)  # "spoke only French", "speaks fluent French"
    a = tokens[i + 1] if i + 1 < len(tokens) else None
    spoken = any(k >= 0 and tokens[k].text.islower() and tokens[k].norm in _SPEAKING
                 and text[tokens[k].end : tokens[k + 1].start] == " " for k in before)
    if spoken and _ends_the_object(text, tokens, i, languages):
        return True  # "speaks French", "spoke only French", "taught Spanish", "speaks French and Farsi at home"
    if i >= 3 and tokens[i - 1].norm in _JOINS and tokens[i - 2].norm in languages \
            and tokens[i - 3].norm in {"in", "into"} and tokens[i - 3].text.islower() \
            and text[tokens[i - 2].end : tokens[i - 1].start] == " " and _ends_the_object(text, tokens, i, languages):
        return True  # "in English and Spanish": the second of two languages the first one's "in" governs
    # a noun of the language's use after it: "French immersion", "Spanish lessons", "German-language"
    return a is not None and text[t.end : a.start] in (" ", "-") and a.text.islower() and a.norm in _USE_NOUNS
