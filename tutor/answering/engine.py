"""The loaded tutor: knowledge, retrieval, intent patterns and templates in one place.

Loading is the slow part of answering (reading and indexing the knowledge base), so it
happens once; every conversation (`Session`) then shares the same `Tutor`.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from tutor.answering.composition import Composer, Templates
from tutor.answering.endpoints import Endpoints
from tutor.answering.resolution import Resolver
from tutor.answering.resolution.vocabulary import PURPOSE_WORDS
from tutor.answering.sentences import SentenceReader
from tutor.answering.talk import TalkReader
from tutor.answering.understanding import IntentModel, IntentPatterns
from tutor.files.dialogues import load_dialogue
from tutor.files.paths import knowledge_folders, user_cache_dir
from tutor.files.regex_cache import kept_patterns
from tutor.search.cache import open_retriever
from tutor.search.knowledge import Problem
from tutor.search.retrieval import Retriever


@dataclass
class Tutor:
    """Everything a conversation needs, loaded once."""

    retriever: Retriever
    intents: IntentModel
    templates: Templates
    composer: Composer
    resolver: Resolver
    talk: TalkReader
    cache_hit: bool = False
    # The document a follow-up prompt asked on its own is answered from (None: out of
    # scope), found once per prompt: it depends on the knowledge base alone.
    prompt_documents: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def load(cls, folders: list[Path] | None = None, use_cache: bool = True) -> "Tutor":
        """The tutor over `folders` (default: the shipped knowledge and the learner's). The
        garbage collector waits meanwhile: loading makes some hundred thousand objects that
        live as long as the tutor, so collections during it find nothing (about 3 ms of a
        cached start)."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            return cls._load(folders, use_cache)
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def _load(cls, folders: list[Path] | None, use_cache: bool) -> "Tutor":
        folders = folders if folders is not None else knowledge_folders()
        cache_dir = user_cache_dir() if use_cache else None
        retriever, hit = open_retriever(folders, cache_dir)
        with kept_patterns(cache_dir, "intents") as compile_pattern:
            intents = IntentModel.from_yaml(load_dialogue("intents", cache_dir=cache_dir, shape=IntentPatterns), compile_pattern)
        templates = cast(Templates, load_dialogue("templates", cache_dir=cache_dir, shape=Templates))
        retriever.incidental = retriever.terms_of(intents.generic_words)
        retriever.frame = retriever.terms_of(intents.frame_words)
        retriever.views = retriever.terms_of(intents.attitude_words)
        retriever.attitude = retriever.views | retriever.terms_of(intents.significance_words | intents.light_verbs | intents.casual_people)
        retriever.regions = retriever.terms_of(intents.broad_regions)
        retriever.asking = retriever.terms_of(intents.asking_words | intents.case_nouns | intents.case_verbs)
        retriever.aim_words = retriever.terms_of(frozenset(PURPOSE_WORDS))
        retriever.supplied = retriever.terms_of(intents.added_words())
        retriever.opposed_words = intents.opposed_senses
        retriever.everyday_senses = intents.everyday_senses
        retriever.domestic_matters = intents.domestic_matters
        retriever.foreign_relations = intents.foreign_relations
        retriever.circumstance = intents.circumstance
        retriever.yes_no = intents.yes_no
        retriever.speller.asked_words = intents.asked_words  # read at the first unknown word
        reader = SentenceReader(retriever, intents.sentence_cues, intents.opposed_senses, intents.asking_words | intents.span_words)
        parties = retriever.terms_of(intents.party_words)
        significance = retriever.terms_of(intents.significance_words)
        composer = Composer(retriever, templates, reader, Endpoints(retriever, reader, intents.span_ends), parties, significance, intents.thing_kin, intents.confirmation)
        return cls(retriever, intents, templates, composer, Resolver(retriever, intents, reader), TalkReader(retriever, intents.talk_words, intents.talk_people, intents.leading_conjunction, intents.asked_words()), hit)

    @property
    def problems(self) -> list[Problem]:
        return self.retriever.kb.problems
