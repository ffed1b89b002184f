"""A yes/no claim confirmed by a sentence that says its deed in other words.

"did norway host the secret talks" is said by "The Oslo talks were held secretly in Norway";
"did sadat and begin win the nobel peace prize" by "shared the Nobel Peace Prize"; "was george
mitchell involved in the talks" by "talks chaired by ... George Mitchell"; "did camp david lead
to a peace treaty" by "led directly to". A place where talks were held hosted them, a prize
shared, awarded or received was won, who chaired, mediated or took part was involved, and an
irregular past form says its verb (`tutor.answering.claims.IMPLIED_DEEDS`). The probes were
written for this change (the first three are development questions, the others new); at
2e175254 each lacked its "Yes."; the last is a guard: a deed said of another is no "Yes.".
"""

import pytest

from tutor.answering.session import Session


def answer(tutor, message: str) -> str:
    return Session(tutor).respond(message).answer


@pytest.mark.parametrize(
    "question, fact",
    [
        ("did norway host the secret talks behind the oslo accords", "Norway"),
        ("did sadat and begin win the nobel peace prize for camp david", "1978"),
        ("was george mitchell involved in the good friday agreement talks?", "Mitchell"),
        ("did camp david lead to a peace treaty", "1979"),
    ],
)
def test_the_deed_said_another_way_confirms(tutor, question, fact):
    reply = answer(tutor, question)
    assert reply.startswith("Yes.")
    assert fact in reply.split("Sources:")[0]


def test_a_deed_of_another_confirms_nothing(tutor):
    assert not answer(tutor, "was kissinger involved in the camp david accords").startswith("Yes.")
