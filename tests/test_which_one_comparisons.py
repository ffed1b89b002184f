"""Comparisons that name both their subjects (branch compare16): "which one ...?" between two
named things is a comparison that needs no subject before it, opening with the side that
does what is asked; a remark after a side ("..., like what did they fix?") is no part of
it; a sentence set "by contrast" against the one before makes a key difference with it."""

from tutor.answering.session import Session
from tutor.search.text import split_sentences


def opening(answer: str) -> str:
    """The answer's first paragraph: a comparison's key difference, when it has one."""
    return answer.split("\n\n")[0]


def test_which_one_between_two_named_things_needs_no_subject_before_it(tutor):
    """The questions name what "which one" picks among: they were answered "I'm not sure what
    your question refers to yet", first or after another subject."""
    questions = (
        "g7 or g20, which one matters more and how r they different",
        "general assembly vs security council, which one actually has power",
        "which one can make binding decisions, the general assembly or the security council?",
        "kyoto or paris which one had binding targets",
    )
    for question in questions:
        for before in ((), ("what is track two diplomacy?",)):
            session = Session(tutor)
            for turn in before:
                session.respond(turn)
            reply = session.respond(question)
            assert reply.intent == "comparison" and "not sure what your question refers to" not in reply.answer, (before, question)


def test_a_which_one_comparison_opens_with_the_side_that_does_what_is_asked(tutor):
    """"Which one can make binding decisions?" opens with the Security Council's binding
    decisions; "which one has a collective defence clause?" with NATO's Article 5, though no
    sentence sets NATO and the OSCE apart."""
    answer = Session(tutor).respond("which one can make binding decisions, the general assembly or the security council?").answer
    assert "whereas the Security Council can adopt binding decisions" in opening(answer)
    answer = Session(tutor).respond("nato or the osce, which one has a collective defence clause?").answer
    assert "collective defence in Article 5 of the North Atlantic Treaty" in opening(answer)
    assert "China" in split_sentences(Session(tutor).respond("which one includes china, the g7 or the g20?").answer)[0]
    # Asked what both have, the sides answer side by side, set apart in one sentence: no side
    # is "the one".
    # Round 23: a sentence comparing NATO and the EU gives both counts, and opens the answer.
    answer = Session(tutor).respond("nato or the eu, which one has more members?").answer
    assert "32 members" in opening(answer) and "27 European states" in opening(answer)


def test_a_sentence_set_by_contrast_against_the_one_before_makes_a_key_difference_with_it(tutor):
    """"General Assembly resolutions are recommendations ... The Security Council, by
    contrast, can adopt binding decisions": one sentence on each side, said differently,
    the second set against the first. The key difference was the second and the next one
    ("The Secretary-General is appointed by the General Assembly"), which share only "by"."""
    key = opening(Session(tutor).respond("un general assembly vs security council").answer)
    sentences = split_sentences(key.removeprefix("**The key difference:** "))
    # Said as one contrast, the connective of the second left out.
    assert sentences[0].startswith("General Assembly resolutions are recommendations")
    assert ", whereas the Security Council can adopt binding decisions" in sentences[0]
    assert "Secretary-General" not in key
    # The General Assembly's side is called by its name, not by its document's title ("Treaties and resolutions").
    assert "**UN General Assembly**" in Session(tutor).respond("un general assembly vs security council").answer


def test_a_remark_after_a_side_is_no_part_of_it(tutor):
    """"the League of Nations, like what did they fix?": the second side is the League,
    and the key difference is found (the Security Council the UN Charter set up)."""
    understanding = tutor.intents.understand("in what ways was the un different from the league of nations, like what did they fix?")
    assert understanding.sides == ("the un", "the league of nations")
    answer = Session(tutor).respond("In what ways was the UN different from the League of Nations, like what did they fix?").answer
    assert "Security Council" in opening(answer)
    assert tutor.intents.understand("is a charge d'affaires the same thing as an ambassador, or how do they differ?").sides == ("a charge d'affaires", "an ambassador")


def test_questions_that_only_look_like_a_choice_between_two_are_not_comparisons(tutor):
    """"Which came first, X or Y?" is answered by both dates, and a "which ...?" after a
    clause joining two names asks for a thing ("set up after which crisis")."""
    assert tutor.intents.understand("the hotline between the us and ussr was set up after which crisis").intent != "comparison"
    assert Session(tutor).respond("which came first, the congress of vienna or westphalia?").intent == "when"
    assert "not sure what your question refers to" in Session(tutor).respond("which one is still in force?").answer


def test_the_world_wars_by_their_numbers(tutor):
    """"WW1" and "World War 2" are the names learners type for the world wars."""
    answer = Session(tutor).respond("which treaty ended ww1 with germany").answer
    assert answer.startswith("The Treaty of Versailles")


def test_a_section_headed_as_setting_the_two_apart_answers_however_the_question_asks(tutor):
    """"mediation vs good offices" names neither "difference" nor the section's words: the
    section headed "Difference between good offices and mediation" answers it (the
    overview, defining each in turn, did), and "g7 or g20, which one matters more?" is
    answered by how the two differ, not by why both matter."""
    answer = Session(tutor).respond("mediation vs good offices").answer
    assert "The difference between good offices and mediation" in answer.split("\n\n")[0]
    answer = Session(tutor).respond("g7 or g20, which one matters more and how r they different").answer
    assert answer.startswith("The G7 is a small club of seven advanced industrial democracies, whereas the G20")


def test_a_sentence_setting_the_two_apart_outright_opens_the_answer(tutor):
    """Of a section telling how the GATT became the WTO, the sentence setting them apart
    ("..., whereas the WTO is ...") opens the comparison, not the GATT's definition before it,
    nor a sentence that only tells one after the other ("until the WTO replaced it")."""
    for question in ("gatt vs wto", "whats the diffrence between gatt and the wto"):
        sentence = split_sentences(Session(tutor).respond(question).answer)[0]
        assert "whereas the WTO is a permanent international organisation" in sentence, question


def test_a_sentence_opening_with_unlike_sets_the_two_apart(tutor):
    """Cues are matched as written, so "Unlike an ambassador, ..." at the head of a sentence
    was no contrast: the consul and the ambassador were only set side by side."""
    reader = tutor.composer.reader
    assert reader.has_cue("Unlike the ICJ, the ICC is not an organ of the United Nations.", "contrast")
    key = opening(Session(tutor).respond("difference between a consul and an ambassador?").answer)
    assert key.startswith("**The key difference:** Unlike an ambassador, who heads the embassy")


def test_a_side_s_own_passage_may_hold_the_key_difference(tutor):
    """"SALT vs START" in capitals finds the START treaties' overview as that side's passage,
    which is also where the START treaties are set against the SALT agreements: the key
    difference is looked for there when no other passage has one."""
    key = opening(Session(tutor).respond("SALT vs START, what's the difference").answer)
    assert "The START treaties went further than the earlier SALT agreements" in key


def test_a_side_no_title_or_glossary_name_names_is_headed_as_the_question_puts_it(tutor):
    """"Signing a treaty" led to the document on heads of state (who may sign without full
    powers), whose title names no signing: the side is headed "Signing a treaty", and
    "an embassy" "Embassy". The key difference is the sentence setting signing and ratifying
    apart, not "the United States signed it but never ratified it" of the Kyoto Protocol."""
    answer = Session(tutor).respond("signing vs ratifying a treaty - what's the difference").answer
    assert opening(answer).startswith("**The key difference:** Signing a treaty only shows that a state agrees with its text")
    assert "**Signing a treaty**: " in answer and "**Heads of state and heads of government**" not in answer
    assert "**Embassy**: " in Session(tutor).respond("whats the difference between an embassy and a consulate").answer
    # A remark joined by "or" is no part of a side.
    understanding = tutor.intents.understand("is an ambassador the same thing as a consul or are they different jobs?")
    assert understanding.sides == ("an ambassador", "a consul")


def test_vs_a_new_thing_after_a_subject_compares_the_two(tutor):
    """"vs an ambassador?" after "what is a consul?" compares the consul with an ambassador
    (it was answered with track one against track two); asked before any subject, it asks
    what the comparison is with."""
    session = Session(tutor)
    session.respond("what is a consul?")
    reply = session.respond("vs an ambassador?")
    assert reply.intent == "comparison" and "a consul deals with the practical needs of citizens" in opening(reply.answer)
    assert "not sure what your question refers to" in Session(tutor).respond("vs an ambassador?").answer


def test_a_question_naming_its_subjects_after_its_pronoun_needs_no_subject_before_it(tutor):
    """"Are they both binding, kyoto and paris?" names what "they" are, by names in the
    documents' titles that are no everyday words; "X and Y, which one ...?" picks between
    them. Both were answered "I'm not sure what your question refers to yet"; a pronoun that
    nothing in the question names still is ("is it still in force?")."""
    for question in ("are they both binding, kyoto and paris?", "the un and the league of nations, which one had the us as a member?"):
        assert "not sure what your question refers to" not in Session(tutor).respond(question).answer, question
    assert "United States never joined" in opening(Session(tutor).respond("the un and the league of nations, which one had the us as a member?").answer)
    assert "not sure what your question refers to" in Session(tutor).respond("is it still in force?").answer


def test_which_one_of_a_named_kind_needs_no_subject_before_it(tutor):
    """"Which one of the Vienna conventions covers consuls?" names what it picks among: it is
    answered from the consular convention, first or after another subject (it was asked for
    a subject first, and after the Kyoto Protocol answered with the Kyoto Protocol)."""
    for before in ((), ("what is the kyoto protocol?",)):
        session = Session(tutor)
        for turn in before:
            session.respond(turn)
        answer = session.respond("which one of the vienna conventions covers consuls?").answer
        assert "Vienna Convention on Consular Relations" in answer and "Kyoto" not in answer, before
    assert "not sure what your question refers to" in Session(tutor).respond("which one of them is older?").answer


def test_a_comparison_whose_best_sentence_names_neither_side_still_starts_there(tutor):
    """"hello, I have a question. g7 or g20, which one matters more and how r they different
    tia": the sentence resolution found to answer best names no word of the focus left
    after the sides ("question", "differ"), and a comparison's run may start only at one
    that does. It started nowhere and the question stopped with a traceback; it now starts
    at that sentence, which sets the two apart."""
    reply = Session(tutor).respond("hello, I have a question. g7 or g20, which one matters more and how r they different tia")
    assert reply.intent == "comparison"
    first = split_sentences(opening(reply.answer))[0]
    assert "The G7 is a small club" in first and "whereas the G20" in first
