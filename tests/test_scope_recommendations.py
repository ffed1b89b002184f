"""Recommendations, verdicts on a choice and predictions are declined whatever their subject
(issue #10, branch oos21): "should France leave NATO?" asks what a state ought to do, which
the knowledge never says, however much it says of France and NATO. The same words asking
what the knowledge reports ("why do people call Munich a mistake?", "how should an
ambassador be addressed?") stay answered. Written for branch oos21, not taken from the
evaluation sets."""

import pytest

from tutor.answering.session import Session

RECOMMENDATIONS = [
    "should france leave nato",
    "shouldn't the us ratify the law of the sea convention",
    "honestly, should japan get a permanent seat on the security council",
    "do you think china should join the icc",
    "so do you reckon the african union will ever have a single currency",
    "the un ought to expel russia, agree?",
    "was the invasion of iraq in 2003 a huge mistake",
    "is it right for the eu to sanction hungary",
    "is the commonwealth really worth it for canada",
    "what should china do about taiwan",
    "so what should the un do next in the congo",
]

PREDICTIONS = [
    "is there going to be another cold war",
    "will a nuclear war ever happen",
    "is a war over the arctic gonna break out",
    "will japan change its constitution to rearm",
    "so will china ever recognise taiwan",
]

# The same words asking what the knowledge reports, or a rule.
ANSWERED = [
    "how should an ambassador be addressed",
    "why do people say munich 1938 was a mistake",
    "why do you think the league of nations failed",
    "do you think the league of nations failed because the us never joined",
    "should a state ratify a treaty before it enters into force",
    "what should a state do when its ambassador is expelled",
    "when will new start expire",
]


@pytest.mark.parametrize("question", RECOMMENDATIONS)
def test_a_recommendation_or_a_verdict_is_not_given(tutor, question):
    reply = Session(tutor).respond(question)
    assert reply.out_of_scope
    assert reply.answer.startswith(tutor.templates["out_of_scope_judgement"].split(":")[0])


@pytest.mark.parametrize("question", PREDICTIONS)
def test_a_prediction_asked_with_going_to_or_happen_is_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize("question", ANSWERED)
def test_the_same_words_asking_what_the_knowledge_reports_are_answered(tutor, question):
    assert not Session(tutor).respond(question).out_of_scope


def test_a_recommendation_after_an_answer_is_declined(tutor):
    session = Session(tutor)
    assert not session.respond("What is NATO?").out_of_scope
    assert session.respond("should sweden have joined it?").out_of_scope


# The learner's own steps (a career, a course, an application), whatever institution named.
OWN_STEPS = [
    "how do i become an ambassador for australia",
    "could i get a job at the wto with an economics degree",
    "i want to work at nato one day, which languages help",
    "should i study law if i want to join the icj",
]


@pytest.mark.parametrize("question", OWN_STEPS)
def test_the_learners_own_steps_are_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize("question", ["how does someone become an ambassador", "how do you become an ambassador"])
def test_how_anyone_is_appointed_is_answered(tutor, question):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope
    assert "agr" in reply.answer


def test_will_it_after_a_subject_stays_a_follow_up(tutor):
    session = Session(tutor)
    first = session.respond("What is New START?")
    reply = session.respond("will it expire?")
    assert not reply.out_of_scope
    assert reply.sources[0].id == first.sources[0].id


@pytest.mark.parametrize("question", ["what's the time in canberra right now", "what time is it in brussels"])
def test_the_clock_now_is_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


def test_the_time_of_an_event_is_answered(tutor):
    assert not Session(tutor).respond("at what time was the armistice of 1918 signed").out_of_scope
