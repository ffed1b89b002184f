"""The progress screen (F5): what the learner knows, what is due, what was missed, what next.

The same standing as `tutor progress`, read from the learner model each time it opens, so
answers given in another process (`tutor lesson`, a second app) show too.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from tutor.safe_text import safe


class ProgressScreen(ModalScreen[None]):
    """A dialog with the learner's standing as plain text (never markup)."""

    CSS_PATH = "progress.tcss"

    BINDINGS = [Binding("escape,f5,q", "dismiss(None)", "Close")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = "Your progress"
            with VerticalScroll(id="progress-body"):
                yield Static(Content(safe(self.text)), id="standing")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#progress-body").focus()
