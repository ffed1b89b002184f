"""A country's own politics is declined, its institutions' part in diplomacy is answered
(issue #10, branch scope27): a question with words of internal matters (elections, bills,
courts, the police, taxes, parties, offices at home) and nothing of relations between states
is declined, unless its best passage says those words of a case the question names ("when
was Arafat elected ...", "how many judges are on the ITLOS?") or holds nearly all the question
("why did the US election matter to Eisenhower in 1956?"). Written for branch scope27, not
taken from the evaluation sets."""

import pytest

from tutor.answering.session import Session
from tutor.search.evidence import gather_evidence

DOMESTIC = [
    "how do voters in canada choose their parliament",
    "how does a new law get through the us congress",
    "who sits on the supreme court of the united states",
    "how are property taxes worked out",
    "which party won the most seats in the last italian election",
    "what is the treasury's job in the budget",
    "what does the attorney general do",
    "what does the first amendment protect",
    "how are judges appointed in the uk",
    "is the uk prime minister's salary higher than a minister's?",
]

DIPLOMATIC_ROLE = [
    ("who ratifies treaties in the US?", "Senate"),
    ("does the president appoint ambassadors?", "Senate"),
    ("what does a foreign minister do?", "foreign policy"),
    ("how did the senate vote on the panama canal treaties", "68"),
    ("who can vote in the security council", "vote"),
    ("who was secretary of state during the cuban missile crisis", "Rusk"),
    ("how does the EU parliament get elected", "elected"),
]

SAID_OF_A_NAMED_SUBJECT = [
    ("when was arafat elected president of the palestinian authority", "1996"),
    ("was willy brandt ever mayor of west berlin", "mayor"),
    ("when were the first elections to the northern ireland assembly", "1998"),
    ("how many judges are on the itlos", "21"),
    ("why did the us election matter to eisenhower in 1956", "sterling"),
    # a treaty by another of its names is of relations between states, and a year names no case
    ("how did the 2016 us election affect the paris agreement?", "Paris Agreement"),
    ("how did the 1980 election change detente?", "tente"),
]


@pytest.mark.parametrize("question", DOMESTIC)
def test_a_countrys_internal_matters_are_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize("question", DOMESTIC[:2])
def test_they_are_declined_after_an_answer_too(tutor, question):
    session = Session(tutor)
    session.respond("what is a treaty")
    assert session.respond(question).out_of_scope


@pytest.mark.parametrize(("question", "fact"), DIPLOMATIC_ROLE + SAID_OF_A_NAMED_SUBJECT)
def test_a_part_in_relations_between_states_or_a_named_subject_is_answered(tutor, question, fact):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope
    assert fact in reply.answer


def test_a_follow_up_the_subjects_document_says_stays_answered(tutor):
    session = Session(tutor)
    session.respond("what is the icj")
    reply = session.respond("who elects the judges?")
    assert not reply.out_of_scope
    assert "General Assembly" in reply.answer


def test_the_evidence_names_the_internal_matters(tutor):
    evidence = gather_evidence(tutor.retriever, "how is a bill passed in parliament")
    assert not evidence.in_scope
    assert evidence.domestic == ("a bill",)
    assert "internal matters (a bill)" in evidence.decision()
    assert gather_evidence(tutor.retriever, "how does parliament approve a treaty?").domestic == ()
