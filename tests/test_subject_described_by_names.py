"""A "when?" or "where?" that describes its subject by names its defining sentence gives asks
the subject's own date or place.

"When was the Doha Agreement with the Taliban?" names the Taliban only to say which agreement
is meant: the overview's "signed in Doha, Qatar, on 29 February 2020 between the United States
and the Taliban" answers, not the section on whether the agreement was kept, which names the
Taliban most. The first two probes are from a development part written blind (study40); at
9ce2a0a1 they opened with the drone strike of 2022 and with why the leaders met. The others
are guards, right at 9ce2a0a1 too: the third, a name the defining sentence does not give,
which still picks its section, an everyday word ("signed", "dissolved"), which keeps choosing
as before, and a state the knowledge writes as a name ("when did china and the soviets fall
out", which the review of round 38 found answered with the split's causes).
"""

import pytest

from tutor.answering.session import Session


def first_sentence(tutor, message: str) -> str:
    return Session(tutor).respond(message).answer.split(". ")[0]


@pytest.mark.parametrize(
    "message, said",
    [
        ("when was the doha agreement with the taliban", "29 February 2020"),
        ("when was the reagan gorbachev geneva summit", "November 1985"),
        ("where was the doha agreement with the taliban signed", "Doha, Qatar"),
    ],
)
def test_names_describing_the_subject_ask_its_own_date_or_place(tutor, message, said):
    assert said in first_sentence(tutor, message)


def test_a_name_the_definition_lacks_still_picks_its_section(tutor):
    assert "15 August 2021" in first_sentence(tutor, "when did the taliban take kabul")


def test_an_everyday_word_still_picks_as_before(tutor):
    assert "28 June 1919" in first_sentence(tutor, "when was the treaty of versailles signed")


def test_a_word_beside_the_names_still_picks_its_section(tutor):
    # SEATO's defining sentence says it was dissolved; the date of that is in a later section.
    session = Session(tutor)
    session.respond("what is seato")
    assert "30 June 1977" in session.respond("when was it dissolved").answer.split(". ")[0]


def test_a_state_written_as_a_name_tells_which_subject_too(tutor):
    # "China" is an everyday word too, but the knowledge writes it as a name.
    assert first_sentence(tutor, "when did china and the soviets fall out").startswith("The Sino-Soviet split was")
