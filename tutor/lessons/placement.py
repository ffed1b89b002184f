"""The placement quiz: a learner who already knows the basics starts further on.

One question from each lesson in the first levels of the prerequisite chain (the lesson with
no prerequisites, then those built directly on it), in teaching order: the lesson's first
multiple-choice question, or else its first other closed question (true/false, order), so
that one answer settles it. Each question gets one try and no hints. A lesson whose
question is answered right is marked "placed out" (not completed: it has no score), and the
suggested start is the first lesson that is neither placed out nor completed.

`PlacementRun` works like `ReviewRun` (start, answer, hint, skip, summary), so the terminal
runner and the app's lesson screen drive it the same way. Each result is saved at once with
the lesson's progress (`PLACEMENT_ID` in `tutor.lessons.progress`), and its review card is
rated in the same transaction: a missed question comes back in the review soon, a known one
after days. Lessons already started, completed or placed before are not asked again, so an
interrupted quiz goes on where it stopped; `restart` forgets the earlier placement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from tutor.lessons.catalogue import Catalogue, lesson_status
from tutor.lessons.dialogue import MASTERED, MISSED, Event, FeedbackData, QuestionContext, QuestionTurn, SummaryData
from tutor.lessons.model import FreeText, Lesson, MultipleChoice, Question
from tutor.lessons.progress import PLACEMENT_ID, PlacementRecord, ProgressStore, now_utc
from tutor.lessons.schedule import ReviewSchedule, card_key
from tutor.tuning import PLACEMENT_LEVELS, PLACEMENT_MAX_QUESTIONS

NO_HINTS = "The placement quiz has no hints: answer if you know, or /skip if you do not."
BEHIND = ("completed", "completed before", "placed out")  # statuses of lessons not to start with


@dataclass(frozen=True)
class PlacementItem:
    lesson: Lesson
    question: Question

    @property
    def key(self) -> str:
        return card_key(self.lesson.id, self.question.id)


def placement_lessons(catalogue: Catalogue) -> list[Lesson]:
    """The lessons of the first PLACEMENT_LEVELS levels of the prerequisite chain, in order."""
    levels: dict[str, int] = {}

    def level(lesson: Lesson, seen: frozenset[str]) -> int:
        if lesson.id not in levels:
            above = [catalogue.get(p) for p in lesson.prerequisites if p not in seen]
            levels[lesson.id] = 1 + max((level(p, seen | {lesson.id}) for p in above if p is not None), default=-1)
        return levels[lesson.id]

    return [lesson for lesson in catalogue if level(lesson, frozenset()) < PLACEMENT_LEVELS]


def placement_question(lesson: Lesson) -> Question | None:
    """The lesson's first multiple-choice question, else its first other closed question."""
    closed = [q for q in lesson.questions if not isinstance(q, FreeText)]
    return next((q for q in closed if isinstance(q, MultipleChoice)), closed[0] if closed else None)


def placement_items(catalogue: Catalogue, store: ProgressStore) -> list[PlacementItem]:
    """The questions still to ask: one per placement lesson not started, nor placed before."""
    items = []
    for lesson in placement_lessons(catalogue):
        question = placement_question(lesson)
        record = store.lesson_if_any(lesson.id) or {}
        if question is not None and lesson_status(lesson, store)["status"] == "not started" and PLACEMENT_ID not in record.get("questions", {}):
            items.append(PlacementItem(lesson, question))
    return items[:PLACEMENT_MAX_QUESTIONS]


def forget_placement(catalogue: Catalogue, store: ProgressStore) -> None:
    """Remove the earlier placement results (to take the quiz again); saved at once."""
    for lesson in placement_lessons(catalogue):
        record = store.lesson_if_any(lesson.id)
        if record is not None and PLACEMENT_ID in record.get("questions", {}):
            del record["questions"][PLACEMENT_ID]
            store.put_lesson(lesson.id, record)
    store.save()


def starting_lesson(catalogue: Catalogue, store: ProgressStore) -> str | None:
    """The first lesson in teaching order that is neither placed out nor completed."""
    return next((lesson.id for lesson in catalogue if lesson_status(lesson, store)["status"] not in BEHIND), None)


class PlacementRun:
    """One sitting of the placement quiz; see the module docstring."""

    def __init__(self, catalogue: Catalogue, store: ProgressStore, clock: Callable[[], datetime] = now_utc) -> None:
        self.catalogue = catalogue
        self.store = store
        self.clock = clock
        self.schedule = ReviewSchedule(store)
        self.items = placement_items(catalogue, store)
        self.index = 0
        self.results: dict[str, bool] = {}  # "lesson-id/question-id" -> right first time
        self.turn: QuestionTurn | None = None  # the question on screen, with its shuffled choices

    @property
    def finished(self) -> bool:
        return self.index >= len(self.items)

    @property
    def current_question(self) -> Question | None:
        return None if self.finished or self.turn is None else self.turn.question

    @property
    def shown(self) -> Question:
        """The current question as shown: its choices in the order on screen."""
        assert self.turn is not None
        return self.turn.question

    def start(self) -> list[Event]:
        return self._ask()

    def answer(self, text: str) -> list[Event]:
        if self.finished:
            return []
        item = self.items[self.index]
        verdict = self.shown.grade(text)
        if not verdict.valid:
            return [self._feedback(False, verdict.text, valid=False)]
        if verdict.correct:
            return [self._feedback(True, f"Correct, so you can skip \u201c{item.lesson.title}\u201d.")] + self._record(True)
        return [self._feedback(False, f"{verdict.text} {self.shown.reveal_text()}", answer=True)] + self._record(False)

    def hint(self) -> list[Event]:
        return [] if self.finished else [self._feedback(False, NO_HINTS, valid=False)]

    def skip(self) -> list[Event]:
        """Not known: the answer is shown and the lesson stays to be taken."""
        if self.finished:
            return []
        question = self.shown
        return [self._feedback(False, f"{question.reveal_text()} {question.explanation}".strip(), answer=True)] + self._record(False)

    def summary(self) -> Event:
        """What was right this sitting, the lessons placed out of (so far) and where to start."""
        right = [key for key, correct in self.results.items() if correct]
        start = starting_lesson(self.catalogue, self.store)
        data: SummaryData = {
            "score": len(right),
            "total": len(self.results),
            "mastered": right,
            "review": [key for key in self.results if key not in right],
            "placed_out": [lesson.id for lesson in placement_lessons(self.catalogue) if lesson_status(lesson, self.store)["status"] == "placed out"],
            "start": start,
            "next": [start] if start else [],
        }
        return Event("summary", data)

    def _ask(self) -> list[Event]:
        if self.finished:
            return [self.summary()]
        item = self.items[self.index]
        context: QuestionContext = {"lesson": item.lesson.id, "number": self.index + 1, "of": len(self.items)}
        self.turn = QuestionTurn(item.question, context=context)  # shuffles the choices once
        return [self.turn.ask()]

    def _record(self, correct: bool) -> list[Event]:
        """Save the result with the lesson and rate its review card, in one transaction."""
        item = self.items[self.index]
        now = self.clock()
        record = self.store.lesson(item.lesson.id)
        placement: PlacementRecord = {"question": item.question.id, "correct": correct, "when": now.isoformat()}
        record["questions"][PLACEMENT_ID] = placement  # type: ignore[assignment]
        record["updated"] = now.isoformat()
        self.store.put_lesson(item.lesson.id, record)
        self.schedule.record(item.lesson.id, item.question.id, MASTERED if correct else MISSED, now, source="placement")
        self.store.save()
        self.results[item.key] = correct
        self.index += 1
        return self._ask()

    def _feedback(self, correct: bool, text: str, answer: bool = False, valid: bool = True) -> Event:
        question = self.shown
        data: FeedbackData = {"question": question.id, "correct": correct, "text": text}
        if answer:
            data["answer"] = question.accepted_answer()
        if not valid:
            data["valid"] = False
        return Event("feedback", data)
