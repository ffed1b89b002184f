"""Out-of-scope questions asked right after an answer, and questions the knowledge never
answers whatever their subject: the tutor's opinion, visiting a place (issue #10, branch oos20).

A pronoun does not make a question a follow-up on the subject before it: "how do i mediate
between them?" after an answer on arms control is about the learner's children, "will it
rain tomorrow?" about the weather. Written for branch oos20, not taken from the evaluation
sets; the follow-ups that stay answered are of the kinds the development set holds.
"""

import pytest

from tutor.answering.session import Session

# (an in-scope question answered first, a near miss pointing back with a pronoun).
AFTER_AN_ANSWER = [
    ("What is the NPT?", "my neighbours keep arguing about the fence, how do i mediate between them"),
    ("What is the Kyoto Protocol?", "will it snow in Oslo tomorrow"),
    ("Who was Henry Kissinger?", "how does the digestive system break down proteins and absorb them"),
    ("What is a sherpa?", "how long does it take to hike to the summit of kilimanjaro"),
    ("What is NATO?", "in star wars how did the rebels and the ewoks form their alliance"),
    ("What does the WTO do?", "what did the nfl and afl agree in their 1966 merger"),
]

# (the subject, a follow-up pointing back in everyday words the subject may take).
FOLLOW_UPS = [
    ("What is New START?", "is it still valid today?"),
    ("What was the ABM Treaty?", "when did the americans walk away from it?"),
    ("What is the JCPOA?", "is it still active?"),
    ("What is the NPT?", "was it meant to last forever?"),
]

OPINIONS = [
    "what do you think of the german chancellor",
    "what's your take on the european union",
    "how do you feel about the united nations",
]

VISITS = [
    "is the peace palace in the hague open to visitors",
    "what are the opening hours of the un headquarters in geneva",
    "restaurants near the european parliament in brussels",
    "how much are the tickets for a guided tour of the white house",
]

# The same words in the knowledge's sense.
ANSWERED = [
    "do diplomats have to pay parking tickets?",
    "give me an example of a state visit",
    "where is the UN headquarters?",
]


@pytest.mark.parametrize(("first", "question"), AFTER_AN_ANSWER)
def test_a_near_miss_pointing_back_is_declined_after_an_answer(tutor, first, question):
    session = Session(tutor)
    assert not session.respond(first).out_of_scope
    assert session.respond(question).out_of_scope


@pytest.mark.parametrize(("first", "question"), FOLLOW_UPS)
def test_a_follow_up_in_everyday_words_stays_with_the_subject(tutor, first, question):
    session = Session(tutor)
    first_reply = session.respond(first)
    reply = session.respond(question)
    assert not reply.out_of_scope
    assert reply.sources[0].id == first_reply.sources[0].id


@pytest.mark.parametrize("question", OPINIONS)
def test_the_tutors_opinion_is_not_given(tutor, question):
    reply = Session(tutor).respond(question)
    assert reply.out_of_scope
    assert reply.answer.startswith(tutor.templates["out_of_scope_judgement"].split(":")[0])


@pytest.mark.parametrize("question", VISITS)
def test_a_question_about_visiting_a_place_is_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize("question", ANSWERED)
def test_words_of_visits_in_the_knowledges_sense_are_answered(tutor, question):
    assert not Session(tutor).respond(question).out_of_scope


# What is to come: the next holder or event, asked with a future, or a prediction.
PREDICTIONS = [
    "who is going to chair the next g20 summit",
    "which city will host the next nato summit",
    "can you predict how the next un vote on gaza goes",
    # Whether something will come about (the review's "Yes." to a war to come).
    "will there be war between china and taiwan",
    "will there ever be peace in the middle east",
    "is russia going to invade again",
]


@pytest.mark.parametrize("question", PREDICTIONS)
def test_a_prediction_is_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


def test_the_next_step_of_a_process_is_answered(tutor):
    assert not Session(tutor).respond("what is the next step after a treaty is signed").out_of_scope


@pytest.mark.parametrize("question", ["did india and pakistan go to war in 1971", "when will new start expire", "who won the suez crisis"])
def test_a_past_war_or_a_due_end_is_no_prediction(tutor, question):
    assert not Session(tutor).respond(question).out_of_scope
