"""A phrase a question quotes is looked for as written (round 17): "who said 'peace for our
time'" is answered from the passage saying it, not from the Kellogg-Briand Pact, whose
passages share its common words; a phrase many passages say ("peace treaty") is common
wording, and the near miss quoting it is decided as any question is. Written for these
tests, not taken from an evaluation set."""

import pytest

from tutor.answering.resolution.quoted import quoted_phrases
from tutor.answering.session import Session


def test_quoted_phrases_are_read_and_apostrophes_are_not_quotes():
    assert quoted_phrases('who said "peace for our time"?') == ["peace for our time"]
    assert quoted_phrases("what does \u2018persona non grata\u2019 mean") == ["persona non grata"]
    assert quoted_phrases("what's the diplomats' job, isn't it 'big'") == []


@pytest.mark.parametrize("question", ['who said "peace for our time"', "who said 'peace for our time'?"])
def test_a_quote_the_knowledge_says_is_answered_from_the_passage_saying_it(tutor, question):
    reply = Session(tutor).respond(question)
    assert reply.sources[0].id == "munich-agreement" and "Chamberlain" in reply.answer.split(". ")[0]


def test_common_wording_quoted_gives_a_near_miss_no_pass(tutor):
    assert Session(tutor).respond("explain the 'peace treaty' between the premier league clubs and uefa over the super league").out_of_scope
