"""Two readings of a long message (round 41). A second part pointing back to ask of the
learner's own doing is read whole only when it names nothing of the trade: "what's a BATNA
and how would i use it when negotiating" was declined whole at 1f8a77b, as "what are
sanctions and how do i use them on my kid" still is. And where the learner heard something,
telling it after the question ("the podcast said ..."), is a scene, whatever it names:
its words took the question out of scope; so is one saying someone told the claim ("my
teacher told us so"). "Am I right in thinking that ..." asks to confirm what follows. The
messages are this test's own.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "message, said",
    [
        ("what's a BATNA and how would i use it when negotiating", "Best Alternative"),
        ("how much did the us pay for louisiana, the podcast said something mad like 4 cents an acre", "15 million"),
        ("who chaired the dayton talks, the podcast reckons some swedish bloke", "Bildt"),
    ],
)
def test_the_question_is_answered(tutor, message, said):
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope and said in reply.answer


def test_a_second_part_of_the_learner_s_own_life_is_still_read_whole(tutor):
    assert Session(tutor).respond("what are sanctions and how do i use them on my kid").out_of_scope


@pytest.mark.parametrize(
    "message",
    [
        # A closing segment saying someone told the claim ("my teacher told us so") is a scene.
        "the UN was founded in 1945, right? my teacher told us so",
        # "Am I right in thinking that ..." asks to confirm what follows.
        "am i right in thinking that the UN was founded in 1945",
    ],
)
def test_a_claim_told_or_asked_to_be_confirmed_gets_its_verdict(tutor, message):
    assert Session(tutor).respond(message).answer.startswith("Yes.")
