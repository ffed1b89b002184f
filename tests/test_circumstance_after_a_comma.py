"""A clause of circumstance after a comma ("..., after sweden and finland joined") sets the
scene of the question before it, as it does without the comma.

"how many countries r in nato now, after sweden and finland joined" was answered with when
Finland and Sweden joined at 9ce2a0a1, not with NATO's 32 members. From a development part
written blind (blind60). The guard: after a comma, "when ..." opens a question of its own.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize("message", ["how many countries r in nato now, after sweden and finland joined", "how many countries are in nato, after sweden and finland joined"])
def test_the_clause_sets_the_scene(tutor, message):
    assert "32" in Session(tutor).respond(message).answer.split(". ")[0]


def test_when_after_a_comma_is_asked(tutor):
    assert "1961" in Session(tutor).respond("what was the berlin wall, when was it built").answer
