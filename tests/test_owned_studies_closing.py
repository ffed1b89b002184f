"""A closing run of talk about the learner's own studies takes the words that qualify them.

"define track one diplomacy for my IR exam pls, short version" (written blind, study36) was
declined: the talk at its end was cut at "exam", which left "for my ir" in the question, and
"IR" weighed against its fit. "for my history exam" left "history", which found the history
of diplomacy. The words between "my" and a thing of the learner's studies are the learner's
too. At 2e175254 the first was declined and the second answered from the history of
diplomacy; the last is a guard: a question that ends with its own noun keeps it.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "message",
    ["define track one diplomacy for my IR exam pls, short version", "define track one diplomacy for my history exam"],
)
def test_the_learners_studies_are_left_out(tutor, message):
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope
    assert reply.answer.startswith("Track one diplomacy is the official diplomacy")


def test_a_question_ending_with_its_own_noun_keeps_it(tutor):
    reply = Session(tutor).respond("what is the official language of the un")
    assert "six official languages" in reply.answer.split("Sources:")[0]
