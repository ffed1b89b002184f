"""The answer gives the aspect of its subject the question asks about (branch section17): a
"what is ...?" of a term opens with what the term is, not a dated instance of it; a "where"
sharpened by "exactly" after a first question asks where; a learner's "sue a country" meets
the knowledge's "bring a case"; a follow-up naming a case another document heads turns to it."""

from tutor.answering.evaluation import first_sentence
from tutor.answering.resolution.passages import ASKS_TERM, ASKS_TERM_AFTER_SCENE
from tutor.answering.session import Session


def opening(tutor, *turns: str) -> str:
    session = Session(tutor)
    for turn in turns[:-1]:
        session.respond(turn)
    return first_sentence(session.respond(turns[-1]).answer, tutor.templates)


def test_a_term_is_answered_by_what_it_is_not_by_an_instance(tutor):
    """The Cuba embargo of 1962 is one instance of an embargo; the sentence saying what an
    embargo is answers (round 23: the sanctions document now defines it; before, the sentence
    placing embargoes among the restrictive measures answered)."""
    for question in ("what is an embargo", "what's a trade embargo", "define embargo"):
        first = opening(tutor, question)
        assert "embargo is" in first and "Cuba" not in first, question


def test_a_defining_sentence_names_the_term_by_its_verb(tutor):
    """"X is a ..." defines X; "The United States is the most active user ...; ... embargo"
    names an embargo only far past its verb."""
    reader = tutor.composer.reader
    embargo = frozenset(tutor.retriever.query_tokens("embargo"))
    assert reader.defines("An embargo is a ban on trade with a country.", embargo)
    assert not reader.defines(
        "The United States is the most active user of unilateral sanctions; for example, US President John F. Kennedy proclaimed a near-total embargo on trade with Cuba in February 1962.",
        embargo,
    )


def test_where_exactly_after_a_first_question_asks_where(tutor):
    """The question's last clause ("like where exactly did the talks happen") asks for the place."""
    question = "ok so the dayton accords, were they actually negotiated in dayton the city? like where exactly did the talks happen"
    assert tutor.intents.understand(question).intent == "where"
    assert tutor.intents.understand("nato, like when exactly was it founded").intent == "when"
    assert "Wright-Patterson" in opening(tutor, question)


def test_some_famous_ones_asks_for_examples(tutor):
    """"What are some famous summits?" asks for cases of summits, not what a summit is, and
    "whats the famous article in it" still asks which article."""
    assert tutor.intents.understand("what are some famous summits").intent == "example"
    assert tutor.intents.understand("name a few well-known peace treaties").intent == "example"
    assert tutor.intents.understand("who wrote the classic study on it?").intent == "who"
    first = opening(tutor, "what are some famous summits")
    assert "Yalta" in first and "Reykjavik" in first


def test_suing_a_country_is_bringing_a_case(tutor):
    """"Can you sue a country at the ICJ?" is answered by who can bring cases; suing a
    diplomat, or one's neighbour, is left as said."""
    first = opening(tutor, "can you sue a country at the icj")
    assert "Only states can be parties" in first or "consented to its jurisdiction" in first
    assert "State immunity" in opening(tutor, "can a state be sued in another country's courts")
    assert not Session(tutor).respond("can diplomats be sued?").out_of_scope
    assert Session(tutor).respond("can i sue my neighbour for noise").out_of_scope


def test_a_heading_cue_begins_a_word(tutor):
    """"Stages" is no heading cue for a process in "Tehran hostages": "how does a case get to
    the ICJ?" is answered by who can bring a case, not by the landmark cases."""
    assert not tutor.intents.heading_suits("Landmark cases for diplomacy: Tehran hostages and Nicaragua", "process")
    assert tutor.intents.heading_suits("How a treaty is made: the stages", "process")
    assert not tutor.intents.heading_suits("The UN mandate", "when")
    first = opening(tutor, "how does a case get to the ICJ? can anyone just sue a country there")
    assert "Only states can be parties" in first


def test_a_clause_of_circumstance_sets_the_scene_of_a_who(tutor):
    """"After the Yom Kippur war" says when; the person asked for is named in the section on
    that war ("Henry Kissinger, who became US Secretary of State ..."), which opens the answer
    rather than the war's outbreak, and keeps it over an envoy of another section who shuttled
    after another war (Holbrooke, 1995)."""
    assert tutor.retriever.circumstance_terms("who was the us diplomat doing shuttle diplomacy after the yom kippur war") >= {"yom", "kippur"}
    first = opening(tutor, "who was the us diplomat doing shuttle diplomacy after the yom kippur war")
    assert first.startswith("Henry Kissinger")


def test_a_follow_up_naming_a_case_another_document_heads_turns_to_it(tutor):
    """After the ICJ, whose landmark cases list LaGrand in passing, "what happened in the
    LaGrand case?" is answered by the consular convention's section on LaGrand and Avena; a
    state many documents speak of keeps the subject ("who represented britain?" after the
    Congress of Vienna)."""
    first = opening(tutor, "what is the icj", "what happened in the lagrand case?")
    assert first.startswith("In LaGrand")
    assert "Castlereagh" in opening(tutor, "what happened at the congress of vienna", "who represented britain?")


def test_a_sentence_going_on_to_other_cases_may_open(tutor):
    """"Other cases concern ... consular access (LaGrand, 2001; Avena, 2004)" is the only
    sentence of its section naming what is asked: it opens rather than the Nicaragua case
    before it."""
    first = opening(tutor, "what is the icj", "and lagrand and avena?")
    assert "LaGrand" in first


def test_a_term_asked_after_the_scene_is_answered_by_what_it_is(tutor):
    """Where the learner met the term, said first, does not choose the section: "appeasement
    and chamberlain, what is appeasement?" opened with Chamberlain and Churchill compared."""
    for question in ("my textbook mentions appeasement and chamberlain, what is appeasement?", "we are learning about chamberlain and munich. what is appeasement?"):
        assert opening(tutor, question).startswith("Appeasement is"), question
    # A question before the last clause is no scene: both are asked.
    assert ASKS_TERM_AFTER_SCENE.match("who signed it? what is appeasement?") is None


def test_a_term_named_then_asked_about_with_that_is_answered_by_what_it_is(tutor):
    """"X, what does that mean?" asks what X is: it opened with what a permanent
    representative does."""
    assert opening(tutor, "permanent representative to the UN, what does that mean").startswith("A permanent representative is")
    assert ASKS_TERM.match("sherpa - what is that?") and not ASKS_TERM.match("who signed it, and when was that?")
