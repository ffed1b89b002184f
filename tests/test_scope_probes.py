"""Scope probes (issue #10): in-scope questions in odd wording are answered, and near
misses (a word of diplomacy in its everyday sense: sanctions at school, the summit of a
mountain, a mission statement, tying a tie) are declined.

Written for branch scope11, not taken from the evaluation sets. The first list of each
kind was written before the attitude words (dialogues/intents.yaml) were chosen; the
second after, to check that the mechanism carries over to wording it was not chosen on;
the third last of all, a few for each word of diplomacy with an everyday sense.
The questions it still gets wrong are marked as expected failures, with why.
"""

import pytest

from tutor.answering.session import Session

ODD_WORDING = [
    'is diplomatic immunity absolute?',
    'why do countries bother with embassies',
    'why do leaders get angry at ambassadors',
    "what's the point of summits honestly",
    'why did the league of nations fail so badly',
    'why is the treaty of versailles seen as such a disaster',
    'are sanctions actually pointless',
    'why did everyone freak out during the cuban missile crisis',
    'is the NPT basically useless',
    'why do states even bother recognising other states',
    "what's so special about the peace of westphalia",
    "how come ambassadors can't be arrested",
    'why was the congress of vienna such a big deal',
    'is NATO still relevant',
    'why do presidents bother with state visits',
    'was the INF treaty a total waste of time',
    'why do countries get upset when their ambassador is expelled',
    'does shuttle diplomacy really work or is it overrated',
    'why would a country ever break off diplomatic relations',
    "what's the deal with persona non grata",
    'what does a sherpa even do at a summit',
    # The alternative a "why?" sets against its subject ("instead of just phoning") is not
    # searched: the answer gives the reason for the choice made (branch reason15).
    'why do governments send special envoys instead of just phoning',
    'why are consulates even a thing',
    'is the security council veto kind of unfair',
]

ODD_WORDING_WRITTEN_AFTER = [
    'why are people so sceptical of the united nations',
    'is the un security council basically broken',
    'why did britain care so much about the congress of vienna',
    'was the league of nations a joke',
    pytest.param('are summits just photo ops', marks=pytest.mark.xfail(strict=True, reason="'photo ops': words of their own the knowledge base lacks")),
    'why do diplomats get so much privilege',
    pytest.param("is it shocking that diplomats can't be prosecuted", marks=pytest.mark.xfail(strict=True, reason="'shocking' is in no list of attitude words")),
    "was kissinger's shuttle diplomacy impressive",
    pytest.param('why are embassies so heavily protected', marks=pytest.mark.xfail(strict=True, reason="'heavily': the best passage does not hold it")),
    'are peace treaties ever permanent',
    'why do people criticise track one diplomacy',
    'is the veto undemocratic',
    'why was the cuban missile crisis so scary',
    pytest.param('do ambassadors still matter in the age of email', marks=pytest.mark.xfail(strict=True, reason="'email', 'age': words the best passage lacks")),
    pytest.param('is the paris agreement toothless', marks=pytest.mark.xfail(strict=True, reason="'toothless' is in no list of attitude words")),
    'why are sanctions so controversial',
    'why do countries keep expelling diplomats',
    'is recognising a state a big deal',
]

ODD_WORDING_WRITTEN_LAST = [
    'what sanctions did the un impose on north korea',
    pytest.param('how high up the chain do summit meetings go', marks=pytest.mark.xfail(strict=True, reason="'chain', 'high', 'go': the best passage (back channels) holds 'summit' and 'meet' only")),
    'what is a diplomatic mission',
    'what is diplomatic protocol',
    pytest.param('can diplomats lose their immunity', marks=pytest.mark.xfail(strict=True, reason="'lose' is in no passage on immunity (the knowledge says 'waive')")),
    'what treaty ended the thirty years war',
    'what does a special envoy actually do',
    'what happens inside an embassy',
    "what are an ambassador's credentials",
    'what is bilateral diplomacy',
]

NEAR_MISSES = [
    'what sanctions can my school impose for cheating',
    'how long to reach the summit of a mountain',
    'how do I write a mission statement',
    'how to tie a tie',
    'what is the protocol for a fire drill at work',
    'how long does immunity last after chickenpox',
    'can I sign a treaty with my roommate about chores',
    'how do I unlock the envoy in clash of clans',
    'what time does the embassy cinema open on sunday',
    'how do I renew my nursing credentials',
    'what is bilateral hearing loss',
    'how do I get my kids to agree to a ceasefire over the xbox',
    'what does the ambassador class on a cruise ship include',
    'how do I negotiate a refund for a cancelled flight',
    'how do i tie a bow tie',
    'what are the side effects of an immunity booster supplement',
    "what's the protocol for returning a library book late",
    'how do teachers impose sanctions on pupils who misbehave',
    'how many calories do I burn hiking to the summit of ben nevis',
    'how do I write a mission statement for a charity',
    'what credentials do I need to log in to the school wifi',
    'my boss keeps sending me on missions to the warehouse, is that normal',
    'how do I get diplomatic with my in-laws at christmas',
    'what is a bilateral hip replacement',
    'how do I tie my shoelaces faster',
    'what is the dress code protocol for a wedding',
]

NEAR_MISSES_WRITTEN_AFTER = [
    'why do my kids get angry when I impose screen time sanctions',
    'what does a summit push cost on a mountain bike',
    'how to write a company mission statement that inspires',
    'how do I tie a windsor knot',
    'what is the protocol for washing hands in a hospital',
    'is immunity to covid permanent after infection',
    'how do I sign a treaty in the game civilization 6',
    'is the embassy theatre in fort wayne haunted',
    'how do I verify my credentials on linkedin',
    'why does my bilateral knee pain get worse at night',
    'how do I negotiate bedtime with a toddler who hates sleeping',
    "what's the point of a mission statement",
    'how long does it take to summit kilimanjaro',
    'what sanctions does the FA impose for a red card',
    'who is the brand ambassador for rolex',
    'how do I mediate a fight between my cats',
    'how to tie a tie',
    'how do you tie a tie',
    'what does it mean to tie the knot',
    'how do I open a bank account',
    'what is the point of no return',
    'how do I score a point in tennis',
    'what is a soft skill',
    'how do I power a laptop from a car',
    'what are office hours',
    'who won the last game',
    'how to make a good first impression',
    'how do I reach the top shelf',
    'what time is it in new york',
    'what is a ceasefire in paintball',
]


NEAR_MISSES_WRITTEN_LAST = [
    'what sanctions can a landlord impose for late rent',
    'what sanctions does the ncaa impose for recruiting violations',
    'can a referee impose sanctions on a coach',
    'what gear do I need for a summit attempt on denali',
    'how cold is it at the summit of mont blanc',
    'who organises the web summit in lisbon',
    'what is the mission of a nonprofit',
    'how do I complete the final mission in gta 5',
    'what was the apollo 13 mission',
    'what is the protocol for a covid booster',
    'what is the zoom protocol for online classes',
    'what is the proper protocol for a military funeral',
    'how long does natural immunity last',
    'does breastfeeding give babies immunity',
    pytest.param('what is parliamentary immunity in the uk', marks=pytest.mark.xfail(strict=True, reason='parliament, immunity and the UK are all subjects of the knowledge base')),
    'what is the treaty of waitangi about in new zealand law',
    'who sang the song treaty',
    'is a prenuptial agreement a treaty',
    pytest.param('what is envoy in the last of us', marks=pytest.mark.xfail(strict=True, reason="'us' reads as the United States")),
    'what does the envoy air airline fly',
    'who plays the envoy in the movie',
    'how do I get a job at the embassy suites hotel',
    'what is the embassy theatre showing tonight',
    'is embassy a good brand of cigarettes',
    'how do I reset my login credentials',
    'what credentials do nurses need in texas',
    'what are the credentials of a good plumber',
    'what is a bilateral hernia',
    'what is a bilateral trade agreement between two companies',  # between private parties: an everyday sense (branch scope13)
    'what is bilateral filtering in image processing',
]


# Branch scope12: from a fresh-eyes review of main (the first of each list), and written
# after the fixes to check that each mechanism carries over (the rest).
IN_SCOPE_FROM_REVIEW = [
    'what is the diplomatic pouch',  # a glossary name of the diplomatic bag
    'can a diplomatic pouch be opened by customs',
    'what ended the bosnian war',  # "terminated", which a phrasing adds, is no word of the learner's
    'how did the bosnian war end',
    'what ended the cold war arms race',
    'who is the current president of the european commission',  # "current": the present
    'who is the current un secretary-general',
    'what is the current role of the osce',
    'is australia in the g20',  # a listed name with the list's subject
    'is indonesia a member of asean',
    'what is a peace envoy',  # two words the best passage holds both of
    'what is a state visit',
    'what is a diplomatic note',
]

NEAR_MISSES_FROM_REVIEW = [
    'how do I complete the final mission in gta 5',  # "gta" is no typo of "GFA"
    'what does gtx mean on a graphics card',
    'what sanctions can my employer impose for being late',  # personal: the title's word, not its subject
    'what sanctions can my gym impose for missed classes',
    'can my landlord impose sanctions for noise',
    "what's the capital of australia",  # Australia is named only in lists of members and partners
    'whats the capital of brazil',
    'how big is canada',
    'what is the population of indonesia',  # the G20 passage names Indonesia only in its list of members (branch scope13)
    "what's a summit in mountaineering",  # a summit of a mountain: an everyday sense (branch scope13)
    'what is a mission statement',  # a pair of words the knowledge never says together
    'what is a vision statement',
    'what does rollback mean in trading',  # another field's sense, named: rollback is also a Cold War strategy (round 21)
    'what does containment mean in chess',
    "in javascript, what's the difference between a protocol and an interface",  # a comparison in another field (round 26)
    'what does protocol mean in python',
]


@pytest.mark.parametrize("question", ODD_WORDING + ODD_WORDING_WRITTEN_AFTER + ODD_WORDING_WRITTEN_LAST + IN_SCOPE_FROM_REVIEW)
def test_in_scope_question_in_odd_wording_is_answered(tutor, question):
    assert not Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize("question", NEAR_MISSES + NEAR_MISSES_WRITTEN_AFTER + NEAR_MISSES_WRITTEN_LAST + NEAR_MISSES_FROM_REVIEW)
def test_near_miss_is_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("what's the point of summits honestly", "summit-diplomacy"),  # not the "reservation point"
        ("whats the point of diplomacy?", "diplomacy"),
        ("why do leaders get angry at ambassadors", None),
        ("why were germans so angry about versailles", "treaty-of-versailles"),
    ],
)
def test_attitude_words_leave_the_subject_to_the_other_words(tutor, question, document):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope
    assert document is None or reply.sources[0].id == document


def test_a_verdict_on_how_to_see_the_subject_is_not_given(tutor):
    # The knowledge never says "unfair"; a "No." would be the tutor's opinion.
    reply = Session(tutor).respond("is the security council veto kind of unfair")
    assert not reply.out_of_scope and not reply.answer.startswith(("Yes.", "No."))


@pytest.mark.parametrize(
    "question",
    [
        "what will nato discuss at next month's summit",
        "who will chair the osce next year",
        "what did the security council vote on yesterday",
        "what is on the g7 agenda this week",
        "which treaties will be signed in the coming months",
        "what did the un secretary-general say last night",
    ],
)
def test_a_question_about_a_time_the_knowledge_cannot_describe_is_declined(tutor, question):
    # News and what is to come: the subject is known, the time is not.
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "what happened next after the cuban missile crisis",
        "how often do g20 leaders meet each year",
        "what happens in the weeks before a summit",
        "what did the next president do about the jcpoa",
    ],
)
def test_words_of_time_that_name_no_unknown_time_are_answered(tutor, question):
    assert not Session(tutor).respond(question).out_of_scope


def test_an_example_of_a_term_is_no_phrase_the_knowledge_must_say(tutor):
    # "example of détente" is two terms the knowledge never says together, as "mission
    # statement" is; but "example" asks for a case of détente, not a thing of its own.
    reply = Session(tutor).respond("example of detente")
    assert not reply.out_of_scope and "Détente" in reply.answer
