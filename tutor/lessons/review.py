"""Review: questions from finished lessons come back when their FSRS card is due.

`ReviewRun` works like `LessonRun` (start, answer, hint, skip, summary) over the due
questions of every lesson, most overdue first. A review tests recall, not the memory of
a screen:

- choices come in a fresh order at every showing (see `QuestionTurn`);
- a question recognised right `RECALL_AFTER` times that allows it (`recall:` in its lesson
  file) is asked from memory, as free text;
- a question failed in the sitting (its answer revealed, or right only after several
  hints: rated Again) comes back `RETRY_GAP` questions later, or at the end; its card is
  rated once, when it is done for the sitting: Hard when the second try is right, Again
  when it is not.

The question in progress is saved after every answer, with the keys failed so far, so an
interrupted review resumes with the same question, shown the same way.
"""

from __future__ import annotations

import random
from datetime import datetime
from typing import Callable

from fsrs import Rating

from tutor.lessons.catalogue import Catalogue
from tutor.lessons.dialogue import HELPED, MISSED, Event, ExplainData, QuestionContext, QuestionState, QuestionTurn, summary_data
from tutor.lessons.model import Question
from tutor.lessons.progress import ProgressStore, QuestionRecord, now_utc
from tutor.lessons.schedule import DueItem, ReviewSchedule, rating, split_key
from tutor.tuning import RECALL_AFTER, RETRY_GAP

DEFAULT_LIMIT = 20
COMES_BACK = "This one comes back later in this review."


class ReviewRun:
    """A review session over the questions that are due now."""

    def __init__(
        self,
        catalogue: Catalogue,
        store: ProgressStore,
        limit: int | None = DEFAULT_LIMIT,
        clock: Callable[[], datetime] = now_utc,
        rng: random.Random | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.store = store
        self.clock = clock
        self.rng = rng
        self.schedule = ReviewSchedule(store)
        items = [item for item in self.schedule.due(clock()) if self._question(item.key) is not None]
        saved = store.review()
        if isinstance(saved.get("current"), str):
            items.sort(key=lambda item: item.key != saved.get("current"))  # the interrupted question first
        self.items: list[DueItem] = items[:limit] if limit else items
        failed = (saved.get("state") or {}).get("failed")
        due = {item.key for item in self.items}
        # Keys failed once in this sitting: their next answer is final.
        self.failed: set[str] = {key for key in failed if key in due} if isinstance(failed, list) else set()
        self.index = 0
        self.outcomes: dict[str, str] = {}  # key -> how it went in this sitting, once final
        self.turn: QuestionTurn | None = None

    def _question(self, key: str) -> Question | None:
        lesson_id, question_id = split_key(key)
        lesson = self.catalogue.get(lesson_id)
        return lesson.question(question_id) if lesson is not None else None

    @property
    def finished(self) -> bool:
        return self.index >= len(self.items)

    @property
    def current_question(self) -> Question | None:
        return self.turn.question if self.turn is not None else None

    def start(self) -> list[Event]:
        return self._ask()

    def answer(self, text: str) -> list[Event]:
        if self.turn is None:
            return []
        return self.turn.answer(text) + self._after_turn()

    def hint(self) -> list[Event]:
        if self.turn is None:
            return []
        return self.turn.hint() + self._after_turn()

    def skip(self) -> list[Event]:
        if self.turn is None:
            return []
        return self.turn.skip() + self._after_turn()

    def summary(self) -> Event:
        """Scores first-time and with help, the ideas to go over again, the next review."""
        data = summary_data({key: (outcome, self._question(key)) for key, outcome in self.outcomes.items()})
        next_due = self.schedule.next_due(self.clock())
        data["next_due"] = next_due.isoformat() if next_due else None
        return Event("summary", data)

    def _ask(self) -> list[Event]:
        if self.finished:
            self.store.put_review({})
            self.store.save()
            return [self.summary()]
        item = self.items[self.index]
        question = self._question(item.key)
        assert question is not None
        saved = self.store.review()
        saved_state = saved.get("state") if saved.get("current") == item.key else None
        state = QuestionState.from_dict(saved_state) if saved_state else QuestionState(recall=self._recall_due(item, question))
        asked = question.as_recall() if state.recall else None
        state.recall = asked is not None
        context: QuestionContext = {"lesson": item.lesson_id, "number": self.index + 1, "of": len(self.items)}
        self.turn = QuestionTurn(asked or question, state, context, self.rng)
        self._save_current(item)
        return self.turn.replay() if saved_state else [self.turn.ask()]

    def _recall_due(self, item: DueItem, question: Question) -> bool:
        """Whether to ask from memory: the question allows it and was recognised often enough."""
        return question.recall is not None and self.schedule.recognised(item.key) >= RECALL_AFTER

    def _save_current(self, item: DueItem) -> None:
        assert self.turn is not None
        state: QuestionRecord = self.turn.state.to_dict()
        if self.failed:
            state["failed"] = sorted(self.failed)
        self.store.put_review({"current": item.key, "state": state})
        self.store.save()

    def _record(self, item: DueItem, outcome: str, hints: int | None, complete_recall: bool = False) -> None:
        """The question is done for this sitting: keep how it went and rate its card."""
        assert self.turn is not None
        self.outcomes[item.key] = outcome
        self.schedule.record(item.lesson_id, item.question_id, outcome, self.clock(), hints=hints, complete_recall=complete_recall, recall=self.turn.from_memory, source="review")

    def _after_turn(self) -> list[Event]:
        """Save the answer; a finished question is rescheduled in the same transaction,
        or queued again when it failed for the first time in this sitting."""
        assert self.turn is not None
        item = self.items[self.index]
        if not self.turn.done:
            self._save_current(item)
            return []
        turn, state = self.turn, self.turn.state
        events: list[Event] = []
        if item.key in self.failed:  # the second try: final, and never better than Hard
            self._record(item, HELPED if state.correct else MISSED, hints=1 if state.correct else None)
        elif rating(state.outcome, state.help, turn.complete_at_once) == Rating.Again:
            self.failed.add(item.key)
            self.items.insert(min(self.index + 1 + RETRY_GAP, len(self.items)), item)
            note: ExplainData = {"text": COMES_BACK}
            events.append(Event("explain", note))
        else:
            self._record(item, state.outcome, hints=state.help, complete_recall=turn.complete_at_once)
        self.store.put_review({})
        self.index += 1
        self.turn = None
        return events + self._ask()

