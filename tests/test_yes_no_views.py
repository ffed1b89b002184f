"""A yes/no claim that its subject is seen one way, and nothing else ("was the treaty of
versailles fair?"), gets no verdict from a sentence that uses the word of something else ("Wilson
wanted a fair settlement"): the answer gives what the knowledge says (round 32, issue 10, from a
false "Yes." a review found). A claim of more than a view still gets its verdict. Questions
written for these tests."""

import pytest
from test_yes_no_false_verdicts import verdict


@pytest.mark.parametrize("question", ["was the treaty of versailles fair?", "was the versailles treaty really that fair"])
def test_a_view_alone_gets_no_verdict(tutor, question):
    assert verdict(tutor, question) == ""


def test_only_a_view_said_last_is_read_as_one():
    from tutor.answering.verdicts import JUDGED

    assert JUDGED.match("was the treaty of versailles fair")["view"] == "fair"
    assert JUDGED.match("is the veto so very unfair?")["view"] == "unfair"
    # A kind the subject is claimed to be is no view ("a fair settlement" names a settlement).
    assert JUDGED.match("was it a fair settlement")["view"] == "settlement"
    assert JUDGED.match("did wilson want a fair settlement") is None
