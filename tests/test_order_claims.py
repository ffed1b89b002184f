"""A yes/no claim that one thing came before or after another is checked by both dates.

"Am I right in thinking the League of Nations came before the United Nations?" is answered
"Yes." with the League's year and the UN's, as "which came first?" is ordered; "did the Warsaw
Pact come before NATO" gets "No.". The first probe is from a development part written blind
(study40); at 9ce2a0a1 it got a sentence on the League's end without a verdict, and of the
others only "was nato founded before the warsaw pact" had its verdict and years. A side that is
a deed rather than a thing the knowledge names whole ("did the cold war end before ...") is
no such claim, and a question word before the sides ("what did nato do after ...") asks
something else: the guards.
"""

import pytest

from tutor.answering.session import Session


def answer(tutor, message: str) -> str:
    return Session(tutor).respond(message).answer


@pytest.mark.parametrize(
    "message, verdict, years",
    [
        ("Am I right in thinking the League of Nations came before the United Nations?", "Yes.", ("1920", "1945")),
        ("was nato founded before the warsaw pact", "Yes.", ("1949", "1955")),
        ("did the warsaw pact come before nato", "No.", ("1949", "1955")),
        ("is the un older than nato", "Yes.", ("1945", "1949")),
        ("the un came after the league of nations right", "Yes.", ("1920", "1945")),
        ("was the berlin wall built before the cuban missile crisis", "Yes.", ("1961", "1962")),
    ],
)
def test_an_order_claimed_gets_its_verdict_and_both_years(tutor, message, verdict, years):
    first = answer(tutor, message).split("\n")[0]
    assert first.startswith(verdict)
    assert all(year in first for year in years)


@pytest.mark.parametrize("message", ["did the cold war end before the soviet union collapsed", "what did nato do after the cold war"])
def test_a_deed_or_a_question_word_is_no_order_claim(tutor, message):
    assert "came before" not in answer(tutor, message).split("\n")[0]
