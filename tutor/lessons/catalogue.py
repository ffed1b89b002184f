"""The lesson engine: the catalogue of lessons and `LessonRun`, which takes a learner through one.

`LessonRun` is what every front end drives (the terminal runner, the app's lesson screen):

    run = LessonRun.open(catalogue, "what-is-track-one", ProgressStore.load())
    events = run.start()          # explanations up to the first question (or where it was left)
    events = run.answer("B")      # feedback, a hint or the next steps
    events = run.hint()           # the next hint on request
    run.finished, run.step_number, run.total_steps, run.current_question

Every answer is saved at once, so a lesson resumes where it was left; when a question is
finished its review card is scheduled (see `tutor.lessons.schedule`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from tutor.files.paths import LESSONS_DIR, SHIPPED_KNOWLEDGE
from tutor.lessons.dialogue import Event, ExplainData, QuestionContext, QuestionState, QuestionTurn, SourceRef, summary_data
from tutor.lessons.loader import read_lesson_file
from tutor.lessons.model import Explain, KnowledgeRef, Lesson, Question
from tutor.lessons.progress import PLACEMENT_ID, ProgressStore, now_utc, placed_out
from tutor.lessons.schedule import ReviewSchedule
from tutor.lessons.senses import senses_problem
from tutor.search.knowledge import KnowledgeBase, Problem, load_knowledge



@dataclass
class Catalogue:
    """All lessons that loaded, in teaching order, and the problems found in their files."""

    lessons: dict[str, Lesson] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def get(self, lesson_id: str) -> Lesson | None:
        return self.lessons.get(lesson_id)

    def __iter__(self):
        return iter(self.lessons.values())

    def __len__(self) -> int:
        return len(self.lessons)


def load_catalogue(folders: list[Path] | None = None) -> Catalogue:
    """Read every `*.yaml` lesson in `folders` (default: the shipped lessons)."""
    catalogue = Catalogue()
    broken_senses = senses_problem()  # the grader then reads no synonyms: say so with the lessons' problems
    if broken_senses is not None:
        catalogue.problems.append(broken_senses)
    found: list[Lesson] = []
    for folder in folders if folders is not None else [LESSONS_DIR]:
        for path in sorted(folder.glob("*.yaml")):
            lesson = read_lesson_file(path, catalogue.problems)
            if lesson is None:
                continue
            twin = next((other for other in found if other.id == lesson.id), None)
            if twin is not None:
                catalogue.problems.append(Problem(path, lesson.line, f"lesson id '{lesson.id}' is already used by {twin.path}"))
                continue
            found.append(lesson)
    for lesson in sorted(found, key=lambda item: (item.order, item.id)):
        catalogue.lessons[lesson.id] = lesson
    return catalogue


# Knowledge shown by explanation steps ----------------------------------------------------


@lru_cache(maxsize=4)
def _knowledge_for(folders: tuple[Path, ...]) -> KnowledgeBase:
    return load_knowledge(list(folders))


def default_knowledge(extra: list[Path] | None = None) -> KnowledgeBase:
    """The shipped knowledge base (plus `extra` folders), loaded once per process."""
    return _knowledge_for(tuple([SHIPPED_KNOWLEDGE, *(extra or [])]))


def find_section(kb: KnowledgeBase, ref: KnowledgeRef) -> list[Any]:
    """The chunks of the referenced section, in order; empty when it does not resolve."""
    doc = kb.documents.get(ref.doc)
    if doc is None:
        return []
    wanted = ref.section.casefold()
    return [c for c in doc.chunks if c.section.casefold() == wanted or c.section.split(" > ")[-1].casefold() == wanted]


def render_explain(step: Explain, kb: KnowledgeBase | None) -> tuple[str, list[SourceRef]]:
    """The text of an explanation step: its own words, then the referenced passages."""
    parts = [step.text] if step.text else []
    sources: list[SourceRef] = []
    for ref in step.knowledge:
        chunks = find_section(kb, ref) if kb is not None else []
        if not chunks:
            continue
        parts.append(" ".join(c.plain_text() for c in chunks))
        sources.append({"doc": ref.doc, "section": chunks[0].section, "title": chunks[0].title})
    return "\n\n".join(parts), sources


# Progress and suggestions -----------------------------------------------------------------


def lesson_status(lesson: Lesson, store: ProgressStore) -> dict[str, Any]:
    """How far the learner is with a lesson, for lists: status, answered, score, best.

    A lesson not started whose placement question was answered right is "placed out".
    """
    record = store.lesson_if_any(lesson.id) or {}
    questions = record.get("questions") if isinstance(record.get("questions"), dict) else {}
    ids = {q.id for q in lesson.questions}
    answered = sum(1 for qid, state in questions.items() if qid in ids and QuestionState.from_dict(state).done)
    completions = record.get("completions") if isinstance(record.get("completions"), int) else 0
    if record.get("finished"):
        status = "completed"
    elif answered or (isinstance(record.get("position"), int) and record["position"] > 0):
        status = "in progress"
    else:
        status = "completed before" if completions else "placed out" if placed_out(record) else "not started"
    result: dict[str, Any] = {"status": status, "answered": answered, "questions": len(ids), "completions": completions}
    for key in ("last_score", "best_score"):
        if isinstance(record.get(key), int):
            result[key] = record[key]
    return result


def status_text(progress: dict[str, Any]) -> str:
    """A lesson's `lesson_status` in words: "in progress, 3/7 answered"."""
    status = progress["status"]
    if status == "in progress":
        return f"in progress, {progress['answered']}/{progress['questions']} answered"
    if status in ("completed", "completed before") and "last_score" in progress:
        return f"{status}, last score {progress['last_score']}/{progress['questions']}"
    return status


def next_lesson(catalogue: Catalogue, store: ProgressStore, just_finished: Lesson | None = None) -> Lesson | None:
    """The lesson to suggest next: the first in teaching order that is not completed and
    whose prerequisites are done or placed out (`just_finished` counts as completed, before it is saved).

    The one place that decides the suggestion, for the lesson summary and anyone else:
    a learner model can replace the rule here.
    """
    done = {lesson.id for lesson in catalogue if known(lesson.id, store)}
    if just_finished is not None:
        done.add(just_finished.id)
    return next((lesson for lesson in catalogue if lesson.id not in done and all(p in done for p in lesson.prerequisites)), None)


def missing_prerequisites(lesson: Lesson, store: ProgressStore) -> list[str]:
    return [p for p in lesson.prerequisites if not known(p, store)]


def known(lesson_id: str, store: ProgressStore) -> bool:
    """Whether the learner has the lesson behind them: completed, or placed out of it."""
    return store.completed(lesson_id) or placed_out(store.lesson_if_any(lesson_id))


# The run ----------------------------------------------------------------------------------


class LessonRun:
    """One learner going through one lesson; every change is saved to the progress store."""

    def __init__(
        self,
        lesson: Lesson,
        store: ProgressStore,
        catalogue: Catalogue | None = None,
        knowledge: KnowledgeBase | Callable[[], KnowledgeBase] | None = None,
        clock: Callable[[], datetime] = now_utc,
        rng: random.Random | None = None,
    ) -> None:
        self.lesson = lesson
        self.rng = rng  # the source of choice orders (None: a fresh one each showing)
        self.store = store
        self.catalogue = catalogue if catalogue is not None else Catalogue({lesson.id: lesson})
        self._knowledge = knowledge if knowledge is not None else default_knowledge
        self.clock = clock
        self.schedule = ReviewSchedule(store)
        self.record = store.lesson(lesson.id)
        self.resumed = False
        self.restarted = False  # a finished lesson was opened again and started afresh
        self.turn: QuestionTurn | None = None

    @classmethod
    def open(cls, catalogue: Catalogue, lesson_id: str, store: ProgressStore, restart: bool = False, **options: Any) -> "LessonRun":
        lesson = catalogue.get(lesson_id)
        if lesson is None:
            raise KeyError(lesson_id)
        run = cls(lesson, store, catalogue, **options)
        if restart:
            run.reset()
        elif run.record.get("finished"):
            run.reset()
            run.restarted = True
        return run

    # What the front end shows -------------------------------------------------------------

    @property
    def position(self) -> int:
        value = self.record.get("position")
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            return 0
        return min(value, len(self.lesson.steps))

    @property
    def total_steps(self) -> int:
        return len(self.lesson.steps)

    @property
    def step_number(self) -> int:
        """1-based number of the current step (equal to total_steps + 1 when finished)."""
        return self.position + 1

    @property
    def finished(self) -> bool:
        return self.position >= len(self.lesson.steps)

    @property
    def current_question(self) -> Question | None:
        return self.turn.question if self.turn is not None else None

    @property
    def current_state(self) -> QuestionState | None:
        return self.turn.state if self.turn is not None else None

    def question_number(self, question: Question) -> int:
        """1-based number of the question (by id: the one asked may show its choices rearranged)."""
        return next(n for n, q in enumerate(self.lesson.questions, 1) if q.id == question.id)

    def knowledge(self) -> KnowledgeBase:
        if callable(self._knowledge):
            self._knowledge = self._knowledge()
        return self._knowledge

    # Moves ---------------------------------------------------------------------------------

    def reset(self) -> None:
        """Start the lesson from the beginning (history such as best score and placement is kept)."""
        kept = {key: state for key, state in self.record["questions"].items() if key == PLACEMENT_ID}
        self.record.update(position=0, questions=kept, finished=None, started=self.clock().isoformat())
        self.record.pop("question", None)
        self.turn = None
        self._save()

    def start(self) -> list[Event]:
        """Events to show first: the lesson from where it was left, up to its next question."""
        self.record.setdefault("started", self.clock().isoformat())
        self._repair_position()
        step = self.lesson.steps[self.position] if not self.finished else None
        if isinstance(step, Question) and (self.position > 0 or self._state_of(step).attempts or self._state_of(step).hints):
            self.resumed = True
            self.turn = self._turn_for(step)
            return self.turn.replay()
        events = self._advance()
        self._save()
        return events

    def answer(self, text: str) -> list[Event]:
        """Judge an answer to the current question; saved before returning."""
        if self.turn is None:
            return []
        events = self.turn.answer(text)
        return events + self._after_turn()

    def hint(self) -> list[Event]:
        """The next hint for the current question (or the answer, when none is left)."""
        if self.turn is None:
            return []
        events = self.turn.hint()
        return events + self._after_turn()

    def skip(self) -> list[Event]:
        """Reveal the current question's answer if needed and go on."""
        if self.turn is None:
            return []
        events = self.turn.skip()
        return events + self._after_turn()

    def summary(self) -> Event:
        """Scores first-time and with help, the ideas to go over again, the lesson to take next."""
        data = summary_data({q.id: (self._state_of(q).outcome, q) for q in self.lesson.questions})
        data["lesson"] = self.lesson.id
        suggestion = next_lesson(self.catalogue, self.store, self.lesson if self.finished else None)
        data["next"] = [suggestion.id] if suggestion is not None else []
        return Event("summary", data)

    # Internals -------------------------------------------------------------------------------

    def _state_of(self, question: Question) -> QuestionState:
        return QuestionState.from_dict(self.record["questions"].get(question.id))

    def _turn_for(self, question: Question) -> QuestionTurn:
        context: QuestionContext = {
            "lesson": self.lesson.id,
            "number": self.question_number(question),
            "of": len(self.lesson.questions),
            "step": self.position + 1,
            "steps": len(self.lesson.steps),
        }
        return QuestionTurn(question, self._state_of(question), context, self.rng)

    def _repair_position(self) -> None:
        """After a lesson file changed, find the saved question again by its id."""
        saved = self.record.get("question")
        position = self.position
        step = self.lesson.steps[position] if position < len(self.lesson.steps) else None
        if isinstance(saved, str) and not (isinstance(step, Question) and step.id == saved):
            index = self.lesson.step_index(saved)
            if index is not None:
                position = index
        self.record["position"] = position

    def _after_turn(self) -> list[Event]:
        assert self.turn is not None
        self.record["questions"][self.turn.question.id] = self.turn.state.to_dict()
        events: list[Event] = []
        if self.turn.done:
            turn = self.turn
            self.schedule.record_turn(self.lesson.id, turn, self.clock())
            self.record["position"] = self.position + 1
            self.turn = None
            events = self._advance()
        self._save()
        return events

    def _advance(self) -> list[Event]:
        """Show explanation steps until the next question, or finish the lesson."""
        events: list[Event] = []
        while not self.finished:
            step = self.lesson.steps[self.position]
            if isinstance(step, Question):
                self.record["question"] = step.id
                self.turn = self._turn_for(step)
                self.record["questions"][step.id] = self.turn.state.to_dict()  # its choices' order, for a resume
                events.append(self.turn.ask())
                return events
            assert isinstance(step, Explain)
            kb = self.knowledge() if step.knowledge else None
            text, sources = render_explain(step, kb)
            data: ExplainData = {"text": text, "lesson": self.lesson.id, "step": self.position + 1, "steps": len(self.lesson.steps)}
            if sources:
                data["sources"] = sources
            events.append(Event("explain", data))
            self.record["position"] = self.position + 1
        events.append(self._finish())
        return events

    def _finish(self) -> Event:
        self.record.pop("question", None)
        summary = self.summary()
        if not self.record.get("finished"):
            self.record["finished"] = self.clock().isoformat()
            self.record["completions"] = (self.record.get("completions") if isinstance(self.record.get("completions"), int) else 0) + 1
            self.record["last_score"] = summary["score"]
            best = self.record.get("best_score")
            self.record["best_score"] = max(summary["score"], best if isinstance(best, int) else 0)
        return summary

    def _save(self) -> None:
        """Save the lesson's record, with the card scheduled with it, in one transaction."""
        self.record["updated"] = self.clock().isoformat()
        self.store.put_lesson(self.lesson.id, self.record)
        self.store.save()
