"""Two things named, then a question of how they differ, is a comparison of the two, however
the question after them is put.

"SEATO and CENTO — what was the difference between them" (the past tense, "between them") and
"Munich Agreement and Molotov-Ribbentrop pact - how they are different?" (no inversion, as
a learner of English may write it) set the two side by side, with their key difference. Both
are from a development part written blind (study40); at 9ce2a0a1 each was answered from one
document alone. So was "Kyoto Protocol and Paris Agreement, what is the main difference? ..."
(blind63, read after its figures were taken): "the main", "the key", "the biggest" difference
asks it too. The last probe is a guard: a question of one thing after two names is no
comparison.
"""

import pytest

from tutor.answering.session import Session


def understood(tutor, message: str):
    session = Session(tutor)
    return tutor.intents.understand(session.read(session.asked(message))[0])


@pytest.mark.parametrize(
    "message, sides",
    [
        ("SEATO and CENTO — what was the difference between them", ("seato", "cento")),
        ("seato and cento - whats the difference between them", ("seato", "cento")),
        ("Munich Agreement and Molotov-Ribbentrop pact - how they are different? both was just before the war", ("munich agreement", "molotov-ribbentrop pact")),
        ("Kyoto Protocol and Paris Agreement, what is the main difference? I think Kyoto had obligations only for the rich countries", ("kyoto protocol", "paris agreement")),
        ("nato and the warsaw pact - what was the biggest difference between them", ("nato", "the warsaw pact")),
    ],
)
def test_the_two_named_are_compared(tutor, message, sides):
    read = understood(tutor, message)
    assert read.intent == "comparison" and read.sides == sides


def test_the_answer_sets_both_apart(tutor):
    reply = Session(tutor).respond("SEATO and CENTO — what was the difference between them").answer
    first = reply.split("\n")[0]
    assert "Southeast Asia" in first and "Middle East" in first


def test_one_thing_asked_after_two_names_is_no_comparison(tutor):
    assert understood(tutor, "seato and cento - what was the first one called").intent != "comparison"
