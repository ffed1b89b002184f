"""A "how long?" answer states the length of a span whose two ends the knowledge dates but
whose length it does not say (tutor/answering/span_length.py), as precisely as the dates
are written, and never when the knowledge says the length itself, gives dates too rough
for it, or gives only the beginning.

The questions are written for these tests, not taken from an evaluation set.
"""

from __future__ import annotations

from tutor.answering.session import Session
from tutor.answering.span_length import dates_in, length_between


def first_sentence(answer: str) -> str:
    return answer.split(". ")[0]


def test_a_treaty_dated_at_both_ends_in_one_sentence_is_said_to_have_lasted_the_years_between(tutor):
    # "entered into force on 1 June 1988 and ended ... on 2 August 2019": 31 years and two months.
    reply = Session(tutor).respond("how many years was the INF treaty actually in force?")
    assert reply.intent == "duration"
    assert first_sentence(reply.answer) == "About 31 years, from 1 June 1988 to 2 August 2019"
    assert "entered into force on 1 June 1988" in reply.answer  # the knowledge's own sentence follows


def test_an_organisation_founded_in_one_sentence_and_dissolved_in_another_lasted_between_them(tutor):
    answer = Session(tutor).respond("how long did the league of nations exist").answer
    assert first_sentence(answer).startswith("About 26 years, from 10 January 1920 to")


def test_a_conference_dated_to_the_day_lasted_months(tutor):
    # 12 November 1921 to 6 February 1922: under two years, so in months.
    answer = Session(tutor).respond("how long did the washington naval conference go on for").answer
    assert first_sentence(answer) == "About three months, from 12 November 1921 to 6 February 1922"


def test_a_length_the_knowledge_says_is_not_said_again(tutor):
    # "for 444 days": the knowledge's own length answers.
    answer = Session(tutor).respond("how long were the hostages held in tehran").answer
    assert "444 days" in first_sentence(answer)
    assert not answer.startswith("About")


def test_bare_years_a_few_apart_give_no_length(tutor):
    # "from 2008 to 2012" may be four years or five: the dates answer alone.
    answer = Session(tutor).respond("how long did the first kyoto commitment period run").answer
    assert "from 2008 to 2012" in answer
    assert not answer.startswith("About")


def test_a_beginning_alone_gives_no_length(tutor):
    # NATO was founded in 1949 and the knowledge dates no end: no span is counted to any
    # later year its sentences name.
    answer = Session(tutor).respond("how long has nato been around").answer
    assert "1949" in answer
    assert not answer.startswith("About")


def test_days_are_counted_both_ends_in_and_years_to_the_half_year():
    start, end = dates_in("from 16 October 1962 to 28 October 1962")
    assert length_between(start, end) == "13 days"
    start, end = dates_in("opened on 17 November 1969 ... signed on 26 May 1972")
    assert length_between(start, end) == "about two and a half years"
    start, end = dates_in("from September 1814 to June 1815")
    assert length_between(start, end) == "about nine months"
    assert length_between(*dates_in("1618 and 1648")) == "about 30 years"
    assert length_between(*dates_in("2008 and 2012")) is None
    assert length_between(*dates_in("22 June 1941 and 23 August 1939")) is None  # the end before the start
