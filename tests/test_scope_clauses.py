"""The out-of-scope decision and how a question is put together (branch scope15): a clause
of circumstance after a main clause that fits ("... instead of getting everyone in the same
room") does not count its words the best passage lacks against the question, while one that
names another subject still declines it; texting shorthand learners type is read as words,
and the plural of an everyday word is not "repaired" into a word of the knowledge.

The probes were written for this branch and are not taken from the evaluation sets; each
was run on main (da838a9) and on the branch, and the comments give what changed.
"""

import pytest

from tutor.answering.session import Session
from tutor.search.evidence import gather_evidence
from tutor.search.spelling import Speller


def test_a_clause_of_circumstance_is_found_after_the_main_clause(tutor):
    terms = tutor.retriever.circumstance_terms
    assert terms("can a diplomat be arrested if he commits a murder") == {"commit", "murder"}
    assert "room" in terms("why use shuttle diplomacy instead of getting everyone in the same room")
    # A word the main clause says too is no word of the clause alone.
    assert terms("who signs a treaty when a treaty is signed") == set()
    # "When" opening the question, and "looks after", open no clause.
    assert terms("when did the cold war end") == set()
    assert terms("who looks after us interests in iran") == set()


@pytest.mark.parametrize(
    "question",
    [
        # Refused on main: the clause's "leaving", "everything" and "diplomats" count against
        # the summit passage that answers "why do leaders hold summits".
        "why do leaders hold summits rather than leaving everything to diplomats",
        # Answered on main and on the branch: the main clause fits, the clause too.
        "why did the us keep an interests section in havana instead of an embassy",
        "what happens to an ambassador's immunity after the posting ends",
    ],
)
def test_a_clause_of_circumstance_does_not_count_against_a_main_clause_that_fits(tutor, question):
    assert not Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    # "why use shuttle diplomacy instead of seating both sides at one table" was here too: since
    # round 13's knowledge (reason24) its main clause fits without the clause being read apart.
    # So, since round 17's documents (know37-39), does "why do leaders hold summits rather than
    # leaving the work to their diplomats" (answered with the clause read apart or not), and
    # since round 20's cause and example sentences "why do presidents hold summits instead of
    # just sending their diplomats".
    ["why do presidents hold summits when their diplomats could do the talking"],
)
def test_the_clause_is_what_lets_a_main_clause_that_fits_well_answer(tutor, question):
    main_alone = gather_evidence(tutor.retriever, tutor.retriever.circumstance.sub("", question))
    assert main_alone.fit >= 0.75 and gather_evidence(tutor.retriever, question).in_scope
    saved = tutor.retriever.circumstance
    tutor.retriever.circumstance = None
    try:
        assert not gather_evidence(tutor.retriever, question).in_scope
    finally:
        tutor.retriever.circumstance = saved


# Near misses whose clause of circumstance names another subject, or whose main clause
# does: 3 answered on main and on the branch ("how do unions negotiate with management
# before a strike"); with the clause set aside whatever the main clause's fit, 2 more were
# ("what is a handshake in networking when two computers connect"); excusing a clause's
# unknown everyday words whenever it has a word the knowledge knows, 1 more ("what does a
# protocol do when a network packet is lost"); without asking the main clause to be about
# the trade, 1 more ("... if a dragon attacks the kingdom in skyrim", read as "syria").
NEAR_MISSES = [
    "how does immunity work after a flu jab",
    "can my landlord raise the rent if I sign a new lease",
    "how do I negotiate a salary before accepting a job offer",
    "what should I say to my boss when asking for a promotion",
    "how do referees mediate when players start a fight",
    "can a teacher give detention if a pupil is late",
    "how long does immunity last after chickenpox",
    "what is a handshake in networking when two computers connect",
    "how does a referee decide when two players clash",
    "can my boss fire me if I refuse to work overtime",
    "what should a treaty between flatmates say before someone moves in",
    "how do lawyers negotiate a settlement before a trial starts",
    "can a student be expelled if they cheat on an exam",
    "how do companies sign a contract after a merger",
    "what is a summit push when climbing a mountain",
    "how do ants defend territory when another colony attacks",
    "what does a protocol do when a network packet is lost",
    "can police arrest a footballer if he punches a fan",
    "how does immunity develop after an infection",
    "why do parents use a mediator instead of going to court in a divorce",
    "how do unions negotiate with management before a strike",
    "what happens to a bill in parliament after the second reading",
    "why do game characters form alliances before the final battle",
    "how does immunity work if you catch measles twice",
    "what happens to a treaty if a dragon attacks the kingdom in skyrim",
    "why do ambassadors get expelled in civilization when you build a spaceship",
    "how long does immunity last after you recover from covid",
    "how do mediators help when a toddler has a tantrum",
    "what does an envoy do in dungeons and dragons when the party meets a king",
    "how are sanctions imposed when a footballer fails a drug test",
    "what does a protocol officer do when a hospital patient dies",
    "why do negotiators take breaks when the baby is teething",
    "can a diplomat be fired if his cat scratches the boss",
    "how do alliances work in fortnite when the storm closes in",
    "what is the ceasefire rule in paintball if a player gets hit",
]
# In-scope questions with a clause of circumstance: 9 of 14 answered on main, 12 on the branch.
IN_SCOPE = [
    "can an ambassador be expelled if she spies on the host country",
    "who drafts the summit declaration before the heads of government turn up",
    "why do states use back channels rather than announcing talks on television",
    "why did kissinger shuttle between the capitals instead of holding one big conference",
    "can embassy staff be prosecuted if they crash a car while drunk",
    "does a treaty still bind a state after the government that signed it loses an election",
    "what happens to consulates when two countries break off relations",
    "why do countries impose sanctions instead of declaring war",
    "why do governments send envoys instead of meeting face to face",
    "can a consul be arrested if he is caught smuggling",
    "what happens to an ambassador's immunity after the posting ends",
    "why do leaders hold summits rather than leaving everything to diplomats",
    "who runs the embassy while the ambassador is away",
    "why did the us keep an interests section in havana instead of an embassy",
]


def test_a_clause_naming_another_subject_still_declines_the_question(tutor):
    answered = [q for q in NEAR_MISSES if not Session(tutor).respond(q).out_of_scope]
    assert len(answered) <= 4, answered  # measured: 3


def test_in_scope_questions_with_a_clause_of_circumstance_are_answered(tutor):
    refused = [q for q in IN_SCOPE if Session(tutor).respond(q).out_of_scope]
    assert len(refused) <= 3, refused  # measured: 2 (5 on main)


@pytest.mark.parametrize("question", ["how does immunity work after a flu jab", "how long does immunity last after chickenpox"])
def test_a_word_the_knowledge_lacks_in_a_clause_not_in_the_documents_words_still_counts(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


def test_an_everyday_word_the_knowledge_lacks_in_a_clause_in_the_documents_words_does_not_count(tutor):
    # "Is a diplomat immune from prosecution if he commits fraud": "fraud" is no word of the
    # knowledge, but "commits" is the immunity document's ("a diplomat who commits a crime").
    question = "is a diplomat immune from prosecution if he commits fraud"
    evidence = gather_evidence(tutor.retriever, question)
    assert evidence.in_scope and evidence.known == 1.0
    assert not Session(tutor).respond(question).out_of_scope


def test_texting_shorthand_for_difference_is_read_as_the_word(tutor):
    assert tutor.retriever.repair("whats the diff between them")[0] == "whats the difference between them"
    # On main "diff" weighed as a rare name the knowledge lacks: the overview answered.
    reply = Session(tutor).respond("head of state vs head of government, whats the diff")
    # (Its sentences on each side open, set apart in one sentence; the section's first follows.)
    assert reply.answer.startswith("A head of state embodies the state") and "The difference between a head of state and a head of government" in reply.answer


def test_the_plural_of_an_everyday_word_is_no_typo():
    # Repaired, "referees" became "refugees" and a question on football met the knowledge.
    speller = Speller({"refugees": 10, "there": 5, "landlord": 3}, common_words={"referee", "landlord", "there"})
    assert speller.repair("how do referees mediate")[1] == []
    # "theres" is "there's" without its apostrophe, not the plural of a function word.
    assert speller.repair("theres a criminal")[0] == "there a criminal"


@pytest.mark.parametrize(
    "question",
    [
        "my teacher keeps saying summit diplomacy is still super important even with zoom and everything, why is that?",
        "my teacher keeps saying shuttle diplomacy is super important, why is that?",
        "so my prof told us coercive diplomacy is super risky and everything, why?",
    ],
)
def test_a_long_chatty_question_is_read_for_what_it_asks(tutor, question):
    # All declined on main: "keeps saying", "super", "and everything" and "important" counted
    # against the passage answering why the subject matters.
    assert not Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "my coach always says teamwork is super important, why?",
        "why is sleep so important for students and everything",
        "why is a good handshake important in a job interview",
        "our professor told us that protein is super important for muscles",
    ],
)
def test_a_chatty_question_on_another_subject_is_still_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize(
    ("question", "declined"),
    [
        ("can a headteacher put sanctions on pupils who skip assembly", True),
        ("what sanctions does a college use against students who plagiarise", True),
        ("what sanctions did the un put on iraq", False),
        ("why did the un impose sanctions on south africa over apartheid", False),
    ],
)
def test_sanctions_at_school_are_a_word_of_diplomacy_in_its_everyday_sense(tutor, question, declined):
    # The branch's own near miss "can a teacher impose sanctions on the whole class for one
    # kid's behaviour?" was answered from the Sanctions document (its best passage has
    # "impose", "sanctions" and "behaviour"); these were declined before too, by their shares.
    assert Session(tutor).respond(question).out_of_scope == declined
    assert ("everyday sense" in gather_evidence(tutor.retriever, question).decision()) == declined


def test_the_country_a_diplomat_is_posted_in_is_read_as_the_receiving_state(tutor):
    assert "the receiving state" in tutor.intents.in_the_knowledge_words("can an envoy be arrested by the country he is posted in")
    # Declined on main: "country", "stationed" count against the immunity passage, which says
    # "receiving state".
    reply = Session(tutor).respond("can a diplomat be arrested by the country she is stationed in")
    assert reply.answer.startswith("No.") and "Article 29" in reply.answer


def test_a_light_verb_the_best_passage_lacks_does_not_count_against_it(tutor):
    # Declined on main: "go" and "put" weighed against the passage saying the Soviet Union
    # decided "to send" missiles.
    question = "why did the ussr go and put nukes in cuba"
    assert not Session(tutor).respond(question).out_of_scope
    assert {"put", "go"} <= tutor.retriever.attitude
