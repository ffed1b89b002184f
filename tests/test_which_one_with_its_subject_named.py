"""A first message that names what "which one" or a pointing comparison asks of is answered,
not met with a request to name a subject first.

"the Dayton talks were at an air force base in ohio, which one" names the Dayton talks;
"Compare SALT I and START I for a quiz: which one actually cut the number of warheads?" names
both treaties before the colon the talk reader sets aside; "... how does a treaty actually
become binding on a country? ... how it differs from signing" asks of treaties. Each got "I'm
not sure what your question refers to yet" at 9ce2a0a1. The three are from a development part
written blind (blind63), read after its figures were taken. The guards: "which one is still in
force?" and "vs an ambassador?" before any subject still ask what they are about.
"""

import pytest

from tutor.answering.session import Session

CLARIFYING = "I'm not sure what your question refers to yet"


@pytest.mark.parametrize(
    "message, said",
    [
        ("the Dayton talks were at an air force base in ohio, which one", "Wright-Patterson"),
        ("Compare SALT I and START I for a quiz: which one actually cut the number of warheads?", "START"),
        (
            "Sorry, this is probably a dumb question, but how does a treaty actually become binding on a country? Is signing it enough or is there another step? "
            "My textbook keeps talking about ratification and I don't fully get how it differs from signing",
            "treaty",
        ),
    ],
)
def test_a_message_naming_its_subject_is_answered(tutor, message, said):
    reply = Session(tutor).respond(message).answer
    assert not reply.startswith(CLARIFYING) and said in reply.split("\n")[0]


@pytest.mark.parametrize("message", ["which one is still in force?", "vs an ambassador?"])
def test_nothing_named_still_asks_for_a_subject(tutor, message):
    assert Session(tutor).respond(message).answer.startswith(CLARIFYING)
