"""Answer quality through the real knowledge base and retriever, on tests/eval."""

from pathlib import Path

import pytest

from tutor.answering.evaluation import evaluate, load_in_scope, load_out_of_scope

EVAL_DIR = Path(__file__).parent / "eval"


@pytest.fixture(scope="module")
def report(tutor):
    return evaluate(tutor, EVAL_DIR)


def test_the_evaluation_set_is_big_enough():
    items = load_in_scope(EVAL_DIR)
    assert len(items) >= 150
    assert sum(1 for item in items if item.context) >= 10
    assert len(load_out_of_scope(EVAL_DIR)) >= 40


def test_retrieval_finds_the_right_document(report):
    assert report.recall_at(1) >= 0.90
    assert report.recall_at(3) >= 0.97
    assert report.mrr >= 0.93


def test_answers_contain_the_expected_facts(report):
    assert report.accuracy >= 0.90


def test_every_out_of_scope_question_is_declined(report):
    answered = [question for question, declined, _ in report.out_of_scope if not declined]
    assert answered == []
    assert report.abstention_precision >= 0.95


def test_held_out_set_scores_alike(tutor):
    """The held-out set was never used for tuning: it shows the figures above are not overfitted."""
    held_out = evaluate(tutor, EVAL_DIR / "heldout")
    assert len(held_out.results) >= 50 and len(held_out.out_of_scope) >= 15
    assert held_out.accuracy >= 0.85
    assert all(declined for _, declined, _ in held_out.out_of_scope)
