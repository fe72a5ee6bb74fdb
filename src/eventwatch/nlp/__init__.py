"""nlp stage: sentence boundaries and the parser, run only where the cheap filters say it is needed."""
from eventwatch.nlp.sentences import sentence_at, split_sentences

__all__ = ["split_sentences", "sentence_at"]
