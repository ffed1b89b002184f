"""Openings and order of answers (issue 10, round 14): an example answer opens with the
sentence calling a named case an example of what is asked outright, not a definition before
it nor a classic case of another thing, and of the cases, with the one naming most of the
subject asked; a "why?" asked of a thing done in general opens with
a reason of its passage, not a dated case; a sentence pointing at sentences the answer does
not give ("Two Cold War forums are classic examples ...") is left out. Questions written for
these tests."""

from test_who_answers import first_sentence

from tutor.answering.composition import OUTRIGHT_EXAMPLE, WHY_IN_GENERAL, Candidate
from tutor.answering.session import Session


def test_outright_examples_and_what_they_are_of():
    found = OUTRIGHT_EXAMPLE.search("The Munich Agreement is the best-known example of appeasement, and it failed.")
    assert found is not None and found.group(1) == "appeasement"
    assert OUTRIGHT_EXAMPLE.search("The best-known example is the Marshall Plan.").group(1) is None
    assert OUTRIGHT_EXAMPLE.search("The treaty is the best-known early example of mediation by a president.").group(1) == "mediation by a president"
    assert OUTRIGHT_EXAMPLE.search("Coercive diplomacy often fails.") is None


def test_an_example_answer_opens_with_the_case_called_an_example(tutor):
    assert "Marshall Plan" in first_sentence(tutor, "an example of economic incentives in diplomacy")


def test_a_classic_case_of_another_thing_is_no_example_of_what_is_asked(tutor):
    composer = tutor.composer
    passage = tutor.retriever.search("Cuban Missile Crisis classic case of crisis diplomacy").passages[0]
    candidate = Candidate("The Cuban Missile Crisis of October 1962 is the classic case of crisis diplomacy.", passage, 1.0, False)
    assert not composer._names_an_example(candidate, tutor.retriever.query_tokens("give me an example of a confidence-building measure"))
    assert composer._names_an_example(candidate, tutor.retriever.query_tokens("an example of crisis diplomacy"))


def test_why_in_general_against_why_it_happened_once():
    assert WHY_IN_GENERAL.search("why do presidents and prime ministers hold summits")
    assert WHY_IN_GENERAL.search("why would a country break off relations")
    assert not WHY_IN_GENERAL.search("why did the us leave the inf treaty")


def test_why_in_general_opens_with_a_reason_not_a_dated_case(tutor):
    opening = first_sentence(tutor, "why do presidents and prime ministers hold summits")
    assert "personal trust" in opening and "1978" not in opening


def test_a_sentence_pointing_at_sentences_left_out_is_left_out(tutor):
    answer = Session(tutor).respond("give me examples of track two talks").answer
    assert answer.startswith("The secret Oslo channel")
    assert "Two Cold War forums" not in answer


def test_a_sentence_pointing_back_at_its_own_sections_subject_follows_no_other_section(tutor):
    """"In May 1993 the channel became official ..." (of the Oslo back channel) read after
    the Cuban Missile Crisis's back channel would be said of Kennedy and Dobrynin's; after
    the Geneva tribunal is named, "The tribunal first set aside ..." keeps its place."""
    answer = Session(tutor).respond("give me an example of back channel diplomacy").answer
    assert answer.startswith("The Cuban Missile Crisis") and "the channel became official" not in answer
    assert "The tribunal first set aside" in Session(tutor).respond("where did the tribunal for the alabama claims meet").answer


def test_an_example_asked_after_a_subject_opens_with_a_case_of_that_subject(tutor):
    opening = first_sentence(tutor, "explain what protecting powers are", "any real example?")
    assert "protecting power" in opening and "Switzerland" in opening
