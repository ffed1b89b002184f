"""'What is the difference of X and Y', 'what is difference X and Y': a comparison of the two,
as learners of English may write it without "between".

Development questions, written blind in earlier rounds, read as definitions of whatever came
first at 9ce2a0a1 (the first's answer still said "binding" there, from the Security Council's
section). The guard: "what difference did X and Y make" asks what came of them.
"""

import pytest

from tutor.answering.session import Session


def understood(tutor, message: str):
    session = Session(tutor)
    return tutor.intents.understand(session.read(session.asked(message))[0])


@pytest.mark.parametrize(
    "message, sides",
    [
        ("what is the difference of general assembly and security council", ("general assembly", "security council")),
        ("what is difference head of state and head of government", ("head of state", "head of government")),
        ("whats the difference general assembly and security council", ("general assembly", "security council")),
    ],
)
def test_the_two_are_compared(tutor, message, sides):
    read = understood(tutor, message)
    assert read.intent == "comparison" and read.sides == sides


def test_the_key_difference_answers(tutor):
    reply = Session(tutor).respond("what is the difference of general assembly and security council").answer
    assert "binding" in reply.split("\n")[0]


def test_what_difference_something_made_is_no_comparison(tutor):
    assert understood(tutor, "what difference did the marshall plan and nato make").intent != "comparison"
