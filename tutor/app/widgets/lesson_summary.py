"""The end of a lesson or a review: the score (right first time and with help apart), the
questions to go over again in words, what was mastered, and the lesson to take next
(choose it to open it)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from tutor.app.widgets.follow_ups import FollowUps


class LessonSummary(Vertical):
    """A summary. `score_text` reads the score out ("4 of 7 right first time, 3 more with
    help"); `recap` holds (prompt, idea) of each question to go over again; `mastered` the
    prompts of the others; `next_lessons` (lesson id, title) pairs offered as choices."""

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
        & > .summary-recap {
            padding: 0 0 0 4;
            color: $text-muted;
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
        score_text: str,
        recap: list[tuple[str, str]],
        mastered: list[str],
        notes: list[str] | None = None,
        next_lessons: list[tuple[str, str]] | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.border_title = title
        self.score = score
        self.total = total
        self.score_text = score_text
        self.recap = list(recap)
        self.mastered = list(mastered)
        self.notes = list(notes or [])
        self.next_lessons = list(next_lessons or [])

    def compose(self) -> ComposeResult:
        if self.total:
            yield Static(Content(f"Score: {self.score_text}"), classes="summary-score")
        if self.recap:
            yield Static(Content("To go over again"), classes="summary-heading")
            for prompt, idea in self.recap:
                yield Static(Content(f"• {prompt}"), classes="summary-list")
                yield Static(Content(idea), classes="summary-recap")
        if self.mastered:
            yield Static(Content("Mastered"), classes="summary-heading")
            yield Static(Content("\n").join(Content(f"• {item}") for item in self.mastered), classes="summary-list")
        for note in self.notes:
            yield Static(Content(note), classes="summary-note")
        if self.next_lessons:
            yield Static(Content("Next lesson (choose it to start)"), classes="summary-heading")
            yield FollowUps([title for _, title in self.next_lessons], id="next-lessons")

    @property
    def follow_ups(self) -> FollowUps | None:
        found = self.query(FollowUps)
        return found.first() if found else None

    def lesson_for(self, title: str) -> str | None:
        """The id of the suggested lesson with this title."""
        return next((lesson_id for lesson_id, name in self.next_lessons if name == title), None)
