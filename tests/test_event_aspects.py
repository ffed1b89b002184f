"""What a question asks of an event besides its kind of answer (branch section20): its terms
("what did Japan gain at Portsmouth?") are answered by the section saying what was agreed or
decided, what came after it ("what did the Berlin Blockade lead to?") by the section on what
happened next, not by the overview or the background that share the question's other words.
The noun a learner names an agreement by ("the Sykes-Picot deal") and the words naming the
kind of answer ("which heads of state ...") find no section by themselves. Questions written
for these tests, not taken from the evaluation sets."""

import pytest

from tutor.answering.session import Session


def answered(tutor, *turns: str) -> tuple[str, str]:
    """The last reply's text before its sources, and the section it opens with."""
    session = Session(tutor)
    for turn in turns[:-1]:
        session.respond(turn)
    reply = session.respond(turns[-1])
    return reply.answer.split("\n\nSources")[0], reply.sources[0].section


@pytest.mark.parametrize(("question", "aspect"), [
    ("what did japan gain under the treaty of portsmouth", "terms"),
    ("terms of the tashkent declaration?", "terms"),
    ("what was actually in the antarctic treaty", "terms"),
    ("what territory did russia give up at brest-litovsk", "terms"),
    ("what did the berlin blockade lead to", "outcome"),
    ("what happened after the helsinki final act was signed", "outcome"),
    ("what became of the sykes-picot deal", "outcome"),
    # Round 29: the outcome of a conference is what it agreed; of talks, what came of them
    # ("Background: the Agreed Framework" is no result of the Six-Party Talks).
    ("what were the outcomes of the berlin conference of 1884-85?", "terms"),
    ("what were the results of the six party talks?", "outcome"),
    ("what was the outcome of the cuban missile crisis", "outcome"),
    ("what led to the berlin blockade", None),  # its cause, not what came after
    ("how did the cuban missile crisis end", "ending"),  # its own end (round 29: an aspect of its own), not its outcome
    ("what year did they agree on the treaty of portsmouth", None),  # a date
    ("how are the results of negotiations written down in terms of law", None),
])
def test_what_a_question_asks_of_an_event(tutor, question, aspect):
    assert tutor.intents.understand(question).aspect == aspect


@pytest.mark.parametrize(("question", "section", "said"), [
    # Its terms: what was decided, not the overview defining it or the negotiators' section
    # naming Japan most often.
    ("what were the terms of the tashkent declaration", "What the Tashkent Declaration said", "withdraw"),
    ("what did japan gain under the treaty of portsmouth", "What the Treaty of Portsmouth decided", "Sakhalin"),
    ("what territory did japan give up in the treaty of san francisco", "What the Treaty of San Francisco decided", "Taiwan"),
    # The verb asking for them finds no sentence ("helped establish the framework" of why it matters).
    ("what did the peace of westphalia establish", "What was agreed", "three main treaties"),
    # What came after it, not its overview.
    ("what did the berlin blockade lead to", "Consequences and lessons", "Federal Republic"),
    ("what happened after the helsinki final act was signed", "What happened next", "Moscow Helsinki Group"),
    # "Signed" sets the point the question asks from, not a sentence to find (the overview's
    # "signed in Tashkent").
    ("what happened to the tashkent declaration once it had been signed afterwards", "What happened next", "unpopular"),
])
def test_the_aspect_asked_is_answered_by_its_section(tutor, question, section, said):
    text, opened = answered(tutor, question)
    assert opened.startswith(section) and said in text


def test_an_aspect_the_document_does_not_tell_changes_nothing(tutor):
    """The treaties document has no section on what came after anything: asked what came of
    its outcomes, its words still weigh its sections as they would with no aspect read."""
    chooser = tutor.resolver.passages
    result = tutor.retriever.search("what came after the outcomes of negotiations were formalised")
    plain = chooser.from_result(result, "definition")
    read = chooser.from_result(result, "definition", aspect="outcome")
    assert plain.topic == read.topic == "treaties-and-resolutions"
    assert [p.chunk.id for p in read.passages] == [p.chunk.id for p in plain.passages] and read.anchor == plain.anchor


def test_the_noun_naming_an_agreement_finds_no_section(tutor):
    """"The Sykes-Picot deal" names the agreement; "planned how to divide" in its overview is
    no answer to what became of it."""
    text, opened = answered(tutor, "what became of the sykes-picot deal")
    assert opened.startswith("What happened next") and "San Remo" in text


def test_the_words_naming_the_kind_of_answer_find_no_sentence(tutor):
    """"Heads of state" says a person is wanted: the sentence saying who signed answers, not
    the one naming a "Secretary of State"."""
    text, _ = answered(tutor, "what heads of state signed the accords at dayton")
    first = text.split(". ")[0]
    assert "Izetbegović" in first and "Holbrooke" not in first


def test_a_follow_up_asks_the_aspect_of_the_subject(tutor):
    """"What did it lead to?" after the Berlin Blockade: no section says "lead", the one on
    its consequences answers, not the overview just shown."""
    text, opened = answered(tutor, "what was the berlin blockade", "what did it lead to")
    assert opened == "Consequences and lessons" and "Federal Republic" in text


def test_a_follow_up_asking_the_terms_stays_with_the_subject(tutor):
    """"What were the terms?" after the Treaty of Versailles asks its terms, not what the
    document on "Terms of diplomacy" or the sherpas' "term" says."""
    text, opened = answered(tutor, "what was the treaty of versailles", "and what were the terms")
    assert opened.startswith("What was agreed") and "100,000" in text
    _, opened = answered(tutor, "tell me about the munich agreement", "what were the terms")
    assert opened == "Overview"  # it has no section of its own on them: its definition says them


def test_the_words_naming_the_kind_of_answer_find_no_document(tutor):
    """"Which countries were members of the Big Three?" is about the Big Three: "countries"
    says what is wanted and found the sovereign equality "of all its members" instead."""
    text, opened = answered(tutor, "which countries were members of the big three")
    assert "Big Three" in text.split(". ")[0] and "sovereign" not in opened.casefold()
