"""Property-based: `Session.respond` returns a reply for any string at all, teaching or not."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.answering.session import Session
from tutor.lessons.catalogue import load_catalogue
from tutor.lessons.progress import ProgressStore
from tutor.teaching.teacher import Teacher


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(turns=st.lists(st.text(max_size=300), min_size=1, max_size=4))
def test_respond_always_replies(tutor, turns):
    session = Session(tutor)
    for text in turns:
        reply = session.respond(text)
        assert isinstance(reply.answer, str) and reply.answer.strip()
        assert isinstance(reply.followups, list)
        assert all(0 <= s.score for s in reply.sources)


# Lines a learner types around a quiz, mixed with anything at all.
QUIZ_LINES = st.sampled_from(["quiz me", "test me on this", "/quiz", "hint", "skip", "stop", "what?", "A", "2", "true", "/progress", "which lesson should I take?", "What is a treaty?", "/new"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(turns=st.lists(st.one_of(QUIZ_LINES, st.text(max_size=200)), min_size=1, max_size=8))
def test_a_teaching_session_always_replies_and_keeps_the_learners_record_sound(tutor, turns):
    catalogue = load_catalogue()
    session = Session(tutor, Teacher(lambda: catalogue))
    for text in turns:
        reply = session.respond(text)
        assert isinstance(reply.answer, str) and reply.answer.strip()
        assert reply.teaching is None or reply.teaching["type"] in ("quiz_question", "graded_answer", "quiz_stopped", "quiz_set_aside")
    store = ProgressStore.load()
    assert store.take_warnings() == [] and all(a["source"] == "chat" for a in store.attempts())
    store.close()
