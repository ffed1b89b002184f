"""Free-text grading against answers a teacher labelled.

`tests/grading/answers.yaml` (180 answers) is split by question: the development half was
used to review the grader and the lessons; the held-out half was only ever read as totals.
`tests/grading/fresh.yaml` (93 answers) was written later from each question's prompt and
model answer alone; it was a blind check until the grader was changed after it, and is
development data since. `tests/grading/fresh2.yaml` (173 answers), written the same way,
was the blind check until 2026-12-03: its items were never read, but its totals were
watched while the grader was changed (grading6). `tests/grading/fresh3.yaml` (180 answers,
written the same way) arrived as development data. `tests/grading/fresh4.yaml` (160
answers, written the same way on 2026-12-03) is the blind check now: measured on arrival
and after grading6, which never saw it; only its totals are read.
`tests/grading/fresh5.yaml` (160 answers, written the same way on 2026-12-03 to stress
negation and contrast, unfamiliar words, hedged partials, fluent reversals and misconceptions
in the model answer's words) arrived as development data: on arrival (main 6c0b852) false
rejects 8.8%, false accepts 32.5%, agreement 80.6%; after grading7, which developed on it, 0.0%,
0.0%, 96.2%. grading8 (who a claim is said of where no roles are declared, sides, crossed
ideas, and the general causes of fresh2's false rejects) developed on the development sets
and answers of its own. `tests/grading/fresh6.yaml` (160 answers, written the same way on
2026-12-03 to mix paraphrase, negation and contrast, typos, hedged partials, fluent reversals,
misconceptions and bare keywords) is a second blind check, which grading8 never saw:
measured on arrival (main cae8ad4) at false rejects 10.0%, false accepts 5.0%, agreement
90.0%, after grading8 6.7%, 3.3%, 91.9%. Its items stayed unread until 2026-12-03 (fourth
round), when it became development data so that the causes of its misses could be found;
grading9 developed on fresh6 (and the other development sets): 0.0%, 0.0%, 99.4% after it;
fresh6's thresholds are those of development data now. A seventh set, written the same way,
took its place as the second blind check: `tests/grading/fresh7.yaml` (160 answers, written
2026-12-03 from the prompts and model answers alone), measured on arrival (main ca8450e) at
false rejects 8.3%, false accepts 1.7%, agreement 90.0%, and 5.0%, 1.7%, 92.5% after grading10
and grading11, neither of which saw its items. From 2026-12-03 07:00 it is development data, as
fresh6 became before it: grading12 developed on it (1.7%, 0.0%, 96.2% after; four of its
remaining misses are bare keywords that other sets label the other way).
`tests/grading/fresh8.yaml` (180 answers, written the same way on 2026-12-03 to stress correct
answers far from the model answer's words and partial answers in unusual words) arrived as
development data: on arrival (main f5a802d) false rejects 8.8%, false accepts 2.5%, agreement
91.1%; after grading10, which developed on it, 0.0%, 0.0%, 98.3%. `tests/grading/fresh9.yaml`
(160 answers, written the same way to stress partial answers in unusual words) arrived as
development data at the end of the fifth round: on arrival (main dea98b6) false rejects 5.0%,
false accepts 0.0%, agreement 91.9%; after grading11, which developed on it, 0.0%, 0.0%, 98.1%.
`tests/grading/fresh11.yaml` (160 answers, written blind the same way on 2026-12-03 to stress
reversed roles, passive ones too, bare keywords, opposite claims, negated correct answers and
denied misconceptions) arrived as development data: on arrival (main e097414) false rejects
1.7%, false accepts 11.5%, agreement 89.4%, six reversed roles or bare keywords accepted; after
grading12, which developed on it, 0.0%, 0.0%, 98.8%, none accepted.
`tests/grading/fresh10.yaml` (160 answers, written blind the same way on 2026-12-03) was read on
arrival as a blind check, by its totals: on arrival (main e097414) false rejects 0.0%, false
accepts 3.3%, agreement 96.2%, two reversed roles or bare keywords accepted (confusion: correct
60/0/0, partial 2/37/1, incorrect 2/1/57); after grading12 0.0%, 3.3%, 98.1%, still two accepted
(correct 60/0/0, partial 0/40/0, incorrect 2/1/57). It is development data since 2026-12-03:
grading13 developed on it (0.0%, 0.0%, 100.0% after, none accepted).
`tests/grading/fresh12.yaml` (160 answers, written blind the same way on 2026-12-03, after
grading12 and grading13 were merged) is the blind check now, with fresh4: only its totals are
read. On arrival (main c264545): false rejects 1.7%, false accepts 0.0%, agreement 97.5%, none
reversed or bare accepted (confusion: correct 59/1/0, partial 2/38/0, incorrect 0/1/59).
Each threshold keeps a margin below what was measured (see benchmarks/grading.py), so that one answer cannot flip
the test. The held-out half's false accepts were 2.9% (one answer) until grading12,
whose reading of who does what to whom no longer accepts it (0.0%, it is graded partial).
"""

from pathlib import Path

import pytest

from tutor.lessons.catalogue import load_catalogue
from tutor.lessons.grading_set import LABELS, figures, grade_item, read_set, split

FOLDER = Path(__file__).parent / "grading"
ITEMS = read_set(FOLDER / "answers.yaml")
FRESH = read_set(FOLDER / "fresh.yaml")
FRESH2 = read_set(FOLDER / "fresh2.yaml")
FRESH3 = read_set(FOLDER / "fresh3.yaml")
FRESH4 = read_set(FOLDER / "fresh4.yaml")
FRESH5 = read_set(FOLDER / "fresh5.yaml")
FRESH6 = read_set(FOLDER / "fresh6.yaml")
FRESH7 = read_set(FOLDER / "fresh7.yaml")
FRESH8 = read_set(FOLDER / "fresh8.yaml")
FRESH9 = read_set(FOLDER / "fresh9.yaml")
FRESH10 = read_set(FOLDER / "fresh10.yaml")
FRESH11 = read_set(FOLDER / "fresh11.yaml")
FRESH12 = read_set(FOLDER / "fresh12.yaml")
DEVELOP, HELD_OUT = split(ITEMS)
CATALOGUE = load_catalogue()


def test_the_set_is_split_by_question():
    assert len(ITEMS) == 180 and {i.key for i in DEVELOP}.isdisjoint({i.key for i in HELD_OUT})
    assert len({i.key for i in DEVELOP}) == len({i.key for i in HELD_OUT}) == 10


@pytest.mark.parametrize(
    "fresh", [FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11, FRESH12], ids=["fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12"]
)
def test_each_fresh_set_answers_every_free_text_question(fresh):
    assert len(fresh) >= 60 and {i.key for i in fresh} == {i.key for i in ITEMS}
    assert {i.label for i in fresh} == set(LABELS)


def test_the_first_fresh_set_repeats_only_bare_keywords():
    repeated = {(i.key, i.answer) for i in FRESH} & {(i.key, i.answer) for i in ITEMS}
    assert all(len(answer.split()) == 1 for _, answer in repeated)  # only a bare keyword may recur


@pytest.mark.parametrize(
    "answers, false_reject, false_accept, agreement",
    [
        (DEVELOP, 0.03, 0.03, 0.97),  # measured 0.0%, 0.0%, 100.0% (0.0%, 0.0%, 98.9% before grading6)
        (HELD_OUT, 0.04, 0.03, 0.95),  # measured 0.0%, 0.0%, 98.9% after grading12 (0.0%, 2.9%, 98.9% after grading11 (97.8% after grading10, 96.7% before; 95.6% before grading9; 2.9%, 5.7%, 93.3% before grading8; 2.9%, 5.7%, 92.2% before grading7; 5.7%, 5.7%, 88.9% before grading6)
        (FRESH, 0.03, 0.04, 0.97),  # measured 0.0%, 0.0%, 100.0% (9.1%, 0.0%, 94.6% before it became development data)
        (FRESH2, 0.03, 0.02, 0.95),  # measured 0.0%, 0.0%, 98.8% (1.4%, 0.0%, 96.0% before grading9; 8.5%, 0.0%, 91.9% before grading8, which developed on it; on arrival 18.3%, 0.0%, 85.5%; 11.3%, 0.0%, 89.0% before grading6)
        (FRESH3, 0.03, 0.02, 0.97),  # measured 0.0%, 0.0%, 99.4% (also before grading9; 98.3% before grading8) (on arrival 15.0%, 1.7%, 85.6%, one reversal accepted; 2.5%, 0.0%, 92.2% before grading6)
        (FRESH4, 0.06, 0.02, 0.92),  # measured 0.0%, 0.0%, 98.1% after grading12 and 97.5% after grading10 and 96.9% after grading9, which never saw its items (96.2% after grading8; 3.3%, 0.0%, 94.4% before; on arrival, before grading6: 5.0%, 0.0%, 91.9%)
        (FRESH5, 0.03, 0.03, 0.96),  # measured 0.0%, 0.0%, 100.0% after grading12 (99.4% before; 96.9% before grading9, 96.2% before grading8; on arrival, before grading7: 8.8%, 32.5%, 80.6%)
        (FRESH6, 0.03, 0.03, 0.96),  # development data: measured 0.0%, 0.0%, 99.4% after grading9, which developed on it (blind: 6.7%, 3.3%, 91.9% after grading8; on arrival 10.0%, 5.0%, 90.0%)
        (FRESH7, 0.05, 0.03, 0.94),  # development data since 2026-12-03 07:00: measured 1.7%, 0.0%, 96.2% after grading12, which developed on it (blind: 5.0%, 1.7%, 92.5% after grading10 and grading11; on arrival 8.3%, 1.7%, 90.0%)
        (FRESH8, 0.03, 0.03, 0.96),  # development data: measured 0.0%, 0.0%, 98.9% after grading12 and 98.3% after grading10, which developed on it (on arrival 8.8%, 2.5%, 91.1%)
        (FRESH9, 0.03, 0.03, 0.96),  # development data: measured 0.0%, 0.0%, 100.0% after grading12 and 98.1% after grading11, which developed on it (on arrival 5.0%, 0.0%, 91.9%)
        (FRESH10, 0.03, 0.03, 0.96),  # development data since 2026-12-03: measured 0.0%, 0.0%, 100.0% after grading13, which developed on it (read on arrival as a blind check: 0.0%, 3.3%, 96.2% on main e097414, 98.1% after grading12, two reversed or bare accepted)
        (FRESH11, 0.03, 0.03, 0.96),  # development data: measured 0.0%, 0.0%, 98.8% after grading12, which developed on it (on arrival 1.7%, 11.5%, 89.4%, six reversed or bare accepted)
        (FRESH12, 0.06, 0.03, 0.93),  # blind check, totals only: on arrival (main c264545) 1.7%, 0.0%, 97.5%, none reversed or bare accepted
    ],
    ids=["development", "held-out", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12"],
)
def test_grading_agrees_with_the_teacher(answers, false_reject, false_accept, agreement):
    f = figures([grade_item(CATALOGUE, item) for item in answers])
    assert f.false_reject <= false_reject
    assert f.false_accept <= false_accept
    assert f.agreement >= agreement
    assert f.bad_accepts == 0  # reversed roles and bare keywords are never accepted
    assert f.names_idea >= 0.9  # feedback names the missing or wrong idea; measured 100% for every set but the held-out half (98.2%) after grading12
