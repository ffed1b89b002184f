"""An explanation step of a lesson: its text as Markdown and where it comes from."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Markdown, Static


class LessonExplanation(Vertical):
    """The tutor teaching: a passage (the lesson's words and knowledge base sections)."""

    DEFAULT_CSS = """
    LessonExplanation {
        width: 1fr;
        height: auto;
        margin: 1 0 0 0;
        border-left: outer $accent 60%;
        & > Markdown {
            margin: 0;
            padding: 0 1;
            & > MarkdownBlock:last-child {
                margin-bottom: 0;
            }
        }
        & > .explanation-sources {
            color: $text-muted;
            text-style: italic;
            padding: 0 1;
        }
    }
    """

    def __init__(self, markdown: str, sources: list[dict[str, str]] | None = None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.markdown = markdown
        self.sources = list(sources or [])

    def compose(self) -> ComposeResult:
        yield Markdown(self.markdown)
        if self.sources:
            where = "; ".join(f"{s.get('title', '')} › {s.get('section', '')}" for s in self.sources)
            yield Static(Content(f"From {where}"), classes="explanation-sources")
