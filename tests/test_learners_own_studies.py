"""The learner's own studies around a question are talk: a project, a presentation, an essay.

"can you give me an example of one for my project" (written blind, study38) was declined as a
question of the learner's own life: "project" was not among the studies the filler knows, as
"essay" and "homework" were. And "my essay is about the UN, when was it founded" opened "Yes.":
the talk before it was cut at "is", which left a yes/no question. A verb after a thing of the
learner's studies is that thing's, as after a person of their life. At c6603141 the first was
declined and the next two opened "Yes."; the last is a guard.
"""

import pytest

from tutor.answering.session import Session


def test_an_example_for_the_learners_project(tutor):
    session = Session(tutor)
    session.respond("what's a nuclear weapon free zone")
    reply = session.respond("can you give me an example of one for my project")
    assert not reply.out_of_scope and "Tlatelolco" in reply.answer


@pytest.mark.parametrize(
    "message, fact",
    [
        ("my essay is about the UN, when was it founded", "1945"),
        ("my project is about the UN, when was it founded", "1945"),
        ("what is a treaty, its for my presentation", "written agreement"),
    ],
)
def test_no_verdict_for_a_question_after_the_learners_studies(tutor, message, fact):
    answer = Session(tutor).respond(message).answer
    assert not answer.startswith(("Yes", "No"))
    assert fact in answer.split(". ")[0]
