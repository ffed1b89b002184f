"""A statement tagged without a comma, and a thing named by a past deed, get their verdict.

Learners who type no marks tag a statement with a space alone ("antarctic treaty is from 1959
isnt it"); a negated auxiliary and a pronoun after a statement with its own verb is a tag, as
after a comma, while one after a bare subject is the claim's verb ("the soviets weren't
there?"). "isnt brest-litovsk the treaty where russia got out of ww1" names the treaty by a
past deed: the claim is that deed's, so the war Russia left does not deny it as an ending
would deny a claim about now. "got" tells a deed in the past like "won" ("Lester Pearson got
the Nobel peace prize ...?"), and "true or false" or "yes or no" after a statement tags it.
The probes were written for this change; at 2e175254 the first six and the two tagged "true or
false" and "yes or no" lacked their verdict or got "No.", and the tags were not read; the
others are guards.
"""

import pytest

from tutor.answering.session import Session


def answer(tutor, message: str) -> str:
    return Session(tutor).respond(message).answer


@pytest.mark.parametrize(
    "message, verdict, fact",
    [
        ("antarctic treaty is from 1959 isnt it", "Yes.", "1959"),
        ("isnt brest-litovsk the treaty where russia got out of ww1", "Yes.", "1918"),
        ("Lester Pearson got the Nobel peace prize for the Suez crisis?", "Yes.", "1957"),
        ("Kofi Annan got the nobel peace prize didn't he?", "Yes.", "2001"),
        ("the un was founded in 1945 wasnt it", "Yes.", "1945"),
        ("the un was founded in 1950 wasnt it", "No.", "1945"),
        # Said to hold now, a claim naming a past deed is still read as one about now.
        ("is the uk still a member of the eu that it joined in 1973", "No.", "2020"),
        ("is the INF treaty that trump left in force", "No.", "2019"),
        # "true or false", "yes or no" after a statement are tags too.
        ("the un was founded in 1945, true or false?", "Yes.", "1945"),
        ("nato was founded in 1949 yes or no", "Yes.", "1949"),
    ],
)
def test_the_verdict_leads(tutor, message, verdict, fact):
    reply = answer(tutor, message)
    assert reply.startswith(verdict)
    assert fact in reply.split("Sources:")[0]


@pytest.mark.parametrize(
    "text, claim",
    [
        ("antarctic treaty is from 1959 isnt it", "antarctic treaty is from 1959"),
        ("the un was founded in 1945 wasnt it?", "the un was founded in 1945"),
    ],
)
def test_a_negated_auxiliary_after_a_statement_tags_it(tutor, text, claim):
    read = tutor.intents.confirmation.read(text)
    assert read is not None and read.tagged and read.claim == claim


def test_a_negated_auxiliary_after_a_bare_subject_is_the_claims_verb(tutor):
    assert tutor.intents.confirmation.read("the soviets weren't there?") is None
