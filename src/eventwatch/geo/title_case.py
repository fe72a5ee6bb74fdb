"""Which tokens sit on a Title Case line (a headline, a caption, a list of names), where a capital says nothing
of whether a word is a name.
"""
from __future__ import annotations

from bisect import bisect_left

from eventwatch.geo.normalise import Token


# Words a Title Case headline leaves in lower case (articles, conjunctions, short prepositions): any other
# lower-case word shows the line is written in sentence case.
_TITLE_CASE_MINOR = frozenset("a an the and but or nor for so yet as at by in of off on per to up via with from "
                              "into onto over upon than that vs".split())


def title_word(t: Token, shortest: int = 2) -> bool:
    """Whether the token is one word of `shortest` letters or more written capital first and lower case after
    ("Hope", not "HOPE", "McAllen" or "Ho-Chi"): the shape of a name's word, one test for every reader that asks.
    Callers choose `shortest`: common_word_names asks for three letters, as the lower-case words it compares
    with (DocumentWords.long_lower) hold none shorter; name_openers takes two-letter words too."""
    w = t.text
    return len(w) >= shortest and w[:1].isupper() and w[1:].islower() and w.isalpha()


def _title_case_tokens(text: str, tokens: list[Token], calendar: frozenset[str] = frozenset()) -> set[int]:
    """Starts of tokens on lines written in Title Case (headlines), where capitals prove nothing.

    The names of days and months (`calendar`) are capitalised in any prose, so they are no sign of a
    headline; nor is a line that reads as a sentence (`_reads_as_sentence`): a one-sentence report full of
    names ("Shelling hit X University Hospital on Tuesday.") is prose, not a headline."""
    out: set[int] = set()

    def flush(line: list[Token]) -> None:
        words = [t for t in line if t.text.isalpha()]
        long_words = [t for t in words if len(t.text) > 3 and t.norm not in calendar]
        if len(long_words) >= 3 and sum([t.text[:1].isupper() for t in long_words]) >= 0.8 * len(long_words) \
                and not _reads_as_sentence(text, line):
            out.update(t.start for t in words)

    # A line's tokens are cut from the list at once: no word holds a line break, so a line runs from a
    # token to the first break after it; the break's place among the tokens' starts ends the slice.
    starts = [t.start for t in tokens]
    n = len(tokens)
    k = 0
    while k < n:
        line_end = text.find("\n", starts[k])
        e = n if line_end == -1 else bisect_left(starts, line_end, k)
        flush(tokens[k:e])
        k = e
    return out


def _reads_as_sentence(text: str, line: list[Token]) -> bool:
    """Whether a line is prose: it closes with a full stop or exclamation mark and holds a lower-case word a
    headline would capitalise ("shelled", "hit"). Headlines end without a stop."""
    if not line:
        return False
    tail = text[line[-1].end : line[-1].end + 3].lstrip("\"'’”)]")
    if not tail.startswith((".", "!")):
        return False
    return any(t.text.isalpha() and t.text.islower() and t.norm not in _TITLE_CASE_MINOR for t in line)
