"""A scene of people told around a question, naming something, is no part of what is asked.

Learners who remember an event, or met a word on a tour, tell where they heard of it: "my
father always said it was toothless", "we walked past a building in geneva with a sign".
Such a scene names things the knowledge knows, so it was never read as talk, and its words
took the question out of scope. It is talk now when it is a statement opened by a person,
asking nothing, around a question that names its subject by a term of the knowledge before
any word pointing back, and asks nothing of the learner's own life. The probes were written
for this change; those marked were declined at f4bfefa.
"""

import pytest

from tutor.answering.session import Session


def asked(tutor, message: str) -> str:
    return Session(tutor).asked(message)


@pytest.mark.parametrize(
    "message, question",
    [
        # After the question, a scene of where the learner met the word.
        ("what is a consulate, we passed one in munich with a long queue outside", "what is a consulate"),
        ("what does appeasement mean, my grandfather used the word about munich all the time", "what does appeasement mean"),
        # Between two questions, a scene of what someone used to say.
        (
            "why did the league of nations fail, my uncle always said it was a talking shop, was it the americans staying out",
            "why did the league of nations fail, was it the americans staying out",
        ),
        # The learner's not understanding is no premise; talk between the question's parts goes too.
        (
            "why did the league of nations fail, my uncle always said it was a talking shop but I never understood why, was it the americans staying out",
            "why did the league of nations fail, was it the americans staying out",
        ),
        (
            "Munich, Yalta, Potsdam, I've heard those names my whole life, but where exactly is Yalta, I always assumed it was in Russia",
            "Munich, Yalta, Potsdam, but where exactly is Yalta",
        ),
    ],
)
def test_a_scene_of_people_naming_something_is_left_out_of_the_question(tutor, message, question):
    assert asked(tutor, message) == question


@pytest.mark.parametrize(
    "message",
    [
        # The question points back to what the scene names.
        "my uncle says an embassy is foreign soil, is that true?",
        "everyone in my class keeps going on about westphalia, why is it such a big deal?",
        # A clause that goes on to ask ("... but what were they thinking") is no scene.
        "why did Chamberlain give Hitler the Sudetenland, everyone says appeasement but what were they actually thinking",
        # An example the scene gives goes with it, and the question points back to both.
        "my aunt says a consulate is part of its own country, like a little piece of france, is that right?",
        # What the learner knows or believes is the question's premise, not a scene.
        "I know NATO was created shortly after the war, but in what year was the treaty signed?",
        # The scene names the case the question asks of, which the question leaves unnamed.
        "we did a pub quiz on the treaty of guadalupe hidalgo last night, what did mexico lose",
        "my teacher explained the cuban missile crisis, what did the us give up in turkey",
        # The question asks of the learner's own life.
        "my kids keep fighting over the xbox, how do I negotiate a peace treaty between them?",
        # A scene of everyday words naming nothing may be the question's subject.
        "my 8yo keeps breaking screen time rules, what sanctions actually work at home",
        # A numeral after a name is no person ("SALT I"), nor is "the US".
        "SALT I vs ABM treaty, aren't they the same 1972 thing?",
        "a treaty which ended a war between the US and Britain, for example?",
    ],
)
def test_a_scene_the_question_needs_or_no_scene_stays(tutor, message):
    assert asked(tutor, message) == message


@pytest.mark.parametrize(
    "message, fact",
    [
        # Declined at f4bfefa: the scene's words counted against the question.
        ("what is a consulate, we passed one in munich with a long queue outside", "consul"),
        ("what is a permanent mission, we walked past a building in geneva with a flag and a sign saying so", "mission"),
        ("why did the league of nations fail, my uncle always said it was a talking shop, was it the americans staying out", "United States"),
    ],
)
def test_a_question_told_around_with_a_scene_is_answered(tutor, message, fact):
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope
    assert fact.casefold() in reply.answer.casefold()


@pytest.mark.parametrize(
    "message",
    [
        "my 8yo keeps breaking screen time rules, what sanctions actually work at home",
        "my wife and i cant agree where to go on holiday, can u mediate",
        "my boss criticised me in a meeting, how to answer diplomatic without making him angry",
    ],
)
def test_near_misses_told_with_a_scene_stay_declined(tutor, message):
    assert Session(tutor).respond(message).out_of_scope
