"""`State`: what a conversation remembers between turns, which follow-ups are read against."""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.answering.kinds import Intent
from tutor.answering.reply import Reply


@dataclass
class State:
    """What the conversation remembers between turns."""

    topic: str | None = None
    previous_topic: str | None = None  # the subject before the current one
    last_intent: Intent | None = None
    shown: set[str] = field(default_factory=set)
    last_shown: frozenset[str] = frozenset()  # the sections the last answer came from
    last_tokens: tuple[str, ...] = ()  # the search terms of the last question answered
    last_reply: Reply | None = None
    turn: int = 0
