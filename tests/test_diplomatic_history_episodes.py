"""Episodes of diplomatic history added by branch know20 (the CTBT, the Congress of Paris of
1856) answer questions about them as learners ask them, from their own document, with the
fact asked for."""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    ("question", "document", "fact"),
    [
        # The CTBT is a treaty of its own, not the LTBT (the Partial Test Ban Treaty) one letter away.
        ("what is the ctbt", "comprehensive-nuclear-test-ban-treaty", "bans all nuclear explosions"),
        ("why hasnt the ctbt come into force", "comprehensive-nuclear-test-ban-treaty", "Annex 2"),
        ("what did the treaty of paris 1856 do to the black sea", "congress-of-paris-1856", "neutralised"),
        ("who chaired the congress of paris", "congress-of-paris-1856", "Walewski"),
    ],
)
def test_an_episode_answers_from_its_own_document(tutor, question, document, fact):
    reply = Session(tutor).respond(question)
    assert reply.sources and reply.sources[0].id == document, reply.answer
    assert fact in reply.answer.split("\n\n")[0], reply.answer


def test_the_ctbt_is_said_not_to_be_in_force(tutor):
    assert Session(tutor).respond("is the ctbt in force?").answer.startswith("No. The CTBT is still not in force")
