"""A section that lists the question itself, asking for the same kind of answer, answers it.

"what does the un secretary general do" was answered at cde842b7 by the list of those who
held the post: its words are those of "Who is the UN Secretary-General?", which that section
lists, and the office's own overview, which lists "What does the UN Secretary-General do?",
scored a little lower. Found in a development part (blind50) and the terms part.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "question",
    ["what does the un secretary general do", "what is the job of the un secretary general", "what is the role of the un secretary general"],
)
def test_what_the_office_does(tutor, question):
    reply = Session(tutor).respond(question)
    assert "runs a staff" in reply.answer.split("\n\n")[0]


@pytest.mark.parametrize(
    "question, said",
    [
        # Guards: a consul's own document before another that lists "What do consulates do?",
        # and a list of holders still answered from the section listing them.
        ("what does a consul do", "Consuls carry out practical services"),
        ("name a UN secretary general", "Trygve Lie"),
    ],
)
def test_the_others_stay(tutor, question, said):
    assert said in Session(tutor).respond(question).answer
