"""When each question comes back for review: one FSRS card per question.

The schedule comes from the maintained `fsrs` library (Free Spaced Repetition Scheduler),
not hand-rolled intervals. How a question went decides the rating (`rating`):

- Easy: right first time, no hints, from memory with every key idea in the first answer
  (a free-text question, or a recognition question asked as recall);
- Good: right first time, no hints, otherwise (picked from choices, true or false, an order,
  or a free-text answer with only the ideas it needs);
- Hard: right after one hint or one wrong (or partial) try;
- Again: right only after several hints or tries, or the answer had to be revealed.

"Help" is the larger of the hints shown and the wrong tries; an unreadable answer (a letter
that is no choice) does not count. A caller that gives only the outcome (no `hints`) gets
Good, Hard or Again for mastered, helped and missed.

Each card also counts how often its question was recognised right first time (picked from
choices or judged true or false); after `RECALL_AFTER` such answers a question that allows
it is asked from memory (see `tutor.lessons.review`), and a recall that had to be revealed
sends it back to recognition for one more round.

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

from tutor.lessons.dialogue import MASTERED, MISSED, QuestionTurn
from tutor.lessons.progress import ProgressStore, now_utc
from tutor.tuning import RECALL_AFTER

LEARNING_STEP = timedelta(minutes=10)
RECOGNISED = "recognised"  # the key of that count in a stored card


def rating(outcome: str, hints: int | None = None, complete_recall: bool = False) -> Rating:
    """The FSRS rating of a finished question (see the module docstring)."""
    if outcome == MASTERED:
        return Rating.Easy if complete_recall else Rating.Good
    if outcome == MISSED or (hints is not None and hints > 1):
        return Rating.Again
    return Rating.Hard


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

    def recognised(self, key: str) -> int:
        """How often the question was recognised right first time (since its last failed recall)."""
        count = (self.store.card(key) or {}).get(RECOGNISED)
        return count if isinstance(count, int) and not isinstance(count, bool) and count > 0 else 0

    def record(
        self,
        lesson_id: str,
        question_id: str,
        outcome: str,
        when: datetime | None = None,
        *,
        hints: int | None = None,
        complete_recall: bool = False,
        recall: bool | None = None,
        source: str = "lesson",
    ) -> Card:
        """Rate the question's card by how it went and store its next due time.

        `hints`: the help the answer took (`QuestionState.help`); `complete_recall`: a
        free-text answer with every key idea at once; `recall`: True when a recognition
        question was asked from memory, False when it was answered from its choices, None
        for a question that is never recognised (free text, order); `source`: where it was
        asked (lesson, review, chat, placement). The attempt also goes into the learner's
        record (`tutor.lessons.learner`).
        """
        when = _utc(when or now_utc())
        self.store.put_attempt({"at": when.isoformat(), "lesson": lesson_id, "question": question_id, "outcome": outcome, "source": source, "hints": hints or 0})
        key = card_key(lesson_id, question_id)
        count = self.recognised(key)
        card = self.card(key) or Card(card_id=zlib.crc32(key.encode("utf-8")), due=when)
        card, _log = self.scheduler.review_card(card, rating(outcome, hints, complete_recall), review_datetime=when)
        data = card.to_dict()
        if recall is False and outcome == MASTERED:
            count += 1
        elif recall and outcome == MISSED:
            count = RECALL_AFTER - 1
        if count:
            data[RECOGNISED] = count  # type: ignore[typeddict-unknown-key]
        self.store.put_card(key, data)
        return card

    def record_turn(self, lesson_id: str, turn: QuestionTurn, when: datetime | None = None, source: str = "lesson") -> Card:
        """`record` a finished question as its turn went: outcome, help taken, recall."""
        return self.record(
            lesson_id, turn.question.id, turn.state.outcome, when,
            hints=turn.state.help, complete_recall=turn.complete_at_once, recall=turn.from_memory, source=source,
        )

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
