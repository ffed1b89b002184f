"""A quiz question in the chat: asked, graded and hinted exactly as in a lesson.

The question comes from the lessons (`QuestionTurn` gives the same feedback, hints and
reveal as a lesson does); when it is finished, the outcome goes to the learner's record
through `ReviewSchedule.record`, like any lesson or review answer, and the learner sees
how their mastery of the concept moved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tutor.lessons.dialogue import Event, QuestionTurn
from tutor.lessons.grading import letter
from tutor.lessons.learner import LearnerModel, QuestionRef
from tutor.lessons.schedule import ReviewSchedule
from tutor.teaching.phrases import Phrases


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
        lines += ["", f"{plain(data['instructions'])} {phrases.say('quiz_tail')}"]
        return "\n".join(lines)

    def teaching_data(self) -> dict[str, Any]:
        """What `tutor ask --json` says of a quiz question."""
        data = self.turn.ask().data
        return {"type": "quiz_question", "lesson": self.ref.lesson.id, "question": self.ref.question.id, "kind": data["kind"], "prompt": data["prompt"], "choices": data.get("choices", [])}

    def respond(self, events: list[Event]) -> tuple[str, dict[str, Any]]:
        """The grading events of one learner line as chat Markdown, with the verdict."""
        texts = [plain(event.text) for event in events if event.text]
        feedback = next((event for event in events if event.type == "feedback"), None)
        verdict = "hint"
        if feedback is not None:
            verdict = "invalid" if feedback.get("valid") is False else "correct" if feedback["correct"] else "partial" if feedback.get("partial") else "incorrect"
        data: dict[str, Any] = {"type": "graded_answer", "lesson": self.ref.lesson.id, "question": self.ref.question.id, "verdict": verdict, "done": self.done}
        if self.done:
            data["outcome"] = self.turn.state.outcome
        return "\n\n".join(texts), data

    def record(self, model: LearnerModel) -> tuple[float, float]:
        """Put the finished question in the learner's record; mastery of its concept before and after."""
        before = model.mastery_of(self.ref.key)
        state = self.turn.state
        ReviewSchedule(model.store).record(self.ref.lesson.id, self.ref.question.id, state.outcome, source="chat", hints=state.hints)
        model.store.save()
        after = LearnerModel(model.catalogue, model.store, model.titles).mastery_of(self.ref.key)
        return before, after


MARKDOWN_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>#|"})


def plain(text: str) -> str:
    """Lesson text shown as itself in Markdown: no emphasis, links or markup of its own."""
    return text.translate(MARKDOWN_SPECIAL)
