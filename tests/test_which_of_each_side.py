"""A comparison asking "which" of each side is answered by what sets the two apart.

"ICJ or ICC - which one puts people on trial and which one is for countries" asks how the
two courts divide the work, not which one says "trial" most: its key difference ("the ICJ
... settles legal disputes between states, while the ICC tries individuals") answers, not a
sentence of one side that shares a word of the question ("shields no one from trial at the
ICC"). A question asking "which" of one side only keeps what it asks of both. The first probe
is from a development part written blind (study39); at 2e175254 it opened with the ICC's
sentence on trials; the second is a guard.
"""

from tutor.answering.session import Session


def answer(tutor, message: str) -> str:
    return Session(tutor).respond(message).answer


def test_which_of_each_side_gets_the_key_difference(tutor):
    reply = answer(tutor, "ICJ or ICC - which one puts people on trial and which one is for countries")
    first = reply.split("\n")[0]
    assert "states" in first and "individuals" in first


def test_which_asked_twice_apart_still_asks_what_it_names(tutor):
    # "which one is in force? which one isnt" asks the same of each: in force.
    reply = answer(tutor, "the npt and the ctbt, which one is in force? which one isnt")
    assert "into force" in reply.split("\n")[0]


def test_which_of_one_side_still_asks_what_it_names(tutor):
    reply = answer(tutor, "which of the g7 and g20 includes china")
    assert "China" in reply.split("\n")[0]
