"""Yes/no verdicts found false by the round-23 lists (issue 10): one of several a sentence lists
before the others it denies has what they share ("Iceland, Norway, Switzerland and
Liechtenstein belong to the Schengen Area, while Ireland ... do not"); what a learner grants
after the claim ("even though it's not in the EU") is no part of it; and "they" in a follow-up
is the party the turn before named, not the subject under discussion. Questions written for
these tests."""

import pytest
from test_yes_no_false_verdicts import verdict

from tutor.answering.session import Session


@pytest.mark.parametrize("question", ["is norway in schengen?", "is iceland in the schengen area"])
def test_one_of_those_listed_has_it_whatever_the_others_do(tutor, question):
    assert verdict(tutor, question) == "Yes"


def test_one_of_the_others_denied_is_still_denied(tutor):
    assert verdict(tutor, "is ireland in schengen?") == "No"


@pytest.mark.parametrize("question", [
    "is norway in schengen even tho its not in the EU?",
    "is norway in schengen, though not in the EU?",
])
def test_what_the_learner_grants_is_no_part_of_the_claim(tutor, question):
    assert verdict(tutor, question) == "Yes"


def test_a_name_that_ends_like_though_is_no_concession(tutor):
    assert verdict(tutor, "did le duc tho accept the nobel prize?") == "No"


def test_they_is_the_party_the_turn_before_named(tutor):
    session = Session(tutor)
    session.respond("did the united states sign the comprehensive test ban treaty")
    answer = session.respond("did they ratify it?").answer
    # Not "Yes. The CTBT has been signed by more than 180 states and ratified by more than 170".
    assert answer.startswith("No.") and "United States" in answer.split("\n")[0]
