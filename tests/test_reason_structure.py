"""Reason and span questions read by their structure, not by a list of their wordings.

- "What" as the subject of a verb of causing asks why, wherever its clause starts (after a
  scene) and in any tense; the verb asks, it names nothing asked (dialogues/intents.yaml,
  `phrasings`). "What" as the subject of a verb that names a thing ("what ended the war?")
  still asks for the thing.
- The knowledge's language of origin, motive and obstruction gives a reason ("a regional
  answer to", "hoping to force", "stalled over"): `reason` sentence cues.
- A reason explaining the subject alone ("The G7 grew out of ...") does not answer a why
  about something else the question asks (`PassageChooser`).
- A count of units of time asks a span wherever it stands; a span's two ends, dated in two
  sentences, are a span the knowledge holds (`StandaloneQuestions._holds_kind`).

The questions are written for these tests, not taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from tutor.answering.session import Session


def first_sentence(answer: str) -> str:
    return answer.split(". ")[0]


@pytest.mark.parametrize(
    ("question", "cause"),
    [
        # a particle verb after a scene: "set" of "set it off" would find "set up its own agency"
        ("so the tlatelolco treaty, what kicked it off?", "Cuban Missile Crisis"),
        ("the berlin blockade - what pushed stalin into it?", "hoping to force"),
    ],
)
def test_a_verb_of_causing_asks_why_and_picks_no_section(tutor, question, cause):
    reply = Session(tutor).respond(question)
    assert reply.intent == "why"
    assert cause in first_sentence(reply.answer)


@pytest.mark.parametrize(
    "question",
    [
        "what has kept the us from ratifying unclos",
        "japan and russia, whats stopping them from signing a peace treaty",
        "what was holding up the austrian state treaty",
    ],
)
def test_a_verb_of_causing_in_any_tense_asks_why(tutor, question):
    assert Session(tutor).respond(question).intent == "why"


@pytest.mark.parametrize(
    "question",
    [
        "ok and what ended the thirty years war",  # a thing: the Peace of Westphalia
        "what set the line between spain and portugal",
        "what got agreed on at yalta",
        "what was made at yalta",
    ],
)
def test_what_as_the_subject_of_another_verb_asks_no_why(tutor, question):
    assert Session(tutor).respond(question).intent != "why"


def test_a_stall_the_knowledge_gives_a_cause_for_is_answered_by_it(tutor):
    reply = Session(tutor).respond("why did the doha round get stuck")
    assert "rich and poor" in first_sentence(reply.answer)


def test_a_reason_for_the_subject_alone_does_not_answer_another_why(tutor):
    # "The G7 grew out of meetings of finance ministers ..." explains the G7, not its name.
    reply = Session(tutor).respond("why was the g8 renamed the g7")
    assert "Russia" in first_sentence(reply.answer)


@pytest.mark.parametrize(
    "question",
    [
        "within how many days did the occupying troops have to leave austria",
        "after how many years did the league of nations dissolve",
    ],
)
def test_a_count_of_days_or_years_asks_a_span_wherever_it_stands(tutor, question):
    assert Session(tutor).respond(question).intent == "duration"


def test_a_span_question_is_answered_from_the_document_naming_what_it_names(tutor):
    # Not the Paris Peace Accords' "troops within 60 days": Austria is named.
    reply = Session(tutor).respond("within how many days did the occupying troops have to leave austria")
    assert reply.sources and reply.sources[0].id == "austrian-state-treaty"


def test_a_span_whose_ends_are_dated_in_two_sentences_is_not_declined(tutor):
    # "The Korean part ... opened on 26 April 1954", "The Korean talks broke up ... on 15 June 1954".
    reply = Session(tutor).respond("for how long did the korean talks in geneva go on")
    assert not reply.out_of_scope
    assert reply.sources[0].id == "geneva-conference-1954"


def test_a_pact_that_never_entered_into_force_lived_from_its_signature(tutor):
    # The knowledge dates the pact's signature and its end, no entry into force: the span
    # runs from the signature (`begins_else` of `span_ends`).
    reply = Session(tutor).respond("for how long was the molotov-ribbentrop pact in effect")
    assert reply.intent == "duration"
    assert first_sentence(reply.answer).startswith("About 22 months, from 23 August 1939 to 22 June 1941")


def test_a_treaty_that_entered_into_force_lived_from_then_not_from_its_signature(tutor):
    reply = Session(tutor).respond("how many years was the inf treaty in force")
    assert "1 June 1988" in reply.answer
    assert "1987" not in first_sentence(reply.answer)
