"""Where the learner met the subject ("heard it on the radio", "saw this on the news") is talk.

"whats shuttle diplomacy heard it on the radio" was declined: with no mark between them, the
words of where the learner heard it were searched with the question and took it out of scope.
They say how the learner came to ask, as "my teacher says" does, and are set aside wherever
they stand. The first probe was written blind (study37); it and the third were declined at
c6603141, and the second is a guard.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "message, fact",
    [
        ("whats shuttle diplomacy heard it on the radio", "back and forth"),
        ("saw this on the news, what is a demarche", "formal representation"),
        ("what is detente i read about it in the paper", "relaxation"),
    ],
)
def test_the_question_is_answered_without_where_it_was_met(tutor, message, fact):
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope
    assert fact in reply.answer.split(".")[0]


def test_the_words_are_left_out_of_what_is_searched(tutor):
    session = Session(tutor)
    assert "radio" not in session.read(session.asked("whats shuttle diplomacy heard it on the radio"))[0]
