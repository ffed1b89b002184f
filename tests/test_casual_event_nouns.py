"""A casual noun standing for the event named before it carries no weight.

"who got the nobel for the camp david stuff", "which canadian diplomat won the nobel peace
prize for sorting out the suez mess?" and "the Iran hostage business under Carter, how many days
..." were declined: "stuff", "mess" and "business" counted against the best passage's fit, as
words naming something the passage lacks. After a word naming the event they name nothing
(`filler` in dialogues/intents.yaml); a business asked about ("a hostile takeover bid in
business", "my small business") is still one. Development questions written blind; at 2e175254
the first three were declined; the others are guards.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "message, fact",
    [
        ("who got the nobel for the camp david stuff", "Nobel Peace Prize"),
        ("which canadian diplomat won the nobel peace prize for sorting out the suez mess?", "Pearson"),
        ("the Iran hostage business under Carter, how many days were those poor embassy people held, well over a year I think it was", "Iran hostage crisis"),
    ],
)
def test_the_event_is_answered(tutor, message, fact):
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope and fact in reply.answer.split("Sources:")[0]


@pytest.mark.parametrize("message", ["what is a hostile takeover bid in business", "how do i set up a brand ambassador program for my small business"])
def test_a_business_asked_about_is_declined(tutor, message):
    assert Session(tutor).respond(message).out_of_scope
