"""A body claimed to exist in a year ("did the UN exist in 1919?") is answered from the years its
own document dates it by (round 32, issue 10, from a false-premise question that two parts
written blind this round both asked): within or outside a title's span, "Yes." or "No." with the
sentence giving the year; before the year an institution was founded, "No." with the sentence
saying so. What its dates do not settle is left to the sentences. Questions written for these
tests."""

from __future__ import annotations

import pytest

from tutor.answering.existence import EXISTED
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
        ("did asean exist in 1960?", "No", "1967"),
        ("was there a league of nations in 1955?", "No", "1946"),
        ("did the league of nations exist in 1935", "Yes", "1920"),
        # Round 33: a year that saw something else the knowledge tells (the Locarno treaties of
        # 1925) is no part of the search; the subject's dates check it.
        ("was the un around in 1925", "No", "1945"),
        ("did the united nations exist in 1925?", "No", "1945"),
    ],
)
def test_the_subjects_own_dates_answer(tutor, question, verdict, year):
    said, reason = verdict_and_reason(tutor, question)
    assert said == verdict and year in reason


@pytest.mark.parametrize(
    "question",
    [
        "did nato exist before 1949",  # before or after a year is not in it
        "did the gatt exist in 1960",  # a title of two bodies gives neither's dates alone
        "was the osce around in 1980",  # a body that grew out of another
        "did the commonwealth exist in 1931",  # founded "in its present form" later
        "did the un security council exist in 1945",  # the front matter dates its first meeting
        "were there any nuremberg trials in 1947",  # an event's span, not a body's
    ],
)
def test_what_the_dates_do_not_settle_gets_no_verdict_from_them(tutor, question):
    result = tutor.retriever.search(question)
    assert result.passages
    assert tutor.composer.verdicts.existence.verdict(question, result.passages, result.tokens) is None


def test_only_a_claim_of_existence_is_read():
    assert EXISTED.match("did nato exist in 1950") is not None
    assert EXISTED.match("was there a un in 1950") is not None
    assert EXISTED.match("did nato fight a war in 1950") is None
