"""Messages asking two things (tutor.answering.compound, branch compound19): each question is
answered with its own kind and subject in one short reply with the sources of both; a
second question outside the knowledge is declined in so many words while the first is
answered; a follow-up after the message keeps its subject. Asides nest in brackets
(tutor.search.asides).

The messages were written for this branch, not taken from the evaluation sets nor from the
branch's own check set (/work/notes/compound19-check). On main (6ccc95b) the second question
of the messages marked "lost on main" went unanswered, and a message whose second question is
outside the knowledge was declined whole or had that question ignored.
"""

import json
import subprocess
import sys

import pytest

from tutor.answering.compound import two_questions
from tutor.answering.session import Session
from tutor.lessons.catalogue import load_catalogue
from tutor.search.asides import asides, replace_asides
from tutor.teaching.teacher import Teacher
from tutor.tuning import COMPOUND_PART_WORDS


def body(reply):
    return reply.answer.split("\n\nSources:")[0]


@pytest.mark.parametrize(
    "message, first, second",
    [
        ("who wrote the balfour declaration, and why was it controversial", "who wrote the balfour declaration", "why was it controversial"),
        ("when did the suez crisis happen? and who ended it?", "when did the suez crisis happen?", "who ended it?"),
        ("what is the osce + where does it meet", "what is the osce", "where does it meet"),
        ("what is unclos? also, when did it come into force", "what is unclos?", "when did it come into force"),
        ("what was the tashkent declaration; who mediated it", "what was the tashkent declaration", "who mediated it"),
    ],
)
def test_a_second_question_after_a_joiner_is_its_own_part(message, first, second):
    assert two_questions(message, lambda text: True) == (first, second)


@pytest.mark.parametrize(
    "message",
    [
        "who signed the treaty of tordesillas and when",  # a bare "when" asks the first again
        "when and where was the treaty of lausanne signed",
        "I read about the suez crisis. what was it",  # a scene, then one question
        "what is the difference between track one and track two",
    ],
)
def test_one_question_with_and_is_not_split(tutor, message):
    session = Session(tutor)
    assert two_questions(message, session._asks_of_its_own) is None
    assert two_questions(message, session._asks_yes_no, yes_no=True) is None


@pytest.mark.parametrize(
    "message, facts, documents",
    [
        # lost on main: the talk reader took ", and why was it..." for a closer
        ("who mediated the treaty of portsmouth, and why did it matter for him", ["Theodore Roosevelt", "Nobel Peace Prize"], {"treaty-of-portsmouth"}),
        ("when was the chemical weapons convention signed + who checks it", ["1993", "OPCW"], {"chemical-weapons-convention"}),
        ("what does the OAS do? and where is it based?", ["Washington"], {"organization-of-american-states"}),
    ],
)
def test_both_questions_are_answered_with_their_sources(tutor, message, facts, documents):
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope
    for fact in facts:
        assert fact in body(reply)
    assert documents <= {source.id for source in reply.sources}
    assert len(body(reply).split()) <= 2 * COMPOUND_PART_WORDS + 10


@pytest.mark.parametrize(
    "message, document, fact",
    [
        # Followed up alone, "what were the main terms" is read as asking about the word "term".
        pytest.param(
            "when was the treaty of versailles signed and what were the main terms", "treaty-of-versailles", "Alsace-Lorraine",
            marks=pytest.mark.xfail(strict=True, reason=(
                "section20: the terms section is answered from its best-scoring item (the military limits) "
                "within the part's 60 words, not from its start, so the territory item is left out"
            )),
        ),
        # Followed up alone, "why was the US against" finds the Zimmermann Telegram.
        ("when was the kyoto protocol adopted and why was the US against", "kyoto-protocol", "Senate"),
    ],
)
def test_a_second_question_naming_no_subject_is_asked_of_the_first(tutor, message, document, fact):
    reply = Session(tutor).respond(message)
    assert {source.id for source in reply.sources} == {document}
    assert fact in body(reply)


def test_a_second_question_answerable_only_of_the_first_subject_is_not_declined(tutor):
    # Alone, "why was the deal controversial" is outside the knowledge.
    assert Session(tutor).respond("why was the deal controversial").out_of_scope
    reply = Session(tutor).respond("what's the JCPOA and why was the deal controversial")
    assert "can't help" not in body(reply) and reply.topic == "jcpoa"


def test_each_part_answers_its_own_subject(tutor):
    reply = Session(tutor).respond("when was NATO founded, and when was ASEAN founded?")
    assert "1949" in body(reply) and "1967" in body(reply)
    assert {"nato", "asean"} <= {source.id for source in reply.sources}


@pytest.mark.parametrize(
    "message, fact",
    [
        ("what is the african union and what's a good name for my cat", "Addis Ababa"),
        ("who negotiated the treaty of lausanne? also how do i change a tyre", "Lausanne"),
        # The first part's names in brackets found Madrid's overview for it (reviewer).
        ("who brokered the madrid conference and what's your favourite colour", "Baker"),
    ],
)
def test_a_second_question_outside_the_knowledge_is_declined_while_the_first_is_answered(tutor, message, fact):
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope and reply.sources
    assert fact in body(reply)
    second = message.split(" and ", 1)[1] if " and " in message else message.split("also ", 1)[1]
    assert "can't help" in body(reply) and second.removeprefix("what's") in body(reply)
    # The first part keeps the whole answer it gets when asked alone.
    first = message.removesuffix(second).removesuffix(" and ").removesuffix(" also ").strip()
    assert body(reply).startswith(body(Session(tutor).respond(first)))


@pytest.mark.parametrize(
    "message",
    [
        # The second points back to the first to ask of the learner's life: "sanctions" is
        # used in its everyday sense.
        "what are sanctions and how do i use them on my teenager",
        # A word of diplomacy in its everyday sense ("sherpa" on a hike).
        "what is a sherpa and what do they do on a hiking trip",
    ],
)
def test_a_message_about_the_learners_life_is_declined_whole(tutor, message):
    assert Session(tutor).respond(message).out_of_scope


def test_a_follow_up_after_two_questions_keeps_the_subject(tutor):
    session = Session(tutor)
    session.respond("what is the kyoto protocol? and when did it enter into force?")
    assert session.state.topic == "kyoto-protocol"
    reply = session.respond("which country never ratified it?")
    assert reply.topic == "kyoto-protocol" and "United States" in body(reply)


def test_sources_after_two_questions_lists_both_parts(tutor):
    session = Session(tutor)
    session.respond("what is the icj and when was nato founded")
    listed = session.respond("/sources").answer
    assert "International Court of Justice" in listed and "NATO" in listed


def test_the_chat_session_with_a_teacher_answers_both(tutor):
    session = Session(tutor, Teacher(lambda: load_catalogue(), offers_checks=False))
    reply = session.respond("what is the NPT and which countries never joined it")
    assert not reply.out_of_scope and "spread of nuclear weapons" in body(reply)
    assert any(country in body(reply) for country in ("India", "Pakistan", "Israel", "South Sudan"))


def test_tutor_ask_answers_both_parts():
    result = subprocess.run([sys.executable, "-m", "tutor", "ask", "--json", "what's the G7? and when was NATO founded?"], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    answer = json.loads(result.stdout.decode().splitlines()[0])
    assert "informal forums" in answer["answer"] and "1949" in answer["answer"]
    assert {"g7-and-g20", "nato"} <= {source["id"] for source in answer["sources"]}


# Asides in brackets nest -----------------------------------------------------------------------


def test_an_aside_within_an_aside_is_read_with_it():
    assert asides("when was it signed (the treaty (the one from 1919))") == ["the treaty (the one from 1919)"]
    assert asides("the first (then G6) summit (in France)") == ["then G6", "in France"]
    assert asides("an aside never closed (like this") == []
    assert replace_asides("what is the NPT (for my class (IR 101)) ok", lambda written, said: "") == "what is the NPT ok"


@pytest.mark.parametrize(
    "message, question",
    [
        ("is the npt binding (asking for a friend (really))", "is the npt binding"),
        ("what is a sherpa (not the mountain guys (lol))", "what is a sherpa"),
    ],
)
def test_talk_in_nested_brackets_is_left_out_whole(tutor, message, question):
    assert Session(tutor).asked(message) == question


def test_a_part_is_cut_at_sentence_ends_not_at_initials(tutor):
    # The engine's sentence reader keeps "George H. W. Bush" whole; a splitter of its own
    # had cut the reply there.
    reply = Session(tutor).respond("who was president during the madrid conference? and when did it open?")
    assert "George H. W. Bush" in body(reply)


def test_the_quoted_second_part_carries_no_markup(tutor):
    reply = Session(tutor).respond("what is the african union and what's a good *name* for my [cat](http://example.com)")
    assert "can't help" in body(reply)
    # No emphasis nor link of the learner's own in the tutor's voice (the app renders Markdown).
    assert "good name for my cat" in body(reply)
    assert not any(mark in body(reply).split("can't help", 1)[1] for mark in "*[]`")
