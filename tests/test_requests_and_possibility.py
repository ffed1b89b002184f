"""How learners ask (issue 10, round 34, from the blind parts 58 and study35): a piece of
writing asked for on a subject is that subject told about, while a document the learner wants
drafted for them is declined; "for my MUN speech" is talk; "can X be done?" is not denied by
"it has never been done"; "without delay" denies nothing; "the one for consulates" after
the Vienna Convention on Diplomatic Relations is the consular convention; a trade union's
bargaining is no diplomacy. Questions written for these tests."""

import pytest

from tutor.answering.session import Session


def reply_to(tutor, question: str):
    return Session(tutor).respond(question)


def answered(tutor, question: str) -> str:
    reply = reply_to(tutor, question)
    assert not reply.out_of_scope, question
    return reply.answer


@pytest.mark.parametrize(("question", "named"), [
    ("could you write a short paragraph on the UN", "United Nations"),
    ("give me an overview of the cold war", "Cold War"),
    ("can you write me a summary of the treaty of versailles", "Treaty of Versailles"),
])
def test_writing_asked_on_a_subject_tells_of_the_subject(tutor, question, named):
    first = answered(tutor, question).split("Sources:")[0].split(". ")[0]
    assert named in first


@pytest.mark.parametrize("question", [
    "our class wants to write a peace treaty with the other year 10 class after the water fight, can you draft one for us",
    "can you write me a peace treaty for my class",
    "could you draft an agreement for me and my flatmates",  # declined before too: a guard
])
def test_a_document_to_draft_for_the_learner_is_declined(tutor, question):
    assert reply_to(tutor, question).out_of_scope


@pytest.mark.parametrize("question", ["can you make a deal with iran", "can you make a treaty with the pope", "can you write one sentence about nato"])
def test_what_states_can_do_is_no_drafting_request(tutor, question):
    # "You" is anyone here, and "one sentence" no document: only writing for the learner is declined.
    answered(tutor, question)


def test_the_learners_mun_speech_is_talk(tutor):
    assert "Transnistria" in answered(tutor, "examples of frozen conflicts for my MUN speech")
    # Model UN asked about is no talk: the knowledge has nothing on it.
    assert reply_to(tutor, "what do delegates do in MUN").out_of_scope


def test_one_made_with_someone_is_no_pointer(tutor):
    session = Session(tutor)
    session.respond("what is a non-aggression pact")
    assert session.respond("did stalin make one with hitler").answer.startswith("Yes.")


def test_never_done_does_not_deny_what_can_be_done(tutor):
    assert answered(tutor, "can a country leave NATO?").startswith("Yes.")
    # Asked whether it was ever done, "never" answers; and with no sentence saying it can be
    # done, so does "never" to "can ...?"; "could" asks of the past.
    assert answered(tutor, "has any country ever left nato").startswith("No.")
    assert answered(tutor, "can japan and russia sign a peace treaty").startswith("No.")
    assert answered(tutor, "could carter ratify salt 2").startswith("No.")


def test_without_delay_denies_nothing(tutor):
    answer = answered(tutor, "is there a treaty that gives arrested foreigners the right to call their consulate")
    assert not answer.startswith("No.")


def test_a_trade_unions_bargaining_is_declined(tutor):
    assert reply_to(tutor, "how does a trade union negotiate a contract with management").out_of_scope
    assert reply_to(tutor, "what do labour unions do when they bargain with employers").out_of_scope


def test_the_one_for_another_thing_is_of_the_same_kind(tutor):
    session = Session(tutor)
    session.respond("what's the vienna convention on diplomatic relations")
    answer = session.respond("and the one for consulates, what year was that").answer
    assert "Vienna Convention on Consular Relations" in answer.split(". ")[0] and "1963" in answer.split(". ")[0]
