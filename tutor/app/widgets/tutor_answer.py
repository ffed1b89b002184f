"""One answer from the tutor: the explanation (Markdown), its sources and follow-ups.

An answer is mounted as soon as the question is asked, waiting ("pending"), and filled in
when the reply arrives; that keeps answers in the order the questions were asked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Markdown, Static

from tutor.app.widgets.follow_ups import FollowUps
from tutor.app.widgets.source_list import SourceList
from tutor.app.widgets.why_link import WhyLink

if TYPE_CHECKING:
    from tutor.answering.reply import Source

_SOURCES_LINE = re.compile(r"\n*^Sources?:[^\n]*\s*\Z", re.MULTILINE)


def answer_body(answer: str, has_sources: bool, followups: list[str] | None = None) -> str:
    """The answer as shown: without its closing "Sources: ..." line when the sources are
    shown apart, and without a bulleted list of the follow-ups, which are shown as choices."""
    text = answer.strip()
    if has_sources:
        text = _SOURCES_LINE.sub("", text).strip()
    if followups:
        listed = {f"{bullet} {prompt.strip()}" for prompt in followups for bullet in "-*+"}
        text = "\n".join(line for line in text.splitlines() if line.strip() not in listed)
        text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text


class TutorAnswer(Vertical):
    """The tutor's side of one turn."""

    DEFAULT_CSS = """
    TutorAnswer {
        width: 1fr;
        height: auto;
        margin: 1 0 0 0;
        padding: 0 0 0 0;
        border-left: outer $accent 60%;
        & > Markdown {
            margin: 0;
            padding: 0 1;
            & > MarkdownBlock:last-child {
                margin-bottom: 0;
            }
        }
        & > .pending {
            color: $text-muted;
            text-style: italic;
            padding: 0 1;
        }
        &.-out-of-scope {
            border-left: outer $warning 60%;
        }
    }
    """

    class WhyRequested(Message):
        """The learner asked why the tutor answered (or declined) as it did."""

        def __init__(self, answer: "TutorAnswer") -> None:
            super().__init__()
            self.answer = answer

    def __init__(
        self,
        markdown: str | None = None,
        sources: list["Source"] | None = None,
        followups: list[str] | None = None,
        citations: dict[str, list[str]] | None = None,
        pending: str = "Thinking…",
        question: str | None = None,
        topic: str | None = None,
        **kwargs: object,
    ) -> None:
        """`question` (what was asked, for an answer from the knowledge base) offers
        "why this answer?"; `topic` is the document the conversation was about."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.markdown = markdown
        self.sources = list(sources or [])
        self.followups = list(followups or [])
        self.citations = citations or {}
        self.pending_text = pending
        self.question = question
        self.topic = topic

    @property
    def pending(self) -> bool:
        return self.markdown is None

    def compose(self) -> ComposeResult:
        if self.markdown is None:
            yield Static(Content(self.pending_text), classes="pending")
            return
        yield Markdown(self.markdown)
        if self.sources:  # a declined question has no sources, so no link; /why still explains it
            yield SourceList(self.sources, self.citations, why=self.explainable)
        if self.followups:
            yield FollowUps(self.followups)

    @property
    def explainable(self) -> bool:
        """Whether "why this answer?" applies (an answer to a question, not a command)."""
        return self.question is not None and not self.pending

    @on(WhyLink.Pressed)
    def _why_pressed(self, event: WhyLink.Pressed) -> None:
        event.stop()
        self.post_message(self.WhyRequested(self))

    def set_pending_text(self, text: str) -> None:
        """Change what a waiting answer says (for example while the knowledge loads)."""
        self.pending_text = text
        if self.pending:
            for label in self.query(".pending").results(Static):
                label.update(Content(text))

    async def show(
        self,
        markdown: str,
        sources: list["Source"] | None = None,
        followups: list[str] | None = None,
        citations: dict[str, list[str]] | None = None,
        question: str | None = None,
        topic: str | None = None,
    ) -> None:
        """Fill in the answer."""
        self.markdown = markdown
        self.sources = list(sources or [])
        self.followups = list(followups or [])
        self.citations = citations or {}
        self.question = question
        self.topic = topic
        await self.recompose()

    @property
    def follow_ups(self) -> FollowUps | None:
        """The follow-up list, if this answer has one."""
        found = self.query(FollowUps)
        return found.first() if found else None
