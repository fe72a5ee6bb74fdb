"""nlp stage: sentence boundaries and the parser, run only where the cheap filters say it is needed.

`sentences` splits documents (by rule, `rule_sentences`, or with spaCy's recogniser), `parse` parses
candidate sentences in batches, `places` gives the parses the gazetteer's places as entities; the last two
import spaCy, so they are imported where they are used.
"""
from eventwatch.nlp.sentences import sentence_at, split_sentences

__all__ = ["split_sentences", "sentence_at"]
