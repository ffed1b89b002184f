"""The lessons list: every lesson with its number of questions and the learner's progress,
the Review of questions that are due, and the placement quiz (P) for a learner who knows the
basics already.

This screen is the base of the app's "lessons" mode (F4 switches to it and back).
Choosing a lesson opens it in a `LessonScreen` over this one; the list is read again from
the progress file whenever it shows, so it reflects answers given in the app or in
`tutor lesson`. A damaged progress file is set aside by the engine and reported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from tutor.app.host import TutorHost
from tutor.app.screens.lesson import LessonScreen
from tutor.files.paths import knowledge_folders
from tutor.lessons.progress import ProgressStore
from tutor.search.knowledge import KnowledgeBase, load_knowledge

if TYPE_CHECKING:  # types only: see the imports inside the methods below
    from tutor.lessons.catalogue import Catalogue

REVIEW_ID = "review"
LESSON_PREFIX = "lesson:"
MAX_TITLE = 56
MIN_TITLE = 24
# Columns besides the title: margins, border, padding, "NN questions" and the progress.
OTHER_COLUMNS = 8 + 17 + 20
REVIEW_ABOUT = (
    "Questions from your lessons come back here on a spaced schedule: the ones you missed "
    "soon, the ones you knew after days, then at growing intervals."
)


def progress_text(status: dict[str, Any]) -> Content:
    """The learner's progress with a lesson, for the list (coloured by state)."""
    state = status.get("status")
    questions = status.get("questions", 0)
    if state == "in progress" and not status.get("answered"):
        return Content.from_markup("[$text-warning]● started[/]")
    if state == "in progress":
        return Content.from_markup("[$text-warning]● $n of $of answered[/]", n=str(status.get("answered", 0)), of=str(questions))
    if state in ("completed", "completed before") and "last_score" in status:
        return Content.from_markup("[$text-success]✓ done · $score of $of[/]", score=str(status["last_score"]), of=str(questions))
    if state in ("completed", "completed before"):
        return Content.from_markup("[$text-success]✓ done[/]")
    if state == "placed out":
        return Content.from_markup("[$text-accent]↷ placed out[/]")
    return Content.from_markup("[$text-muted]not started[/]")


class LessonsScreen(Screen[None]):
    """The lessons, their progress, and the review."""

    CSS_PATH = "lessons.tcss"
    SUB_TITLE = "Lessons"
    AUTO_FOCUS = "#lessons"

    BINDINGS = [
        Binding("escape", "app.switch_mode('chat')", "Back to chat"),
        Binding("r", "review", "Review", tooltip="Answer the questions that are due for review"),
        Binding("p", "placement", "Placement quiz", tooltip="A few questions on the first lessons: those you know are placed out"),
        Binding("f4", "app.toggle_lessons", "Chat", tooltip="Switch to the chat"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.catalogue: "Catalogue | None" = None
        self.store: "ProgressStore | None" = None
        self.due = 0
        self.next_review = "nothing scheduled"

    @property
    def tutor_app(self) -> TutorHost:
        return cast(TutorHost, self.app)

    def compose(self) -> ComposeResult:
        yield Header(icon="§")
        with Vertical(id="lessons-body"):
            yield Static(Content.from_markup("[b]Lessons[/]  [$text-muted]Enter opens a lesson; it resumes where you left it.[/]"), id="lessons-title")
            yield OptionList(id="lessons")
            yield Static(id="lesson-detail")
        yield Footer()

    @property
    def lesson_list(self) -> OptionList:
        return self.query_one("#lessons", OptionList)

    def on_screen_resume(self) -> None:
        self.refresh_lessons()

    def on_resize(self) -> None:
        self._fill_list()  # titles are shortened to the width

    # -- the list -------------------------------------------------------------------------

    def _load_catalogue(self) -> "Catalogue":
        # Imported when the lessons are first shown, not at launch: they load PyYAML and fsrs.
        from tutor.lessons.catalogue import load_catalogue

        if self.catalogue is None:
            self.catalogue = load_catalogue(self.tutor_app.lesson_folders)
            errors = self.catalogue.errors
            if errors:
                lines = [str(p) for p in errors[:5]] + ([f"… and {len(errors) - 5} more (see `tutor lesson --check`)"] if len(errors) > 5 else [])
                self.app.notify("\n".join(lines), title=f"Lesson files skipped ({len(errors)})", severity="error", timeout=12, markup=False)
        return self.catalogue

    def _store(self) -> "ProgressStore":
        """The learner's database, opened once; each read sees what other tutors saved."""
        if self.store is None:
            self.store = ProgressStore.load()
        self._flush_warnings(self.store)
        return self.store

    def refresh_lessons(self) -> None:
        """Read the progress again and rebuild the list (keeping the highlight)."""
        # Imported when the lessons are first shown, not at launch: they load PyYAML and fsrs.
        from tutor.lessons.review import ReviewRun
        from tutor.lessons.schedule import describe_due

        catalogue = self._load_catalogue()
        store = self._store()
        review = ReviewRun(catalogue, store, limit=None)
        self.due = len(review.items)
        self.next_review = describe_due(review.schedule.next_due())
        if self.next_review == "now":  # due within the minute, not yet now
            self.next_review = "in a minute"
        self._fill_list()

    def _fill_list(self) -> None:
        """The list's entries, from the catalogue and progress last read."""
        # Imported when the lessons are first shown, not at launch: they load PyYAML and fsrs.
        from tutor.lessons.catalogue import lesson_status

        catalogue, store = self.catalogue, self.store
        if catalogue is None or store is None:
            return
        # Titles share a column, shortened so that a lesson stays on one line if possible.
        room = self.app.size.width - OTHER_COLUMNS
        width = max(MIN_TITLE, min(MAX_TITLE, room, max((len(lesson.title) for lesson in catalogue), default=10)))
        if self.due:
            review_label = Content.from_markup("[b $text-accent]↻ Review[/] [b]($due due)[/]", due=str(self.due))
        else:
            when = "" if self.next_review == "nothing scheduled" else f" · next {self.next_review}"
            review_label = Content.from_markup("[b $text-accent]↻ Review[/] [$text-muted](nothing due$when)[/]", when=when)
        options: list[Option | None] = [Option(review_label, id=REVIEW_ID), None]
        for lesson in catalogue:
            status = lesson_status(lesson, store)
            title = lesson.title if len(lesson.title) <= width else lesson.title[: width - 1] + "…"
            label = Content.assemble(
                Content.from_markup("[b]$title[/]", title=title.ljust(width)),
                Content.from_markup("  [$text-muted]$n questions[/]  ", n=str(len(lesson.questions)).rjust(2)),
                progress_text(status),
            )
            options.append(Option(label, id=f"{LESSON_PREFIX}{lesson.id}"))

        lessons = self.lesson_list
        highlighted = lessons.highlighted_option.id if lessons.highlighted_option is not None else None
        lessons.set_options(options)
        ids = [o.id for o in lessons.options]
        first_lesson = 1 if len(ids) > 1 else 0
        lessons.highlighted = ids.index(highlighted) if highlighted in ids else first_lesson
        if not len(catalogue):
            self.query_one("#lesson-detail", Static).update(Content("No lessons found."))

    def _flush_warnings(self, store: "ProgressStore") -> None:
        for message in store.take_warnings():
            self.app.notify(message[:1].upper() + message[1:], title="Lesson progress", severity="warning", timeout=15, markup=False)

    @on(OptionList.OptionHighlighted, "#lessons")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.query_one("#lesson-detail", Static).update(self._detail(event.option.id or ""))

    def _detail(self, option_id: str) -> Content:
        """What the highlighted entry is about."""
        if option_id == REVIEW_ID:
            due = f"{self.due} question{'s' if self.due != 1 else ''} due now." if self.due else f"Nothing is due now; next review {self.next_review}."
            return Content.from_markup("[b $text-accent]Review[/]\n$about\n[$text-muted]$due[/]", about=REVIEW_ABOUT, due=due)
        lesson = self.catalogue.get(option_id.removeprefix(LESSON_PREFIX)) if self.catalogue else None
        if lesson is None:
            return Content("")
        lines = [Content.from_markup("[b $text-primary]$title[/]", title=lesson.title)]
        if lesson.summary:
            lines.append(Content(lesson.summary))
        lines.extend(Content(f"• {objective}") for objective in lesson.objectives)
        facts = f"About {lesson.minutes} minutes · {len(lesson.questions)} questions"
        if lesson.prerequisites:
            titles = [self.catalogue.get(p).title if self.catalogue and self.catalogue.get(p) else p for p in lesson.prerequisites]  # type: ignore[union-attr]
            facts += " · builds on " + ", ".join(f"“{t}”" for t in titles)
        if self.store is not None:
            # Imported when the lessons are first shown, not at launch: they load PyYAML and fsrs.
            from tutor.lessons.catalogue import lesson_status

            best = lesson_status(lesson, self.store).get("best_score")
            if isinstance(best, int):
                facts += f" · best score {best} of {len(lesson.questions)}"
        lines.append(Content.from_markup("[$text-muted]$facts[/]", facts=facts))
        return Content("\n").join(lines)

    # -- opening a lesson or the review ---------------------------------------------------

    @on(OptionList.OptionSelected, "#lessons")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        if option_id == REVIEW_ID:
            self.action_review()
        elif option_id.startswith(LESSON_PREFIX):
            self.open_lesson(option_id.removeprefix(LESSON_PREFIX))

    def _knowledge(self) -> KnowledgeBase:
        """The knowledge base for explanation steps: the app's, or read now if it has none."""
        tutor = self.tutor_app.tutor
        if tutor is not None:
            return tutor.retriever.kb
        return load_knowledge(knowledge_folders(self.tutor_app.extra_knowledge_dirs))

    def open_lesson(self, lesson_id: str) -> None:
        """Open a lesson (it resumes where it was left, or starts again once finished)."""
        # Imported when the lessons are first shown, not at launch: they load PyYAML and fsrs.
        from tutor.lessons.catalogue import LessonRun, missing_prerequisites

        catalogue = self._load_catalogue()
        lesson = catalogue.get(lesson_id)
        if lesson is None:
            self.app.notify(f"There is no lesson '{lesson_id}'.", severity="error", markup=False)
            return
        store = self._store()
        run = LessonRun.open(catalogue, lesson_id, store, knowledge=self._knowledge)
        notes = []
        missing = [catalogue.get(p).title if catalogue.get(p) else p for p in missing_prerequisites(lesson, store)]  # type: ignore[union-attr]
        if missing:
            which = "that lesson" if len(missing) == 1 else "those lessons"
            notes.append(f"Tip: this lesson builds on {', '.join(f'“{m}”' for m in missing)}; you may want to take {which} first.")
        if run.restarted:
            notes.append("You finished this lesson before; starting it again.")
        elif run.position > 0:
            notes.append(f"Welcome back: resuming at step {run.step_number} of {run.total_steps}.")
        self.app.push_screen(LessonScreen(run, catalogue, lesson.title, notes), self._lesson_closed)

    def action_review(self) -> None:
        """Start the review of the questions that are due (if any are)."""
        # Imported when the lessons are first shown, not at launch: they load PyYAML and fsrs.
        from tutor.lessons.review import ReviewRun

        catalogue = self._load_catalogue()
        review = ReviewRun(catalogue, self._store())
        if not review.items:
            # Imported when the lessons are first shown, not at launch: they load PyYAML and fsrs.
            from tutor.lessons.schedule import describe_due

            self.app.notify(f"Nothing is due for review; next review {describe_due(review.schedule.next_due())}.", title="Review")
            return
        self.app.push_screen(LessonScreen(review, catalogue, "Review", review=True), self._lesson_closed)

    def action_placement(self) -> None:
        """Start the placement quiz on the first lessons (if any is left to ask)."""
        # Imported when the lessons are first shown, not at launch: they load PyYAML and fsrs.
        from tutor.lessons.placement import PlacementRun

        catalogue = self._load_catalogue()
        run = PlacementRun(catalogue, self._store())
        if not run.items:
            self.app.notify("Nothing left to ask: each of the first lessons is started, done or already placed.", title="Placement quiz")
            return
        about = (
            f"{len(run.items)} question{'s' if len(run.items) != 1 else ''}, one from each of the first lessons. "
            "Answer what you know; Ctrl+R shows the answer of one you do not. A lesson whose question "
            "you get right is placed out, so you can start further on."
        )
        self.app.push_screen(LessonScreen(run, catalogue, "Placement quiz", [about], placement=True), self._lesson_closed)

    def _lesson_closed(self, next_lesson: str | None) -> None:
        if next_lesson:
            self.call_after_refresh(self.open_lesson, next_lesson)
