"""A quiz question in the chat: asked, graded and hinted exactly as in a lesson.

The question comes from the lessons (`QuestionTurn` gives the same feedback, hints and
reveal as a lesson does); when it is finished, its outcome is rated and recorded through
`ReviewSchedule.record` with the same help and recall details as a lesson answer, so the
learner model and the review schedule see a chat answer like any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tutor.lessons.dialogue import Event, QuestionTurn
from tutor.lessons.grading import letter, tokens
from tutor.lessons.learner import QuestionRef
from tutor.lessons.progress import ProgressStore, now_utc
from tutor.lessons.schedule import ReviewSchedule
from tutor.teaching.phrases import Phrases


@dataclass(frozen=True)
class FinishedAnswer:
    """A finished quiz question, kept until it is safely in the learner's database."""

    lesson: str
    turn: QuestionTurn
    when: datetime

    def record(self, store: ProgressStore) -> None:
        """Rate the question's card and add the attempt, as a lesson would (saved by the caller)."""
        ReviewSchedule(store).record_turn(self.lesson, self.turn, self.when, source="chat")


@dataclass
class ChatQuiz:
    """One question being answered in the chat."""

    ref: QuestionRef
    turn: QuestionTurn = field(init=False)

    def __post_init__(self) -> None:
        self.turn = QuestionTurn(self.ref.question, context={"lesson": self.ref.lesson.id})

    @property
    def done(self) -> bool:
        return self.turn.done

    def question_text(self, intro: str, phrases: Phrases) -> str:
        """The question as chat Markdown: intro, prompt, lettered choices, what to type."""
        data = self.turn.ask().data
        lines = [intro, "", f"**{plain(data['prompt'])}**"]
        choices = data.get("choices")
        if choices:
            lines.append("")
            lines.extend(f"- {letter(i)}. {plain(choice)}" for i, choice in enumerate(choices))
        instructions = plain(data["instructions"]).rstrip()
        if instructions and instructions[-1] not in ".!?)":
            instructions += "."
        lines += ["", f"{instructions} {phrases.say('quiz_tail')}"]
        return "\n".join(lines)

    def teaching_data(self) -> dict[str, Any]:
        """What `tutor ask --json` says of a quiz question."""
        data = self.turn.ask().data
        return {"type": "quiz_question", **self.names(), "kind": data["kind"], "prompt": data["prompt"], "choices": data.get("choices", [])}

    def named_in(self, text: str) -> bool:
        """Whether `text` names a word of the question or its choices (an attempt at it,
        however garbled, does)."""
        data = self.turn.ask().data
        asked = {token.stem for token in tokens(" ".join([data["prompt"], *data.get("choices", [])]))}
        return any(token.stem in asked for token in tokens(text))

    def names(self) -> dict[str, str]:
        return {"lesson": self.ref.lesson.id, "question": self.ref.question.id}

    def respond(self, events: list[Event], skipped: bool = False) -> tuple[str, dict[str, Any]]:
        """The grading events of one learner line as chat Markdown, with the verdict."""
        texts = [plain(event.text) for event in events if event.text]
        feedback = next((event for event in events if event.type == "feedback"), None)
        verdict = "hint"
        if skipped:
            verdict = "skipped"
        elif feedback is not None:
            verdict = "invalid" if feedback.get("valid") is False else "correct" if feedback["correct"] else "partial" if feedback.get("partial") else "incorrect"
        data: dict[str, Any] = {"type": "graded_answer", **self.names(), "verdict": verdict, "done": self.done}
        if self.done:
            data["outcome"] = self.turn.state.outcome
        return "\n\n".join(texts), data

    def finished(self) -> FinishedAnswer:
        """The finished question, to be rated as a lesson would rate it."""
        return FinishedAnswer(self.ref.lesson.id, self.turn, now_utc())


MARKDOWN_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>#|"})


def plain(text: str) -> str:
    """Lesson text shown as itself in Markdown: no emphasis, links or markup of its own."""
    return text.translate(MARKDOWN_SPECIAL)
