"""What the tutor says for one turn: the types every front end receives.

The end of the answering pipeline (understanding -> resolution -> composition -> reply):
this module imports only the vocabularies in `kinds`, so any package may read a `Reply`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Iterable
from typing import Any

from tutor.answering.kinds import ReplyKind


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
    intent: ReplyKind
    out_of_scope: bool = False
    sources: list[Source] = field(default_factory=list)
    followups: list[str] = field(default_factory=list)
    topic: str | None = None
    # A teaching move's details: {"type": "quiz_question", ...} or {"type": "graded_answer", "verdict", ...}
    teaching: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.answer,
            "intent": self.intent,
            "out_of_scope": self.out_of_scope,
            "sources": [s.to_json() for s in self.sources],
            "followups": self.followups,
            "topic": self.topic,
            "teaching": self.teaching,
        }


def without_sources(answer: str, label: str) -> str:
    """An answer's text before its sources line (`label`, "Sources:", after a blank line)."""
    return answer.split(f"\n\n{label}")[0]


def sources_line(label: str, places: Iterable[tuple[str, str]]) -> str:
    """The line naming where an answer comes from: each document's title and section once,
    in order ("Sources: NATO › Overview; NATO › Members")."""
    return f"{label} {'; '.join(dict.fromkeys(f'{title} › {section}' for title, section in places))}"
