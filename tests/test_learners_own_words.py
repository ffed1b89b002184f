"""Words a learner uses that the knowledge says otherwise (round 41): "fr" (for real) is chat,
"signify" asks what a thing means, to "pretend to be" a diplomat is to pose as one, "GA" is
the General Assembly, and a people ("the Czechoslovaks", "Kenyans") names its country. At
1f8a77b each message below was declined, the learner's word counted as one the knowledge
lacks. The messages are this test's own, not the evaluation sets'.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "message, said",
    [
        ("do spies pretend to be diplomats fr?", "diplomat"),
        ("what signifies agrement in diplomacy?", "consent"),
        ("how is the secretary general appointed, does the GA just vote on it", "Security Council"),
        ("what did the czechoslovaks lose at munich", "Czechoslovakia"),
    ],
)
def test_a_learner_s_word_is_read_as_the_knowledge_says_it(tutor, message, said):
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope and said in reply.answer


@pytest.mark.parametrize(
    "word, place",
    [("czechoslovaks", "czechoslovakia"), ("slovaks", "slovakia"), ("argentinians", "argentina")],
)
def test_a_people_names_its_country(tutor, word, place):
    assert tutor.retriever.speller.correct(word) == place


@pytest.mark.parametrize("word", ["median", "romans", "koreans", "italians"])
def test_a_word_that_names_no_people_or_one_the_knowledge_has_is_left_alone(tutor, word):
    """"median" is no people of "media"; "koreans" and "romans" are the knowledge's own words
    in the plural, which the stemmer reads (the review of round 41 found them turned into
    "korea" and "romania")."""
    assert tutor.retriever.speller.correct(word) != {"median": "media", "romans": "romania", "koreans": "korea", "italians": "italia"}[word]
