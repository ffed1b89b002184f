""""What was the point of X?": a question asking nothing but what its subject was for is
answered by the document's first sentence saying its aim (branch reason22), not by a section
that says "purpose" of another thing or why the subject matters. Questions phrased otherwise
than the development set's.
"""

from tutor.answering.session import Session
from tutor.search.text import split_sentences


def first_sentence(answer: str) -> str:
    return (split_sentences(answer.split("\n\n")[0]) or [""])[0]


def test_the_point_of_an_organisation_is_the_aim_its_overview_gives(tutor):
    """"What is the purpose of the united nations?" opened with the Charter, which "sets out
    its purposes"; the overview says what the UN was created to do."""
    reply = Session(tutor).respond("what is the purpose of the united nations")
    assert "peace and security" in first_sentence(reply.answer)


def test_an_aim_said_by_the_makers_hope_answers(tutor):
    """The sentence after one opening with the subject may give its aim by its makers' hope
    ("hoping to win recognition of the borders"), though it does not name the subject."""
    reply = Session(tutor).respond("what was the purpose of the helsinki final act")
    assert reply.sources[0].id == "helsinki-final-act"
    assert "borders" in first_sentence(reply.answer)


def test_an_aim_of_another_thing_in_the_sentence_does_not_answer(tutor):
    """A "to ..." of a clause about something else ("To win votes, the Senate attached
    conditions, ... to keep the canal open") and the aim of another subject of the same
    document ("The Minsk agreements were ... signed ... to stop the war") are no aim of
    what is asked."""
    reply = Session(tutor).respond("what was the point of the panama canal treaties")
    assert not first_sentence(reply.answer).startswith("To win votes")
    reply = Session(tutor).respond("what was the purpose of the budapest memorandum")
    assert not first_sentence(reply.answer).startswith("The Minsk agreements")


def test_the_aim_is_found_only_for_a_question_asking_nothing_else(tutor):
    """The aim answers "what was the point of ...?" only: a "why?" asking something besides
    (the point of the talks *ending*) keeps its own answer."""
    reply = Session(tutor).respond("what was the purpose of the six party talks")
    assert "to end North Korea's nuclear weapons programme" in first_sentence(reply.answer)
    reply = Session(tutor).respond("why did north korea quit the six party talks")
    assert "rocket launch" in first_sentence(reply.answer)


def test_the_knowledge_says_why_the_washington_conference_was_called(tutor):
    """Its new background section gives the cause (branch reason22): the naval arms race among
    the United States, Britain and Japan after the First World War."""
    reply = Session(tutor).respond("what led to the washington naval conference")
    assert reply.sources[0].section.startswith("Background")
    assert "arms race" in first_sentence(reply.answer)


def test_the_knowledge_says_what_sadat_hoped_for_in_jerusalem(tutor):
    """The Camp David background says why Sadat went to Jerusalem, not only that he went."""
    reply = Session(tutor).respond("how come sadat went to jerusalem")
    assert "peace" in first_sentence(reply.answer)


def test_a_why_of_finding_fault_is_answered_by_what_critics_say(tutor):
    """"Why is X controversial / a problem?" asks what critics say of X: the section headed as
    criticism answers, not the one on where X came from ("Origins of the veto")."""
    for question in ("why is the p5 veto so contentious", "why is the veto in the security council seen as a problem"):
        reply = Session(tutor).respond(question)
        assert reply.sources[0].section.startswith("Criticism"), question
        assert "block" in first_sentence(reply.answer), question


def test_a_why_of_finding_fault_keeps_its_answer_where_no_section_criticises(tutor):
    """A document with no section headed as criticism answers as before: the Munich Agreement's
    sections say what went wrong in their own words."""
    reply = Session(tutor).respond("why is the munich agreement so controversial")
    assert reply.sources[0].id == "munich-agreement"
    assert not reply.sources[0].section.startswith("Criticism")


def test_the_aim_of_a_subject_is_no_phrase_the_knowledge_must_say(tutor):
    """"What was the aim of Ostpolitik?" was declined as a two-word phrase ("aim of ostpolitik")
    the knowledge never says, as "the capital of France" is; an aim word after "the" asks what
    the subject was for. A kind of thing named with one ("a point of order") is still a phrase."""
    for question in ("what was the aim of ostpolitik", "what was the purpose of ostpolitik"):
        reply = Session(tutor).respond(question)
        assert not reply.out_of_scope, question
        assert reply.sources[0].id == "ostpolitik-and-two-plus-four", question
    assert Session(tutor).respond("what is a point of order").out_of_scope


def test_an_agreement_to_establish_relations_is_its_aim(tutor):
    """"Agreed to establish diplomatic relations with Israel and normalise their ties" says what
    the Abraham Accords were for, not the Palestinian leaders' view of them."""
    reply = Session(tutor).respond("what was the purpose of the abraham accords")
    assert "establish diplomatic relations" in first_sentence(reply.answer)


def test_walking_out_of_talks_asks_why_they_ended(tutor):
    """Quitting, withdrawing, walking out or pulling out ends the talks for the party that
    leaves: a heading on why they ended ("Why the talks ended and what they teach") gives the
    cause, not the overview saying only that it walked out."""
    words = tutor.resolver.words
    for question in ("why did north korea walk away from the talks", "why did the us pull out of the treaty", "why did they withdraw"):
        assert words.asks_failure(tutor.retriever.query_tokens(question)), question
    reply = Session(tutor).respond("why did the north koreans walk away from the six-party talks")
    assert reply.sources[0].section.startswith("Why the talks ended")
    assert "rocket launch" in first_sentence(reply.answer)


def test_the_aim_word_finds_no_other_subjects_purposes(tutor):
    """"The purpose of X" names the kind of answer: it found the "Purposes and functions" of
    diplomacy itself before public diplomacy or summits."""
    assert Session(tutor).respond("what is the purpose of public diplomacy").sources[0].id == "public-diplomacy"
    assert Session(tutor).respond("whats the point of summits").sources[0].id == "summit-diplomacy"


def test_whats_the_point_keeps_its_aim_word_and_another_name_is_the_subject(tutor):
    """"What's the point of X?" is read as "what is the purpose of X?", not a bare "why X",
    and "the Helsinki accords" names the Helsinki Final Act: its aim answers, not its
    overview."""
    reply = Session(tutor).respond("what's the point of the helsinki accords")
    assert reply.sources[0].id == "helsinki-final-act"
    assert "borders" in first_sentence(reply.answer)


def test_a_sentence_naming_the_aim_answers_before_a_deed_done_to_the_subject(tutor):
    """"The logic of the ABM Treaty was that ..." gives its point; "would withdraw from the
    ABM Treaty in order to build ..." gives the aim of a withdrawal."""
    reply = Session(tutor).respond("what was the point of the ABM treaty")
    assert first_sentence(reply.answer).startswith("The logic of the ABM Treaty")


def test_the_aim_word_still_counts_against_a_passage_holding_part_of_the_rest(tutor):
    """Searched without its aim word, "the purpose of the roman senate" is still declined:
    the US Senate's passage lacks "roman", and the aim word counts against it too."""
    assert Session(tutor).respond("what is the purpose of the roman senate").sources == []


def test_with_no_aim_said_what_the_subject_is_and_does_answers(tutor):
    """No sentence says what the Vienna Convention on the Law of Treaties was for: its overview
    ("sets out the rules for how treaties ... are made") answers, not a sentence whose "aims to"
    is a state's and names only "a treaty", its everyday word; nor, for the diplomatic
    convention, one saying "for all official purposes"."""
    reply = Session(tutor).respond("what is the purpose of the vienna convention on the law of treaties")
    assert "sets out the rules" in first_sentence(reply.answer)
    reply = Session(tutor).respond("what is the purpose of the vienna convention on diplomatic relations")
    assert "sets out the rules" in first_sentence(reply.answer)
    reply = Session(tutor).respond("what was the purpose of the budapest memorandum")
    assert "non-nuclear-weapon state" in first_sentence(reply.answer)
