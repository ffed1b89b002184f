"""Words a learner writes as names are not repaired into everyday words (issue #10, branch
oos21): "Stellaris" is a game, not the knowledge's "settlers", and "PMQs" no "PMs". A name
is repaired only into a word the knowledge writes as a name ("Metternic" is Metternich, "JCOA"
the JCPOA). Written for branch oos21, not taken from the evaluation sets."""

import pytest

from tutor.answering.session import Session
from tutor.search.names import names_as_written


def test_names_as_written_are_capitalised_inside_a_sentence_or_acronyms():
    assert names_as_written("How does trade work in Anno? And what are PMQs") == {"anno", "pmqs"}


def test_a_title_or_shouting_names_nothing():
    assert names_as_written("What Is The Treaty Of Versailles") == frozenset()
    assert names_as_written("WHAT IS NATO") == frozenset()


def test_a_capitalised_unknown_word_stays_as_written(tutor):
    retriever = tutor.retriever
    assert retriever.repair("how does diplomacy work in stellaris", written="how does diplomacy work in Stellaris")[1] == []
    assert retriever.repair("what did metternic do", written="what did Metternic do")[1] == [("metternic", "metternich")]


@pytest.mark.parametrize("question", ["how do alliances work in Stellaris", "what do MPs do at PMQs"])
def test_a_name_of_something_else_is_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize("question", ["what did Metternic do at the congress of vienna", "who was Kisinger", "what was implementation day for the JCOA", "LaGarnd case what was that about"])
def test_a_misspelt_name_of_the_knowledge_is_still_repaired(tutor, question):
    assert not Session(tutor).respond(question).out_of_scope


def test_a_misspelt_acronym_is_repaired_into_one_the_knowledge_writes(tutor):
    assert ("jcoa", "jcpoa") in tutor.retriever.repair("what was implementation day for the jcoa", written="what was implementation day for the JCOA")[1]
    assert "16 January 2016" in Session(tutor).respond("what was implementation day for the JCOA").answer
