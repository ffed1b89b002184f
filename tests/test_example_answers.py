"""Example questions (branch compare16): an example asked for on its own opens with the
case the subject is known by, not the section on the cases beside it ("Other examples of
shuttle diplomacy"); asked for another, with a case not just given."""

from tutor.answering.session import Session
from tutor.search.text import split_sentences


def first_sentence(answer: str) -> str:
    return (split_sentences(answer.split("\n\n")[0]) or [""])[0]


def test_an_example_asked_first_is_the_case_the_subject_is_known_by(tutor):
    """Kissinger's shuttles of 1974, which named shuttle diplomacy; Haig's unsuccessful one
    of 1982 opened the answer because its section is headed "Other examples"."""
    for question in ("give me an example of shuttle diplomacy", "what's an example of shuttle diplomacy?"):
        assert "Henry Kissinger" in first_sentence(Session(tutor).respond(question).answer), question
    # After another subject, the question still asks for an example of its own.
    session = Session(tutor)
    session.respond("what is nato?")
    assert "Henry Kissinger" in first_sentence(session.respond("give me an example of shuttle diplomacy").answer)


def test_another_example_is_one_not_just_given(tutor):
    """"Other examples of shuttle diplomacy?" and "give me another example" after Kissinger's
    are answered by the section on the other cases, not Kissinger's again."""
    assert "Kissinger" not in first_sentence(Session(tutor).respond("other examples of shuttle diplomacy?").answer)
    for follow_up in ("give me another example", "any other examples?", "any more examples?"):
        session = Session(tutor)
        session.respond("give me an example of shuttle diplomacy")
        answer = session.respond(follow_up).answer
        assert "Kissinger" not in first_sentence(answer) and ("Holbrooke" in answer or "Haig" in answer), follow_up


def test_a_country_hit_with_sanctions_is_one_they_were_imposed_on(tutor):
    """"Hit with sanctions" is how learners say the knowledge's "imposed sanctions on": the
    rare word "hit" made the example question look out of scope."""
    assert tutor.intents.in_the_knowledge_words("a country being hit with sanctions") == "a country being under sanctions imposed"
    reply = Session(tutor).respond("what's an example of a country being hit with sanctions for diplomatic reasons")
    assert not reply.out_of_scope and "Iran" in first_sentence(reply.answer)
    # A school's sanctions stay out of scope however they are said.
    assert Session(tutor).respond("my school hit me with sanctions for being late, can i appeal").out_of_scope


def test_an_example_of_a_qualified_kind_is_one_of_that_kind(tutor):
    """"For example, the Élysée Treaty of friendship ..." names an example and a treaty, but
    no peace: an example of a peace treaty opens with one that says it is one (the Treaty of
    Versailles "was the peace treaty that ...", the Egypt-Israel Peace Treaty)."""
    for question in ("give an example of a peace treaty", "can you give me an example of a peace treaty?"):
        assert "peace treaty" in first_sentence(Session(tutor).respond(question).answer).lower(), question


def test_an_example_under_a_heading_of_its_kind_still_counts(tutor):
    """The section "State visits and official visits: an example" names the kind its
    "A famous example is ... Nixon's visit" does not say in full."""
    assert first_sentence(Session(tutor).respond("give me an example of a state visit").answer).startswith("A famous example is")


def test_an_example_of_a_kind_comes_from_a_document_of_that_kind(tutor):
    """When the best passage is not even of the kind asked for and names nothing the question
    names (UN peacekeeping's failures for "a summit that ended in failure"), a passage of a
    document of the kind answers; a kind that only qualifies the thing asked ("a peace deal
    brokered by the United States") leaves a passage naming the rest."""
    assert "Reykjavik" in first_sentence(Session(tutor).respond("an example of a summit that ended in failure").answer)
    assert "Abraham Accords" in Session(tutor).respond("give an example of a peace deal brokered by the united states").answer
