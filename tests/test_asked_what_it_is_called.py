""""What is X called?" asks for X's name: "called" is no part of the phrase naming X.

"what is the pope's ambassador called" was declined: its three everyday words, "pope",
"ambassador" and "called", read as one phrase the knowledge never says. "Called" asks for the
name, as "example of" asks for a case, and the phrase is the pope's ambassador, which the
knowledge now says of the apostolic nuncio. A phrase the knowledge does not know stays
declined with "called" after it. At c6603141 the three nuncio probes were declined or met the
pope as head of state, and "what is the capital of france called" was answered.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "question",
    [
        "what is the pope's ambassador called",
        "How is called the representative of the Pope in other country? Like ambassador of Vatican.",
        "what do you call the pope's ambassador",
    ],
)
def test_the_pope_s_ambassador_is_the_nuncio(tutor, question):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope
    assert "nuncio" in reply.answer.split(".")[0]


@pytest.mark.parametrize("question", ["what is a mission statement called", "what is the capital of france called"])
def test_a_phrase_the_knowledge_lacks_stays_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


def test_a_phrase_said_with_of_and_an_article_is_known(tutor):
    """"head of a mission" is the knowledge's "head of mission": without "called" the pair was
    judged as a phrase, and only "head of a mission" word for word was looked for."""
    assert not Session(tutor).respond("what is the head of a mission called").out_of_scope

