"""Near misses made of words the knowledge has, but not in the sense asked (issue #10).

A phrase of two words the knowledge says only apart ("capital of France" beside its "capital
ships" of France, "trade mark" beside Japan's "mark of inferiority"); a field the knowledge
never mentions, named before the question ("in chess, what is a diplomatic draw?"); a scene
of the learner's own life the question asks about ("... what does a ceasefire mean for us?");
and starting something named, which asks for no lesson ("how do I start a conversation with
a match?"). Written for branch oos18 after a review found such questions answered: the
review's own questions are kept apart (`FROM_REVIEW`), the others were written for the test.
"""

import pytest

from tutor.answering.session import Session
from tutor.lessons.catalogue import load_catalogue
from tutor.teaching.teacher import Teacher

# Two everyday words said as one phrase, which no passage says together.
UNSAID_PHRASES = [
    "what is the capital of Germany?",
    "what is the capital of Italy",
    "what is a state fair",
    "what is a security deposit",
    "what is a trade secret",
    "what is a war chest",
    "what is a power ballad",
    "what is a pact of silence",
    "what is the house of cards",
    "what is the league of legends",
    "what is a peace lily",
    "what is a council of war",
]

# A field the knowledge never mentions, named before the question.
FIELDS = [
    "In cricket, what is a declaration?",
    "In chess, what is a stalemate?",
    "In basketball, what is a full court press?",
    "In football, what is a transfer window?",
    "In poker, what is a bluff?",
    "In rugby, what is a conversion?",
]

# A scene of the learner's life, which the question asks about ("for us", "to us").
OWN_LIFE = [
    "My sister proposed a ceasefire in our prank war, what does a ceasefire mean to us?",
    "My flatmate wants a treaty on the dishes, what would a treaty do for us?",
    "My girlfriend and I keep fighting, what would a truce mean for us?",
]

FROM_REVIEW = [
    "What is the capital of France?",
    "In chess, what is a diplomatic draw?",
    "My boyfriend wants a ceasefire in our argument, what does a ceasefire mean for us?",
    "what is a trade mark",
    "what is a state secret",
    "what is a pact of steel",
    "I'm on a dating app, how do I start a diplomatic conversation with a match?",
]

IN_SCOPE = [
    "what were the capital ships limits of the Washington Naval Conference?",
    "what was the secret protocol of the Molotov-Ribbentrop pact?",
    "what is a ceasefire?",
    "what is a capital ship",
    "whats a joint communique",
    "what is a state visit",
    "what is the law of the sea?",
    "what is a peace conference",
    "In diplomacy, what is a demarche?",
    "in short, what is a demarche?",
    "why do states use sanctions instead of going to war",
]


@pytest.mark.parametrize("question", UNSAID_PHRASES + FIELDS + OWN_LIFE + FROM_REVIEW)
def test_near_miss_in_words_the_knowledge_has_is_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize("question", IN_SCOPE)
def test_question_using_the_same_words_in_the_knowledge_s_sense_is_answered(tutor, question):
    assert not Session(tutor).respond(question).out_of_scope


def test_the_capital_ships_question_is_answered_from_the_naval_treaty(tutor):
    reply = Session(tutor).respond("what were the capital ships limits of the Washington Naval Conference?")
    assert reply.sources[0].id == "washington-naval-conference" and "5:5:3" in reply.answer


@pytest.mark.parametrize(
    ("question", "suggests"),
    [
        ("I'm on a dating app, how do I start a conversation with a match?", False),
        ("how should I begin a negotiation with my landlord?", False),
        ("where should I start?", True),
        ("how do I begin with the lessons?", True),
    ],
)
def test_only_asking_where_to_start_learning_gets_a_lesson_suggestion(tutor, question, suggests):
    catalogue = load_catalogue()
    reply = Session(tutor, Teacher(lambda: catalogue)).respond(question)
    assert ("I suggest" in reply.answer) == suggests
    assert suggests or reply.out_of_scope


def test_three_everyday_words_the_knowledge_never_says_together_are_declined(tutor):
    # Round 23: "full immunity", "courts" and "press the sending state" in one passage made
    # "what is a full court press?" answered once more knowledge came in.
    assert Session(tutor).respond("what is a full court press").out_of_scope
    assert not Session(tutor).respond("what is soft power diplomacy").out_of_scope
