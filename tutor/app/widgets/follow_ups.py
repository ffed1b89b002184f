"""The follow-up prompts under an answer: click one, or press its number, or arrows + Enter."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

MAX_NUMBERED = 9


class FollowUps(OptionList):
    """A numbered list of questions the learner could ask next."""

    DEFAULT_CSS = """
    FollowUps {
        height: auto;
        max-height: 9;
        width: 1fr;
        border: none;
        padding: 0;
        margin: 0;
        background: transparent;
        &:focus {
            border: none;
            background-tint: $foreground 4%;
        }
        & > .option-list--option {
            padding: 0 1;
        }
    }
    """

    BINDINGS = [
        # Not in the footer: the numbers are on the list itself, and the footer keeps room for Save and Quit.
        *[Binding(str(n), f"choose({n - 1})", f"Ask follow-up {n}", show=False) for n in range(1, MAX_NUMBERED + 1)],
    ]

    class Chosen(Message):
        """The learner chose a follow-up; it is asked as if typed."""

        def __init__(self, follow_ups: "FollowUps", prompt: str) -> None:
            super().__init__()
            self.follow_ups = follow_ups
            self.prompt = prompt

        @property
        def control(self) -> "FollowUps":
            return self.follow_ups

    def __init__(self, prompts: list[str], **kwargs: object) -> None:
        self.prompts = list(prompts)
        options = [Option(self._label(number, prompt), id=f"followup-{number}") for number, prompt in enumerate(self.prompts, 1)]
        super().__init__(*options, **kwargs)  # type: ignore[arg-type]

    @staticmethod
    def _label(number: int, prompt: str) -> Content:
        marker = f"{number}" if number <= MAX_NUMBERED else "·"
        return Content.from_markup("[b $accent]$marker[/] [$text-muted]→[/] $prompt", marker=marker, prompt=prompt)

    def action_choose(self, index: int) -> None:
        """Ask the follow-up at `index` (0-based), if there is one."""
        if 0 <= index < len(self.prompts):
            self.highlighted = index
            self.post_message(self.Chosen(self, self.prompts[index]))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(self, self.prompts[event.option_index]))
