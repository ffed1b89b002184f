"""A lead-in that sets something aside is part of the question, not talk before it.

"besides tlatelolco, are there other nuclear weapon free zone treaties? name one" was read as
a lead-in ("besides tlatelolco,") and a yes/no question after it, which was then asked alone:
it no longer set Tlatelolco aside, and the answer defined Tlatelolco. "apart from antarctica,
is there an example of ..." opened "No.". A lead-in setting something aside keeps the
question whole. Both are development questions written blind; at 2e175254 the first defined
Tlatelolco and the second opened "No."; the last is a guard: a lead-in that asks nothing
still gives way to the yes/no question after it.
"""

import pytest

from tutor.answering.session import Session


def answer(tutor, message: str) -> str:
    return Session(tutor).respond(message).answer


@pytest.mark.parametrize(
    "message",
    [
        "besides tlatelolco, are there other nuclear weapon free zone treaties? name one",
        "apart from antarctica, is there an example of a treaty making a whole region nuclear weapon free?",
    ],
)
def test_the_others_are_named(tutor, message):
    reply = answer(tutor, message).split("Sources:")[0]
    assert "Rarotonga" in reply
    assert not reply.startswith("No.")


def test_a_lead_in_asking_nothing_gives_way(tutor):
    assert answer(tutor, "quick question, is the NPT binding?").startswith("Yes.")
