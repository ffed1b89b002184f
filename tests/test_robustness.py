"""Robustness: correctly answered development questions stay correct when learners mangle them.

The perturbations only add talk around a question or slip a letter; the floors sit well below the
measured shares (README, "Measuring answer quality"), so one question cannot flip CI.
"""

import random
import re
from pathlib import Path

import pytest

from tutor.answering.robustness import PERTURBATIONS, load_wrappers, robustness, typo
from tutor.cli.main import main

DEV = Path(__file__).parent / "eval" / "dev"
WRAPPERS = load_wrappers(DEV / "wrappers.yaml")
QUESTION = "When was the Vienna Convention on Diplomatic Relations signed?"


@pytest.mark.parametrize("name", ["casual", "scene", "aside"])
def test_wrapping_keeps_every_word_of_the_question(name):
    wrapped = PERTURBATIONS[name](QUESTION, random.Random(1), WRAPPERS)
    assert wrapped != QUESTION
    assert "vienna convention on diplomatic relations signed" in wrapped.lower()


def test_a_typo_changes_one_or_two_longer_words_by_one_letter():
    for seed in range(40):
        slipped = typo(QUESTION, random.Random(seed), WRAPPERS).split()
        changed = [(a, b) for a, b in zip(QUESTION.split(), slipped) if a != b]
        assert 1 <= len(changed) <= 2, slipped
        for before, after in changed:
            assert len(re.sub(r"\W", "", before)) >= 5
            assert abs(len(before) - len(after)) <= 1


def test_the_same_seed_rewrites_the_same_way():
    for change in PERTURBATIONS.values():
        assert change(QUESTION, random.Random(7), WRAPPERS) == change(QUESTION, random.Random(7), WRAPPERS)


def test_a_wrappers_file_without_one_kind_is_refused(tmp_path):
    path = tmp_path / "wrappers.yaml"
    path.write_text("prefixes: ['ok so ']\nsuffixes: [' lol']\nscenes: []\nasides: ['(hi)']\n", encoding="utf-8")
    with pytest.raises(ValueError, match="scenes"):
        load_wrappers(path)


def test_the_test_set_is_not_perturbed(capsys):
    assert main(["eval", "--robustness", "--set", str(Path(__file__).parent / "eval" / "test")]) != 0
    assert "frozen" in capsys.readouterr().err


def test_most_answers_survive_the_ways_learners_wrap_questions(tutor):
    outcomes = {outcome.name: outcome for outcome in robustness(tutor, DEV, WRAPPERS, size=80, seed=3)}
    kept = {name: outcome.kept / outcome.total for name, outcome in outcomes.items()}
    assert kept["typo"] >= FLOORS["typo"], kept
    assert kept["casual"] >= FLOORS["casual"], kept
    assert kept["scene"] >= FLOORS["scene"], kept
    assert kept["aside"] >= FLOORS["aside"], kept
    for outcome in outcomes.values():
        assert outcome.out_of_scope_declined >= OUT_OF_SCOPE_FLOOR * outcome.out_of_scope_total, outcome.line()


# Measured at size 80, seed 3, at the end of the eighth round (README): typo 0.975, casual
# 0.950, scene 0.988, aside 1.000 kept, out of scope 77-80 of 80 declined (at its start: typo
# 0.976, casual 0.632, scene 0.752, aside 0.740 at seed 17). Floors about ten points below.
FLOORS = {"typo": 0.87, "casual": 0.85, "scene": 0.88, "aside": 0.90}
OUT_OF_SCOPE_FLOOR = 0.92
