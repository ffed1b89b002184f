"""Review: questions from finished lessons come back when their FSRS card is due.

`ReviewRun` works like `LessonRun` (start, answer, hint, skip, summary) over the due
questions of every lesson, most overdue first. Each finished question is rated again and
rescheduled; the question in progress is saved after every answer, so an interrupted
review resumes with the same question.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from tutor.lessons.catalogue import Catalogue
from tutor.lessons.dialogue import MASTERED, Event, QuestionContext, QuestionState, QuestionTurn, SummaryData
from tutor.lessons.model import Question
from tutor.lessons.progress import ProgressStore, now_utc
from tutor.lessons.schedule import DueItem, ReviewSchedule

DEFAULT_LIMIT = 20


class ReviewRun:
    """A review session over the questions that are due now."""

    def __init__(self, catalogue: Catalogue, store: ProgressStore, limit: int | None = DEFAULT_LIMIT, clock: Callable[[], datetime] = now_utc) -> None:
        self.catalogue = catalogue
        self.store = store
        self.clock = clock
        self.schedule = ReviewSchedule(store)
        items = [item for item in self.schedule.due(clock()) if self._question(item) is not None]
        saved = store.review().get("current")
        if isinstance(saved, str):
            items.sort(key=lambda item: item.key != saved)  # the interrupted question first
        self.items: list[DueItem] = items[:limit] if limit else items
        self.index = 0
        self.results: dict[str, QuestionState] = {}
        self.turn: QuestionTurn | None = None

    def _question(self, item: DueItem) -> Question | None:
        lesson = self.catalogue.get(item.lesson_id)
        return lesson.question(item.question_id) if lesson is not None else None

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
        mastered = [key for key, state in self.results.items() if state.outcome == MASTERED]
        review = [key for key in self.results if key not in mastered]
        next_due = self.schedule.next_due(self.clock())
        data: SummaryData = {
            "score": sum(1 for state in self.results.values() if state.correct),
            "total": len(self.results),
            "mastered": mastered,
            "review": review,
            "next_due": next_due.isoformat() if next_due else None,
        }
        return Event("summary", data)

    def _ask(self) -> list[Event]:
        if self.finished:
            self.store.put_review({})
            self.store.save()
            return [self.summary()]
        item = self.items[self.index]
        question = self._question(item)
        assert question is not None
        saved = self.store.review()
        saved_state = saved.get("state") if saved.get("current") == item.key else None
        context: QuestionContext = {"lesson": item.lesson_id, "number": self.index + 1, "of": len(self.items)}
        self.turn = QuestionTurn(question, QuestionState.from_dict(saved_state), context)
        self.store.put_review({"current": item.key, "state": self.turn.state.to_dict()})
        self.store.save()
        return self.turn.replay() if saved_state else [self.turn.ask()]

    def _after_turn(self) -> list[Event]:
        """Save the answer; a finished question is rescheduled in the same transaction."""
        assert self.turn is not None
        item = self.items[self.index]
        if not self.turn.done:
            self.store.put_review({"current": item.key, "state": self.turn.state.to_dict()})
            self.store.save()
            return []
        self.results[item.key] = self.turn.state
        self.schedule.record(item.lesson_id, item.question_id, self.turn.state.outcome, self.clock(), source="review", hints=self.turn.state.hints)
        self.store.put_review({})
        self.index += 1
        self.turn = None
        return self._ask()
