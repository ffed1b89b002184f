"""The lesson mode: a place for the lessons (they are their own issue).

This screen is the base of the app's "lessons" mode (F4 switches to it and back); it lists
the lessons once there are some.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static


class LessonsScreen(Screen[None]):
    """The lessons: none yet."""

    CSS_PATH = "lessons.tcss"
    SUB_TITLE = "Lessons"
    AUTO_FOCUS = "#lessons"

    BINDINGS = [
        Binding("escape", "app.switch_mode('chat')", "Back to chat"),
    ]

    def compose(self) -> ComposeResult:
        yield Header(icon="§")
        with Vertical(id="lessons-body"):
            yield Static("Lessons", id="lessons-title")
            yield Static("No lessons yet. Guided lessons with questions, hints and reviews will appear here.", id="lessons-empty")
            yield OptionList(id="lessons")
        yield Footer()
