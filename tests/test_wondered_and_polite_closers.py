"""A learner saying they have long wondered, and a polite request closing the question, are talk.

"I have always wondered what separates a consul from an ambassador, if you could explain the
distinction for me" asks what separates the two: at 9ce2a0a1 it was declined, its "always",
"wondered" and "distinction" counted as words the knowledge does not answer. From a
development part written blind (study40). The guards: "what is a treaty, if you could explain
it please" is answered as "what is a treaty" is, and "I wondered if ..." still asks whether the
claim after it holds.
"""

from tutor.answering.session import Session


def test_long_wondering_and_a_polite_closer_leave_the_comparison(tutor):
    reply = Session(tutor).respond("I have always wondered what separates a consul from an ambassador, if you could explain the distinction for me")
    assert not reply.out_of_scope
    assert "consul" in reply.answer.split("\n")[0]


def test_a_closer_after_a_definition_is_talk(tutor):
    reply = Session(tutor).respond("what is a treaty, if you could explain it please")
    assert reply.answer == Session(tutor).respond("what is a treaty").answer


def test_wondering_if_still_asks_whether_it_holds(tutor):
    assert Session(tutor).respond("I wondered if the UN has an army").answer.startswith("No.")
