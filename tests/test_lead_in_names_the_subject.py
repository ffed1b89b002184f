"""A yes/no question after a lead-in that names its subject is asked of that subject.

"armistice vs peace treaty - korea, is the war actually over?" was read as a lead-in that asks
nothing and a yes/no question after it, which was asked alone: "the war" then met the Cold War.
A question whose subject is a bare noun after "the", naming nothing itself, is asked of what
the lead-in names, and the whole message is read. One naming its own subject after a
comparison still stands alone ("memorandum of understanding vs treaty, is an MOU binding"),
and so does one after a lead-in that asks nothing. At 2e175254 the first met the Cold War; the
others are guards.
"""

from tutor.answering.session import Session


def answer(tutor, message: str) -> str:
    return Session(tutor).respond(message).answer


def test_the_bare_noun_is_the_lead_ins(tutor):
    reply = answer(tutor, "armistice vs peace treaty - korea, is the war actually over?").split("Sources:")[0]
    assert "Korean" in reply and "Cold War" not in reply


def test_the_bare_noun_keeps_the_verdict(tutor):
    # A review found "berlin wall, did the wall fall in 1989?" had lost its "Yes." when the
    # whole message was read as no yes/no question.
    assert answer(tutor, "berlin wall, did the wall fall in 1989?").startswith("Yes.")


def test_a_question_naming_its_own_subject_stands_alone(tutor):
    assert answer(tutor, "memorandum of understanding vs treaty, is an MOU binding").startswith("Usually not.")
    assert answer(tutor, "quick question, is the NPT binding?").startswith("Yes.")
