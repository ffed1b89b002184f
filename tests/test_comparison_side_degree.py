"""A word of degree after a side of a comparison ("completely") is no part of what the side is.

"what's the difference between declaring a diplomat persona non grata and breaking off
diplomatic relations completely" (study38) said the notes had nothing on "breaking off diplomatic
relations completely", though a document is about breaking relations: "completely" was searched
with the side. Both probes said so at c6603141.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "question",
    [
        "what's the difference between declaring a diplomat persona non grata and breaking off diplomatic relations completely",
        "How is expelling one diplomat as persona non grata different from a country breaking off diplomatic relations entirely?",
    ],
)
def test_both_sides_are_compared(tutor, question):
    answer = Session(tutor).respond(question).answer
    assert "nothing on" not in answer
    assert "breaking diplomatic relations" in answer
