"""Names of features that double as adjectives: "the Mediterranean" is a sea, "Mediterranean diet" no place.

English names some seas and regions by their adjective ("the Caribbean", "the Pacific", "the Arctic"). Before
a noun the same word is a modifier: it names the place only when the noun is a place's ("Mediterranean
coast", "Caribbean islands", as for country adjectives in geo/literal_modifiers.py); before any other noun
("Mediterranean diet", "Pacific trade deal") it is no place where anything happened. A country's short name
written as its people's adjective ("in Saudi" beside "its Saudi office") is read the same way, and one that
opens a sentence before an adverb and a verb ("Saudi alone pledged") is the state acting.
"""
from __future__ import annotations

from functools import lru_cache

from eventwatch.geo.literal_modifiers import LiteralModifierLexicon, literal_head
from eventwatch.geo.name_span import NameSpan, opens_sentence
from eventwatch.geo.normalise import Token, normalise
from eventwatch.geo.sources import load_lexicon
from eventwatch.geo.verb_forms import past_tense

# Words after a name that do not make it a noun's modifier: "the Mediterranean is", "the Pacific off Peru".
_NOT_A_NOUN = frozenset({
    "and", "or", "but", "nor", "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as",
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
    "may", "might", "must", "shall", "should", "who", "which", "that", "this", "these", "those", "it", "its",
    "their", "his", "her", "into", "over", "than", "after", "before", "since", "while", "when", "where", "not",
    "also", "said", "says", "near", "along", "off", "during", "via", "until", "about", "between", "through",
    "across", "toward", "towards", "against", "under", "around", "beyond", "within", "outside", "inside",
    "so", "yet", "then", "there", "here", "now", "today", "yesterday", "last", "next", "too", "again",
})
# Adverbs and comparatives that end the phrase: "to the Atlantic faster than by road", "the Pacific alone".
_ADVERBS = frozenset({
    "faster", "sooner", "earlier", "later", "cheaper", "quicker", "more", "less", "further", "farther",
    "already", "still", "instead", "once", "twice", "alone", "ahead", "quickly", "directly", "only", "overnight",
    # of extent and frequency: "skip the Adriatic altogether", "avoid the Caribbean entirely", "fish the Pacific
    # often"; none is a noun a name could modify
    "altogether", "entirely", "completely", "fully", "wholly", "largely", "mostly", "partly", "often", "soon",
})
_NOT_A_NOUN = _NOT_A_NOUN | _ADVERBS
# Finite verbs that are no past in -ed: after "Saudi alone" they make the country the subject that acts.
_FINITE = frozenset({"has", "had", "is", "was", "will", "would", "can", "could", "may", "might", "must", "should",
                     "does", "did", "says", "said"})

def mark_adjectival_uses(text: str, tokens: list[Token], spans: list[NameSpan], forms: frozenset[str],
                         lexicon: LiteralModifierLexicon, feature_heads: frozenset[str] = frozenset()) -> None:
    """A name that doubles as an adjective ("Mediterranean", "Caribbean", "Pacific") modifying a noun names
    the feature only when the noun is a place's ("Mediterranean coast", "Caribbean islands"); otherwise
    ("Mediterranean diet", "Caribbean leaders") it is no place where anything happened.

    A name after a place cue ("in the Mediterranean") is the noun itself and is left alone.
    """
    for s in spans:
        if s.demonym or not s.locational or s.firm or s.norm not in forms:
            continue
        if text[s.end : s.end + 1] != " " or s.j >= len(tokens):
            continue
        nxt = tokens[s.j]
        if nxt.norm in _ADVERBS and _acting_subject(text, tokens, s):
            s.locational, s.cue = False, "metonymy"
            continue
        if nxt.start != s.end + 1 or not nxt.text.isalpha() or not nxt.text.islower() or nxt.norm in _NOT_A_NOUN \
                or past_tense(nxt.norm):
            continue
        head = literal_head(text, tokens, s, lexicon)
        if head is not None:
            s.cue, s.phrase_start, s.phrase_end = "place modifier", s.start, head.end
        elif nxt.norm in feature_heads:
            s.cue, s.phrase_start, s.phrase_end = "place modifier", s.start, nxt.end
        else:
            s.locational, s.cue = False, "modifier"


def _acting_subject(text: str, tokens: list[Token], s: NameSpan) -> bool:
    """Whether s, a country's alias written as its adjective, opens a sentence with an adverb and then a verb
    after it ("Saudi alone pledged", "Saudi once had"): the state acts, as in "Saudi pledged", which the
    metonymy reading does not reach past the adverb."""
    k = s.j + 1
    if k >= len(tokens) or not opens_sentence(text, tokens, s.i) or s.norm not in adjective_aliases():
        return False
    verb = tokens[k]
    return verb.text.isalpha() and verb.text.islower() and (past_tense(verb.norm) or verb.norm in _FINITE)


@lru_cache(maxsize=1)
def adjective_aliases() -> frozenset[str]:
    """Normalised country aliases that are also written as the country's adjective ("saudi").

    The store keeps one reading per place, so such a name reaches the recogniser as the country's alias and
    never as a demonym: before a noun ("a Saudi office", "the Saudi arm") it would name the country though
    English means the adjective there, which the annotation schemes leave out as they leave out "Kenyan arm".
    """
    lexicon = load_lexicon()
    out: set[str] = set()
    for alias in lexicon.aliases:
        country = alias.get("country")
        if not country or alias.get("kind", "alias") != "alias":
            continue
        forms = {normalise(f) for f in lexicon.demonyms.get(country, ())}
        out |= {normalise(n) for n in alias["names"]} & forms
    return frozenset(out)
