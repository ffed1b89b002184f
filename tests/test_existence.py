"""A body or a treaty claimed to exist in a year ("did the UN exist in 1919?") is answered from
the years its own document dates it by (round 32, issue 10, from a false-premise question of a
part written blind this round): "No." with the sentence giving its founding year when the year
is before it, or its end when after; "Yes." within. Questions written for these tests."""

from __future__ import annotations

import pytest

from tutor.answering.session import Session


def verdict_and_reason(tutor, question: str) -> tuple[str, str]:
    answer = Session(tutor).respond(question).answer
    first = answer.split(". ", 2)
    return first[0], first[1]


@pytest.mark.parametrize(
    ("question", "verdict", "year"),
    [
        ("was the united nations around in 1940?", "No", "1945"),
        ("did nato already exist in 1946", "No", "1949"),
        ("was there a league of nations in 1955?", "No", "1946"),
        ("did the league of nations exist in 1935", "Yes", "1920"),
        ("did asean exist in 1980?", "Yes", "1967"),
    ],
)
def test_the_subjects_own_dates_answer(tutor, question, verdict, year):
    said, reason = verdict_and_reason(tutor, question)
    assert said == verdict and year in reason


def test_a_claim_naming_more_than_the_subject_and_a_year_is_left_to_the_sentences(tutor):
    # "Did NATO exist to fight the Soviets in 1950" claims a purpose as well: the year alone
    # cannot say yes to it.
    from tutor.answering.existence import EXISTED

    assert EXISTED.match("did nato exist in 1950") is not None
    assert EXISTED.match("did nato fight a war in 1950") is None
    said, _ = verdict_and_reason(tutor, "did the un security council exist in 1930?")
    assert said == "No"
