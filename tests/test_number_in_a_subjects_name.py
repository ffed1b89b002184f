"""A number in a subject's name ("one" of "track one diplomacy") is part of the name the
question gives, not a kind of case it leaves out: "examples of track one diplomacy" asks for
the examples section, as "examples of shuttle diplomacy" does.

At f271b0c5 the question was read as asking for a case of some other kind that track one
diplomacy is, and the answer opened with "Behind the diplomats stand officials ..., for
example trade, defence or environment specialists". From a development part (blind24) and
blind65 (read after its sealed measurement).
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize("question", ["examples of track one diplomacy?", "give me an example of track one diplomacy i can use in class"])
def test_examples_of_track_one(tutor, question):
    answer = Session(tutor).respond(question).answer
    assert "Camp David" in answer.split("Sources:")[0] and not answer.startswith("Behind the diplomats")


def test_examples_of_track_two_unchanged(tutor):
    # Guard: the other track's examples, as before.
    assert "Oslo" in Session(tutor).respond("examples of track two diplomacy").answer
