"""Grading answers: tolerant matching, choices, orderings, expectations, misconceptions and the ladder per idea."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from tutor.lessons.catalogue import load_catalogue
from tutor.lessons.check import check_phrasings, read_as_one_word
from tutor.lessons.dialogue import QuestionState, QuestionTurn
from tutor.lessons.grading import asks_yes_or_no, is_bare, parse_choice, parse_order, parse_true_false, phrase_matches, yes_no
from tutor.lessons.model import (
    Choice,
    Expectation,
    FreeText,
    Lesson,
    Misconception,
    MultipleChoice,
    Order,
    TrueFalse,
)
from tutor.lessons.progress import ProgressStore

HINTS = ["first hint", "second hint"]
SHIPPED = load_catalogue()


def free_text(**overrides) -> FreeText:
    fields = dict(
        kind="free_text",
        line=1,
        id="define",
        prompt="What is track one diplomacy?",
        hints=HINTS,
        explanation="Official diplomacy between states.",
        expectations=[
            Expectation("official", "that it is official", ["official", "formal", "between governments"], "Official or not?"),
            Expectation("representatives", "that government representatives conduct it", ["government representatives", "diplomats", "ministers"], "Who talks?"),
        ],
        misconceptions=[Misconception(["academics", "civil society", "ngos"], "That is track two.")],
        answer="Official diplomacy conducted by government representatives.",
    )
    fields.update(overrides)
    return FreeText(**fields)


# Phrasings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Binding International Law",  # case
        "law that is international and binding",  # word order
        "bïndíng internâtional law",  # accents
        "bindng internatonal law",  # small typos
        "it binds, under international laws",  # word endings (stems)
    ],
)
def test_phrasing_tolerates_case_accents_order_endings_and_typos(answer):
    assert phrase_matches(answer, "binding international law")


@pytest.mark.parametrize(
    "answer, phrasing",
    [
        ("1816", "1815"),  # numbers are exact
        ("Iraq", "Iran"),  # short words are exact
        ("stage", "treaty"),
        ("international", "binding international law"),  # every word is needed
        ("it is not binding", "binding"),  # negated words do not count
        ("non-state actors", "state actors"),
    ],
)
def test_phrasing_rejects_near_misses(answer, phrasing):
    assert not phrase_matches(answer, phrasing)


def test_phrasing_with_a_negation_matches_a_negated_answer():
    assert phrase_matches("General Assembly resolutions are not binding", "not binding")
    assert phrase_matches("they can't commit the state", "cannot commit")


def test_phrasing_words_must_stand_close_together():
    far = "the general assembly votes on many things, while the security council alone is binding"
    assert not phrase_matches(far, "general assembly binding")
    assert phrase_matches("the general assembly is binding", "general assembly binding")


# Choices, true/false and order ------------------------------------------------------------

CHOICES = ["The Peace of Westphalia", "The Congress of Vienna", "The UN Security Council", "The UN"]


@pytest.mark.parametrize(
    "answer, index",
    [("b", 1), ("B", 1), ("(b)", 1), ("B)", 1), ("2", 1), ("2.", 1), ("the congress of vienna", 1), ("Congress of Viena", 1), ("B) The Congress of Vienna", 1), ("security council", 2), ("The UN", 3)],
)
def test_choice_by_letter_number_or_text(answer, index):
    assert parse_choice(answer, CHOICES) == index


@pytest.mark.parametrize("answer", ["e", "5", "0", "", "something else entirely", "vienna westphalia"])
def test_unclear_choices_are_none(answer):
    assert parse_choice(answer, CHOICES) is None


@pytest.mark.parametrize("answer, value", [("true", True), ("T", True), ("yes", True), ("A", True), ("1", True), ("False", False), ("no", False), ("b", False), ("I think it's false", False)])
def test_true_false(answer, value):
    assert parse_true_false(answer) is value


def test_true_false_unclear():
    assert parse_true_false("maybe") is None
    assert parse_true_false("true or false") is None


ITEMS = ["Westphalia", "Vienna", "League of Nations", "United Nations"]


@pytest.mark.parametrize("answer", ["C A B D", "CABD", "c, a, b, d", "C > A > B > D", "3 1 2 4", "3,1,2,4", "3124", "League of Nations; Westphalia; Vienna; United Nations"])
def test_order_in_any_notation(answer):
    assert parse_order(answer, ITEMS) == [2, 0, 1, 3]


@pytest.mark.parametrize("answer", ["C A B", "C A B B", "E A B D", "1 2 3 5", "nonsense"])
def test_incomplete_orders_are_none(answer):
    assert parse_order(answer, ITEMS) is None


# Questions ----------------------------------------------------------------------------------


def test_multiple_choice_wrong_choice_gets_its_own_feedback():
    question = MultipleChoice(
        kind="multiple_choice", line=1, id="q", prompt="?", hints=HINTS, explanation="",
        options=[Choice("Embassies"), Choice("Think tanks", "Think tanks host track two.")], answer=0,
    )
    assert question.grade("A").correct
    assert question.grade("embassies").correct
    wrong = question.grade("b")
    assert not wrong.correct and wrong.valid and wrong.text == "Think tanks host track two."
    unreadable = question.grade("z")
    assert not unreadable.valid


def test_true_false_feedback():
    question = TrueFalse(kind="true_false", line=1, id="q", prompt="?", hints=HINTS, explanation="", answer=False, feedback="Academics are track two.")
    assert question.grade("false").correct
    assert question.grade("true").text == "Academics are track two."
    assert not question.grade("perhaps").valid


def test_order_question_shows_a_shuffled_order_and_accepts_its_own_answer():
    question = Order(kind="order", line=1, id="timeline", prompt="?", hints=HINTS, explanation="", items=ITEMS)
    shown = question.choices()
    assert sorted(shown) == sorted(ITEMS) and shown != ITEMS
    assert question.choices() == shown  # stable between runs
    assert question.grade(question.accepted_answer()).correct
    wrong = question.grade(" ".join(reversed(question.accepted_answer().split())))
    assert not wrong.correct and "right place" in wrong.text
    assert f'Out of place: "{ITEMS[2]}" comes before "{ITEMS[3]}", not after it.' in wrong.text  # the first pair out of order


def test_free_text_complete_answer():
    verdict = free_text().grade("It is official diplomacy carried out by government representatives")
    assert verdict.correct and set(verdict.covered) == {"official", "representatives"}


def test_free_text_word_order_and_typos():
    assert free_text().grade("goverment reprsentatives doing formal diplomacy").correct


def test_free_text_partial_says_what_was_got():
    verdict = free_text().grade("It is official and formal")
    assert not verdict.correct and verdict.progress
    assert verdict.covered == ("official",) and "that it is official" in verdict.text


def test_free_text_coverage_accumulates_across_answers():
    question = free_text()
    first = question.grade("formal talks")
    second = question.grade("done by diplomats", first.covered)
    assert second.correct


def test_free_text_misconception_gets_its_own_feedback():
    verdict = free_text().grade("talks between academics and civil society")
    assert not verdict.correct and verdict.misconception
    assert verdict.text.startswith("That is track two.")


def test_free_text_negated_misconception_does_not_fire():
    verdict = free_text().grade("official diplomacy by diplomats, not by NGOs")
    assert verdict.correct and not verdict.misconception


def test_free_text_need_allows_some_of_the_ideas():
    assert free_text(need=1).grade("done by diplomats").correct


def test_free_text_empty_answer_is_not_counted():
    assert not free_text().grade("the a of").valid


def test_a_choice_whose_text_is_a_number_wins_over_the_label():
    choices = ["2", "51", "193"]
    assert parse_choice("2", choices) == 0
    assert parse_choice("B", choices) == 1
    assert parse_choice("3", choices) == 2


# Claims, not keywords ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer, phrasing",
    [
        ("they can't be arrested or locked up", "immune from arrest"),
        ("they cannot be arrested", "not arrested"),
        ("immunity protects a diplomat from arrest", "not arrested"),
        ("no single country can solve it alone", "no country alone"),
        ("its own targets", "own targets"),
    ],
)
def test_polarity_matches_a_denial_in_other_words(answer, phrasing):
    assert phrase_matches(answer, phrasing)


@pytest.mark.parametrize(
    "answer, phrasing",
    [
        ("the diplomat can be arrested like anyone else", "not arrested"),
        ("they cannot be arrested", "can be arrested"),
        ("it's not the work of NGOs but official diplomacy", "ngos"),
        ("the host state protects diplomats", "prosecuted"),  # a real word is never a typo of another
        ("its targets", "own targets"),
    ],
)
def test_polarity_and_real_words_keep_claims_apart(answer, phrasing):
    assert not phrase_matches(answer, phrasing)


def test_a_denied_misconception_does_not_fire_and_an_asserted_one_does():
    question = free_text()
    assert not question.grade("It's not the unofficial work of NGOs or academics but official diplomacy by diplomats").misconception
    assert question.grade("It is the work of NGOs").misconception


def test_one_generic_word_does_not_state_an_idea():
    verdict = free_text().grade("official")
    assert not verdict.correct and verdict.covered == ()


def comparison() -> FreeText:
    return free_text(
        prompt="How does bilateral negotiation differ from multilateral negotiation?",
        roles={"bilateral": ["bilateral"], "multilateral": ["multilateral"]},
        expectations=[
            Expectation("two", "bilateral talks involve two states", [], "How many in bilateral talks?", roles={"bilateral": ["two states"]}),
            Expectation("many", "multilateral talks involve three or more states", [], "And in multilateral ones?", roles={"multilateral": ["three or more"]}),
        ],
        misconceptions=[],
        answer="Bilateral negotiation is between two states, while multilateral negotiation involves three or more states.",
    )


def test_claims_are_bound_to_their_subject():
    question = comparison()
    assert question.grade("Bilateral is between two states, multilateral between three or more").correct
    assert question.grade("three or more take part in multilateral talks; two states in bilateral ones").correct
    swapped = question.grade("Multilateral negotiation is between two states, while bilateral involves three or more")
    assert not swapped.correct and swapped.misconception and "wrong way round" in swapped.text


def test_yes_or_no_answers_the_prompt_that_was_asked():
    question = free_text(
        expectations=[Expectation("arrest", "that a diplomat cannot be arrested", ["not arrested"], "Can the police arrest a diplomat?")],
        misconceptions=[Misconception(["can be arrested"], "No: a diplomat cannot be arrested.")],
    )
    assert question.grade("no", asked="arrest").correct
    assert question.grade("no, they can't", asked="arrest").correct
    assert question.grade("yes", asked="arrest").misconception
    for answer in ("of course not", "never", "not at all", "definitely not", "absolutely not, they are immune"):
        assert question.grade(answer, asked="arrest").correct, answer
    for answer in ("of course", "of course they can", "definitely"):
        assert question.grade(answer, asked="arrest").misconception, answer


# Paraphrases, ellipsis and subjects ----------------------------------------------------------


@pytest.mark.parametrize(
    "answer, phrasing",
    [
        ("Iran accepted curbs on its nuclear program", "limits on nuclear programme"),  # a synonym, and American spelling
        ("the talks were informal", "not formal"),  # "informal" is "formal" denied
        ("3+ states", "three or more states"),
        ("a favourable view of the country", "favorable views"),
        ("it is not a non-governmental group", "governmental"),  # two denials affirm
        ("the citizens of other nations", "foreign citizens"),
        ("restrictons on the nuclear programme", "limits on nuclear"),  # a typo of a synonym
        ("if one of them votes no, it fails", "vote against"),  # a "no" vote is a vote
        ("1) without violence 2) promoting the national interest", "national interest"),  # a list number ends a denial
        ("a) without violence b) promoting the national interest", "national interest"),  # and so does a list letter
        ("it isn't informal\nit is done by the national interest", "national interest"),  # and a line's end
        ("every member can block it", "any member can block"),
        ("when no country can solve it on its own", "cannot solve on its own"),  # "cannot" denies the "can"
        ("it can not be solved by one state", "cannot be solved by one state"),
        ("more than two states", "three or more states"),
        ("at least 3 countries", "3+ countries"),
        ("multilateral is more then 2", "three or more"),  # "then" for "than"
        ("it addresses the people of another country", "foreign people"),
        ("it addresses the people of other counrties", "people of other countries"),  # "other" before a misspelt "countries"
        ("the government could dney the talks", "deny the talks"),  # two letters swapped in a short word
        ("a single no from a permanent member stops it", "vote against"),  # "a no" is a vote
        ("Iran would not expand its programme and in exchange sanctions would be lifted", "sanctions lifted"),  # "in exchange" ends the denial
        ("all members have to carry out its decisions", "must carry out"),  # "have to" is "must"
        ("they cannot be arrested or detained", "not detained"),  # "or" without a verb keeps the denial
        ("I think it is official diplomacy", "official diplomacy"),  # the learner's own hedge still asserts
        ("the rise of nonstate actors", "non-state actors"),  # "non" joined to a word
        ("arrest+detention", "arrest and detention"),
        ("the 1st peace treaty", "first peace treaty"),
        ("the P5+1 talks", "p5+1"),  # a name, not "5 or more"
        ("the Security Counsel decides", "security council"),  # a misspelling that is itself a word
        ("governments can make law, which NGOs cannot do", "only governments"),  # one side can, the other cannot
        ("NGOs cannot sign treaties, governments can", "only governments can sign"),
        ("some say it is official diplomacy", "official diplomacy"),  # a report not contradicted is not denied
        ("a resolution can be vetoed by any permanent member", "any member veto"),
        ("they cannot be arrested and are immune from the courts", "not tried"),
        ("no one except the official representatives of states can create law", "only official representatives"),
        ("nobody else has the power to bind their country", "only they bind"),
        ("technology hasn't changed the fact that officials represent states, nor that talks end in treaties", "end in treaties"),
        ("dialogue between people outside government", "non-governmental"),
        ("no Arab country had made peace with Israel before", "first arab country"),
        ("something that had never happened between Israel and an Arab state", "first"),
        ("not losing sight of the national interest", "national interest"),  # a denied denial affirms
        ("so it is about how formal it is", "degree of formality"),
        ("get them on side with its policies", "support for its policies"),
        ("keeping diplomats stationed abroad full time", "permanent diplomats"),
        ("the government could say it had nothing to do with it", "disown"),
        ("Iran agreed not to expand its nuclear programme", "limit nuclear"),
        ("a problem no one nation can sort out alone like covid", "covid"),  # an example ends a denial
        ("when one country cant solve it alone", "cannot solve alone"),  # "cant" without its apostrophe
        ("Iran wouldn't develop its programme further and sanctions against it would be lifted", "sanctions lifted"),  # a new subject after "and"
        ("no Arab state had ever made peace with Israel until then", "first arab state"),
        ("when no country or region can solve it alone", "cannot solve alone"),  # "or" joins the subjects the "no" denies
        ("GA resolutions aren't compulsory. SC decisions are compulsory for all members.", "binding on all members"),  # a synonym said both ways, in different sentences
        ("to improve how people in other countries see it", "improve image"),
    ],
)
def test_paraphrases_say_the_same_thing(answer, phrasing):
    assert phrase_matches(answer, phrasing)


@pytest.mark.parametrize(
    "answer, phrasing",
    [
        ("an informal chat", "information"),  # one stem, two words
        ("they spoke publicly abroad", "foreign public"),
        ("immunity does not protect them from arrest", "immune from arrest"),  # "not protected from" affirms
        ("government to government", "government officials"),
        ("the government", "government to government"),  # each word of a phrasing takes its own answer word
        ("official diplomacy, rather than the talks of NGOs", "ngos"),  # a contrast denies
        ("instead of imposing targets, each country sets its own", "imposes targets"),
        ("the police cannot arrest them", "police can arrest"),
        ("no court can try them", "can be tried"),
        ("it involves more than two states", "two states"),  # a bound, not a count
        ("governments can make binding law through treaties, which NGOs cannot do", "ngos make law"),  # NGOs' piece denies it
        ("they cannot be arrested and are immune from the courts", "not immune"),  # "and are" starts a predicate of its own
        ("the five permanent members can block any substantive resolution", "any member veto"),  # "any" qualifies the resolution
        ("it's a myth that diplomats are above the law", "above the law"),  # reported as a myth: denied
        ("the P5+1 talks", "5 or more"),
        ("governments can sign treaties, NGOs cannot", "only ngos"),
        ("GA resolutions carry only moral weight", "have to follow"),  # not "follow": an obligation
        ("that is nonsense", "sense"),  # a word of its own, not "non" and "sense"
        ("people often think GA resolutions are binding, but they only recommend", "resolutions are binding"),  # others' belief, contradicted
    ],
)
def test_paraphrases_do_not_join_different_claims(answer, phrasing):
    assert not phrase_matches(answer, phrasing)


def assembly_and_council() -> FreeText:
    return free_text(
        prompt="How do General Assembly resolutions differ from Security Council decisions?",
        roles={"the General Assembly": ["general assembly", "assembly", "ga"], "the Security Council": ["security council", "council", "sc"]},
        expectations=[
            Expectation("ga", "General Assembly resolutions are recommendations", [], "Are they binding?", roles={"the General Assembly": ["recommend", "not binding"]}),
            Expectation("sc", "Security Council decisions bind all members", ["binding on all members"], "And the council's?", roles={"the Security Council": ["binding"]}),
        ],
        misconceptions=[Misconception(["general assembly binding"], "The General Assembly only recommends.")],
        answer="General Assembly resolutions are recommendations, while Security Council decisions are binding.",
    )


@pytest.mark.parametrize(
    "answer",
    [
        "the security council can make binding decisions, the general assembly cannot",  # the gap is filled, denied
        "GA resolutions aren't binding; SC ones are",
        "the assembly can only recommend things, the council's decisions must be followed",  # the subject named before the claim
        "binding are the decisions of the council, while the assembly recommends",  # the subject named after it
        "unlike the Security Council, whose decisions are binding, the General Assembly can only recommend",  # a contrasted subject is still named
        "the difference is that SC decisions are binding and GA resolutions aren't",  # "and" before an elliptical ending; the predicate after the last auxiliary
    ],
)
def test_an_elliptical_or_two_subject_answer_is_read_right(answer):
    verdict = assembly_and_council().grade(answer)
    assert verdict.correct and not verdict.misconception


def test_one_claim_the_wrong_way_round_makes_the_idea_reversed():
    question = assembly_and_council()
    for answer in ["GA resolutions are binding on all members and SC decisions are binding", "the GA is binding, the SC only recommends"]:
        verdict = question.grade(answer)
        assert not verdict.correct and verdict.misconception
    swapped = comparison().grade("two states are in multilateral talks and three or more in bilateral ones")
    assert swapped.misconception and "wrong way round" in swapped.text


def test_a_name_denied_beside_another_is_not_named_with_it():
    """"Track one is not track two" names the two apart: "it" after it is track one, so
    "it is informal" is the wrong way round, and "track two is informal" says the formality."""
    question = SHIPPED.get("track-one-vs-track-two").question("key-difference")
    swapped = question.grade("track one is not track two, because it is informal")
    assert swapped.misconception and "wrong way round" in swapped.text
    apart = question.grade("track one is not track two, because track two is informal")
    assert "formality" in apart.covered and not apart.misconception


def test_what_ends_or_declines_is_denied():
    """"The end of state sovereignty" and "the decline of NGOs" say the opposite of the idea."""
    westphalia = SHIPPED.get("history-of-track-one").question("westphalia-legacy")
    assert "sovereignty" not in westphalia.grade("it brought the end of state sovereignty").covered
    assert "sovereignty" in westphalia.grade("it brought state sovereignty").covered
    assert not phrase_matches("it became impossible to speak directly to foreign audiences", "speak directly")


def test_brackets_end_a_denial_and_a_clause_saying_when_keeps_its_own_subject():
    westphalia = SHIPPED.get("history-of-track-one").question("westphalia-legacy")
    assert westphalia.grade("state sovereignty (no outside power meddling in its affairs) and permanent diplomatic missions").correct
    key_difference = SHIPPED.get("track-one-vs-track-two").question("key-difference")
    verdict = key_difference.grade("track one is formal talks between officials, track two informal dialogue among academics, often used before governments pick the ideas up")
    assert verdict.correct and not verdict.misconception  # the governments pick ideas up: not said of track two


def test_a_first_said_as_none_before_and_texted_negations():
    camp_david = SHIPPED.get("worked-examples").question("camp-david-result")
    assert camp_david.grade("the Egypt-Israel peace treaty; before that, no Arab state had signed a peace treaty with Israel").correct
    assert phrase_matches("they cudnt commit israel", "could not commit") and not phrase_matches("they cudnt commit israel", "can commit")


def test_a_second_from_after_a_comma_is_shielded_too_and_a_filler_like_gives_no_example():
    immunity = SHIPPED.get("vienna-convention-and-immunity").question("immunity")
    assert immunity.grade("protection from being held by the police, and from being prosecuted in the host country").correct
    assert not phrase_matches("protected from arrest, and the police take them from the airport", "not taken")
    key_difference = SHIPPED.get("track-one-vs-track-two").question("key-difference")
    assert "formality" in key_difference.grade("track two is more informal, whereas track one is, like, the formal kind").covered


def test_an_example_of_what_was_denied_asserts_no_misconception():
    question = SHIPPED.get("actors-of-track-one").question("foreign-minister")
    assert question.grade("they run foreign policy and the foreign ministry, not domestic things such as immigration or border control").correct
    assert question.grade("they run foreign policy and the foreign ministry, and deal with immigration").misconception


def test_a_number_plus_is_that_many_or_more():
    question = SHIPPED.get("methods-of-track-one").question("bilateral-vs-multilateral")
    assert question.grade("bilateral is just two countries; multilateral is three plus").correct
    assert not phrase_matches("the P5 are five plus one", "5 or more")


def test_a_refusal_denies_what_follows_and_a_denied_refusal_affirms_it():
    question = SHIPPED.get("worked-examples").question("jcpoa-bargain")
    assert "limits" not in question.grade("Iran refused limits on its nuclear programme").covered
    assert question.grade("Iran did not refuse limits on its programme, and sanctions were lifted").correct


def test_immunity_from_ones_own_courts_is_a_mistake_and_their_jurisdiction_is_no_mistake():
    question = SHIPPED.get("vienna-convention-and-immunity").question("immunity")
    assert question.grade("protected from the courts of their own home country").misconception
    assert question.grade("from arrest and from the host country's courts, though their home country's courts can still try them").correct


def test_words_that_say_a_misconception_do_not_also_say_an_idea():
    question = free_text(
        expectations=[Expectation("courts", "the host state's courts", ["courts"], "Can the courts try a diplomat?")],
        misconceptions=[Misconception(["subject to the local courts"], "No: the host state's courts have no jurisdiction.")],
    )
    verdict = question.grade("they are subject to the local courts")
    assert verdict.misconception and verdict.covered == ()


def test_a_one_word_answer_states_an_idea_only_when_the_word_carries_it():
    """"Arrest" carries "arrest and detention"; "courts" is only part of "the jurisdiction of
    the host state's courts", and a short phrase is not a bare word at all."""
    expectations = [
        Expectation("arrest", "arrest and detention (the person is inviolable)", ["arrest"], "Can they be arrested?"),
        Expectation("courts", "the jurisdiction of the host state's courts", ["courts"], "Can the courts try them?"),
    ]
    question = free_text(prompt="What does diplomatic immunity protect a diplomat from?", expectations=expectations, misconceptions=[])
    for answer in ("arrest", "the arrest", "Detention."):
        verdict = question.grade(answer)
        assert verdict.covered == ("arrest",) and not verdict.correct
    assert question.grade("courts").covered == ()
    assert question.grade("from getting arrested, and the courts").correct


@pytest.mark.parametrize("answer", ["official", "states", "security", "immunity", "diplomat", "law", "P5", "1961"])
def test_a_bare_generic_or_echoed_keyword_states_no_idea_of_a_shipped_question(answer):
    for lesson_id, question_id in [("vienna-convention-and-immunity", "immunity"), ("what-is-track-one", "define"), ("the-un-system", "veto")]:
        verdict = SHIPPED.get(lesson_id).question(question_id).grade(answer)
        assert verdict.covered == () and not verdict.correct, (question_id, verdict)


def test_an_apt_word_is_credited_for_its_idea_of_a_shipped_question():
    question = SHIPPED.get("vienna-convention-and-immunity").question("immunity")
    for answer in ("arrest", "jail", "detention"):
        verdict = question.grade(answer)
        assert verdict.covered == ("arrest",) and not verdict.correct and not verdict.misconception


# The ladder, per idea, kept with the learner's progress ------------------------------------


def test_the_ladder_position_is_saved_and_the_climb_goes_on_after_a_resume(tmp_path):
    question = free_text()
    first = QuestionTurn(question)
    hint = first.answer("I am not sure")[-1]
    assert hint.type == "hint" and hint.text == question.expectations[0].moves()[0]
    store = ProgressStore.load(tmp_path)
    store.put_lesson("sample", {"questions": {question.id: first.state.to_dict()}})
    assert store.save()
    store.close()

    store = ProgressStore.load(tmp_path)
    resumed = QuestionTurn(question, QuestionState.from_dict(store.lesson("sample")["questions"][question.id]))
    store.close()
    assert resumed.state.ladder == {"official": 1}
    assert [e.text for e in resumed.replay()][-1] == hint.text  # the rung the learner is on
    assert resumed.answer("still not sure")[-1].text.startswith(question.expectations[0].moves()[1])  # the next rung, not the first again


def test_a_malformed_ladder_in_saved_data_is_ignored():
    state = QuestionState.from_dict({"ladder": {"official": "two", "other": -1, "ok": 2, "flag": True}, "asked": 3})
    assert state.ladder == {"ok": 2} and state.asked == ""


@pytest.mark.parametrize(
    "phrasing, read",
    [("make treaties", "treaties"), ("who is involved", "involved"), ("not locked up", ""), ("sign treaties", ""), ("treaties", "")],
)
def test_a_phrasing_of_filler_and_one_word_is_read_as_that_word(phrasing, read):
    assert read_as_one_word(phrasing) == read


def test_the_check_warns_about_a_phrasing_read_as_a_word_the_question_uses():
    expectations = [Expectation("law", "that they make law", ["make treaties", "who is involved", "sign treaties"], "What can they make?")]
    question = free_text(expectations=expectations, answer="Officials conclude treaties.", misconceptions=[])
    lesson = Lesson("sample", "Sample", Path("sample.yaml"), [], 5, [], [question])
    warnings = [p.message for p in check_phrasings(lesson, SimpleNamespace(documents={})) if p.severity == "warning"]
    assert len(warnings) == 1 and "'make treaties' is read as the one word 'treaties'" in warnings[0]


@pytest.mark.parametrize(
    "prompt, asks",
    [("Can the police arrest a diplomat?", True), ("Could one country or one region handle it alone?", True), ("Is track one official or unofficial?", False), ("Who takes part?", False)],
)
def test_only_a_yes_or_no_prompt_is_answered_by_yes_or_no(prompt, asks):
    assert asks_yes_or_no(prompt) is asks
    question = free_text(expectations=[Expectation("official", "that it is official", ["official diplomacy"], prompt)])
    assert not question.grade("yes", asked="official").misconception  # "yes" to a choice says nothing


def test_after_the_tutor_states_an_idea_a_word_or_two_of_it_said_back_is_enough():
    official = Expectation("official", "that it is official (formal) diplomacy", ["official diplomacy"], "Is it official or unofficial?")
    turn = QuestionTurn(free_text(expectations=[official, Expectation("who", "that diplomats conduct it", ["diplomats"], "Who talks?")]))
    turn.answer("I am not sure")
    stated = turn.answer("yes")  # "yes" to a choice between two words says nothing
    assert stated[0].text == "Tell me more: what else can you say about it?" and stated[-1].text.startswith("The missing piece: it is official")
    back = turn.answer("it is official")
    assert back[0].text == "That's it for that part." and back[-1].text == "Who talks?" and turn.state.covered == ["official"]
    assert turn.answer("done by diplomats")[-1].get("correct") is True and turn.done


# Found by a learner's walk through the lessons ---------------------------------------------------


@pytest.mark.parametrize("answer", ["the courts cannot try them", "no, the courts cannot try them", "local courts cannot try them"])
def test_denying_a_word_is_not_asserting_it_through_a_synonym(answer):
    question = load_catalogue().get("vienna-convention-and-immunity").question("immunity")
    verdict = question.grade(answer)
    assert not verdict.misconception and "courts" in verdict.covered


def test_an_answer_with_a_misconception_must_be_given_again_without_it():
    turn = QuestionTurn(load_catalogue().get("vienna-convention-and-immunity").question("immunity"))
    events = turn.answer("they can't be arrested or tried, so they are above the law")
    assert not turn.done and any(e.type == "hint" for e in events)  # a next move, not silence
    turn.answer("i see")
    assert not turn.done
    turn.answer("they cannot be arrested and the courts cannot try them")
    assert turn.done and turn.state.correct


@pytest.mark.parametrize(
    "answer, right",
    [
        ("an abstention by a permanent member blocks a resolution", False),  # the subject named inside the claim is its own
        ("Each of the five permanent members can stop a substantive resolution with one no vote.", True),  # not "every member"
        ("the ten elected members can block a resolution, the five permanent members cannot", False),
        ("permanent members can block a resolution, elected members cannot", True),  # a name is said within one piece
        ("the non-permanent members can block a resolution", False),  # a name keeps the denial of its own form
        ("a nonpermanent member can stop a resolution that the permanent members want", False),
        ("permanent members can stop a resolution, non-permanent ones cannot", True),
    ],
)
def test_a_subject_named_inside_a_claim_belongs_to_it(answer, right):
    verdict = SHIPPED.get("the-un-system").question("veto").grade(answer)
    assert verdict.correct == right and verdict.misconception != right


@pytest.mark.parametrize(
    "lesson_id, question_id, answer",
    [
        ("methods-of-track-one", "bilateral-vs-multilateral", "Bilateral and multilateral differ in numbers: the former involves two states, the latter three or more."),
        ("the-un-system", "ga-vs-sc", "The General Assembly and the Security Council differ: the former only recommends, while the latter's decisions bind all members."),
        ("track-one-vs-track-two", "key-difference", "Track one and track two differ in who takes part and formality: the former is official and done by government officials, the latter informal and done by non-governmental people."),
        ("methods-of-track-one", "bilateral-vs-multilateral", "Bilateral talks involve two states. The other kind involves three or more."),
        ("methods-of-track-one", "bilateral-vs-multilateral", "Bilateral and multilateral: the first involves two states, the second three or more."),
        ("track-one-vs-track-two", "key-difference", "Track one uses government officials, track two uses private people, so one is formal and the other informal."),
        ("track-one-vs-track-two", "key-difference", "Track one is formal, between government diplomats; track two is informal dialogue among academics, retired officials and NGOs."),
        ("track-one-vs-track-two", "key-difference", "Track two is informal dialogue among academics. The actors and the level of formality. Track one is formal diplomacy between government officials."),
        ("geographic-layers", "why-global", "when no single country or region can solve it alone for example climate change"),  # "for example" ends the denial
    ],
)
def test_subjects_are_found_for_claims_in_answers_of_several_shapes(lesson_id, question_id, answer):
    verdict = SHIPPED.get(lesson_id).question(question_id).grade(answer)
    assert verdict.correct and not verdict.misconception


def test_the_former_before_a_noun_is_a_plain_word():
    assert phrase_matches("retired diplomats and the former officials", "former officials")


def test_a_claim_about_subjects_named_together_is_about_neither():
    verdict = SHIPPED.get("track-one-vs-track-two").question("key-difference").grade("Track one and track two differ in formality.")
    assert verdict.covered == ("formality",) and not verdict.misconception


@pytest.mark.parametrize(
    "lesson_id, question_id, answer",
    [
        ("track-one-vs-track-two", "key-difference", "both are formal and done by officials"),
        ("the-un-system", "ga-vs-sc", "There is no difference: both are only recommendations."),
    ],
)
def test_a_claim_said_of_both_subjects_tells_neither_apart(lesson_id, question_id, answer):
    verdict = SHIPPED.get(lesson_id).question(question_id).grade(answer)
    assert verdict.covered == () and not verdict.correct


@pytest.mark.parametrize("answer, asked", [("they can be tried by the host courts", ""), ("yes", "courts")])
def test_a_piece_that_asserts_a_misconception_credits_no_idea(answer, asked):
    """The whole piece is wrong: its other words ("courts") do not also give the idea, nor "You did get ..." feedback."""
    verdict = SHIPPED.get("vienna-convention-and-immunity").question("immunity").grade(answer, asked=asked)
    assert verdict.misconception and verdict.covered == () and "You did get" not in verdict.text


def test_the_jcpoa_bargain_binds_the_limits_to_iran():
    """The limits are on Iran's programme: said of the world powers they are reversed, and a
    claim that names Iran among its words ("limits on Iran's nuclear programme") is about Iran."""
    question = SHIPPED.get("worked-examples").question("jcpoa-bargain")
    for turned in ["Iran lifted its sanctions on the US and in return the US limited its nuclear weapons.", "Iran ended its sanctions on other nations, and in return they restricted their nuclear programmes."]:
        reversed_roles = question.grade(turned)  # "other nations" are the world powers, as the US is
        assert not reversed_roles.correct and reversed_roles.misconception
    for answer in ["The US and others lifted sanctions in return for limits on Iran's nuclear programme", "The world powers lifted sanctions and Iran limited its nuclear program", "Other countries lifted their sanctions and Iran limited its nuclear program"]:
        verdict = question.grade(answer)
        assert verdict.correct and not verdict.misconception


def test_a_relative_clause_about_something_denied_asserts_no_misconception():
    """"That's different from bilateral talks, which are only between two countries" describes
    bilateral talks; it does not say the regional layer is between two countries."""
    question = SHIPPED.get("geographic-layers").question("regional-activity")
    aside = question.grade("Members negotiate common policies that they all follow. That's different from bilateral talks, which are only between two countries.")
    assert aside.correct and not aside.misconception
    assert question.grade("Members negotiate common policies, which are only between two countries.").misconception


def test_an_elliptical_piece_repeats_what_followed_the_same_auxiliary():
    """"The SC can" repeats what followed "can't" in the piece before it, not what followed a later
    auxiliary ("what its resolutions say", "they are recommendations")."""
    question = SHIPPED.get("the-un-system").question("ga-vs-sc")
    assert question.grade("The General Assembly can't legally bind member states to do what its resolutions say; the Security Council can.").correct
    denied = question.grade("General Assembly resolutions can't force states to act, they are recommendations; the Security Council can.")
    assert not denied.misconception and "ga-recommend" in denied.covered
    one_kind = SHIPPED.get("actors-of-track-one").question("why-official")
    assert one_kind.grade("Non-officials can't make commitments that their country is legally bound by, only official representatives can do that.").correct


def test_an_obligation_to_act_is_no_binding_target():
    """"Each country must hand in a plan" obliges the country to act; it says nothing of targets
    that bind, while what "must be followed" is binding."""
    ndc = SHIPPED.get("worked-examples").question("ndc").grade("each country has to hand in a climate plan")
    assert not ndc.misconception and not ndc.correct and ndc.covered == ("submit",)
    council = SHIPPED.get("the-un-system").question("ga-vs-sc")
    assert council.grade("the assembly can only recommend things, the council's decisions must be followed").correct
    assert "sc-binding" not in council.grade("Security Council decisions don't have to be followed").covered


def test_a_part_of_an_idea_earns_partial_credit_and_the_ladder_aims_at_the_whole():
    question = SHIPPED.get("actors-of-track-one").question("why-official")
    part = question.grade("Because they act with national authority.")
    assert not part.correct and part.covered == ("authority",) and [e.id for e in question.missing(part.covered)] == ["commit"]
    whole = question.grade("Because only they can commit the state to binding obligations.")
    assert whole.correct and whole.text == "You covered that only they can commit a state to binding obligations."
    turn = QuestionTurn(question)
    feedback, hint = turn.answer("because they have the government's authority behind them")
    assert feedback["partial"] and hint.text == question.expectation("commit").hint
    assert turn.answer("only they can sign treaties that bind the country")[0]["correct"]
    ndc = SHIPPED.get("worked-examples").question("ndc")
    assert ndc.grade("they use NDCs").covered == ("ndc-name",) and not ndc.grade("they use NDCs").correct
    assert ndc.grade("countries set their own plans to cut emissions").correct  # the name is a part, not needed
    targets = ndc.grade("countries set their own targets")  # a part: a plan is more than its targets
    assert not targets.correct and targets.covered == ("own-targets",)
    assert ndc.grade("each country picks its own targets, its NDC").correct  # two parts say their whole


@pytest.mark.parametrize(
    "lesson, question, answer",
    [
        ("the-un-system", "ga-vs-sc", "gen assembly resolutions arent legally binding but security council ones are"),  # "arent": an auxiliary, denied
        ("the-un-system", "ga-vs-sc", "SC decisions bind, GA ones not."),  # no auxiliary before: the piece repeats the words after its parallel subject
        ("what-is-track-one", "three-aims", "keeping good relations with other countries, solving disputes without fighting and defending the national interest"),  # "without" ends at the next item
        ("methods-of-track-one", "bilateral-vs-multilateral", "bilateral isnt between many countries, just two; multilateral is between lots of countries"),  # "just two" is "only two"
        ("actors-of-track-one", "foreign-minister", "runs the foreign ministry and is the boss of the country's diplomats, handling relations with other states"),
        ("worked-examples", "jcpoa-bargain", "less nuclear activity from Iran, fewer sanctions on Iran"),
        ("worked-examples", "jcpoa-bargain", "nukes limited, sanctions gone"),
        ("the-un-system", "ga-vs-sc", "GA just recommends stuff, SC can actually force countries to do things"),
        ("methods-of-track-one", "public-diplomacy", "talking to foreign people not governments, to make them like you"),  # "make them like": the verb
        ("methods-of-track-one", "public-diplomacy", "govt comms aimed at citizens abroad to get them on your side"),
        ("methods-of-track-one", "bilateral-vs-multilateral", "bi = two countries, multi = loads of countries"),
        ("geographic-layers", "why-global", "if no country can fix it solo eg covid"),  # "eg" ends the denial; "solo" is "alone"
        ("history-of-track-one", "westphalia-legacy", "states running their own affairs and permanent missions"),
        ("the-un-system", "veto", "p5 members can shoot down resolutions"),
        ("track-one-vs-track-two", "oslo-why-academics", "so the govt could pretend it never happened, because academics had no power to commit israel"),
        ("the-un-system", "ga-vs-sc", "No member has to obey a GA resolution, but every member has to obey SC decisions."),
        ("worked-examples", "jcpoa-bargain", "Iran would no longer expand its nuclear programme beyond agreed limits, and in return the sanctions would no longer apply."),
        ("geographic-layers", "regional-activity", "Member states don't keep separate policies; they negotiate common ones and all apply them."),
        ("methods-of-track-one", "bilateral-vs-multilateral", "A bilateral negotiation isn't multilateral because it has only two parties; multilateral has more than two."),  # a denied name is no later claim's subject
        ("history-of-track-one", "constants", "Technology hasn't replaced accredited officials representing states, nor formal negotiation recorded in treaties."),  # a denied replacement affirms
        ("history-of-track-one", "constants", "It's never stopped being accredited officials who represent the state, or formal negotiations written into treaties."),
        ("actors-of-track-one", "foreign-minister", "Nobody else oversees the state's foreign relations; the foreign minister does, and heads the foreign service."),
        ("the-un-system", "veto", "P-5 members can block any substantive resolution with a no vote"),  # "P-5" is "P5"
        ("actors-of-track-one", "why-official", "non officials cant promise anything on the state's behalf that counts, officials can"),  # the elliptical piece says it again
        ("track-one-vs-track-two", "key-difference", "The two tracks differ mainly in who takes part and how formal the process is"),  # "two tracks" names neither
        ("what-is-track-one", "define", "Track one is official diplomacy between states by government representatives, as opposed to track two, where academics and NGOs talk informally."),  # "where" describes track two
        ("methods-of-track-one", "bilateral-vs-multilateral", "If only two states negotiate it's bilateral; if three or more do, it's multilateral."),  # the name after a condition is its subject
        ("track-one-vs-track-two", "key-difference", "If it's officials in formal talks, it's track one; if it's academics in informal talks, it's track two."),
        ("track-one-vs-track-two", "key-difference", "Track one: formal, government officials. The other: informal, academics and NGOs."),  # "the other:" is the other subject
        ("methods-of-track-one", "bilateral-vs-multilateral", "Two states take part in bilateral negotiation; in multilateral negotiation, three or more do."),
        ("worked-examples", "jcpoa-bargain", "The world powers lifted nuclear-related sanctions, and Iran accepted limits on its programme in return."),
        ("actors-of-track-one", "foreign-minister", "they run foreign policy and the foreign ministry, not home affairs like immigration"),  # a denied example is no misconception
        ("worked-examples", "ndc", "Unlike Kyoto, where targets were set from above, in Paris each country sets its own plan"),  # a misconception that leans on an aside is not asserted
        ("actors-of-track-one", "why-official", "Anyone can talk, but only official representatives can commit the state to binding obligations."),
        ("geographic-layers", "regional-activity", "Although the UN works worldwide, the regional layer is about members negotiating common policies that they all follow."),  # a concession asserts nothing
        ("methods-of-track-one", "public-diplomacy", "It's a mistake to think it's negotiating in public; it's communicating with people in other countries to build support."),
        ("what-is-track-one", "define", "Track one is official diplomacy between states, conducted by government representatives; track two involves NGOs and academics."),  # a misconception said of another subject
        ("what-is-track-one", "define", "Official state-to-state diplomacy by government representatives. Track two, by contrast, is unofficial."),
        ("geographic-layers", "regional-activity", "The global layer covers the whole world; the regional layer is about members negotiating common policies that all then follow."),  # said of another layer: no misconception
        ("geographic-layers", "regional-activity", "Bilateral is just two countries, but regional means the members of an organisation negotiate common policies that they all follow."),
        ("methods-of-track-one", "public-diplomacy", "Normal diplomacy is secret talks between governments; public diplomacy is when a government speaks directly to foreign publics to win their support."),  # "is when" is no ellipsis
        ("worked-examples", "ndc", "Under Kyoto targets were imposed, but under Paris each country sets its own nationally determined contribution."),
        ("vienna-convention-and-immunity", "immunity", "Ordinary foreigners can be arrested and tried, but a diplomat can't be arrested or detained, and the host courts have no jurisdiction over them."),
        ("history-of-track-one", "constants", "Social media replaced some letters and cables, but not the basics: accredited officials still represent states and formal negotiation still ends in treaties."),
        ("track-one-vs-track-two", "key-difference", 'Some people call a second round of talks "track two", but really the difference is who takes part (officials vs non-officials) and formality (formal vs informal).'),
    ],
)
def test_answers_in_other_words_state_the_ideas(lesson, question, answer):
    """Correct answers written in several styles (casual, negated, abbreviated) for the questions."""
    assert SHIPPED.get(lesson).question(question).grade(answer).correct


def test_liking_is_approval_and_a_misconception_each_question_expects_is_named():
    assert SHIPPED.get("methods-of-track-one").question("public-diplomacy").grade("trying to get other countries to like your policies").covered == ("purpose",)
    assert SHIPPED.get("methods-of-track-one").question("public-diplomacy").grade("a government talking directly to foreigners so they like its policies").correct
    veto = SHIPPED.get("the-un-system").question("veto").grade("When a majority of the General Assembly votes against a resolution.")
    assert veto.misconception and "not a majority vote" in veto.text
    minister = SHIPPED.get("actors-of-track-one").question("foreign-minister").grade("They deal with immigration and look after foreigners who live here.")
    assert minister.misconception and not minister.covered


def test_what_is_said_of_a_thing_contrasted_with_unlike_is_true_of_it_and_no_misconception():
    difference = SHIPPED.get("track-one-vs-track-two").question("key-difference")
    assert difference.grade("track two has neither official status nor government participants; it's informal talks among academics, unlike formal track one between officials").correct
    assert difference.grade("Unlike track two, which is informal dialogue between academics, track one is formal talks between officials").correct
    define = SHIPPED.get("what-is-track-one").question("define").grade("official diplomacy between states by government representatives, unlike the talks of NGOs")
    assert define.correct and not define.misconception


@pytest.mark.parametrize(
    "answer",
    [
        "when one country alone cannot fix it, e.g. climate change",  # "alone" before the denial is within it
        "when a region by itself isn't able to deal with it, like climate change",  # "isn't able to" is "cannot"
        "when individual countries are unable to tackle it alone, for example climate change",
    ],
)
def test_inability_is_read_however_it_is_worded(answer):
    assert SHIPPED.get("geographic-layers").question("why-global").grade(answer).correct


def test_nothing_except_one_subject_says_only_that_subject():
    question = SHIPPED.get("the-un-system").question("ga-vs-sc")
    assert question.grade("GA resolutions are recommendations. Neither has binding force except the Security Council's decisions").correct


def test_a_name_between_a_quantifier_and_its_word_narrows_it():
    """"Each P5 member" is not "every member"; "every member, even the P5" still is."""
    veto = SHIPPED.get("the-un-system").question("veto")
    assert veto.grade("The right of each P5 member to block substantive resolutions by a negative vote.").correct
    assert veto.grade("every member, even the P5, can block a resolution").misconception


@pytest.mark.parametrize(
    "answer",
    [
        "coming up with joint policies for the whole region that every member state then has to respect",
        "making decisions together as a bloc and then all members carrying them out",
        "the members agree policies in common and are all bound by them",
        "Neighbouring states negotiate with each other and agree rules that all of them then follow",
    ],
)
def test_the_regional_layers_two_ideas_in_other_words(answer):
    assert SHIPPED.get("geographic-layers").question("regional-activity").grade(answer).correct


def test_negotiating_within_the_region_is_half_the_regional_layer_and_two_countries_are_bilateral():
    regional = SHIPPED.get("geographic-layers").question("regional-activity")
    assert regional.grade("countries negotiating among themselves in the region").covered == ("common-policies",)
    assert regional.grade("two neighbouring countries negotiate with each other").misconception


@pytest.mark.parametrize(
    "lesson, question, answer",
    [
        ("worked-examples", "ndc", "targets are set from above for every country"),  # "each country sets" in the wrong sense
        ("the-un-system", "veto", "a resolution fails if any of the fifteen members votes no"),
        ("what-is-track-one", "three-aims", "resolving conflicts by force, managing trade, and winning wars"),
        ("the-un-system", "ga-vs-sc", "neither is binding, both are recommendations"),
        ("worked-examples", "camp-david-result", "the first peace treaty between the USA and the Soviet Union"),  # was accepted
        ("what-is-track-one", "define", "Track one is informal dialogue between academics"),
        ("what-is-track-one", "define", "informal talks among NGOs"),
        ("geographic-layers", "regional-activity", "the regional layer deals with the whole world"),
        ("methods-of-track-one", "public-diplomacy", "public diplomacy is secret talks behind closed doors"),
        ("worked-examples", "ndc", "under Paris, targets are imposed from above"),
        ("vienna-convention-and-immunity", "immunity", "Diplomats are treated like ordinary people: they can be arrested and tried in the local courts"),  # a likeness names no subject
        ("vienna-convention-and-immunity", "immunity", "the police can arrest them like ordinary people"),
        ("geographic-layers", "regional-activity", "like the global layer, it deals with the whole world"),
        ("worked-examples", "ndc", "like Kyoto, it imposes binding targets"),
        ("history-of-track-one", "constants", "technology has replaced the need for diplomats"),
    ],
)
def test_wrong_answers_are_corrected(lesson, question, answer):
    """Wrong answers that reuse the right words, or say a misconception of the question's own subject, are corrected."""
    verdict = SHIPPED.get(lesson).question(question).grade(answer)
    assert verdict.misconception and not verdict.correct


def test_a_denied_misconception_word_in_a_right_answer_is_no_misconception():
    aims = SHIPPED.get("what-is-track-one").question("three-aims")
    assert aims.grade("managing relations, resolving conflicts without force and advancing national interests").correct
    assert aims.grade("keeping good relations with foreign countries and defending national interests, and solving conflicts peacefully").correct
    council = SHIPPED.get("the-un-system").question("ga-vs-sc")
    assert council.grade("They are not both binding: GA resolutions are recommendations, SC decisions bind all members").correct


@pytest.mark.parametrize(
    "lesson, question, answer",
    [
        ("methods-of-track-one", "bilateral-vs-multilateral", "Bilateral talks never have more than two countries; multilateral talks have three or more."),  # a denied upper bound is a bound
        ("methods-of-track-one", "bilateral-vs-multilateral", "bilateral: no more than 2 states. multilateral: lots of states"),
        ("actors-of-track-one", "why-official", "anyone else cannot commit the country to a treaty"),  # "anyone else can't" is "others cannot"
        ("actors-of-track-one", "why-official", "everybody else is unable to bind the state"),
        ("actors-of-track-one", "why-official", "only they can tie their country to a treaty"),  # "tie ... to" binds
        ("the-un-system", "ga-vs-sc", "GA resolutions are only advice, but members are not allowed to ignore SC decisions"),  # not free to ignore: must follow
        ("track-one-vs-track-two", "oslo-why-academics", "the academics had no power to commit Israel, and if nothing came of it the government could deny everything"),  # the condition's denial ends at its new subject
    ],
)
def test_bounds_others_and_conditions_are_read_for_what_they_say(lesson, question, answer):
    assert SHIPPED.get(lesson).question(question).grade(answer).correct


def test_anyone_else_who_can_is_still_anyone():
    verdict = SHIPPED.get("actors-of-track-one").question("why-official").grade("anyone else can commit the country to a treaty")
    assert verdict.misconception and not verdict.correct


def test_the_denial_of_one_subjects_idea_is_the_other_subjects_idea():
    """Two subjects compared in two ideas: what is denied of one, the other's idea says of it."""
    bilateral = SHIPPED.get("methods-of-track-one").question("bilateral-vs-multilateral")
    assert bilateral.grade("Bilateral talks never involve three or more states, while multilateral talks involve three or more.").correct
    reversed_ = bilateral.grade("Multilateral talks never involve three or more states, while bilateral talks involve three or more.")
    assert reversed_.misconception and not reversed_.covered
    council = SHIPPED.get("the-un-system").question("ga-vs-sc")
    assert council.grade("The General Assembly cannot force members to act, while Security Council decisions bind all members.").correct
    assert council.grade("The Security Council cannot force members to act, while General Assembly resolutions bind all members.").misconception


OSLO, AUTHORITY, CAMP_DAVID, IMMUNITY = (
    ("track-one-vs-track-two", "oslo-why-academics"), ("why-track-one-matters", "authority"),
    ("worked-examples", "camp-david-result"), ("vienna-convention-and-immunity", "immunity"),
)
PUBLIC, WHY_OFFICIAL = ("methods-of-track-one", "public-diplomacy"), ("actors-of-track-one", "why-official")
AIMS, WESTPHALIA = ("what-is-track-one", "three-aims"), ("history-of-track-one", "westphalia-legacy")
ACTOR, PARTIES, SIDE, CROSSED = "mixes up who does what", "those are not the parties", "wrong way round", "mixes up the ideas"


@pytest.mark.parametrize(
    "question, answer, says",
    [
        (OSLO, "Because the government had no power to commit Israel, the academics could walk away from the talks if they failed.", ACTOR),  # each idea's actor swapped
        (AUTHORITY, "Only NGOs and academics can make binding international law, for example by signing treaties.", ACTOR),  # an actor the misconceptions name
        (AUTHORITY, "Only non-state actors can create international law.", ACTOR),  # the question's own actor denied
        (PUBLIC, "It's when the people of other countries communicate directly with a government to build understanding and support.", ACTOR),  # who acts on whom
        (PUBLIC, "when foreign publics talk directly to a government to win its support", ACTOR),
        (WHY_OFFICIAL, "Because the state can commit its official representatives to binding agreements", ACTOR),
        (WHY_OFFICIAL, "NGOs are the ones who sign treaties for the state", ACTOR),  # the prompt's own subject: "why do only official representatives ... count?"
        (WHY_OFFICIAL, "because big companies are the ones who commit the state", ACTOR),  # an actor outside government the question never names as right
        (AUTHORITY, "Only companies can create binding international law.", ACTOR),
        (CAMP_DAVID, "A peace treaty between the USA and Egypt, the first between the US and an Arab state.", PARTIES),
        (CAMP_DAVID, "the first peace treaty between Israel and Jordan", PARTIES),
        (CAMP_DAVID, "a peace deal between Israel and Syria, the first between Israel and an Arab country", PARTIES),
        (IMMUNITY, "from arrest, and from the courts of their home country", SIDE),
        (IMMUNITY, "from being put on trial by their home country", SIDE),
        (IMMUNITY, "arrest and the courts of the sending state", SIDE),
        (AIMS, "managing national interests, resolving relations and advancing conflicts", CROSSED),
        (WESTPHALIA, "sovereign diplomatic missions and permanent states", CROSSED),
    ],
)
def test_a_claim_said_of_the_wrong_one_is_corrected(question, answer, says):
    """Who a claim is said of, where no roles bind it: its actor, who acts on whom, the parties, the side, the idea."""
    verdict = SHIPPED.get(question[0]).question(question[1]).grade(answer)
    assert verdict.misconception and not verdict.correct and says in verdict.text


@pytest.mark.parametrize(
    "question, answer",
    [
        (OSLO, "The scholars had no power to commit Israel, so the government could walk away from the talks if they failed."),
        (OSLO, "Nothing the scholars promised could bind Israel, so the government could deny everything."),  # denied with the claim
        (OSLO, "Israel could deny it all, since the academics could not commit it."),
        (AUTHORITY, "Only governments, through their official representatives, can make binding international law."),
        (AUTHORITY, "Only official representatives can make binding law, e.g. treaties, which NGOs cannot."),
        (PUBLIC, "a government talking directly to people in other countries to win their support"),
        (PUBLIC, "foreign publics are addressed directly by a government to win their support"),  # the passive
        (PUBLIC, "It targets the people of other countries directly, to win support for a government's policies"),  # "of" qualifies
        (PUBLIC, "ordinary citizens abroad hear directly from a government, which wants their support"),
        (WHY_OFFICIAL, "states can only be committed by their official representatives"),
        (WHY_OFFICIAL, "Only diplomats can commit their country; companies and NGOs cannot."),
        (AUTHORITY, "Only governments can make binding international law; companies cannot."),
        (WHY_OFFICIAL, "States give their official representatives the power to bind them, which nobody else has."),  # said after the pair
        (WHY_OFFICIAL, "Governments authorise their diplomats to commit the country; no one else can bind it."),  # no word of how the model's pair acts between them
        (PUBLIC, "Foreign citizens learn about a country through its cultural programmes and broadcasts, which wins their support."),  # "about" a topic
        (CAMP_DAVID, "peace treaty between egpyt and israel in 1979, the first between israel and an arab country"),  # a typo of a party is the party
        (CAMP_DAVID, "Egypt and Israel made peace in 1979, with Carter mediating; Egypt was the first Arab state to make peace with Israel."),
        (CAMP_DAVID, "Sadat and Begin signed a peace treaty, the first between Israel and an Arab state"),  # leaders are not paired with a party
        (CAMP_DAVID, "a treaty between Israel and Egypt with the US as mediator, the first between Israel and an Arab state"),  # "with" pairs no party
        (CAMP_DAVID, "the Israel-Egypt peace treaty, brokered by the United States: the first time an Arab country made peace with Israel"),
        (CAMP_DAVID, "the 1979 peace treaty between Israel and Egypt, the first one ever signed between Israel and an Arab nation"),  # names are no idea's own words
        (IMMUNITY, "arrest, and the local courts; they can still be tried in their home country"),  # a misconception said of the other side is none
        (IMMUNITY, "They can't be arrested, and the host country's courts can't try them, though their home country's courts can."),
        (IMMUNITY, "arrest and the receiving state's courts, not their home courts"),  # the other side denied
        (AIMS, "to resolve conflicts peacefully, manage relations between states and advance national interests"),
        (AIMS, "handling relations between nations so that conflicts get resolved peacefully while national interests are advanced"),
        (WESTPHALIA, "permanent embassies and the sovereignty of states"),
    ],
)
def test_a_claim_said_of_the_right_one_stands(question, answer):
    verdict = SHIPPED.get(question[0]).question(question[1]).grade(answer)
    assert verdict.correct and not verdict.misconception


def test_a_correction_of_an_idea_said_through_they_gives_the_model_answer():
    text = SHIPPED.get(AUTHORITY[0]).question(AUTHORITY[1]).grade("Only non-state actors can create international law.").text
    assert "Only the official representatives of states can create and enforce international law" in text and "they can" not in text


def test_an_idea_taken_back_later_in_its_piece_is_not_said():
    """A piece whose predicate denies the idea in other words does not say it through its subject."""
    authority = SHIPPED.get(AUTHORITY[0]).question(AUTHORITY[1])
    assert "law" not in authority.grade("treaties signed by officials aren't legally binding").covered
    assert authority.grade("Only official representatives can sign treaties, which are legally binding").correct
    scepticism = SHIPPED.get("why-track-one-matters").question("scepticism")
    taken_back = scepticism.grade("NGOs and companies, and the internet making it impossible to speak directly to foreign audiences")
    assert taken_back.covered == ("non-state",)
    public = SHIPPED.get(PUBLIC[0]).question(PUBLIC[1])  # a denial in a relative clause is about what it describes
    assert public.grade("building trust among foreign audiences that don't trust official diplomacy").correct


def test_now_that_opens_a_clause_beyond_a_denials_reach():
    scepticism = SHIPPED.get("why-track-one-matters").question("scepticism")
    assert scepticism.grade("NGOs and companies; and diplomats are not the only ones who talk to foreign publics now that social media lets anyone do it").correct


@pytest.mark.parametrize("answer", ["Iran would not take its enrichment beyond the agreed limits and sanctions were lifted", "Iran never went over the caps on its nuclear programme, and in return sanctions were lifted"])
def test_not_going_beyond_a_limit_accepts_it(answer):
    assert SHIPPED.get("worked-examples").question("jcpoa-bargain").grade(answer).correct


@pytest.mark.parametrize(
    "question, answer, covered",
    [
        (WESTPHALIA, "It ended state sovereignty and abolished permanent embassies", ()),  # what a verb ends is denied
        (WESTPHALIA, "It ended the Thirty Years War and established state sovereignty and permanent embassies", ("sovereignty", "missions")),  # up to an "and"
        (AIMS, "manage relations, end wars and advance national interests", ("manage", "resolve", "interests")),  # ending wars resolves them
        (("worked-examples", "jcpoa-bargain"), "Iran limited its nuclear programme and the West ended sanctions", ("limits", "sanctions")),
        (("history-of-track-one", "constants"), "formal negotiation that ends in treaties", ("negotiation",)),  # "ends in" ends nothing
        (AIMS, "the end goal is to manage relations, resolve conflicts and advance national interests", ("manage", "resolve", "interests")),  # a noun ends nothing
        (CAMP_DAVID, "It ended decades of war with a peace treaty between Egypt and Israel, the first between Israel and an Arab state", ("treaty", "first")),  # up to a preposition
    ],
)
def test_what_a_verb_ends_is_denied_up_to_an_and_or_a_preposition(question, answer, covered):
    assert SHIPPED.get(question[0]).question(question[1]).grade(answer).covered == covered


def test_saying_is_a_word_of_its_own():
    """"say" is no stop word: "the government could say it was never involved" denies involvement, a bare "never involved" does not."""
    oslo = SHIPPED.get(OSLO[0]).question(OSLO[1])
    assert oslo.grade("The professors could not commit Israel, so the government could later say it was never involved").correct
    assert "deny" not in oslo.grade("officials were never involved, so Israel was not committed").covered


def test_tion_spelt_as_it_sounds_is_a_typo():
    assert SHIPPED.get(AIMS[0]).question(AIMS[1]).grade("manage relashions, resolve conflicts peacefuly, advance nashional intrests").correct
    assert not phrase_matches("fashion", "function")  # an English word is never a typo


def test_a_principle_said_to_be_gone_is_a_misconception():
    constants = SHIPPED.get("history-of-track-one").question("constants")
    assert constants.grade("None of them survived: anyone online can represent a state now").misconception
    assert constants.grade("Treaties haven't been replaced: states are still represented by officials who negotiate formally").correct


@pytest.mark.parametrize("doubt", ["not sure what the plans are called", "I can't remember the name", "I forget what they're called", "no idea about the rest", "I'm not really sure that's all"])
def test_an_answer_that_admits_a_gap_is_not_accepted_and_the_tutor_fills_it_in(doubt):
    """Every idea said, but the learner says part is missing: the parts not said are told, and the question counts as helped."""
    ndc = SHIPPED.get("worked-examples").question("ndc")
    assert ndc.grade("each country sets its own plan").correct
    doubted = ndc.grade(f"each country sets its own plan, {doubt}")
    assert not doubted.correct and "own-plans" in doubted.covered and "nationally determined contributions" in doubted.text
    turn = QuestionTurn(ndc)
    events = turn.answer(f"each country sets its own plan, {doubt}")
    assert [e.type for e in events] == ["feedback"] and events[0]["correct"] and "nationally determined contributions" in events[0].text
    assert turn.done and turn.state.outcome == "helped"


def test_a_doubt_with_nothing_left_to_tell_shows_the_whole_answer():
    veto = SHIPPED.get("the-un-system").question("veto")
    doubted = veto.grade("a permanent member can stop a resolution, but I'm not sure whether all of them can")
    assert not doubted.correct and doubted.covered == ("permanent", "blocks") and veto.answer in doubted.text
    assert veto.grade("a permanent member can stop a resolution").correct


def test_a_bare_keyword_earns_a_part_it_names_and_never_a_whole_idea():
    ndc = SHIPPED.get("worked-examples").question("ndc")
    bare = ndc.grade("NDCs")
    assert bare.covered == ("ndc-name",) and not bare.correct
    assert not SHIPPED.get(WHY_OFFICIAL[0]).question(WHY_OFFICIAL[1]).grade("Authority").covered  # a whole idea's part needs its phrase


@pytest.mark.parametrize(
    "question, answer, covered",
    [
        (("actors-of-track-one", "foreign-minister"), "they set the line their state takes towards the outside world and run the ministry", ("policy", "ministry")),
        (WHY_OFFICIAL, "because what officials agree is legally binding on their country", ("commit",)),
    ],
)
def test_reviewed_paraphrases_state_the_ideas(question, answer, covered):
    assert set(covered) <= set(SHIPPED.get(question[0]).question(question[1]).grade(answer).covered)


@pytest.mark.parametrize(
    "question, answer",
    [
        (("the-un-system", "veto"), "the General Assembly overturns what the Security Council decided"),
        (("methods-of-track-one", "bilateral-vs-multilateral"), "bilateral is talks between two ministries within one country, multilateral is between countries"),
    ],
)
def test_reviewed_misconceptions_are_recognised(question, answer):
    assert SHIPPED.get(question[0]).question(question[1]).grade(answer).misconception


def test_only_the_learners_own_not_knowing_is_a_doubt():
    public = SHIPPED.get(PUBLIC[0]).question(PUBLIC[1])
    assert public.grade("Foreign publics don't know much about a country, so a government talks to them directly to win their support.").correct
    assert not public.grade("A government talks to foreign publics directly to win their support. I don't know what else.").correct


def test_the_number_of_states_is_part_of_the_bilateral_idea_and_a_bare_two_is_bound_to_its_subject():
    bilateral = SHIPPED.get("methods-of-track-one").question("bilateral-vs-multilateral")
    dimension = bilateral.grade("the number of states involved")
    assert dimension.covered == ("count",) and not dimension.correct
    assert bilateral.grade("They differ in the number of countries: bilateral has two, multilateral three or more").correct
    assert bilateral.grade("multilateral is two countries, bilateral is many").misconception  # reversed
    assert not bilateral.grade("Multilateral negotiation involves more than the two states of bilateral talks").misconception  # "more than the two" is three or more


def _grade(question: tuple[str, str], answer: str):
    return SHIPPED.get(question[0]).question(question[1]).grade(answer)


BILATERAL = ("methods-of-track-one", "bilateral-vs-multilateral")


def test_a_count_of_three_or_more_states_is_three_or_more():
    assert _grade(BILATERAL, "Bilateral talks have only the two of them, while the Rio summit with over 170 countries was multilateral.").correct
    assert _grade(BILATERAL, "bilateral is two states and multilateral is five states").correct
    assert _grade(BILATERAL, "Multilateral talks are between 2 states, bilateral ones among 150 states.").misconception  # reversed
    assert not _grade(BILATERAL, "bilateral is two states and multilateral is 2 states as well").correct  # two is no "3 or more"
    assert phrase_matches("the UN has 193 member states", "193 member states")  # the count itself is kept


def test_a_learners_more_big_than_is_bigger_than():
    why_global = ("geographic-layers", "why-global")
    assert _grade(why_global, "if the issue is more large than one nation can handle, like pandemics").correct
    assert _grade(why_global, "when a problem is bigger than one country, e.g. air pollution").correct
    assert not _grade(why_global, "when a problem is more big, like pandemics").correct  # bigger than nothing said


def test_a_clause_of_one_side_versus_the_other_pairs_them_with_the_last_two_named():
    key = ("track-one-vs-track-two", "key-difference")
    setting = "Ministers negotiating in Vienna is track one; professors at a private seminar is track two."
    assert _grade(key, f"{setting} Formal officials vs. informal non-officials.").correct
    assert _grade(key, f"{setting} Informal non-officials versus formal officials.").misconception  # the wrong way round
    assert _grade(key, "Formal versus informal, officials versus academics.").correct  # nothing named before: said of no one side


def test_a_whole_idea_is_not_said_by_a_piece_of_its_parts_name():
    ndc = ("worked-examples", "ndc")
    named = _grade(ndc, "they use nationally determined contributions")
    assert named.covered == ("ndc-name",) and not named.correct  # naming the plans is a part, as "NDCs" is
    assert _grade(ndc, "each country's target is nationally determined").correct  # said as a claim, it is the whole idea


@pytest.mark.parametrize(
    "question, answer, covered",
    [
        (("why-track-one-matters", "scepticism"), "Oxfam and Microsoft act on the world stage without being governments, and social media lets anyone talk to foreigners", ("non-state", "digital")),
        (("history-of-track-one", "westphalia-legacy"), "states as the only rulers in their borders, and permanent embassies", ("sovereignty", "missions")),
        (("what-is-track-one", "three-aims"), "making sure countries get along, settling disputes without war, and pursuing national interests", ("manage", "resolve", "interests")),
        (("actors-of-track-one", "foreign-minister"), "she decides how the country treats other nations and runs the foreign office", ("policy", "ministry")),
        (("the-un-system", "ga-vs-sc"), "members are free to ignore GA resolutions, but the Security Council's decisions bind everyone", ("ga-recommend", "sc-binding")),
        (("vienna-convention-and-immunity", "immunity"), "the police cannot hold them and the local courts cannot try them", ("arrest", "courts")),
        (("why-track-one-matters", "authority"), "it has the backing of the state", ("official-only",)),
        (WHY_OFFICIAL, "they are sent by their government to speak for it", ("authority",)),
    ],
)
def test_everyday_words_and_examples_state_the_ideas(question, answer, covered):
    assert set(covered) <= set(_grade(question, answer).covered)


def test_unofficial_actors_binding_the_state_is_a_misconception():
    assert _grade(WHY_OFFICIAL, "unofficial actors can commit the state just as well").misconception
    assert not _grade(WHY_OFFICIAL, "others can't commit the state, only officials can").misconception


def test_a_contrast_between_a_subject_and_its_claim_leaves_the_claim_to_the_subject():
    """"NGOs, not officials, make law" says the NGOs make it: the denied piece between them interrupts, and binds nothing."""
    authority = ("why-track-one-matters", "authority")
    turned = _grade(authority, "Academics and businesses, rather than governments, make and enforce international law.")
    assert turned.misconception and not turned.correct
    assert _grade(authority, "Only government representatives, not NGOs or academics, can make and enforce international law.").correct


def test_a_piece_ending_on_a_bare_not_repeats_the_predicate_before_it():
    ga_vs_sc = ("the-un-system", "ga-vs-sc")
    assert _grade(ga_vs_sc, "SC decisions are binding for all members, GA resolutions not").correct
    assert _grade(ga_vs_sc, "GA resolutions are binding for all members, SC decisions not").misconception  # reversed
    assert phrase_matches("whether binding or not", "binding")  # "or not" leaves nothing out


def test_the_second_of_two_subjects_is_the_one_not_named_yet():
    key = ("track-one-vs-track-two", "key-difference")
    assert _grade(key, "The first track is official and run by diplomats, the second is unofficial and run by academics and NGOs.").correct
    assert _grade(key, "The first track is unofficial and run by academics, the second is official and run by diplomats.").misconception


@pytest.mark.parametrize(
    "question, answer, covered",
    [
        (("geographic-layers", "regional-activity"), "they agree common rules together and then each member puts them into practice", ("common-policies", "all-follow")),
        (("geographic-layers", "regional-activity"), "the member countries all go along with the same rules", ("all-follow",)),
        (("geographic-layers", "why-global"), "when one country can't sort it out on its own", ("no-one-alone",)),
        (("what-is-track-one", "define"), "the diplomacy of states made official by their representants", ("official", "representatives")),
        (("what-is-track-one", "three-aims"), "making sure countries stay friends", ("manage",)),
        (("actors-of-track-one", "foreign-minister"), "deciding how the country acts toward the rest of the world", ("policy",)),
        (WHY_OFFICIAL, "they carry the state's mandate", ("authority",)),
        (("track-one-vs-track-two", "key-difference"), "who sits at the table", ("actors",)),
        (("the-un-system", "ga-vs-sc"), "GA resolutions carry moral weight only", ("ga-recommend",)),
        (("history-of-track-one", "westphalia-legacy"), "countries being in charge of their own land", ("sovereignty",)),
        (("actors-of-track-one", "foreign-minister"), "being the boss of all the ambassadors", ("ministry",)),
        (("why-track-one-matters", "authority"), "it is done by people who officially speak for their country", ("official-only",)),
        (("geographic-layers", "why-global"), "the ozone hole", ("example",)),
        (("methods-of-track-one", "public-diplomacy"), "For example, the US running radio stations abroad so that foreign citizens warm to American policies.", ("audience", "purpose")),
    ],
)
def test_partial_and_whole_ideas_in_everyday_words(question, answer, covered):
    assert set(covered) <= set(_grade(question, answer).covered)


@pytest.mark.parametrize("answer", ["is, is not", "are not and is", "of course not", "no, hopefully not"])
def test_elliptical_pieces_without_a_side_are_graded_without_error(answer):
    assert not _grade(("the-un-system", "ga-vs-sc"), answer).correct  # an ellipsis with nothing said of anyone (it raised IndexError before)


def test_texted_abbreviations_are_read_as_words():
    camp_david = ("worked-examples", "camp-david-result")
    assert _grade(camp_david, "Egypt-Israel peace treaty, 26 Mar 1979 - 1st peace treaty btw Israel and an Arab state").correct  # "btw" is "between", its parties read
    assert _grade(BILATERAL, "bilateral btw 2 states, multilateral w/ 3 or more").correct
    assert _grade(("the-un-system", "ga-vs-sc"), "UNGA resos r just recs, UNSC decisions r binding on all UN members").correct
    assert _grade(("what-is-track-one", "define"), "official diplomacy btw states, conducted by govt reps with natl authority").correct
    assert phrase_matches("talks w/o officials", "not officials")


def test_a_phrasal_verb_may_hold_its_object_between_verb_and_particle():
    regional = ("geographic-layers", "regional-activity")
    assert "common-policies" in _grade(regional, "the neighbours hash things out together").covered
    assert "common-policies" in _grade(regional, "the neighbours hash out a line together").covered
    assert "common-policies" not in _grade(regional, "the neighbours hash nothing at all out").covered  # only a short object, not any words


def test_what_is_beyond_what_one_country_can_handle_is_what_it_cannot_handle():
    why_global = ("geographic-layers", "why-global")
    assert "no-one-alone" in _grade(why_global, "when a problem is beyond what a single nation can handle by itself").covered
    assert "no-one-alone" not in _grade(why_global, "when a single nation can handle it by itself").covered


@pytest.mark.parametrize("answer", ["track two is more casual", "track two is relaxed", "track two talks are off the record"])
def test_how_relaxed_a_meeting_is_says_how_formal_it_is(answer):
    assert "formality" in _grade(("track-one-vs-track-two", "key-difference"), answer).covered


def test_a_denial_put_in_someone_s_mouth_is_a_denial():
    oslo = ("track-one-vs-track-two", "oslo-why-academics")
    assert "deny" in _grade(oslo, "if it went wrong, the government could say \u201cwe never met them\u201d").covered
    assert "deny" in _grade(oslo, "the ministers could say they had not talked to anyone").covered
    assert "deny" not in _grade(oslo, "the ministers could say they talked to the academics").covered


def test_neither_denies_a_claim_of_both():
    verdict = _grade(("the-un-system", "ga-vs-sc"), "Neither of them is binding on the members.")
    assert verdict.misconception and not verdict.covered  # "both non-binding", not the General Assembly's half of the answer


def test_reporting_a_plan_is_submitting_it_and_no_country_sets_another_s_target():
    ndc = ("worked-examples", "ndc")
    assert "submit" in _grade(ndc, "every few years each country reports its pledges").covered
    assert _grade(ndc, "big polluters set the targets for developing countries").misconception
    assert not _grade(ndc, "each country sets its own targets").misconception


def test_everyday_words_for_law_and_for_a_country_s_interests():
    assert "law" in _grade(("why-track-one-matters", "authority"), "they can make international rules that bind").covered
    assert "interests" in _grade(("what-is-track-one", "three-aims"), "getting the best result for their state").covered


@pytest.mark.parametrize(
    "lesson, question, turned, right",
    [
        ("actors-of-track-one", "why-official", "Because binding obligations can commit official representatives.", "Because only official representatives can commit their country to binding obligations."),
        ("why-track-one-matters", "authority", "International law creates and enforces the official representatives of states.", "Only official representatives can create and enforce international law."),
        ("actors-of-track-one", "foreign-minister", "The foreign ministry oversees the foreign minister and tells them what policy to follow.", "The prime minister appoints the foreign minister, who oversees foreign policy and runs the foreign ministry."),
        ("history-of-track-one", "constants", "Accredited officials are represented by the state, and treaties record formal talks.", "States are represented by accredited officials, and treaties record formal talks."),
        ("what-is-track-one", "define", "Track one diplomacy is when states officially represent the government representatives.", "Official diplomacy between states, where government representatives represent their country with national authority."),
        ("the-un-system", "veto", "The power of the General Assembly to block the five permanent members by voting against them.", "The power of the five permanent members to block a resolution by voting against it."),
        ("actors-of-track-one", "foreign-minister", "The foreign minister is led by the foreign ministry and follows the policy it sets.", "The foreign ministry is led by the foreign minister, who also oversees foreign policy."),  # "led": an irregular past
        ("worked-examples", "ndc", "Each country's climate plan is set by the UN.", "Each country's own climate plan (its NDC) is set by the country itself."),
    ],
)
def test_an_idea_whose_agent_undergoes_its_deed_is_turned_round(lesson, question, turned, right):
    """Who does what to whom: the idea's agent as the object of its verb, or the subject of its passive done by someone else."""
    asked = SHIPPED.get(lesson).question(question)
    wrong = asked.grade(turned)
    assert not wrong.correct and wrong.misconception and wrong.text.startswith("Careful")
    assert asked.grade(right).correct


def test_the_elected_ones_are_the_elected_members():
    veto = SHIPPED.get("the-un-system").question("veto").grade("Any member of the Security Council, including the elected ones, can block a resolution.")
    assert not veto.correct and veto.misconception


def test_a_verb_done_to_no_one_is_not_done_and_lifting_denies_what_is_lifted():
    council = SHIPPED.get("the-un-system").question("ga-vs-sc")
    assert council.grade("GA resolutions are only recommendations and bind no one, but Security Council decisions are binding on all members.").correct
    jcpoa = SHIPPED.get("worked-examples").question("jcpoa-bargain")
    assert jcpoa.grade("Iran accepted limits on its nuclear programme in exchange for the lifting of nuclear-related sanctions.").correct
    lifted = jcpoa.grade("Limits on the sanctions were accepted by Iran in exchange for lifting limits on its nuclear programme.")
    assert "limits" not in lifted.covered and not lifted.correct


def test_a_list_numbered_without_brackets_ends_each_items_denial_at_the_next_number():
    aims = SHIPPED.get("what-is-track-one").question("three-aims")
    assert aims.grade("1 keep relations between countries running smoothly 2 sort out disputes without war 3 promote your country's interests").correct
    assert not aims.grade("keep relations smooth and sort out disputes without war or 3 promote interests").correct  # no list: the denial reaches on


def test_a_protective_word_alone_is_an_answer_that_states_no_idea():
    verdict = SHIPPED.get("vienna-convention-and-immunity").question("immunity").grade("immunity")
    assert verdict.valid and not verdict.correct and verdict.covered == ()


def test_protecting_the_host_rather_than_the_diplomat_is_turned_round():
    immunity = SHIPPED.get("vienna-convention-and-immunity").question("immunity")
    for turned in ["It protects the receiving state's courts from the diplomat's jurisdiction.", "It protects the receiving state from being sued by the diplomat."]:
        assert immunity.grade(turned).misconception and not immunity.grade(turned).covered
    assert immunity.grade("It protects a diplomat's person from arrest and their conduct from the receiving state's courts.").correct


def test_a_name_in_brackets_labels_what_stands_before_it():
    difference = SHIPPED.get("track-one-vs-track-two").question("key-difference")
    assert difference.grade("The actors: government officials (track one) versus academics and NGOs (track two), and formal versus informal.").correct
    swapped = difference.grade("The actors: academics (track one) versus government officials (track two), and formal versus informal.")
    assert not swapped.correct and swapped.misconception


def test_sparing_the_host_what_the_diplomat_does_is_turned_round():
    immunity = SHIPPED.get("vienna-convention-and-immunity").question("immunity")
    for turned in ["The host state cannot be sued by the diplomat.", "The host state's courts cannot be sued or arrested by the diplomat."]:
        assert immunity.grade(turned).misconception
    assert immunity.grade("Diplomats cannot be sued by the host state's courts or arrested by the police.").correct


def test_a_claim_within_a_longer_claim_of_another_idea_states_only_that_one():
    """"The first peace agreement between Israel and an Arab neighbour" says it was a first, not which
    treaty; naming Egypt, a word only the treaty idea uses, says that too."""
    camp_david = SHIPPED.get("worked-examples").question("camp-david-result")
    first_only = camp_david.grade("It was the first ever peace agreement between Israel and one of its Arab neighbours.")
    assert first_only.covered == ("first",) and not first_only.correct
    assert camp_david.grade("Egypt became the first Arab state to sign a peace treaty with Israel, in 1979.").correct


@pytest.mark.parametrize(
    "answer, bare, agrees",
    [
        ("the treaties", True, None),
        ("the " * 60 + "treaties", True, None),  # articles beyond the opening a long answer is first read by
        ("no " + "x" * 200 + " treaties", False, False),
        ("Of course not. " + "Diplomats are immune from arrest. " * 40, False, False),
        ("yes" + " " * 300 + "the", True, True),
    ],
)
def test_how_an_answer_opens_is_read_from_its_whole_words(answer, bare, agrees):
    assert is_bare(answer) == bare and yes_no(answer) == agrees
