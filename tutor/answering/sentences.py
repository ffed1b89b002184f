"""The sentences of a chunk, and how much each says of what a question asks.

Shared by resolution (which sentence answers best decides the passage) and composition
(which run of sentences makes the answer), so neither borrows it from the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from tutor.search.knowledge import Chunk
from tutor.search.retrieval import Retriever
from tutor.search.text import split_sentences


# "How long", "how often" and "how long did it last" ask for a span: a sentence is not
# nearer the answer for saying "long" ("long-range missiles" does not answer "how long did
# the crisis go on for?") or "last" ("the last remaining treaty").
SPAN_WORDS = ("long", "often", "last", "lasted")


class SentenceCues(Mapping[str, list[re.Pattern[str]]]):
    """The sentence cues of each kind of question, compiled when first asked for into one
    pattern that matches where any of them does (one search per sentence; none compiled at
    start-up). The cues are plain patterns: no back-references, no inline flags."""

    def __init__(self, patterns: dict[str, list[str]]) -> None:
        self._patterns = patterns
        self._compiled: dict[str, list[re.Pattern[str]]] = {}

    def __getitem__(self, intent: str) -> list[re.Pattern[str]]:
        compiled = self._compiled.get(intent)
        if compiled is None:
            patterns = self._patterns[intent]
            compiled = [re.compile("|".join(f"(?:{p})" for p in patterns))] if patterns else []
            self._compiled[intent] = compiled
        return compiled

    def __iter__(self) -> Iterator[str]:
        return iter(self._patterns)

    def __len__(self) -> int:
        return len(self._patterns)


class SentenceReader:
    """Split chunks into sentences (once per chunk) and weigh them against a question."""

    def __init__(self, retriever: Retriever, sentence_cues: dict[str, list[str]]) -> None:
        self.retriever = retriever
        self.cues = SentenceCues(sentence_cues)
        self._sentences: dict[str, list[tuple[str, frozenset[str]]]] = {}

    def of(self, chunk: Chunk) -> list[tuple[str, frozenset[str]]]:
        """A chunk's sentences with their tokens (worked out once per chunk)."""
        cached = self._sentences.get(chunk.id)
        if cached is None:
            sentences = split_sentences(chunk.plain_text())
            cached = list(zip(sentences, map(frozenset, self.retriever.tokenizer.tokens_of_texts(sentences))))
            self._sentences[chunk.id] = cached
        return cached

    def has_cue(self, sentence: str, intent: str) -> bool:
        """Whether `sentence` has what this kind of question asks for (a date, a name, a number)."""
        return any(cue.search(sentence) for cue in self.cues.get(intent, []))

    def evidence(self, chunk: Chunk, focus: set[str], intent: str) -> list[tuple[float, bool]]:
        """For each sentence of `chunk`: the idf-weighted share of `focus` it names, and
        whether it has what the kind of question asks for (a date, a name, a number)."""
        weights = {t: self.retriever.index.idf_of(t) or 0.0 for t in focus}
        total = sum(weights.values()) or 1.0
        cues = self.cues.get(intent, [])
        evidence = []
        for sentence, words in self.of(chunk):
            named = focus & words
            evidence.append((sum(weights[t] for t in named) / total, any(cue.search(sentence) for cue in cues)))
        return evidence
