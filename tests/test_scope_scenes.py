"""Long-winded questions (branch scope16): the scope decision reads the part of a message
that asks, not the words of how the learner met the subject. A question after a comma is
asked apart from a clause that only sets the scene, and a question pointing back ("what
does it mean?", "who was he?") is asked of what the scene names, which must then answer it
in its own words. Casual words for a person ("the american guy"), a verdict ("a huge
mistake") and a light verb ("pushed through") do not count against a question either.

The probes were written for this branch and are not taken from the evaluation sets; each
was run on main (10db2ff) and on the branch, and the comments give what changed.
"""

import pytest

from tutor.answering.session import Session, asked_parts


def test_a_question_after_a_comma_is_split_from_a_scene_only_when_it_stands_apart(tutor):
    session = Session(tutor)
    assert asked_parts("i've heard this phrase on a podcast a few times, what is a note verbale?", session.stands_apart) == (
        ["i've heard this phrase on a podcast a few times", "what is a note verbale?"],
        "i've heard this phrase on a podcast a few times",
    )
    # A question about the learner's own life after a clause telling it stays with it.
    assert asked_parts("my dog keeps stealing socks from the laundry, how do i negotiate with him?", session.stands_apart)[1] is None
    # So does one using a word of diplomacy in its everyday sense (sanctions at school).
    assert asked_parts("my kid got detention at school, what is a sanction?", session.stands_apart)[1] is None


def test_a_scene_names_what_it_quotes_or_calls_by_name_not_how_the_learner_met_it(tutor):
    names = tutor.retriever.names_given
    assert names("my gran keeps going on about some fella called talleyrand whenever napoleon comes up.") == "talleyrand napoleon"
    assert names("my friend keeps banging on about 'agrement' like i should know it.") == "agrement"
    # Everyday words of a title name nothing; a name the knowledge lacks is what it is about.
    assert names("our office has a new 'protocol' for booking meeting rooms.") == ""
    assert names("my cousin is obsessed with zhukov and the congress of vienna.") == ""
    # A name in everyday words alone is no name ("track two" at a running club), unless it
    # is a document's whole title of several words.
    assert names("my sister keeps talking about 'track two' at her running club.") == ""
    assert names("my tutor mentioned the camp david accords in passing.") == "camp david accords"


@pytest.mark.parametrize(
    "question, fact",
    [
        # Declined on main: the scene's words ("banging", "like i should know")
        # counted against the passage on agrément, and "what does it mean?" points back.
        ("my friend keeps banging on about 'agrément' like i should know it. what does it mean?", "consent"),
        ("my gran keeps going on about some fella called talleyrand whenever napoleon comes up. who was he?", "foreign minister"),
        ("so my tutor mentioned the camp david accords in passing and i didn't catch the year. when were they signed?", "1978"),
        # Declined on main: the clause before the comma counted against the question.
        ("i've heard this phrase on a podcast a few times, what is a note verbale?", "note verbale"),
        ("i got totally lost in the reading for this week, what is a protecting power?", "third state"),
        ("my mate reckons the 'helsinki final act' was a big deal but i have no clue. what was it?", "1975"),
        # Casual words for a person, a verdict or a light verb do not count against a question.
        # Refused on main: "guy" weighed as a word the knowledge lacks.
        ("who was the guy who mediated the camp david talks?", "Carter"),
        # Refused on main: "massive mistake", "huge blunder" and "pushed" counted against
        # the passage.
        ("why was the munich deal a massive mistake", "appease"),
        ("why is munich 1938 seen as such a huge blunder", "appease"),
        ("which american pushed the dayton deal through?", "Holbrooke"),
        # Refused on main: the tail restating the kind of answer ("like what city") counted
        # against the passage and steered the answer to New START's limits.
        ("where were the new start talks held, like what city", "Geneva"),
    ],
)
def test_a_casually_worded_question_is_answered_from_the_part_that_asks(tutor, question, fact):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope
    assert fact in reply.answer.split("\n\nSources")[0]


@pytest.mark.parametrize(
    "question",
    [
        # The scene names a subject of the knowledge, the question asks what it never says.
        "my grandad keeps going on about metternich. what was his dog called?",
        "my grandad keeps going on about metternich, what was his dog called?",
        # (answered on main from Talleyrand's section: the scene resolved, the question's own
        # words were never looked for)
        "my history teacher mentioned napoleon. what did he eat for breakfast?",
        "my flatmate keeps going on about kissinger. what was his favourite food?",
        "my dad keeps going on about the UN building in new york. how tall is it?",
        # A word of the trade in an everyday sense, quoted.
        "my coworker keeps calling our manager 'the ambassador'. why does he do that?",
        "our office has a new 'protocol' for booking meeting rooms. how does it work?",
        "my sister keeps talking about 'track two' at her running club. what does it mean?",
        "my son's school put 'sanctions' on him for vaping in the toilets. can we appeal them?",
        # "eras" is no typo of "EEAS": a name repaired from a typo names nothing.
        "i saw a news story about taylor swift's 'eras tour'. when did it start?",
        # The learner's own question about what the clause before it tells.
        "my little brother failed his maths test again, what sanctions should my parents use?",
        "my dog keeps stealing socks from the laundry, how do i negotiate with him?",
        "the wifi in our flat keeps dropping, who do i call to fix it?",
        # ... also when the question speaks for the learner and someone else ("we").
        "me and my girlfriend keep arguing about the dishes, how do we agree a ceasefire?",
        "my brother and i always fight over the tv, how can we reach a truce?",
        # Casual words that do not count against a question leave another subject's words.
        "who is the guy who runs the kebab shop next to the embassy",
        "what's the name of the dude who plays the ambassador in the new netflix show",
        "why was the last season of game of thrones such a huge mistake",
        "which player pushed through the transfer deal at real madrid",
        "which country was hit hardest by the 2008 financial crisis",
        # The clause before the question is a scene, answered for no question of its own
        # (alone, each clause would be).
        "i wrote three pages about the congress of vienna and metternich for class, how many calories are in a banana?",
        "my essay on the treaty of versailles and the league of nations is finally done, how tall is mount kilimanjaro?",
        # Sherpas of the mountains (answered on main).
        "what do sherpas carry up the mountain",
        "i was watching a documentary about mount everest and the sherpas. how much do they get paid?",
    ],
)
def test_near_misses_told_at_length_or_casually_stay_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


def test_what_a_term_means_after_a_scene_is_asked_of_the_term(tutor):
    """"What does X mean?" after a scene is asked of X as "what is X?" is (round 29: the
    scene's Britain, France and the 1930s drew why Britain and France appeased Hitler); asked
    "kindly", a request to explain says nothing of the subject either."""
    reply = Session(tutor).respond("Our history teacher keeps saying 'appeasement' about Britain and France in the 1930s. What does appeasement actually mean?")
    assert reply.answer.startswith("Appeasement is a policy")
    read = Session(tutor).read("could you kindly explain what it means?")[0]
    assert "kind" not in tutor.retriever.query_tokens(read)
    assert Session(tutor).respond("my sister keeps talking about 'track two' at her running club. what does it mean?").out_of_scope


def test_a_term_asked_after_a_scene_may_end_with_its_kind(tutor):
    """"What is the responsibility to protect principle?" after a scene asks what the
    principle is, as "what is the responsibility to protect?" does (round 29: the scene's
    Libya drew its Libya section)."""
    reply = Session(tutor).respond("I'm writing about Libya 2011. what is the responsibility to protect principle?")
    assert reply.answer.startswith("The Responsibility to Protect, usually shortened to R2P, is the principle")
