"""A light verb in a yes/no claim ("put an embargo", "set rules", "happen after") claims
nothing its object does not: a sentence saying the rest says the claim.

At 09608699 "did arab oil producers put an oil embargo on the US in 1973" and "did the
congress of vienna set rules for diplomatic ranks" got no verdict: no sentence says "put" or
"set". From development parts (yesno22, blind6).
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "question",
    [
        "did arab oil producers put an oil embargo on the US in 1973",
        "did the congress of vienna set rules for diplomatic ranks",
        "did nixon meet mao when he went to china in 1972",
    ],
)
def test_light_verb_claims_are_confirmed(tutor, question):
    assert Session(tutor).respond(question).answer.startswith("Yes.")


def test_a_wrong_year_is_still_denied(tutor):
    # Guard: "go up" is light, the year still decides ("went up" in 1961).
    assert Session(tutor).respond("did the berlin wall go up in 1945").answer.startswith("No.")
