"""Questions misread by how they open or what they point back to (branch misc16): a Geneva
Convention of something outside war is an everyday phrase; "the one thing I don't get"
picks nothing; "which was founded first?" after two named things orders them by date; a
yes/no question after a lead-in ("quick question, ...") keeps its verdict; "another
example" is not the section just shown, nor a background.

The probes were written for this branch and are not taken from the evaluation sets; each
was run on main (881a231) and on the branch, and the comments give what changed.
"""

import pytest

from tutor.answering.session import Session
from tutor.search.text import split_sentences


def first_sentence(answer: str) -> str:
    return (split_sentences(answer.split("\n\n")[0]) or [""])[0]


def asked_after(tutor, *turns: str):
    session = Session(tutor)
    for turn in turns[:-1]:
        session.respond(turn)
    return session.respond(turns[-1])


@pytest.mark.parametrize(
    "question",
    [
        # Answered on main from the Geneva Conventions' overview.
        "what's the geneva convention of texting",
        "is there like a geneva convention for roommates?",
        "what are the geneva conventions of office fridges",
        "is there an unwritten geneva convention on splitting the bill?",
    ],
)
def test_a_geneva_convention_of_something_outside_war_is_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "what are the geneva conventions for prisoners of war?",
        "what was the geneva convention of 1864?",
        "do the geneva conventions in civil wars apply?",
        "what is the geneva convention?",
    ],
)
def test_the_geneva_conventions_of_war_are_still_answered(tutor, question):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope and "Geneva" in reply.answer


def test_the_one_thing_the_learner_asks_about_picks_no_other_of_the_kind(tutor):
    # On main: the definition of UN peacekeeping, asked again of "thing i don't get ...".
    reply = asked_after(tutor, "what is the un?", "the one thing i don't get, why did peacekeeping fail in rwanda?")
    assert "Rwanda" in first_sentence(reply.answer)
    # "The one from 1963" still picks the consular convention.
    reply = asked_after(tutor, "what is the vienna convention on diplomatic relations?", "and the one from 1963?")
    assert "Consular" in first_sentence(reply.answer)


@pytest.mark.parametrize(
    "question, first, second",
    [
        # On main: a comparison whose key difference was NATO's Membership Action Plan.
        ("nato and the warsaw pact, which one was founded first?", "1949", "Warsaw Pact"),
        # On main: asked "which one" before any subject.
        ("between the peace of westphalia and the congress of vienna, which one happened earlier?", "1648", "1815"),
        ("the league of nations or the un, which is older?", "1945", "1920"),
    ],
)
def test_which_of_two_named_things_came_first_is_answered_by_both_dates(tutor, question, first, second):
    reply = Session(tutor).respond(question)
    body = reply.answer.split("\n\nSources")[0]
    assert first in body and second in reply.answer


@pytest.mark.parametrize(
    "question, verdict",
    [
        # On main: the passages without their "Yes." or "No.".
        ("quick question, is the npt binding?", "Yes"),
        ("honestly, was the munich agreement appeasement?", "Yes"),
        ("sorry to bother you, can an ambassador be expelled?", "Yes"),
    ],
)
def test_a_yes_no_question_after_a_lead_in_keeps_its_verdict(tutor, question, verdict):
    assert Session(tutor).respond(question).answer.startswith(verdict)


def test_a_lead_in_that_asks_keeps_the_question_whole(tutor):
    # The lead-in asks a question of its own: the yes/no after it is no verdict alone.
    assert not Session(tutor).respond("what is the npt, is it binding?").answer.startswith(("Yes", "No"))
    # A lead-in naming what "it" stands for is no lead-in: not New START's verdict, but the
    # NPT's, from its own sentence.
    reply = asked_after(tutor, "what is new start?", "the npt, is it binding?")
    assert "NPT" in first_sentence(reply.answer.removeprefix("Yes. "))
    # A scene of the learner's own life stays with its question (declined).
    assert Session(tutor).respond("my dog ate my homework, is that a casus belli?").out_of_scope


@pytest.mark.parametrize(
    "question, fact",
    [
        # Refused on main: the tribunal's short name was never written beside its full one.
        ("what is itlos?", "Hamburg"),
        ("where is the itlos?", "Hamburg"),
        # Refused on main.
        ("when does the joint declaration expire?", "2047"),
        # On main: the VCLT's peremptory norms ("one" read as a pronoun).
        ("when does one country two systems end?", "2047"),
    ],
)
def test_named_courts_and_promises_are_answered(tutor, question, fact):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope and fact in reply.answer.split("\n\nSources")[0]


def test_another_example_is_not_the_section_just_shown(tutor):
    # On main: the Suez Crisis overview again.
    session = Session(tutor)
    shown = session.respond("what was the suez crisis?").sources[0].chunk_id
    again = session.respond("give me another example")
    assert again.sources and again.sources[0].chunk_id != shown
    # Asked twice, the other cases are not given twice, nor the background of 1973.
    session = Session(tutor)
    session.respond("what is shuttle diplomacy?")
    first = session.respond("any other examples?").sources[0]
    second = session.respond("any other examples?").sources[0]
    assert first.chunk_id != second.chunk_id and not second.section.lower().startswith("background")
