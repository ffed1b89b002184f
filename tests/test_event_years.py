"""A past event claimed in a year ("was the Cuban Missile Crisis in 1962?") is answered from
the dates its own document is titled with: "Yes." with a sentence giving the year, "No."
with the sentence that dates it otherwise."""

from __future__ import annotations

import pytest

from tutor.answering.session import Session
from tutor.search.text import full_years


@pytest.mark.parametrize(
    "question, verdict, year",
    [
        ("was the cuban missile crisis in 1962?", "Yes", "1962"),
        ("did the cuban missile crisis happen in 1962?", "Yes", "1962"),
        ("was the cuban missile crisis in 1963?", "No", "1962"),
        ("did the congress of vienna take place in 1820?", "No", "1815"),
        ("was the congress of vienna held in 1815?", "Yes", "1815"),
        ("was the munich agreement in 1939?", "No", "1938"),
    ],
)
def test_the_events_own_dates_answer(tutor, question, verdict, year):
    answer = Session(tutor).respond(question).answer
    first = answer.split(". ", 2)
    assert first[0] == verdict and year in first[1]


def test_a_claim_naming_more_than_the_event_and_a_year_is_left_to_the_sentences(tutor):
    # "Chamberlain" and "signed" are claimed too: the dates of the agreement do not answer them.
    answer = Session(tutor).respond("did chamberlain sign the munich agreement in 1938?").answer
    assert not answer.startswith(("Yes.", "No."))
    # A claim about now is no date's to answer.
    assert not Session(tutor).respond("is the suez crisis in 1957?").answer.startswith("No.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("when nixon visited in 72?", "when nixon visited in 1972?"),
        ("back in 89", "back in 1989"),
        ("the '62 crisis", "the 1962 crisis"),
        ("in '03", "in 2003"),
        ("who was US president during the 62 crisis", "who was US president during the 1962 crisis"),
        ("the 15 members", "the 15 members"),
        # Counts, not years: a unit or a plural noun follows, or no word placing it in time.
        ("in 72 hours", "in 72 hours"),
        ("in 45 countries", "in 45 countries"),
        ("was the treaty ratified in 40 member states?", "was the treaty ratified in 40 member states?"),
        ("in 41 of the 60 states", "in 41 of the 60 states"),
        ("in 30 min", "in 30 min"),
        ("until 91 when the ussr fell", "until 1991 when the ussr fell"),
        ("when was the group of 77 founded", "when was the group of 77 founded"),
        ("ratified by 50", "ratified by 50"),
        ("article 51", "article 51"),
    ],
)
def test_two_digit_years_are_read_as_years(text, read):
    assert full_years(text) == read


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("was the camp david accords signed in 79", "No"),  # 17 September 1978
        ("was the berlin wall built in 61", "Yes"),
    ],
)
def test_a_year_written_with_two_digits_is_checked_as_one(tutor, question, verdict):
    assert Session(tutor).respond(question).answer.startswith(f"{verdict}.")


def test_a_follow_up_year_of_a_section_dated_that_year_is_no_denial(tutor):
    """"Was it in 87?" after a question on Reagan's speech at the Berlin Wall: the answering
    section is dated 1987, so the wall's own date (1961) does not make it "No." (a review of
    fb2e1c7 found that false verdict); a deed claimed of the wall is still dated by the wall."""
    session = Session(tutor)
    session.respond("tell me about reagan in berlin in 87")
    answer = session.respond("was it in 87?").answer
    assert not answer.startswith("No.") and "12 June 1987" in answer
    assert Session(tutor).respond("was the berlin wall built in 1962").answer.startswith("No.")
