"""The tutoring moves around one question: feedback, the hint ladder, reveal, type-back.

Modelled on AutoTutor's dialogue: a wrong answer gets feedback that says why (the
misconception's own correction when one is recognised), then the next hint; after the last
hint the answer is revealed with its explanation, and typing it back moves on.

A free-text question has a ladder per key idea instead. Feedback says what the answer got
(or what it got wrong); an answer with nothing recognisable gets a pump. Then the first
missing idea's next rung: its hint, its prompt, and at last the idea itself, which the
learner says back (only that piece) to go on. An answer with every idea but an admitted doubt
("not sure what they are called") is confirmed, with what it left out, and counts as helped.
Each answer gives exactly one feedback event,
followed by a hint event when there is a move to make.

Events are what every front end shows: the terminal runner prints them (or writes them as
JSON lines) and the app renders them, so neither decides anything about the dialogue.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, Union

from tutor.lessons.grading import tokens, words_match
from tutor.lessons.model import Expectation, FreeText, Question
from tutor.lessons.progress import QuestionRecord
from tutor.search.text import clean_user_text

ANSWER_LIMIT = 2000
PUMP = "Tell me more: what else can you say about it?"
SAY_IT_BACK = "Say it back in a few words to go on."
FROM_MEMORY = "From memory this time: answer in your own words."
# Outcomes of a finished question, from best to worst; they decide the review schedule.
MASTERED, HELPED, MISSED = "mastered", "helped", "missed"
# Where the order of choices comes from: each showing of a question draws a fresh one.
SHUFFLER = random.Random()


EventType = Literal["explain", "question", "hint", "feedback", "summary"]


class SourceRef(TypedDict):
    """A knowledge section an explanation was taken from."""

    doc: str
    section: str
    title: str


class QuestionContext(TypedDict, total=False):
    """Where a question stands: in a lesson (number of, step of) or in a review (number of)."""

    lesson: str
    number: int
    of: int
    step: int
    steps: int


class ExplainData(TypedDict, total=False):
    text: str
    lesson: str
    step: int
    steps: int
    sources: list[SourceRef]


class QuestionData(QuestionContext, total=False):
    id: str
    kind: str  # multiple_choice, true_false, order or free_text
    prompt: str
    choices: list[str]
    instructions: str
    recall: bool  # a recognition question asked from memory (no choices this time)


class HintData(TypedDict):
    text: str
    question: str
    level: int
    of: int


class FeedbackData(TypedDict, total=False):
    question: str
    correct: bool
    text: str
    answer: str  # the accepted answer, when it is revealed
    partial: bool  # a free-text answer with some of the key ideas
    valid: bool  # False when the line could not be read as an answer


class RecapData(TypedDict):
    """A question to go over again, in words: what was asked and the idea behind the answer."""

    question: str  # its id (in review: "lesson-id/question-id")
    prompt: str
    idea: str


class SummaryData(TypedDict, total=False):
    lesson: str
    score: int  # answered right by the learner: first_try + helped
    first_try: int  # right first time, without hints
    helped: int  # right after hints or wrong tries
    total: int
    mastered: list[str]  # question ids (in review: "lesson-id/question-id")
    review: list[str]
    recap: list[RecapData]  # the questions of `review`, in words
    next: list[str]  # the lesson to take next, if any (a lesson's summary)
    next_due: str | None  # ISO time of the next review (a review's summary)
    placed_out: list[str]  # lesson ids the learner is placed out of (a placement's summary)
    start: str | None  # the first lesson not placed out nor completed (a placement's summary)


EventData = Union[ExplainData, QuestionData, HintData, FeedbackData, SummaryData]


@dataclass
class Event:
    """Something to show the learner: explain, question, hint, feedback or summary.

    `to_json()` gives the runner's JSON line: {"type": ..., **data}.
    """

    type: EventType
    data: EventData = field(default_factory=dict)  # type: ignore[assignment]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @property
    def text(self) -> str:
        return self.data.get("text", "")

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, **self.data}


@dataclass
class QuestionState:
    """Where the learner is with one question; saved in the progress file."""

    attempts: int = 0  # answers that were wrong or incomplete
    hints: int = 0  # hints shown
    revealed: bool = False
    correct: bool = False  # answered right by the learner before the answer was revealed
    done: bool = False
    covered: list[str] = field(default_factory=list)
    # Free text: rungs climbed per idea, and the idea whose prompt was asked last (for a yes/no reply).
    ladder: dict[str, int] = field(default_factory=dict)
    asked: str = ""
    order: list[int] = field(default_factory=list)  # the order the choices are shown in
    recall: bool = False  # asked from memory instead of with choices

    @property
    def outcome(self) -> str:
        if self.correct and self.attempts == 0 and self.hints == 0:
            return MASTERED
        return HELPED if self.correct else MISSED

    @property
    def help(self) -> int:
        """How much help the answer took: hints shown, or wrong tries when they were more."""
        return max(self.hints, self.attempts)

    def to_dict(self) -> QuestionRecord:
        record: QuestionRecord = {"attempts": self.attempts, "hints": self.hints, "revealed": self.revealed, "correct": self.correct, "done": self.done, "covered": list(self.covered)}
        if self.order:
            record["order"] = list(self.order)
        if self.recall:
            record["recall"] = True
        if self.ladder:
            record["ladder"] = dict(self.ladder)
        if self.asked:
            record["asked"] = self.asked
        return record

    @classmethod
    def from_dict(cls, data: Any) -> "QuestionState":
        """A state from saved data; anything malformed falls back to a fresh state."""
        if not isinstance(data, dict):
            return cls()

        def whole(key: str) -> int:
            value = data.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0

        covered, order, ladder, asked = data.get("covered"), data.get("order"), data.get("ladder"), data.get("asked")
        return cls(
            attempts=whole("attempts"),
            hints=whole("hints"),
            revealed=data.get("revealed") is True,
            correct=data.get("correct") is True,
            done=data.get("done") is True,
            covered=[c for c in covered if isinstance(c, str)] if isinstance(covered, list) else [],
            order=[i for i in order if isinstance(i, int) and not isinstance(i, bool)] if isinstance(order, list) else [],
            recall=data.get("recall") is True,
            ladder={k: v for k, v in ladder.items() if isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v > 0} if isinstance(ladder, dict) else {},
            asked=asked if isinstance(asked, str) else "",
        )


class QuestionTurn:
    """One question being worked on: turns answers and hint requests into events.

    Choices are shown in the order saved in the state (a resumed question looks as it
    did), or in a fresh order drawn from `rng`, so that a letter cannot be learnt by heart.
    """

    def __init__(self, question: Question, state: QuestionState | None = None, context: QuestionContext | None = None, rng: random.Random | None = None) -> None:
        self.state = state or QuestionState()
        if not question.fits(self.state.order):
            self.state.order = question.arrangement(rng or SHUFFLER)
        self.question = question.arranged(self.state.order) if self.state.order else question
        if self.state.hints > len(question.hints) and not isinstance(question, FreeText):
            self.state.hints = len(question.hints)
        self.context = context or {}  # extra fields for the question event (lesson, step, ...)

    @property
    def done(self) -> bool:
        return self.state.done

    @property
    def from_memory(self) -> bool | None:
        """True for a recognition question asked from memory, False for one answered from its
        choices (multiple choice, true/false), None for the others (never recognised)."""
        if self.state.recall:
            return True
        return False if self.question.kind in ("multiple_choice", "true_false") else None

    @property
    def complete_at_once(self) -> bool:
        """A free-text answer that gave every key idea in its first line, with no help."""
        q = self.question
        return isinstance(q, FreeText) and self.state.outcome == MASTERED and not q.missing(self.state.covered)

    def ask(self) -> Event:
        q = self.question
        data: QuestionData = {"id": q.id, "kind": q.kind, "prompt": q.prompt}
        choices = q.choices()
        if choices is not None:
            data["choices"] = choices
        data["instructions"] = q.instructions()
        if self.state.recall:
            data["recall"] = True
            data["instructions"] = FROM_MEMORY
        data.update(self.context)
        return Event("question", data)

    def replay(self) -> list[Event]:
        """The question again, with the hints already given and a reveal (after a resume)."""
        events = [self.ask()]
        q = self.question
        if isinstance(q, FreeText):  # the reveal, or else the rung the learner is on
            if self.state.revealed and not self.state.done:
                return events + [self._reveal("")]
            working = next((e for e in q.missing(self.state.covered) if self.state.ladder.get(e.id)), None)
            if working is not None:
                moves = working.moves()
                events.append(self._move_event(q, moves, min(self.state.ladder[working.id], len(moves)) - 1))
            return events
        events.extend(self._hint_event(level) for level in range(1, self.state.hints + 1))
        if self.state.revealed and not self.state.done:
            events.append(self._feedback(False, f"{self.question.reveal_text()} Type it to go on.", answer=True))
        return events

    def answer(self, text: str) -> list[Event]:
        if self.state.done:
            return []
        text = clean_user_text(text, ANSWER_LIMIT)
        q, state = self.question, self.state
        if isinstance(q, FreeText):
            return self._answer_free_text(q, text)
        verdict = q.grade(text)
        if not verdict.valid:
            return [self._feedback(False, verdict.text, valid=False)]
        if state.revealed:
            if verdict.correct:
                state.done = True
                return [self._feedback(True, "That's it. Let's go on.")]
            return [self._feedback(False, f"Type the answer shown to go on: {q.accepted_answer()}", answer=True)]
        if verdict.correct:
            state.correct = state.done = True
            praise = "Correct." if state.attempts == 0 and state.hints == 0 else "Yes, that's right now."
            return [self._feedback(True, _sentences(praise, verdict.text, q.explanation))]
        state.attempts += 1
        if state.hints < len(q.hints):
            return [self._feedback(False, verdict.text or "Not quite."), self._next_hint()]
        return [self._reveal(verdict.text)]

    def _answer_free_text(self, q: FreeText, text: str) -> list[Event]:
        state = self.state
        verdict = q.grade(text, tuple(state.covered), state.asked)
        if not verdict.valid:
            return [self._feedback(False, verdict.text, valid=False)]
        if not verdict.misconception:  # an answer that also asserts a wrong idea earns nothing yet:
            state.covered = list(verdict.covered)  # the learner says it again without it
        said_back = [] if verdict.misconception else [e.id for e in q.missing(state.covered) if self._said_back(q, e, text)]
        state.covered += said_back  # saying back a piece the tutor stated, in a word or two, is enough
        if verdict.correct or (said_back and q.complete(state.covered)):
            state.done = True
            if state.revealed:
                return [self._feedback(True, "That's it. Let's go on.")]
            state.correct = True
            praise = "Correct." if state.attempts == 0 and state.hints == 0 else "Yes, that's right now."
            return [self._feedback(True, _sentences(praise, verdict.text, q.explanation))]
        state.attempts += 1
        if q.complete(state.covered) and not verdict.misconception:  # every idea said with a doubt ("not sure what they are called"): confirmed, as help
            state.correct = state.done = True
            return [self._feedback(True, _sentences(verdict.text, q.explanation))]
        feedback = self._feedback(False, verdict.text or ("Not quite." if q.short else "That's it for that part." if said_back else PUMP), partial=bool(state.covered) and not verdict.misconception)
        return [feedback, self._next_move(q)]

    def _said_back(self, q: FreeText, e: Expectation, text: str) -> bool:
        """Whether `text` repeats a word of idea `e`, once the tutor has stated it, that the question does not."""
        if self.state.ladder.get(e.id, 0) < len(e.moves()):
            return False
        asked = {t.stem for t in tokens(q.prompt)}
        piece = [t for t in tokens(e.idea.removeprefix("that ")) if t.stem not in asked]
        return any(not t.negated and not w.negated and words_match(t, w) for t in tokens(text) for w in piece)

    def _next_move(self, q: FreeText) -> Event:
        """The next rung of the first missing idea's ladder; its last rung states the idea."""
        state = self.state
        target = q.missing(state.covered)[0]
        moves = target.moves()
        rung = min(state.ladder.get(target.id, 0), len(moves) - 1)
        state.ladder[target.id] = rung + 1
        state.hints += 1
        state.asked = target.id if moves[rung] == target.prompt else ""
        if rung == len(moves) - 1:
            state.revealed = True
        return self._move_event(q, moves, rung)

    def _move_event(self, q: FreeText, moves: list[str], rung: int) -> Event:
        """One rung of an idea's ladder; the last one states the idea and asks for it back."""
        text = f"{moves[rung]} {SAY_IT_BACK}" if rung == len(moves) - 1 else moves[rung]
        data: HintData = {"text": text, "question": q.id, "level": rung + 1, "of": len(moves)}
        return Event("hint", data)

    def hint(self) -> list[Event]:
        """The next hint; when none is left, the answer is revealed."""
        if self.state.done:
            return []
        if isinstance(self.question, FreeText):
            if not self.question.missing(self.state.covered):
                return [self._reveal("")]
            return [self._next_move(self.question)]
        if self.state.revealed:
            return [self._feedback(False, f"Type the answer shown to go on: {self.question.accepted_answer()}", answer=True)]
        if self.state.hints < len(self.question.hints):
            return [self._next_hint()]
        return [self._reveal("")]

    def skip(self) -> list[Event]:
        """Give up on the question: reveal the answer and finish it. After the hint that
        stated only the missing piece, the whole answer is shown, as "/skip" promises."""
        if self.state.done:
            return []
        if self.state.revealed:
            events = [self._feedback(False, self.question.reveal_text(), answer=True)] if isinstance(self.question, FreeText) else []
        else:
            events = [self._reveal("", type_back=False)]
        self.state.revealed = True
        self.state.done = True
        return events

    def _next_hint(self) -> Event:
        self.state.hints += 1
        return self._hint_event(self.state.hints)

    def _hint_event(self, level: int) -> Event:
        hints = self.question.hints
        data: HintData = {"text": hints[level - 1], "question": self.question.id, "level": level, "of": len(hints)}
        return Event("hint", data)

    def _reveal(self, why: str, type_back: bool = True) -> Event:
        self.state.revealed = True
        q = self.question
        if isinstance(q, FreeText):
            missing = [e.moves()[-1] for e in q.missing(self.state.covered)]
            return self._feedback(False, _sentences(why, *missing, SAY_IT_BACK if type_back else q.explanation), answer=True)
        ask = "Type the answer to go on." if type_back else ""
        return self._feedback(False, _sentences(why, q.reveal_text(), q.explanation, ask), answer=True)

    def _feedback(self, correct: bool, text: str, answer: bool = False, **extra: Any) -> Event:
        data: FeedbackData = {"question": self.question.id, "correct": correct, "text": text}
        if answer:
            data["answer"] = self.question.accepted_answer()
        data.update(extra)  # type: ignore[typeddict-item]
        return Event("feedback", data)


def summary_data(outcomes: dict[str, tuple[str, Question | None]]) -> SummaryData:
    """The scores and the recap of a lesson or a review, from how each question went."""
    mastered = [key for key, (outcome, _q) in outcomes.items() if outcome == MASTERED]
    helped = sum(1 for outcome, _q in outcomes.values() if outcome == HELPED)
    recap: list[RecapData] = [
        {"question": key, "prompt": q.prompt, "idea": q.explanation}
        for key, (outcome, q) in outcomes.items()
        if outcome != MASTERED and q is not None
    ]
    return {
        "score": len(mastered) + helped,
        "first_try": len(mastered),
        "helped": helped,
        "total": len(outcomes),
        "mastered": mastered,
        "review": [key for key in outcomes if key not in mastered],
        "recap": recap,
    }


def describe_score(data: SummaryData) -> str:
    """'2 of 7 right first time, 3 more with help, 2 missed' - the score as a learner reads it."""
    first, helped, total = data.get("first_try", 0), data.get("helped", 0), data.get("total", 0)
    parts = [f"{first} of {total} right first time"]
    if helped:
        parts.append(f"{helped} more with help")
    if total - first - helped > 0:
        parts.append(f"{total - first - helped} missed")
    return ", ".join(parts)


def _sentences(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())
