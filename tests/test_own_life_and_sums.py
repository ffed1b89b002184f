"""Out-of-scope questions the round-24 lists and development set found answered (issue 10):
how the learner should deal with their own people ("my parents are in a cold war, how do i
mediate?"), a line asking nothing after such a question ("... my boss? any negotiation
tips"), and sums or equations; while a scene of the learner's life before a question about
diplomacy is still answered. Questions written for these tests."""

import pytest

from tutor.answering.session import Session


def reply(tutor, question: str):
    return Session(tutor).respond(question)


@pytest.mark.parametrize("question", [
    "my brother and i are in a cold war, how do we make peace",
    "how can i negotiate a truce with my roommate?",
    "how do I ask my boss for a raise? any negotiation tips",
])
def test_dealing_with_the_learners_own_people_is_declined(tutor, question):
    assert reply(tutor, question).out_of_scope


@pytest.mark.parametrize("question", ["what is 15*3", "solve 2x + 4 = 10", "solve x^2 - 9 = 0"])
def test_sums_and_equations_are_declined(tutor, question):
    assert reply(tutor, question).out_of_scope


def test_a_name_with_a_plus_is_no_sum(tutor):
    assert "P5+1" in reply(tutor, "what is the p5+1").answer
    # "2+4" before "treaty" or "talks" names the Two-plus-Four Treaty (glossary).
    assert "Two-plus-Four" in reply(tutor, "what were the 2+4 talks").answer


def test_a_scene_of_the_learners_life_before_a_question_of_diplomacy_is_answered(tutor):
    answered = reply(tutor, "my wife is joining the foreign service. what is consular immunity and can she be arrested?")
    assert not answered.out_of_scope
    assert "consul" in answered.answer.lower()


@pytest.mark.parametrize("question", ["how to win at risk board game", "best deck in the card game hearthstone for diplomacy", "who won the world cup final"])
def test_games_played_for_fun_are_declined(tutor, question):
    assert reply(tutor, question).out_of_scope


@pytest.mark.parametrize("question", [
    "has article 5 of nato been invoked since 9/11?",
    "how big a majority of the us senate, 2/3?, ratifies a treaty",
])
def test_a_slash_between_numbers_is_a_date_or_a_fraction(tutor, question):
    # "9/11" is a date and "2/3" a fraction, not a division to decline (round 25's yes/no list).
    assert not reply(tutor, question).out_of_scope
