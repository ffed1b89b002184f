""""Yet" closing a yes/no question asks where things stand now, as "still" does: "has the US
ratified the CTBT yet?" is answered from the sentence saying who has not ratified it.

At 93c2ed22 "yet" was read as a word of the claim, which no sentence says, and the
question got no verdict. From a development part (yesno23).
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize("question", ["has the US ratifed the CTBT yet?", "has the comprehensive test ban treaty come into force yet"])
def test_yet_gets_a_verdict_on_now(tutor, question):
    assert Session(tutor).respond(question).answer.startswith("No.")
