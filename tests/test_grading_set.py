"""Free-text grading against answers a teacher labelled.

`tests/grading/answers.yaml` (180 answers) is split by question: the development half was
used to review the grader and the lessons; the held-out half was only ever read as totals.
`tests/grading/fresh.yaml` (93 answers) was written later from each question's prompt and
model answer alone, before the grader was changed further, and was never used to tune it.
Each threshold keeps a margin below what was measured (see benchmarks/grading.py), so that
one answer cannot flip the test. The held-out half and the fresh check do not yet reach
the issue's targets (false rejects <= 5%, false accepts <= 2%, agreement >= 90%); their
thresholds guard against getting worse.
"""

from pathlib import Path

import pytest

from tutor.lessons.catalogue import load_catalogue
from tutor.lessons.grading_set import LABELS, figures, grade_item, read_set, split

FOLDER = Path(__file__).parent / "grading"
ITEMS = read_set(FOLDER / "answers.yaml")
FRESH = read_set(FOLDER / "fresh.yaml")
DEVELOP, HELD_OUT = split(ITEMS)
CATALOGUE = load_catalogue()


def test_the_set_is_split_by_question():
    assert len(ITEMS) == 180 and {i.key for i in DEVELOP}.isdisjoint({i.key for i in HELD_OUT})
    assert len({i.key for i in DEVELOP}) == len({i.key for i in HELD_OUT}) == 10


def test_the_fresh_check_answers_every_free_text_question():
    assert len(FRESH) >= 60 and {i.key for i in FRESH} == {i.key for i in ITEMS}
    assert {i.label for i in FRESH} == set(LABELS)
    repeated = {(i.key, i.answer) for i in FRESH} & {(i.key, i.answer) for i in ITEMS}
    assert all(len(answer.split()) == 1 for _, answer in repeated)  # only a bare keyword may recur


@pytest.mark.parametrize(
    "answers, false_reject, false_accept, agreement",
    [
        (DEVELOP, 0.06, 0.02, 0.94),  # measured 2.7%, 0.0%, 97.8%
        (HELD_OUT, 0.12, 0.12, 0.85),  # measured 8.6%, 8.6%, 87.8%
        (FRESH, 0.12, 0.04, 0.92),  # measured 9.1%, 0.0%, 94.6%
    ],
    ids=["development", "held-out", "fresh"],
)
def test_grading_agrees_with_the_teacher(answers, false_reject, false_accept, agreement):
    f = figures([grade_item(CATALOGUE, item) for item in answers])
    assert f.false_reject <= false_reject
    assert f.false_accept <= false_accept
    assert f.agreement >= agreement
    assert f.bad_accepts == 0  # reversed roles and bare keywords are never accepted
    assert f.names_idea >= 0.9  # feedback names the missing or wrong idea; measured 100%, 98.1%, 98.1%
