"""Comparisons whose two sides are named before a remark that points at them (round 28):
"X and Y, i always mix them up. which one ...?" and "X vs Y - people compare them, what's
similar and different?" compare X and Y, and so does "X vs Y what's the difference, <a remark>"; a pointing side stands only when the message names
no two things. The questions are written for these tests, not taken from an evaluation set."""

import pytest

from tutor.answering.session import Session


def read(tutor, question: str):
    session = Session(tutor)
    return tutor.intents.understand(session.read(session.asked(question))[0])


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("nato and the warsaw pact, i always mix them up. which one did the ussr lead?", ("nato", "the warsaw pact")),
        ("gatt and wto - i never get them straight, what's the difference?", ("gatt", "wto")),
        # A remark after "what's the difference" is no side.
        ("g7 vs g20 whats the difference, i keep hearing both on the news", ("g7", "g20")),
        ("kyoto protocol vs paris agreement - we had to compare them, what's similar and different?", ("kyoto protocol", "paris agreement")),
    ],
)
def test_two_things_named_before_a_remark_on_them_are_the_sides(tutor, question, sides):
    understanding = read(tutor, question)
    assert understanding.intent == "comparison" and understanding.sides == sides


def test_a_pointing_side_stands_when_the_message_names_no_two_things(tutor):
    assert read(tutor, "and how is that different from the un?").sides == ("that", "the un")
    assert Session(tutor).respond("how are they different?").intent != "comparison"


def test_two_courts_mixed_up_are_answered_side_by_side(tutor):
    answer = Session(tutor).respond("the icj and the icc, I mix them up all the time. which one tries people?").answer
    assert answer.startswith("**The key difference:**") and "individuals" in answer.split("\n")[0]


def test_a_story_of_two_people_before_which_one_is_no_comparison(tutor):
    """Only a remark that the learner mixes the two up comes between the two named and "which
    one" (review of round 28: "they both backed down" had made Kennedy and Khrushchev sides
    of a comparison answered from the Berlin speech)."""
    assert tutor.intents.understand("kennedy and khrushchev, they both backed down. which one gave up more?").intent != "comparison"
