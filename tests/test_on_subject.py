"""An answer's sentences after its first stay on the subject asked (`SubjectFocus.kept`):
another thing of the same kind, the rest of a section about something else, the next items
of a list and definitions of other terms are left out; sentences that continue the subject,
and the facts they carry, stay. Paraphrases written for the mechanism, not eval questions."""

from __future__ import annotations

import pytest

from tutor.answering.session import Session
from tutor.search.text import split_sentences


def body(tutor, question: str) -> str:
    return Session(tutor).respond(question).answer.split("\n\nSources:")[0]


@pytest.mark.parametrize(
    ("question", "kept", "left_out"),
    [
        # another doctrine of the same section ("the Monroe Doctrine" beside "the Truman Doctrine")
        ("what did the truman doctrine say", "Truman", "Monroe"),
        # another conference of the same section
        ("who founded the dartmouth conference", "Cold War", "Pugwash"),
        # the rest of a section on the challenges to sovereignty
        ("what does the responsibility to protect mean", "R2P", "European Union"),
        # the other regional organisations of the list whose item answers
        ("what is the league of arab states", "Cairo", "Organization of American States"),
    ],
)
def test_another_subject_is_left_out(tutor, question, kept, left_out):
    answer = body(tutor, question)
    assert kept in answer
    assert left_out not in answer


def test_a_definition_of_another_term_is_left_out(tutor):
    answer = body(tutor, "what's an attaché")
    assert "attaché" in split_sentences(answer)[0]
    assert "A consul is" not in answer


def test_sentences_that_continue_the_subject_stay(tutor):
    # The ranks themselves sit two sentences after the opening and name no word of the question.
    answer = body(tutor, "what did the vienna congress decide on the ranks of diplomats")
    assert "three classes" in answer
    assert "precedence" in answer


def test_an_explanation_asked_is_never_one_bare_sentence(tutor):
    assert len(split_sentences(body(tutor, "explain the responsibility to protect"))) > 1
    assert len(split_sentences(body(tutor, "why is the papal nuncio often dean of the diplomatic corps"))) > 1


def test_a_subject_of_everyday_words_is_named_by_them(tutor):
    # "public diplomacy" and "Article 5" are everyday words, named by the document and heading.
    assert len(split_sentences(body(tutor, "who came up with the term public diplomacy"))) > 1
    assert "armed attack" in body(tutor, "when was nato's article 5 invoked")
