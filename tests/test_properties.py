"""Property-based: `Session.respond` returns a reply for any string at all."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.answering.session import Session


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(turns=st.lists(st.text(max_size=300), min_size=1, max_size=4))
def test_respond_always_replies(tutor, turns):
    session = Session(tutor)
    for text in turns:
        reply = session.respond(text)
        assert isinstance(reply.answer, str) and reply.answer.strip()
        assert isinstance(reply.followups, list)
        assert all(0 <= s.score for s in reply.sources)
