"""One reply of the tutor during a lesson: right, wrong, partly right, a hint, the answer
revealed, or a short note. Plain text (never read as markup)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

# kind -> (mark, label): the mark starts the line, the label is shown in bold after it.
KINDS: dict[str, tuple[str, str]] = {
    "correct": ("✓", ""),
    "wrong": ("✗", ""),
    "partial": ("◐", ""),
    "invalid": ("?", ""),
    "revealed": ("→", ""),
    "hint": ("»", "Hint"),
    "note": ("·", ""),
}


class LessonFeedback(Static):
    """A line (or a paragraph) of feedback, styled by its kind."""

    DEFAULT_CSS = """
    LessonFeedback {
        width: 1fr;
        height: auto;
        margin: 1 0 0 0;
        padding: 0 1;
        &.-correct { border-left: outer $success; color: $text; background: $success 10%; }
        &.-wrong { border-left: outer $error; background: $error 8%; }
        &.-partial { border-left: outer $warning; background: $warning 8%; }
        &.-invalid { border-left: outer $foreground 30%; color: $text-muted; }
        &.-revealed { border-left: outer $accent; background: $accent 10%; }
        &.-hint { border-left: outer $primary; background: $primary 8%; }
        &.-note { color: $text-muted; text-style: italic; }
    }
    """

    def __init__(self, kind: str, text: str, label: str = "", **kwargs: object) -> None:
        mark, default_label = KINDS.get(kind, ("", ""))
        label = label or default_label
        content = Content.from_markup("[b]$mark[/] ", mark=mark) if mark else Content("")
        if label:
            content = content + Content.from_markup("[b]$label:[/] ", label=label)
        super().__init__(content + Content(text), markup=False, classes=f"-{kind}", **kwargs)  # type: ignore[arg-type]
        self.kind = kind
        self.text = text
