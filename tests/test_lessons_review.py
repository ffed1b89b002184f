"""Review that tests recall: shuffled choices, questions asked from memory, failed items
coming back in the same sitting, ratings from the help taken, and summaries in words."""

import json
import random
from datetime import timedelta
from pathlib import Path

import pytest
from fsrs import Rating

from test_lessons_support import T0, Clock, eighty_columns, main, pick, write_catalogue
from tutor.cli.lesson import EventWriter
from tutor.lessons.catalogue import LessonRun, load_catalogue
from tutor.lessons.dialogue import HELPED, MASTERED, MISSED, Event, QuestionTurn, describe_score
from tutor.lessons.loader import parse_lesson
from tutor.lessons.progress import ProgressStore
from tutor.lessons.review import COMES_BACK, ReviewRun
from tutor.lessons.schedule import ReviewSchedule, rating
from tutor.tuning import RECALL_AFTER, RETRY_GAP

RECALLS = {  # added to the sample lesson: both its recognition questions may be asked from memory
    "    explanation: Embassies are the main bilateral channel.\n": "    recall:\n      accept: [embassies, embassy]\n",
    "    explanation: Informal dialogue is track two.\n": (
        "    recall:\n      prompt: Which track is informal talk between academics?\n"
        "      answer: Track two\n      accept: [track two, track 2, second track]\n"
    ),
}


def with_recall(folder: Path) -> Path:
    path = write_catalogue(folder) / "sample.yaml"
    text = path.read_text(encoding="utf-8")
    for after, recall in RECALLS.items():
        assert after in text
        text = text.replace(after, after + recall)
    path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def catalogue(tmp_path: Path):
    return load_catalogue([with_recall(tmp_path / "lessons")])


def types(events) -> list[str]:
    return [e.type for e in events]


def due_now(store: ProgressStore, *questions: str, outcome: str = MISSED) -> None:
    """Cards for these questions ("binding" is the follow-up lesson's), the first most overdue."""
    schedule = ReviewSchedule(store)
    for number, question in enumerate(questions):
        schedule.record("follow-up" if question == "binding" else "sample", question, outcome, T0 + timedelta(minutes=number))
    store.save()


def right(runner) -> str:
    """The right answer to the question asked, by the letter it is shown under when it has choices."""
    question = runner.current_question
    choices = question.choices()
    if question.kind == "multiple_choice":
        return pick(choices, question.accepted_answer())
    return {"academics": "false", "define": "official diplomacy by ministers"}.get(question.id, question.accepted_answer())


# Choices shuffled at every showing ---------------------------------------------------------


def test_choices_come_in_a_fresh_order_at_each_showing_and_the_right_one_is_still_right(catalogue):
    store = ProgressStore.load()
    rng = random.Random(3)
    orders = set()
    for _ in range(6):
        run = LessonRun.open(catalogue, "sample", store, restart=True, rng=rng)
        question = run.start()[-1]
        assert sorted(question["choices"]) == ["Companies", "Embassies", "Think tanks"]
        orders.add(tuple(question["choices"]))
        events = run.answer(pick(question["choices"], "Think tanks"))
        assert events[0]["correct"] is False and events[0].text == "Think tanks host track two."
        events = run.answer(pick(question["choices"], "Embassies"))
        assert events[0]["correct"] is True
    assert len(orders) > 1  # six showings, not one order learnt by heart


def test_a_resumed_question_shows_its_choices_in_the_order_it_was_shown(catalogue):
    first = LessonRun.open(catalogue, "sample", ProgressStore.load(), rng=random.Random(1))
    shown = first.start()[-1]["choices"]
    for seed in range(4):  # another process, whatever its own shuffles would give
        again = LessonRun.open(catalogue, "sample", ProgressStore.load(), rng=random.Random(seed))
        assert again.start()[-1]["choices"] == shown
    again.answer(pick(shown, "Companies"))  # wrong: a hint, the question stays
    resumed = LessonRun.open(catalogue, "sample", ProgressStore.load(), rng=random.Random(9))
    events = resumed.start()
    assert types(events) == ["question", "hint"] and events[0]["choices"] == shown
    assert resumed.answer(pick(shown, "Embassies"))[0]["correct"] is True


def test_order_questions_are_rearranged_too_and_never_shown_already_in_order(catalogue):
    question = catalogue.get("sample").question("timeline")
    shown = set()
    for seed in range(12):
        turn = QuestionTurn(question, rng=random.Random(seed))
        choices = turn.ask()["choices"]
        assert choices != question.items and sorted(choices) == sorted(question.items)
        shown.add(tuple(choices))
        assert turn.answer(turn.question.accepted_answer())[0]["correct"] is True
    assert len(shown) > 1


def test_a_review_question_resumes_with_the_same_order(catalogue):
    store = ProgressStore.load()
    due_now(store, "channel")
    clock = Clock(T0 + timedelta(days=1))
    review = ReviewRun(catalogue, store, clock=clock, rng=random.Random(2))
    shown = review.start()[0]["choices"]
    review.answer(pick(shown, "Companies"))
    again = ReviewRun(catalogue, ProgressStore.load(), clock=clock, rng=random.Random(5))
    events = again.start()
    assert types(events) == ["question", "hint"] and events[0]["choices"] == shown


# Asked from memory after two recognitions -----------------------------------------------


def review_once(catalogue, store, clock, answer=right) -> list:
    """One review sitting over what is due, answering every question with `answer`."""
    review = ReviewRun(catalogue, store, clock=clock)
    events = review.start()
    asked = [e for e in events if e.type == "question"]
    while not review.finished:
        events = review.answer(answer(review))
        asked += [e for e in events if e.type == "question"]
    return asked


def test_a_question_recognised_twice_is_asked_from_memory(catalogue):
    store, clock = ProgressStore.load(), Clock()
    schedule = ReviewSchedule(store)
    run = LessonRun.open(catalogue, "sample", store, clock=clock)
    run.start()
    run.answer(right(run))  # channel: recognised once, in the lesson
    assert schedule.recognised("sample/channel") == 1
    clock.now = schedule.card("sample/channel").due
    [asked] = [q for q in review_once(catalogue, store, clock) if q["id"] == "channel"]
    assert asked["kind"] == "multiple_choice" and "recall" not in asked.data
    assert schedule.recognised("sample/channel") == RECALL_AFTER == 2

    clock.now = schedule.card("sample/channel").due
    review = ReviewRun(catalogue, store, clock=clock)
    asked = next(e for e in review.start() if e.type == "question")
    assert asked["id"] == "channel" and asked["kind"] == "free_text" and asked["recall"] is True
    assert "choices" not in asked.data and asked["prompt"] == "Main bilateral channel?"
    assert asked["instructions"] == "From memory this time: answer in your own words."
    interrupted = ReviewRun(catalogue, ProgressStore.load(), clock=clock)  # a resume asks it the same way
    assert interrupted.start()[0]["recall"] is True
    events = interrupted.answer("think tanks")  # a wrong choice typed from memory gets its correction
    assert events[0]["correct"] is False and events[0].text == "Think tanks host track two."
    events = interrupted.answer("through the embassy")
    assert events[0]["correct"] is True and "Embassies are the main bilateral channel." in events[0].text
    assert interrupted.outcomes == {"sample/channel": HELPED}
    assert schedule.recognised("sample/channel") == RECALL_AFTER  # a recall is no recognition


def test_a_full_recall_at_once_is_rated_easy_and_comes_back_later_than_a_recognition(catalogue):
    waits = {}
    for recall in (False, True):
        store, clock = ProgressStore.memory(), Clock()
        schedule = ReviewSchedule(store)
        for _ in range(RECALL_AFTER):
            schedule.record("sample", "channel", MASTERED, clock(), hints=0, recall=False)
            clock.now = schedule.card("sample/channel").due
        if not recall:  # the same card, counted one recognition short: asked with its choices
            store.put_card("sample/channel", {**store.card("sample/channel"), "recognised": RECALL_AFTER - 1})
        review = ReviewRun(catalogue, store, clock=clock)
        asked = review.start()[0]
        assert ("recall" in asked.data) is recall
        events = review.answer("embassies" if recall else pick(asked["choices"], "Embassies"))
        assert events[0]["correct"] is True
        waits[recall] = schedule.card("sample/channel").due - clock.now
    assert waits[True] > waits[False]  # Easy after a recall, Good after a recognition


def test_a_recall_that_fails_goes_back_to_the_choices_for_one_round(catalogue):
    store, clock = ProgressStore.load(), Clock()
    schedule = ReviewSchedule(store)
    for _ in range(RECALL_AFTER):
        schedule.record("sample", "academics", MASTERED, clock(), hints=0, recall=False)
        clock.now = schedule.card("sample/academics").due
    store.save()
    review = ReviewRun(catalogue, store, clock=clock)
    asked = review.start()[0]
    assert asked["recall"] is True and asked["prompt"] == "Which track is informal talk between academics?"
    events = review.skip()  # revealed: the idea is stated, and it comes back in this sitting
    assert events[0]["answer"] == "Track two" and COMES_BACK in [e.text for e in events]
    again = next(e for e in events if e.type == "question")
    assert again["id"] == "academics" and again["recall"] is True
    review.skip()  # failed twice: rated Again once, and back to recognition
    assert review.outcomes == {"sample/academics": MISSED}
    assert schedule.recognised("sample/academics") == RECALL_AFTER - 1
    clock.now = schedule.card("sample/academics").due
    asked = ReviewRun(catalogue, store, clock=clock).start()[0]
    assert asked["kind"] == "true_false" and "recall" not in asked.data


def test_recall_fields_are_checked_when_a_lesson_is_read(tmp_path):
    text = (with_recall(tmp_path) / "sample.yaml").read_text(encoding="utf-8")
    problems: list = []
    lesson = parse_lesson(tmp_path / "sample.yaml", text, problems)
    assert problems == [] and lesson.question("channel").recall.answer == "Embassies"
    assert lesson.question("channel").recall.prompt == "Main bilateral channel?"
    assert lesson.question("define").recall is None

    bad = text.replace("      prompt: Which track is informal talk between academics?\n", "").replace("accept: [embassies, embassy]", "accept: [consulates]\n      spoken: yes")
    problems = []
    assert parse_lesson(tmp_path / "sample.yaml", bad, problems) is None
    messages = [(p.severity, p.message) for p in problems]
    assert ("error", "step 2 (channel), recall: the answer 'Embassies' matches none of its 'accept' phrasings") in messages
    assert ("error", "step 3 (academics), recall: missing 'prompt'") in messages
    assert any(severity == "warning" and "unknown field 'spoken'" in message for severity, message in messages)


# Failed items come back in the same sitting ---------------------------------------------


def test_a_failed_question_comes_back_after_a_few_others_and_is_rated_once(catalogue):
    store = ProgressStore.load()
    due_now(store, "channel", "academics", "timeline", "define", "binding", outcome=MASTERED)
    before = store.card("sample/channel")
    clock = Clock(T0 + timedelta(days=30))
    review = ReviewRun(catalogue, store, clock=clock)
    order = [review.start()[0]["id"]]
    events = review.skip()
    assert types(events) == ["feedback", "explain", "question"] and events[1].text == COMES_BACK
    assert store.card("sample/channel") == before  # not rescheduled yet
    order.append(events[-1]["id"])
    while not review.finished:
        events = review.answer(right(review))
        order += [e["id"] for e in events if e.type == "question"]
    assert RETRY_GAP == 3 and order == ["channel", "academics", "timeline", "define", "channel", "binding"]
    summary = events[-1]
    assert (summary["first_try"], summary["helped"], summary["total"]) == (4, 1, 5)
    assert summary["review"] == ["sample/channel"] and summary["recap"][0]["prompt"] == "Main bilateral channel?"

    # Rated once, Hard (right on the second try): the same card rated so in a fresh store.
    expected = ReviewSchedule(ProgressStore.memory())
    expected.store.put_card("sample/channel", before)
    card = expected.record("sample", "channel", HELPED, clock(), hints=1)
    assert ReviewSchedule(store).card("sample/channel").due == card.due


def test_a_failed_question_at_the_end_comes_back_at_the_end_and_survives_a_restart(catalogue):
    store = ProgressStore.load()
    due_now(store, "academics", "channel")
    clock = Clock(T0 + timedelta(days=1))
    review = ReviewRun(catalogue, store, clock=clock)
    assert review.start()[0]["id"] == "academics"
    review.answer("false")
    events = review.hint() + review.hint() + review.hint()  # channel: both hints, then revealed
    events += review.answer("Embassies")  # typed back: done, failed once
    assert COMES_BACK in [e.text for e in events] and events[-1]["id"] == "channel"

    resumed = ReviewRun(catalogue, ProgressStore.load(), clock=clock)  # the sitting is interrupted
    assert resumed.failed == {"sample/channel"}
    events = resumed.start()
    events = resumed.answer(pick(events[0]["choices"], "Embassies"))
    assert COMES_BACK not in [e.text for e in events] and events[-1].type == "summary"
    assert resumed.outcomes == {"sample/channel": HELPED}  # its second try: right, but helped
    assert ProgressStore.load().review() == {}


# Ratings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "outcome, hints, complete, expected",
    [
        (MASTERED, 0, False, Rating.Good),
        (MASTERED, 0, True, Rating.Easy),
        (HELPED, 1, False, Rating.Hard),
        (HELPED, None, False, Rating.Hard),
        (HELPED, 2, False, Rating.Again),
        (MISSED, 0, False, Rating.Again),
        (MISSED, None, False, Rating.Again),
    ],
)
def test_the_rating_reflects_the_help_taken(outcome, hints, complete, expected):
    assert rating(outcome, hints, complete) == expected


def test_a_lesson_rates_by_hints_and_a_full_free_text_answer_as_easy(catalogue):
    store, clock = ProgressStore.load(), Clock()
    run = LessonRun.open(catalogue, "sample", store, clock=clock)
    question = run.start()[-1]
    run.answer(pick(question["choices"], "Companies"))
    run.answer(pick(question["choices"], "Think tanks"))
    run.answer("Embassies")  # right after two hints: Again, due after the learning step
    run.answer("false")
    run.answer(run.current_question.accepted_answer())
    run.answer("official diplomacy by ministers")  # every idea at once: Easy
    schedule = ReviewSchedule(store)
    assert schedule.card("sample/channel").due == T0 + timedelta(minutes=10)
    assert schedule.card("sample/define").due > schedule.card("sample/academics").due > T0 + timedelta(days=1)


# Summaries ------------------------------------------------------------------------------


def test_describe_score():
    assert describe_score({"first_try": 4, "helped": 3, "total": 7}) == "4 of 7 right first time, 3 more with help"
    assert describe_score({"first_try": 7, "helped": 0, "total": 7}) == "7 of 7 right first time"
    assert describe_score({"first_try": 2, "helped": 3, "total": 7}) == "2 of 7 right first time, 3 more with help, 2 missed"


def test_the_text_summary_recaps_in_words_and_fits_80_columns(catalogue, tmp_path, capsys, monkeypatch):
    lessons = with_recall(tmp_path / "recall-lessons")
    answers = "/skip\ntrue\nfalse\n" + "/skip\n" + "official diplomacy by ministers\n"
    code, out, _ = main(["lesson", "--lessons", str(lessons), "sample", "--json"], answers, capsys)
    summary = Event("summary", json.loads(out.splitlines()[-1]))
    del summary.data["type"]
    eighty_columns(monkeypatch)
    writer = EventWriter(as_json=False, catalogue=catalogue)
    text = writer.render(summary)
    assert "Score: 1 of 4 right first time, 1 more with help, 2 missed." in text
    assert "To go over again:\n  - Main bilateral channel?\n    Embassies are the main bilateral channel." in text
    assert "  - Academics talking informally is track one.\n    Informal dialogue is track two." in text
    assert "Mastered:\n  - What is track one?\n" in text
    assert "Next lesson: Follow-up lesson\n  tutor lesson follow-up" in text
    assert "channel" not in text.replace("bilateral channel", "")  # prompts, never ids
    assert max(len(line) for line in text.splitlines()) < 80


def test_a_text_review_says_when_it_asks_from_memory_and_what_comes_back(catalogue, monkeypatch):
    store, clock = ProgressStore.load(), Clock()
    schedule = ReviewSchedule(store)
    for _ in range(RECALL_AFTER):
        schedule.record("sample", "channel", MASTERED, clock(), hints=0, recall=False)
        clock.now = schedule.card("sample/channel").due
    schedule.record("sample", "academics", MASTERED, clock() - timedelta(minutes=1))
    store.save()
    eighty_columns(monkeypatch)
    writer = EventWriter(as_json=False, review=True, catalogue=catalogue)
    clock.now += timedelta(days=30)
    review = ReviewRun(catalogue, store, clock=clock)
    events = review.start() + review.skip() + review.answer("false") + review.answer("the embassy")
    text = "\n".join(writer.render(event) for event in events)
    assert 'Question 1 of 2 (from "Sample lesson"): Main bilateral channel?\n  (From memory this time: answer in your own words.)' in text
    assert "\nThis one comes back later in this review.\n" in text and "Question 3 of 3" in text
    assert "Score: 1 of 2 right first time, 1 more with help." in text
    assert max(len(line) for line in text.splitlines()) < 80
