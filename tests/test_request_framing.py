"""How the answer is wanted, what the learner will do with it, and agreements of the learner's own
life (issue 10, round 32, from the refusals and near misses of a part written blind this round).

"A short definition", "a brief overview": the size of the answer wanted, not its subject ("short"
would find a treaty's short title, "brief" a briefing). "A definition I can put on a slide",
"something we could quote in our essay": the learner's use of the answer is no part of what is
asked, so it neither searches nor counts against the scope. A treaty, truce or pact between the learner and someone of their life ("a ceasefire
with my brother") is an agreement between private people, declined whatever words of
diplomacy it shares; a named treaty the learner talks of with someone is still answered.
Questions written for these tests."""

import pytest
from test_knowledge_gaps import first_sentence as answered_first_sentence

from tutor.answering.session import Session


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("give me a brief definition of a treaty", "written agreement"),
        ("a short definition of a treaty for my homework", "written agreement"),
        ("can you give me a short definition of an embargo", "embargo"),
        ("a quick explanation of détente please", "Détente"),
    ],
)
def test_the_size_of_the_answer_wanted_is_not_its_subject(tutor, question, expected):
    assert expected in answered_first_sentence(tutor, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("could you give me a short definition of an embargo that i can put on a slide?", "embargo"),
        ("what is a treaty, something i could quote in my essay", "written agreement"),
        ("give me an example of shuttle diplomacy we can use in our presentation", "Kissinger"),
        # "homework" goes first, as talk at the message's end: the clause goes all the same.
        ("a definition of a treaty i can use in my homework", "written agreement"),
    ],
)
def test_the_learners_use_of_the_answer_is_not_asked(tutor, question, expected):
    assert expected in answered_first_sentence(tutor, question)


@pytest.mark.parametrize(
    "question",
    [
        "me and my housemate want to sign a treaty about the bins, can you draft one",
        "me and my roommate are drawing up a treaty on chores, can you write it",
        "how do i make a peace treaty with my sister",
        "i want a ceasefire with my brother over the tv remote",
        "my boyfriend and i need a pact about screen time",
    ],
)
def test_a_pact_of_the_learners_own_life_is_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("my friend and i disagree: was the treaty of versailles too harsh?", "Versailles"),
        ("me and my friend were debating whether the molotov-ribbentrop pact was a non-aggression pact", "Molotov-Ribbentrop"),
        ("me and my mum want to visit the place where a peace treaty was signed in westphalia", "Münster"),
        ("me and my friend made a pact to learn all the un members, how many are there?", "UN"),
    ],
)
def test_a_real_treaty_talked_of_with_family_is_answered(tutor, question, expected):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope and expected in reply.answer
