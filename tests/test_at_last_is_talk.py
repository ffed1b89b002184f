""""Eventually", "ultimately", "finally" say only that something came at last, as "in the end"
does: "why did the oslo process eventually collapse" was declined at 9ce2a0a1, "eventually"
counted as a word the knowledge does not answer. A development question written blind.
"""

from tutor.answering.session import Session


def test_eventually_is_talk(tutor):
    reply = Session(tutor).respond("why did the oslo process eventually collapse")
    assert not reply.out_of_scope and reply.sources[0].id == "oslo-accords"
