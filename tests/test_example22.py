"""Comparisons and examples (branch example22): a side of "is X the same as Y or not?" ends
before the other answer to the yes/no; a comparison of two things one document treats, with
no section contrasting them, opens with the sentence of a side's own section that sets it
against the other outright; the Council of Europe is told apart from the EU; "name a treaty
that ended ..." is answered from the document titled by the kind whose definition says so.

The questions are written for these tests, not taken from an evaluation set."""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("is a treaty the same as a convention or not?", ("a treaty", "a convention")),
        ("is an embassy the same as a consulate or different", ("an embassy", "a consulate")),
        ("is soft power the same as public diplomacy or something else?", ("soft power", "public diplomacy")),
    ],
)
def test_the_other_answer_to_a_yes_no_is_no_part_of_a_side(tutor, question, sides):
    assert tutor.intents.understand(question).sides == sides


def test_consular_and_diplomatic_immunity_are_set_apart(tutor):
    answer = Session(tutor).respond("are consular and diplomatic immunity the same or not").answer
    assert "**Diplomatic immunity**" in answer and "or not" not in answer
    assert "fully protected from arrest" in answer


def test_a_side_s_own_section_can_state_the_key_difference(tutor):
    """Both sides lead to the EU's document; the Council of Europe's section says outright
    ("whereas") how it differs from the EU, and that opens the answer."""
    answer = Session(tutor).respond("council of europe vs european union?").answer
    assert answer.startswith("**The key difference:** The Council of Europe is not an institution of the European Union"), answer
    assert "human rights" in answer.split("\n")[0]


def test_a_while_of_time_states_no_key_difference(tutor):
    """"runs the embassy while the ambassador is absent" sets nothing apart."""
    answer = Session(tutor).respond("how is a charge d'affaires different from an ambassador").answer
    assert "while the ambassador is absent" not in answer.split("\n")[0]


def test_a_case_of_a_kind_comes_from_the_document_defining_itself_so(tutor):
    """The July Crisis document scores best on the First World War, but it is no treaty; the
    Treaty of Versailles defines itself as the treaty that ended it (Brest-Litovsk only took
    Russia out of it)."""
    for question in ("name a treaty that ended the first world war", "example of a treaty that ended world war 1"):
        answer = Session(tutor).respond(question).answer
        assert "Treaty of Versailles" in answer.split("\n")[0], answer


@pytest.mark.parametrize(
    ("question", "sides", "same"),
    [
        ("what are the similarities between nato and the osce", ("nato", "the osce"), False),
        ("how are the un and the league of nations alike", ("the un", "the league of nations"), False),
        ("kyoto vs paris similarities?", ("kyoto", "paris"), False),
        ("track two and track one and a half: same or different?", ("track two", "track one and a half"), True),
    ],
)
def test_likeness_and_same_or_different_are_comparisons(tutor, question, sides, same):
    understanding = tutor.intents.understand(question)
    assert understanding.intent == "comparison" and understanding.sides == sides and understanding.asks_same == same


def test_a_denied_kind_chooses_no_document_defined_as_it(tutor):
    """"An agreement that wasn't a treaty": its terms say "agreement" and "treaty" alone, so
    the Paris Agreement, defined as a treaty, is not taken for a case of it."""
    answer = Session(tutor).respond("example of an agreement which isn't a treaty").answer
    assert not answer.startswith("The Paris Agreement is"), answer
    assert tutor.retriever.search("a deal that isn't binding").denies and not tutor.retriever.search("an agreement on climate").denies


def test_a_case_set_aside_is_not_the_answer(tutor):
    """"Other than X, are there other ...?" asks for the others: the section headed as
    telling them answers, not the overview of the one set aside; an example section headed
    by the case set aside gives way to another."""
    assert tutor.retriever.search("apart from kissinger, who else?").set_aside == frozenset(tutor.retriever.query_tokens("kissinger"))
    answer = Session(tutor).respond("apart from tlatelolco are there any other nuclear-weapon-free zones?").answer
    assert "Rarotonga" in answer.split("\n")[0] and not answer.startswith("The Treaty of Tlatelolco"), answer
    answer = Session(tutor).respond("back channel examples apart from oslo?").answer
    assert not answer.startswith("The Oslo"), answer
    answer = Session(tutor).respond("are there other examples of shuttle diplomacy besides kissinger?").answer
    assert "Kissinger" not in answer.split(". ")[0], answer
