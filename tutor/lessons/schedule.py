"""When each question comes back for review: one FSRS card per question.

The schedule comes from the maintained `fsrs` library (Free Spaced Repetition Scheduler),
not hand-rolled intervals. How a question went decides the rating:

- mastered (right first time, no hints) -> Good: the card graduates and returns in days;
- helped (right after a hint or a wrong try) -> Hard: back after a short learning step;
- missed (the answer had to be revealed) -> Again: back after a short learning step.

One learning step of ten minutes means a missed question is due again soon after the
lesson, and then at growing intervals as it is answered well. Fuzzing is off so that the
schedule is predictable (and testable); with a few dozen cards there are no review piles
to spread out.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from fsrs import Card, Rating, Scheduler

from tutor.lessons.dialogue import HELPED, MASTERED, MISSED
from tutor.lessons.progress import ProgressStore, now_utc

LEARNING_STEP = timedelta(minutes=10)
RATINGS = {MASTERED: Rating.Good, HELPED: Rating.Hard, MISSED: Rating.Again}


def card_key(lesson_id: str, question_id: str) -> str:
    return f"{lesson_id}/{question_id}"


def split_key(key: str) -> tuple[str, str]:
    lesson_id, _, question_id = key.partition("/")
    return lesson_id, question_id


@dataclass(frozen=True)
class DueItem:
    lesson_id: str
    question_id: str
    due: datetime

    @property
    def key(self) -> str:
        return card_key(self.lesson_id, self.question_id)


class ReviewSchedule:
    """The review cards in the progress store, scheduled with FSRS."""

    def __init__(self, store: ProgressStore) -> None:
        self.store = store
        self.scheduler = Scheduler(learning_steps=(LEARNING_STEP,), relearning_steps=(LEARNING_STEP,), enable_fuzzing=False)

    def card(self, key: str) -> Card | None:
        return _card(self.store.card(key))

    def record(self, lesson_id: str, question_id: str, outcome: str, when: datetime | None = None, source: str = "lesson", hints: int = 0) -> Card:
        """Rate the question's card by how it went and store its next due time; the
        attempt also goes into the learner's record (`tutor.lessons.learner`)."""
        when = _utc(when or now_utc())
        self.store.put_attempt({"at": when.isoformat(), "lesson": lesson_id, "question": question_id, "outcome": outcome, "source": source, "hints": hints})
        key = card_key(lesson_id, question_id)
        card = self.card(key) or Card(card_id=zlib.crc32(key.encode("utf-8")), due=when)
        card, _log = self.scheduler.review_card(card, RATINGS[outcome], review_datetime=when)
        self.store.put_card(key, card.to_dict())
        return card

    def items(self) -> list[DueItem]:
        result = []
        for key, data in self.store.cards().items():
            card = _card(data)
            lesson_id, question_id = split_key(key)
            if card is not None and question_id:
                result.append(DueItem(lesson_id, question_id, _utc(card.due)))
        return sorted(result, key=lambda item: (item.due, item.key))

    def due(self, now: datetime | None = None) -> list[DueItem]:
        """Cards due at `now`, the most overdue first."""
        now = _utc(now or now_utc())
        return [item for item in self.items() if item.due <= now]

    def next_due(self, now: datetime | None = None) -> datetime | None:
        now = _utc(now or now_utc())
        later = [item.due for item in self.items() if item.due > now]
        return min(later) if later else None


def _card(data: dict[str, Any] | None) -> Card | None:
    """A card from its stored dict; None when there is none or it is damaged."""
    if data is None:
        return None
    try:
        return Card.from_dict(data)  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError):
        return None  # a damaged card starts again


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def describe_due(moment: datetime | None, now: datetime | None = None) -> str:
    """'in 10 minutes', 'in 2 days', 'in less than a minute', 'now' - for telling the
    learner when reviews are due (only what is already due is "now")."""
    if moment is None:
        return "nothing scheduled"
    seconds = (_utc(moment) - _utc(now or now_utc())).total_seconds()
    if seconds <= 0:
        return "now"
    if seconds < 60:
        return "in less than a minute"
    size, unit = next((size, unit) for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")) if seconds >= size)
    count = int(seconds // size) if unit == "minute" else round(seconds / size)
    return f"in {count} {unit}{'s' if count != 1 else ''}"
