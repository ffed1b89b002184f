"""How far a denial reaches in the sentence that answers a yes/no question (round 32, issue 10,
from false verdicts a review found): a relative clause's "do not" ends at the main clause's verb
("the states that do not use the euro are the Czech Republic, ..." denies their use of the euro,
not their membership); "without" a noun ends before the clause that follows it ("without
American help both countries would fall"); and "may not enter without the consent" affirms a
claim that it is done with that consent. Round 33: what would or could happen "without" a thing
is a counterfactual, which neither gives nor withholds that thing ("did the president give foreign
aid?" is not denied). Sentences and questions written for these tests."""

import pytest

from tutor.answering.sentence_verdict import yes_or_no

EURO = "The members that do not use the euro are Denmark, Poland and Sweden; Denmark has an opt-out."
CONSENT = "The authorities may not enter the mission without the consent of the ambassador, even in an emergency."
HELP = "The president warned that without foreign aid both governments would fall to the rebels."


@pytest.mark.parametrize(
    ("question", "sentence", "verdict"),
    [
        ("is denmark a member", EURO, "yes"),
        ("does denmark use the euro", EURO, "no"),
        ("can the authorities enter the mission with the ambassador's consent", CONSENT, "yes"),
        ("can the authorities enter the mission with a court order", CONSENT, "no"),
        ("can the authorities enter the mission with the mayor's consent", CONSENT, "no"),
        ("can the authorities enter the mission", CONSENT, "no"),
        ("can the authorities enter the mission without permission", CONSENT, "no"),
        ("did the president warn that both governments would fall to the rebels", HELP, "yes"),
    ],
)
def test_a_denial_reaches_only_what_it_denies(question, sentence, verdict):
    assert yes_or_no(question, sentence) == verdict


@pytest.mark.parametrize("question", ["did the president give foreign aid", "did the rebels get foreign aid", "was there foreign aid"])
def test_what_would_happen_without_a_thing_does_not_deny_it(question):
    assert yes_or_no(question, HELP) != "no"


def test_a_lack_running_through_a_clause_of_its_own_still_denies(tutor):
    """"bans without any exception the return ... to a state where the person would be in danger"
    is a real denial of exceptions, not a counterfactual (round 33 review)."""
    from tutor.answering.session import Session

    assert Session(tutor).respond("are there exceptions under the convention against torture?").answer.startswith("No.")


def test_a_lack_before_a_relative_clause_with_would_still_denies():
    """"without settling who would rule" lacks the settling: "who" opens a clause of its own,
    no counterfactual (round 33, second review)."""
    sentence = "The conference ended without settling who would rule the south."
    assert yes_or_no("did the conference settle who would rule the south?", sentence) == "no"
