"""Comparisons and examples (branch example22): a side of "is X the same as Y or not?" ends
before the other answer to the yes/no; a comparison of two things one document treats, with
no section contrasting them, opens with the sentence of a side's own section that sets it
against the other outright; the Council of Europe is told apart from the EU; "name a treaty
that ended ..." is answered from the document titled by the kind whose definition says so.

The questions are written for these tests, not taken from an evaluation set."""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("is a treaty the same as a convention or not?", ("a treaty", "a convention")),
        ("is an embassy the same as a consulate or different", ("an embassy", "a consulate")),
        ("is soft power the same as public diplomacy or something else?", ("soft power", "public diplomacy")),
    ],
)
def test_the_other_answer_to_a_yes_no_is_no_part_of_a_side(tutor, question, sides):
    assert tutor.intents.understand(question).sides == sides


def test_consular_and_diplomatic_immunity_are_set_apart(tutor):
    answer = Session(tutor).respond("are consular and diplomatic immunity the same or not").answer
    assert "**Diplomatic immunity**" in answer and "or not" not in answer
    assert "fully protected from arrest" in answer
