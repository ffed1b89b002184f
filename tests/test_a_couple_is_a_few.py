""""A couple of" is "a few": how many the learner wants names nothing asked (phrasings in
dialogues/intents.yaml, round 41). After "what is a frozen conflict?", "give me a couple of
examples" was declined at 1f8a77b, "couple" read as a word the knowledge lacks; "a few" was
answered; so is "a couple examples", as "a few examples" is. The messages are this test's own, not the evaluation sets'.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "first, follow_up, said",
    [
        ("what is a frozen conflict?", "can you give a couple of examples", "Cyprus"),
        ("what is shuttle diplomacy", "a couple examples please", "Haig"),
    ],
)
def test_a_couple_of_examples_are_given_after_an_answer(tutor, first, follow_up, said):
    session = Session(tutor)
    session.respond(first)
    reply = session.respond(follow_up)
    assert not reply.out_of_scope and said in reply.answer
