"""A "when?" or "where?" that describes its subject by names its defining sentence gives asks
the subject's own date or place.

"When was the Doha Agreement with the Taliban?" names the Taliban only to say which agreement
is meant: the overview's "signed in Doha, Qatar, on 29 February 2020 between the United States
and the Taliban" answers, not the section on whether the agreement was kept, which names the
Taliban most. The first two probes are from a development part written blind (study40); at
9ce2a0a1 they opened with the drone strike of 2022 and with why the leaders met. The others
are guards, right at 9ce2a0a1 too: the third, a name the defining sentence does not give,
which still picks its section, and an everyday word ("signed"), which keeps choosing as before.
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
