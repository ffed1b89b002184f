"""A scene of the learner's life before a question naming nothing is part of what is asked.

"my old knee injury from the army plays up when it rains, what exercises help" was read as
talk and then "what exercises help", which met the SCO's joint military exercises. A question
naming nothing the knowledge knows asks of what the scene before it tells, as a question
saying "I" or "my" already did; the scope decision then reads both. A question that names its
subject keeps the scene as talk. The first probe was written blind (study37); it and the second
were answered at c6603141, and the others are guards.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "message",
    [
        "my old knee injury from the army plays up when it rains, what exercises help",
        "my old knee injury from the army plays up when it rains, any exercises",
        "my back hurts after sitting all day, what stretches help",
    ],
)
def test_a_question_of_the_scene_is_declined_with_it(tutor, message):
    assert Session(tutor).respond(message).out_of_scope


def test_the_scene_stays_with_a_question_naming_nothing(tutor):
    assert Session(tutor).asked("my old knee injury plays up when it rains, what exercises help") == "my old knee injury plays up when it rains, what exercises help"


def test_a_question_naming_its_subject_leaves_the_scene_as_talk(tutor):
    assert Session(tutor).asked("my knee hurts when it rains, what is a treaty") == "what is a treaty"
