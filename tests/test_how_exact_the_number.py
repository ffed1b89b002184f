""""Roughly how many ...?", "approximately how many ...?": how exact the learner needs the
number is talk, which the answer's number meets anyway.

"Roughly how many member states does the UN have? I'd rather not embarrass myself at dinner."
met the Non-Aligned Movement's summits "held roughly every three years" at 9ce2a0a1. From a
development part written blind (blind60); the second probe, a guard, was right at 9ce2a0a1.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "message, said",
    [
        ("Roughly how many member states does the UN have? I'd rather not embarrass myself at dinner.", "193"),
        ("approximately how many member states does the un have", "193"),
    ],
)
def test_the_number_asked_answers(tutor, message, said):
    assert said in Session(tutor).respond(message).answer.split(". ")[0]
