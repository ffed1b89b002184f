"""Near misses declined by what they ask, not by their words (issue #10, branch scope23):
how a domestic office or body is filled or makes its laws, which the knowledge never says
("how is the french president elected?") though it says "president" and "elected" apart; where
markets and prices will go, whatever sanctions they name; the tutor's opinion asked anywhere
in the line, even in talk after the question. The same words asked of offices and bodies of
diplomacy the knowledge does describe stay answered. Written for branch scope23, not taken
from the evaluation sets."""

import pytest

from tutor.answering.session import Session

UNSAID_OFFICES = [
    "how is the chancellor of germany elected",
    "how are police chiefs appointed",
    "how does the russian duma pass laws",
    "how do school board elections work",
    "how is the mayor of paris elected",
    "how does the german parliament choose a chancellor",
]

SAID_OFFICES = [
    ("how is the UN Secretary-General appointed", "General Assembly"),
    ("how are judges of the international court of justice elected", "General Assembly"),
    ("how are non-permanent members of the security council elected", "General Assembly"),
    ("how is the eu high representative appointed", "European Council"),
    ("how does the general assembly elect the non-permanent members of the security council", "General Assembly"),
    # "another" names no subject the knowledge must say with the process (round 17).
    ("how does a country appoint an ambassador to another country", "agrément"),
]

MARKETS = [
    "which defence stocks should i invest in given the ukraine war",
    "will the ruble go up if sanctions are lifted",
    "what crypto coins benefit from sanctions",
]

OPINIONS = [
    "what do you personally think about brexit, in your view was it good",
    "what should the us do about china over the next 10 years? your opinion",
]


@pytest.mark.parametrize("question", UNSAID_OFFICES)
def test_how_an_office_the_knowledge_never_describes_is_filled_is_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize("question", UNSAID_OFFICES[:2])
def test_it_is_declined_after_an_answer_too(tutor, question):
    session = Session(tutor)
    session.respond("what is a treaty")
    assert session.respond(question).out_of_scope


@pytest.mark.parametrize(("question", "fact"), SAID_OFFICES)
def test_how_an_office_of_diplomacy_is_filled_is_answered(tutor, question, fact):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope
    assert fact in reply.answer


def test_a_subject_word_is_said_by_a_longer_word_it_begins(tutor):
    process = Session(tutor).resolver.standalone.process
    # The knowledge says "The chairperson of the AU Commission is elected by the Assembly".
    assert not process.unsaid("the chair of the african union commission")
    assert process.unsaid("the chair of the student union")


def test_the_subject_of_a_process_question_is_read(tutor):
    read = tutor.intents.understand
    assert read("how is the french president elected").process_subject == "the french president"
    assert read("how does the uk parliament pass a law").process_subject == "the uk parliament"
    assert read("how do student union elections work").process_subject == "student union"
    assert read("what is a treaty").process_subject is None


@pytest.mark.parametrize("question", MARKETS)
def test_where_markets_go_is_declined_whatever_sanctions_it_names(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


def test_sanctions_themselves_stay_answered(tutor):
    assert not Session(tutor).respond("why were sanctions imposed on russia in 2014").out_of_scope


@pytest.mark.parametrize("question", OPINIONS)
def test_an_opinion_asked_anywhere_in_the_line_declines_it(tutor, question):
    reply = Session(tutor).respond(question)
    assert reply.out_of_scope
    assert reply.answer.startswith(tutor.templates["out_of_scope_judgement"].split(":")[0])
