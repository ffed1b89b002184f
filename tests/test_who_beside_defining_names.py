"""A "who?" naming, beside what it asks, a name the subject's defining sentence gives asks who
did the thing asked: the name only tells which subject is meant.

"Who mediated the Dayton talks on Bosnia" met the war in Bosnia (the section naming Bosnia
most) at 9ce2a0a1; without "Bosnia" the focus is "mediated", and Holbrooke, the chief mediator,
answers. Development questions written blind in earlier rounds. The guards, right at 9ce2a0a1
too: a name the question asks of ("for the Taliban") still picks its sentence, and so do a name
in a clause of circumstance ("after the Lisbon treaty") and a name of the subject itself ("EU").
"""

import pytest

from tutor.answering.session import Session


def first_sentence(tutor, message: str) -> str:
    return Session(tutor).respond(message).answer.split(". ")[0]


@pytest.mark.parametrize("message", ["who mediated the dayton talks on bosnia", "who was the american envoy that pushed through the dayton peace deal for bosnia"])
def test_the_mediator_answers(tutor, message):
    assert "Holbrooke" in first_sentence(tutor, message)


def test_a_party_asked_of_still_picks_its_sentence(tutor):
    assert "Baradar" in first_sentence(tutor, "who signed the doha agreement for the taliban")


@pytest.mark.parametrize(
    "message, said",
    [
        # A name in a clause of circumstance, and a name of the subject itself, still choose.
        ("who was the first high rep for EU foreign policy after the lisbon treaty", "Since the Lisbon Treaty"),
        ("who runs the un these days, the secretery general", "runs a staff"),
    ],
)
def test_names_the_question_asks_by_still_choose(tutor, message, said):
    assert said in Session(tutor).respond(message).answer.split("\n")[0]
