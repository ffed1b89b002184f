"""A yes/no question with a second question after it gets its verdict, then both answers.

Learners confirm a fact and ask for more in one line: "did trump pull america out of the iran
nuclear deal, what year", "Was NATO set up as a response to the Warsaw Pact? Which came first".
Read whole, such a message asked the second question only, and the "Yes." or "No." the first
wanted was lost. When the whole message's answer has no verdict, the first part is asked alone,
and its verdict and the sentence saying it lead the whole answer; after a yes/no question a
comma alone may end it. A whole answer with a verdict of its own stands, and so does one to a
second part asking how the first's things differ (one comparison). And a
question after "do you know" is that question, not one whether the tutor knows. The probes were
written for this change; at c6603141 the first, second, third and fifth lacked their verdict and
"do you know who ..." got a false "Yes."; the others are guards.
"""

import pytest

from tutor.answering.compound import two_questions
from tutor.answering.session import Session


def answer(tutor, message: str) -> str:
    return Session(tutor).respond(message).answer


@pytest.mark.parametrize(
    "message, verdict, fact",
    [
        ("did trump pull america out of the iran nuclear deal, what year", "Yes.", "2018"),
        ("did trump pull america out of the iran nuclear deal? what year?", "Yes.", "2018"),
        ("Was NATO set up as a response to the Warsaw Pact? Which came first", "No.", "1949"),
        ("did kennedy and khrushchev ever meet, where", "Yes.", "Vienna"),
        ("is it true that the UN replaced the league of nations? when did that happen", "Yes.", "1946"),
        # The yes/no part is asked as the conversation stood before the message, not after it.
        ("NATO has 32 members, isn't it? when did sweden join", "Yes.", "32"),
        # A verdict the whole message gets stands, with the whole answer.
        ("is germany a permanent member, why not", "No.", "permanent members"),
    ],
)
def test_the_verdict_comes_before_the_second_answer(tutor, message, verdict, fact):
    reply = answer(tutor, message)
    assert reply.startswith(verdict)
    assert fact in reply.split("Sources:")[0]


def test_a_comma_ends_only_a_yes_no_question():
    """After a comma, a question word opens a second question only when the part before it
    is a yes/no question; a scene or a question of a kind goes on ("I've never seen that word,
    what is a demarche?")."""
    yes_no = {"did trump pull out of the iran deal"}
    asks = {"what is a demarche"}
    split = two_questions("did trump pull out of the iran deal, what year", yes_no.__contains__, yes_no=True)
    assert split == ("did trump pull out of the iran deal", "what year")
    assert two_questions("did trump pull out of the iran deal, what year", yes_no.__contains__) is None
    assert two_questions("I've never seen that word, what is a demarche?", asks.__contains__) is None
    assert two_questions("I've never seen that word, what is a demarche?", yes_no.__contains__, yes_no=True) is None


def test_a_difference_asked_after_a_yes_no_question_is_one_comparison():
    yes_no = {"do consuls have the same immunity as diplomats?"}
    message = "do consuls have the same immunity as diplomats?? whats the difference"
    assert two_questions(message, yes_no.__contains__, yes_no=True) is None


def test_a_report_before_a_question_is_no_yes_no_question(tutor):
    """"I read that ..." tells the scene: the question after it is answered of it."""
    session = Session(tutor)
    assert not session._asks_yes_no("I read that after 1962 they made a hotline between Washington and Moscow")
    assert session._asks_yes_no("Brazil is a member of the G20, yes?")
    assert session._asks_yes_no("is it true that the UN replaced the league of nations?")


@pytest.mark.parametrize(
    "message, fact",
    [
        ("do you know who kissinger was", "Henry Kissinger"),
        ("do you know, who was kissinger", "Henry Kissinger"),
        ("do you know when the UN was founded", "1945"),
        ("any idea how many members nato has", "32"),
        ("would you know when the UN was founded", "1945"),
    ],
)
def test_do_you_know_asks_the_question_after_it(tutor, message, fact):
    reply = answer(tutor, message)
    assert not reply.startswith(("Yes", "No"))
    assert fact in reply.split("Sources:")[0]


def test_do_you_know_whether_still_asks_for_a_verdict(tutor):
    assert answer(tutor, "do you know if the UN was founded in 1945").startswith("Yes.")
