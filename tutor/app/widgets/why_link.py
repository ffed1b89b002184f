"""A small "why this answer?" link beside an answer's sources (a click or Enter opens it)."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import Static


class WhyLink(Static, can_focus=True):
    """Asks for the retrieval evidence of the answer it belongs to."""

    DEFAULT_CSS = """
    WhyLink {
        width: auto;
        height: 1;
        padding: 0 1;
        color: $text-muted;
        text-style: underline;
        &:hover {
            color: $text-accent;
        }
        &:focus {
            color: $text-accent;
            text-style: bold underline;
            background-tint: $foreground 6%;
        }
    }
    """

    BINDINGS = [Binding("enter,space", "press", "Why this answer?", show=False)]

    class Pressed(Message):
        """The learner asked why."""

    def __init__(self, label: str = "why this answer?", **kwargs: object) -> None:
        super().__init__(Content(label), markup=False, **kwargs)  # type: ignore[arg-type]

    def action_press(self) -> None:
        self.post_message(self.Pressed())

    def _on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Pressed())
