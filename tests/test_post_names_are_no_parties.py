"""A party word within the name of a post the question names ("state" of "secretary of
state") names no state: "who was the US secretary of state doing shuttle diplomacy after
the yom kippur war" asks for a person, as "who was the US diplomat doing ..." does.

At 0967b27a the question was answered by "The war of October 1973 ... began ... when Egypt
and Syria attacked": the post's "state" had counted as a party, so no sentence naming a
person was wanted. Found reading blind65 after its sealed measurement.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "question",
    [
        "who was the US secretary of state doing shuttle diplomacy after the yom kippur war",
        "who was the US secretary of state doing all the shuttling around the middle east after the yom kippur war",
    ],
)
def test_the_post_asks_for_a_person(tutor, question):
    assert Session(tutor).respond(question).answer.startswith("Henry Kissinger")
