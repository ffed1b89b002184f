""""Why" answers whose opening gives no cause (branch direct25): a sentence saying the cause
outright of the subject asked opens instead, even when the glossary reads a name in it as
another party's ("the UN Charter" for "the UN"); a cause of another party's deed still
does not open.
"""

from tutor.answering.session import Session


def test_a_why_opens_with_the_cause_said_outright(tutor):
    reply = Session(tutor).respond("why did the UN create peacekeeping")
    assert reply.answer.startswith("UN peacekeeping began because")


def test_a_cause_of_another_partys_deed_does_not_open(tutor):
    reply = Session(tutor).respond("why ppl blame treaty of versailles for ww2??")
    assert not reply.answer.startswith("The US Senate")
