"""Beginners' first questions worded as learners word them: "how long was X around", "how
many members in <year>", "where did X take place", "where is X located", "when did the UN
get started", "the treaty that ended WW1".

The questions are written for these tests, not taken from an evaluation set. Each checks one
general mechanism: `around` a stop word (tutor/search/text.py); a year in a "how many?"
weighing only in a sentence that counts what is asked (`counts` in sentences.py, the
sentence weighing in resolution/passages.py); the phrasings "take place" (held), an
organisation's start (founded) and "ended" with an object of its own (dialogues/intents.yaml);
"located" among the asking words.
"""

from __future__ import annotations

from tutor.answering.session import Session


def first_sentence(answer: str) -> str:
    return answer.split(". ")[0]


def test_around_as_existing_asks_the_span(tutor):
    # "around" shares nothing with the Cold War's "around the world": the League's span answers.
    reply = Session(tutor).respond("how long was the league of nations around for")
    assert not reply.out_of_scope
    assert "1920" in reply.answer and "1946" in reply.answer


def test_a_year_in_a_count_question_is_the_time_of_the_count(tutor):
    # The sentence with "2024" (Sweden joined) counts no members; the one counting them opens.
    answer = Session(tutor).respond("how many members did nato have in 2024").answer
    assert "32" in first_sentence(answer)
    # A sentence counting them in the year named still opens for that year.
    answer = Session(tutor).respond("how many members did nato have in 1949").answer
    assert "12 founding members" in first_sentence(answer)


def test_a_day_of_a_date_counts_no_year(tutor):
    reader = tutor.composer.reader
    terms = set(tutor.retriever.query_tokens("members 2024"))
    assert not reader.counts("Finland on 4 April 2023 and Sweden on 7 March 2024 joined.", terms)
    assert reader.counts("NATO had 32 members as of 2025.", terms)


def test_take_place_asks_where_it_was_held(tutor):
    # "take" and "place" apart match "take enforcement action" and "in place".
    answer = Session(tutor).respond("where did the yalta conference take place").answer
    assert "Crimea" in first_sentence(answer)


def test_located_asks_where_and_names_nothing(tutor):
    for question, place in [("where is the un located", "New York"), ("where is the wto located", "Geneva")]:
        reply = Session(tutor).respond(question)
        assert not reply.out_of_scope, question
        assert place in reply.answer, question


def test_an_organisations_start_is_its_founding(tutor):
    answer = Session(tutor).respond("when did the un get started").answer
    assert "1945" in first_sentence(answer)
    # Not when the verb has an object of its own: peacekeeping's start is asked.
    answer = Session(tutor).respond("when did the un start peacekeeping").answer
    assert "peacekeeping" in first_sentence(answer).lower()


def test_a_treaty_that_ended_a_war_is_not_asked_how_it_ended(tutor):
    # "ended WW1" is what the treaty did, not its termination (the law of treaties).
    reply = Session(tutor).respond("where was the treaty that ended ww1 signed")
    assert reply.sources[0].id == "treaty-of-versailles"
    assert "Versailles" in first_sentence(reply.answer)
    # An ending asked with nothing after it is still an ending.
    answer = Session(tutor).respond("when did the cold war end").answer
    assert "1991" in first_sentence(answer)


def test_who_runs_a_body_asks_who_leads_it(tutor):
    # "runs" is no word of the knowledge's for leading ("The United Nations has run more than
    # 70 peacekeeping operations"): who runs a body is who leads or heads it.
    answer = Session(tutor).respond("who runs nato").answer
    assert "Secretary General" in first_sentence(answer)
    # The past asks who organised an event, as the knowledge says.
    answer = Session(tutor).respond("who ran the congress of vienna").answer
    assert "Metternich" in first_sentence(answer)


def test_famous_events_beginners_ask_about_have_their_facts(tutor):
    # Knowledge added for questions learners ask of well-known events: the treaty that ended
    # the American war of independence, where the Yalta Conference met, when the Berlin Wall fell.
    for question, fact in [
        ("which treaty ended the american war of independence", "1783"),
        ("who were the big three at yalta", "Big Three"),
        ("when did the berlin wall fall", "9 November 1989"),
    ]:
        assert fact in first_sentence(Session(tutor).respond(question).answer), question
    # The sentence naming the Big Three names all three ("Franklin D. Roosevelt" has a full stop).
    assert "Joseph Stalin" in Session(tutor).respond("who were the big three at yalta").answer.split("\n")[0][:300]
