"""Whether peacekeepers may use force is answered from the principles of peacekeeping.

"can peacekeepers use force" opened with the first armed force (UNEF), since the principle said
"fight"; the principle now says "use force", as the section's own question does, and "open fire"
is read as using force ("can peacekeepers open fire" had met Trump's "fire and fury"). Both
were answered from another sentence or document at c6603141.
"""

import pytest

from tutor.answering.session import Session


@pytest.mark.parametrize("question", ["can peacekeepers use force", "can peacekeepers open fire"])
def test_the_principle_answers(tutor, question):
    answer = Session(tutor).respond(question).answer
    assert "self-defence" in answer.split("\n\n")[0]
