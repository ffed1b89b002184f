"""The shipped lessons: they validate, cover the syllabus, agree with the knowledge base,
and can be completed however the learner answers."""

import re

import pytest

from tutor.files.paths import SHIPPED_KNOWLEDGE
from tutor.lessons.catalogue import LessonRun, load_catalogue
from tutor.lessons.check import check_catalogue
from tutor.lessons.grading import tokens
from tutor.lessons.model import QUESTION_KINDS, Explain, FreeText
from tutor.lessons.progress import ProgressStore
from tutor.search.knowledge import load_knowledge

CATALOGUE = load_catalogue()
KB = load_knowledge([SHIPPED_KNOWLEDGE])
LESSON_IDS = list(CATALOGUE.lessons)

# The seed syllabus, topic by topic, and the knowledge document each topic is taught from.
SYLLABUS = {
    "what track one is": "track-one-diplomacy",
    "why it matters": "why-track-one-matters",
    "methods": "methods-of-track-one",
    "geographic layers": "geographic-scope",
    "history": "history-of-diplomacy",
    "actors": "diplomatic-actors",
    "Camp David": "camp-david-accords",
    "the JCPOA": "jcpoa",
    "the Paris Agreement": "paris-agreement",
    "track one vs track two": "track-one-vs-track-two",
    "Vienna Convention and immunity": "vienna-convention-diplomatic-relations",
    "the UN system": "united-nations",
}


def test_every_shipped_lesson_validates_without_errors_or_warnings():
    problems = check_catalogue(CATALOGUE, KB)
    assert [str(p) for p in problems] == []


def test_there_are_enough_lessons_and_they_cover_the_syllabus():
    assert len(CATALOGUE) >= 8
    taught = {ref.doc for lesson in CATALOGUE for step in lesson.steps if isinstance(step, Explain) for ref in step.knowledge}
    missing = [topic for topic, doc in SYLLABUS.items() if doc not in taught]
    assert missing == []


def test_every_kind_of_question_is_used_and_every_question_is_complete():
    kinds = {q.kind for lesson in CATALOGUE for q in lesson.questions}
    assert kinds == set(QUESTION_KINDS)
    for lesson in CATALOGUE:
        assert lesson.objectives and lesson.minutes > 0 and len(lesson.questions) >= 5, lesson.id
        for question in lesson.questions:
            ladders = [e.moves() for e in question.ideas] if isinstance(question, FreeText) else [question.hints]
            assert all(len(ladder) >= 2 for ladder in ladders) and question.explanation, (lesson.id, question.id)


def test_prerequisites_come_earlier_in_the_list():
    order = list(CATALOGUE.lessons)
    for lesson in CATALOGUE:
        for prerequisite in lesson.prerequisites:
            assert order.index(prerequisite) < order.index(lesson.id), (lesson.id, prerequisite)


def _knowledge_text() -> str:
    return " ".join(doc.path.read_text(encoding="utf-8") for doc in KB.documents.values())


def test_years_and_figures_in_lessons_appear_in_the_knowledge_base():
    """A cheap guard on facts: every number a lesson states is one the knowledge base states."""
    known = set(re.findall(r"\d+(?:\.\d+)?", _knowledge_text()))
    for lesson in CATALOGUE:
        text = lesson.path.read_text(encoding="utf-8")
        numbers = set(re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w])", text)) - {"1", "2", "3", "4", "5"}
        unknown = sorted(n for n in numbers if n not in known and not _is_lesson_field(text, n))
        assert unknown == [], f"{lesson.path.name}: {unknown}"


def _is_lesson_field(text: str, number: str) -> bool:
    return bool(re.search(rf"^(?:order|minutes): {number}$", text, re.M))


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_a_learner_who_knows_every_answer_masters_the_lesson(lesson_id):
    run = LessonRun.open(CATALOGUE, lesson_id, ProgressStore.memory(), knowledge=KB)
    events = run.start()
    while not run.finished:
        events = run.answer(run.current_question.accepted_answer())
        assert events[0].type == "feedback" and events[0]["correct"] is True, events[0].to_json()
    summary = events[-1]
    assert summary.type == "summary" and summary["score"] == summary["total"] == len(run.lesson.questions)
    assert summary["review"] == []


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_a_learner_who_knows_nothing_still_finishes(lesson_id):
    """Wrong answers climb every hint ladder to the reveal; typing the answer back goes on."""
    run = LessonRun.open(CATALOGUE, lesson_id, ProgressStore.memory(), knowledge=KB)
    events = run.start()
    while not run.finished:
        question = run.current_question
        wrong = _wrong_answer(question)
        if isinstance(question, FreeText):
            events = _say_back_each_missing_idea(run, wrong)
            continue
        hints = 0
        for _ in range(len(question.hints) + 1):
            events = run.answer(wrong)
            assert events[0]["correct"] is False, (question.id, wrong, events[0].to_json())
            hints += sum(1 for e in events if e.type == "hint")
        assert hints == len(question.hints) and "answer" in events[-1].data
        events = run.answer(events[-1]["answer"])
        assert events[0]["correct"] is True
    summary = events[-1]
    assert summary["score"] == 0 and len(summary["review"]) == summary["total"]


def _say_back_each_missing_idea(run, wrong: str) -> list:
    """Wrong answers climb each idea's ladder to the idea itself; saying just that piece back goes on."""
    question = run.current_question
    for expectation in question.expectations:
        if run.current_question is not question:  # enough ideas already (need)
            break
        events = []
        for _ in expectation.moves():
            events = run.answer(wrong)
            assert events[0]["correct"] is False and events[-1].type == "hint", events[-1].to_json()
        assert events[-1].text.startswith(expectation.moves()[-1])
        events = run.answer(expectation.moves()[-1])
    assert events[0]["correct"] is True and run.current_question is not question
    return events


def _wrong_answer(question) -> str:
    if isinstance(question, FreeText):
        return "I really have no idea"
    if question.kind == "order":
        return " ".join(reversed(question.accepted_answer().split()))
    right = question.grade(question.accepted_answer())
    assert right.correct
    for label in "ABCDEFGH"[: len(question.choices())]:
        if not question.grade(label).correct:
            return label
    raise AssertionError(question.id)


def test_every_free_text_question_accepts_a_paraphrase_of_each_idea():
    """Each expectation's first phrasing of several words alone covers it: the phrasings are reachable.

    (A one-word answer never states an idea, so one-word phrasings are left to longer answers.)"""
    for lesson in CATALOGUE:
        for question in lesson.questions:
            if not isinstance(question, FreeText):
                continue
            for expectation in question.expectations:
                phrasings = expectation.phrasings()
                verdict = question.grade(next((p for p in phrasings if len(tokens(p)) > 1), phrasings[0]))
                assert expectation.id in verdict.covered or verdict.misconception, (lesson.id, question.id, expectation.id)



def test_every_free_text_explanation_passes_its_own_question():
    """The explanation shown after a free-text question is a right answer a teacher wrote: it
    covers every idea and trips no misconception. (It caught a misconception phrasing,
    "foreign interests", that "national interests ... citizens abroad" said, and a comparison's
    "more states" read across "two states and ... more private".)"""
    for lesson in CATALOGUE:
        for question in lesson.questions:
            if isinstance(question, FreeText):
                verdict = question.grade(question.explanation)
                assert verdict.correct, (lesson.id, question.id, verdict.text)
