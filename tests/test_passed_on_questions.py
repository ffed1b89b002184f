"""A question the learner passes on for someone else (tutor.answering.talk, `REPORTED_ASKING`,
round 41): "my daughter wants to know when ...", "my nephew keeps asking why ...". Who asks is
no subject of the question, and the statements after it that ask nothing (a guess, what a
book says) are talk; counted, their words took the question out of scope.

The messages were written for this test, not taken from the evaluation sets. On main
(1f8a77b) the first five fail (the question read whole, the answers declined); the last two
are guards, passing there too.
"""

import pytest

from tutor.answering.session import Session


def asked(tutor, message):
    """What the session reads a message as asking, its talk left out."""
    return Session(tutor).asked(message)


@pytest.mark.parametrize(
    "message, question",
    [
        ("my daughter wants to know how long the korean war talks went on, she thinks a few weeks which seems short to me", "how long the korean war talks went on,"),
        ("our youngest needs to know who founded the african union, her worksheet says libya", "who founded the african union,"),
        ("homework night here and my nephew keeps asking why the suez canal was nationalised", "why the suez canal was nationalised"),
        # A guess is talk even when asked.
        ("our teacher wants to know when the UN was founded. I think 1945?", "when the UN was founded."),
    ],
)
def test_who_asks_and_their_guess_are_talk(tutor, message, question):
    assert asked(tutor, message).strip(" ,") == question.strip(" ,")


@pytest.mark.parametrize(
    "message, fact",
    [
        ("my daughter wants to know how long the berlin wall stood, she thinks about 40 years which seems a lot to me", "28 years"),
        ("my little brother needs to know where the treaty ending the russo-japanese war was signed, his book says somewhere in america", "Portsmouth"),
    ],
)
def test_a_passed_on_question_is_answered(tutor, message, fact):
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope and fact in reply.answer


def test_a_question_after_the_passed_on_one_stays(tutor):
    """A segment after the passed-on question that asks something is part of what is asked."""
    question = asked(tutor, "my son wants to know when the berlin wall fell, and why was it built?")
    assert "why was it built" in question


def test_the_learner_s_own_everyday_question_is_still_declined(tutor):
    """Someone else's question about the learner's own life stays out of scope."""
    reply = Session(tutor).respond("my boss keeps asking why my report is late, what do i tell her")
    assert reply.out_of_scope
