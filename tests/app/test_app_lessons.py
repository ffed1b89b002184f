"""The lesson mode driven with Pilot: the lessons list, a whole lesson, resuming, the review,
and a damaged progress file.

Most tests use the two fixed lessons in `lessons_dir` (over the snapshot knowledge) so that
they do not change with the shipped lessons; the whole-lesson test takes a shipped lesson,
answering from the lesson's own data whatever its questions are.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Static

from app_helpers import record_notifications, wait_for
from tutor.answering.engine import Tutor
from tutor.app.app import TutorApp
from tutor.app.screens.lesson import LessonScreen
from tutor.app.screens.lessons import LessonsScreen
from tutor.app.widgets.choice_list import ChoiceList, letter
from tutor.app.widgets.learner_message import LearnerMessage
from tutor.app.widgets.lesson_explanation import LessonExplanation
from tutor.app.widgets.lesson_feedback import LessonFeedback
from tutor.app.widgets.lesson_question import LessonQuestion
from tutor.app.widgets.lesson_summary import LessonSummary
from tutor.files.failure_log import failure_log_path
from tutor.lessons.catalogue import LessonRun, load_catalogue
from tutor.lessons.dialogue import Event
from tutor.lessons.model import FreeText, MultipleChoice, Order, Question, TrueFalse
from tutor.lessons.progress import ProgressStore, now_utc
from tutor.lessons.review import COMES_BACK
from tutor.lessons.schedule import ReviewSchedule
from tutor.tuning import RECALL_AFTER

SIZE = (100, 32)
LESSONS = Path(__file__).parent / "snapshot_lessons"


def fixed_app(tutor: Tutor) -> TutorApp:
    return TutorApp(tutor=tutor, lesson_folders=[LESSONS], watch_interval=None)


async def lessons_list(pilot: Pilot) -> LessonsScreen:
    """Switch to the lessons (F4) and return the list."""
    if not isinstance(pilot.app.screen, LessonsScreen):
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, LessonsScreen), "the lessons list")
    screen = pilot.app.screen
    assert isinstance(screen, LessonsScreen)
    return screen


async def open_lesson(pilot: Pilot, lesson_id: str) -> LessonScreen:
    """Choose a lesson in the list with the keyboard."""
    screen = await lessons_list(pilot)
    lessons = screen.lesson_list
    lessons.focus()
    lessons.highlighted = lessons.get_option_index(f"lesson:{lesson_id}")
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, LessonScreen) and pilot.app.screen.query(LessonQuestion), "the lesson's first question")
    lesson = pilot.app.screen
    assert isinstance(lesson, LessonScreen)
    return lesson


def entry(screen: LessonsScreen, option_id: str) -> str:
    return str(screen.lesson_list.get_option(option_id).prompt)


def current(screen: LessonScreen) -> Question:
    question = screen.runner.current_question
    assert question is not None
    return question


async def type_answer(pilot: Pilot, screen: LessonScreen, text: str) -> None:
    answer = screen.answer_input
    answer.focus()
    answer.value = text
    await pilot.press("enter")


async def answer_right(pilot: Pilot, screen: LessonScreen) -> None:
    """Answer the current question correctly, the way a learner would for its kind."""
    question = current(screen)
    if isinstance(question, FreeText):
        await type_answer(pilot, screen, question.accepted_answer())
        return
    assert isinstance(screen.focused, ChoiceList)  # choices have the focus
    if isinstance(question, MultipleChoice):
        await pilot.press(letter(question.answer).lower())
    elif isinstance(question, TrueFalse):
        await pilot.press("t" if question.answer else "f")
    elif isinstance(question, Order):
        await pilot.press(*[key.lower() for key in question.accepted_answer().split()])  # picked one by one


async def answer_wrong(pilot: Pilot, screen: LessonScreen) -> None:
    question = current(screen)
    if isinstance(question, FreeText):
        await type_answer(pilot, screen, "bananas and pineapples")
    elif isinstance(question, MultipleChoice):
        await pilot.press(letter(next(i for i in range(len(question.options)) if i != question.answer)).lower())
    elif isinstance(question, TrueFalse):
        await pilot.press("f" if question.answer else "t")
    elif isinstance(question, Order):
        await pilot.press(*[key.lower() for key in reversed(question.accepted_answer().split())])


def feedback(screen: LessonScreen) -> list[LessonFeedback]:
    return list(screen.log_view.query(LessonFeedback))


async def test_lessons_list_shows_each_lesson_with_questions_and_progress(snapshot_tutor: Tutor) -> None:
    app = fixed_app(snapshot_tutor)
    async with app.run_test(size=SIZE) as pilot:
        screen = await lessons_list(pilot)
        assert app.focused is screen.lesson_list
        ids = [option.id for option in screen.lesson_list.options]
        assert ids == ["review", "lesson:basics-of-example", "lesson:events-of-example"]
        first = entry(screen, "lesson:basics-of-example")
        assert "Track one in brief" in first and "2 questions" in first and "not started" in first
        assert "Review" in entry(screen, "review") and "nothing due" in entry(screen, "review")
        detail = str(screen.query_one("#lesson-detail").render())
        assert "Define track one diplomacy." in detail and "About 5 minutes" in detail
        await pilot.press("down")
        assert "builds on “Track one in brief”" in str(screen.query_one("#lesson-detail").render())
        await pilot.press("r")  # nothing is due: a notification, no review
        assert isinstance(app.screen, LessonsScreen)


async def test_a_whole_shipped_lesson_with_a_wrong_answer_and_hints(tutor: Tutor, data_dir: Path) -> None:
    catalogue = load_catalogue()
    kinds = {"multiple_choice", "true_false", "order", "free_text"}
    lesson = next((ls for ls in catalogue if {q.kind for q in ls.questions} >= kinds), next(iter(catalogue)))
    app = TutorApp(tutor=tutor, watch_interval=None)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_lesson(pilot, lesson.id)
        assert screen.query_one("#lesson-intro")  # title, objectives, time
        assert screen.query(LessonExplanation) or not any(s.kind == "explain" for s in lesson.steps[:1])
        status = str(screen.query_one("#lesson-status").render())
        assert f"step {screen.runner.step_number} of {len(lesson.steps)}" in status
        assert f"question 1 of {len(lesson.questions)}" in status

        first = current(screen)
        await answer_wrong(pilot, screen)
        kinds_shown = [f.kind for f in feedback(screen)]
        assert kinds_shown[-2] in ("wrong", "partial") and kinds_shown[-1] == "hint"
        assert "Hint 1 of" in str(feedback(screen)[-1].render())
        await pilot.press("f2")  # a hint on request
        await wait_for(pilot, lambda: "Hint 2 of" in str(feedback(screen)[-1].render()), "the second hint")
        assert current(screen) is first  # still the same question
        await answer_right(pilot, screen)
        assert feedback(screen)[-1].kind == "correct" or screen.runner.current_question is not first

        answered = 1
        while not screen.runner.finished:
            question = current(screen)
            await answer_right(pilot, screen)
            answered += 1
            assert screen.runner.current_question is not question, f"{question.id} was not accepted"
            assert answered <= len(lesson.questions)
        assert answered == len(lesson.questions)

        summary = screen.query_one("#summary", LessonSummary)
        assert summary.score == summary.total == len(lesson.questions)
        assert summary.recap == [(first.prompt, first.explanation)] and len(summary.mastered) == len(lesson.questions) - 1
        count = len(lesson.questions)
        assert summary.score_text == f"{count - 1} of {count} right first time, 1 more with help"
        shown = [str(static.render()) for static in summary.query(Static)]
        assert f"Score: {summary.score_text}" in shown and first.explanation in shown
        assert "finished" in str(screen.query_one("#lesson-status").render())
        assert screen.answer_input.disabled
        assert all(q.done for q in screen.log_view.query(LessonQuestion))
        if summary.next_lessons:
            assert app.focused is summary.follow_ups
        await pilot.press("escape")
        listing = await lessons_list(pilot)
        assert "✓ done" in entry(listing, f"lesson:{lesson.id}")
    assert ProgressStore.load().completed(lesson.id)


async def test_leaving_and_coming_back_resumes_the_lesson(snapshot_tutor: Tutor, data_dir: Path) -> None:
    app = fixed_app(snapshot_tutor)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_lesson(pilot, "events-of-example")
        notes = [f.text for f in feedback(screen) if f.kind == "note"]
        assert any("builds on “Track one in brief”" in note for note in notes)  # its prerequisite
        assert isinstance(current(screen), Order)
        await answer_right(pilot, screen)  # the items picked in order
        assert feedback(screen)[-1].kind == "correct"
        assert current(screen).id == "immunity"
        await pilot.press("escape")
        listing = await lessons_list(pilot)
        assert "1 of 2 answered" in entry(listing, "lesson:events-of-example")
        await pilot.press("ctrl+q")

    app = fixed_app(snapshot_tutor)  # a new run of the tutor
    async with app.run_test(size=SIZE) as pilot:
        listing = await lessons_list(pilot)
        assert "1 of 2 answered" in entry(listing, "lesson:events-of-example")
        screen = await open_lesson(pilot, "events-of-example")
        assert current(screen).id == "immunity"
        assert any("resuming at step 4 of 4" in f.text for f in feedback(screen))
        [recap] = screen.log_view.query(LessonExplanation)  # the explanation before it, again
        assert "criminal jurisdiction" in recap.markdown
        assert "question 2 of 2" in str(screen.query_one("#lesson-status").render())
        text = "[b]so that they can work[/b] [red]freely[/]"
        await type_answer(pilot, screen, text)
        assert str(screen.log_view.query(LearnerMessage).last().render()) == text  # never markup
        assert screen.runner.finished
        summary = screen.query_one("#summary", LessonSummary)
        assert summary.score == 2 and summary.total == 2


async def test_the_review_entry_asks_the_questions_that_are_due(snapshot_tutor: Tutor) -> None:
    store = ProgressStore.load()
    ReviewSchedule(store).record("basics-of-example", "who", "missed", now_utc() - timedelta(days=1))
    store.save()
    app = fixed_app(snapshot_tutor)
    async with app.run_test(size=SIZE) as pilot:
        listing = await lessons_list(pilot)
        assert "(1 due)" in entry(listing, "review")
        listing.lesson_list.highlighted = listing.lesson_list.get_option_index("review")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, LessonScreen) and app.screen.query(LessonQuestion), "the review's question")
        screen = app.screen
        assert isinstance(screen, LessonScreen) and screen.review
        [question] = screen.log_view.query(LessonQuestion)
        assert "from “Track one in brief”" in question.heading
        assert "Review · question 1 of 1" in str(screen.query_one("#lesson-status").render())
        await answer_wrong(pilot, screen)  # feedback and a hint
        assert [f.kind for f in feedback(screen)][-2:] == ["wrong", "hint"]
        await answer_right(pilot, screen)
        summary = screen.query_one("#summary", LessonSummary)
        assert summary.border_title == "Review finished" and summary.score == 1
        assert any("Next review in" in note for note in summary.notes)
        await pilot.press("escape")
        listing = await lessons_list(pilot)
        assert "nothing due · next in" in entry(listing, "review")
        await pilot.press("r")  # and from the key: nothing due now
        assert isinstance(app.screen, LessonsScreen)


async def test_the_review_asks_from_memory_and_brings_a_failed_question_back(snapshot_tutor: Tutor) -> None:
    store = ProgressStore.load()
    schedule = ReviewSchedule(store)
    for _ in range(RECALL_AFTER):  # recognised twice, long ago: now asked from memory
        schedule.record("basics-of-example", "who", "mastered", now_utc() - timedelta(days=400), hints=0, recall=False)
    schedule.record("basics-of-example", "binding", "mastered", now_utc() - timedelta(days=300))
    store.save()
    app = fixed_app(snapshot_tutor)
    async with app.run_test(size=SIZE) as pilot:
        listing = await lessons_list(pilot)
        listing.lesson_list.highlighted = listing.lesson_list.get_option_index("review")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, LessonScreen) and app.screen.query(LessonQuestion), "the review's question")
        screen = app.screen
        assert isinstance(screen, LessonScreen)
        [question] = screen.log_view.query(LessonQuestion)
        assert "from memory this time" in question.heading and question.choice_list is None
        assert screen.answer_input.has_focus  # typed, not picked
        await pilot.press("ctrl+r")  # show the answer: it comes back after the other question
        await wait_for(pilot, lambda: len(screen.log_view.query(LessonQuestion)) == 2, "the next question")
        assert [(f.kind, f.text) for f in feedback(screen)][-1] == ("note", COMES_BACK)
        await answer_right(pilot, screen)  # binding
        await wait_for(pilot, lambda: len(screen.log_view.query(LessonQuestion)) == 3, "the failed question again")
        assert current(screen).id == "who" and "Review · question 3 of 3" in str(screen.query_one("#lesson-status").render())
        await type_answer(pilot, screen, "the foreign ministers")
        await wait_for(pilot, lambda: screen.query("#summary"), "the summary")
        summary = screen.query_one("#summary", LessonSummary)
        assert summary.score_text == "1 of 2 right first time, 1 more with help"
        assert summary.recap == [("Who takes part in track one diplomacy?", "Heads of state and government, foreign ministers and ambassadors take part in track one.")]


async def test_a_damaged_progress_file_is_notified_and_set_aside(snapshot_tutor: Tutor, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "progress.json").write_text("{ this is not JSON", encoding="utf-8")
    app = fixed_app(snapshot_tutor)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        listing = await lessons_list(pilot)
        warnings = [(title, message) for severity, title, message in notes if severity == "warning"]
        assert warnings and "damaged" in warnings[0][1] and warnings[0][0] == "Lesson progress"
        assert "not started" in entry(listing, "lesson:basics-of-example")  # a fresh start
        assert list(data_dir.glob("progress.json.corrupt-*"))
        screen = await open_lesson(pilot, "basics-of-example")  # and lessons still work
        await answer_right(pilot, screen)
        assert feedback(screen)[-1].kind == "correct"
    assert ProgressStore.load().lesson("basics-of-example")["questions"]["who"]["correct"]


async def test_lesson_keys_hint_and_show_answer(snapshot_tutor: Tutor) -> None:
    app = fixed_app(snapshot_tutor)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_lesson(pilot, "basics-of-example")

        def broken() -> None:
            raise RuntimeError("engine broke")

        screen.runner.hint = broken  # type: ignore[method-assign]
        await pilot.press("f2")  # an engine failure is shown, not raised
        assert notes[-1][0] == "error" and "went wrong" in notes[-1][2] and "engine broke" in failure_log_path().read_text()
        del screen.runner.hint

        await pilot.press("h")  # with the choices focused, h is a hint too
        assert feedback(screen)[-1].kind == "hint"
        await type_answer(pilot, screen, "/hint")  # as in the terminal runner
        assert "Hint 2 of 2" in str(feedback(screen)[-1].render())
        await pilot.press("ctrl+r")  # show the answer and go on
        revealed = feedback(screen)[-1]
        assert revealed.kind == "revealed" and "Foreign ministers and ambassadors" in revealed.text
        assert current(screen).id == "binding"
        await pilot.press("f4")  # to the chat and back: the lesson waits
        assert app.current_mode == "chat"
        await pilot.press("f4")
        assert app.screen is screen
        await pilot.press("t")
        assert screen.runner.finished
        summary = screen.query_one("#summary", LessonSummary)
        assert [prompt for prompt, _idea in summary.recap] == ["Who takes part in track one diplomacy?"]
        assert summary.recap[0][1].startswith("Heads of state and government") and summary.score_text == "1 of 2 right first time, 1 missed"
        assert not screen.check_action("hint", ())


async def test_enter_picks_a_choice_only_after_moving_to_it(snapshot_tutor: Tutor) -> None:
    app = fixed_app(snapshot_tutor)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_lesson(pilot, "basics-of-example")
        question = current(screen)
        assert isinstance(question, MultipleChoice) and isinstance(screen.focused, ChoiceList)
        await pilot.press("enter")  # as if left over from a letter typed for the last question
        await wait_for(pilot, lambda: any("arrows" in message for _, _, message in notes), "the note on how to pick")
        assert feedback(screen) == [] and current(screen) is question
        choices = screen.focused
        target = question.answer
        await pilot.press(*(["down", "up"] if target == 0 else ["down"] * target))
        await wait_for(pilot, lambda: choices.highlighted == target, "the highlight on the right choice")
        await pilot.press("enter")
        await wait_for(pilot, lambda: bool(feedback(screen)), "the feedback")
        assert feedback(screen)[0].kind == "correct"


async def test_a_failure_in_the_lesson_engine_is_one_line_logged_and_the_lesson_goes_on(snapshot_tutor: Tutor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answer = LessonRun.answer
    failures = ["lesson engine broke"]

    def broken_once(self: LessonRun, text: str) -> list[Event]:
        if failures:
            raise RuntimeError(failures.pop())
        return answer(self, text)

    monkeypatch.setattr(LessonRun, "answer", broken_once)
    app = fixed_app(snapshot_tutor)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_lesson(pilot, "basics-of-example")
        asked = current(screen).id
        await answer_right(pilot, screen)
        await wait_for(pilot, lambda: any(severity == "error" for severity, _, _ in notes), "the failure told")
        line = f"Sorry, something went wrong answering that. It has been logged to {failure_log_path()}; please try rephrasing."
        assert [(title, message) for severity, title, message in notes if severity == "error"] == [("The lesson hit a problem", line)]
        assert "RuntimeError: lesson engine broke" in failure_log_path().read_text()
        assert current(screen).id == asked and all(f.kind == "note" for f in feedback(screen))  # nothing judged
        await answer_right(pilot, screen)  # the lesson goes on: the same question, answered again
        await wait_for(pilot, lambda: feedback(screen) and feedback(screen)[-1].kind == "correct", "the answer judged")
    assert ProgressStore.load().lesson("basics-of-example")["questions"][asked]["correct"]
