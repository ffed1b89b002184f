"""How learners ask (issue 10, round 23, from the blind example and definition lists' refusals):
"I need an example of ..." asks the tutor for something and is no question about the
learner's own life; "my" left last when the talk after it went ("for my essay") is none
either; "eg?" after a subject asks for an example; a plural before "of" ("the functions of a
consul") names what belongs to the next word, no phrase the knowledge must have said. And a
verdict read from the clause that names the claim: "is protected and cannot be arrested"
denies the arrest, not the protection. Questions written for these tests."""

import pytest
from test_yes_no_false_verdicts import verdict

from tutor.answering.session import Session


def answered(tutor, question: str) -> str:
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope, question
    return reply.answer


@pytest.mark.parametrize("question", [
    "i need an example of a peace treaty",
    "I want some information on the NPT",
    "i need an example of a regional organization solving a conflict in its own region for my essay",
])
def test_a_request_to_the_tutor_is_answered(tutor, question):
    answered(tutor, question)


def test_a_need_of_the_learners_own_life_is_still_declined(tutor):
    assert Session(tutor).respond("i need a new job").out_of_scope
    assert Session(tutor).respond("what is my salary").out_of_scope


def test_eg_after_the_subject_asks_for_an_example(tutor):
    reply = Session(tutor).respond("sanctions eg?")
    assert not reply.out_of_scope and reply.intent == "example"


def test_a_plural_before_of_makes_no_unknown_phrase(tutor):
    assert "consul" in answered(tutor, "what are the functions of a consul").lower()


@pytest.mark.parametrize(("question", "expected"), [
    ("Is a diplomatic courier protected?", "Yes"),
    ("can a diplomatic courier be arrested?", "No"),
])
def test_a_denied_verb_after_and_denies_only_itself(tutor, question, expected):
    assert verdict(tutor, question) == expected


def test_a_past_inability_after_and_is_no_denial_of_the_claim(tutor):
    # "... had to sign because its old army had melted away and could not stop the Germans".
    assert verdict(tutor, "was the treaty of brest-litovsk between soviet russia and germany") != "No"


def test_what_a_claim_ends_by_saying_its_subject_is_must_be_said(tutor):
    # "Annexation is the act by which a state takes over a territory ..., usually by force"
    # says nothing of "legal" (the sentences after it call it "unlawful"): no "Usually, yes.".
    assert not Session(tutor).respond("Is annexing territory legal?").answer.startswith(("Yes", "Usually"))


@pytest.mark.parametrize("question", ["i need an example of a cover letter", "an example of a cover letter"])
def test_a_phrase_the_knowledge_never_says_is_declined_when_an_example_is_asked(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


def test_my_country_doing_diplomacy_is_asked_about_not_personal(tutor):
    assert "Recalling an ambassador" in answered(tutor, "my country recalled its ambassador from another country, what does that mean")
    assert Session(tutor).respond("how do i get a visa for my country").out_of_scope


def test_track_in_roman_numerals_is_the_track(tutor):
    # "track II" is track two, not START II.
    assert "Oslo" in answered(tutor, "track II diplomacy example").split("\n")[0]
