"""Yes/no verdicts a reviewer found wrong (branch senses16): opposed senses ("allow" /
"bans"), the verdict said of the claim's own subject ("Le Duc Tho declined it"), a "not"
in another clause, a deed taken for a definition, and "in force" said of no sentence."""

from __future__ import annotations

import pytest

from tutor.answering.categories import DEED
from tutor.answering.claims import CLAIM_CLAUSE_BREAK
from tutor.answering.opposed_senses import opposed, said_of_another
from tutor.answering.session import Session


def verdict(tutor, question: str) -> str:
    """The answer's opening word ("Yes", "No"), or "" when it opens with no verdict."""
    answer = Session(tutor).respond(question).answer
    first = answer.split(".", 1)[0]
    return first if first in ("Yes", "No") else ""


def test_an_opposed_sense_of_the_claims_object_denies():
    sentence = "Article I allows Antarctica to be used for peaceful purposes only and bans military bases, manoeuvres and weapons tests."
    assert opposed("does the antarctic treaty allow military bases?", sentence)
    assert opposed("does the treaty permit weapons tests?", "The treaty prohibits weapons tests.")
    # What it allows is another thing; and a ban denied is no ban.
    assert not opposed("does the antarctic treaty ban military bases?", sentence)
    assert not opposed("does the treaty allow weapons tests?", "The treaty does not ban weapons tests.")
    # Nor does a ban of other tests deny underground ones.
    assert not opposed("does the ptbt allow underground tests?", "It is the treaty that banned nuclear tests in the atmosphere, while still allowing underground tests.")


def test_an_opposed_sense_said_of_the_subject_denies_and_of_another_confirms_nothing():
    sentence = "Henry Kissinger and Le Duc Tho were jointly awarded the Nobel Peace Prize for 1973, but Le Duc Tho declined it."
    assert opposed("did le duc tho accept the nobel prize?", sentence)
    assert not opposed("did kissinger accept the nobel prize?", sentence)
    assert said_of_another("did kissinger decline the nobel prize?", sentence)
    assert said_of_another("did kissinger refuse the prize?", "Kissinger won the prize, shared with a negotiator, who declined it.")
    assert not said_of_another("did le duc tho decline the nobel prize?", sentence)


def test_and_that_opens_another_clause_of_what_was_said():
    clauses = CLAIM_CLAUSE_BREAK.split("Deng told her that sovereignty was not open to negotiation and that China would take Hong Kong back by 1997")
    assert clauses[-1] == "China would take Hong Kong back by 1997"


@pytest.mark.parametrize("predicate", ["signed at Montego Bay", "often called a constitution", "set up by the UN", "sometimes known as X"])
def test_a_deed_after_the_copula_is_not_a_definition(predicate):
    assert DEED.match(predicate)


@pytest.mark.parametrize("predicate", ["the treaty that sets out", "a political and military alliance", "indeed a treaty", "red"])
def test_a_kind_after_the_copula_is_a_definition(predicate):
    assert not DEED.match(predicate)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the antarctic treaty allow military bases?", "No"),
        ("does the antarctic treaty allow mining?", "No"),
        ("does the antarctic treaty ban military bases?", "Yes"),
        ("did le duc tho accept the nobel prize?", "No"),
        ("did le duc tho decline the nobel prize?", "Yes"),
        ("did hong kong return to china in 1997?", "Yes"),
        ("was hong kong returned to china in 1997?", "Yes"),
        ("is unclos a treaty?", "Yes"),
        ("is the warsaw pact in force?", "No"),
        ("is salt ii in force?", "No"),
        # "is the npt in force?" opens "As of 2025, yes." since the NPT document dates it (know27): see test_yes_no_verdicts.
        ("is the chemical weapons convention in force?", "Yes"),
    ],
)
def test_reviewed_verdicts(tutor, question, expected):
    assert verdict(tutor, question) == expected


def test_a_ban_of_other_things_does_not_deny(tutor):
    # "banned nuclear tests in the atmosphere, ..., while still allowing underground tests".
    assert verdict(tutor, "does the partial test ban treaty allow underground tests?") != "No"
    assert verdict(tutor, "does the ptbt allow underground tests?") != "No"


def test_the_other_laureate_did_not_decline(tutor):
    # Le Duc Tho declined the prize: nothing says Kissinger did.
    assert verdict(tutor, "did kissinger decline the nobel prize?") != "Yes"
