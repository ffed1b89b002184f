"""Allies that "fell out" split: the learner's idiom meets the knowledge's word.

"How come the Soviet Union and China fell out?" asks why the alliance broke, which the
Sino-Soviet split's section on its causes answers (the withdrawn advisers, the nuclear help
backed out of), not the treaty of 1950 that bound them. From a development part written
blind (study40); at 9ce2a0a1 it opened with the treaty of 1950.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize("message", ["How come the Soviet Union and China fell out? I thought they were both communist.", "why did the soviet union and china fall out"])
def test_falling_out_is_the_split(tutor, message):
    reply = Session(tutor).respond(message)
    assert reply.sources[0].id == "sino-soviet-split"
    assert "treaty of 1950" not in reply.answer.split(". ")[0]
