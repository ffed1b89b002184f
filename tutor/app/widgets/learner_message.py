"""What the learner typed, as it appears in the conversation (never read as markup)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from tutor.safe_text import safe


class LearnerMessage(Static):
    """One message from the learner."""

    DEFAULT_CSS = """
    LearnerMessage {
        width: 1fr;
        height: auto;
        margin: 1 0 0 6;
        padding: 0 1;
        background: $primary 15%;
        border-left: outer $primary;
        color: $text;
    }
    """

    def __init__(self, text: str, **kwargs: object) -> None:
        super().__init__(Content(safe(text)), markup=False, **kwargs)  # type: ignore[arg-type]
        self.text = text
