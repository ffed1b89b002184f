""""Why" and example answers (branch direct25). A why-answer whose opening gives no cause
opens with a sentence saying the cause outright of the subject asked, even when the glossary
reads a name in it as another party's ("the UN Charter" for "the UN"); a cause of another
party's deed still does not open. An example answer opening with a definition gives way to
a sentence calling a named case an example.
"""

from tutor.answering.session import Session


def test_a_why_opens_with_the_cause_said_outright(tutor):
    reply = Session(tutor).respond("why did the UN create peacekeeping")
    assert reply.answer.startswith("UN peacekeeping began because")


def test_a_cause_of_another_partys_deed_does_not_open(tutor):
    reply = Session(tutor).respond("why ppl blame treaty of versailles for ww2??")
    assert not reply.answer.startswith("The US Senate")


def test_an_example_called_so_outright_opens_before_the_definition(tutor):
    """An example answer whose opening defines the kind opens with the sentence calling a
    named case an example ("The best-known example is the Marshall Plan")."""
    reply = Session(tutor).respond("example of economic statecraft that used aid rather than punishment")
    assert reply.answer.startswith("The best-known example is the Marshall Plan")
