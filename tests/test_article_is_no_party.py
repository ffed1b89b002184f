"""A part of a treaty ("Article IV") is no other party to the deed a sentence tells.

"did the antarctic treaty freeze the territorial claims on antarctica" got no verdict at
cde842b7: "Article IV freezes territorial claims: ..." was read as saying the freeze of
someone other than the treaty, "IV" being capitalised. From a development part written
blind (study41).
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "question, said",
    [
        ("did the antarctic treaty freeze the territorial claims on antarctica", "Article IV freezes territorial claims"),
        # Guard: with the sentence now speaking to the claim, the verb's subject is still the treaty's.
        ("does the outer space treaty ban nukes in orbit", "nuclear weapons"),
    ],
)
def test_article_says_the_treatys_deed(tutor, question, said):
    reply = Session(tutor).respond(question)
    assert reply.answer.startswith("Yes.") and said in reply.answer
