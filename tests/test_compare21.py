"""Comparisons, examples and spans asked in words no development question used (branch
compare21): the two things a learner says they mix up are the sides, not the words about
the learner; a filler after an article ("a regular ambassador") names nothing; two sides of
one document whose words are all shared but a numeral ("SALT I" and "SALT II") each get a
section of their own; a span written with a shared month ("from 1 to 21 November 1995") is
counted; the executive agreement is known beside the treaty.

The questions are written for these tests, not taken from an evaluation set."""

import pytest

from tutor.answering.session import Session
from tutor.answering.span_length import from_to, length_between, writes_days


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("i always mix up head of state and head of government, how are they different", ("head of state", "head of government")),
        ("honestly i keep confusing embassies with consulates", ("embassies", "consulates")),
        ("we get confused between a consul and an ambassador", ("a consul", "an ambassador")),
    ],
)
def test_the_two_things_a_learner_mixes_up_are_the_sides(tutor, question, sides):
    understanding = tutor.intents.understand(question)
    assert understanding.intent == "comparison" and understanding.sides == sides


def test_why_things_are_mixed_up_stays_a_why_question(tutor):
    assert tutor.intents.understand("why do people confuse the un and the league").intent == "why"


def test_a_filler_after_an_article_names_nothing(tutor):
    understanding = tutor.intents.understand("what sets a permanent representative apart from a normal ambassador")
    assert understanding.sides == ("a permanent representative", "a ambassador")
    answer = Session(tutor).respond("what sets a permanent representative apart from a normal ambassador").answer
    assert "highest-ranking diplomat" in answer and "summit" not in answer.lower()


def test_a_numbered_side_and_its_successor_each_get_their_own_section(tutor):
    answer = Session(tutor).respond("salt 1 vs salt 2, how do they differ").answer
    assert "26 May 1972" in answer and "SALT II was" in answer, answer
    assert "**Overview**" not in answer  # the overview goes by its document's title


def test_a_span_sharing_its_month_is_counted():
    ends = from_to("The talks were held from 4 to 11 February 1945 in Crimea.")
    assert ends is not None and ends[0].text == "4" and length_between(*ends) == "eight days"
    ends = from_to("It ran from 15 November to 3 December 1975.")
    assert ends is not None and ends[0].text == "15 November" and length_between(*ends) == "19 days"
    # A span running over the new year with one year written is not guessed.
    ends = from_to("from 20 December to 5 January 1990")
    assert ends is not None and length_between(*ends) is None


def test_a_how_long_answer_counts_days_written_with_a_shared_month(tutor):
    answer = Session(tutor).respond("the dayton talks, how long did they last?").answer
    assert answer.startswith("21 days, from 1 to 21 November 1995."), answer


def test_an_executive_agreement_is_set_against_a_treaty(tutor):
    answer = Session(tutor).respond("in what way is an executive agreement different from a treaty").answer
    assert "two-thirds" in answer and "Senate" in answer, answer


def test_a_span_of_a_subject_its_section_is_headed_by_is_counted(tutor):
    # The Yalta Conference is a section of summit diplomacy, not a document of its own.
    answer = Session(tutor).respond("for how long did the leaders meet at the yalta conference").answer
    assert answer.startswith("Eight days, from 4 to 11 February 1945."), answer


def test_days_of_one_month_are_a_span_with_or_without_their_year(tutor):
    ends = from_to("At the conference of 29-30 September, the powers decided.")
    assert ends is not None and length_between(*ends) == "two days" and ends[1].text == "30 September"
    ends = from_to("a meeting in Iceland on 11 and 12 October 1986")
    assert ends is not None and length_between(*ends) == "two days" and ends[1].text == "12 October 1986"
    assert from_to("signed on 12 October 1986") is None
    # Such days say no span outright: the G20's first summit "on 14 and 15 November 2008" is
    # no answer to how long a country keeps its presidency.
    assert writes_days("held on 14 and 15 November 2008")
    assert not tutor.composer.reader.has_cue("held on 14 and 15 November 2008", "span")
    assert "rotate each year" in Session(tutor).respond("for how long is a country the g20's president").answer.split(". ")[0]


def test_a_conference_dated_by_its_days_is_answered_with_their_count(tutor):
    # The Munich conference is dated "29-30 September" and said to last no time outright.
    answer = Session(tutor).respond("how long did the four powers' conference at munich go on").answer
    assert answer.startswith("Two days, from 29 to 30 September."), answer


def test_units_offered_as_the_answers_shape_do_not_put_a_question_out_of_scope(tutor):
    assert tutor.intents.without_filler("how long did the munich conference last, was it days or weeks?") == "how long did the munich conference last"
    reply = Session(tutor).respond("the talks at munich in 1938, how long were they, hours or days?")
    assert not reply.out_of_scope and "September 1938" in reply.answer, reply.answer


def test_an_example_opens_with_a_case_not_with_a_rule_laid_down_on_the_subject(tutor):
    # "The Hague Convention ... of 1899 stated that an offer of ... mediation must never be
    # treated as an unfriendly act" is the earliest dated sentence naming mediation, but no case.
    assert tutor.composer.reader.has_cue("The Hague Convention of 29 July 1899 stated that an offer of mediation is no unfriendly act.", "rule")
    answer = Session(tutor).respond("could u give me one example of mediation").answer
    assert not answer.startswith("The Hague Convention"), answer
    assert "Cordovez" in answer.split(". ")[0] or "Roosevelt" in answer.split(". ")[0], answer


def test_days_near_a_word_of_the_question_do_not_answer_what_the_knowledge_lacks(tutor):
    # Chamberlain "flew ... on 22-23 September" under a heading on his "flights" is no span of a
    # flight to Paris.
    assert Session(tutor).respond("how long is a flight to paris").out_of_scope
