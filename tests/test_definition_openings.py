"""A "what is X?" answer opens with the sentence saying what X is (issue 10, round 23): not
with one that only uses X's name, however many of the question's words it has, and, for a
document titled by two subjects, with the sentence defining the one asked rather than the
overview's definition of the other. Questions written for these tests, from the blind
definitions list's misses."""

import pytest
from test_who_answers import first_sentence


@pytest.mark.parametrize("question", ["containment policy meaning", "what does the containment policy mean"])
def test_a_sentence_using_the_name_gives_way_to_the_one_defining_it(tutor, question):
    opening = first_sentence(tutor, question)
    assert opening.startswith("Containment was"), opening


@pytest.mark.parametrize("question", ["what is containment", "what was containment?"])
def test_the_second_subject_of_a_title_is_defined_by_its_own_sentence(tutor, question):
    # "Truman Doctrine and containment (1947)": its overview says what the doctrine was.
    opening = first_sentence(tutor, question)
    assert opening.startswith("Containment was"), opening


def test_the_first_subject_of_such_a_title_keeps_its_overview(tutor):
    assert first_sentence(tutor, "what is the truman doctrine").startswith("The Truman Doctrine was the pledge")


def test_an_overview_defining_both_subjects_answers_either(tutor):
    # "The Group of Seven (G7) and the Group of Twenty (G20) are informal forums ...", not "A
    # well-known example of the G20 at work is ...".
    assert first_sentence(tutor, "what is the g20").startswith("The Group of Seven (G7) and the Group of Twenty (G20) are")


def test_a_dated_sentence_naming_the_subject_defines_nothing(tutor):
    # "The Minsk Protocol was signed on 5 September 2014, ... known as Minsk II" names the
    # Minsk agreements before "known as", but says when, not what they were.
    assert first_sentence(tutor, "what were the minsk agreements").startswith("The Minsk agreements were")


@pytest.mark.parametrize("question, opening", [
    ("embargo definition", "An embargo is"),
    ("definition of genocide", "Genocide is"),
    ("sovereignty definition pls", "State sovereignty is"),
])
def test_the_word_definition_asks_what_it_is_and_names_no_subject(tutor, question, opening):
    # Not declined for a word the subject's passages lack, nor answered by a sentence that
    # says "definition" of something else (Bodin's "classic definition of sovereignty").
    assert first_sentence(tutor, question).startswith(opening)


def test_an_adverb_after_the_subject_makes_no_unknown_phrase(tutor):
    # "treaty legally" is how it is asked of, not a kind of treaty the knowledge never names.
    assert first_sentence(tutor, "what is a treaty legally").lower().startswith(("a treaty", "treaties", "under the vienna convention"))


def test_a_passage_close_behind_that_says_what_it_is_answers(tutor):
    # Not "Resolutions of the UN General Assembly are generally recommendations", which
    # scores a hair higher and only uses the name.
    assert "The UN General Assembly is the main deliberative organ" in first_sentence(tutor, "what is the general assembly")


def test_a_verb_is_defined_by_its_noun(tutor):
    # "ratify" and "ratification" stem apart; the glossary makes them one concept, which the
    # sentence defining it names ("Ratification, covered in Article 14, is the act ..."),
    # not the Kyoto Protocol's "never ratified it".
    assert first_sentence(tutor, "what does ratify mean").startswith("Ratification")


@pytest.mark.parametrize("question", ["armistice definition", "what is an armistice"])
def test_a_case_named_after_the_term_does_not_define_it(tutor, question):
    # "The Korean Armistice Agreement is ..." says what one armistice was, not what one is.
    assert first_sentence(tutor, question).startswith("An armistice is")


@pytest.mark.parametrize("question, opening", [
    ("what is a treaty officially", "A treaty is"),
    ("what is a convention formally", "A convention is"),
    ("what does it mean to ratify a treaty", "Ratification"),
    ("what does it mean to mediate", "Mediation is"),
])
def test_the_sense_asked_in_is_no_subject(tutor, question, opening):
    # Not "The Biological Weapons Convention (BWC), formally the Convention on ...".
    assert first_sentence(tutor, question).startswith(opening)


@pytest.mark.parametrize("question", ["general assembly?", "unga?", "the general assembly"])
def test_a_term_typed_alone_is_answered_where_it_is_defined(tutor, question):
    # Round 25's blind definitions list: "UNGA?" was answered with the President of the
    # General Assembly, whose section ranks first, as "what is the unga" was not.
    opening = first_sentence(tutor, question)
    assert "General Assembly" in opening and "is the main deliberative organ" in opening, opening


def test_a_term_typed_with_what_is_wanted_of_it_is_no_bare_term(tutor):
    # "berlin blockade cause" asks the cause, not what the blockade was ("The Berlin Blockade was ...").
    opening = first_sentence(tutor, "berlin blockade cause")
    assert "Stalin" in opening and not opening.startswith("The Berlin Blockade"), opening


def test_the_role_of_one_subject_of_a_title_comes_from_that_subject_s_sections(tutor):
    # "Consuls and attachés": "what does an attaché do?" was answered with consular functions.
    opening = first_sentence(tutor, "what does an attache do")
    assert "attach" in opening.lower() and "consular" not in opening.lower(), opening
