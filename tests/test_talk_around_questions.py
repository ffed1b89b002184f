"""Talk around a question counts for nothing (tutor.answering.talk, branch wrap17): openers,
closers, scenes of how the learner came to ask and asides in brackets are left out before a
question is read, searched and judged in scope, while the everyday words of a near miss,
which are its subject, still decline it.

The messages were written for this branch, not taken from the evaluation sets nor from the
perturbation check's wrapper lists. On main (cc202b4) each wrapped question below marked
"refused on main" was declined, and "so like is morocco in the african union?" lost its "Yes".
"""

import pytest

from tutor.answering.session import Session
from tutor.search.text import fold


def asked(tutor, message):
    """The talk reader's reading of a message, as the session reads it."""
    intents = tutor.intents
    return tutor.talk.read(message, lambda text: intents.first_person.search(fold(text)) is not None, lambda text: intents.refers_back(fold(text)))


@pytest.mark.parametrize(
    "message, question",
    [
        ("hiya, quick question. what is a demarche? cheers", "what is a demarche?"),
        ("(sorry, typing on my phone) when was NATO founded", "when was NATO founded"),
        ("so like is morocco in the african union? asking for my essay", "is morocco in the african union?"),
        ("(asking for my homework) who wrote getting to yes", "who wrote getting to yes"),
        ("hey, random thought but when was the NPT signed thanks!!", "when was the NPT signed"),
        ("I know the basics but how does the veto work", "how does the veto work"),
        ("hello! sorry to bother, what's a good banana bread recipe? thx", "what's a good banana bread recipe?"),
        # Talk in no listed word (branch talk18): a greeting, a scene of the learner's day, a
        # label before a dash, a clause before "but" that names nothing the knowledge leans on.
        ("good afternoon. what is a demarche?", "what is a demarche?"),
        ("been binge watching old movies all weekend. who wrote getting to yes", "who wrote getting to yes"),
        ("one last thing - when was NATO founded", "when was NATO founded"),
        ("bit of a strange one but who chaired the dayton talks", "who chaired the dayton talks"),
        # Marks and faces closing a message, and words only softening a closer.
        ("when was the npt signed :)", "when was the npt signed"),
        ("when was the npt signed much appreciated", "when was the npt signed"),
        ("what does a sherpa do many thanks", "what does a sherpa do"),
        # A talk word the learner owns names nothing of the knowledge ("revision" of treaties).
        ("what is a demarche (for my revision)?", "what is a demarche?"),
        # Talk words too common to be terms ("ok", "um") before a question.
        ("ok ok so what is shuttle diplomacy", "what is shuttle diplomacy"),
        # Chat shorthand the knowledge lacks, a face between talk and question, a talk word
        # too common to be a term closing it, a greeting to the tutor.
        ("heyy who wrote getting to yes xx", "who wrote getting to yes"),
        ("me again :) what is a demarche", "what is a demarche"),
        ("what does a sherpa do just curious", "what does a sherpa do"),
        ("who chaired the congress of berlin cheers mate", "who chaired the congress of berlin"),
        ("hi, hope you're well. what is shuttle diplomacy?", "what is shuttle diplomacy?"),
    ],
)
def test_the_talk_around_a_question_is_left_out(tutor, message, question):
    assert asked(tutor, message).question == question


@pytest.mark.parametrize(
    "message",
    [
        # Near misses: the scene is the subject, or the question asks of the learner's life.
        "my 8yo keeps breaking screen time rules, what sanctions actually work at home",
        "me and my flatmate keep arguing about chores, how do we negotiate a truce",
        "my 8yo keeps breaking the rules but what sanctions work at home",
        # A question pointing back keeps the scene that may name its subject.
        "my friend keeps going on about it, so what is it",
        # An aside naming a subject stays.
        "when did it enter into force (the NPT)?",
        # Words of talk that end a question as its own nouns stay.
        "what is START I",
        "what is the official language of the un",
        "if a treaty is not ratified, is it binding?",
        "and when was it signed?",
        # Scenes in everyday words saying a word the knowledge leans on ("rule", "argue").
        "the neighbours keep breaking the parking rules, what sanctions work",
        "my flatmates keep arguing about chores, how do we negotiate a truce",
        # A segment in everyday words asking, its question word not first, is no talk.
        "were the dayton accords negotiated in dayton? like where exactly did the talks happen",
        # An example of what is asked of is its subject.
        "what is backchanneling in linguistics, like saying uh-huh",
        # Talk words before a follow-up's "and" stay with it.
        "ok and the dayton accords?",
        # Marks alone ask nothing, but a question mark after words asks.
        "what is the official language of the un ??",
    ],
)
def test_what_is_no_talk_stays(tutor, message):
    assert asked(tutor, message).question == message


def test_a_time_the_question_asks_about_is_no_talk(tutor):
    # "this morning" says when the asked thing happened: the knowledge cannot describe it.
    assert asked(tutor, "what did the minister post this morning lol").question == "what did the minister post this morning"


@pytest.mark.parametrize(
    "message, fact",
    [
        ("hey, random thought but when was the NPT signed thanks!!", "1968"),  # refused on main
        ("hiya, quick question. what is a demarche? cheers", "protest"),
        ("(asking for my homework) who wrote getting to yes", "Fisher"),
        ("(sorry, typing on my phone) when was NATO founded", "1949"),
        ("I know the basics but how does the veto work", "permanent"),
        # A question told as what the learner is trying to find out.
        ("im trying to figure out when the npt was signed", "1968"),
        # The aside sets the mountain sense aside: refused on main.
        ("what is a sherpa in summit diplomacy (not the mountain guys lol)", "sherpa"),
        # "teacher" in talk about asking is no sanction at school.
        ("what are secondary sanctions (our teacher's homework question)", "third countries"),
    ],
)
def test_a_question_wrapped_in_talk_is_answered(tutor, message, fact):
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope and fact in reply.answer


def test_a_yes_no_question_after_an_opener_keeps_its_verdict(tutor):
    assert Session(tutor).respond("so like is morocco in the african union? asking for my essay").answer.startswith("Yes.")


def test_a_first_sentence_naming_what_its_pronoun_stands_for_is_tried_alone(tutor):
    """A message declined whole is tried a sentence at a time; the first, when it names
    before its pronoun what that stands for ("the country it represents"), is asked on its
    own; "is it 'embassy' or 'embasy'?" names nothing before its "it" and stays declined."""
    answer = Session(tutor).respond("is an embassy legally part of the country it represents? like if im in the german embassy am i in germany").answer
    assert "inviolable" in answer and not answer.startswith("That question")
    assert Session(tutor).respond("is it 'embassy' or 'embasy'? how do u spell it").out_of_scope
    assert tutor.resolver.names_before_its_pointer("is an embassy actually the territory of the country it belongs to")
    assert not tutor.resolver.names_before_its_pointer("is it 'embassy' or 'embasy'")


def test_a_case_after_a_question_asks_it_again(tutor):
    """"like is the us embassy in london actually us soil" gives the question a case: it asks,
    and is answered, however the question before it is read."""
    answer = Session(tutor).respond("hi quick question - is an embassy legally part of the country it belongs to? like is the us embassy in london actually us soil").answer
    assert "inviolable" in answer and not answer.startswith("I'm sorry")


@pytest.mark.parametrize(
    ("message", "declined"),
    [
        # A bare subject after a question declined is tried on its own.
        ("what time is it? NATO enlargement", False),
        ("whats 2+2? like the veto in the security council", False),
        # A remark of the learner's after it is not; nor a case after a question of the
        # learner's own life.
        ("my landlord calls our lease a 'binding treaty' lol. can he raise the rent in the middle of it? im in the UK", True),
        ("how do I handle my boss? like what would a diplomat do", True),
    ],
)
def test_what_follows_a_declined_question(tutor, message, declined):
    assert Session(tutor).respond(message).out_of_scope is declined


@pytest.mark.parametrize(
    "message",
    [
        "hello! sorry to bother, what's a good banana bread recipe? thx",
        "my neighbour's dog keeps barking, what sanctions can i impose lol",
        "my 8yo keeps breaking the rules but what sanctions work at home",
        # The aside says which sense is meant.
        "(for a hiking trip) what does a sherpa carry",
        # A scene of the learner's life sets the subject of the question after it: answered
        # on main (the first from "home ministries", the second from sanctions' effects).
        "my 8yo keeps breaking screen time rules, what sanctions actually work at home",
        "my flatmates never do the dishes, what sanctions would work",
        # A sentence asking nothing before a question standing on its own is not answered
        # in its place (answered from the first sentence on main).
        "I'm new to this subject. how long should I boil an egg?",
        # Talk in no listed word before or after a near miss leaves it declined.
        "long day at work, how do i be more diplomatic with my coworker",
        "what's a good banana bread recipe much appreciated",
        "the kids keep fighting over the remote, what sanctions work",
    ],
)
def test_talk_does_not_bring_an_unrelated_question_into_scope(tutor, message):
    assert Session(tutor).respond(message).out_of_scope


@pytest.mark.parametrize(
    "message, fact",
    [
        ("i have a history quiz lol when did the suez crisis happen", "1956"),
        ("bored at work lol what is shuttle diplomacy", "Shuttle diplomacy is a form of mediation"),
    ],
)
def test_a_chat_interjection_between_scene_and_question_parts_them(tutor, message, fact):
    """"lol" between a scene and a question parts them as a comma would: the question is
    answered, not read with the scene as one (refused before as the learner's own life)."""
    reply = Session(tutor).respond(message)
    assert not reply.out_of_scope and fact in reply.answer


def test_a_question_after_a_scene_naming_what_its_own_pronoun_stands_for_is_answered(tutor):
    """A last question that names before its pronoun what the pronoun stands for ("can
    consuls be arrested if they commit a crime?") is answered after a scene that asks
    nothing (declined before: a question pointing back was tried only at the message's
    start), and its pronoun is not read as the conversation's subject."""
    reply = Session(tutor).respond("My cousin works at a consulate abroad. Can consuls be arrested if they commit a crime?")
    assert not reply.out_of_scope and "Article 41" in reply.answer
    session = Session(tutor)
    session.respond("what is the treaty of versailles?")
    reply = session.respond("in game of thrones, why do the houses keep breaking their treaties")
    assert reply.out_of_scope
