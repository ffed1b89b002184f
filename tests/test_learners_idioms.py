"""Idioms learners use for what the knowledge says plainly.

"did the paris peace accords of 1973 end the vietnam war for good" was declined as a request
for a judgement ("good"): ended "for good" is ended for ever. "why did russia get chucked out of
the g8" was declined: "chucked out" is an expulsion, as "kicked out" already was. "which country
got thrown out of the g8" was read as a country that withdrew ("got ... out of"), whose words the
knowledge did not fit; being thrown out is done by others. "what's the process for a new
ambassador to start work in a foreign country" met how the Oslo talks began: starting work there
is taking up one's functions. Each is a development question written blind (the last of them
from study39); at 2e175254 each was declined or met another subject; the last test is a guard.
"""

import pytest

from tutor.answering.session import Session


def answer(tutor, message: str) -> str:
    return Session(tutor).respond(message).answer


@pytest.mark.parametrize(
    "message, start, fact",
    [
        ("did the paris peace accords of 1973 end the vietnam war for good", "No.", "resumed"),
        ("why did russia get chucked out of the g8", "", "suspended Russia"),
        ("what's the process for a new ambassador to start work in a foreign country", "", "credentials"),
    ],
)
def test_the_idiom_is_read_as_the_knowledge_says_it(tutor, message, start, fact):
    reply = answer(tutor, message)
    assert reply.startswith(start)
    assert fact in reply.split("Sources:")[0]


def test_thrown_out_is_no_withdrawal(tutor):
    reply = Session(tutor).respond("which country got thrown out of the g8")
    assert not reply.out_of_scope


@pytest.mark.parametrize("message", ["is the un good for peace", "is the un a force for good"])
def test_a_judgement_is_still_declined(tutor, message):
    assert Session(tutor).respond(message).out_of_scope
