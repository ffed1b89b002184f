""""Why" questions about organisations and treaties whose documents now say why they came
about or why they are criticised (branch reason24): each question is phrased otherwise than
the development set's and the branch's check set, and the answer must come from the section
giving the reason, open with a sentence of it, and leave "who" questions to the sections
they had.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    ("question", "section", "word"),
    [
        # Why an organisation was founded: the section on why it came about.
        ("what were the reasons nato was formed", "Why NATO was founded", "Soviet"),
        ("why was the OAS created", "Why the OAS was founded", "non-intervention"),
        # Why a treaty is criticised: the NPT's two classes of states, Paris's unbinding targets.
        ("why do critics say the NPT is discriminatory", "Why the NPT is criticised", "nuclear-weapon states"),
        ("why do people say the paris climate deal is too weak", "Why the Paris Agreement is criticised", "binding"),
    ],
)
def test_a_why_is_answered_from_the_section_giving_the_reason(tutor, question, section, word):
    reply = Session(tutor).respond(question)
    assert reply.sources[0].section == section
    assert word in reply.answer.split("\n\n")[0]


def test_who_founded_it_keeps_its_own_section(tutor):
    """A section on why ASEAN came about does not take "which states founded ASEAN?"."""
    reply = Session(tutor).respond("which states founded asean")
    assert reply.answer.startswith("ASEAN was founded by five states")
