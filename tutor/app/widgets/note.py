"""A short line from the app itself in the conversation ("Saved to ...")."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class Note(Static):
    """A quiet, one-line remark from the app (not from the tutor)."""

    DEFAULT_CSS = """
    Note {
        width: 1fr;
        height: auto;
        margin: 1 0 0 0;
        padding: 0 1;
        color: $text-muted;
        text-style: italic;
    }
    """

    def __init__(self, text: str, **kwargs: object) -> None:
        super().__init__(Content(text), markup=False, **kwargs)  # type: ignore[arg-type]
