"""Comparisons asking what two things share ("similarities between X and Y", "how are X and
Y alike?"): the answer does not call a sentence setting them apart what they share, and says
plainly when the knowledge only tells how they differ.

The questions are written for these tests, not taken from an evaluation set."""

import pytest

from tutor.answering.composition import ASKS_LIKENESS, SAYS_LIKENESS
from tutor.answering.session import Session


@pytest.mark.parametrize(
    "question",
    ["what are the similarities between an embassy and a consulate", "how are an embassy and a consulate alike?", "what do an embassy and a consulate have in common"],
)
def test_asked_what_they_share_a_difference_is_not_offered_as_likeness(tutor, question):
    answer = Session(tutor).respond(question).answer
    opening = answer.split("\n\n")[0]
    assert opening.startswith("I have no passage on what they share")
    assert "Side by side" in answer and "consul" in answer.casefold()


def test_asked_how_they_differ_the_key_difference_opens(tutor):
    answer = Session(tutor).respond("what is the difference between an embassy and a consulate").answer
    assert answer.startswith("**The key difference:**")


@pytest.mark.parametrize(
    ("text", "likeness"),
    [("how are NATO and the OSCE similar", True), ("nato vs osce similarities", True), ("nato vs osce differences", False), ("how do nato and the osce differ", False)],
)
def test_what_asks_likeness(text, likeness):
    assert bool(ASKS_LIKENESS.search(text)) is likeness


@pytest.mark.parametrize(
    ("sentence", "says"),
    [("Both bodies work by consensus.", True), ("Like the League, the UN has an assembly of all members.", True), ("The League decided by unanimity, whereas the UN votes.", False)],
)
def test_what_says_likeness(sentence, says):
    assert bool(SAYS_LIKENESS.search(sentence)) is says


def test_a_difference_asked_beside_a_likeness_is_a_difference(tutor):
    answer = Session(tutor).respond("what's the difference between an embassy and a consulate, since they seem so similar?").answer
    assert answer.startswith("**The key difference:**")
