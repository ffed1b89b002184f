"""Who held an office under a leader (issue 10, round 33, from a refusal in a part written blind
this round and a weak spot of round 32): "who was secretary of state under Nixon?" is answered
by the sentence naming the office with that leader, not by today's holder or a refusal; a
leader no sentence names with the office leaves the question to the usual search. Questions
written for these tests."""

import pytest

from tutor.answering.served_under import ServedUnder
from tutor.answering.session import Session
from tutor.search.text import split_sentences


def opening(tutor, question: str) -> str:
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope, question
    return split_sentences(reply.answer)[0]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who was secretary of state under nixon", "Henry Kissinger"),
        ("who was nixon's secretary of state", "Henry Kissinger"),
        ("who was secretary of state under eisenhower", "John Foster Dulles"),
        ("who was secretary of state under eisenhower during the suez crisis", "John Foster Dulles"),
        ("who was secretary of state under reagan", "Alexander Haig"),
    ],
)
def test_the_office_held_under_a_leader(tutor, question, expected):
    assert expected in opening(tutor, question)


def test_todays_holder_is_still_asked_as_before(tutor):
    assert "Marco Rubio" in opening(tutor, "who is the current us secretary of state")


@pytest.mark.parametrize(
    "question",
    [
        "who is the secretary of state",  # no leader
        "who was secretary of state under someone",  # no name
        "who was the king under the mountain",  # no office
        "who was egypt's president at camp david",  # a head of state, not an office under one
        "who was the vice president under nixon",  # no office the knowledge tells apart
        "who was the secretary general under the league of nations",  # a body, not a leader
        "who was the foreign minister for egypt at camp david",  # whose office, not under whom
    ],
)
def test_other_questions_are_not_read_as_an_office_under_a_leader(tutor, question):
    assert ServedUnder(tutor.retriever, tutor.resolver.reader).holder(question) is None


@pytest.mark.parametrize(
    "question",
    [
        # A sentence naming the office and the leader in other clauses, or the leader as the
        # office's own holder ("British Foreign Secretary Anthony Eden"), names no one under him.
        "who was foreign minister under stalin",
        "who was Hitler's foreign minister?",
        "who was eden's foreign secretary during suez?",
        # Nor one naming the leader in another relation ("the special envoy of Truman and later
        # Secretary of State", "the era of the Monroe Doctrine was over").
        "who was secretary of state under truman",
        "who was monroe's secretary of state",
        "who was austria's foreign minister at the congress of vienna",  # a country's, at an event
    ],
)
def test_a_sentence_must_name_the_office_held_under_the_leader(tutor, question):
    assert ServedUnder(tutor.retriever, tutor.resolver.reader).holder(question) is None
