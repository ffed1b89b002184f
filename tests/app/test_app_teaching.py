"""Teaching in the app's chat: a quiz from question to mastery, and the progress screen (F5)."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Static

from app_helpers import answers, chat, submit, wait_for
from tutor.answering.engine import Tutor
from tutor.app.app import TutorApp
from tutor.app.screens.progress import ProgressScreen
from tutor.lessons.catalogue import load_catalogue
from tutor.lessons.model import MultipleChoice
from tutor.lessons.progress import ProgressStore

SIZE = (100, 32)


async def test_a_quiz_in_the_chat_is_asked_graded_and_shown_in_progress(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "What is the Vienna Convention on Diplomatic Relations?")
        await submit(pilot, "quiz me on this")
        asked = chat(app).turns[-1].answer
        assert "Here is a question on Vienna Convention" in asked
        prompt = next(line for line in asked.splitlines() if line.startswith("**")).strip("*").replace("\\", "")
        question = next(q for lesson in load_catalogue() for q in lesson.questions if q.prompt == prompt)
        await submit(pilot, question.accepted_answer())
        await wait_for(pilot, lambda: "Your mastery of" in chat(app).turns[-1].answer, "the graded answer with the mastery")
        assert chat(app).turns[-1].answer.startswith("Correct.")
        assert [a["source"] for a in ProgressStore.load().attempts()] == ["chat"]
        assert len(answers(app)) == 3

        await pilot.press("f5")
        await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen), "the progress screen")
        shown = str(app.screen.query_one("#standing", Static).render())
        assert "What you know" in shown and "Vienna Convention on Diplomatic Relations" in shown
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, ProgressScreen), "the chat again")


async def multiple_choice_quiz(pilot: Pilot, app: TutorApp, request: str) -> MultipleChoice:
    """Ask for quiz questions with `request`, skipping, until a multiple-choice one is open."""
    teacher = chat(app).session.teacher  # type: ignore[union-attr]
    for _ in range(7):
        await submit(pilot, request)
        await wait_for(pilot, lambda: teacher.quizzing, "a quiz question")
        question = teacher.moves.quiz.turn.question
        if isinstance(question, MultipleChoice):
            return question
        await submit(pilot, "skip")
    raise AssertionError("no multiple-choice question in seven")


async def test_a_number_typed_during_a_quiz_picks_a_choice_not_a_follow_up(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "What is the Vienna Convention on Diplomatic Relations?")
        teacher = chat(app).session.teacher  # type: ignore[union-attr]
        question = await multiple_choice_quiz(pilot, app, "quiz me on this")
        turns = len(chat(app).turns)
        await submit(pilot, str(question.answer + 1))  # the right choice's number, as shown
        await wait_for(pilot, lambda: len(chat(app).turns) == turns + 1, "the graded answer")
        assert chat(app).turns[-1].question == str(question.answer + 1)
        assert chat(app).turns[-1].answer.startswith("Correct.") and not teacher.quizzing


async def put_aside_by(pilot: Pilot, app: TutorApp, line: str) -> str:
    """Open a quiz question, type `line`, and give the reply once the quiz is put aside, with
    nothing counted against the learner."""
    await submit(pilot, "quiz me")
    teacher = chat(app).session.teacher  # type: ignore[union-attr]
    await wait_for(pilot, lambda: teacher.quizzing, "a quiz question")
    await submit(pilot, line)
    await wait_for(pilot, lambda: not teacher.quizzing, "the quiz put aside")
    answer = chat(app).turns[-1].answer
    assert answer.startswith("(I have put the quiz question aside")
    assert ProgressStore.load().attempts() == []
    return answer


async def graded_right_when_worded(pilot: Pilot, app: TutorApp, wording: str) -> None:
    """Open a multiple-choice question and answer it right, worded as `wording` says."""
    teacher = chat(app).session.teacher  # type: ignore[union-attr]
    question = await multiple_choice_quiz(pilot, app, "quiz me")
    await submit(pilot, wording.format(question.choices()[question.answer]))
    await wait_for(pilot, lambda: not teacher.quizzing, "the graded answer")
    assert chat(app).turns[-1].answer.startswith("Correct.")


async def test_a_question_wrapped_in_talk_during_a_quiz_is_answered_and_a_wrapped_answer_graded(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        assert "receiving state" in await put_aside_by(pilot, app, "um sorry, whats agrément lol")
        await graded_right_when_worded(pilot, app, "hmm {} maybe")


async def test_a_question_without_a_leading_question_word_mid_quiz_is_answered_and_a_guess_worded_as_a_question_graded(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor)
    async with app.run_test(size=SIZE) as pilot:
        assert "1947" in await put_aside_by(pilot, app, "GATT what year")
        await graded_right_when_worded(pilot, app, "is the answer {}?")
