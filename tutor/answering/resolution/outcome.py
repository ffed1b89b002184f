"""`Resolution`: how a question will be answered, as the resolver decided it."""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.answering.kinds import Intent, ResolutionKind
from tutor.search.retrieval import Passage


@dataclass
class Resolution:
    """How a question will be answered: which passages, about which topic."""

    kind: ResolutionKind
    intent: Intent
    tokens: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    topic: str | None = None
    sides: list[tuple[str, list[Passage]]] = field(default_factory=list)
    side_terms: list[frozenset[str]] = field(default_factory=list)  # the words naming each side and not the other
    key: Passage | None = None
    key_sentences: list[str] = field(default_factory=list)  # the sentences of `key` that set the sides apart
    defining_first: bool = False
    anchor: int | None = None  # the sentence of the first passage that answers best
    # The other question of two ("... and how do they work?"): its kind and search terms,
    # which a sentence of the answer also answers.
    also: tuple[str, list[str]] | None = None
    asks_judgement: bool = False  # declined because it asks which is good or best
    same: bool | None = None  # for "is X the same as Y?": whether they are, else not asked
    unknown_side: str | None = None  # a side of a comparison the knowledge never names, as asked; the other side answers
    # For "which came first?": each thing's passage, the sentence dating it and its year, earliest first.
    in_order: list[tuple[Passage, int, int]] = field(default_factory=list)
