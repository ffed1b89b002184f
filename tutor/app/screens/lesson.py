"""The lesson screen: one lesson (a `LessonRun`), a review (a `ReviewRun`) or the placement
quiz (a `PlacementRun`, shown like a review) in the app.

The engine decides everything about the dialogue; this screen only shows its events
(explanations, questions, hints, feedback, the summary) in a scrolling log and passes on
what the learner does: a choice picked, an answer typed, a hint or the answer asked for.
The engine saves progress after every answer, so leaving (Esc) loses nothing and opening
the lesson again resumes it. Dismisses with the id of a suggested lesson to open next, or
None.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, Union, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Input, ProgressBar, Static

from tutor.app.widgets.choice_list import ChoiceList, letter
from tutor.app.widgets.follow_ups import FollowUps
from tutor.app.widgets.learner_message import LearnerMessage
from tutor.app.widgets.lesson_explanation import LessonExplanation
from tutor.app.widgets.lesson_feedback import LessonFeedback
from tutor.app.widgets.lesson_question import LessonQuestion
from tutor.app.widgets.lesson_summary import LessonSummary
from tutor.commands import named
from tutor.files.failure_log import failure_line

if TYPE_CHECKING:  # types only: see the imports inside the methods below
    from tutor.lessons.dialogue import Event, SummaryData
    from tutor.lessons.review import ReviewRun
    from tutor.lessons.catalogue import Catalogue, LessonRun
    from tutor.lessons.placement import PlacementRun

    Runner = Union[LessonRun, ReviewRun, PlacementRun]

PLACEHOLDERS = {
    "multiple_choice": "Type a letter, a number or the text of a choice",
    "true_false": "Type true or false",
    "order": "Type the letters in order, e.g. B A C",
    "free_text": "Type your answer and press Enter",
}
DONE_PLACEHOLDER = "Finished: Esc goes back to the lessons"


class LessonScreen(Screen[str | None]):
    """A lesson, or a review, taken in the app."""

    CSS_PATH = "lesson.tcss"

    BINDINGS = [
        Binding("escape", "leave", "Lessons", tooltip="Back to the lessons list (progress is kept)"),
        Binding("f2", "hint", "Hint", tooltip="The next hint for this question"),
        Binding("h", "hint", "Hint", show=False),
        Binding("ctrl+r", "skip", "Show answer", tooltip="Reveal the answer and go on (counts as not known)"),
        Binding("f4", "app.toggle_lessons", "Chat", tooltip="Switch to the chat (the lesson waits here)"),
        # Priority: the lesson log scrolls even while a list of choices has the focus.
        Binding("pageup", "scroll_log(-1)", "Scroll up", show=False, priority=True),
        Binding("pagedown", "scroll_log(1)", "Scroll down", show=False, priority=True),
    ]

    def __init__(self, runner: "Runner", catalogue: "Catalogue", title: str, intro: list[str] | None = None, review: bool = False, placement: bool = False) -> None:
        super().__init__()
        self.runner = runner
        self.catalogue = catalogue
        self.lesson_title = title
        self.intro = list(intro or [])
        self.placement = placement
        self.review = review or placement  # questions from several lessons, in a list
        self.question: LessonQuestion | None = None  # the question being answered

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="§")
        with Vertical(id="lesson-top"):
            yield Static(id="lesson-status")
            yield ProgressBar(total=1, show_percentage=False, show_eta=False, id="lesson-progress")
        yield VerticalScroll(id="lesson-log", can_focus=False)
        yield Input(id="answer", placeholder=PLACEHOLDERS["free_text"])
        yield Footer()

    @property
    def log_view(self) -> VerticalScroll:
        return self.query_one("#lesson-log", VerticalScroll)

    @property
    def answer_input(self) -> Input:
        return self.query_one("#answer", Input)

    async def on_mount(self) -> None:
        self.sub_title = self.lesson_title
        events = self._engine(self.runner.start)
        intro = self._intro_widgets() + self._recap()
        await self.show(events, before=intro)

    def _intro_widgets(self) -> list[Widget]:
        widgets: list[Widget] = []
        if not self.review:
            run = cast("LessonRun", self.runner)
            lesson = run.lesson
            lines = [Content.from_markup("[b $text-primary]$title[/]", title=lesson.title)]
            if lesson.summary:
                lines.append(Content(lesson.summary))
            lines.extend(Content(f"• {objective}") for objective in lesson.objectives)
            lines.append(Content.from_markup("[$text-muted]About $minutes minutes · $count questions[/]", minutes=str(lesson.minutes), count=str(len(lesson.questions))))
            widgets.append(Static(Content("\n").join(lines), id="lesson-intro"))
        widgets.extend(LessonFeedback("note", note) for note in self.intro)
        return widgets

    def _recap(self) -> list[Widget]:
        """On resuming at a question, the explanations just before it, shown again."""
        # Imported when the lessons are first shown, not at launch: they load PyYAML and fsrs.
        from tutor.lessons.catalogue import render_explain
        from tutor.lessons.model import Explain

        if self.review or not getattr(self.runner, "resumed", False):
            return []
        run = cast("LessonRun", self.runner)
        steps = run.lesson.steps
        index = run.position - 1
        recap: list[Explain] = []
        while index >= 0 and isinstance(steps[index], Explain):
            recap.insert(0, cast(Explain, steps[index]))
            index -= 1
        widgets: list[Widget] = []
        for step in recap:
            text, sources = render_explain(step, run.knowledge() if step.knowledge else None)
            if text:
                widgets.append(LessonExplanation(text, sources))
        return widgets

    # -- showing the engine's events ------------------------------------------------------

    def _engine(self, move: Callable[..., list["Event"]], *args: str) -> list["Event"]:
        """Call the lesson engine; a failure is logged and told in one line, never raised into the app."""
        try:
            return move(*args)
        except Exception as error:  # a bug in the lesson engine never takes the app down
            self.app.notify(failure_line(error, " ".join(args)), title="The lesson hit a problem", severity="error", timeout=15, markup=False)
            return []

    async def show(self, events: list["Event"], before: list[Widget] | None = None) -> None:
        """Add the events to the log, then update the progress, the input and the focus."""
        widgets: list[Widget] = list(before or [])
        asked = self.question
        for event in events:
            widgets.extend(self._widgets_for(event))
        if widgets:
            await self.log_view.mount_all(widgets)
            self.call_after_refresh(self._reveal, widgets[0], widgets[-1])
        self._update_progress()
        self._update_input(new_question=any(event.type == "question" for event in events))
        if asked is not None and asked is not self.question:
            asked.close()  # after the focus has moved on: one change of focus, not two
        self._flush_warnings()

    def _widgets_for(self, event: "Event") -> list[Widget]:
        data = event.data
        if event.type == "explain" and self.review:  # a review's note ("this one comes back")
            return [LessonFeedback("note", event.text)]
        if event.type == "explain":
            return [LessonExplanation(event.text, data.get("sources"))]
        if event.type == "question":
            self.question = LessonQuestion(data, self._question_heading(data))
            return [self.question]
        if event.type == "hint":
            label = f"Hint {data.get('level')} of {data.get('of')}" if data.get("level") else "Hint"
            return [LessonFeedback("hint", event.text, label=label)]
        if event.type == "feedback":
            return [LessonFeedback(self._feedback_kind(data), event.text)]
        if event.type == "summary":
            self.question = None
            return [self._summary(data)]
        return [LessonFeedback("note", event.text)]

    def _question_heading(self, data: dict[str, Any]) -> str:
        heading = f"Question {data.get('number')} of {data.get('of')}" if data.get("number") else "Question"
        if self.review and data.get("lesson"):
            lesson = self.catalogue.get(str(data["lesson"]))
            heading += f" · from “{lesson.title if lesson else data['lesson']}”"
        if data.get("recall"):
            heading += " · from memory this time"
        return heading

    @staticmethod
    def _feedback_kind(data: dict[str, Any]) -> str:
        if data.get("correct"):
            return "correct"
        if data.get("valid") is False:
            return "invalid"
        if "answer" in data:
            return "revealed"
        if data.get("partial"):
            return "partial"
        return "wrong"

    def _summary(self, data: dict[str, Any]) -> LessonSummary:
        # Imported when the lessons are first shown, not at launch: they load PyYAML and fsrs.
        from tutor.lessons.dialogue import describe_score
        from tutor.lessons.schedule import describe_due

        notes: list[str] = []
        if self.placement:
            title = "Placement finished"
            placed = [self.catalogue.get(lesson_id) for lesson_id in data.get("placed_out") or []]
            if placed:
                notes.append("Placed out of: " + ", ".join(f"“{lesson.title}”" for lesson in placed if lesson is not None) + ".")
            if data.get("review"):
                notes.append("The questions you missed come back in the Review.")
        elif self.review:
            title = "Review finished" if data.get("total") else "Nothing to review"
            if not data.get("total"):
                notes.append("Nothing is due for review right now.")
            next_due = data.get("next_due")
            notes.append(f"Next review {describe_due(datetime.fromisoformat(next_due) if next_due else None)}.")
        else:
            title = "Lesson finished"
            if data.get("review"):
                notes.append("The questions to review come back in the Review on a spaced schedule.")
        next_lessons = []
        for lesson_id in data.get("next") or []:
            lesson = self.catalogue.get(lesson_id)
            if lesson is not None:
                next_lessons.append((lesson.id, lesson.title))
        notes.append("Esc goes back to the lessons.")
        return LessonSummary(
            title,
            int(data.get("score", 0)),
            int(data.get("total", 0)),
            describe_score(cast("SummaryData", data)),
            [(entry["prompt"], entry["idea"]) for entry in data.get("recap") or []],
            [self._prompt_of(key) for key in data.get("mastered") or []],
            notes,
            next_lessons,
            id="summary",
        )

    def _prompt_of(self, key: str) -> str:
        """The prompt of a question named in a summary (an id, or "lesson/id" in a review)."""
        if self.review:
            lesson_id, _, question_id = key.partition("/")
            lesson = self.catalogue.get(lesson_id)
        else:
            question_id = key
            lesson = cast("LessonRun", self.runner).lesson
        question = lesson.question(question_id) if lesson is not None else None
        return question.prompt if question is not None else key

    def _reveal(self, first: Widget, last: Widget, tries: int = 5) -> None:
        """Scroll to what was just added: all of it when it fits, else from its start, so
        that the learner reads feedback, hints and a new lesson from their first line."""
        log = self.log_view
        if not first.is_attached:
            return
        laid_out = first.virtual_region.height and last.virtual_region.height and log.virtual_size.height >= last.virtual_region.bottom
        if not laid_out and tries:
            self.call_after_refresh(self._reveal, first, last, tries - 1)
            return
        height = log.virtual_size.height - first.virtual_region.y
        if height > log.scrollable_content_region.height:
            log.scroll_to_widget(first, top=True, animate=False, immediate=True)
        else:
            log.scroll_end(animate=False, immediate=True)

    def _update_progress(self) -> None:
        done, total, label = self.progress()
        self.query_one("#lesson-status", Static).update(Content(label))
        bar = self.query_one("#lesson-progress", ProgressBar)
        bar.update(total=max(total, 1), progress=done)

    def progress(self) -> tuple[int, int, str]:
        """(steps done, steps in all, a label such as "Step 3 of 11 · question 2 of 7")."""
        if self.review:
            review = cast("ReviewRun", self.runner)
            total = len(review.items)
            name = "Placement" if self.placement else "Review"
            if review.finished:
                return total, total, f"{name} · {total} question{'s' if total != 1 else ''} done"
            return review.index, total, f"{name} · question {review.index + 1} of {total}"
        run = cast("LessonRun", self.runner)
        if run.finished:
            return run.total_steps, run.total_steps, f"{run.lesson.title} · finished"
        label = f"{run.lesson.title} · step {run.step_number} of {run.total_steps}"
        question = run.current_question
        if question is not None:
            label += f" · question {run.question_number(question)} of {len(run.lesson.questions)}"
        return run.position, run.total_steps, label

    def _update_input(self, new_question: bool) -> None:
        """Enable the answer line while there is a question; focus where answering starts."""
        answer = self.answer_input
        if self.runner.finished or self.question is None:
            answer.disabled = True
            answer.placeholder = DONE_PLACEHOLDER
            summary = self.query("#summary").results(LessonSummary)
            follow_ups = next((s.follow_ups for s in summary if s.follow_ups is not None), None)
            if follow_ups is not None:
                self.set_focus(follow_ups, scroll_visible=False)
            return
        answer.disabled = False
        answer.placeholder = PLACEHOLDERS.get(self.question.kind, PLACEHOLDERS["free_text"])
        focused = self.focused
        if not new_question and focused is not None and not focused.disabled and focused in (answer, self.question.choice_list):
            return  # the learner keeps answering the same question the same way
        choices = self.question.choice_list
        self.set_focus(choices or answer, scroll_visible=False)  # now, before the old question closes

    def _flush_warnings(self) -> None:
        for message in self.runner.store.take_warnings():
            self.app.notify(message[:1].upper() + message[1:], title="Lesson progress", severity="warning", timeout=12, markup=False)

    # -- what the learner does ------------------------------------------------------------

    async def answer(self, text: str, echo: str | None = None) -> None:
        """Give `text` as the answer to the current question (`echo` is shown for it)."""
        if self.runner.finished or self.question is None:
            return
        command = named(text, "lesson")
        if command == "/hint":
            await self.action_hint()
            return
        if command == "/skip":
            await self.action_skip()
            return
        question = self.question
        events = self._engine(self.runner.answer, text)
        self._mark_choice(question, text, events)
        await self.show(events, before=[LearnerMessage(echo or text)])

    def _mark_choice(self, question: LessonQuestion, text: str, events: list["Event"]) -> None:
        """Cross out a choice picked wrongly (multiple choice and true/false)."""
        choices = question.choice_list
        if choices is None or question.kind == "order":
            return
        feedback = next((e for e in events if e.type == "feedback"), None)
        if feedback is None or feedback.get("valid") is False:
            return
        index = next((i for i in range(len(question.choices)) if letter(i) == text.strip().upper()), None)
        if index is None:
            return
        mark = Content.from_markup("[b $text-success]✓[/]") if feedback.get("correct") else Content.from_markup("[b $text-error]✗[/]")
        choices.set_marks({**choices.marks, index: mark})

    @on(Input.Submitted, "#answer")
    async def _submitted(self, event: Input.Submitted) -> None:
        text = event.value
        if not text.strip():
            return
        self.answer_input.value = ""
        await self.answer(text)

    @on(Input.Changed, "#answer")
    def _typed(self, event: Input.Changed) -> None:
        """For an order question, number the items as their letters are typed."""
        question = self.question
        if question is None or question.kind != "order" or question.choice_list is None:
            return
        marks = {}
        for position, index in enumerate(self._letters(event.value, len(question.choices)), 1):
            marks[index] = Content.from_markup("[b $text-accent]$n[/]", n=str(position))
        question.choice_list.set_marks(marks)

    @staticmethod
    def _letters(text: str, count: int) -> list[int]:
        """The choices named by letter in `text`, in order, each once."""
        found: list[int] = []
        for character in text.upper():
            index = ord(character) - ord("A")
            if 0 <= index < count and index not in found and character.isalpha():
                found.append(index)
        return found

    @on(ChoiceList.Chosen)
    async def _chosen(self, event: ChoiceList.Chosen) -> None:
        question = self.question
        if question is None or event.choice_list is not question.choice_list:
            return
        if question.kind != "order":
            await self.answer(event.letter, echo=f"{event.letter}) {event.text}")
            return
        # An order question: each pick adds the item's letter; the last one answers.
        answer = self.answer_input
        picked = self._letters(answer.value, len(question.choices))
        if event.index in picked:
            picked.remove(event.index)
        else:
            picked.append(event.index)
        answer.value = " ".join(letter(i) for i in picked)
        answer.cursor_position = len(answer.value)
        if len(picked) == len(question.choices):
            text = answer.value
            answer.value = ""
            await self.answer(text)

    @on(FollowUps.Chosen, "#next-lessons")
    def _next_lesson_chosen(self, event: FollowUps.Chosen) -> None:
        event.stop()
        summary = self.query_one("#summary", LessonSummary)
        self.dismiss(summary.lesson_for(event.prompt))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("hint", "skip"):
            return not self.runner.finished and self.question is not None
        return True

    async def action_hint(self) -> None:
        """Show the next hint (after the last one, the answer)."""
        if self.runner.finished or self.question is None:
            self.app.notify("There is no question to give a hint for.", severity="warning")
            return
        await self.show(self._engine(self.runner.hint))

    async def action_skip(self) -> None:
        """Reveal the answer of the current question and go on."""
        if self.runner.finished or self.question is None:
            return
        await self.show(self._engine(self.runner.skip))

    def action_leave(self) -> None:
        self.dismiss(None)

    def action_scroll_log(self, direction: int) -> None:
        if direction < 0:
            self.log_view.scroll_page_up()
        else:
            self.log_view.scroll_page_down()
