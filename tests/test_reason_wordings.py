"""Questions asking for a reason in the other ways learners ask it (dialogues/intents.yaml,
the `why` patterns): a noun of purpose or cause in any wording ("whats the purpose of ...",
"what was the trigger for ...", "the idea behind ..."), what made something happen asked
round about ("what was it about versailles that made ...", "is there a reason ...", "what
lay behind ..."), and what went wrong with something. They are answered as a "why?" is:
by the cause, not by what the thing is.

The questions are written for these tests, not taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from tutor.answering.session import Session


def first_sentence(answer: str) -> str:
    return answer.split(". ")[0]


@pytest.mark.parametrize(
    "question",
    [
        "whats the purpose of the security council veto",
        "what was the cause of the suez crisis",
        "what was israel's motive in the abraham accords",
        "what was the idea behind the antarctic treaty",
        "what was it about versailles that made germans so angry",
        "is there a reason the us never joined the league",
        "any idea why the league failed",
        "give me the reasons the league failed",
        "what brought about the congress of vienna",
        "what lay behind the molotov ribbentrop pact",
        "what explains the collapse of the six party talks",
        "what was the trigger for the first world war",
        "what was the big deal about the helsinki final act",
        "what went wrong with the league of nations",
        "where did the jcpoa go wrong",
    ],
)
def test_a_reason_asked_in_other_words_is_a_why(tutor, question):
    reply = Session(tutor).respond(question)
    assert reply.intent == "why"
    assert not reply.out_of_scope


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("what are the aims of track one diplomacy", "list"),  # the aims, one by one
        ("how long was the npt meant to last", "duration"),
        ("where did the six party talks take place", "where"),
        ("what got signed at camp david", "definition"),
    ],
)
def test_words_of_purpose_or_failure_in_other_questions_ask_no_why(tutor, question, intent):
    assert Session(tutor).respond(question).intent == intent


def test_the_purpose_of_a_thing_asked_with_whats_is_its_reason_not_its_rules(tutor):
    # Not how the veto works ("a single 'no' vote from a permanent member is a veto"), but
    # why there is one.
    answer = Session(tutor).respond("whats the purpose of the security council veto").answer
    assert "were given the veto because" in first_sentence(answer)


def test_what_made_people_feel_so_is_answered_by_the_cause(tutor):
    # The war guilt clause, not the list of the treaty's military limits.
    answer = Session(tutor).respond("what was it about versailles that made germans so angry").answer
    assert "Article 231" in first_sentence(answer)


def test_the_trigger_of_a_war_is_the_event_that_set_it_off(tutor):
    answer = Session(tutor).respond("what was the trigger for the first world war").answer
    assert "assassination of Archduke Franz Ferdinand" in first_sentence(answer)


def test_what_went_wrong_is_how_it_failed_and_is_answered(tutor):
    # "went wrong" is read as "failed", as the knowledge says it: the question is not
    # declined for "wrong", which names nothing the knowledge has.
    answer = Session(tutor).respond("what went wrong with the league of nations").answer
    assert first_sentence(answer).startswith("The League of Nations failed in its main task because")
