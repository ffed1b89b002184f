"""Turning retrieved passages into a tutor's answer.

The wording comes from `dialogues/templates.yaml`; this module picks the sentences that
answer the question (the defining sentence first for "what is" questions, dated sentences
for "when", and so on), adds a seeded opening and a "Sources:" line naming document and
section. Same input, same output: every choice among variants is seeded.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import Any

from tutor.knowledge import Chunk
from tutor.retrieval import Passage, Retriever
from tutor.text import split_sentences

# Answers stay short: at most this many words and sentences (the first sentence always fits).
SENTENCE_WORD_BUDGET = {"definition": 85, "more": 130, "list": 120}
DEFAULT_WORD_BUDGET = 100
MAX_SENTENCES = {"more": 6, "list": 6}
DEFAULT_MAX_SENTENCES = 4
# Sentence scoring, in units of the largest idf among the question's focus terms.
CUE_WEIGHT = 1.0  # the sentence has what this kind of question asks for (a date, a name)
RANK_PENALTY = 0.5  # per rank of its passage below the best
POSITION_PENALTY = 0.05  # per sentence into its passage


@dataclass
class Source:
    """A passage an answer was built from."""

    id: str
    title: str
    section: str
    score: float
    chunk_id: str
    passage: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "section": self.section, "score": round(self.score, 4), "chunk": self.chunk_id}


@dataclass
class Reply:
    """What the tutor says for one turn, for every front end."""

    question: str
    answer: str
    intent: str
    out_of_scope: bool = False
    sources: list[Source] = field(default_factory=list)
    followups: list[str] = field(default_factory=list)
    topic: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "intent": self.intent,
            "out_of_scope": self.out_of_scope,
            "sources": [s.to_json() for s in self.sources],
            "followups": self.followups,
            "topic": self.topic,
        }


def seed_of(*parts: object) -> int:
    """A stable seed for choosing among wordings (unlike hash(), the same in every run)."""
    return zlib.crc32("\x1f".join(str(p) for p in parts).encode("utf-8"))


class Composer:
    """Builds answer text from passages using the templates."""

    def __init__(self, retriever: Retriever, templates: dict[str, Any], sentence_cues: dict[str, list[str]]) -> None:
        self.retriever = retriever
        self.templates = templates
        self.cues = {intent: [re.compile(p) for p in patterns] for intent, patterns in sentence_cues.items()}

    def pick(self, key: str, seed: int, **values: str) -> str:
        """One of the template's variants (or the template itself), filled in."""
        options = self.templates[key]
        text = options[seed % len(options)] if isinstance(options, list) else options
        return text.format(**values).strip()

    def opening(self, intent: str, seed: int, topic: str) -> str:
        options = self.templates["openings"].get(intent) or self.templates["openings"]["definition"]
        return options[seed % len(options)].format(topic=topic)

    def source(self, passage: Passage) -> Source:
        chunk = passage.chunk
        return Source(chunk.doc_id, chunk.title, chunk.section, passage.score, chunk.id, chunk.plain_text())

    def sources_line(self, passages: list[Passage]) -> str:
        names = list(dict.fromkeys(f"{p.chunk.title} › {p.chunk.section}" for p in passages))
        return f"{self.templates['sources_label']} {'; '.join(names)}"

    def sentences(self, passages: list[Passage], tokens: list[str], intent: str, defining_first: bool = False) -> list[str]:
        """The sentences of `passages` that best answer a question, in reading order."""
        budget = SENTENCE_WORD_BUDGET.get(intent, DEFAULT_WORD_BUDGET)
        limit = MAX_SENTENCES.get(intent, DEFAULT_MAX_SENTENCES)
        focus = set(self.retriever.focus_tokens(passages[0].chunk.doc_id, tokens)) if passages else set(tokens)
        idf = {t: self.retriever.index.idf_of(t) or 0.0 for t in focus}
        unit = max(idf.values(), default=1.0) or 1.0
        cues = self.cues.get(intent, [])
        candidates: list[tuple[float, int, int, str]] = []
        for rank, passage in enumerate(passages):
            for position, sentence in enumerate(split_sentences(passage.chunk.plain_text())):
                words = set(self.retriever.query_tokens(sentence))
                score = sum(idf[t] for t in focus & words)
                if any(cue.search(sentence) for cue in cues):
                    score += CUE_WEIGHT * unit
                if defining_first and rank == 0 and position == 0 and passage.chunk.position == 0:
                    score += 100.0 * unit
                score -= RANK_PENALTY * unit * rank + POSITION_PENALTY * unit * position
                candidates.append((score, rank, position, sentence))
        if intent == "more":
            chosen = sorted(candidates, key=lambda c: (c[1], c[2]))
        else:
            chosen = sorted(candidates, key=lambda c: -c[0])
        picked: list[tuple[float, int, int, str]] = []
        words_used = 0
        for candidate in chosen:
            length = len(candidate[3].split())
            if picked and (len(picked) >= limit or words_used + length > budget):
                continue
            picked.append(candidate)
            words_used += length
        picked.sort(key=lambda c: (c[1], c[2]))
        return [c[3] for c in picked]

    def explanation(self, intent: str, passages: list[Passage], tokens: list[str], seed: int, topic: str, defining_first: bool) -> str:
        sentences = self.sentences(passages, tokens, intent, defining_first)
        body = "\n".join(f"- {s}" for s in sentences) if intent == "list" and len(sentences) > 2 else " ".join(sentences)
        return f"{self.opening(intent, seed, topic)}\n\n{body}\n\n{self.sources_line(passages)}"

    def comparison(self, sides: list[tuple[str, list[Passage]]], key: Passage | None, tokens: list[str], seed: int) -> str:
        """Two subjects side by side, each with its defining sentences, then the key difference."""
        parts = [self.opening("comparison", seed, "")]
        used: list[Passage] = []
        for title, passages in sides:
            sentences = self.sentences(passages[:1], tokens, "definition", defining_first=True)[:2]
            parts.append(f"**{title}**: {' '.join(sentences)}")
            used.extend(passages[:1])
        if key is not None:
            best = self.sentences([key], tokens, "comparison")[:2]
            if best:
                parts.append(f"{self.templates['comparison_key']} {' '.join(best)}")
                used.append(key)
        parts.append(self.sources_line(used))
        return "\n\n".join(parts)

    def chunk_heading_matches(self, chunk: Chunk, intent: str, section_cues: dict[str, list[str]]) -> bool:
        heading = chunk.section.casefold()
        return any(cue in heading for cue in section_cues.get(intent, ()))
