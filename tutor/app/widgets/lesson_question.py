"""A lesson question as the lesson screen shows it: where it is in the lesson, the prompt,
its choices (lettered, selectable) and how to answer. It stays in the lesson's log once
answered, its choices then disabled."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from tutor.app.widgets.choice_list import ChoiceList

# How to answer each kind of question in the app (the engine's instructions are for the terminal).
HOW_TO_ANSWER = {
    "multiple_choice": "Pick a choice: arrows and Enter, a click, or its letter. You can also type it below.",
    "true_false": "Pick True or False: arrows and Enter, or press T or F.",
    "order": "Pick the items in order, first to last (Enter on each, or their letters), or type the letters below, e.g. {example}.",
    "free_text": "Type your answer below in your own words and press Enter.",
}
TRUE_FALSE_KEYS = {"t": 0, "f": 1, "y": 0, "n": 1}


class LessonQuestion(Vertical):
    """One question of a lesson (or of a review) and its choices."""

    DEFAULT_CSS = """
    LessonQuestion {
        width: 1fr;
        height: auto;
        margin: 1 0 0 0;
        padding: 0 1;
        border-left: outer $secondary;
        background: $secondary 8%;
        & > .question-heading {
            color: $text-secondary;
            text-style: bold;
        }
        & > .question-prompt {
            text-style: bold;
            margin-bottom: 0;
        }
        & > ChoiceList {
            margin: 1 0 0 0;
        }
        & > .question-how {
            color: $text-muted;
            text-style: italic;
            margin-top: 1;
        }
        &.-done {
            border-left: outer $secondary 40%;
            background: transparent;
            & > .question-how {
                display: none;
            }
        }
    }
    """

    def __init__(self, data: dict[str, Any], heading: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.data = dict(data)
        self.heading = heading
        self.question_id: str = str(data.get("id", ""))
        self.kind: str = str(data.get("kind", ""))
        self.choices: list[str] = [str(c) for c in data.get("choices") or []]
        self.done = False

    def compose(self) -> ComposeResult:
        yield Static(Content(self.heading), classes="question-heading")
        yield Static(Content(str(self.data.get("prompt", ""))), classes="question-prompt")
        if self.choices:
            yield ChoiceList(self.choices, keys=TRUE_FALSE_KEYS if self.kind == "true_false" else None)
        example = " ".join(chr(ord("A") + i) for i in reversed(range(len(self.choices))))
        yield Static(Content(HOW_TO_ANSWER.get(self.kind, "").format(example=example)), classes="question-how")

    @property
    def choice_list(self) -> ChoiceList | None:
        found = self.query(ChoiceList)
        return found.first() if found else None

    def close(self) -> None:
        """The question is finished: its choices can no longer be picked."""
        self.done = True
        self.add_class("-done")
        choices = self.choice_list
        if choices is not None:
            choices.disabled = True
