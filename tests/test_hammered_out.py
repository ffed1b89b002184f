"""A deal "hammered out" was negotiated.

"who was the american guy who hammered out the dayton accords, bosnia thing" met the war in
Bosnia at 9ce2a0a1; read as "negotiated", it meets who negotiated the accords, Holbrooke among
them. From a development part written blind (blind60).
"""

from tutor.answering.session import Session


def test_hammered_out_is_negotiated(tutor):
    reply = Session(tutor).respond("who was the american guy who hammered out the dayton accords, bosnia thing")
    assert "negotiated" in reply.answer.split(". ")[0] and "Holbrooke" in reply.answer
