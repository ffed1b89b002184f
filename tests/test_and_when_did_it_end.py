""""And when did it end?" asks for the ending as "when did it end?" does.

After "what was SEATO", "and when did it end" met the Dulles sentence of 1954 at cde842b7: the
reading that adds "terminated" to an asked ending needed the question word first. From a
development part written blind (study41).
"""

from tutor.answering.session import Session


def test_ending_asked_after_and(tutor):
    session = Session(tutor)
    session.respond("what was SEATO")
    assert "1977" in session.respond("and when did it end").answer.split(". ")[0]
