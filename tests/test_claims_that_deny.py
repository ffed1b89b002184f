"""A claim that itself denies is decided as the claim without its denial, "yes" and "no"
turned round (`sentence_verdict.the_claim_undenied`, `Verdicts.decide`, round 41). "is it
true that the Holy See is not a member of the UN?" got "No." at 1f8a77b, as "is the Holy See a
member of the UN?" rightly does: the verdict read the claim as if it did not deny. A question
asked with a negative auxiliary ("isn't the Holy See a member?") still asks whether the
positive claim holds. The messages are this test's own, not the evaluation sets'.
"""

import pytest

from tutor.answering.session import Session
from tutor.answering.sentence_verdict import the_claim_undenied


@pytest.mark.parametrize(
    "message, verdict",
    [
        ("is it true that the holy see is not a member of the UN?", "Yes."),
        ("the vatican isn't a UN member, right?", "Yes."),
        ("is it true that switzerland is not a member of the EU?", "Yes."),
        ("is it true that the JCPOA is not a treaty?", "Yes."),
        # The claim without its denial gets no verdict: the claim is read as asked.
        ("the US has not ratified UNCLOS, right?", "Yes."),
        # Guards: the positive claims, and one asked with a negative auxiliary.
        ("is the holy see a member of the UN?", "No."),
        ("isn't the holy see a member of the UN?", "No."),
        ("is switzerland a member of the EU?", "No."),
    ],
)
def test_a_claim_that_denies_gets_the_verdict_on_what_it_says(tutor, message, verdict):
    assert Session(tutor).respond(message).answer.startswith(verdict)


@pytest.mark.parametrize(
    "question, undenied",
    [
        ("is it true that the holy see is not a member of the UN?", "is it true that the holy see is a member of the UN?"),
        ("the vatican isn't a UN member, right?", "the vatican is a UN member, right?"),
        ("diplomats cannot be arrested, right?", "diplomats can be arrested, right?"),
        ("diplomats can't be arrested, right?", "diplomats can be arrested, right?"),
        ("am i right in thinking that the UN isn't in geneva", "am i right in thinking that the UN is in geneva"),
        ("the US never ratified kyoto, right?", "the US ratified kyoto, right?"),
        ("isn't the holy see a member of the UN?", None),
        ("is it true that no state has left the UN?", None),
        ("is it true that it is not not binding?", None),
    ],
)
def test_the_claim_without_its_denial(question, undenied):
    assert the_claim_undenied(question) == undenied
