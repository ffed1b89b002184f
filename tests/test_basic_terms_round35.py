"""Basic questions a new learner asks (round 35), written for this round, not taken from the
evaluation sets: a word of the trade before a document's own title names a kind of its
subject ("diplomatic sanctions"), which the knowledge need not say as a phrase, while an
everyday word before it still names a thing the knowledge does not know ("school
sanctions"); and "what is a peace treaty?" is answered where the knowledge defines one, not by
a case whose name holds the words. The first and the third were wrong at f4bfefa; the
others guard what was right."""

import pytest

from tutor.answering.session import Session


def reply(tutor, question: str):
    return Session(tutor).respond(question)


@pytest.mark.parametrize("question", ["what are diplomatic sanctions", "what are diplomatic sanctions?"])
def test_a_word_of_the_trade_before_a_documents_title_is_answered(tutor, question):
    answer = reply(tutor, question)
    assert not answer.out_of_scope
    assert "sanction" in answer.answer.casefold() or "Article 41" in answer.answer


@pytest.mark.parametrize("question", ["what are school sanctions", "what is a mission statement", "what is a trade mark"])
def test_an_everyday_word_before_a_title_or_a_word_still_names_an_unknown_thing(tutor, question):
    assert reply(tutor, question).out_of_scope


def test_a_peace_treaty_is_defined_not_met_by_a_case(tutor):
    first = reply(tutor, "what is a peace treaty").answer.split(". ")[0]
    assert "ends a war" in first and "Egypt" not in first


def test_an_armistice_is_defined(tutor):
    assert reply(tutor, "what is an armistice").answer.startswith("An armistice is")


@pytest.mark.parametrize("question", ["Embassy and consulate, what is different?", "embassy and consulate whats different"])
def test_two_things_then_what_is_different_is_a_comparison(tutor, question):
    understood = tutor.intents.understand(question.casefold())
    assert understood.intent == "comparison"
    assert reply(tutor, question).answer.startswith("**The key difference:**")


@pytest.mark.parametrize(
    "question, holder",
    [("who is the current nato secretary general", "Rutte"), ("who is nato secretary general today", "Rutte"), ("who is the un secretary general now", "Guterres")],
)
def test_who_holds_a_post_now_opens_with_the_present_holder(tutor, question, holder):
    first = reply(tutor, question).answer.split(". ")[0]
    assert holder in first


@pytest.mark.parametrize(
    "question, opening",
    [
        # "how would you explain X" asks what X is, not how it is done (it met how immunity is waived).
        ("how would you explain diplomatic immunity", "Diplomatic immunity is"),
        ("how would you explain diplomatic immunity in really simple words", "Diplomatic immunity is"),
        ("how do you define a treaty", "A treaty is"),
        # Explaining to a child is the manner of the answer, not its subject.
        ("how do i explain the un to a 10 year old", "The United Nations (UN) is"),
        ("how can i explain sanctions to my kids", "Sanctions are"),
    ],
)
def test_how_one_would_explain_something_asks_what_it_is(tutor, question, opening):
    assert reply(tutor, question).answer.startswith(opening)


@pytest.mark.parametrize("question", ["how do i explain to my kids why we are moving house", "how do i explain divorce to a 7 year old", "how would you explain photosynthesis"])
def test_explaining_something_else_to_a_child_stays_declined(tutor, question):
    assert reply(tutor, question).out_of_scope


@pytest.mark.parametrize("question", ["what are labour sanctions", "what are consular sanctions", "what is parliamentary diplomacy"])
def test_a_word_the_named_document_never_says_names_no_kind_of_its_subject(tutor, question):
    # A review found these answered once any word of the trade could stand before a title.
    assert reply(tutor, question).out_of_scope


def test_a_plural_in_ies_is_the_singulars_phrase(tutor):
    # "peace treaties" is the knowledge's "peace treaty": the phrase is known.
    assert reply(tutor, "what are peace treaties").answer.startswith("A peace treaty is")


@pytest.mark.parametrize("question", ["does an ambassador have diplomatic immunity?", "Ambassador has diplomatic immunity?", "do ambassadors have immunity"])
def test_an_ambassador_has_diplomatic_immunity(tutor, question):
    # The knowledge said it of "a diplomatic agent, meaning the ambassador", which no verdict reads.
    assert reply(tutor, question).answer.startswith("Yes.")
