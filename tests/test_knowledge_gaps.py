"""Facts added to the shipped knowledge for issue #10 (gaps a reviewer and the dev set
found, and a syllabus check of what a course on track one diplomacy covers: ranks and
protocol, the International Court of Justice, notable diplomats and thinkers, classic cases
and terms): each is answered in the first sentence, by questions worded unlike the knowledge."""

import pytest

from tutor.answering.session import Session


def first_sentence(tutor, question: str) -> str:
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope, question
    return reply.answer.split(". ")[0]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who was the very first secretary-general of the united nations?", ["Trygve Lie", "Norway", "1946"]),
        # Round 27: who besides the diplomat is protected (Article 37).
        ("are the spouse and children of an ambassador immune too", ["household", "same privileges and immunities"]),
        ("in what year did switzerland become a member of the united nations", ["Switzerland", "2002", "referendum"]),
        ("which UN organ is the main deliberative body", ["General Assembly", "193"]),
        ("how many articles are in the VCCR", ["79"]),
        ("how many articles does the vienna convention on diplomatic relations have", ["53"]),
        ("what conflict did the dayton accords bring to an end", ["Bosnian war", "1992-1995"]),
        ("how many judges are on the world court", ["15 judges", "nine-year"]),
        ("whats the difference between the ICJ and the ICC", ["disputes between states", "individuals"]),
        ("who leads the diplomatic corps in a capital", ["dean", "longest"]),
        ("what is a deputy chief of mission", ["second-ranking"]),
        ("who was talleyrand", ["French", "foreign minister"]),
        ("who wrote the prince", ["Machiavelli", "The Prince"]),
        ("what does realpolitik mean", ["power", "interest"]),
        ("how long were the hostages held in iran", ["444 days"]),
        ("what was appeasement", ["concessions"]),
        ("who is the US secretary of state now", ["Marco Rubio", "2025"]),
        ("what did the bretton woods conference set up", ["International Monetary Fund"]),
        ("what are the abraham accords", ["2020", "Israel"]),
        ("can a state be sued in another country's courts", ["immunity", "consent"]),
        ("who came up with containment", ["Kennan"]),
        ("when was the non-aligned movement founded", ["Belgrade", "1961"]),
        # Words of the trade a beginner asks about (branch knowcold20: an alliances document
        # and sections of the terms of diplomacy), worded unlike the knowledge.
        ("define protectorate", ["foreign affairs"]),
        ("what's a buffer state", ["between two rival powers"]),
        ("define annexation", ["takes over a territory"]),
        ("what does ultimatum mean", ["final demand"]),
        ("whats an entente", ["understanding"]),
        ("what is a non-aggression pact", ["not to attack"]),
        ("what does isolationism mean", ["keeping out of alliances"]),
        ("what does hegemony mean", ["dominance"]),
        ("what is neutrality", ["takes no part in a war"]),
        # Gaps a check set of learners' questions found in the twelfth round (branch know22):
        # the Iraq crisis of 2002-2003 and treaty depositaries.
        ("when was resolution 1441 on iraq passed", ["8 November 2002"]),
        ("what is a depositary of a treaty", ["depositary"]),
    ],
)
def test_an_added_fact_is_answered_first(tutor, question, expected):
    sentence = first_sentence(tutor, question)
    for word in expected:
        assert word in sentence, (question, sentence)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("is switzerland part of the european union", "Switzerland is not a member"),
        ("did the un security council vote for the 2003 invasion of iraq", "without"),
    ],
)
def test_a_denied_membership_or_mandate_is_answered_no(tutor, question, fact):
    """Switzerland outside the EU, the Iraq war without a mandate (know22): "No." and the
    fact right after it."""
    answer = Session(tutor).respond(question).answer
    assert answer.startswith("No. ") and fact in answer.split(". ")[1], answer


def test_appeasement_is_said_to_have_failed_and_why(tutor):
    """The Appeasement section says why the policy failed (know22)."""
    answer = Session(tutor).respond("why did the policy of appeasement fail").answer
    assert "Hitler" in answer.split(". ")[0], answer


def test_the_current_secretary_general_is_not_confused_with_the_first(tutor):
    session = Session(tutor)
    session.respond("Tell me about the United Nations")
    assert "Guterres" in session.respond("who is its secretary-general right now?").answer.split(". ")[0]


def test_the_tehran_hostages_judgment_is_answered(tutor):
    reply = Session(tutor).respond("what was the ICJ's ruling on the seizure of the US embassy in Tehran")
    assert not reply.out_of_scope
    assert "24 May 1980" in reply.answer and "violated" in reply.answer


def test_embassy_asylum_is_not_said_to_be_a_right(tutor):
    """The Vienna Convention grants no right of asylum: the answer must not open "Yes."."""
    answer = Session(tutor).respond("can an embassy grant asylum to someone").answer
    assert not answer.startswith("Yes"), answer
    assert "not a right" in answer.split(". ")[1]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # What the staff of an embassy do, by rank (knowledge added by branch know19).
        ("what does a counselor do in an embassy", ["heads one of the embassy's sections"]),
        # A name and the learner's view of it make no phrase ("metternich important").
        ("why was metternich important", ["Congress of Vienna"]),
        ("why does everyone mention metternich?", ["Congress of Vienna"]),
    ],
)
def test_reviewer_gaps_of_round_nine_are_answered(tutor, question, expected):
    sentence = first_sentence(tutor, question)
    assert all(fact in sentence for fact in expected), sentence


@pytest.mark.parametrize(
    "question",
    [
        "what does legal counsel do",  # a lawyer, not an embassy's counsellor
        "why does everyone mention the weather",
        "why was picasso important",
        "my mum always goes on about her garden, what should i plant?",
        # near misses of the words of the trade (knowcold20)
        "how do i give my landlord an ultimatum about the repairs",
        "what is the best alliance to join in clash of clans",
        "should i stay neutral when my two best friends argue",
        "my roommate annexed my shelf in the fridge, what do i say",
    ],
)
def test_near_misses_of_those_gaps_stay_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


def test_the_soviet_answer_to_nato_is_the_warsaw_pact(tutor):
    """Round 28: NATO's document says how the Soviet Union answered it (the follow-up had
    repeated NATO's founding treaty)."""
    session = Session(tutor)
    session.respond("what is nato")
    assert "Warsaw Pact" in session.respond("and the soviet answer to it?").answer.split(". ")[0]


@pytest.mark.parametrize(
    ("question", "expected", "not_opening"),
    [
        # Round 33: the Kellogg-Briand Pact said to outlaw war, with no means of enforcing it.
        ("did the kellogg-briand pact outlaw war", "outlawed war", "No."),
        ("was the kellogg briand pact enforced?", "no means of enforcing", "Yes."),
        ("what was the kellogg briand pact?", "renounced war", "Yes."),
    ],
)
def test_what_the_kellogg_briand_pact_did_and_lacked(tutor, question, expected, not_opening):
    answer = Session(tutor).respond(question).answer
    assert expected in answer.split("\n")[0] and not answer.startswith(not_opening), answer[:300]


def test_the_kellogg_briand_pact_keeps_its_dates_in_its_definition(tutor):
    assert "27 August 1928" in Session(tutor).respond("what was the kellogg briand pact?").answer
