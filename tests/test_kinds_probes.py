"""Reason, comparison, example and duration questions (branch kinds12): the mechanisms
that choose the sentence and section these kinds want, each with a focused test, and
80 probe questions written for the branch, 20 of each kind, as learners type them.

The probes were written before their expected facts were looked up in `knowledge/`
(a fact lists every wording the knowledge gives for it), and measured before anything
was changed for them; they are not taken from the evaluation sets. The engine must
answer at least the share of each kind that it answered at the branch's last commit,
less a margin, so that one question cannot flip the test.
"""

from pathlib import Path

import pytest

from tutor.answering.evaluation import Report, evaluate
from tutor.answering.session import Session
from tutor.search.text import split_sentences

PROBES = Path(__file__).parent / "data" / "kinds_probes"
# Probes answered with every expected fact, of 20 per kind, at the branch's last commit
# (reason 13, duration 20, comparison 17, example 15), less a margin of two. On arrival:
# reason 12, duration 18, comparison 15, example 14; three facts written too narrowly (a
# wording the knowledge also gives: "people of other countries", Haig's shuttle, the
# Oslo Accords' mistrust) were widened after reading the answers, giving 13, 18, 16, 15.
FLOORS = {"reason": 11, "duration": 18, "comparison": 15, "example": 13}
# The 20 probes written later and never tuned on: 16 on arrival and at the end; a margin of two.
FRESH_FLOOR = 14


@pytest.fixture(scope="module")
def probes(tutor) -> Report:
    return evaluate(tutor, PROBES)


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_the_probes_of_each_kind_are_answered(probes, kind):
    results = [r for r in probes.results if r.item.kind == kind and r.item.origin != "in_scope_fresh.yaml"]
    assert len(results) == 20
    wrong = [(r.item.question, r.missing_facts) for r in results if not r.correct]
    assert sum(r.correct for r in results) >= FLOORS[kind], wrong


def test_the_fresh_probes_are_answered(probes):
    results = [r for r in probes.results if r.item.origin == "in_scope_fresh.yaml"]
    assert len(results) == 20 and {r.item.kind for r in results} == set(FLOORS)
    wrong = [(r.item.question, r.missing_facts) for r in results if not r.correct]
    assert sum(r.correct for r in results) >= FRESH_FLOOR, wrong


def first_sentence(answer: str) -> str:
    return (split_sentences(answer.split("\n\n")[0]) or [""])[0]


def test_a_subject_set_before_a_dash_is_what_the_question_after_it_asks_about(tutor):
    """"new start - how long was it valid for?": the question after the dash points back to
    the subject before it, which asks nothing itself. The question is answered of that
    subject (a span), not the subject alone (its definition)."""
    reply = Session(tutor).respond("new start - how long was it valid for?")
    assert reply.intent == "duration" and "for ten years" in first_sentence(reply.answer)
    reply = Session(tutor).respond("salt 1 interim agreement - how many years was it valid for?")
    assert reply.intent == "duration" and "for five years" in first_sentence(reply.answer)


def test_a_scene_that_asks_a_question_of_its_own_keeps_its_verdict(tutor):
    """"does america have a foreign ministry? whats it called and who's in charge": the first
    sentence asks a yes/no question of its own, and its "Yes." opens the answer (xfail from
    round 13 to yesno30, whose band of telling words gave the verdict back)."""
    reply = Session(tutor).respond("does america have a foreign ministry? whats it called and who's in charge")
    assert reply.answer.startswith("Yes.")


def test_a_side_whose_section_does_not_say_what_it_is_opens_with_the_overview_definition(tutor):
    """A side of a comparison answered from a section about something else of it ("Who
    becomes an ambassador": "Most ambassadors are professional ... diplomats") opens with
    the sentence of its document's overview that says what it is; a side whose section
    defines it keeps that definition."""
    answer = Session(tutor).respond("charge d'affaires vs ambassador").answer
    assert "**: An ambassador is the highest-ranking diplomat" in answer
    assert "Overview" in answer.split("Sources:")[1]
    answer = Session(tutor).respond("un resolution vs treaty").answer
    assert "**: A resolution is a formal decision" in answer and "**: A treaty is an international agreement" in answer


def test_a_section_whose_question_says_the_opposite_sense_does_not_match_the_question(tutor):
    """"How long was Kyoto's first commitment period?" is not answered by the section whose
    front matter asks "What was Kyoto's second commitment period?", which shares every
    other word: "first" and "second" are opposed senses (intents.yaml), and a section's
    question saying only the other is no match."""
    for question in ("how long was kyoto's first commitment period", "what years did kyoto's first commitment period cover"):
        answer = Session(tutor).respond(question).answer
        assert "first commitment period, from 2008 to 2012" in first_sentence(answer), question
    retriever = tutor.retriever
    second = retriever.position[next(c.id for c in retriever.chunks if c.section.startswith("The Doha Amendment"))]
    asks = {sense: retriever.question_match(second, set(retriever.query_tokens(f"kyoto {sense} commitment period"))) for sense in ("first", "second")}
    assert asks["first"] < asks["second"] / 2


def test_a_span_said_with_a_instead_of_a_number_is_a_span(tutor):
    """"after Kissinger had spent about a month shuttling" says how long, as "four weeks"
    would: a "how long?" question finds it (it was declined, no sentence holding a span);
    "a year later" says no span."""
    reader = tutor.composer.reader
    assert reader.has_cue("Kissinger had spent about a month shuttling between Damascus and Jerusalem.", "span")
    assert reader.has_cue("The talks lasted a week.", "duration")
    assert not reader.has_cue("A year later the treaty was signed.", "span")
    reply = Session(tutor).respond("how long did kissinger keep shuttling between damascus and jerusalem")
    assert not reply.out_of_scope and "about a month" in first_sentence(reply.answer)


def test_a_why_answer_opens_with_the_causes_its_passage_gives_before_the_event(tutor):
    """The section on why the INF Treaty ended gives the causes ("collapsed amid accusations
    of cheating", "accused Russia of violating ...") before the event the question names
    ("On 1 February 2019 the United States announced that it would ... withdraw"): the
    first of those causes that names the treaty opens the answer, the event after them.
    "Accused" and "citing" give a cause as "because" does; "amid" alone does not."""
    reader = tutor.composer.reader
    assert reader.has_cue("The treaty collapsed amid accusations of cheating.", "cause")
    assert not reader.has_cue("Israel dismantled its settlements amid protests from settlers.", "cause")
    assert reader.has_cue("The United States withdrew, citing Russian violations.", "cause")
    answer = Session(tutor).respond("why did the inf treaty end").answer
    assert answer.startswith("The INF Treaty worked for more than two decades but collapsed amid accusations of cheating")
    assert answer.index("accused Russia of violating") < answer.index("On 1 February 2019")
    # Asked why the US left, the sentence saying so with "because" (round 24's knowledge)
    # opens, still before the event.
    answer = Session(tutor).respond("why did the us leave the inf treaty").answer
    opening = answer.split(". ")[0]
    assert reader.has_cue(opening, "cause") and "INF Treaty" in opening
    assert answer.index("Russia") < answer.index("On 1 February 2019")


def test_an_example_of_what_the_sentence_before_it_says_answers_only_for_that(tutor):
    """"Bilateral negotiation involves only two states. For example, ... signed the New START
    arms control treaty ... Multilateral negotiation involves three or more states. For
    example, the Paris Agreement ...": an example of a multilateral treaty is the Paris
    Agreement, not New START, whose "For example" gives an example of the sentence before
    it; an example of bilateral negotiations is still New START. (The NPT, defined as "a
    multilateral treaty", answers as well.)"""
    answer = Session(tutor).respond("give me an example of a multilateral treaty").answer
    first = first_sentence(answer)
    assert ("Paris Agreement" in first or "NPT" in first) and "New START" not in first, first
    answer = Session(tutor).respond("example of bilateral negotiations").answer
    assert "New START" in first_sentence(answer)


def test_asking_what_led_to_something_asks_why_it_came_about(tutor):
    """"What led to ...?", "what caused ...?", "what was the reason for ...?", "the motives
    behind ..." ask for a cause, as "why" does. The verb asking it is no word of the
    subject: searched, "led to" finds what the subject itself led to ("The Cuban Missile
    Crisis led directly to the Moscow-Washington hotline"), the reverse of what is asked."""
    intents = tutor.intents
    for question in ("what led to the cuban missile crisis", "what caused the collapse of the jcpoa", "what was the reason for the marshall plan",
                     "reasons for the failure of the league of nations", "so which events led to the oslo accords"):
        assert intents.understand(intents.in_the_knowledge_words(question)).intent == "why", question
    assert intents.understand(intents.in_the_knowledge_words("what did the cuban missile crisis lead to")).intent != "why"
    answer = Session(tutor).respond("what led to the cuban missile crisis").answer
    assert "led directly to the Moscow-Washington hotline" not in first_sentence(answer)
    assert "Bay of Pigs" in answer
    answer = Session(tutor).respond("what was the motivation behind the camp david summit").answer
    assert "1973" in first_sentence(answer)


WORDINGS = {
    "comparison": ["nato or the osce, what's the difference", "how do nato and the osce compare", "contrast bilateral and multilateral diplomacy",
                   "what makes track two different from track one", "bilateral and multilateral diplomacy difference",
                   "differences between mediation & good offices", "nato vs. osce", "hows nato different from the osce",
                   "whats the diff b/w nato and osce", "nato v osce", "differentiate between mediation and good offices",
                   "distinguish mediation from good offices", "treaty vs resolution?? confused"],
    "example": ["any real world instance of preventive diplomacy", "what is a famous case of mediation", "instances of summit diplomacy",
                "illustrate coercive diplomacy with a case", "what's a well known case of back channel diplomacy", "eg of coercive diplomacy"],
    "duration": ["how much time did the dayton talks take", "over what period did the congress of vienna meet",
                 "whats the term length for a un secretary general"],
    "why": ["for what reason did the us withdraw from the abm treaty", "on what grounds can a diplomat be declared persona non grata",
            "what's the reason the us never ratified kyoto", "whys the security council deadlocked", "y did the league fail",
            "what was the thinking behind the marshall plan"],
}


@pytest.mark.parametrize("kind,question", [(kind, question) for kind, questions in WORDINGS.items() for question in questions])
def test_more_wordings_of_the_four_kinds_are_understood(tutor, kind, question):
    """Wordings of these kinds that fell through to "what is ...?" (or "how ...?", "how
    many ...?"): "X or Y, what's the difference", "contrast X and Y", "what makes X different
    from Y", "X vs. Y", "a famous case of", "how much time did ... take", "for what reason"."""
    read, _, _ = Session(tutor).read(question)
    understood = tutor.intents.understand(read)
    assert understood.intent == kind
    if kind == "comparison":
        assert understood.sides is not None and all(understood.sides)


def test_how_much_time_asks_for_a_span(tutor):
    """"How much time did the Dayton talks take?" asks what "how long did they take?" asks:
    "time" and "much" ask for the span and name nothing of it (it was declined)."""
    reply = Session(tutor).respond("how much time did the dayton talks take")
    assert not reply.out_of_scope and "from 1 to 21 November 1995" in first_sentence(reply.answer)


def test_hows_it_different_after_a_subject_compares_that_subject(tutor):
    """"How's it different from the G7?" after the G20: a comparison of the G20 with the G7,
    as "how is it different ...?" is (it was read as a "how ...?" question), answered by the
    section setting the two apart."""
    session = Session(tutor)
    session.respond("what is the g20")
    reply = session.respond("how's it different from the g7")
    assert reply.intent == "comparison" and "G7" in first_sentence(reply.answer) and "whereas the G20" in first_sentence(reply.answer)


def test_a_span_asked_by_its_length_is_answered(tutor):
    """"Whats the term length for a UN secretary general?": "length" asks for the span, as
    "long" does, and names nothing of it (the question was declined)."""
    reply = Session(tutor).respond("whats the term length for a un secretary general")
    assert not reply.out_of_scope and "five-year term" in first_sentence(reply.answer)


def test_such_as_gives_an_example_of_the_words_before_it(tutor):
    """"Regional groups deal with problems that neighbours share, such as civil wars ...":
    the examples are of problems, not of a regional organisation; "The African Union, ASEAN
    and the European Union are leading examples", or the list of them, opens the answer instead."""
    answer = Session(tutor).respond("give me an example of a regional organisation used for diplomacy").answer
    first = first_sentence(answer)
    assert "The African Union" in first and "civil wars" not in first, first


def test_why_something_is_called_so_answers_only_a_question_about_its_name(tutor):
    """"Summit preparers are called sherpas because the term comes from the Sherpa people"
    explains a name: it answers "why are they called sherpas?", not "why do leaders use
    sherpas?", which "so that leaders arrive with most of the work done" answers. "Had long
    called for a conference" names nothing."""
    for question in ("why do countries send sherpas to summits", "why do leaders use sherpas"):
        assert "so that leaders arrive with most of the work done" in first_sentence(Session(tutor).respond(question).answer), question
    assert Session(tutor).respond("why are summit preparers called sherpas").answer.startswith("Summit preparers are called sherpas because")


def test_a_side_of_a_comparison_that_is_a_name_written_in_lower_case_is_the_name(tutor):
    """"inf vs start": a side that is the whole of a name counting only in capitals ("START",
    "US") is that name, not the verb (which found the 1973 war that "began"); the knowledge's
    sentences saying it as a word still name it ("salt vs start" keeps its key difference)."""
    glossary = tutor.retriever.kb.glossary
    assert glossary.as_written("start") == "start+ start" and glossary.as_written("new start") == "new start"
    answer = Session(tutor).respond("inf vs start, how do they differ").answer
    assert "**START treaties**" in answer and "Shuttle diplomacy" not in answer
    answer = Session(tutor).respond("start vs new start").answer
    assert "START I" in answer and "New START" in answer and "1973" not in answer
    assert "The START treaties went further than the earlier SALT agreements" in Session(tutor).respond("salt vs start").answer


def test_being_due_to_happen_is_no_cause(tutor):
    """"Was due to take effect", "is due to expire" say when something is to happen; "due to
    the pandemic" gives a cause."""
    reader = tutor.composer.reader
    for cue in ("cause", "reason", "because"):
        assert not reader.has_cue("A second withdrawal was due to take effect in January 2026.", cue), cue
        assert reader.has_cue("Inspections were paused due to the pandemic.", cue), cue
    answer = Session(tutor).respond("why was the paris agreement needed").answer
    assert not answer.startswith("Countries were due to submit")


def test_a_new_subject_asked_how_that_differs_is_compared_with_the_last_one(tutor):
    """"And the UN, how's that different?" after the League of Nations compares the UN with
    the League (it was read as "what is the UN?")."""
    session = Session(tutor)
    session.respond("what is the league of nations")
    reply = session.respond("and the un, how's that different?")
    assert reply.intent == "comparison" and "**United Nations**" in reply.answer and "**League of Nations**" in reply.answer


def test_whereabouts_asks_where(tutor):
    """"Whereabouts is it?" asks where, as "where" does, opening the message or a clause of it
    (round 29: read as asking what Camp David is). A "where" after a full stop may open a
    relative clause set apart ("... in 1919. Where Germany was humiliated. Why was it so
    harsh?"): it opens no where-question (a fresh-eyes review of afa562f, which took it for one)."""
    intents = tutor.intents
    assert intents.understand("whereabouts is camp david?").intent == "where"
    assert intents.understand("camp david - whereabouts is it?").intent == "where"
    assert intents.understand("the versailles treaty was signed in 1919. where germany was humiliated. why was it so harsh?").intent == "why"



@pytest.mark.parametrize("question", ["how long were soviet troops in afghanistan", "how long did the soviet-afghan war last"])
def test_how_long_the_soviets_stayed_in_afghanistan_is_said_in_its_overview(tutor, question):
    """The Soviet-Afghan War's overview says its span (round 29: its parts were in two sections,
    and "six years of United Nations mediation" answered)."""
    assert Session(tutor).respond(question).answer.startswith("Soviet troops were in Afghanistan for more than nine years")


@pytest.mark.parametrize("question", ["give me a famous ICJ case", "what is a famous icj case", "a well-known case of back-channel diplomacy?"])
def test_one_famous_case_asked_for_is_an_example(tutor, question):
    """"Give me a famous ICJ case" asks for an example, as "some famous cases" does (round 29:
    read as asking what the ICJ is, and answered from its Article 94). "Name a famous alliance"
    still asks for a list of them (a fresh-eyes review of c80b6b3, which made it an example)."""
    assert tutor.intents.understand(question).intent == "example"
    assert tutor.intents.understand("name a famous alliance").intent != "example"


@pytest.mark.parametrize(("question", "opening"), [
    ("why is the fashoda incident important", "The lesson Delcassé drew from the Fashoda Incident"),
    ("why was the suez crisis important", "The Suez Crisis humiliated Britain and France"),
])
def test_why_it_matters_is_told_where_a_heading_says_so_or_what_came_of_it(tutor, question, opening):
    """A "why?" asking why something matters is answered from a section on why it matters, or
    where the document has none, on what came of it; not from one on why something happened
    ("Why France backed down") nor the overview (round 29: both opened with the overview)."""
    assert Session(tutor).respond(question).answer.startswith(opening)


def test_why_sykes_picot_is_resented_is_said(tutor):
    """The Sykes-Picot document says why the agreement is still resented (round 29: "why is
    sykes picot so controversial" was answered with why the actual borders differed)."""
    answer = Session(tutor).respond("why is sykes picot so controversial").answer
    assert answer.startswith("The Sykes-Picot Agreement remains controversial") and "secret" in answer.split(".")[0]
