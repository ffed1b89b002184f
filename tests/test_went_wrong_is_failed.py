"""A thing "that went badly wrong" failed: an example asked of it is one of failure.

"Are there examples of summits that went badly wrong or simply broke down?" was declined at
9ce2a0a1, "badly" and "wrong" read as words of judgement; "name a treaty that went wrong" was
read as "why?" and declined too. The first is from a development part written blind
(study40). The guards: "what went wrong with the League of Nations" still asks why it failed.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "message, said",
    [
        ("Are there examples of summits that went badly wrong or simply broke down?", "Reykjavik"),
        ("name a treaty that went wrong", "failed"),
    ],
)
def test_what_went_wrong_is_an_example_of_failure(tutor, message, said):
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope and said in reply.answer.split(". ")[0]


def test_what_went_wrong_with_a_thing_still_asks_why_it_failed(tutor):
    reply = Session(tutor).respond("what went wrong with the league of nations")
    assert reply.answer.startswith("The League of Nations failed")
