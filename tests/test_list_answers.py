"""A list answer opens with the sentence that sets out or counts the things asked for, keeps
every item of the list it introduces, and adds no sentence of another section (issue 10:
"put the asked-for fact first"), on questions written for these tests."""

from tutor.answering.session import Session


def answer_lines(tutor, question: str) -> list[str]:
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope and reply.intent == "list", question
    return [line.removeprefix("- ") for line in reply.answer.split("\n\nSources:")[0].splitlines()]


def test_a_sentence_counting_the_things_asked_opens_the_list(tutor):
    # "organises its preparation in two tracks." sets out nothing after a colon, but counts
    # the tracks asked for: it opens, and the tracks follow it, before the sous-sherpas.
    lines = answer_lines(tutor, "what tracks does the G20 prepare its summits in?")
    assert "two tracks" in lines[0]
    assert lines[1].startswith("The Sherpa Track") and lines[2].startswith("The Finance Track")


def test_every_item_of_the_list_introduced_is_kept(tutor):
    # The section's sentences before the mechanisms are long: the items come first.
    text = " ".join(answer_lines(tutor, "list the flexible mechanisms of the kyoto protocol"))
    assert "emissions trading" in text and "Clean Development Mechanism" in text and "Joint Implementation" in text


def test_a_list_set_out_whole_takes_nothing_from_another_section(tutor):
    reply = Session(tutor).respond("name the three pillars the NPT rests on")
    assert "Disarmament" in reply.answer and "Peaceful uses" in reply.answer
    assert len({source.chunk_id for source in reply.sources}) == 1, reply.answer


def test_a_sentence_setting_out_items_after_its_verb_opens_the_list(tutor):
    # "The main methods are negotiation ...; meetings ...; the formalisation ...", not the
    # definition of the methods before it.
    lines = answer_lines(tutor, "which methods does official diplomacy rely on?")
    assert lines[0].startswith("The main methods are negotiation")


def test_levels_asked_for_after_a_preposition_are_a_list(tutor):
    """"At what levels does track one diplomacy happen geographically?" asks for the levels:
    read as "what is", it was answered with the scope's definition, which names none."""
    lines = answer_lines(tutor, "at what levels does track one diplomacy happen geographically")
    assert "three levels" in lines[0] and "regional diplomacy" in lines[0]


def test_what_was_in_a_document_is_a_list_of_its_contents(tutor):
    """"What was actually in the Helsinki Accords?", "whats in the UN Charter": the contents."""
    assert "three \"baskets\"" in " ".join(answer_lines(tutor, "what was actually in the helsinki accords"))
    assert "Article 2" in answer_lines(tutor, "whats in the un charter")[0]
