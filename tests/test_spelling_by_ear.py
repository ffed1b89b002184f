"""Heavy misspellings and texting read as the knowledge's words, real words left alone."""

import pytest

from tutor.answering.session import Session
from tutor.search.sounds import sound_key
from tutor.search.spelling import Speller


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("convenshun", "convention"),
        ("signd", "signed"),
        ("whn", "when"),
        ("negoshiate", "negotiate"),
        ("dipplomasy", "diplomacy"),
        ("konsulate", "consulate"),
        ("westfalia", "westphalia"),
        ("ratifikashun", "ratification"),
        ("nashunal", "national"),
    ],
)
def test_words_spelt_by_ear_sound_as_the_word_meant(typed, meant):
    assert sound_key(typed) == sound_key(meant)


@pytest.mark.parametrize(("one", "other"), [("texting", "testing"), ("vaping", "voting"), ("convention", "contention"), ("tension", "tennis")])
def test_words_that_sound_different_have_different_keys(one, other):
    assert sound_key(one) != sound_key(other)


def speller(**counts: int) -> Speller:
    return Speller(counts, english=lambda: dict.fromkeys(["python", "trick", "notions", "screen", "compound"], 100))


def test_a_misspelling_is_read_by_its_sound_before_two_edits_and_by_sounds_one_edit_apart():
    words = speller(convention=40, contention=2, vienna=20, sanctions=30, signed=20)
    assert words.repair("whn was the vienna convenshun signd")[0] == "when was the vienna convention signed"
    # "sanshuns" is neither one edit nor the same sounds from "sanctions", but sounds one edit apart.
    assert words.repair("un sanshuns")[0] == "un sanctions"


def test_a_real_word_the_knowledge_lacks_is_kept_unless_a_knowledge_phrase_says_otherwise():
    words = speller(track=40, one=30, diplomacy=50, league=10, nations=60, patton=3, green=2, time=20)
    says = {"track one", "league of nations"}.__contains__
    assert words.repair("is trick one diplomacy bilateral", says)[0] == "is track one diplomacy bilateral"
    assert words.repair("why did the league of notions fail", says)[0] == "why did the league of nations fail"
    # Real words no phrase of the knowledge asks for stay as written.
    assert words.repair("how do i learn python", says)[1] == []
    assert words.repair("screen time rules at home", says)[1] == []


def test_a_short_word_keeps_its_first_letter():
    # "ctbt" is a treaty of its own, not the LTBT; "gen" is no "rgen" (nor "general" outside a phrase).
    words = speller(ltbt=1, rgen=1, what=5)
    assert words.repair("what is the ctbt")[1] == []
    assert words.repair("wat is gen")[0] == "what is gen"


def test_two_letters_swapped_into_one_of_the_commonest_words_are_read_as_it():
    # The slip fingers make most: "teh" and "hte" are "the", "adn" is "and", though a word of
    # three letters is otherwise never read as another of three.
    words = speller(role=10, ambassador=20, embassy=5, gta=1, gfa=1)
    assert words.repair("waht is teh role of an ambassador")[0] == "what is the role of an ambassador"
    assert words.repair("hte embassy adn the ambassador")[0] == "the embassy and the ambassador"
    # Not into a question word ("hwo" is "how" or "who"), nor a word of two letters, which is
    # often a name ("ni" of NI), nor a name into another.
    assert words.repair("hwo is the ambassador")[1] == []
    assert words.repair("what is the ni embassy")[1] == []
    assert words.repair("what is the gat")[1] == []
    # Nor into "not": "nto" is NATO's typo as often.
    assert speller(nato=10, turkey=3).repair("is turkey in nto")[0] == "is turkey in nato"


def test_texting_and_shorthand_pairs_are_read_as_their_words():
    words = speller(secretary=30, general=20, headquarters=5, sure=3)
    assert words.repair("r u sure")[0] == "are you sure"
    assert words.repair("who was the 1st un sec gen")[0] == "who was the first un secretary general"
    assert words.repair("where is nato hq")[0] == "where is nato headquarters"


def test_two_words_typed_apart_are_read_as_the_one_word_the_knowledge_writes():
    words = speller(ceasefire=12, hotline=3, peacekeeping=8, handover=4, hand=5, over=9, war=20, lord=2, warlord=1)
    says = {"hand over"}.__contains__
    assert words.repair("what is a cease fire", says)[0] == "what is a ceasefire"
    assert words.repair("the hot line to moscow", says)[0] == "the hotline to moscow"
    assert words.repair("un peace-keeping", says)[0] == "un peacekeeping"
    # Two words the knowledge also says apart stay apart, and a word it writes once is no evidence.
    assert words.repair("did britain hand over hong kong", says)[1] == []
    assert words.repair("the war lord", says)[1] == []
    # Nor is a letter or two a part of a word: "r un" is texting for "are UN", not "run".
    assert speller(run=30, un=50).repair("r un resolutions binding", says)[0] == "are un resolutions binding"


def test_a_repair_is_read_between_repaired_neighbours():
    # "shttle" is one edit from "settle" and from "shuttle"; "shuttle diplomacy" is the
    # knowledge's phrase once "diplomayc" is read as "diplomacy".
    words = speller(settle=30, shuttle=10, diplomacy=50)
    says = {"shuttle diplomacy"}.__contains__
    assert words.repair("who came up with shttle diplomayc", says)[0] == "who came up with shuttle diplomacy"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whn was the vienna convenshun on diplomatic relations signd", "1961"),
        ("how do un sanshuns actually get put on a country, step by step pls", "Security Council"),
        ("is trick one diplomacy only between two countries?", "multilateral"),
        ("why did the league of notions fail", "United States"),
        ("wen was the teaty of wastfalia", "1648"),
        ("when was teh congress of vienna", "1814"),
    ],
)
def test_misspelt_questions_are_answered(tutor, question, expected):
    reply = Session(tutor).respond(question)
    assert not reply.out_of_scope and expected in reply.answer


@pytest.mark.parametrize(
    "question",
    [
        "how do i learn python fast",
        "how does cmpound interest work",  # one edit from "compound", an everyday word: not "combined"
        "explain the offside rule in football",
    ],
)
def test_near_misses_and_unknown_names_are_not_repaired_into_scope(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


def test_of_repairs_at_one_reach_the_one_sharing_a_passage_with_the_other_words_wins():
    words = speller(idea=40, india=10, treaty=60, proliferation=20)
    passages = [{"india", "treaty", "proliferation"}, {"idea", "diplomacy"}]
    shares = lambda word, others: max(len(passage & set(others)) for passage in passages if word in passage)
    assert words.repair("is indea in the non proliferation treaty", shares=shares)[0] == "is india in the non proliferation treaty"
    # Without passages, the one with the typed word's sounds, though the knowledge says "idea" more.
    assert words.repair("is indea in the non proliferation treaty")[0] == "is india in the non proliferation treaty"
    # A passage shared with the other words comes before sounds: "idia" sounds as "idea".
    assert words.repair("has idia signed the non proliferation treaty", shares=shares)[0] == "has india signed the non proliferation treaty"


def test_an_english_word_one_edit_away_beats_a_knowledge_word_two_edits_away_unless_a_phrase_says_otherwise():
    # "cmpound" is two edits from the knowledge's "compounds", one from the everyday "compound".
    words = speller(compounds=10, interest=5, cuban=8, missile=30, crisis=20)
    assert words.repair("how does cmpound interest work")[0] == "how does compound interest work"
    says = {"cuban missile"}.__contains__
    assert Speller(words.counts, english=lambda: {"masse": 50}).repair("the cuban massle crisis", says)[0] == "the cuban missile crisis"


@pytest.mark.parametrize(
    ("typed", "spelt"),
    [
        ("Why was the Congress of Vienna even held in the first plaace?", "Why was the Congress of Vienna even held in the first place?"),
        ("who was basically in churge of the congress of vienna", "who was basically in charge of the congress of vienna"),
    ],
)
def test_a_misspelt_question_is_read_as_the_same_question_spelt_right(tutor, typed, spelt):
    # The learner's phrases ("in the first place", "in charge of") are read after the repair.
    assert Session(tutor).respond(typed).answer == Session(tutor).respond(spelt).answer


@pytest.mark.parametrize(
    ("typed", "verdict"),
    [("is the british king the head of goverment?", "No."), ("was there a seccret deal about missiles in turkey to end the cuban crisis?", "Yes.")],
)
def test_a_misspelt_yes_no_question_gets_its_verdict(tutor, typed, verdict):
    assert Session(tutor).respond(typed).answer.startswith(verdict)


def test_a_repair_can_keep_the_case_of_the_other_words():
    words = speller(government=4, british=3, king=5, head=6)
    assert words.repair("Is the British King head of goverment?", keep_case=True)[0] == "Is the British King head of government?"


def test_of_words_one_edit_away_the_one_with_the_typed_words_sounds_wins_over_the_commoner():
    # "truse" is one edit from "trust" and "truce"; only "truce" sounds as it.
    words = speller(trust=20, truce=1, consular=86, consulate=13)
    assert words.repair("whats a truse")[0] == "whats a truce"
    # "consulat" is one edit from both; the knowledge says "consular" more, but "consulate" sounds as it.
    assert words.repair("whats a consulat")[0] == "whats a consulate"


def test_a_word_cut_short_reads_as_the_word_it_starts_when_sounds_do_not_decide():
    # "protoco" sounds as neither; it is "protocol" with its last letter missing.
    words = Speller({"protocol": 2, "protocs": 9}, english=dict)
    assert words.correct("protoco") == "protocol"


def test_a_rare_english_word_does_not_beat_a_knowledge_word_with_the_typed_words_sounds():
    # "sanctuns" is one edit from the rare "sanctus" and sounds as the knowledge's "sanctions".
    rare = Speller({"sanctions": 30}, english=lambda: {"sanctus": 50})
    assert rare.repair("what r sanctuns")[0] == "what are sanctions"
    # A common English word one edit away still wins: "cmpound" is "compound", not "compounds".
    common = Speller({"compounds": 10}, english=lambda: {"compound": 9834})
    assert common.repair("how does cmpound interest work")[0] == "how does compound interest work"


def test_a_clipped_word_is_read_as_the_knowledges_word_only_in_its_phrase():
    words = speller(general=30, assembly=20, secretary=10, view=5, nato=40)
    says = {"general assembly", "secretary general"}.__contains__
    assert words.repair("what does the gen assembly do", says)[0] == "what does the general assembly do"
    assert words.repair("the gen z view of nato", says)[1] == []
    assert words.repair("who is the sec gen", says)[0] == "who is the secretary general"


@pytest.mark.parametrize(
    ("typed", "spelt"),
    [("whats a truse", "what is a truce"), ("what r sanctuns", "what are sanctions"), ("whats a consulat", "what is a consulate")],
)
def test_misspelt_words_keep_their_meaning_in_answers(tutor, typed, spelt):
    assert Session(tutor).respond(typed).answer == Session(tutor).respond(spelt).answer


def test_the_second_part_of_a_hyphenated_english_word_is_no_typo():
    # "emptive" alone is no word and sits one edit from "emotive"; "pre-emptive" is English.
    words = Speller(dict(emotive=3, preventive=5, war=40, non=20, aggression=10), english=lambda: {"preemptive": 100})
    assert words.repair("pre-emptive vs preventive war")[1] == []
    # A misspelt part stays a typo when the joined word is none ("nonaggresion").
    assert words.repair("a non-aggresion pact")[0] == "a non-aggression pact"
