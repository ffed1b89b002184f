"""A yes/no claim confirmed by a sentence that says its deed in other words.

"did sadat and begin win the nobel peace prize" is said by "shared the Nobel Peace Prize";
"was george mitchell involved in the talks" by "talks chaired by ... George Mitchell"; "did camp
david lead to a peace treaty" by "led directly to". A prize shared, awarded or received was won,
who chaired, mediated or took part was involved, and an irregular past form says its verb
(`tutor.answering.claims.IMPLIED_DEEDS`). The probes were written for this change (the first two
are development questions, the third new); at 2e175254 each lacked its "Yes.". The last two are
guards: a deed said of another is no "Yes.", and a place something was held in is no host the
question names ("did the us host the geneva summit": a review found a "Yes." when "held in"
was read as hosting, which is no longer read).
"""

import pytest

from tutor.answering.session import Session


def answer(tutor, message: str) -> str:
    return Session(tutor).respond(message).answer


@pytest.mark.parametrize(
    "question, fact",
    [
        ("did sadat and begin win the nobel peace prize for camp david", "1978"),
        ("was george mitchell involved in the good friday agreement talks?", "Mitchell"),
        ("did camp david lead to a peace treaty", "1979"),
    ],
)
def test_the_deed_said_another_way_confirms(tutor, question, fact):
    reply = answer(tutor, question)
    assert reply.startswith("Yes.")
    assert fact in reply.split("Sources:")[0]


@pytest.mark.parametrize("question", ["was kissinger involved in the camp david accords", "did the us host the geneva summit in 1985"])
def test_a_deed_of_another_confirms_nothing(tutor, question):
    assert not answer(tutor, question).startswith("Yes.")
