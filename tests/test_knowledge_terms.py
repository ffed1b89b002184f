"""Facts the knowledge base gained for issue #10: terms of office, the G7 presidency,
how long resident embassies have existed and how many states joined the Paris Agreement.

The questions are written for these tests, in words of our own, not taken from an
evaluation set. Each asserts that the tutor answers (no refusal) and that the answer
states the fact, near its start where the section's reader puts it first.
"""

from __future__ import annotations

import pytest

from tutor.answering.session import Session


def opening(answer: str) -> str:
    """The answer's first sentence: where the asked-for fact should stand."""
    return answer.split(". ")[0]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("For how many years does the head of the AU Commission serve?", "four-year term"),
        ("How long is a UN Secretary-General in office?", "five-year term"),
        ("How long does a NATO Secretary General stay in the job?", "four-year term"),
        ("For how long does one country hold the G7 presidency?", "one-year presidency"),
    ],
)
def test_a_term_of_office_is_answered_with_its_length(tutor, question, fact):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope
    assert fact in opening(reply.answer)


def test_the_age_of_permanent_embassies_is_answered_not_refused(tutor):
    # "permanent" is the learner's word, "resident" the history's; the glossary joins them,
    # and the span ("more than five centuries") lets a "how long" question find it.
    reply = Session(tutor).respond("For how long have states kept permanent embassies abroad?")
    assert not reply.out_of_scope
    assert "15th century" in reply.answer
    assert "five centuries" in reply.answer


def test_the_paris_agreement_membership_is_counted(tutor):
    reply = Session(tutor).respond("How many countries have signed up to the Paris Agreement?")
    assert not reply.out_of_scope
    assert "195 parties" in reply.answer


def test_the_high_representative_term_is_five_years(tutor):
    reply = Session(tutor).respond("how many years does the EU High Representative serve")
    assert not reply.out_of_scope
    assert "five-year term" in reply.answer
