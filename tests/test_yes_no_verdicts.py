"""Yes/no questions as learners phrase them (issue 10): "can just one ...", "is X still a
thing?", and the general mechanisms in tutor.answering.verdicts that answer them."""

from __future__ import annotations

import pytest

from tutor.answering.session import Session
from tutor.answering.verdicts import yes_or_no


def test_a_quoted_no_is_not_a_denial():
    assert yes_or_no("can one member block it?", 'A single "no" vote from a member blocks it.') == "yes"
    assert yes_or_no("can one member block it?", "A single member cannot block it.") == "no"


@pytest.mark.parametrize(
    "question",
    [
        "can just one permanent member block a security council resolution",
        "can a single permanent member block a security council resolution?",
        "is it true that one permanent member can block a UN security council resolution?",
    ],
)
def test_one_permanent_member_can_block_a_resolution(tutor, question):
    # The deciding clause follows a colon ("...: a single "no" vote from a permanent member
    # is a veto that blocks the resolution"); the clause before it, with its "no vote
    # against", and the United States among the members, named by a word of "United Nations
    # Security Council", say nothing against it.
    assert Session(tutor).respond(question).answer.startswith("Yes. ")


def test_just_one_still_narrows_nothing_it_does_not_count():
    # "Just" before anything but "one" still narrows the claim: the sentence must narrow it too.
    assert yes_or_no("is track one just talks between two states?", "Track one runs from talks between two states up to global conferences.") == "no"
