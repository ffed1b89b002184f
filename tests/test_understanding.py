"""The kind of question, from the patterns in dialogues/intents.yaml."""

import re
from pathlib import Path

import pytest

from tutor.answering.sentences import SentenceCues
from tutor.answering.understanding import IntentModel
from tutor.search.text import split_sentences


@pytest.fixture(scope="module")
def model():
    return IntentModel.from_yaml()


@pytest.mark.parametrize(
    "question, intent",
    [
        ("what is track one diplomacy", "definition"),
        ("define shuttle diplomacy", "definition"),
        ("tell me about the jcpoa", "definition"),
        ("who negotiated the camp david accords", "who"),
        ("which countries have a veto", "who"),
        ("which two prime ministers signed the accord", "who"),
        ("which un secretary-general proposed it", "who"),
        ("what do ambassadors do", "role"),
        ("when was the un founded", "when"),
        ("in what year was nato created", "when"),
        ("why does track one diplomacy matter", "why"),
        # "why" opening a clause after the scene is set, not "why" as an object.
        ("my teacher keeps mentioning westphalia, why is it such a big deal?", "why"),
        ("the us signed kyoto but never ratified it - why not?", "why"),
        ("so why did the talks fail", "why"),
        ("how come russia was suspended from the g8", "why"),
        ("does the host country have to explain why?", "definition"),
        ("how does mediation work", "how"),
        ("what does a consul do", "role"),
        ("what is the role of the security council", "role"),
        ("how many members does asean have", "quantity"),
        # A span asked after the scene is set, or in units of time: not a count, not a definition.
        ("for how many months was the treaty negotiated", "duration"),
        ("how many weeks did the summit go on", "duration"),
        ("the helsinki conference - how long did it run?", "duration"),
        ("under the paris agreement how often are pledges renewed", "duration"),
        ("what was the length of the congress of vienna", "duration"),
        ("how many years ago was the congress of vienna", "when"),
        ("how long ago did the cold war end", "when"),
        ("give me an example of coercive diplomacy", "example"),
        ("what are the six main organs of the un", "list"),
        # Things of a kind asked for by their number, what they are used for, or bare.
        ("kyoto's three flexible mechanisms", "list"),
        ("what methods or tools do mediators use?", "list"),
        ("statehood criteria", "list"),
        ("how many pillars does the npt rest on", "quantity"),
        ("why do the three baskets matter", "why"),
        # A search box's subject, then "why" (round 25).
        ("fashoda 1898 why britain and france almost fight", "why"),
        ("brexit why", "why"),
        ("is that why they signed it?", "definition"),
        ("difference between track one and track two", "comparison"),
        ("tell me more", "more"),
        ("hello", "greeting"),
        ("thanks!", "thanks"),
        ("what can you do?", "capabilities"),
        ("help", "help"),
    ],
)
def test_intents(model, question, intent):
    assert model.understand(question).intent == intent


def test_comparison_sides(model):
    assert model.understand("what is the difference between the au and asean?").sides == ("the au", "asean")


def test_asking_whether_two_things_are_the_same_is_a_comparison_answered_yes_or_no(model):
    for question, sides in (
        ("is a treaty the same as a convention?", ("a treaty", "a convention")),
        ("are ambassadors and consuls the same thing", ("ambassadors", "consuls")),
        # The two named first, then asked of ("are they the same thing?"), a remark after.
        ("icj and icc are they the same thing? how do they differ", ("icj", "icc")),
        ("the icj and the icc, are those the same court?", ("the icj", "the icc")),
    ):
        understanding = model.understand(question)
        assert (understanding.intent, understanding.sides, understanding.asks_same) == ("comparison", sides, True)
    assert not model.understand("what is the difference between the au and asean?").asks_same


def test_follow_up_signals(model):
    assert model.understand("when was it signed?").refers_back
    assert model.understand("when was this deal signed").refers_back
    assert not model.understand("what is the treaty that ended the war").refers_back
    # "there" points back alone or before a noun standing for the subject, not as "there is a ...".
    assert model.understand("was there one during the cuban missile crisis?").refers_back
    assert model.understand("what happened there?").refers_back
    assert not model.understand("is there a treaty on consuls?").refers_back
    assert model.understand("and asean?").elliptical_topic == "asean"
    assert model.understand("what about the eu?").elliptical_topic == "the eu"
    assert model.understand("and when was it signed?").intent == "when"
    assert model.understand("and when was it signed?").elliptical_topic is None


def test_personal_questions(model):
    assert model.understand("how do i negotiate a higher salary").personal
    assert not model.understand("how do states negotiate treaties").personal


@pytest.mark.parametrize(
    ("question", "personal"),
    [
        # A scene of the learner's, then a question of its own pointing back to what it names.
        ("my grandad keeps going on about the marshall plan, what actually was it?", False),
        ("my teacher mentioned the helsinki final act. what is it?", False),
        # The question itself about the learner's life, or pointing back to nothing.
        ("my teacher mentioned the helsinki final act, should i read it?", True),
        ("my kids school uses sanctions, what sanctions work at home", True),
        ("what sanctions can my employer impose?", True),
    ],
)
def test_a_scene_of_the_learners_before_a_question_of_the_subject(model, question, personal):
    assert model.understand(question).personal is personal


def test_filler_that_only_sets_the_scene_is_removed(model):
    assert model.without_filler("who wrote getting to yes? my negotiation prof keeps citing it") == "who wrote getting to yes? it"
    assert model.without_filler("eli5 nato pls") == "nato"
    assert model.without_filler("so im revising for my ir exam, when was the npt signed") == "so for , when was the npt signed"
    # A class named by its year or subject is the learner's too ("my year 9 class").
    assert model.without_filler("explain diplomatic immunity for my year 9 class") == "explain diplomatic immunity for"
    assert model.without_filler("what is a treaty, for my grade 10 history class") == "what is a treaty, for"
    # Words of the subject itself stay.
    assert model.without_filler("a whole class of nuclear weapons") == "a whole class of nuclear weapons"


def test_greetings_requests_and_emphasis_are_filler(model):
    assert model.without_filler("hi, so can someone explain what agrement is") == "so what agrement is"
    assert model.without_filler("where were the dayton talks held, like physically") == "where were the dayton talks held, like"
    assert model.without_filler("what even is a charge d'affaires") == "what is a charge d'affaires"
    # A request is not a yes/no question: "can u explain" goes, "define" stays.
    assert model.without_filler("can u explain what an embassy is") == "what an embassy is"
    assert model.without_filler("could you please define agrement") == "define agrement"
    assert model.without_filler("what does osce stand for?") == "what does osce ?"
    # How simply to explain is the answer's style, not its subject.
    assert model.without_filler("explain sovereignty in really simple words") == "explain sovereignty"
    assert model.without_filler("what is a treaty, like i'm five") == "what is a treaty,"
    # A child of any age, in figures or words ("like im 12" had left "12" to be searched).
    assert model.without_filler("explain brinkmanship like im 12") == "explain brinkmanship"
    assert model.without_filler("what is a veto, as if i was a ten-year-old") == "what is a veto,"
    assert model.without_filler("nato for beginners") == "nato"
    # "Mainly" before "about" or "for" asks what the thing is about or for.
    assert model.without_filler("what is aukus mainly about?") == "what is aukus about?"
    assert model.without_filler("what is the un mostly for") == "what is the un for"
    assert model.without_filler("mainly for trade or for security?") == "mainly for trade or for security?"
    # How the learner pictures the job ("all day", "day to day") asks what the job is.
    assert model.without_filler("what does a consul do all day") == "what does a consul do"
    assert model.without_filler("what does a sherpa do on a typical day?") == "what does a sherpa do ?"
    # "In the end" is at last, not the end of anything.
    assert model.without_filler("where was it signed in the end?") == "where was it signed ?"
    # So is how briefly, and emphasis that names nothing ("the first proper embassy").
    assert model.without_filler("the paris agreement in a nutshell") == "the paris agreement"
    assert model.without_filler("explain the npt briefly, in one sentence") == "explain the npt ,"
    assert model.without_filler("which was basically the first proper embassy") == "which was the first embassy"
    # Indefinite pronouns name no one, but "someone told me" reports a claim to confirm.
    assert model.without_filler("how does someone become an ambassador") == "how does become an ambassador"
    assert model.without_filler("someone told me that nato has 40 members") == "someone told me that nato has 40 members"
    # A greeting alone is not filler: it is what the learner says.
    assert model.without_filler("hi") == "hi"
    assert model.without_filler("hi!") == "hi!"


def test_wondering_at_what_is_asked_is_filler(model):
    """"Bother", "in the first place" and "actual" say the learner wonders at what they ask,
    not what it is: the question is why they did it, or what the process is."""
    assert model.without_filler("why did states even bother with embassies in the first place") == "why did states embassies"
    assert model.without_filler("why do leaders bother to meet at summits") == "why do leaders meet at summits"
    # The tail asking for the process goes too: the question before it asks how (process13).
    assert model.without_filler("how is a treaty ratified, what's the actual process") == "how is a treaty ratified"
    # "Actually" was a stop word already; "bothering" goes with its verb.
    assert model.without_filler("why is nobody bothering with the league") == "why is nobody the league"
    assert model.without_filler("why on earth did they sign it") == "why did they sign it"
    assert model.without_filler("why the heck did the soviets put missiles in cuba") == "why did the soviets put missiles in cuba"


@pytest.mark.parametrize("question", ["explain why the league of nations failed", "exam question: explain why nato was founded", "can you tell me why the inf treaty ended"])
def test_a_request_to_explain_why_asks_why(model, question):
    assert model.understand(question).intent == "why"


def test_explain_why_with_nothing_after_it_is_no_why_question(model):
    # "Why" as the object of a yes/no question: nothing follows it to explain.
    understanding = model.understand("does the host country have to explain why?")
    assert understanding.intent != "why" and understanding.yes_no


def test_role_questions_ask_what_someone_does(model):
    assert model.understand("what do ambassadors do").intent == "role"
    assert model.understand("what are the duties of a consul").intent in ("role", "list")


def test_where_questions_ask_for_a_place(model):
    assert model.understand("where was the treaty of versailles signed").intent == "where"
    assert model.understand("which city is the african union based in?").intent == "where"


def test_comparison_sides_are_read_as_written_and_drop_a_trailing_clause(model):
    # Whether the first side shares the second's noun is the knowledge's to say (the resolver's).
    assert model.understand("bilateral vs multilateral diplomacy, which is better?").sides == ("bilateral", "multilateral diplomacy")
    assert model.understand("signing vs ratifying a treaty - what's the difference").sides == ("signing", "ratifying a treaty")
    # "what's the difference" after the sides is no side; a side after "the" shares no noun.
    assert model.understand("kyoto vs paris agreement whats the difference").sides[1] == "paris agreement"
    assert model.understand("g7 vs g20 whats the diff").sides == ("g7", "g20")
    assert model.understand("nato vs the warsaw pact, how do they differ?").sides == ("nato", "the warsaw pact")
    assert model.understand("whats the diff between a consul and an ambassador").sides == ("a consul", "an ambassador")
    assert model.understand("difference between gatt and the wto?").sides == ("gatt", "the wto")
    # The question after a dash is no part of the second side.
    assert model.understand("ngo vs igo - is there a difference?").sides == ("ngo", "igo")


@pytest.mark.parametrize(
    "question, sides",
    [
        ("how was the united nations different from the league?", ("the united nations", "the league")),
        ("in what way did new start differ from start i", ("new start", "start i")),
        ("how do mediation and good offices differ?", ("mediation", "good offices")),
        ("how are bilateral and multilateral diplomacy different", ("bilateral", "multilateral diplomacy")),
        ("what distinguishes the oau from the african union?", ("the oau", "the african union")),
        ("what sets track one apart from track two", ("track one", "track two")),
        ("was the league of nations different from the un?", ("the league of nations", "the un")),
        ("kyoto protocol compared to the paris agreement", ("kyoto protocol", "the paris agreement")),
        ("the eeas and the cfsp: what is the difference?", ("the eeas", "the cfsp")),
        ("nato and the osce, how do they differ?", ("nato", "the osce")),
        ("how does track two compare with track one?", ("track two", "track one")),
        # One side named: the other is what was asked about before.
        ("and how is the cfsp different?", ("the cfsp", "that")),
        ("start i versus new start what's the difference", ("start i", "new start")),
        # Words asking for the difference after the second side, and a remark after its "?", are no side.
        ("embassy vs consulate differences?", ("embassy", "consulate")),
        ("so what is the difference between track 1 and track 1.5 then", ("track 1", "track 1.5")),
        ("whats the difference between diplomacy and foreign policy? people use them like the same thing", ("diplomacy", "foreign policy")),
    ],
)
def test_ways_of_asking_how_two_things_differ(model, question, sides):
    understanding = model.understand(question)
    assert (understanding.intent, understanding.sides, understanding.asks_same) == ("comparison", sides, False)


def test_asking_how_they_differ_names_no_side(model):
    assert model.understand("how are they different?").intent != "comparison"
    assert model.understand("how is it different?").intent != "comparison"


def test_a_question_word_after_the_subject_gives_the_kind(model):
    assert model.understand("oslo accords, who signed?").intent == "who"
    assert model.understand("csce -> osce, when did the name change").intent == "when"


def test_a_question_offering_a_choice_is_not_yes_or_no(model):
    assert model.understand("is asean bilateral, regional or global diplomacy").yes_no is False
    assert model.understand("is an mou legally binding or not").yes_no is True
    assert model.understand("is an mou legally binding").yes_no is True
    # A second question asking the opposite of the first offers no choice: the first answers both.
    assert model.understand("is new start still in force or is it dead").yes_no is True
    assert model.understand("can ngos sign treaties or is that only for states?").yes_no is True
    assert model.understand("is it track one or track two").yes_no is False


def test_words_asking_to_confirm_a_claim_leave_the_claim(model):
    assert model.asks_confirmation("is it true that diplomats cant be arrested?") == ("diplomats cant be arrested?", True)
    assert model.asks_confirmation("the un was founded in 1948, is that right?") == ("the un was founded in 1948", True)
    assert model.asks_confirmation("nato was founded in 1949, right?") == ("nato was founded in 1949", True)
    # "right" as a word of the question is not asking for confirmation.
    assert model.asks_confirmation("what is a human right?") == ("what is a human right?", False)
    assert model.asks_confirmation("is that right?") == ("is that right?", False)
    # A claim set off by a dash, and a claim the learner reports from someone else.
    assert model.asks_confirmation("nato was founded in 1945 - is that true?") == ("nato was founded in 1945", True)
    assert model.asks_confirmation("diplomats cant be arrested - true?") == ("diplomats cant be arrested", True)
    assert model.asks_confirmation("someone told me nato was founded in 1945") == ("nato was founded in 1945", True)
    assert model.asks_confirmation("i heard that the un has an army") == ("the un has an army", True)
    # Hearing about a subject is no claim.
    assert model.asks_confirmation("i heard about the g20, what is it?")[1] is False
    # "it" left out, as some learners do; not a verdict asked of something "right for" a party.
    assert model.asks_confirmation("is true that switzerland is member of united nations?") == ("switzerland is member of united nations?", True)
    assert model.asks_confirmation("is right for the eu to sanction russia?")[1] is False


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # The tags and reports the verdict reads are read for the search too (one reading).
        ("the berlin wall fell in 1989, isn't that right?", "the berlin wall fell in 1989"),
        ("the npt was signed in 1968, yeah?", "the npt was signed in 1968"),
        ("the telegram was sent by germany innit?", "the telegram was sent by germany"),
        ("the kyoto protocol was signed in kyoto, am i right?", "the kyoto protocol was signed in kyoto"),
        ("i heard the un was founded in 1945", "the un was founded in 1945"),
        ("someone told me that the un was founded in 1945 right?", "the un was founded in 1945"),
        ("isn't it true that the wall fell in 1989?", "the wall fell in 1989?"),
    ],
)
def test_one_reading_finds_the_claim_to_confirm(model, question, claim):
    assert model.asks_confirmation(question) == (claim, True)


@pytest.mark.parametrize(
    "question",
    [
        # A report followed by a question of its own, what was heard or read about, "right"
        # as the claim's own word or a word of judgement: no claim to confirm.
        "my friend says ambassadors are spies. what do you think?",
        "someone told me the un was founded in 1945, why?",
        "i read a book on the congress of vienna",
        "someone told me about the g20",
        "the veto is a permanent member's right?",
        "is the veto right?",
        "the answer is yes?",
        "which countries refused or weren't there?",
        "the soviets weren't there?",
        "is it right for the eu to sanction russia?",
    ],
)
def test_no_claim_to_confirm(model, question):
    assert model.asks_confirmation(question) == (question, False)


def test_sentence_cues_of_a_kind_match_where_any_of_its_patterns_does(model):
    # The reader joins each kind's cue patterns into one; a sentence has the cue exactly
    # when one of the patterns, each on its own, finds it.
    cues = SentenceCues(model.sentence_cues)
    sentences = [s for path in sorted((Path(__file__).parents[1] / "knowledge").rglob("*.md")) for s in split_sentences(path.read_text(encoding="utf-8"))]
    assert len(sentences) > 1000 and set(cues) == set(model.sentence_cues)
    for intent, patterns in model.sentence_cues.items():
        [joined] = cues[intent]
        one_by_one = [re.compile(p) for p in patterns]
        found = [bool(joined.search(s)) for s in sentences]
        assert found == [any(p.search(s) for p in one_by_one) for s in sentences]
        assert any(found) and not all(found)
    assert cues.get("no such kind", []) == []


@pytest.mark.parametrize("question", ["how long did the congress of vienna go on for", "how often is there an npt review conference", "for how long was the inf treaty in force"])
def test_how_long_and_how_often_ask_for_a_span_of_time(model, question):
    assert model.understand(question).intent == "duration"


def test_how_long_ago_asks_when(model):
    assert model.understand("how long ago was the congress of vienna").intent == "when"


@pytest.mark.parametrize(
    "question",
    ["the g20 has existed since 1999 but when did the leaders first meet?", "league of nations when founded", "treaty of rome date"],
)
def test_when_inside_a_question_or_a_date_asked_at_the_end_asks_when(model, question):
    assert model.understand(question).intent == "when"


@pytest.mark.parametrize("question", ["what happens when a diplomat commits a crime", "why do states sign treaties when they disagree"])
def test_when_as_a_conjunction_does_not_ask_when(model, question):
    assert model.understand(question).intent != "when"


@pytest.mark.parametrize(
    ("heading", "suits"),
    [
        ("When and how it was founded: the Covenant", True),
        ("Who negotiated it and when", True),
        ("History: when the first foreign ministries were founded", True),
        ("When Israel withdrew from the Sinai, and who monitors the peace", True),
        ("When it was dissolved, and its legacy", True),
        # "When" opening a condition in the present says under what conditions, not when.
        ("When it works: conditions for success", False),
        ("When a treaty is invalid or ends: termination and withdrawal", False),
        ("When a state breaks off relations", False),
    ],
)
def test_a_when_heading_suits_a_date_question_unless_it_opens_a_condition(model, heading, suits):
    assert model.heading_suits(heading, "when") is suits


def test_a_condition_is_no_cue_for_a_span_either(model):
    assert not model.heading_suits("When it works: conditions for success", "duration")
    assert model.heading_suits("When and how the crisis unfolded", "duration")


@pytest.mark.parametrize(
    ("question", "main", "other"),
    [
        ("what are sanctions and how do they work", "what are sanctions", ("how", "how do they work")),
        ("who signed new start and where", "who signed new start", ("where", "where")),
        # Two question words on one clause: each asks it.
        ("when and why did the inf treaty collapse", "when did the inf treaty collapse", ("why", "why did the inf treaty collapse")),
        # The kind comes from the second part: the first is the other question.
        ("what does the vclt cover and when was it signed", "what does the vclt cover and when was it signed", ("definition", "what does the vclt cover")),
    ],
)
def test_a_question_of_two_has_a_main_part_and_another(model, question, main, other):
    understanding = model.understand(question)
    assert (understanding.main_part, understanding.other_part) == (main, other)


def test_one_question_has_no_other_part(model):
    assert model.understand("what is the difference between bilateral and multilateral diplomacy").other_part is None
    assert model.understand("who founded asean and when was it").other_part == ("when", "when was it")
    assert model.understand("how did the cuban missile crisis end").other_part is None


def test_phrases_learners_use_are_read_as_the_knowledge_says_them(model):
    assert model.in_the_knowledge_words("when did it come into force") == "when did it enter into force"
    assert model.in_the_knowledge_words("when did the treaty take effect?") == "when did the treaty enter into force?"
    assert model.in_the_knowledge_words("when did the talks come to an end") == "when did the talks come to an end"
    assert model.in_the_knowledge_words("does the us have an embassy in tehran anymore?") == "does the us have an embassy in tehran still?"
    assert model.in_the_knowledge_words("any more questions about treaties") == "any more questions about treaties"
    # Why it is called a mistake or a disaster asks why it failed; not for whom it was one.
    assert model.in_the_knowledge_words("why do ppl always say munich 1938 was such a disaster") == "why did munich 1938 fail"
    assert model.in_the_knowledge_words("what made the munich agreement such a disaster? my teacher says so") == "why did the munich agreement fail"
    assert model.in_the_knowledge_words("why was suez such a disaster for britain") == "why was suez such a disaster for britain"
    assert model.in_the_knowledge_words("who tore up the inf treaty") == "who withdrew from the inf treaty"
    assert model.in_the_knowledge_words("who started the fire") == "who started the fire"
    assert model.in_the_knowledge_words("trk2 vs tr 1.5") == "track 2 vs track 1.5"
    assert model.in_the_knowledge_words("mediation def") == "mediation define"
    # "Who started X?" asks who founded it; "started" alone is any beginning.
    assert model.in_the_knowledge_words("which countries started asean") == "which countries founded asean"
    assert model.in_the_knowledge_words("when did the dayton talks start") == "when did the dayton talks start"
    # "End" as a verb asks for the ending; the noun ("at the end of", "come to an end") does not.
    assert model.in_the_knowledge_words("when did the league of nations end?") == "when did the league of nations end terminated?"
    assert model.in_the_knowledge_words("why the inf treaty ended") == "why the inf treaty ended terminated"
    assert model.in_the_knowledge_words("what did they agree at the end of the war") == "what did they agree at the end of the war"
    assert model.in_the_knowledge_words("what did they do in the end") == "what did they do in the end"
    # A yes/no claim keeps its own words: they decide its verdict.
    assert model.in_the_knowledge_words("does a change of government end a state's treaties?") == "does a change of government end a state's treaties?"
    assert model.in_the_knowledge_words("has the cold war ended?") == "has the cold war ended?"


@pytest.mark.parametrize(
    "question, kept, picks",
    [
        ("which one is about treaties?", "which is about treaties?", "which"),
        ("what about the one on consular relations?", "what about the on consular relations?", None),
        ("and the other one?", "and the other?", "other"),
        ("another one", "another", "other"),
        ("when was that one signed?", "when was that signed?", None),
        ("and the american one?", "and the american?", None),
        ("did kissinger use one with china?", "did kissinger use with china?", None),
        # The number stays: after a noun that numbers, before a noun, in "no one", "one-day".
        ("what is track one?", "what is track one?", None),
        ("the track one approach", "the track one approach", None),
        ("who signed article one?", "who signed article one?", None),
        ("one of the p5", "one of the p5", None),
        ("no one knows", "no one knows", None),
        ("a one-day summit", "a one-day summit", None),
    ],
)
def test_one_standing_for_a_noun_is_no_number(model, question, kept, picks):
    assert model.without_pronoun_one(question) == (kept, picks)


def test_a_person_pronoun_is_told_from_it_and_they(model):
    assert model.understand("tell me more about him").of_a_person
    assert model.understand("what else did she do?").of_a_person
    assert not model.understand("when was it signed?").of_a_person
    assert not model.understand("how long do they serve?").of_a_person


def test_learners_phrases_for_responsibility_and_outcome(model):
    # "in charge of" is no chargé d'affaires; what "came out of" something resulted from it.
    assert model.in_the_knowledge_words("who is in charge of eu foreign policy") == "who leads eu foreign policy"
    assert model.in_the_knowledge_words("which treaty came out of them?") == "which treaty resulted from them?"
    assert model.in_the_knowledge_words("when did the us come back?") == "when did the us rejoined?"


def test_a_question_asking_for_another_thing(model):
    assert model.asks_for_a_thing("what replaced it?")
    assert model.asks_for_a_thing("and which treaty came out of them?")
    assert model.asks_for_a_thing("what did it replace?")
    assert not model.asks_for_a_thing("what is the league of nations?")
    assert not model.asks_for_a_thing("who negotiated it?")


def test_a_heading_cue_opening_with_a_space_is_a_whole_word(model):
    # " do" suits "What do ambassadors do" headings, not one ending in "document".
    assert not model.heading_suits("Why it matters: a politically binding document", "role")
    assert model.heading_suits("What consuls do", "role")
    assert model.heading_suits("Main functions", "role")


@pytest.mark.parametrize(("question", "thing"), [
    ("the hotline was set up after which crisis", "crisis"),
    ("which article of the charter covers it?", "article"),
    ("which un body imposes sanctions", "body"),
    ("what other treaty was signed then?", "treaty"),
    ("what agreements did it produce?", "agreements"),
    ("what year was it signed?", None),
    ("what did it do?", None),
    # A person or a state is the "who" patterns' business; "which one", "which is" name no kind.
    ("which countries founded asean", None),
    ("which one is about treaties?", None),
    ("which is older, the un or nato?", None),
])
def test_the_kind_of_thing_a_which_question_asks_for(model, question, thing):
    assert model.understand(question).thing == thing
