"""Answers to questions asking how long something lasted or how often it comes round.

The questions are written for these tests, not taken from an evaluation set: each one
asks a span in a wording that a pattern, a word list or a weight of the span's own
handles (dialogues/intents.yaml: the `duration` patterns, `asking_words`, the `duration`
and `span` sentence cues; `SPAN_CUE_WEIGHT` in tutor/tuning.py).
"""

from __future__ import annotations

import pytest

from tutor.answering.session import Session


def first_sentence(answer: str) -> str:
    return answer.split(". ")[0]


def test_a_span_asked_after_the_scene_is_set_opens_with_the_span(tutor):
    # "- how long did it go on?" asks a span of what the words before it name: not the
    # definition's first sentence ("also codified diplomatic protocol ... long-running").
    reply = Session(tutor).respond("the congress of vienna - how long did it go on?")
    assert reply.intent == "duration"
    assert "from September 1814 to June 1815" in first_sentence(reply.answer)


def test_a_span_asked_in_years_is_a_span_not_a_definition(tutor):
    # "For how many years ...?" asks how long, in years: the span the treaty stayed in force
    # ("for three decades") and its end, not what the treaty limited.
    reply = Session(tutor).respond("for how many years did the abm treaty stay in force")
    assert reply.intent == "duration"
    assert "for three decades" in first_sentence(reply.answer)
    assert "2002" in reply.answer


def test_words_asking_for_a_span_say_nothing_of_what_it_is_of(tutor):
    # "long" and "stay" ask for the span: the out-of-scope check looks for a span in
    # sentences about the Paris Agreement, not about "long-term goals", and finds the
    # withdrawal and the return.
    reply = Session(tutor).respond("how long did the us stay out of the paris agreement")
    assert not reply.out_of_scope
    assert "4 November 2020" in reply.answer and "2021" in reply.answer


def test_a_verb_of_holding_chooses_no_section(tutor):
    # "hold" in "how long does a country hold the presidency?" asks for the span: the
    # section on criticism ("no African state holds a permanent seat") does not answer,
    # the sentence on the presidency rotating every month does.
    answer = Session(tutor).respond("how long does one state hold the unsc presidency").answer
    assert "rotates every month" in first_sentence(answer)


@pytest.mark.xfail(strict=True, reason="a near tie on idf: tie32's SENTENCE_TIE_BAND (0.004) held it against know31's nine documents, but with know33's and know35's thirteen the founding span leads by 0.0052; a band of 0.006 also turns the opening of 'what is agrément' to the appointment's two steps")
def test_how_often_something_comes_round_says_how_long_each_turn_lasts(tutor):
    # "rotate each year" is a span as "for two-year terms" is: the G20's presidency is
    # answered, not declined as holding no span.
    reply = Session(tutor).respond("how long does a g20 country keep the presidency")
    assert not reply.out_of_scope
    assert "rotate each year" in first_sentence(reply.answer)


def test_a_span_no_sentence_says_is_given_by_its_two_ends(tutor):
    # No sentence says how long the League existed: the founding and the dissolution do,
    # after the length between them (tests/test_span_length.py).
    answer = Session(tutor).respond("how long was the league of nations in existence").answer
    assert first_sentence(answer).startswith("About 26 years")
    assert "founded on 10 January 1920" in answer.split(". ")[1]
    assert "dissolved in 1946" in answer


def test_talks_end_in_the_first_signature_after_they_opened(tutor):
    # The SALT talks opened in 1969 and ended in the SALT I signature of 1972, not in the
    # SALT II signature of 1979, which the document also dates.
    answer = Session(tutor).respond("how long did the salt negotiations take").answer
    assert first_sentence(answer) == "About two and a half years, from 17 November 1969 to 26 May 1972"
    assert "opened in Helsinki on 17 November 1969" in answer.split(". ")[1]
    ending = answer.split(". ")[2]
    assert "26 May 1972" in ending and "SALT II" not in ending


def test_one_sentence_giving_both_ends_answers_alone(tutor):
    # "from the dispute over missile defence, which opened the way to an agreement" is no
    # span ("from ... to" spans dates); the sentence with the entry into force and the end does.
    answer = Session(tutor).respond("how long was the inf treaty active").answer
    assert answer.split(". ")[1].startswith("The INF Treaty entered into force on 1 June 1988 and ended")


def test_an_end_is_the_subjects_own(tutor):
    # "New START was part of the reset ... that Obama's administration launched in 2009"
    # dates the reset, not New START: its entry into force opens.
    # The length between its ends opens, from the entry into force, not from the Senate's
    # consent of December 2010 that the same sentence dates first.
    answer = Session(tutor).respond("how long did new start last").answer
    assert "reset" not in answer.split(". ")[1]
    assert first_sentence(answer).startswith("About 15 years, from 5 February 2011 to")
    assert "entered into force on 5 February 2011" in answer.split(". ")[1]


def test_a_span_asked_as_it_was_at_first_is_the_original_one(tutor):
    # "when they first signed it" says which span is asked (the one it had at first, which
    # the knowledge says "originally"), not that the answer is about the signature.
    answer = Session(tutor).respond("how long was the npt supposed to run when they first signed it").answer
    assert "originally had a duration of 25 years" in first_sentence(answer)


def test_the_span_words_choose_no_document(tutor):
    # "peace negotiations ... lasted" is said of Westphalia ("The peace negotiations of
    # Westphalia lasted about five years"); without the span words the question names Dayton.
    reply = Session(tutor).respond("how long did the dayton peace negotiations last")
    assert reply.topic == "dayton-accords"
    assert "from 1 to 21 November 1995" in first_sentence(reply.answer)


def test_a_span_said_outright_of_the_subject_opens_before_its_ends(tutor):
    # The withdrawal of 2002 is dated, but "remained in force for three decades" says the
    # span asked ("in effect": the treaty's own life) outright.
    answer = Session(tutor).respond("how long was the abm treaty in effect for").answer
    assert "remained in force for three decades" in first_sentence(answer)
    assert "2002" in answer


def test_a_span_still_going_is_given_by_its_beginning(tutor):
    # The document dates NATO's creation and no end: the span runs from the founding.
    answer = Session(tutor).respond("how long has nato existed").answer
    assert "4 April 1949" in first_sentence(answer)


def test_a_summit_is_asked_as_talks_are(tutor):
    # "summit" asks for the span of the meeting, which the document says of its talks.
    answer = Session(tutor).respond("how long did the camp david summit go on").answer
    assert "13 days" in first_sentence(answer)


def test_how_often_something_comes_round_is_not_how_long_it_took(tutor):
    # "a review conference every five years" says how often the parties meet, not how long
    # the treaty took to negotiate.
    answer = Session(tutor).respond("how long did it take to negotiate the npt").answer
    assert "review conference" not in first_sentence(answer) and "1968" in first_sentence(answer)


def test_the_first_of_something_is_not_its_second(tutor):
    # "first" and "second" are opposed senses (intents.yaml): the second commitment period
    # ("from 2013 to 2020") does not answer for the first.
    answer = Session(tutor).respond("how many years was the first kyoto protocol commitment period").answer
    assert "first commitment period, from 2008 to 2012" in first_sentence(answer)


def test_words_asking_for_a_span_do_not_count_against_a_subject_a_heading_names(tutor):
    # "détente" is an everyday English word, but the section it matches is headed by it
    # ("Detente: the easing of Cold War tension"): "long" and "last" ask for its span and
    # do not count against the question ("how long does it take to learn french" still does).
    reply = Session(tutor).respond("how long did detente last")
    assert not reply.out_of_scope
    assert "from about 1969 to 1979" in first_sentence(reply.answer)
    assert Session(tutor).respond("how long does it take to learn french").out_of_scope


def test_a_how_long_follow_up_stays_with_its_subject(tutor):
    # "long" and "last" are no part of what the EU's document must cover for the follow-up to
    # stay with it: not the Camp David talks, whose presidents "negotiated over 13 days".
    session = Session(tutor)
    session.respond("tell me about the council of the european union")
    reply = session.respond("how long does each presidency last?")
    assert reply.topic == "european-union"
    assert "every six months" in first_sentence(reply.answer)


def test_a_span_of_something_else_does_not_answer_for_the_subjects(tutor):
    # "Negotiators estimated that the limits lengthened Iran's breakout time ... to about one
    # year" says a span, but not of the JCPOA's negotiation: the sentence opening with the
    # JCPOA that does ("after about 20 months of talks") answers first.
    answer = Session(tutor).respond("how long did the jcpoa negotiations take").answer
    assert "about 20 months of talks" in first_sentence(answer)


def test_a_verb_of_existing_chooses_no_sentence(tutor):
    """"how long did the warsaw pact exist" opened with "... wound up ..., nearly six months
    before the Soviet state ceased to exist", a gap of six months taken for the span asked:
    "exist", like "stay" or "remain", says only that the span is the subject's life."""
    for question in ("how long did the warsaw pact exist", "How long the Warsaw Pact existed?"):
        assert Session(tutor).respond(question).answer.startswith("About 36 years, from 1955 to 1991"), question
    # Still the word that says which span is asked: the subject's life, from founding to
    # dissolution, though the question says more ("before the UN replaced it").
    answer = Session(tutor).respond("For how many years did the League of Nations exist before the UN replaced it?").answer
    assert answer.startswith("About 26 years, from 10 January 1920 to 1946")
