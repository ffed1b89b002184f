"""How learners frame a question around what they ask (issue 10, round 33, from the refusals of
a part written blind this round and paraphrases of them written for these tests).

- Wondering whether something holds ("I was wondering whether ...", "do you know if ...") asks
  it as a yes/no question, unless what follows asks the tutor to tell ("... if you could explain
  ...") or offers a choice ("... in 1989 or 1991"); a question before it keeps its own subject
  ("what is nato and i was wondering if france is in it").
- The host state's police or officials walking or going into an embassy, asked whether they
  may, are entering it, not a visitor; and what the doer might wish ("if they want to") adds
  nothing to what is asked.
- Where the learner remembers meeting the subject ("I remember everyone on the news talking
  about ...") and what their studies need ("my essay needs a start date") are talk, not subject.
- A scene naming its subject among the people of the learner's life ("my grandad says he
  remembers the Iran hostage crisis on the telly") still names that subject for the question
  pointing back to it."""

import pytest

from tutor.answering.session import Session


def answer(tutor, question: str) -> str:
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope, question
    return reply.answer


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("hi, sorry to bother you, I was wondering whether the police are allowed to just walk into a foreign embassy if they want to", "No."),
        ("do you know if switzerland is in the eu", "No."),
        ("i was wondering whether nato was founded in 1949", "Yes."),
        ("we were wondering if the un has 193 members", "Yes."),
        ("do you know whether the berlin wall fell in 1989", "Yes."),
    ],
)
def test_wondering_whether_asks_yes_or_no(tutor, question, opening):
    assert answer(tutor, question).startswith(opening)


@pytest.mark.parametrize("question", ["what is nato and i was wondering if france is in it", "i read about nato and i was wondering if france is in it"])
def test_wondering_of_what_a_question_before_names_keeps_that_question(tutor, question):
    """"It" is NATO, named before: the claim is not read alone ("france is in it" had met Fashoda)."""
    assert "France" in answer(tutor, question).split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "i was wondering if you could explain what a treaty is",
        "I wonder whether you could explain detente",
        "i was wondering if you know when the UN was founded",
    ],
)
def test_wondering_if_the_tutor_could_tell_is_no_claim(tutor, question):
    text = answer(tutor, question)
    assert not text.startswith(("Yes.", "No.")), text


@pytest.mark.parametrize("question", ["can you go into an embassy without a passport?", "can tourists walk into an embassy"])
def test_a_visitor_going_into_an_embassy_is_not_the_host_state_entering(tutor, question):
    assert "may not enter" not in Session(tutor).respond(question).answer.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "can the local police just walk into a foreign embassy if they think a criminal is hiding there?",
        "can the host country's police walk into an embassy",
        "can the police go inside an embassy whenever they like",
    ],
)
def test_walking_into_an_embassy_is_entering_it(tutor, question):
    assert "may not enter" in answer(tutor, question).split("\n")[0]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I remember everyone on the news talking about detente in the 70s, what did it actually mean", "easing"),
        ("i still remember people talking about the helsinki accords, what were they", "Helsinki"),
        ("when did the cold war start, my essay needs a start date and every book says something different", "1947"),
        ("what was the marshall plan, our homework needs a definition", "economic aid"),
    ],
)
def test_how_the_learner_met_the_subject_is_talk(tutor, question, expected):
    assert expected in answer(tutor, question).split("\n")[0]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hello, sorry if this is a silly question, my grandad says he remembers the iran hostage crisis on the telly every night. when did it start?", "1979"),
        ("my nan keeps talking about the cuban missile crisis on the telly. when was it?", "1962"),
    ],
)
def test_a_scene_of_the_learners_people_still_names_its_subject(tutor, question, expected):
    assert expected in answer(tutor, question).split(". ")[0]


def test_a_scene_of_the_learners_own_life_is_still_declined(tutor):
    assert Session(tutor).respond("my flatmates never do the dishes, what sanctions would work").out_of_scope


def test_what_happened_is_not_read_as_whether_they_may_enter(tutor):
    assert not Session(tutor).respond("has the army ever stormed into an embassy?").answer.startswith("No.")


@pytest.mark.parametrize(
    "question",
    [
        "can embassy officials go into the consulate?",  # the sending state's own
        "could officials go into the embassy if the ambassador agreed?",  # with consent
        "can officials from my government go into a foreign embassy for a meeting?",  # invited
        "i was wondering whether the berlin wall fell in 1989 or 1991",  # a choice
    ],
)
def test_no_verdict_read_into_what_only_looks_like_a_claim(tutor, question):
    assert not Session(tutor).respond(question).answer.startswith(("Yes.", "No.")), question
