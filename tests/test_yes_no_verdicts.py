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


def test_a_subject_said_to_have_ended_is_not_still_a_thing(tutor):
    # The claim names only its subject: the sentence, in another section, saying the
    # treaty itself ended decides it.
    answer = Session(tutor).respond("is the inf treaty still a thing").answer
    assert answer.startswith("No. ") and "INF Treaty ended" in answer.split(". ")[1]


@pytest.mark.parametrize(
    "question",
    [
        "is the soviet union still a thing",  # "The Soviet Union withdrew the missiles": what it withdrew ended
        "is the hotline still a thing",  # "a teletype connection rather than a telephone" denies nothing of it
        "is the oau still a thing",  # founded in 1963, "25 May is still marked as Africa Day"
        "is the kyoto protocol still a thing",  # "no longer sets any country a target": an activity ended
    ],
)
def test_no_verdict_on_a_subject_still_holding_from_sentences_that_only_name_it(tutor, question):
    assert not Session(tutor).respond(question).answer.startswith(("Yes.", "No."))
