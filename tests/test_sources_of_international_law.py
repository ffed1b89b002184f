"""The sources of international law and customary law are answered from the ICJ's own section.

"what are the sources of international law" met a sentence on "the first source of doubt"
about track one diplomacy, and "what is customary international law" the Hague Regulations:
the knowledge had no section on the law the court applies (Article 38(1) of its Statute). Both
were answered so at c6603141.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    "question, facts",
    [
        ("what are the sources of international law", ("treaties", "custom", "general principles")),
        ("what does article 38 of the icj statute say", ("treaties", "custom")),
        ("what is customary international law", ("state practice", "legally bound")),
    ],
)
def test_the_first_sentence_answers(tutor, question, facts):
    first = Session(tutor).respond(question).answer.split("\n\n")[0]
    assert all(fact in first for fact in facts)


def test_a_near_miss_sharing_a_word_stays_declined(tutor):
    assert Session(tutor).respond("does qualified immunity protect police officers").out_of_scope
