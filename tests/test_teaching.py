"""Teaching in the chat: quizzes graded as in lessons, lesson suggestions, corrections,
check offers, and the learner model they all update (issue #12)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tutor.answering.session import Session
from tutor.lessons.catalogue import load_catalogue
from tutor.lessons.learner import LearnerModel, question_concepts, question_mastery
from tutor.lessons.progress import ProgressStore
from tutor.lessons.schedule import ReviewSchedule
from tutor.teaching.teacher import Teacher
from tutor.tuning import CHECK_OFFER_EVERY

TUTOR = [sys.executable, "-m", "tutor"]
SHIPPED = load_catalogue()


def teaching_session(tutor, offers_checks: bool = True) -> Session:
    return Session(tutor, Teacher(lambda: SHIPPED, offers_checks=offers_checks))


def model() -> LearnerModel:
    return LearnerModel(SHIPPED, ProgressStore.load())


# The rows of the table: each gets a teaching reply -------------------------------------


def test_quiz_me_on_what_we_just_discussed_asks_a_lesson_question_on_that_subject(tutor):
    session = teaching_session(tutor)
    session.respond("What is the Vienna Convention on Diplomatic Relations?")
    reply = session.respond("Quiz me on what we just discussed")
    assert reply.intent == "quiz" and not reply.out_of_scope
    assert reply.teaching["type"] == "quiz_question"
    assert question_concepts(SHIPPED)[f"{reply.teaching['lesson']}/{reply.teaching['question']}"].concept == "vienna-convention-diplomatic-relations"
    assert reply.teaching["prompt"] in reply.answer.replace("\\", "")


@pytest.mark.parametrize("line", ["Test me", "test me on this", "check my understanding", "/quiz", "Can you quiz me?"])
def test_every_way_of_asking_for_a_quiz_gets_a_question(tutor, line):
    reply = teaching_session(tutor).respond(line)
    assert reply.intent == "quiz" and reply.teaching["type"] == "quiz_question"


@pytest.mark.parametrize("line", ["another one please", "one more question", "next question", "ok another one", "ask me another question about the UN"])
def test_asking_for_another_question_with_nothing_of_ones_own_gets_one(tutor, line):
    reply = teaching_session(tutor).respond(line)
    assert reply.intent == "quiz" and reply.teaching["type"] == "quiz_question"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("ok another one: what is a treaty?", "written agreement"),
        ("next question: what was the July Crisis?", "1914"),
        ("one more question - who sent the Zimmermann telegram?", "Zimmermann"),
    ],
)
def test_a_question_of_ones_own_after_another_one_is_answered_not_quizzed(tutor, line, said):
    """"Another one:" opens the learner's own next question; it asks for no quiz."""
    reply = teaching_session(tutor).respond(line)
    assert reply.intent != "quiz" and reply.teaching is None and said in reply.answer


@pytest.mark.parametrize("line", ["where should I start?", "how do i start learning diplomacy", "how do I begin"])
def test_asking_where_to_start_suggests_a_lesson(tutor, line):
    assert teaching_session(tutor).respond(line).intent == "lessons"


def test_starting_something_else_is_no_request_for_a_lesson(tutor):
    reply = teaching_session(tutor).respond("I'm on a dating app, how do I start a diplomatic conversation with a match?")
    assert reply.intent != "lessons" and "tutor lesson" not in reply.answer


def test_is_there_a_lesson_about_the_un_names_the_un_lesson_with_its_progress(tutor):
    reply = teaching_session(tutor).respond("Is there a lesson about the UN?")
    assert reply.intent == "lessons"
    assert "`the-un-system`" in reply.answer and "(not started)" in reply.answer
    assert "Versailles" not in reply.answer


def test_which_lesson_should_i_take_suggests_the_first_lesson_then_the_next(tutor):
    reply = teaching_session(tutor).respond("Which lesson should I take?")
    first = next(iter(SHIPPED))
    assert reply.intent == "lessons" and f"`{first.id}`" in reply.answer
    store = ProgressStore.load()
    store.put_lesson(first.id, {"finished": "2026-12-01T10:00:00+00:00", "completions": 1, "last_score": 5})
    assert store.save()
    store.close()
    after = teaching_session(tutor).respond("what should I learn next?")
    assert f"`{first.id}`" not in after.answer and "I suggest" in after.answer


@pytest.mark.parametrize(
    "line, said",
    [("Are diplomats above the law?", "break the law"), ("Is track two just the second round?", "not a round of talks")],
)
def test_a_yes_no_question_holding_a_misconception_gets_no_and_the_correction(tutor, line, said):
    reply = teaching_session(tutor).respond(line)
    assert reply.intent == "correction" and reply.answer.startswith("No.") and said in reply.answer
    assert "From the lesson" in reply.answer


def test_a_question_is_not_told_it_has_things_the_wrong_way_round(tutor):
    # The lesson's correction opens "It is the other way round." for a learner who said it.
    asked = teaching_session(tutor).respond("can a diplomat be arrested?")
    assert asked.answer.startswith("No. Under Article 29") and "other way round" not in asked.answer
    stated = teaching_session(tutor).respond("diplomats can be arrested")
    assert stated.answer.startswith("Not quite. It is the other way round.")


def test_a_statement_holding_a_misconception_is_corrected_but_a_question_about_the_words_is_answered(tutor):
    session = teaching_session(tutor)
    stated = session.respond("track two is just the second round of talks")
    assert stated.intent == "correction" and stated.answer.startswith("Not quite.")
    asked = session.respond("What are secret talks?")
    assert asked.intent != "correction"


# A quiz from question to mastery -------------------------------------------------------------


def start_quiz_on(tutor, question: str) -> tuple[Session, dict]:
    session = teaching_session(tutor)
    session.respond(question)
    reply = session.respond("quiz me on this")
    return session, reply.teaching


def test_a_right_answer_is_graded_recorded_and_raises_mastery(tutor):
    session, asked = start_quiz_on(tutor, "What is the Vienna Convention on Diplomatic Relations?")
    key = f"{asked['lesson']}/{asked['question']}"
    question = SHIPPED.get(asked["lesson"]).question(asked["question"])
    before = model().mastery_of(key)
    reply = session.respond(question.accepted_answer())
    assert reply.intent == "graded" and reply.teaching["verdict"] == "correct" and reply.teaching["done"]
    assert reply.teaching["outcome"] == "mastered"
    assert reply.teaching["mastery"]["before"] == pytest.approx(before, abs=1e-3)
    assert reply.teaching["mastery"]["after"] > before
    assert "Your mastery of" in reply.answer
    [attempt] = ProgressStore.load().attempts()
    assert (attempt["lesson"], attempt["question"], attempt["source"]) == (asked["lesson"], asked["question"], "chat")
    assert key in {item.key for item in ReviewSchedule(ProgressStore.load()).items()}


def test_a_wrong_answer_gets_the_lessons_feedback_and_hint_and_the_quiz_stays_open(tutor):
    session, asked = start_quiz_on(tutor, "What is the Vienna Convention on Diplomatic Relations?")
    question = SHIPPED.get(asked["lesson"]).question(asked["question"])
    wrong = next(c for c in (asked["choices"] or ["the French Revolution"]) if c != question.accepted_answer())
    reply = session.respond(wrong)
    assert reply.intent == "graded" and reply.teaching["verdict"] in ("incorrect", "partial") and not reply.teaching["done"]
    assert question.hints and question.hints[0] in reply.answer.replace("\\", "")
    assert ProgressStore.load().attempts() == []
    revealed = session.respond("skip")
    assert revealed.teaching["done"] and revealed.teaching["outcome"] == "missed"
    assert model().missed()[0].question.id == asked["question"]


def test_stop_leaves_the_quiz_and_a_new_question_puts_it_aside(tutor):
    session, _ = start_quiz_on(tutor, "What is the Vienna Convention on Diplomatic Relations?")
    assert "Quiz stopped" in session.respond("stop").answer
    assert session.respond("What is a treaty?").intent == "definition"
    session.respond("quiz me")
    answered = session.respond("When was the Congress of Vienna?")
    assert answered.intent == "when" and answered.sources
    assert ProgressStore.load().attempts() == []


def test_slash_commands_still_work_during_a_quiz(tutor):
    session, _ = start_quiz_on(tutor, "What is the Vienna Convention on Diplomatic Relations?")
    assert session.respond("/help").intent == "command"
    assert session.respond("hint").intent == "graded"


# Offers to check ---------------------------------------------------------------------------------


def test_the_chat_offers_a_check_question_now_and_then_on_subjects_with_lesson_questions(tutor):
    session = teaching_session(tutor)
    offers = []
    for question in ["What is agrément?", "What is persona non grata?", "Who can waive immunity?", "What is the Vienna Convention?"] * 2:
        reply = session.respond(question)
        offers.append("Want to check that?" in reply.answer)
    turns = [i for i, offered in enumerate(offers) if offered]
    assert turns, "never offered"
    assert all(b - a >= CHECK_OFFER_EVERY for a, b in zip(turns, turns[1:]))
    picked = session.respond("Quiz me on this")
    assert picked.intent == "quiz"


def test_no_offers_when_asked_with_arguments(tutor):
    session = teaching_session(tutor, offers_checks=False)
    for question in ["What is agrément?", "What is persona non grata?"] * 3:
        assert "Want to check that?" not in session.respond(question).answer


# The learner model ---------------------------------------------------------------------------------


def test_question_mastery_follows_recent_answers():
    missed, mastered = {"outcome": "missed"}, {"outcome": "mastered"}
    assert question_mastery([]) == 0.0
    assert question_mastery([mastered]) == 1.0
    assert question_mastery([missed, mastered, mastered]) > question_mastery([mastered, mastered, missed])


def test_every_lesson_question_belongs_to_a_concept_with_a_title():
    refs = question_concepts(SHIPPED)
    assert len(refs) == sum(len(lesson.questions) for lesson in SHIPPED)
    learner = model()
    assert all(concept.title and concept.level == "not started" for concept in learner.concepts.values())


# tutor ask and tutor progress as a learner runs them -------------------------------------------------


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([*TUTOR, *args], input=stdin, capture_output=True, text=True, timeout=180)


def test_a_quiz_in_a_tutor_ask_conversation_updates_what_tutor_progress_shows():
    question = SHIPPED.get("vienna-convention-and-immunity").question("vcdr-year")
    lines = ["What is the Vienna Convention on Diplomatic Relations?", "quiz me on this", question.accepted_answer()]
    done = run(["ask", "--json"], "\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    assert replies[1]["teaching"]["type"] == "quiz_question"
    graded = replies[2]["teaching"]
    assert graded["type"] == "graded_answer" and graded["done"]
    progress = run(["progress", "--json"])
    assert progress.returncode == 0, progress.stderr
    standing = json.loads(progress.stdout)
    tried = {c["id"]: c for c in standing["concepts"] if c["answered"]}
    assert graded["mastery"]["concept"] in tried
    assert tried[graded["mastery"]["concept"]]["mastery"] == pytest.approx(graded["mastery"]["after"], abs=1e-3)
    text = run(["progress"]).stdout
    assert "What you know" in text and ("Next lesson" in text or "Go on with" in text)


def test_tutor_ask_with_arguments_never_offers_a_check():
    done = run(["ask", "What is agrément?", "What is persona non grata?", "Who can waive immunity?", "What is the Vienna Convention?", "What is agrément?"])
    assert done.returncode == 0 and "Want to check that?" not in done.stdout


# What a fresh pair of eyes found (issue #12 review) -------------------------------------------


def test_a_question_of_the_learners_own_during_a_quiz_puts_it_aside_and_says_so(tutor):
    session, asked = start_quiz_on(tutor, "What is the UN Security Council?")
    reply = session.respond("Can the host state expel a diplomat?")
    assert reply.intent != "graded" and "put the quiz question aside" in reply.answer
    assert reply.teaching == {"type": "quiz_set_aside", "lesson": asked["lesson"], "question": asked["question"]}
    assert not session.teacher.quizzing and ProgressStore.load().attempts() == []


def test_progress_during_a_quiz_leaves_the_quiz_open(tutor):
    session, asked = start_quiz_on(tutor, "What is the Vienna Convention on Diplomatic Relations?")
    shown = session.respond("/progress")
    assert "What you know" in shown.answer and "\n- " in shown.answer  # a Markdown list, line by line
    assert session.teacher.quizzing
    question = SHIPPED.get(asked["lesson"]).question(asked["question"])
    assert session.respond(question.accepted_answer()).teaching["verdict"] == "correct"


def test_what_shows_the_question_again_without_counting(tutor):
    session, asked = start_quiz_on(tutor, "What is the Vienna Convention on Diplomatic Relations?")
    again = session.respond("what?")
    assert again.intent == "quiz" and asked["prompt"] in again.answer.replace("\\", "")
    assert session.teacher.quizzing


def test_an_answer_the_database_cannot_take_is_kept_and_saved_with_the_next_move(tutor, monkeypatch):
    session, asked = start_quiz_on(tutor, "What is the Vienna Convention on Diplomatic Relations?")
    question = SHIPPED.get(asked["lesson"]).question(asked["question"])
    real_save = ProgressStore.save
    monkeypatch.setattr(ProgressStore, "save", lambda self: False)
    graded = session.respond(question.accepted_answer())
    assert graded.teaching["done"] and ProgressStore.load().attempts() == []
    monkeypatch.setattr(ProgressStore, "save", real_save)
    session.respond("quiz me")
    assert [(a["lesson"], a["question"]) for a in ProgressStore.load().attempts()] == [(asked["lesson"], asked["question"])]


def test_yes_to_an_offer_starts_the_quiz_and_the_offer_comes_before_the_sources(tutor):
    session = teaching_session(tutor)
    offered = None
    for question in ["What is agrément?", "What is persona non grata?", "Who can waive immunity?", "What is the Vienna Convention?"] * 2:
        reply = session.respond(question)
        if "Want to check that?" in reply.answer:
            offered = reply
            break
    assert offered is not None
    assert offered.answer.splitlines()[-1].startswith("Sources:")
    assert session.respond("yes").intent == "quiz"


def test_the_quiz_goes_round_the_questions_instead_of_repeating_two(tutor):
    session = teaching_session(tutor)
    asked = []
    for _ in range(6):
        reply = session.respond("quiz me on the Vienna Convention on Diplomatic Relations")
        asked.append(reply.teaching["question"])
        session.respond("skip")
    assert len(set(asked)) >= 5


def test_the_learners_words_are_echoed_as_typed(tutor):
    reply = teaching_session(tutor).respond("quiz me on NATO")
    assert "NATO" in reply.answer and "nato" not in reply.answer
    listed = teaching_session(tutor).respond("Is there a lesson about the UN?")
    assert "the UN" in listed.answer


@pytest.mark.parametrize("line, kind", [("test my knowledge", "quiz"), ("let's practise", "quiz"), ("list the lessons", "lessons"), ("what lesson is next?", "lessons"), ("show me my progress", "lessons"), ("what do I know?", "lessons")])
def test_more_ways_of_asking(tutor, line, kind):
    assert teaching_session(tutor).respond(line).intent == kind


def test_tutor_ask_arguments_are_separate_conversations_for_the_quiz_too():
    done = run(["ask", "--json", "quiz me", "B"])
    first, second = [json.loads(line) for line in done.stdout.splitlines()]
    assert first["teaching"]["type"] == "quiz_question" and second["teaching"] is None


def test_a_plain_question_does_not_load_the_lessons_and_the_misconception_words_are_cached(tmp_path):
    script = (
        "import sys; from tutor.cli.main import main; main(['ask', sys.argv[1]]); "
        "print('LOADED' if 'tutor.teaching.moves' in sys.modules else 'LIGHT')"
    )
    plain_question = subprocess.run([sys.executable, "-c", script, "What is a treaty?"], capture_output=True, text=True, timeout=180)
    assert plain_question.stdout.strip().endswith("LIGHT")
    holding = subprocess.run([sys.executable, "-c", script, "Are diplomats above the law?"], capture_output=True, text=True, timeout=180)
    assert "No." in holding.stdout and holding.stdout.strip().endswith("LOADED")
    again = subprocess.run([sys.executable, "-c", script, "Is the UN in New York?"], capture_output=True, text=True, timeout=180)
    assert again.stdout.strip().endswith("LIGHT")  # the words came from the cache: no lessons read


@pytest.mark.parametrize("line", ["hint", "skip", "stop", "I give up"])
def test_quiz_words_with_no_quiz_open_say_so(tutor, line):
    reply = teaching_session(tutor).respond(line)
    assert "no quiz question open" in reply.answer and not reply.out_of_scope


@pytest.mark.parametrize("line", ["?", "???", "?!"])
def test_a_lone_question_mark_with_no_quiz_open_gives_the_help(tutor, line):
    """Outside a quiz "?" asks for help, as /help does; inside one it asks for a hint."""
    session = teaching_session(tutor)
    reply = session.respond(line)
    assert reply.intent == "command" and reply.answer == session.respond("/help").answer
    quizzing, _ = start_quiz_on(tutor, "What is the Vienna Convention on Diplomatic Relations?")
    assert quizzing.respond(line).intent == "graded"


def test_a_concept_with_one_question_right_is_started_and_with_one_missed_is_shaky():
    store = ProgressStore.load()
    refs = list(question_concepts(SHIPPED).values())
    right, missed = refs[0], next(ref for ref in refs if ref.concept != refs[0].concept)
    for ref, outcome in ((right, "mastered"), (missed, "missed")):
        ReviewSchedule(store).record(ref.lesson.id, ref.question.id, outcome, source="placement")
    assert store.save()
    concepts = LearnerModel(SHIPPED, store).concepts
    assert concepts[right.concept].level == "started" and concepts[missed.concept].level == "shaky"
