"""When a subject started (issue 10, round 33): "when did the Cuban Missile Crisis start?" asks
the subject's own first date, not a section on something else that began ("the hotline began
working on 30 August 1963"); a sentence dating the subject's own beginning still answers ("The
Cold War began in the years after 1945 ..."). Questions written for these tests, and one of a
part written blind this round."""

import pytest
from test_who_answers import first_sentence as opening


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("when did the cuban missile crisis start",), "October 1962"),
        (("the cuban missile crisis, when did it start?",), "October 1962"),
        (("what was the cuban missile crisis", "when did it start"), "October 1962"),
        (("when did the iran hostage crisis start",), "4 November 1979"),
        (("what was the iran hostage crisis", "when did it start?"), "4 November 1979"),
        (("when did the suez crisis start",), "1956"),
        (("when did the falklands war start",), "1982"),
        (("when did the congress of vienna start",), "September 1814"),
    ],
)
def test_a_start_asked_is_the_subjects_own(tutor, turns, expected):
    assert expected in opening(tutor, *turns)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("when did the cold war start", "1945"),
        ("when did the cuban missile crisis begin", "14 October 1962"),
        # "Opened" is a beginning, and the title's name written out is its subject ("The
        # Strategic Arms Limitation Talks opened in Helsinki" in "SALT I and the ABM Treaty").
        ("when did the SALT talks start?", "17 November 1969"),
        # Talks other than the subject, asked of, keep the beginning asked (third review).
        ("when did the START talks begin?", "1982"),
        ("when did the good friday talks begin?", "June 1996"),
    ],
)
def test_a_sentence_dating_the_subjects_beginning_still_answers(tutor, question, expected):
    assert expected in opening(tutor, question)
