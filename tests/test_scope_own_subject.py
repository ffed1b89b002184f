"""The scope decision on words the knowledge says only in a phrase, on lines that say their
own subject after an answer, and on questions naming a document (issue #10, branch oos24).

"friday" is in the knowledge only as Good Friday's, "qualified" only as a qualified
majority's: said alone they weigh as words the knowledge lacks, so a deadline on a Friday
weighs as one on a Tuesday, and "qualified immunity" (a thing the knowledge never names) is
no diplomatic immunity. A line whose pronoun stands for something it names itself ("how do
canadians pay their income taxes?") is declined after an answer as it is alone. Written for
branch oos24, not taken from the evaluation sets.
"""

import pytest

from tutor.answering.session import Session


def test_a_word_said_only_in_one_phrase_is_bound_to_it(tutor):
    side, partners = tutor.retriever.bound.phrase_of("friday")
    assert side == -1 and "good" in partners
    assert tutor.retriever.bound.phrase_of("embassi") is None


def test_a_bound_word_outside_its_phrase_is_astray(tutor):
    retriever = tutor.retriever
    assert retriever.astray_words("my essay is due friday", retriever.query_tokens("my essay is due friday")) == {"friday": False}
    # Said alone, between stop words or marks, it is the knowledge's own word (review23).
    for said in ("my exam is on friday", "what is disengagement in diplomacy", 'what does "soft" power mean', "who was the israeli prime-minister"):
        assert retriever.astray_words(said, retriever.query_tokens(said)) == {}
    # Beside a term of the trade it names something else with it.
    assert retriever.astray_words("is qualified immunity a defence", retriever.query_tokens("is qualified immunity a defence")) == {"qualifi": True}
    for said in ("when was the good friday agreement signed", "what is qualified majority voting"):
        assert retriever.astray_words(said, retriever.query_tokens(said)) == {}


@pytest.mark.parametrize(
    "question",
    [
        "Who was the Israeli prime-minister at Camp David?",
        "What are soft and hard power?",
        'What does "soft" power mean?',
        "Why do states declare diplomats persona-non-grata?",
        "What is disengagement in diplomacy?",
        "Did Carter win a prize for Camp David?",
    ],
)
def test_a_word_of_a_fixed_phrase_said_alone_or_hyphenated_is_answered(tutor, question):
    """review23: declined after the bound words came in, answered before and now."""
    assert not Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "can police officers claim qualified immunity in court",
        "is qualified immunity a federal law in america",
    ],
)
def test_a_compound_the_knowledge_never_names_is_declined(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "what is qualified majority voting in the eu",
        "my exam is on friday. what is a demarche?",
        "when was the good friday agreement signed",
    ],
)
def test_the_phrase_or_a_day_of_the_week_is_answered(tutor, question):
    assert not Session(tutor).respond(question).out_of_scope


def test_a_day_in_a_scene_weighs_the_same_whatever_day(tutor):
    retriever = tutor.retriever
    friday = retriever.search("my paper is due friday. is an embassy part of the host country?")
    tuesday = retriever.search("my paper is due tuesday. is an embassy part of the host country?")
    assert friday.top.chunk.id == tuesday.top.chunk.id
    assert friday.known == pytest.approx(tuesday.known) and friday.fit == pytest.approx(tuesday.fit)


@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("What is an ambassador?", "how do canadians pay their income taxes"),
        ("What is a treaty?", "in the witcher why do the kingdoms keep breaking their pacts"),
    ],
)
def test_a_line_saying_its_own_subject_is_declined_after_an_answer(tutor, first, question):
    session = Session(tutor)
    assert not session.respond(first).out_of_scope
    assert session.respond(question).out_of_scope


@pytest.mark.parametrize(
    ("first", "question"),
    [
        ("what does the vienna convention on diplomatic relations cover", "what about consulates, is there a separate treaty for them?"),
        ("What is the NPT?", "why do the us and russia keep breaking their treaties"),
    ],
)
def test_a_follow_up_with_its_own_pronoun_stays_answered(tutor, first, question):
    session = Session(tutor)
    session.respond(first)
    assert not session.respond(question).out_of_scope


def test_a_question_naming_a_document_holds_its_terms_there(tutor):
    """"Long" and "around" find the Cold War's overview a little ahead of the League's own
    passages: the named document's best passage holds the question's terms of the trade."""
    assert not Session(tutor).respond("for how long was the league of nations around").out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "my paper is due tuesday, what is an embassy?",
        "my midterm is on monday, is an embassy legally part of the host country?",
        "my paper is due friday, can an ambassador be arrested?",
    ],
)
def test_a_deadline_before_a_question_is_talk(tutor, question):
    """The learner's paper, midterm and weekday are talk (`talk_words`), "friday" too: the
    knowledge's Friday is Good Friday's only."""
    assert not Session(tutor).respond(question).out_of_scope


@pytest.mark.parametrize(
    "question",
    [
        "my project is due friday, how do i negotiate an extension with my teacher",
        "my flatmates never do the dishes, are sanctions effective?",
    ],
)
def test_a_scene_of_the_learners_life_still_sets_the_subject(tutor, question):
    assert Session(tutor).respond(question).out_of_scope


def test_one_standing_for_a_noun_said_before_is_no_subject_of_its_own(tutor):
    """"a famous finnish one" is one of the mediators the first part named."""
    reply = Session(tutor).respond("i read finland produces lots of peace mediators - whos a famous finnish one and what did he do")
    assert not reply.out_of_scope and "Ahtisaari" in reply.answer
