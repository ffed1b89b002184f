"""A subject described rather than named, then asked of after a dash or a colon (round 31,
issue 10): the description finds the document, the question after it the section, found within
that document, when that section scores close enough for the whole message. Questions written
for these tests."""

import pytest

from tutor.answering.session import Session


def first_sentence(tutor, question: str) -> tuple[str, str]:
    reply = Session(tutor).respond(question)
    return reply.answer.split(". ")[0], reply.sources[0].id if reply.sources else ""


@pytest.mark.parametrize(
    ("question", "said", "section"),
    [
        ("the deal hitler and stalin signed in august 1939 - what was in its secret protocol?", "Poland", "The secret protocol"),
        ("the agreement that ended the bosnian war: who brokered it?", "Holbrooke", "Who negotiated it and when"),
    ],
)
def test_the_question_after_a_description_picks_the_section(tutor, question, said, section):
    reply = Session(tutor).respond(question)
    assert reply.sources[0].section == section, reply.sources
    assert said in reply.answer.split("\n\nSources")[0]


def test_a_section_far_from_the_description_does_not_answer(tutor):
    # Within the immunity document, "what happened diplomatically after that" alone finds another
    # crime; the section on the shooting outside the Libyan embassy answers.
    first, _ = first_sentence(tutor, "the officer shot dead outside the libyan embassy in london in 1984 - what happened diplomatically after that?")
    assert "Libyan" in first, first


def test_a_person_pointed_back_to_keeps_the_description(tutor):
    # "he" is whom the description says; searched without it, another person the document
    # tells of (a later refuge in another embassy) answered.
    first, _ = first_sentence(tutor, "the cardinal who lived in the us embassy in budapest - how long did he stay?")
    assert "Mindszenty" in first, first
