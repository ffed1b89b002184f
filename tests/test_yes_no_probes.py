"""Yes/no probes across the knowledge base (branch verdict13): does the answer open with
the right verdict, or with none where a bare one would mislead?

Written before the verdict changes of that branch, from the knowledge base's facts, not
from the evaluation sets: half of them "no", with "still" questions, "did X sign Y", "is X
a member of Y", "can the General Assembly bind states", claims the knowledge calls debated
or true of only a few, states the knowledge dates to a day now past, and follow-ups whose
subject comes from the turn before. The test asserts the share answered right with a
margin, so that one answer cannot flip it, and that no answer gives the opposite verdict.
"""

from __future__ import annotations

import re

import pytest

from tutor.answering.session import Session

# (question, expected): "yes" or "no", the verdict the answer must open with; "partly",
# a claim the knowledge calls debated or true of only some, which must not get a bare
# "Yes." or "No."; "lapsed", a state the knowledge says was due to end on a day now past,
# which must not be answered as holding today.
PROBES = [
    # "No"
    ("can the general assembly bind states?", "no"),
    ("did the united states ratify the kyoto protocol?", "no"),
    ("is india a party to the npt?", "no"),
    ("is the league of nations still around?", "no"),
    ("is the inf treaty still in force?", "no"),
    ("is the uk still in the eu?", "no"),
    ("did the us join the league of nations?", "no"),
    ("do consuls enjoy the same immunity as diplomats?", "no"),
    ("does germany have a veto in the security council?", "no"),
    ("was the dayton agreement signed in dayton?", "no"),
    ("is palestine a full member of the un?", "no"),
    ("is russia still in the g8?", "no"),
    ("did france join the npt in 1968?", "no"),
    ("is track two diplomacy official?", "no"),
    ("can a diplomat be prosecuted in the country where he serves?", "no"),
    ("did the us senate ratify salt ii?", "no"),
    ("is the jcpoa still in force?", "no"),
    ("is kosovo recognised by every un member?", "no"),
    ("is south sudan a party to the npt?", "no"),
    ("is the african union headquarters in nairobi?", "no"),
    # "Yes"
    ("did the us sign the kyoto protocol?", "yes"),
    ("did north korea withdraw from the npt?", "yes"),
    ("did the soviet union join the league of nations?", "yes"),
    ("did trump withdraw the us from the paris agreement?", "yes"),
    ("can the security council authorise the use of force?", "yes"),
    ("are security council decisions binding on all un members?", "yes"),
    ("did morocco rejoin the african union?", "yes"),
    ("is canada a member of the g7?", "yes"),
    ("did the peace of westphalia end the thirty years war?", "yes"),
    ("does the osce have 57 participating states?", "yes"),
    ("can an ambassador be declared persona non grata?", "yes"),
    ("was russia suspended from the g8?", "yes"),
    ("did kennedy promise not to invade cuba?", "yes"),
    ("is the npt still in force?", "yes"),
    ("is the egypt-israel peace treaty still in force?", "yes"),
    ("did the us sign the partial test ban treaty?", "yes"),
    # Neither plainly
    ("is kosovo recognised as a state?", "partly"),
    ("do sanctions work?", "partly"),
    ("is the us still in the paris agreement?", "lapsed"),
    ("is new start still active?", "lapsed"),
]

# Follow-ups: the claim's subject comes from the turn before.
CONVERSATIONS = [
    (("what was the INF treaty?", "is it still in force?"), "no"),
    (("what was the league of nations?", "does it still exist?"), "no"),
    (("tell me about the kyoto protocol", "did the us ratify it?"), "no"),
    (("what is the egypt-israel peace treaty?", "is it still in force?"), "yes"),
    (("what is the JCPOA?", "is it still active?"), "no"),
    (("what is new start?", "is it still in force?"), "lapsed"),
]

YES = re.compile(r"(?:Yes|As of \d{4}, yes|Formally, yes)\b")
NO = re.compile(r"(?:No|As of \d{4}, no|Not formally|No longer)\b")


def judged(answer: str, expected: str) -> bool:
    """Whether an answer opens as a probe expects (see PROBES)."""
    says_yes, says_no = YES.match(answer) is not None, NO.match(answer) is not None
    if expected == "yes":
        return says_yes
    if expected == "no":
        return says_no
    if expected == "partly":
        return not answer.startswith(("Yes.", "No."))
    return not says_yes or "now past" in answer.split("\n")[0]


def opposite(answer: str, expected: str) -> bool:
    """Whether an answer gives the verdict opposite to the one expected."""
    return (expected == "yes" and NO.match(answer) is not None) or (expected == "no" and YES.match(answer) is not None)


@pytest.fixture(scope="module")
def answers(tutor):
    """Each probe's expected verdict and the answer it gets, each in a fresh session, on
    the day the probes were written (the "lapsed" ones depend on it)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TUTOR_TODAY", "2026-12-03")
        got = [(expected, Session(tutor).respond(question).answer) for question, expected in PROBES]
        for turns, expected in CONVERSATIONS:
            session = Session(tutor)
            for turn in turns:
                answer = session.respond(turn).answer
            got.append((expected, answer))
    return got


def test_the_probes_are_half_no():
    assert sum(expected == "no" for _, expected in PROBES) == len(PROBES) // 2 == 20


def test_most_probes_open_with_the_right_verdict(answers):
    # 31 of 46 when written (main 495f962), 43 at the end of branch verdict13; three below that.
    wrong = [answer[:80] for expected, answer in answers if not judged(answer, expected)]
    assert len(answers) - len(wrong) >= 40, wrong


def test_hardly_any_probe_gets_the_opposite_verdict(answers):
    # Three did when written ("Yes." to the same immunity as diplomats, "No." to the OSCE's
    # 57 states and to declaring an ambassador persona non grata); none at the end of verdict13.
    assert len([answer[:80] for expected, answer in answers if opposite(answer, expected)]) <= 1
