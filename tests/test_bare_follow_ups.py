"""Very short follow-ups ("how long?", "why?", "and then?", "where?") keep the subject just
answered and ask a new aspect of it: the answer gives that aspect, not the overview again,
or says plainly that the knowledge does not give it."""

from __future__ import annotations

import pytest

from tutor.answering.evaluation import first_sentence
from tutor.answering.session import Session


def last_reply(tutor, *turns):
    session = Session(tutor)
    for turn in turns[:-1]:
        session.respond(turn)
    return session.respond(turns[-1])


@pytest.mark.parametrize(
    ("subject", "question", "fact"),
    [
        ("what was the berlin blockade", "how long?", "12 May 1949"),
        ("tell me about the congress of vienna", "how long?", "June 1815"),
        ("what is the INF treaty", "for how long?", "2019"),
    ],
)
def test_how_long_alone_asks_the_span_of_the_subject(tutor, subject, question, fact):
    """"How long?" names nothing but the kind of answer, as a bare "when?" does: it asks the
    subject's span, and is not declined as a question of its own about "long"."""
    reply = last_reply(tutor, subject, question)
    assert not reply.out_of_scope and reply.topic is not None
    assert fact in first_sentence(reply.answer, tutor.templates)


@pytest.mark.parametrize(
    ("subject", "question"),
    [
        ("what was the munich agreement", "and then?"),
        ("what were the oslo accords", "what next?"),
        ("what is the jcpoa", "so what then?"),
    ],
)
def test_and_then_asks_what_came_next(tutor, subject, question):
    """"And then?" after an event asks for its sequel: the section on what happened next,
    not the next section in the document's order (its background, why it was made)."""
    reply = last_reply(tutor, subject, question)
    assert reply.sources and reply.sources[0].section.startswith("What happened next")


def test_and_then_without_a_sequel_goes_on_in_order(tutor):
    """A document with no section on what came next goes on with its next unseen section."""
    reply = last_reply(tutor, "what is shuttle diplomacy", "and then?")
    assert reply.intent == "more" and reply.sources and reply.sources[0].section != "Overview"


@pytest.mark.parametrize(
    ("subject", "section"),
    [
        ("what was the dayton agreement", "Background: the war in Bosnia"),
        ("what were the panama canal treaties", "Background: the 1903 treaty and the Canal Zone"),
        ("what was the simla agreement", "Background: the war of 1971 and Bangladesh"),
    ],
)
def test_why_alone_after_an_event_is_what_led_up_to_it(tutor, subject, section):
    """A bare "why?" of an event whose document has no section on its causes is answered by
    what led up to it, opening with the section's lead, not by the overview just read."""
    reply = last_reply(tutor, subject, "why?")
    assert reply.sources[0].section == section
    assert first_sentence(reply.answer, tutor.templates) in reply.sources[0].passage.split("\n")[0]


def test_why_alone_still_takes_a_section_on_the_cause(tutor):
    """A section whose heading gives the cause answers before any background."""
    reply = last_reply(tutor, "what was the balfour declaration", "why?")
    assert reply.sources[0].section == "Why Britain issued it"


def test_where_of_an_event_without_a_place_is_said_plainly(tutor):
    """"Where?" after a subject the knowledge gives no place for says so first."""
    reply = last_reply(tutor, "what was cold war arms control", "where?")
    assert reply.answer.startswith("(My notes on Cold War arms control do not say where")


@pytest.mark.parametrize(("subject", "fact"), [("what was the munich agreement", "Munich"), ("what was the treaty of lausanne", "Lausanne")])
def test_where_of_an_event_with_a_place_gives_it(tutor, subject, fact):
    reply = last_reply(tutor, subject, "where?")
    assert not reply.answer.startswith("(") and fact in first_sentence(reply.answer, tutor.templates)


def test_a_concept_gets_no_note_on_a_place(tutor):
    """A concept has no place of its own to lack: no note after "what is a treaty?"."""
    reply = last_reply(tutor, "what is a treaty", "where?")
    assert not reply.answer.startswith("(")


@pytest.mark.parametrize(
    ("subject", "section"),
    [("what was the geneva conference of 1954", "Who took part"), ("what was the treaty of versailles", "Who negotiated it: the Big Four")],
)
def test_who_alone_after_an_overview_naming_no_one_is_who_took_part(tutor, subject, section):
    """A bare "who?" after an overview whose answer would open naming no one is answered by
    the section, not yet shown, whose heading says who took part."""
    reply = last_reply(tutor, subject, "who?")
    assert reply.sources[0].section == section


def test_who_alone_keeps_an_overview_that_names_them(tutor):
    """The Munich Agreement's overview says who signed it: it stays."""
    reply = last_reply(tutor, "what was the munich agreement", "who?")
    assert reply.sources[0].section == "Overview" and "Hitler" in first_sentence(reply.answer, tutor.templates)


@pytest.mark.parametrize(
    ("subject", "question", "fact"),
    [("what were the oslo accords", "when was that", "1993"), ("what is nato", "when?", "1949"), ("what is the oas", "where is it headquartered?", "Washington")],
)
def test_a_bare_date_or_place_is_not_the_overview_again(tutor, subject, question, fact):
    """"When?" after the overview opens with the sentence giving the date, and leaves out the
    overview's other sentences the learner has just read."""
    session = Session(tutor)
    before = session.respond(subject)
    reply = session.respond(question)
    body = reply.answer.split("\n\nSources:")[0]
    assert fact in first_sentence(reply.answer, tutor.templates)
    assert len(body) < len(before.answer.split("\n\nSources:")[0])


def test_a_follow_up_asking_its_own_words_keeps_what_was_said(tutor):
    """"Where did it come from?" asks more than a place: the sentences already read may answer it."""
    session = Session(tutor)
    session.respond("what's the OSCE")
    assert "CSCE" in session.respond("where did it come from?").answer


@pytest.mark.parametrize(
    ("subject", "question", "fact"),
    [
        ("what was the congress of vienna", "who attended?", "Congress of Vienna"),
        ("what was the paris peace conference of 1919", "who attended?", "Paris Peace Conference"),
        ("what was the yalta conference", "who participated?", "Yalta"),
    ],
)
def test_who_attended_stays_with_the_subject(tutor, subject, question, fact):
    """"Who attended?" says only that someone took part, as "who took part?" does: it asks it
    of the subject, not of another conference whose text says "attended by"."""
    reply = last_reply(tutor, subject, question)
    assert fact in reply.answer.split("\n\n")[0]
    assert "Washington Naval Conference" not in reply.answer


@pytest.mark.parametrize(
    ("subject", "fact"),
    [("what is the vienna convention on diplomatic relations", "53 articles"), ("what is the vienna convention on consular relations", "79 articles")],
)
def test_how_many_articles_is_answered_by_the_count(tutor, subject, fact):
    """"How many articles does it have?" is answered by the sentence counting them, not by
    one naming "Article 29"."""
    reply = last_reply(tutor, subject, "how many articles does it have?")
    assert fact in first_sentence(reply.answer, tutor.templates)
