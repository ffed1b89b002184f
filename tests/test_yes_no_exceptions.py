"""Yes/no verdicts on what a denial excepts (issue 10, round 25): "cannot be tried ..., unless
the sending state waives that immunity" denies the trial, not the waiver, so a claim of what
only the exception says is not denied by it; a claim of what the denial covers still is.
Questions written for these tests."""

from test_yes_no_false_verdicts import verdict


def test_a_claim_of_the_exception_is_not_denied(tutor):
    assert verdict(tutor, "if a diplomat kills someone, can his immunity be waived by his country?") != "No"
    assert verdict(tutor, "is a deal possible if the alternatives change?") != "No"


def test_a_claim_of_what_the_denial_covers_is_still_denied(tutor):
    assert verdict(tutor, "can a diplomat be prosecuted for murder?") == "No"
