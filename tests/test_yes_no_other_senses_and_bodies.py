"""Yes/no verdicts a reviewer found false (round 13), by their general causes: a claim's
closing verb matched by the same word as a noun ("its work"), a deed told of another doer
when it is done to an everyday thing ("the canal"), and membership read from a sentence
counting another body's members, or the claimed member's own, or any member's duty."""

from __future__ import annotations

import pytest

from tutor.answering.session import Session


def opening(tutor, *turns: str) -> str:
    """The last answer's opening word ("Yes", "No"), or "" when it opens with no verdict."""
    session = Session(tutor)
    for turn in turns:
        answer = session.respond(turn).answer
    first = answer.split(".", 1)[0]
    return first if first in ("Yes", "No", "Opinions differ") else ""


@pytest.mark.parametrize(
    ("turns", "wrong"),
    [
        # "... and its work largely stopped after 1939": the noun, not the claimed verb.
        (("what was the league of nations", "did it work?"), "Yes"),
        (("did the league of nations work",), "Yes"),
        # "... after Egyptian President Gamal Abdel Nasser nationalised the Suez Canal Company".
        (("Did Israel nationalise the canal?",), "Yes"),
        # "The Council of Europe has 46 member states ..., among them ... Türkiye".
        (("Is Turkey a member of the EU?",), "Yes"),
        # "... Security Council (UNSC) is the organ of the United Nations, with 15 members".
        (("Is the Security Council a member of the UN?",), "Yes"),
        # "every UN member undertakes to comply with the court's decisions".
        (("is the international court of justice a member of the un",), "Yes"),
    ],
)
def test_no_verdict_from_another_sense_or_body(tutor, turns, wrong):
    assert opening(tutor, *turns) != wrong


@pytest.mark.parametrize(
    ("turns", "right"),
    [
        (("did the league of nations fail?",), "Yes"),
        (("what are sanctions", "are they effective?"), "Opinions differ"),
        (("did egypt nationalise the canal",), "Yes"),
        (("did north korea withdraw from the npt?",), "Yes"),
        (("did israel actually give the sinai back to egypt",), "Yes"),
        (("is switzerland in the un",), "Yes"),
        (("is france a member of the security council",), "Yes"),
        (("is japan a member of the g7",), "Yes"),
    ],
)
def test_right_verdicts_stand(tutor, turns, right):
    assert opening(tutor, *turns) == right
