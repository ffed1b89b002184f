"""The placement quiz: which questions it asks, what it stores, and `tutor lesson --placement`
driven through standard input."""

from __future__ import annotations

import json
import os
import shutil
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from test_lessons_support import FOLLOW_UP, main, write_catalogue
from tutor.cli.lesson import EventWriter
from tutor.lessons.catalogue import LessonRun, lesson_status, load_catalogue, missing_prerequisites, next_lesson
from tutor.lessons.dialogue import Event
from tutor.lessons.grading import letter
from tutor.lessons.model import FreeText, MultipleChoice, Question
from tutor.lessons.placement import PlacementRun, forget_placement, placement_items, placement_lessons, starting_lesson
from tutor.lessons.progress import ProgressStore, now_utc
from tutor.lessons.schedule import ReviewSchedule
from tutor.tuning import PLACEMENT_LEVELS, PLACEMENT_MAX_QUESTIONS

# A third lesson, two levels down the chain (sample -> follow-up -> later): beyond the quiz.
LATER = FOLLOW_UP.replace("id: follow-up", "id: later").replace("order: 2", "order: 3").replace("prerequisites: [sample]", "prerequisites: [follow-up]")


@pytest.fixture
def catalogue(tmp_path: Path):
    folder = write_catalogue(tmp_path / "lessons")
    (folder / "later.yaml").write_text(LATER, encoding="utf-8")
    return load_catalogue([folder])


def right(question: Question) -> str:
    """The right answer as a learner types it: its text, since the choices are shown in a
    fresh order (a letter is tested against the order shown in its own test)."""
    return question.accepted_answer()


def wrong(question: Question) -> str:
    if isinstance(question, MultipleChoice):
        return next(option.text for i, option in enumerate(question.options) if i != question.answer)
    return {"True": "false", "False": "true"}[question.accepted_answer()]


def status(catalogue, store, lesson_id: str) -> str:
    return lesson_status(catalogue.get(lesson_id), store)["status"]


def test_the_quiz_takes_one_closed_question_from_each_lesson_of_the_first_two_levels():
    shipped = load_catalogue()

    def level(lesson) -> int:
        return 1 + max((level(shipped.get(p)) for p in lesson.prerequisites), default=-1)

    lessons = placement_lessons(shipped)
    assert [lesson.id for lesson in lessons] == [lesson.id for lesson in shipped if level(lesson) < PLACEMENT_LEVELS]
    items = placement_items(shipped, ProgressStore.memory())
    assert 5 <= len(items) <= PLACEMENT_MAX_QUESTIONS
    assert [item.lesson.id for item in items] == [lesson.id for lesson in lessons][: len(items)]
    assert all(not isinstance(item.question, FreeText) for item in items)
    # The question is the lesson's first multiple-choice question when it has one.
    for item in items:
        first = next((q for q in item.lesson.questions if isinstance(q, MultipleChoice)), None)
        assert item.question is (first or item.question)


def test_right_first_time_places_out_and_the_start_is_the_first_lesson_left(catalogue):
    store = ProgressStore.memory()
    run = PlacementRun(catalogue, store)
    assert [item.lesson.id for item in run.items] == ["sample", "follow-up"]
    events = run.start()
    assert events[-1].type == "question" and events[-1]["lesson"] == "sample" and events[-1]["of"] == 2

    # An unreadable answer and a hint request do not count.
    assert run.answer("Z")[0]["valid"] is False and run.hint()[0]["valid"] is False and run.index == 0
    events = run.answer(right(run.current_question))
    assert events[0]["correct"] is True and events[1]["lesson"] == "follow-up"
    events = run.answer(wrong(run.current_question))
    assert events[0]["correct"] is False and "answer" in events[0].data
    summary = events[-1]
    assert summary.type == "summary" and run.finished
    assert summary["placed_out"] == ["sample"] and summary["start"] == "follow-up" and summary["next"] == ["follow-up"]
    assert (summary["score"], summary["total"], summary["review"]) == (1, 2, ["follow-up/binding"])

    # Placed out is not completed: no score, but it counts as behind the learner.
    assert status(catalogue, store, "sample") == "placed out" and status(catalogue, store, "follow-up") == "not started"
    assert not store.completed("sample") and "last_score" not in lesson_status(catalogue.get("sample"), store)
    assert missing_prerequisites(catalogue.get("follow-up"), store) == []
    assert next_lesson(catalogue, store).id == "follow-up" and starting_lesson(catalogue, store) == "follow-up"


def test_results_are_saved_and_missed_questions_come_back_in_review(catalogue):
    store = ProgressStore.load()
    run = PlacementRun(catalogue, store)
    run.start()
    run.answer(right(run.current_question))
    run.skip()
    store.close()

    again = ProgressStore.load()
    assert status(catalogue, again, "sample") == "placed out"
    schedule, now = ReviewSchedule(again), now_utc()
    soon = {item.key for item in schedule.due(now + timedelta(minutes=11))}
    assert "follow-up/binding" in soon and "sample/channel" not in soon  # the known one comes back after days
    assert "sample/channel" in {item.key for item in schedule.due(now + timedelta(days=30))}


def test_an_interrupted_quiz_goes_on_and_restart_forgets_it(catalogue):
    store = ProgressStore.load()
    run = PlacementRun(catalogue, store)
    run.start()
    run.answer(wrong(run.current_question))
    # Asked again, a missed question would be answered from the answer just shown: it is not.
    assert [item.lesson.id for item in PlacementRun(catalogue, store).items] == ["follow-up"]
    forget_placement(catalogue, store)
    assert [item.lesson.id for item in PlacementRun(catalogue, store).items] == ["sample", "follow-up"]


def test_taking_a_placed_out_lesson_shows_its_progress_and_keeps_the_placement(catalogue):
    store = ProgressStore.memory()
    run = PlacementRun(catalogue, store)
    run.start()
    run.answer(right(run.current_question))
    lesson = LessonRun.open(catalogue, "sample", store)
    lesson.start()
    lesson.answer(right(lesson.current_question))
    assert status(catalogue, store, "sample") == "in progress"
    LessonRun.open(catalogue, "sample", store, restart=True)
    assert status(catalogue, store, "sample") == "placed out"
    # A lesson already started is not asked in the quiz.
    assert [item.lesson.id for item in PlacementRun(catalogue, store).items] == ["follow-up"]


# tutor lesson --placement ------------------------------------------------------------------


def shipped_items() -> list:
    return placement_items(load_catalogue(), ProgressStore.memory())


def test_the_command_in_text_places_out_and_suggests_where_to_start(capsys):
    items = shipped_items()
    known = len(items) // 2
    answers = [right(item.question) for item in items[:known]] + ["/skip"] * (len(items) - known)
    code, out, err = main(["lesson", "--placement"], "\n".join(answers) + "\n", capsys)
    assert code == 0 and err == ""
    assert f"Placement quiz: {len(items)} questions" in out
    assert f'Question 1 of {len(items)} (from "{items[0].lesson.title}")' in out
    assert f"Right first time: {known} of {len(items)}" in out
    assert "Placed out of: " + ", ".join(item.lesson.id for item in items[:known]) in out
    assert f"Start with: {items[known].lesson.id}" in out and "come back in `tutor review`" in out

    code, out, _ = main(["lesson", "--list", "--json"], "", capsys)
    rows = {row["id"]: row["progress"]["status"] for row in map(json.loads, out.splitlines())}
    assert [rows[item.lesson.id] for item in items] == ["placed out"] * known + ["not started"] * (len(items) - known)

    code, out, _ = main(["lesson", "--placement"], "", capsys)
    assert code == 0 and "Nothing left to ask" in out and f"Start with: {items[known].lesson.id}" in out


def test_the_command_in_json_and_resumed_after_the_end_of_input(capsys):
    items = shipped_items()
    code, out, _ = main(["lesson", "--placement", "--json"], f"{right(items[0].question)}\n/hint\n", capsys)
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [e["type"] for e in events] == ["question", "feedback", "question", "feedback"]
    assert events[1]["correct"] is True and events[3]["valid"] is False
    answers = "\n".join(wrong(item.question) for item in items[1:]) + "\n"
    code, out, _ = main(["lesson", "--placement", "--json"], answers, capsys)
    events = [json.loads(line) for line in out.splitlines()]
    assert events[0]["lesson"] == items[1].lesson.id  # it goes on where it stopped
    summary = events[-1]
    assert summary["type"] == "summary" and summary["placed_out"] == [items[0].lesson.id]
    assert summary["start"] == items[1].lesson.id and summary["total"] == len(items) - 1 and summary["score"] == 0

    code, out, _ = main(["lesson", "--placement", "--json", "--restart"], "", capsys)
    assert code == 0 and json.loads(out.splitlines()[0])["lesson"] == items[0].lesson.id  # taken again from the start


@pytest.mark.parametrize(
    "args, message",
    [
        (["lesson", "--placement", "what-is-track-one"], "--placement takes no lesson ID"),
        (["lesson", "--placement", "--list"], "--list and --placement do not go together"),
        (["lesson", "--placement", "--check"], "--check takes no lesson ID and no other option"),
    ],
)
def test_placement_usage_errors_are_one_line(args, message, capsys):
    code, out, err = main(args, "", capsys)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_the_placement_text_fits_an_80_column_terminal(monkeypatch, capsys):
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=None: os.terminal_size((80, 24)))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    shipped = load_catalogue()
    writer = EventWriter(as_json=False, review=True, catalogue=shipped)
    writer.placement_heading(6)
    everything = [lesson.id for lesson in shipped]
    print(writer.render(Event("summary", {"score": 5, "total": 6, "mastered": [], "review": ["a/b"], "placed_out": everything, "start": everything[-1], "next": everything[-1:]})))
    shown = capsys.readouterr().out
    assert max(len(line) for line in shown.splitlines()) <= 79
    assert all(lesson_id in shown for lesson_id in everything)  # no id cut in two


def test_placement_grades_the_letter_shown_whatever_the_order_of_the_choices():
    shipped = load_catalogue()
    store = ProgressStore.load()
    run = PlacementRun(shipped, store)
    events = run.start()
    answered = 0
    while not run.finished:
        asked = [e for e in events if e.type == "question"][-1]
        question = run.current_question
        right = question.accepted_answer()
        typed = letter(asked["choices"].index(right)) if asked.get("choices") else right
        events = run.answer(typed)
        feedback = next(e for e in events if e.type == "feedback")
        assert feedback["correct"], (asked["prompt"], asked.get("choices"), typed, feedback["text"])
        answered += 1
    assert answered == len(placement_lessons(shipped))
    assert all(lesson_status(lesson, store)["status"] == "placed out" for lesson in placement_lessons(shipped))
