"""Yes/no questions as learners phrase them (issue 10): "can just one ...", "is X still a
thing?", and the general mechanisms in tutor.answering.verdicts that answer them."""

from __future__ import annotations

import re

import pytest

from tutor.answering.sentence_verdict import yes_or_no
from tutor.answering.session import Session


def test_a_quoted_no_is_not_a_denial():
    assert yes_or_no("can one member block it?", 'A single "no" vote from a member blocks it.') == "yes"
    assert yes_or_no("can one member block it?", "A single member cannot block it.") == "no"


@pytest.mark.parametrize(
    "question",
    [
        "can just one permanent member block a security council resolution",
        "can a single permanent member block a security council resolution?",
        "is it true that one permanent member can block a UN security council resolution?",
    ],
)
def test_one_permanent_member_can_block_a_resolution(tutor, question):
    # The deciding clause follows a colon ("...: a single "no" vote from a permanent member
    # is a veto that blocks the resolution"); the clause before it, with its "no vote
    # against", and the United States among the members, named by a word of "United Nations
    # Security Council", say nothing against it.
    assert Session(tutor).respond(question).answer.startswith("Yes. ")


def test_just_one_still_narrows_nothing_it_does_not_count():
    # "Just" before anything but "one" still narrows the claim: the sentence must narrow it too.
    assert yes_or_no("is track one just talks between two states?", "Track one runs from talks between two states up to global conferences.") == "no"


def test_a_subject_said_to_have_ended_is_not_still_a_thing(tutor):
    # The claim names only its subject: the sentence, in another section, saying the
    # treaty itself ended decides it.
    answer = Session(tutor).respond("is the inf treaty still a thing").answer
    assert answer.startswith("No. ") and "INF Treaty ended" in answer.split(". ")[1]


@pytest.mark.parametrize(
    "question",
    [
        "is the soviet union still a thing",  # "The Soviet Union withdrew the missiles": what it withdrew ended
        "is the hotline still a thing",  # "a teletype connection rather than a telephone" denies nothing of it
        "is the oau still a thing",  # founded in 1963, "25 May is still marked as Africa Day"
        "is the kyoto protocol still a thing",  # "no longer sets any country a target": an activity ended
    ],
)
def test_no_verdict_on_a_subject_still_holding_from_sentences_that_only_name_it(tutor, question):
    answer = Session(tutor).respond(question).answer
    assert not answer.startswith(("Yes.", "No.")) and not re.match(r"As of \d{4}, (?:yes|no)\b", answer)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Asked with a negative auxiliary, the question asks whether the claim holds, and
        # the answer follows the fact, as it would for "is NATO a military alliance?".
        ("isn't NATO a military alliance?", "Yes."),
        ("aren't general assembly resolutions binding?", "No."),
        ("wasn't the helsinki final act a treaty?", "No."),
        ("isn't the UK in the EU?", "No."),
        ("weren't the camp david accords signed in 1978?", "Yes."),
        ("weren't the camp david accords signed in 1980?", "No."),
        ("hasn't article 5 been invoked?", "Yes."),
        # The kind decides as it does for "is a consul a diplomat?".
        ("isn't a consul a diplomat?", "No."),
    ],
)
def test_a_question_asked_in_the_negative_gets_the_verdict_of_its_claim(tutor, question, verdict):
    assert Session(tutor).respond(question).answer.startswith(verdict + " ")


def test_a_negative_contraction_keeps_its_not(tutor):
    # "weren't" was "repaired" to "were't", and "didn't" inside a claim lost its denial.
    session = Session(tutor)
    assert session.read("weren't the accords signed in 1978?")[0].startswith("weren't")
    assert session.read("is it true that diplomats couldn't be arrested?")[0].endswith("couldn't be arrested?")
    # Its stem is no term of the question: "couldn" is not a word of the claim.
    assert tutor.retriever.query_tokens("diplomats couldn't be arrested") == tutor.retriever.query_tokens("diplomats could be arrested")


def test_a_claim_confirmed_in_the_negative_is_about_the_past_when_its_verb_is(tutor):
    # "is it true that": its "is" is not the claim's; "Japan ... left the League in 1933"
    # ends nothing the claim says of the United States.
    answer = Session(tutor).respond("is it true that the US didn't join the league of nations?").answer
    assert answer.startswith("Yes. ") and "never joined" in answer.split(". ")[1]


def test_shielding_from_one_thing_denies_nothing_else():
    # "shields diplomats from arrest" denies an arrest, not that diplomats have immunity.
    sentence = "Diplomatic immunity is the protection that shields diplomats from arrest and from the jurisdiction of the courts."
    assert yes_or_no("can a diplomat be arrested?", sentence) == "no"
    assert yes_or_no("do diplomats have immunity?", sentence) is None


@pytest.mark.parametrize("question", ["do diplomats have immunity?", "do diplomats enjoy immunity?"])
def test_diplomats_are_not_denied_immunity(tutor, question):
    # Neither "shields diplomats from arrest" nor the United Kingdom having "expelled the
    # Libyan diplomats" (what befell some diplomats, not the kind) says no.
    assert not Session(tutor).respond(question).answer.startswith("No.")


def test_no_verdict_from_a_clause_about_another_subject(tutor):
    # "Each party writes its own nationally determined contribution (NDC), so the targets
    # themselves are not legally binding": the targets, not the Paris Agreement, are denied.
    answer = Session(tutor).respond("the Paris agreement is legally binding, right?").answer
    assert "the targets themselves are not legally binding" in answer and not answer.startswith(("Yes.", "No."))
    # A clause naming the question's own name still decides ("... signed ... by ... Russian
    # President Dmitry Medvedev").
    assert Session(tutor).respond("was Medvedev the Russian president?").answer.startswith("Yes. ")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # A state left out of a sentence listing all of a body's members is not one of them.
        ("is brazil in the g7?", "No."),
        ("is india a member of the G7", "No."),
        ("is germany a permanent member of the security council", "No."),
        ("is brazil a permanent member of the UN security council?", "No."),
        # Named in the list of the members of the kind asked, it is one.
        ("is russia a permanent member of the UN security council", "Yes."),
        ("is britain in the g7?", "Yes."),
    ],
)
def test_a_full_list_of_members_decides_membership(tutor, question, verdict):
    answer = Session(tutor).respond(question).answer
    assert answer.startswith(verdict + " ") and ("China, France, Russia" in answer or "Canada, France, Germany" in answer)


@pytest.mark.parametrize(
    "question",
    [
        # The list names the permanent members only: it cannot deny an elected seat.
        "is germany a member of the security council",
        # "The G20 has 21 members ...: 19 countries, ..." names no state: no list to read.
        "is brazil in the g20",
        # A name the knowledge base does not know is no "no" (a misspelling, a new state).
        "is wakanda in the g7",
    ],
)
def test_no_denial_without_a_full_list_of_the_members_asked(tutor, question):
    assert not Session(tutor).respond(question).answer.startswith("No.")


def test_a_confirmed_membership_opens_with_the_member_joining(tutor):
    # Not the sentence naming "Hong Kong, China" among the customs territories.
    assert Session(tutor).respond("is china a member of the wto?").answer.startswith("Yes. China joined the WTO in 2001")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "Members do not have to be sovereign states" denies a requirement, not membership...
        ("is taiwan a member of the wto", "Yes."),
        # ...but answers a question asking what is required...
        ("do wto members have to be states?", "No."),
        # ...and denies what the question claims when the requirement is that claim.
        ("was the helsinki final act binding", "No."),
    ],
)
def test_a_denied_requirement_denies_only_what_is_required(tutor, question, verdict):
    assert Session(tutor).respond(question).answer.startswith(verdict + " ")
