"""The lesson engine: the flow of a lesson, hint ladders, resume, progress, review."""

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from test_lessons_support import T0, Clock, RIGHT, pick, write_catalogue
from tutor.lessons.catalogue import LessonRun, lesson_status, load_catalogue, next_lesson
from tutor.lessons.progress import ProgressStore, legacy_path
from tutor.lessons.review import ReviewRun
from tutor.lessons.schedule import LEARNING_STEP, ReviewSchedule, describe_due

@pytest.fixture
def catalogue(tmp_path: Path):
    return load_catalogue([write_catalogue(tmp_path / "lessons")])


def open_run(catalogue, store=None, lesson="sample", **options) -> LessonRun:
    return LessonRun.open(catalogue, lesson, store or ProgressStore.load(), **options)


def types(events) -> list[str]:
    return [e.type for e in events]


def right_answer(run: LessonRun) -> str:
    question = run.current_question
    return RIGHT.get(question.id) or question.accepted_answer()


def choose(runner, text: str) -> str:
    """The letter of choice `text` in the question being asked."""
    return pick(runner.current_question.choices(), text)


def finish(run: LessonRun):
    events = []
    while not run.finished:
        events = run.answer(right_answer(run))
    return events


def test_catalogue_loads_in_order(catalogue):
    assert list(catalogue.lessons) == ["sample", "follow-up"]
    assert [q.id for q in catalogue.get("sample").questions] == ["channel", "academics", "timeline", "define"]
    assert catalogue.problems == []


def test_a_lesson_from_start_to_summary(catalogue):
    run = open_run(catalogue)
    events = run.start()
    assert types(events) == ["explain", "question"]
    assert events[0].text == "Track one is official diplomacy."
    question = events[1].to_json()
    assert question["id"] == "channel" and question["kind"] == "multiple_choice"
    assert sorted(question["choices"]) == ["Companies", "Embassies", "Think tanks"]
    assert (question["step"], question["steps"], question["number"], question["of"]) == (2, 6, 1, 4)

    events = run.answer(pick(question["choices"], "Embassies"))
    assert types(events) == ["feedback", "question"]
    assert events[0]["correct"] is True and "Embassies are the main bilateral channel." in events[0].text

    events = run.answer("false")
    assert types(events) == ["feedback", "explain", "question"]
    assert "protocol" in events[1].text.casefold()  # rendered from the knowledge base
    assert events[1]["sources"][0]["doc"] == "track-one-diplomacy"
    assert events[2]["kind"] == "order" and "choices" in events[2].data

    events = run.answer(run.current_question.accepted_answer())
    assert types(events) == ["feedback", "question"] and events[1]["kind"] == "free_text"
    assert "choices" not in events[1].data

    events = run.answer("official diplomacy by ministers")
    assert types(events) == ["feedback", "summary"]
    summary = events[-1].to_json()
    assert (summary["score"], summary["first_try"], summary["helped"], summary["total"]) == (4, 4, 0, 4)
    assert summary["mastered"] == ["channel", "academics", "timeline", "define"] and summary["review"] == [] and summary["recap"] == []
    assert summary["next"] == ["follow-up"]
    assert run.finished


def test_wrong_answers_climb_the_hint_ladder_then_reveal(catalogue):
    run = open_run(catalogue)
    run.start()
    events = run.answer(choose(run, "Think tanks"))
    assert types(events) == ["feedback", "hint"]
    assert events[0]["correct"] is False and events[0].text == "Think tanks host track two."
    assert events[1].to_json() == {"type": "hint", "text": "It is a building.", "question": "channel", "level": 1, "of": 2}
    events = run.answer(choose(run, "Companies"))
    assert types(events) == ["feedback", "hint"] and events[1].text == "An ambassador heads it."
    events = run.answer(choose(run, "Companies"))
    assert types(events) == ["feedback"]
    reveal = events[0].to_json()
    assert reveal["correct"] is False and reveal["answer"] == "Embassies"
    assert f"{choose(run, 'Embassies')}) Embassies" in reveal["text"] and "Embassies are the main bilateral channel." in reveal["text"]
    # After the reveal, anything but the answer is asked for again; typing it back goes on.
    events = run.answer(choose(run, "Think tanks"))
    assert types(events) == ["feedback"] and events[0]["answer"] == "Embassies"
    events = run.answer(reveal["answer"])
    assert types(events) == ["feedback", "question"] and events[0]["correct"] is True
    summary = finish(run)[-1]
    assert summary["score"] == 3 and "channel" in summary["review"] and "channel" not in summary["mastered"]
    assert summary["recap"] == [{"question": "channel", "prompt": "Main bilateral channel?", "idea": "Embassies are the main bilateral channel."}]


def test_hints_on_request_then_the_answer(catalogue):
    run = open_run(catalogue)
    run.start()
    assert [e.text for e in run.hint()] == ["It is a building."]
    assert [e.text for e in run.hint()] == ["An ambassador heads it."]
    events = run.hint()
    assert types(events) == ["feedback"] and events[0]["answer"] == "Embassies"


def test_a_correct_answer_after_a_hint_is_right_but_not_mastered(catalogue):
    run = open_run(catalogue)
    run.start()
    run.hint()
    events = run.answer("embassies")
    assert events[0]["correct"] is True
    assert "channel" in finish(run)[-1]["review"]


def test_unreadable_answers_do_not_count(catalogue):
    run = open_run(catalogue)
    run.start()
    events = run.answer("Z")
    assert types(events) == ["feedback"] and events[0]["valid"] is False and events[0]["correct"] is False
    assert run.current_state.attempts == 0 and run.current_state.hints == 0
    run.answer("A")
    assert "channel" in finish(run)[-1]["mastered"]


def test_partial_free_text_is_told_what_it_got_and_what_is_missing(catalogue):
    run = open_run(catalogue)
    run.start()
    while run.current_question.id != "define":
        run.answer(right_answer(run))
    events = run.answer("it is formal diplomacy")
    assert types(events) == ["feedback", "hint"]  # what it got, then a move aimed at the missing idea
    assert events[0]["partial"] is True and "that it is official" in events[0].text
    assert events[1].text == "Who does the talking?"
    events = run.answer("done by ministers")
    assert events[0]["correct"] is True
    assert events[-1].type == "summary" and "define" in events[-1]["review"]


def test_misconception_gets_its_own_feedback_then_a_hint(catalogue):
    run = open_run(catalogue)
    run.start()
    while run.current_question.id != "define":
        run.answer(right_answer(run))
    events = run.answer("talks among academics")
    assert types(events) == ["feedback", "hint"]
    assert events[0].text.startswith("That is track two.")


def test_skip_reveals_and_goes_on(catalogue):
    run = open_run(catalogue)
    run.start()
    events = run.skip()
    assert types(events) == ["feedback", "question"] and events[0]["answer"] == "Embassies"
    assert events[1]["id"] == "academics"


def test_every_answer_is_saved_and_the_lesson_resumes(catalogue):
    run = open_run(catalogue)
    run.start()
    run.answer(choose(run, "Embassies"))
    run.answer("true")  # wrong: a hint is shown
    record = ProgressStore.load().lesson("sample")  # another store: what is in the database
    assert record["questions"]["channel"]["done"] is True
    assert record["questions"]["academics"]["hints"] == 1 and record["question"] == "academics"

    resumed = open_run(catalogue)
    events = resumed.start()
    assert resumed.resumed
    assert types(events) == ["question", "hint"]  # the question again, with the hint already given
    assert events[0]["id"] == "academics"
    events = resumed.answer("false")
    assert events[0]["correct"] is True
    summary = finish(resumed)[-1]
    assert summary["mastered"] == ["channel", "timeline", "define"] and summary["review"] == ["academics"]


def test_resume_after_a_reveal_asks_for_the_answer_again(catalogue):
    run = open_run(catalogue)
    run.start()
    run.skip()  # channel
    run.hint()
    run.hint()
    run.hint()  # academics revealed, waiting for the type-back
    events = open_run(catalogue).start()
    assert types(events) == ["question", "hint", "hint", "feedback"] and events[-1]["answer"] == "False"


def test_restart_and_reopening_a_finished_lesson(catalogue):
    run = open_run(catalogue)
    run.start()
    run.answer(choose(run, "Think tanks"))
    again = open_run(catalogue, restart=True)
    assert types(again.start()) == ["explain", "question"]
    finish(again)
    store = ProgressStore.load()
    assert lesson_status(catalogue.get("sample"), store)["status"] == "completed"
    reopened = open_run(catalogue, store)
    assert reopened.restarted and types(reopened.start()) == ["explain", "question"]
    status = lesson_status(catalogue.get("sample"), store)
    assert status["completions"] == 1 and status["best_score"] == 4


def test_lesson_status_and_suggestions(catalogue):
    store = ProgressStore.load()
    sample = catalogue.get("sample")
    assert lesson_status(sample, store)["status"] == "not started"
    assert next_lesson(catalogue, store) is sample  # follow-up needs sample first
    run = open_run(catalogue, store)
    run.start()
    run.answer(choose(run, "Embassies"))
    assert lesson_status(sample, store) == {"status": "in progress", "answered": 1, "questions": 4, "completions": 0}
    assert next_lesson(catalogue, store) is sample  # begun is not done
    finish(run)
    assert next_lesson(catalogue, store) is catalogue.get("follow-up")
    follow_up = open_run(catalogue, store, lesson="follow-up")
    follow_up.start()
    finish(follow_up)
    assert next_lesson(catalogue, store) is None  # everything is done


def test_a_changed_lesson_file_resumes_at_the_same_question(catalogue, tmp_path):
    run = open_run(catalogue)
    run.start()
    run.answer(choose(run, "Embassies"))  # now at "academics", step index 2
    folder = tmp_path / "lessons"
    text = (folder / "sample.yaml").read_text(encoding="utf-8")
    (folder / "sample.yaml").write_text(text.replace("steps:\n", "steps:\n  - kind: explain\n    text: A new first step.\n", 1), encoding="utf-8")
    changed = load_catalogue([folder])
    events = open_run(changed).start()
    assert events[0]["id"] == "academics"


# Damaged progress (more in test_learner_store.py) -------------------------------------------


def test_malformed_entries_inside_a_sound_file_are_tolerated(catalogue):
    path = legacy_path()  # an old progress file, taken into the database on first start
    path.parent.mkdir(parents=True, exist_ok=True)
    bad = {"version": 1, "lessons": {"sample": {"position": "x", "questions": {"channel": "nonsense"}}}, "cards": {"sample/channel": {"due": "never"}}, "review": {}}
    path.write_text(json.dumps(bad), encoding="utf-8")
    store = ProgressStore.load()
    assert store.warnings == []
    run = open_run(catalogue, store)
    assert types(run.start()) == ["explain", "question"]
    assert ReviewRun(catalogue, store).items == []
    finish(run)


# Scheduling and review ------------------------------------------------------------------------


def test_outcomes_set_the_review_schedule():
    store = ProgressStore.memory()
    schedule = ReviewSchedule(store)
    mastered = schedule.record("l", "known", "mastered", T0)
    helped = schedule.record("l", "hinted", "helped", T0)
    missed = schedule.record("l", "missed", "missed", T0)
    assert missed.due == T0 + LEARNING_STEP
    assert T0 + LEARNING_STEP < helped.due < T0 + timedelta(hours=1)
    assert mastered.due >= T0 + timedelta(days=1)
    assert [item.question_id for item in schedule.due(T0 + timedelta(minutes=11))] == ["missed"]
    assert {item.question_id for item in schedule.due(T0 + timedelta(minutes=30))} == {"missed", "hinted"}
    assert schedule.next_due(T0) == missed.due


def test_intervals_grow_with_each_good_review():
    store = ProgressStore.memory()
    schedule = ReviewSchedule(store)
    card = schedule.record("l", "q", "mastered", T0)
    gaps = []
    for _ in range(3):
        when = card.due
        card = schedule.record("l", "q", "mastered", when)
        gaps.append(card.due - when)
    assert gaps[0] < gaps[1] < gaps[2]
    lapsed = schedule.record("l", "q", "missed", card.due)
    assert lapsed.due - card.due == LEARNING_STEP  # a lapse comes back soon


def test_describe_due():
    assert describe_due(None) == "nothing scheduled"
    assert describe_due(T0 + timedelta(minutes=10), T0) == "in 10 minutes"
    assert describe_due(T0 + timedelta(days=2), T0) == "in 2 days"
    assert describe_due(T0 - timedelta(days=2), T0) == "now"
    assert describe_due(T0, T0) == "now"
    # Not yet due is never "now", even a minute before.
    assert describe_due(T0 + timedelta(seconds=59), T0) == "in less than a minute"
    assert describe_due(T0 + timedelta(seconds=61), T0) == "in 1 minute"


def test_review_brings_back_missed_questions_when_due(catalogue):
    clock = Clock()
    store = ProgressStore.load()
    run = open_run(catalogue, store, clock=clock)
    run.start()
    run.skip()  # channel: missed
    finish(run)
    assert ReviewRun(catalogue, store, clock=clock).items == []  # not due yet

    clock.now = T0 + timedelta(minutes=15)
    review = ReviewRun(catalogue, store, clock=clock)
    assert [item.key for item in review.items] == ["sample/channel"]
    events = review.start()
    assert types(events) == ["question"] and events[0]["lesson"] == "sample" and events[0]["id"] == "channel"
    events = review.answer(choose(review, "Embassies"))
    assert types(events) == ["feedback", "summary"]
    summary = events[-1].to_json()
    assert summary["score"] == 1 and summary["total"] == 1 and summary["mastered"] == ["sample/channel"]
    assert datetime.fromisoformat(summary["next_due"]) > clock.now
    assert ReviewRun(catalogue, store, clock=clock).items == []


def test_review_resumes_the_question_in_progress(catalogue):
    clock = Clock()
    store = ProgressStore.load()
    schedule = ReviewSchedule(store)
    schedule.record("sample", "channel", "missed", T0)
    schedule.record("sample", "academics", "missed", T0 - timedelta(minutes=1))
    store.save()
    clock.now = T0 + timedelta(hours=1)
    review = ReviewRun(catalogue, store, clock=clock)
    first = review.start()[0]["id"]
    assert first == "academics"  # most overdue first
    review.answer("true")  # wrong, one hint
    again = ReviewRun(catalogue, ProgressStore.load(), clock=clock)
    events = again.start()
    assert types(events) == ["question", "hint"] and events[0]["id"] == "academics"
    events = again.answer("false")
    assert events[-1].type == "question" and events[-1]["id"] == "channel"
    events = again.answer(choose(again, "Embassies"))
    summary = events[-1]
    assert summary["review"] == ["sample/academics"] and summary["mastered"] == ["sample/channel"]


def test_nothing_due_gives_an_empty_summary(catalogue):
    events = ReviewRun(catalogue, ProgressStore.load()).start()
    assert types(events) == ["summary"] and events[0]["total"] == 0 and events[0]["next_due"] is None


def test_skip_after_the_missing_piece_shows_the_whole_answer(catalogue):
    run = open_run(catalogue)
    run.start()
    while run.current_question.id != "define":
        run.answer(right_answer(run))
    said = []
    for _ in range(5):
        said = [e.text for e in run.answer("bananas")]
        if any("missing piece" in text for text in said):
            break
    assert any("missing piece" in text for text in said), said  # the last move states only the missing piece
    events = run.skip()
    assert types(events)[0] == "feedback" and events[0].text.startswith("A good answer would be:")
