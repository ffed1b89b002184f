"""A question of an office is answered from the account of the office, and a "who led ...?"
opens with the person the knowledge says led. Questions written for these tests, not taken
from the evaluation sets."""

import pytest
from test_who_answers import first_sentence

from tutor.answering.office_holders import OfficeHolders


@pytest.mark.parametrize(("question", "said"), [
    # Not "For example, UN Secretary-General Javier Pérez de Cuéllar worked for a ceasefire
    # ...", the section of examples of good offices that names the office too. The role is
    # told by the office's own account, whose overview lists "What is the role of the
    # Secretary-General?" (before the thirty-ninth round, by the UN's "uses good offices").
    ("how is the un secretary-general chosen", "appointed by the General Assembly"),
    ("what is the role of the un secretary-general", "runs a staff"),
])
def test_a_question_of_an_office_is_answered_by_its_owner_not_by_examples(tutor, question, said):
    assert said in first_sentence(tutor, question)


def test_examples_of_the_office_still_come_from_the_section_of_examples(tutor):
    assert "For example" in first_sentence(tutor, "give me an example of the un secretary-general's good offices")


@pytest.mark.parametrize("question", ["whos the un secretary general", "who s the un secretary general", "who's the un secretary-general"])
def test_who_holds_an_office_typed_without_its_apostrophe_is_asked_of_the_holder(tutor, question):
    assert OfficeHolders.asks_holder(question)
    assert "Guterres" in first_sentence(tutor, question)


@pytest.mark.parametrize("question", ["who is the un secretary general as of 2024", "whos the un secretary general (2025)"])
def test_a_year_within_the_holding_asks_of_the_holder(tutor, question):
    # The year dates the holding, no word of the office (round 17).
    assert "Guterres" in first_sentence(tutor, question)


def test_a_year_before_the_holding_is_not_answered_with_the_holder_now(tutor):
    # "has held the post since 1 January 2017" says nothing of 2010, and "he had held the post
    # since 1953" was a holding that ended.
    from tutor.answering.session import Session

    reply = Session(tutor).respond("who is the un secretary general in 2010")
    assert "Guterres" not in reply.answer.split(". ")[0] and "Hammarskj" not in reply.answer.split(". ")[0]


def test_whose_asks_no_holder():
    assert not OfficeHolders.asks_holder("whose idea was the un secretary general")


@pytest.mark.parametrize(("question", "person", "not_first"), [
    # Not "the Soviet official Grigory Sokolnikov signed the treaty", named with the side's
    # title but for another role; nor "The German side was led by ...", which says "side".
    ("who led the soviet side at brest-litovsk", "Trotsky", "Sokolnikov"),
    ("who led the german side at brest-litovsk", "Kühlmann", "Trotsky"),
    ("who headed the british side in the hong kong talks", "Cradock", "Deng"),
])
def test_who_led_opens_with_the_person_given_the_leading_role(tutor, question, person, not_first):
    first = first_sentence(tutor, question)
    assert person in first and not_first not in first


@pytest.mark.parametrize(("question", "said"), [
    # Not "A consul is an official ... whose main job is to help the sending state's citizens":
    # "job" names the kind of answer, not the subject.
    ("what is the job of a head of government", "executive power"),
    ("what's the main task of a head of government", "executive power"),
])
def test_the_word_asking_for_a_role_finds_no_subject(tutor, question, said):
    assert said in first_sentence(tutor, question)
