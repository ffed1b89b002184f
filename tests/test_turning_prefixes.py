"""A prefix that turns the word after it around ("non-compete") is known only with that word.

"What is a non-compete clause" shares "non" (of "non-resident", "non-aligned") and "clause"
(an ICJ compromissory clause) with the knowledge, but nothing of a non-compete clause: it is
declined. At 9ce2a0a1 it was answered from the ICJ; a development out-of-scope question
("... and is it enforceable in california") showed it. The guards: "a non disclosure
agreement", declined at 9ce2a0a1 too, and names the knowledge has with the prefix, still
answered.
"""

import pytest

from tutor.answering.session import Session


def declined(tutor, message: str) -> bool:
    return Session(tutor).respond(message).out_of_scope


@pytest.mark.parametrize("message", ["what is a non-compete clause", "what is a non disclosure agreement"])
def test_a_prefix_without_its_word_is_not_known(tutor, message):
    assert declined(tutor, message)


@pytest.mark.parametrize("message", ["what is the non-aligned movement", "what is a non-resident ambassador", "what is the anti-ballistic missile treaty", "what does non-intervention mean"])
def test_a_prefix_with_its_word_is_known(tutor, message):
    assert not declined(tutor, message)
