""""What happened at X?" asks what the event X was: the answer opens with the sentence saying
what it was, not with a later section whose heading shares the verb ("What happened next").
Questions written for these tests, not taken from the evaluation sets."""

import pytest
from test_who_answers import first_sentence

from tutor.answering.resolution.passages import ASKS_EVENT


@pytest.mark.parametrize(("question", "said"), [
    ("what happened at munich in 1938", "Sudetenland"),
    ("so what actually happened in the suez crisis", "Suez Canal Company"),
    ("What happened at Brest-Litovsk?", "peace treaty"),
    ("what happened at the treaty of portsmouth", "Russo-Japanese War"),
])
def test_what_happened_at_an_event_opens_with_what_it_was(tutor, question, said):
    assert said in first_sentence(tutor, question)


def test_what_happened_after_an_event_still_tells_what_came_next(tutor):
    # "After" asks for the later events: the section on them answers, as before.
    assert "did not prevent war" in first_sentence(tutor, "what happened after munich")


@pytest.mark.parametrize(("question", "asks"), [
    ("what happened at yalta", True),
    ("what really went on during the cuban missile crisis", True),
    ("what happened after munich", False),
    ("what happened to the league of nations", False),
    ("what happens at a g20 summit", False),
])
def test_which_questions_ask_what_an_event_was(question, asks):
    assert (ASKS_EVENT.search(question) is not None) is asks


@pytest.mark.parametrize(("question", "said"), [
    # Not the background ("John II of Portugal thought the papal line left Portugal too little
    # room ...") nor why it matters: the definition says what the past event did.
    ("what did the treaty of tordesillas do", "Spain and Portugal divided"),
    ("what did the treaty of lausanne do", "recognised the borders"),
])
def test_what_a_past_event_did_opens_with_its_definition(tutor, question, said):
    assert said in first_sentence(tutor, question)


def test_what_an_institution_does_is_still_said_by_its_own_section(tutor):
    # An institution's sections say what it does; its definition is no answer to that.
    assert "provides three things" in first_sentence(tutor, "what does the wto do")


@pytest.mark.parametrize("question", ["what is a sherpa in summit diplomacy", "whats a sherpa at the g20 summits"])
def test_what_a_term_is_in_a_setting_opens_with_its_definition(tutor, question):
    # Not "The sherpa system makes summit diplomacy efficient", which says more of the setting.
    assert first_sentence(tutor, question).startswith("A sherpa is a senior official")


def test_the_setting_of_a_term_that_is_not_the_subject_leaves_the_answer_to_it(tutor):
    # "The veto" is no subject of the Security Council's document: the sentence on it answers.
    assert "veto" in first_sentence(tutor, "what is the veto in the security council")
