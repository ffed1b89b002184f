"""Terms of the trade: keyness against everyday English, and the scope check built on it."""

from tutor.answering.session import Session
from tutor.search.keyness import term_keyness
from tutor.search.text import Stemmer


def test_a_word_the_knowledge_uses_far_more_than_english_scores_high():
    knowledge = {"embassy": 30, "embassies": 10, "tie": 2, "point": 2, "the": 400}
    english = {"embassy": 100, "tie": 60_000, "point": 300_000, "the": 20_000_000}
    keyness = term_keyness(knowledge, english, Stemmer())
    assert keyness["embassi"] > 5 > keyness["tie"] > keyness["point"]  # "embassies" counts with "embassy"
    assert keyness["the"] < 0  # as common in the knowledge as in English: no term of it


def test_a_word_english_never_uses_is_smoothed_not_infinite():
    keyness = term_keyness({"holbrooke": 3, "talks": 97}, {"talks": 5000}, Stemmer())
    assert keyness["holbrook"] > keyness["talk"] and keyness["holbrook"] < 100


def test_a_question_meeting_the_knowledge_only_in_an_everyday_word_is_declined(tutor):
    # "tie" is in the knowledge base ("diplomatic ties"), and is the whole of the question.
    assert Session(tutor).respond("how to tie a tie").out_of_scope
    assert not Session(tutor).respond("when were diplomatic ties between Qatar and Saudi Arabia restored?").out_of_scope


def test_a_question_its_section_lists_is_answered_whatever_its_words(tutor):
    # "wrote" and "yes" are everyday words, but the section says it answers this question.
    reply = Session(tutor).respond("who wrote getting to yes")
    assert not reply.out_of_scope and "Fisher" in reply.answer
