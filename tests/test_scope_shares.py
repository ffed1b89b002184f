"""Scope probes measured as shares (issue #10): near misses, a word of diplomacy in another
sense, are declined, and basic questions typed casually are answered from their subject.

Written for branch scope13 before anything was changed for them, not taken from the
evaluation sets, and measured before and after (the figures are in each test). Each kind is
asserted with a margin below what it measured, so that no one probe can flip CI; which
probes fail is printed. `tests/test_scope_probes.py` asserts probes one by one.
"""

import pytest

from tutor.answering.session import Session
from tutor.search.evidence import gather_evidence

# Near misses, by the everyday sense their word of diplomacy takes.
NEAR_MISSES = {
    "sports leagues": [
        "what is in the collective bargaining agreement between the nba and its players union",
        "how does the premier league negotiate its tv rights deals",
        "what sanctions did uefa give manchester city",
    ],
    "mountain summits": [
        "what is the highest summit in the alps",
        "which route to the summit of k2 has the most fatalities",
        "at what altitude is the summit of aconcagua",
        "what is a summit in mountaineering",
    ],
    "company and campus ambassadors": [
        "how do I become a brand ambassador for nike",
        "what does a student ambassador do at a university open day",
        "how much do instagram influencer ambassadors get paid",
    ],
    "embassies in video games": [
        "what does an embassy do in civilization 5",
        "how do I build an embassy in stellaris",
        "what does the embassy building unlock in age of empires",
    ],
    "domestic politics and parliaments": [
        "how is the mayor of london elected",
        "what does the speaker of the house of representatives do",
        "what are the main political parties in germany",
        "who can vote in a us primary election",
        "what is a filibuster in the us senate",
        "how does a vote of no confidence work in parliament",
        "what is a quorum at a city council meeting",
        "what is parliamentary immunity",
    ],
    "business negotiation and mediation": [
        "how do I negotiate a lower rent with my landlord",
        "what is a bilateral trade agreement between two companies",
        "how do suppliers and supermarkets negotiate contracts",
        "how do I mediate a dispute between two coworkers",
        "what should a merger agreement between two firms include",
        "how does divorce mediation work",
        "how can I be more diplomatic when giving feedback to my boss",
    ],
    "travel papers": [
        "do I need a visa to visit thailand for two weeks",
        "how long does a schengen visa take to process",
        "how do I renew my passport online",
    ],
    "facts about countries": [
        "what is the population of indonesia",
        "what is the gdp of canada",
        "what is the capital city of canada",
        "how many people live in china",
        "what currency does japan use",
        "what is the largest country in africa by area",
        "what language do they speak in brazil",
    ],
    "immunity in medicine": [
        "how does herd immunity work",
        "what is the difference between active and passive immunity",
        "can you build up immunity to poison ivy",
    ],
    "sanctions at school": [
        "what sanctions can a university impose for plagiarism",
        "can a teacher sanction a pupil for talking in class",
    ],
    "protocols of science and computing": [
        "what is the protocol for titrating an acid with a base",
        "what is the pcr protocol for amplifying dna",
        "how does the http protocol work",
        "what is a protocol droid in star wars",
    ],
    "envoy, accord and resolution as names of things": [
        "how do I configure envoy proxy as a load balancer",
        "what is envoy in an istio service mesh",
        "how do visitors sign in with envoy at the front desk",
        "how reliable is the honda accord",
        "what is 4k resolution",
        "what new year's resolutions do people keep",
        "how do I play a g7 chord on guitar",
        "what does the un number on a chemical shipping label mean",
    ],
    "other everyday senses": [
        "how do I charter a yacht in croatia",
        "how do I recognise a fake banknote",
        "how do I write a peace treaty for my dungeons and dragons campaign",
        "what is the convention centre in san diego used for",
        "what is a cold war between two siblings",
    ],
}

# Basic questions as learners type them (casual, short, typos), with the documents that answer them.
IN_SCOPE = [
    ("whats diplomacy", {"diplomacy"}),
    ("what is a treaty??", {"treaties-and-resolutions", "vienna-convention-law-of-treaties"}),
    ("define treaty", {"treaties-and-resolutions", "vienna-convention-law-of-treaties"}),
    ("wat is an embassy", {"diplomatic-actors", "ambassadors-and-envoys", "vienna-convention-diplomatic-relations", "consuls-and-attaches"}),
    ("so what do ambassadors actually do all day", {"ambassadors-and-envoys"}),
    ("diplomatic immunity meaning", {"vienna-convention-diplomatic-relations"}),
    ("who gets a veto at the un", {"un-security-council", "united-nations"}),
    ("how many countries sit on the security council", {"un-security-council"}),
    ("whats the g7", {"g7-and-g20"}),
    ("which countries r in the g7", {"g7-and-g20"}),
    ("what is nato even for", {"nato"}),
    ("when was nato set up", {"nato"}),
    ("when did the un start", {"united-nations"}),
    ("whats the jcpoa", {"jcpoa"}),
    ("why did the us pull out of the iran deal", {"jcpoa"}),
    ("tell me about the cuban missile crisis pls", {"cuban-missile-crisis"}),
    ("how did the cuban missle crisis end", {"cuban-missile-crisis"}),
    ("who signed camp david", {"camp-david-accords", "egypt-israel-peace-treaty"}),
    ("shuttle diplomacy?", {"shuttle-diplomacy"}),
    ("what did kissinger do in the middle east", {"shuttle-diplomacy"}),
    ("what's track two diplomacy", {"track-two-diplomacy", "track-one-vs-track-two", "multi-track-diplomacy"}),
    ("track one vs track two whats the difference", {"track-one-vs-track-two", "track-two-diplomacy", "track-one-diplomacy"}),
    ("embassy vs consulate", {"consuls-and-attaches", "diplomatic-actors", "vienna-convention-consular-relations"}),
    ("what does a consul do", {"consuls-and-attaches", "vienna-convention-consular-relations"}),
    ("persona non grata meaning", {"vienna-convention-diplomatic-relations", "breaking-diplomatic-relations", "ambassadors-and-envoys"}),
    ("what is the vienna convention on diplomatic relations", {"vienna-convention-diplomatic-relations"}),
    ("in plain english what does sovereignty mean", {"sovereignty"}),
    ("what did the peace of westphalia actually do", {"peace-of-westphalia"}),
    ("when was versailles signed", {"treaty-of-versailles"}),
    ("why did the league of nations fail", {"league-of-nations"}),
    ("paris agreement in a nutshell", {"paris-agreement"}),
    ("kyoto protocol what is it", {"kyoto-protocol"}),
    ("what r sanctions", {"sanctions"}),
    ("do sanctions even work", {"sanctions", "economic-statecraft"}),
    ("what is a summit", {"summit-diplomacy"}),
    ("what's a sherpa in diplomacy", {"sherpas"}),
    ("what does the osce do", {"osce"}),
    ("whats asean", {"asean"}),
    ("what is the african union", {"african-union"}),
    ("soft power meaning", {"public-diplomacy", "diplomacy", "economic-statecraft"}),
    ("what is public diplomacy", {"public-diplomacy"}),
    ("what is mediation in diplomacy", {"mediation-and-good-offices"}),
    ("what are good offices", {"mediation-and-good-offices"}),
    ("what is the npt", {"nuclear-non-proliferation-treaty"}),
    ("what was the inf treaty about", {"inf-treaty"}),
    ("what did the start treaty do", {"start-treaties"}),
    ("good friday agreement summary", {"good-friday-agreement"}),
    ("oslo accords", {"oslo-accords"}),
    ("how did dayton end the bosnian war", {"dayton-accords"}),
    ("what happened at the congress of vienna", {"congress-of-vienna"}),
    ("how does a country get recognised as a state", {"recognition-of-states"}),
    ("what is a back channel", {"back-channel-diplomacy"}),
    ("what is coercive diplomacy", {"coercive-diplomacy"}),
    ("what is preventive diplomacy", {"preventive-diplomacy"}),
    ("what does a permanent representative do", {"permanent-representatives"}),
    ("what does the wto do", {"world-trade-organization"}),
    ("what is the eu", {"european-union"}),
    ("what is the unfccc", {"unfccc"}),
    ("what is batna", {"negotiation-theory", "negotiation"}),
    ("who is the un secratary general", {"united-nations"}),
]


def test_the_probes_are_as_many_as_measured():
    assert sum(map(len, NEAR_MISSES.values())) == 60 and len(IN_SCOPE) == 60


def test_near_misses_are_declined(tutor):
    # Measured: 51 of 60 declined before branch scope13, 58 after.
    answered = [q for questions in NEAR_MISSES.values() for q in questions if not Session(tutor).respond(q).out_of_scope]
    assert len(answered) <= 4, answered


@pytest.mark.parametrize("sense", ["facts about countries", "sanctions at school", "travel papers", "immunity in medicine"])
def test_each_everyday_sense_is_declined_but_for_one_probe_at_most(tutor, sense):
    # Measured after branch scope13: no probe of these kinds answered but two facts about
    # countries ("people live in China": "china" is an everyday word; "the largest country
    # in Africa by area": the African Union's overview names Africa).
    answered = [q for q in NEAR_MISSES[sense] if not Session(tutor).respond(q).out_of_scope]
    assert len(answered) <= (2 if sense == "facts about countries" else 0), answered


def test_basic_questions_typed_casually_are_answered_from_their_subject(tutor):
    # Measured: refused 2 of 60 before branch scope13, 1 after; 3 answered from another
    # document ("when did the un start", "so what do ambassadors actually do all day",
    # "embassy vs consulate") before and after.
    replies = [(q, documents, Session(tutor).respond(q)) for q, documents in IN_SCOPE]
    refused = [q for q, _, reply in replies if reply.out_of_scope]
    elsewhere = [q for q, documents, reply in replies if not reply.out_of_scope and reply.sources[0].id not in documents]
    assert len(refused) <= 2, refused
    assert len(elsewhere) <= 5, elsewhere


@pytest.mark.parametrize(
    ("question", "declined"),
    [
        ("what is the capital city of canada", True),  # consulates in capital cities; Canada not named
        # "What is the population of argentina" was here while Argentina stood only in lists
        # (the G20's members); since know27 BRICS names it outside one, as an invitee that did
        # not join, as the Bandung Conference names Indonesia beside "population".
        ("what currency does japan use", True),  # the euro; Japan not named
        ("is indonesia in the g20", False),  # the list stands under "G20 members"
        ("is canada a member of the g7", False),
        ("what is the capital of the eu", False),  # a glossary name the passage names
        ("what did kissinger do in china", False),  # Kissinger is named
        ("what is canada's role in nato", False),  # a document named: its subject is known
    ],
)
def test_a_passage_not_naming_what_the_question_names_does_not_answer_it(tutor, question, declined):
    reply = Session(tutor).respond(question)
    assert reply.out_of_scope == declined
    evidence = gather_evidence(tutor.retriever, question)
    assert ("names something the best passage does not name" in evidence.decision()) == declined


def test_a_continent_the_question_sets_its_subject_on_need_not_be_named(tutor):
    """"which UN sec gen died in a plane crash in africa in 1961" was declined: the passage
    says "near Ndola in Northern Rhodesia", not "Africa". A continent places the subject; the
    rest of the question must still fit, and a question about the continent alone is no
    question of diplomacy."""
    reply = Session(tutor).respond("which un secretary general died in a plane crash in africa")
    assert not reply.out_of_scope
    assert "Hammarskj" in reply.answer.split(".")[0]
    # Nor does a continent the question asks of ("came from africa").
    for question in ("what is the tallest mountain in africa", "what is the capital of africa", "which language do people speak in asia", "which un secretary-general came from africa"):
        assert Session(tutor).respond(question).out_of_scope, question


@pytest.mark.parametrize(
    ("question", "declined"),
    [
        ("what does an embassy do in civilization 5", True),  # the knowledge's "5" is of "five", "P5"
        ("what does an embassy do", False),
        ("what does article 36 of the consular convention say", False),
        ("what happened in 1993 at the white house", False),  # a year the knowledge has still counts
    ],
)
def test_a_number_other_than_a_year_does_not_carry_a_question(tutor, question, declined):
    assert Session(tutor).respond(question).out_of_scope == declined


@pytest.mark.parametrize(
    ("question", "declined"),
    [
        ("how do I stay diplomatic with my flatmates", True),  # a manner, not diplomacy
        ("how to say no to a friend diplomatically", True),
        ("is diplomatic immunity absolute?", False),  # "diplomatic" before what it qualifies
        ("what does a diplomatic mission do", False),
        ("is a consulate diplomatic?", False),  # said of a mission, not of a manner
        ("how many climbers reach the summit of everest each year", True),  # a mountain's summit
        ("what happened at the helsinki summit", False),
        ("who are the brand ambassadors of adidas", True),
        ("what does an ambassador do", False),
        ("how do I settle a contract dispute between two firms", True),  # private parties
        ("how are trade disputes between two countries settled", False),
        ("where can I buy a leather attaché case", True),  # a briefcase
        ("what does a defence attaché do", False),
        ("what is the pound to yen exchange rate", True),
    ],
)
def test_a_word_of_diplomacy_in_its_everyday_sense_is_declined(tutor, question, declined):
    assert Session(tutor).respond(question).out_of_scope == declined
    evidence = gather_evidence(tutor.retriever, question)
    assert ("everyday sense" in evidence.decision()) == declined


def test_a_word_the_knowledge_lacks_in_an_aside_in_brackets_does_not_count_against_a_question(tutor):
    # "G6" weighs as a rare name the knowledge lacks, unless the learner puts it aside.
    assert not Session(tutor).respond("where did the g7 (called the g6 back then) first meet").out_of_scope
    assert Session(tutor).respond("where did the g7 called the g6 back then first meet").out_of_scope


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("which leaders shook hands after the oslo accords were signed", "Rabin"),  # the knowledge's "handshake"
        ("which countries have nukes", "nuclear weapons"),
        ("who is the eu's top diplomat", "High Representative"),  # the knowledge's "chief diplomat"
    ],
)
def test_learners_everyday_words_meet_the_knowledges(tutor, question, said):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope and said in reply.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("can a country send an ambassador without permission from the host", "Agrément"),
        ("do embassies need permission from the host country to use radio transmitters", "wireless transmitter"),
        ("can the police walk into an embassy without permission", "may not enter an embassy"),
    ],
)
def test_a_word_of_a_glossary_name_is_held_by_a_passage_holding_its_concept(tutor, question, said):
    """"Permission" names the glossary's consent: a passage saying "consent" holds it, though
    the knowledge has the word "permission" too (all three were declined before)."""
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope and said in reply.answer
