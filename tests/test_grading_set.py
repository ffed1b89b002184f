"""Free-text grading against 180 answers a teacher labelled (tests/grading/answers.yaml).

The development half was used to review the grader and the lessons; the held-out half was
not looked at, so its figures are the honest ones. Each threshold keeps a margin below what
was measured (see benchmarks/grading.py), so that one answer cannot flip the test. The
held-out half does not yet reach the issue's targets (false rejects <= 5%, false accepts
<= 2%, agreement >= 90%); its thresholds guard against getting worse.
"""

from pathlib import Path

import pytest

from tutor.lessons.catalogue import load_catalogue
from tutor.lessons.grading_set import figures, grade_item, read_set, split

ANSWERS = Path(__file__).parent / "grading" / "answers.yaml"
ITEMS = read_set(ANSWERS)
DEVELOP, HELD_OUT = split(ITEMS)
CATALOGUE = load_catalogue()


def test_the_set_is_split_by_question():
    assert len(ITEMS) == 180 and {i.key for i in DEVELOP}.isdisjoint({i.key for i in HELD_OUT})
    assert len({i.key for i in DEVELOP}) == len({i.key for i in HELD_OUT}) == 10


@pytest.mark.parametrize(
    "half, false_reject, false_accept, agreement, bad_accepts",
    [
        (DEVELOP, 0.08, 0.02, 0.92, 0),  # measured 5.4%, 0.0%, 95.6%, 0
        (HELD_OUT, 0.18, 0.09, 0.77, 1),  # measured 14.3%, 5.7%, 81.1%, 1
    ],
    ids=["development", "held-out"],
)
def test_grading_agrees_with_the_teacher(half, false_reject, false_accept, agreement, bad_accepts):
    f = figures([grade_item(CATALOGUE, item) for item in half])
    assert f.false_reject <= false_reject
    assert f.false_accept <= false_accept
    assert f.agreement >= agreement
    assert f.bad_accepts <= bad_accepts
    assert f.names_idea >= 0.9  # measured 100% and 98.2%
