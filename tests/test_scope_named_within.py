"""A document's title said inside another name the knowledge lacks (issue #10, branch oos21):
"the hockey Gazprom League of Nations cup" is no question on the League of Nations. With a
name the knowledge lacks right beside the title's words, the named document must cover the
rest of the question without them; the title said on its own, or with everyday words
beside it, still lowers the bar as before. Written for branch oos21, not taken from the
evaluation sets."""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize("question", ["what are the rules of the uefa nations league", "who plays in the fiba nations league"])
def test_a_title_inside_an_unknown_name_is_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize("question", ["what did the league of nations do", "how did the league of nations end", "who was the american diplomat who basically bulldozed everyone into the dayton deal"])
def test_a_title_said_with_known_or_everyday_words_is_answered(tutor, question):
    assert not Session(tutor).respond(question).out_of_scope


def test_the_rest_without_the_title_is_weighed_only_beside_an_unknown_name(tutor):
    retriever = tutor.retriever
    beside = retriever.search("what are the rules of the uefa nations league")
    plain = retriever.search("what are the rules of the league of nations")
    assert beside.mentioned_documents == plain.mentioned_documents == ["league-of-nations"]
    assert beside.rest_coverage < retriever.min_rest_coverage <= plain.rest_coverage
