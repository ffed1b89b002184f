"""The placement quiz in the app: P in the lessons list, one try per question, the summary,
and the lessons it places out shown as such in the list."""

from __future__ import annotations

from pathlib import Path

from app_helpers import record_notifications, wait_for
from test_app_lessons import answer_right, answer_wrong, current, entry, feedback, fixed_app, lessons_list
from tutor.answering.engine import Tutor
from tutor.app.screens.lesson import LessonScreen
from tutor.app.screens.lessons import LessonsScreen
from tutor.app.widgets.lesson_question import LessonQuestion
from tutor.app.widgets.lesson_summary import LessonSummary
from tutor.lessons.progress import ProgressStore

SIZE = (100, 32)


async def test_the_placement_quiz_places_out_what_the_learner_knows(snapshot_tutor: Tutor, data_dir: Path) -> None:
    app = fixed_app(snapshot_tutor)
    async with app.run_test(size=SIZE) as pilot:
        listing = await lessons_list(pilot)
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, LessonScreen) and app.screen.query(LessonQuestion), "the first placement question")
        screen = app.screen
        assert isinstance(screen, LessonScreen)
        assert "Placement · question 1 of 2" in str(screen.query_one("#lesson-status").render())
        assert screen.query_one(LessonQuestion).heading == "Question 1 of 2 · from “Track one in brief”"

        first = current(screen)
        await pilot.press("f2")  # no hints in the placement quiz: it does not count
        await wait_for(pilot, lambda: feedback(screen) and feedback(screen)[-1].kind == "invalid", "the no-hints note")
        assert current(screen) is first
        await answer_right(pilot, screen)
        await wait_for(pilot, lambda: screen.runner.current_question is not first, "the second question")
        await answer_wrong(pilot, screen)  # one try: the answer is shown and the quiz ends
        await wait_for(pilot, lambda: screen.query("#summary"), "the placement summary")
        summary = screen.query_one("#summary", LessonSummary)
        assert (summary.score, summary.total) == (1, 2)
        assert any("Placed out of: “Track one in brief”" in note for note in summary.notes)
        assert [lesson_id for lesson_id, _ in summary.next_lessons] == ["events-of-example"]
        assert "Placement · 2 questions done" in str(screen.query_one("#lesson-status").render())

        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, LessonsScreen), "the lessons list again")
        await wait_for(pilot, lambda: "placed out" in entry(listing, "lesson:basics-of-example"), "the lesson placed out")
        assert "not started" in entry(listing, "lesson:events-of-example")

        notes = record_notifications(app)
        await pilot.press("p")  # nothing is left to ask: a note, no quiz
        await wait_for(pilot, lambda: notes, "a notification")
        assert isinstance(app.screen, LessonsScreen) and "Nothing left to ask" in notes[-1][2]
    store = ProgressStore.load()
    assert not store.completed("basics-of-example")
