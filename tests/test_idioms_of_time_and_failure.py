"""Idioms for lasting long and failing: talks that "dragged on", a summit that "flopped".

At cde842b7 "why did korean war peace talks drag on for 2 years" and "name a summit that
flopped" were declined: neither "drag" nor "flop" is a word of the knowledge. "Was it a flop?"
judges how a thing turned out, as "was it a failure?" does, which the knowledge's facts
answer without a verdict. From a development part written blind (study41).
"""

from tutor.answering.session import Session


def test_talks_that_dragged_on(tutor):
    reply = Session(tutor).respond("why did korean war peace talks drag on for 2 years")
    assert not reply.out_of_scope and "1953" in reply.answer


def test_a_summit_that_flopped(tutor):
    reply = Session(tutor).respond("name a summit that flopped")
    assert not reply.out_of_scope and "Hanoi" in reply.answer


def test_a_flop_is_judged_not_denied(tutor):
    reply = Session(tutor).respond("was the hanoi summit a flop")
    assert not reply.answer.startswith(("No.", "Yes.")) and "without an agreement" in reply.answer


def test_a_fiasco_is_a_failure(tutor):
    # "fiasco" is no word of the knowledge: read as a failure, the question is answered.
    assert not Session(tutor).respond("was munich a fiasco").out_of_scope
