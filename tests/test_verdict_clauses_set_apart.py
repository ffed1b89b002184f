"""A denial in a clause set against the one naming the claim is of that clause's subject.

"was the good friday agreement voted on by the public in a referendum" got "No." at cde842b7
from "... approved by referendums ..., whereas the Dayton Accords were never put to a popular
vote": the clauses naming the claim were joined without their "whereas", so Dayton's "never"
read as the agreement's. From a development part written blind (study41).
"""

from tutor.answering.session import Session


def test_whereas_keeps_a_denial_to_its_own_subject(tutor):
    reply = Session(tutor).respond("was the good friday agreement voted on by the public in a referendum")
    assert not reply.answer.startswith("No.") and "referendum" in reply.answer.split(". ")[0]


def test_a_plain_claim_is_still_confirmed(tutor):
    # Guard: the same sentence still says yes to what its own clause says.
    reply = Session(tutor).respond("was the good friday agreement approved in a referendum")
    assert reply.answer.startswith("Yes.")
