"""A question naming one subject of a title of several whole is answered from that document,
with that subject's own first date.

"When did Berlin Blockade start" names "Berlin Blockade" of "Berlin Blockade and Airlift": the
Berlin Wall's overview, which scores best for its "starting on the night of 12 to 13 August
1961" and names the blockade in passing, does not answer; nor does "The Berlin Airlift began on
26 June 1948" date the blockade's start. From a development part written blind (study40); at
9ce2a0a1 the answer opened with the Berlin Wall. The guards: the airlift's start is still its
own, and a question naming the wall is still the wall's.
"""

import pytest

from tutor.answering.session import Session


def first_sentence(tutor, message: str) -> str:
    return Session(tutor).respond(message).answer.split(". ")[0]


@pytest.mark.parametrize("message", ["when did berlin blockade start", "when did the berlin blockade begin"])
def test_the_subject_named_gives_its_own_first_date(tutor, message):
    first = first_sentence(tutor, message)
    assert first.startswith("The Berlin Blockade") and "24 June 1948" in first


def test_the_other_subject_keeps_its_own_date(tutor):
    assert "26 June 1948" in first_sentence(tutor, "when did the berlin airlift start")


def test_the_wall_is_still_the_walls(tutor):
    assert "1961" in first_sentence(tutor, "when did the berlin wall go up")


def test_a_subject_the_overview_does_not_define_keeps_its_sections(tutor):
    # "AUKUS and the Quad" opens by defining AUKUS: the Quad's start is in its own section.
    assert first_sentence(tutor, "when did the quad start").startswith("The Quad grew out of")
