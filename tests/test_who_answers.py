"""A "who?" answer opens with the person asked for (issue 10: "the names for 'who'"), on
questions written for these tests: a person of the side the question asks for, someone
named rather than a sentence naming no one, and not a person when the question asks for
states or the opening sentence already says who did it."""

import pytest

from tutor.answering.roles import Roles
from tutor.answering.session import Session
from tutor.search.text import split_sentences


def first_sentence(tutor, *turns: str) -> str:
    session = Session(tutor)
    for turn in turns[:-1]:
        session.respond(turn)
    reply = session.respond(turns[-1])
    assert not reply.out_of_scope, turns
    return split_sentences(reply.answer.split("\n\nSources:")[0])[0]


@pytest.mark.parametrize(("sentence", "names"), [
    ("The lead negotiators were Iranian Foreign Minister Mohammad Javad Zarif and US Secretary of State John Kerry.", True),
    ("The term was introduced by Roger Fisher and William Ury in Getting to Yes (1981).", True),
    # Capitalised words the knowledge also writes in lower case name no one ...
    ("BATNA stands for Best Alternative to a Negotiated Agreement: what a party will do if the talks fail.", False),
    ("The Egypt-Israel Peace Treaty is the treaty of peace between the Arab Republic of Egypt and the State of Israel.", False),
    # ... nor do two words of a document's title.
    ("At Camp David, the US team drafted a single negotiating text.", False),
])
def test_a_sentence_names_a_person_by_title_or_by_proper_names(tutor, sentence, names):
    assert Roles(tutor.retriever, tutor.composer.reader).names_person(sentence) is names


@pytest.mark.parametrize(("question", "person"), [
    ("at Dayton, who mediated for the United States?", "Holbrooke"),  # not the three presidents
    ("who was Iran's chief negotiator on the nuclear deal", "Zarif"),  # not "negotiated by Iran and the P5+1"
    ("who signed the Treaty of Versailles on behalf of the United States", "Wilson"),
])
def test_a_who_answer_opens_with_a_person_of_the_side_asked(tutor, question, person):
    assert person in first_sentence(tutor, question)


def test_two_sides_named_ask_for_neither(tutor):
    # Egypt and Israel are the parties; the mediator asked for is American.
    assert "Carter" in first_sentence(tutor, "who mediated between Egypt and Israel at Camp David?")


def test_an_opening_naming_no_one_gives_way_to_one_naming_someone(tutor):
    first = first_sentence(tutor, "tell me about the egypt-israel peace treaty", "who put their names to it?")
    assert "Sadat" in first and "Begin" in first


def test_an_opening_saying_who_did_it_stays(tutor):
    # "founded by five states" is the answer, though it names no person.
    assert "Indonesia" in first_sentence(tutor, "who founded ASEAN")


def test_a_question_asking_for_states_is_not_answered_with_people(tutor):
    first = first_sentence(tutor, "which countries negotiated the JCPOA alongside Iran?")
    assert "P5+1" in first and "Zarif" not in first


def test_who_are_they_is_answered_by_the_sentence_saying_who_they_are(tutor):
    # Not the JCPOA's definition, which names the P5+1 among its parties.
    assert first_sentence(tutor, "tell me about the iran nuclear deal", "who are the P5+1?").startswith("The P5+1 are")


def test_a_sentence_opening_with_an_office_answers_who(tutor):
    # "The Secretary-General of the United Nations is one of the most frequent providers":
    # an office is who, where no one is named by name.
    first = first_sentence(tutor, "explain good offices", "who at the UN provides them most often?")
    assert first.startswith("The Secretary-General")


def test_a_person_described_and_then_asked_for_by_name_is_a_who(tutor):
    """"the american diplomat who brokered the end of the bosnian war in 1995, name?" was
    read as asking what something is."""
    assert tutor.intents.understand("the american diplomat who brokered the end of the bosnian war in 1995, name?").intent == "who"
    assert tutor.intents.understand("the man who negotiated the treaty - his name?").intent == "who"
    for question in ("what was the name of the treaty", "the presidents signed a treaty to end the war in bosnia, what is the treaty's name?", "what is the secretary-general's name"):
        assert tutor.intents.understand(question).intent != "who", question


@pytest.mark.parametrize(
    ("question", "named"),
    [("who were the key diplomats at the congress of vienna", "Metternich"), ("who were the people behind the marshall plan", "Marshall")],
)
def test_the_kind_of_person_asked_for_names_no_subject(tutor, question, named):
    # "Diplomats" is who is asked for, not what about: it had found the Congress's rules on
    # diplomatic ranks, and "people" the plan's place in containment.
    assert named in first_sentence(tutor, question)
