"""Yes/no verdicts read from what a sentence says of the claim in other words (branch
yesno17): rules of deciding exclude each other ("by majority vote?" / "by consensus"), a
claim held only in limited cases holds as a rule not, and a claim whose object a clause
says more of is confirmed by one sentence for the claim and another for the clause."""

from __future__ import annotations

import pytest

from tutor.answering.opposed_senses import opposed
from tutor.answering.session import Session
from tutor.answering.sentence_verdict import yes_or_no


def opening(tutor, question: str) -> str:
    """The answer's verdict ("Yes", "No", "Usually not", ...), or "" when it opens with none."""
    answer = Session(tutor).respond(question).answer
    first = answer.split(".", 1)[0]
    return first if first in ("Yes", "No", "Usually not", "Usually, yes", "Only partly", "Opinions differ") else ""


def test_a_rule_of_deciding_is_denied_by_the_other_rule():
    sentence = "NATO takes all its decisions by consensus, and there is no voting in the North Atlantic Council."
    assert opposed("does nato make decisions by majority vote?", sentence)
    assert opposed("does nato decide by majority?", "Because the North Atlantic Council decides by consensus, representatives negotiate.")
    assert opposed("does the osce decide unanimously?", "The OSCE takes its decisions by a simple majority.")


def test_a_rule_given_beside_the_other_denies_nothing():
    # "by consensus or, if consensus cannot be reached, by a two-thirds majority"
    both = "The AU Assembly takes its decisions by consensus or, if consensus cannot be reached, by a two-thirds majority."
    assert not opposed("does the au decide by majority?", both)
    # Nor when another sentence of the answer gives the asked rule.
    others = ("Many General Assembly resolutions are now adopted by consensus without a vote.",)
    assert not opposed("are general assembly decisions made by consensus?", "General Assembly decisions on important questions need a two-thirds majority.", others)


def test_a_plain_claim_held_only_in_limited_cases_is_not_confirmed():
    sentence = "Qualified majority voting is allowed only in limited cases, such as measures implementing a decision already agreed unanimously."
    assert yes_or_no("does the EU make its foreign policy decisions by majority vote?", sentence) == "no"
    # Asked with a modal, the claim holds in those cases.
    assert yes_or_no("can the EU use majority voting?", sentence) != "no"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # blind14: was "Yes." from the sentence allowing majority voting in limited cases.
        ("does the EU make its foreign policy decisions by majority vote?", "Usually not"),
        # was "Yes." from "the North Atlantic Council decides by consensus".
        ("does nato decide by majority?", "No"),
        ("does nato make decisions by majority vote?", "No"),
        # blind9: the claim and the clause on its object said by two sentences.
        ("can the security council impose sanctions that all un members must follow", "Yes"),
    ],
)
def test_verdicts_read_in_other_words(tutor, question, expected):
    assert opening(tutor, question) == expected


def test_the_sentence_saying_the_clause_follows_the_verdict(tutor):
    answer = Session(tutor).respond("can the security council impose sanctions that all un members must follow").answer
    first, second = answer.split(". ")[1:3]
    assert "can impose sanctions" in first
    assert "all UN member states must carry out" in second


def test_no_verdict_where_the_knowledge_gives_either_rule(tutor):
    # Consensus or, failing that, a two-thirds majority: neither yes nor no.
    assert opening(tutor, "does the AU decide by majority?") not in ("Yes", "No")
    # General Assembly resolutions: a two-thirds majority, though many by consensus.
    assert opening(tutor, "are un general assembly decisions made by consensus?") not in ("Yes", "No")
