"""What the learner knows: mastery per concept, from every question they have finished.

One model for lessons, review, placement and quizzes in the chat: each of them records a
finished question (`ReviewSchedule.record` appends an attempt to the learner's database),
and this module reads those attempts back.

- A *concept* is a knowledge document a lesson teaches: a question belongs to the document
  of the nearest explanation before it in its lesson (the lesson itself when none names
  one), so a quiz in the chat about a document asks that document's questions.
- A question's mastery is the mean of its attempts' values (mastered 1, helped 0.5, missed
  0), each older attempt weighing less (`MASTERY_DECAY`). A concept's mastery is the mean
  over all its questions, those never answered counting 0: knowing one fact of five is
  not knowing the concept.
- What is due comes from the review cards; what was missed is every question whose last
  attempt was missed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Mapping

from tutor.lessons.catalogue import Catalogue, lesson_status, next_lesson
from tutor.lessons.dialogue import HELPED, MASTERED, MISSED
from tutor.lessons.model import Explain, Lesson, Question
from tutor.lessons.progress import AttemptRecord, ProgressStore, now_utc
from tutor.lessons.schedule import ReviewSchedule, card_key
from tutor.tuning import MASTERY_DECAY, MASTERY_LEVELS, STARTED_LEVEL

OUTCOME_VALUE = {MASTERED: 1.0, HELPED: 0.5, MISSED: 0.0}


@dataclass(frozen=True)
class QuestionRef:
    """A lesson question with the concept it belongs to."""

    lesson: Lesson
    question: Question
    concept: str

    @property
    def key(self) -> str:
        return card_key(self.lesson.id, self.question.id)


@dataclass
class Concept:
    """One concept with the learner's standing in it."""

    id: str
    title: str
    questions: list[QuestionRef] = field(default_factory=list)
    mastery: float = 0.0
    answered: int = 0  # questions with at least one attempt
    tried: float = 0.0  # the mean mastery of those questions alone

    @property
    def level(self) -> str:
        """'not started'; 'started' while under half its questions are tried and those went
        well (a lesson placed out of, one question right); else by mastery: 'shaky',
        'getting there' or 'strong'."""
        if not self.answered:
            return "not started"
        if 2 * self.answered < len(self.questions) and self.tried >= STARTED_LEVEL:
            return "started"
        return next(name for floor, name in MASTERY_LEVELS if self.mastery >= floor)


def question_concepts(catalogue: Catalogue) -> dict[str, QuestionRef]:
    """Every lesson question by its card key ("lesson/question"), with its concept."""
    refs: dict[str, QuestionRef] = {}
    for lesson in catalogue:
        first_doc = next((ref.doc for step in lesson.steps if isinstance(step, Explain) for ref in step.knowledge), None)
        current = first_doc or lesson.id
        for step in lesson.steps:
            if isinstance(step, Explain) and step.knowledge:
                current = step.knowledge[0].doc
            elif isinstance(step, Question):
                ref = QuestionRef(lesson, step, current)
                refs[ref.key] = ref
    return refs


def question_mastery(attempts: list[AttemptRecord]) -> float:
    """The decayed mean of the attempts' values, the latest weighing most."""
    total = weight = 0.0
    for attempt in attempts:  # oldest first
        total = total * MASTERY_DECAY + OUTCOME_VALUE.get(attempt["outcome"], 0.0)
        weight = weight * MASTERY_DECAY + 1.0
    return total / weight if weight else 0.0


class LearnerModel:
    """The learner's standing, read from the store; cheap to make again after a change."""

    def __init__(self, catalogue: Catalogue, store: ProgressStore, titles: Mapping[str, str] | None = None) -> None:
        self.catalogue = catalogue
        self.store = store
        self.titles = dict(titles or {})
        self.refs = question_concepts(catalogue)
        self.attempts: dict[str, list[AttemptRecord]] = {}
        for attempt in store.attempts():
            self.attempts.setdefault(card_key(attempt["lesson"], attempt["question"]), []).append(attempt)
        self.concepts = self._concepts()

    def _concepts(self) -> dict[str, Concept]:
        concepts: dict[str, Concept] = {}
        for ref in self.refs.values():
            concept = concepts.get(ref.concept)
            if concept is None:
                concept = concepts[ref.concept] = Concept(ref.concept, self.title_of(ref.concept))
            concept.questions.append(ref)
        for concept in concepts.values():
            scores = [question_mastery(self.attempts.get(ref.key, [])) for ref in concept.questions]
            concept.mastery = sum(scores) / len(scores)
            tried = [score for ref, score in zip(concept.questions, scores) if ref.key in self.attempts]
            concept.answered = len(tried)
            concept.tried = sum(tried) / len(tried) if tried else 0.0
        return concepts

    def title_of(self, concept: str) -> str:
        if concept in self.titles:
            return self.titles[concept]
        lesson = self.catalogue.get(concept)
        return lesson.title if lesson is not None else concept.replace("-", " ").capitalize()

    def mastery_of(self, key: str) -> float:
        """The mastery of the concept that the question with this card key belongs to."""
        ref = self.refs.get(key)
        return self.concepts[ref.concept].mastery if ref is not None else 0.0

    def by_mastery(self) -> list[Concept]:
        """Concepts with evidence, weakest first, then those not started in teaching order."""
        started = sorted((c for c in self.concepts.values() if c.answered), key=lambda c: (c.mastery, c.title))
        return started + [c for c in self.concepts.values() if not c.answered]

    def due(self, now: datetime | None = None) -> list[QuestionRef]:
        """Lesson questions due for review now, the most overdue first."""
        items = ReviewSchedule(self.store).due(now or now_utc())
        return [self.refs[item.key] for item in items if item.key in self.refs]

    def missed(self) -> list[QuestionRef]:
        """Questions whose last attempt was missed, the latest first."""
        last = {key: attempts[-1] for key, attempts in self.attempts.items() if key in self.refs}
        missed = [key for key, attempt in last.items() if attempt["outcome"] == MISSED]
        return [self.refs[key] for key in sorted(missed, key=lambda key: last[key]["at"], reverse=True)]

    def next_lesson(self) -> Lesson | None:
        """A lesson in progress first; then the next one whose prerequisites are done;
        when every lesson is done, the one holding the weakest concept."""
        for lesson in self.catalogue:
            if lesson_status(lesson, self.store)["status"] == "in progress":
                return lesson
        ahead = next_lesson(self.catalogue, self.store)
        if ahead is not None:
            return ahead
        weakest = self.by_mastery()
        if weakest and weakest[0].questions:
            return weakest[0].questions[0].lesson
        return None

    def questions_on(self, concept: str) -> list[QuestionRef]:
        """The questions that teach one concept, in lesson order (none for an unknown one)."""
        return list(self.concepts[concept].questions) if concept in self.concepts else []
