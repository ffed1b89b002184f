"""Conversations through the real knowledge base and retriever: follow-ups, topics,
commands, out-of-scope replies, comparisons and determinism."""

import pytest

from tutor.answering.session import Session


@pytest.fixture
def session(tutor):
    return Session(tutor)


def source_ids(reply):
    return [s.id for s in reply.sources]


def test_definition_starts_with_the_defining_sentence(session):
    reply = session.respond("What is track one diplomacy?")
    assert reply.intent == "definition" and not reply.out_of_scope
    # No stock opener: the answer's first words are the defining sentence.
    assert reply.answer.startswith("Track one diplomacy is")
    assert "Sources: Track one diplomacy › Overview" in reply.answer
    assert 2 <= len(reply.followups) <= 3


def test_typos_are_repaired(session):
    reply = session.respond("wat is trak one diplomcy")
    assert source_ids(reply)[0] == "track-one-diplomacy"


def test_follow_ups_stay_with_the_iran_deal(session):
    first = session.respond("Tell me about the Iran nuclear deal")
    assert first.topic == "jcpoa"
    when = session.respond("When was it agreed?")
    assert when.intent == "when" and when.topic == "jcpoa" and "2015" in when.answer
    who = session.respond("Who negotiated it?")
    assert who.topic == "jcpoa" and "P5+1" in who.answer
    more = session.respond("tell me more")
    assert more.topic == "jcpoa"
    shown_before = {s.chunk_id for r in (first, when, who) for s in r.sources}
    assert not {s.chunk_id for s in more.sources} & shown_before
    example = session.respond("give me an example")
    assert example.topic == "jcpoa" and not example.out_of_scope


def test_and_asean_switches_topic_keeping_the_question(session):
    session.respond("What is the African Union?")
    reply = session.respond("and ASEAN?")
    assert reply.topic == "asean" and reply.intent == "definition"
    assert "Association of Southeast Asian Nations" in reply.answer


def test_a_standalone_question_switches_topic(session):
    session.respond("Tell me about the Iran nuclear deal")
    reply = session.respond("What is the Peace of Westphalia?")
    assert reply.topic == "peace-of-westphalia"


def test_tell_me_more_runs_out_politely(session):
    session.respond("What is shuttle diplomacy?")
    seen = set()
    for _ in range(12):
        reply = session.respond("tell me more")
        if not reply.sources:
            break
        chunk = reply.sources[0].chunk_id
        assert chunk not in seen
        seen.add(chunk)
    assert "everything I have" in reply.answer


def test_tell_me_more_without_a_topic(session):
    reply = session.respond("tell me more")
    assert not reply.sources and "Ask me about a subject first" in reply.answer


def test_out_of_scope_is_declined_with_three_suggestions(session):
    reply = session.respond("What is a good recipe for banana bread?")
    assert reply.out_of_scope and reply.sources == []
    assert "outside" in reply.answer or "beyond" in reply.answer
    assert len(reply.followups) == 3
    for suggestion in reply.followups:
        assert not Session(session.tutor).respond(suggestion).out_of_scope


def test_near_misses_are_declined(session):
    for question in ["How do I negotiate a higher salary?", "What sanctions can a school impose on a student for cheating?"]:
        assert Session(session.tutor).respond(question).out_of_scope, question


def test_comparison_sets_both_sides_side_by_side(session):
    reply = session.respond("What is the difference between track one and track two diplomacy?")
    assert reply.intent == "comparison"
    assert "**Track one diplomacy**" in reply.answer and "**Track two diplomacy**" in reply.answer
    assert {"track-one-diplomacy", "track-two-diplomacy"} <= set(source_ids(reply))


def test_comparison_key_difference_is_found_with_the_sides_not_the_asking_words(session):
    # "vs" and "difference" are words of the "Track one vs track two" document; the key
    # difference between two other things must not come from it.
    reply = session.respond("protocol vs treaty")
    assert reply.intent == "comparison"
    assert "track-one-vs-track-two" not in source_ids(reply)


def test_a_named_document_beats_passages_that_share_only_the_other_words(session):
    # "Negotiation theory" matches "scholar", "wrote" and "theory" better, but never names
    # coercive diplomacy, the subject the question names.
    reply = session.respond("which scholar wrote the theory of coercive diplomacy")
    assert source_ids(reply)[0] == "coercive-diplomacy"


def test_follow_up_prompts_are_answerable(session):
    reply = session.respond("What is the Congress of Vienna?")
    for prompt in reply.followups:
        answer = Session(session.tutor).respond(prompt)
        assert not answer.out_of_scope, prompt


def test_slash_commands(session):
    assert "fresh" in session.respond("/sources").answer.lower() or "no answer yet" in session.respond("/sources").answer.lower()
    session.respond("What is ASEAN?")
    sources = session.respond("/sources").answer
    assert "Association of Southeast Asian Nations" in sources and "From:" in sources
    topics = session.respond("/topics").answer
    assert "Landmark cases" in topics and "Camp David Accords" in topics
    assert "/new" in session.respond("/help").answer
    session.respond("/new")
    assert "Ask me about a subject first" in session.respond("tell me more").answer
    assert "/frobnicate" in session.respond("/frobnicate").answer


def test_social_turns(session):
    assert session.respond("hello").intent == "greeting"
    assert session.respond("thanks!").intent == "thanks"
    assert "track one diplomacy" in session.respond("what can you do?").answer


def test_same_input_same_output(tutor):
    questions = ["What is ASEAN?", "Why does it matter?", "tell me more", "What is sushi?"]
    first = [Session(tutor).respond(q).answer for q in questions]
    second = [Session(tutor).respond(q).answer for q in questions]
    assert first == second


def test_hostile_input_is_answered(session):
    for text in ["", "   ", "x" * 100_000, "\x1b[2J\x1b[31mWhat is NATO?\x07", "[bold]What is NATO?[/bold]", "\x00\x01\x02", "🙂" * 50]:
        reply = session.respond(text)
        assert isinstance(reply.answer, str) and reply.answer
        assert "\x1b" not in reply.answer and "\x00" not in reply.answer
    assert session.respond("\x1b[31mWhat is NATO?").topic == "nato"


def test_a_short_follow_up_stays_but_what_is_switches(session):
    session.respond("Tell me about the Dayton Accords")
    assert session.respond("who was the main mediator?").topic == "dayton-accords"
    assert session.respond("What is shuttle diplomacy?").topic == "shuttle-diplomacy"


def test_personal_questions_are_declined(tutor):
    for question in ["Which sherpa company should I hire for Everest?", "How do I become more diplomatic with my coworkers?"]:
        assert Session(tutor).respond(question).out_of_scope, question


def test_it_can_lead_to_the_document_about_that_aspect(session):
    session.respond("What is track one diplomacy?")
    assert session.respond("Why does it matter?").topic == "why-track-one-matters"


def test_an_example_of_a_concept_is_a_landmark_case(tutor):
    session = Session(tutor)
    session.respond("What is summit diplomacy?")
    example = session.respond("give me an example")
    related_cases = [d for d in tutor.retriever.documents["summit-diplomacy"].related if tutor.retriever.documents[d].topic == "cases"]
    assert example.topic in related_cases + ["summit-diplomacy"]
    assert not example.out_of_scope


def test_follow_up_labels_read_as_questions_or_requests():
    from tutor.answering.session import section_prompt, title_in_sentence

    templates = {"section": "Tell me about the {heading} of {topic}", "section_question": "{question}?", "section_clause": "Tell me {clause}"}
    assert section_prompt("What is a chargé d'affaires", "Ambassadors, chargés d'affaires and envoys", templates) == "What is a chargé d'affaires?"
    assert section_prompt("Who negotiated it and when", "JCPOA", templates) == "Tell me who negotiated JCPOA and when"
    assert section_prompt("Background", "Camp David Accords", templates) == "Tell me about the background of Camp David Accords"
    assert section_prompt("State visits", "Bilateral diplomacy", templates) == "Tell me about the state visits of bilateral diplomacy"
    assert title_in_sentence("Actors in track one diplomacy") == "actors in track one diplomacy"
    for name in ("Treaty of Versailles", "NATO", "G7 and G20", "United Nations", "European Union foreign policy"):
        assert title_in_sentence(name) == name


@pytest.mark.parametrize(
    ("question", "starts"),
    [
        ("What is a treaty?", "Treaties and resolutions are"),  # words common in the knowledge base
        ("What is diplomacy?", "Diplomacy is"),
        ("What is the UNFCCC?", "The United Nations Framework Convention on Climate Change"),
        ("What is the European Union?", "The European Union (EU) is"),
        ("define track 1 diplomacy", "Track one diplomacy is"),  # "1" and "one" are one number
        ("which countries are in the G7?", "The G7 has seven members"),  # the subject of a two-subject title
        ("What is diplomatic immunity?", "Diplomatic immunity is"),  # the section that lists this very question
    ],
)
def test_basic_questions_are_answered_directly(tutor, question, starts):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope and reply.answer.startswith(starts), reply.answer[:200]


def test_a_frame_relating_two_subjects_counts_neither_for_nor_against_the_question(tutor):
    # "part ... play" and "affect" ask how the Cold War bears on diplomacy; the subjects decide.
    for question in ("What part did the Cold War play in diplomacy?", "how did the cold war affect diplomacy"):
        reply = Session(tutor).respond(question)
        assert not reply.out_of_scope and "Cold War" in reply.answer, question
    for question in ("how did the weather affect the football match?", "what part does sugar play in baking bread"):
        assert Session(tutor).respond(question).out_of_scope, question


def test_a_named_subject_still_needs_the_rest_of_the_question_to_fit(tutor):
    # "Sanctions" is a document, but nothing in it speaks of schools, students or cheating.
    assert Session(tutor).respond("What sanctions can a school impose on a student for cheating?").out_of_scope
    assert not Session(tutor).respond("do sanctions actually work?").out_of_scope


def test_answers_open_with_no_stock_phrase(tutor):
    for question in ("Who negotiated the Camp David Accords?", "When was the INF Treaty signed?", "How many members does NATO have?"):
        answer = Session(tutor).respond(question).answer
        assert not answer.startswith(("In a nutshell", "Put simply", "The numbers, in short", "Here is", "Here are")), answer[:80]


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Can an ambassador be expelled?", "Yes."),
        ("Is a UN General Assembly resolution binding?", "No."),
        ("is an MoU legally binding?", "No."),
        ("Does the G20 have a permanent secretariat like the UN?", "No."),
    ],
)
def test_yes_no_questions_get_yes_or_no_first(tutor, question, verdict):
    assert Session(tutor).respond(question).answer.startswith(verdict + " ")


def test_yes_or_no_compares_what_the_question_and_the_answer_affirm():
    from tutor.answering.composition import yes_or_no

    assert yes_or_no("Can the police arrest a diplomat?", "A diplomatic agent is not liable to any form of arrest.") == "no"
    assert yes_or_no("Isn't a treaty binding?", "A treaty is not binding on third states.") == "yes"
    assert yes_or_no("Do the tracks compete?", "They complement each other rather than compete.") == "no"
    assert yes_or_no("Can an ambassador be expelled?", "The receiving state may declare any diplomat persona non grata.") == "yes"
    assert yes_or_no("Can a diplomat be arrested?", "Immunity shields diplomats from arrest.") == "no"
    # A year the question gives, and the sentence gives another.
    assert yes_or_no("Was the Helsinki Final Act signed in 1980?", "It was signed on 1 August 1975.") == "no"
    assert yes_or_no("Was the Helsinki Final Act signed in 1975?", "It was signed on 1 August 1975.") == "yes"
    assert yes_or_no("Was the UN founded in 1948?", "The UN was founded at the end of the Second World War.") is None
    # Asked whether two things are alike, a sentence setting them apart says no.
    assert yes_or_no("Do consuls have full immunity like diplomats?", "Consular immunity differs from diplomatic immunity.") == "no"
    assert yes_or_no("Do consuls have immunity like diplomats?", "Consuls have immunity for official acts.") == "yes"


def test_a_narrowed_claim_is_not_confirmed_by_a_sentence_that_does_not_narrow_it():
    from tutor.answering.composition import yes_or_no

    # "only" in the question, not in the sentence: the sentence does not say yes to it...
    assert yes_or_no("Is a state only a state if others recognise it?", "Recognition is a political decision.") is None
    # ...but it can still deny it, and a sentence that narrows it too can confirm it.
    assert yes_or_no("Is diplomacy just talking?", "Diplomacy is not a matter of talking alone.") == "no"
    assert yes_or_no("Can only states sign treaties?", "Only states and international organisations can sign treaties.") == "yes"


def test_what_a_name_stands_for_is_answered_by_the_defining_sentence(tutor):
    # Not by a sentence on "equal standing" that shares a stem with "stand".
    answer = Session(tutor).respond("what does OSCE stand for").answer
    assert answer.startswith("The Organization for Security and Co-operation in Europe (OSCE) is")


def test_a_question_after_a_scene_it_does_not_need_is_answered(tutor):
    # The whole message is too far from the knowledge base; its last sentence is not.
    question = "I saw on the news that the 'chargé d'affaires' was summoned instead of the ambassador. what even is a chargé d'affaires?"
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope and "heads an embassy in place of an ambassador" in reply.answer


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Was the Helsinki Final Act signed in 1980?", "No."),
        ("Was the Helsinki Final Act signed in 1975?", "Yes."),
        ("the Helsinki Final Act was signed in 1980, right?", "No."),  # a claim to confirm
    ],
)
def test_a_year_in_a_yes_no_question_is_checked_not_searched_for(tutor, question, verdict):
    # 1980 is in another sentence of the document (the follow-up meetings); the signing
    # sentence, with 1975, decides.
    assert Session(tutor).respond(question).answer.startswith(verdict + " ")


def test_a_choice_gets_no_verdict(tutor):
    answer = Session(tutor).respond("were the oslo accords track one or track two??").answer
    assert not answer.startswith(("Yes", "No"))


def test_a_sentence_that_denies_the_claim_outweighs_one_that_restates_its_words(tutor):
    # "START I entered into force" names as much of the question as "START II never
    # entered into force"; the denial decides.
    assert Session(tutor).respond("did START II ever enter into force").answer.startswith("No. ")


def test_the_sentence_that_says_yes_or_no_follows_it(tutor):
    answer = Session(tutor).respond("Does a president need 'full powers' to sign a treaty?").answer
    # Of its sentences, the one that denies the claim comes straight after "No.", before
    # the one that defines full powers.
    assert answer.startswith("No. ")
    assert answer.index("do not need to produce full powers") < answer.index("Full powers are a formal document")


def test_a_question_that_is_not_yes_or_no_gets_no_verdict(tutor):
    answer = Session(tutor).respond("Who negotiated the Camp David Accords?").answer
    assert not answer.startswith(("Yes", "No"))


def test_the_sentence_that_answers_opens_the_answer(tutor):
    # The section's run starts with how an ambassador is accepted; the sentence that
    # defines letters of credence comes first all the same.
    answer = Session(tutor).respond("What are letters of credence?").answer
    assert answer.startswith("Credentials, or letters of credence, are")


def test_words_that_leave_the_subject_start_afresh(tutor):
    session = Session(tutor)
    session.respond("What was the Helsinki Final Act?")
    reply = session.respond("ok, different question: what does INF stand for?")
    assert not reply.out_of_scope and "Intermediate-Range Nuclear Forces" in reply.answer
    assert reply.topic == "inf-treaty"


def test_it_with_no_subject_yet_gets_a_clarifying_question(tutor):
    reply = Session(tutor).respond("When was it signed?")
    assert not reply.out_of_scope and not reply.sources
    assert "refers to" in reply.answer and reply.followups


def test_a_yes_no_question_that_claims_nothing_gets_no_verdict(tutor):
    for question in ("Is NATO?", "is track one", "is it?"):
        session = Session(tutor)
        session.respond("What is NATO?")
        assert not session.respond(question).answer.startswith(("Yes", "No")), question


def test_a_follow_up_keeps_in_view_what_the_last_question_asked_about(tutor):
    # "they" is the US and Cuba, not any two states that broke relations.
    session = Session(tutor)
    session.respond("the US and Cuba had no embassies for decades, right?")
    reply = session.respond("when did they restore relations?")
    assert reply.topic == "breaking-diplomatic-relations" and "2015" in reply.answer
    # "that" is Russia's place in the G8: its end, not the G20's beginning.
    session = Session(tutor)
    for turn in ("what is the g7", "was russia ever in it?"):
        session.respond(turn)
    assert "2014" in session.respond("when did that end?").answer


def test_and_with_no_new_subject_asks_the_last_question_again(tutor):
    session = Session(tutor)
    for turn in ("what's the UN security council", "how many permanent members does it have?"):
        session.respond(turn)
    reply = session.respond("and in total?")
    assert reply.topic == "un-security-council" and "15 members" in reply.answer
    # "and ASEAN?" names a subject of its own and leaves the old one.
    session.respond("what is NATO")
    assert session.respond("and ASEAN?").topic == "asean"
