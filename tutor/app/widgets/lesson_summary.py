"""The end of a lesson or a review: the score, what was mastered, what to review, and
the lessons to take next (choose one to open it)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from tutor.app.widgets.follow_ups import FollowUps


class LessonSummary(Vertical):
    """A summary; `next_lessons` are (lesson id, title) pairs offered as choices."""

    DEFAULT_CSS = """
    LessonSummary {
        width: 1fr;
        height: auto;
        margin: 1 0 0 0;
        padding: 0 1 1 1;
        border: round $success 70%;
        border-title-color: $text-success;
        border-title-style: bold;
        & > .summary-score {
            text-style: bold;
        }
        & > .summary-heading {
            color: $text-primary;
            text-style: bold;
            margin-top: 1;
        }
        & > .summary-list {
            padding: 0 0 0 2;
        }
        & > .summary-note {
            color: $text-muted;
            text-style: italic;
            margin-top: 1;
        }
        & > FollowUps {
            margin: 0;
        }
    }
    """

    def __init__(
        self,
        title: str,
        score: int,
        total: int,
        mastered: list[str],
        review: list[str],
        notes: list[str] | None = None,
        next_lessons: list[tuple[str, str]] | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.border_title = title
        self.score = score
        self.total = total
        self.mastered = list(mastered)
        self.review = list(review)
        self.notes = list(notes or [])
        self.next_lessons = list(next_lessons or [])

    def compose(self) -> ComposeResult:
        if self.total:
            yield Static(Content(f"Score: {self.score} of {self.total}"), classes="summary-score")
        for heading, items in (("Mastered", self.mastered), ("To review", self.review)):
            if items:
                yield Static(Content(heading), classes="summary-heading")
                yield Static(Content("\n").join(Content(f"• {item}") for item in items), classes="summary-list")
        for note in self.notes:
            yield Static(Content(note), classes="summary-note")
        if self.next_lessons:
            yield Static(Content("Suggested next (choose one to start it)"), classes="summary-heading")
            yield FollowUps([title for _, title in self.next_lessons], id="next-lessons")

    @property
    def follow_ups(self) -> FollowUps | None:
        found = self.query(FollowUps)
        return found.first() if found else None

    def lesson_for(self, title: str) -> str | None:
        """The id of the suggested lesson with this title."""
        return next((lesson_id for lesson_id, name in self.next_lessons if name == title), None)
