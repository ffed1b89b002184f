"""The same question gets the same answer in every run: nothing the tutor says may rest on
the order of a set, which Python changes from run to run with PYTHONHASHSEED."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Conversations, each a list of turns. The first three were answered differently under
# different hash seeds: the claim's most telling word was taken from a set when two of its
# words were equally rare ("prosecut" and "fraud", "possibl" and "arrest", "russia" and
# "join"). The others are development questions of other kinds, follow-ups among them.
CONVERSATIONS = [
    ["is a diplomat immune from prosecution if he commits fraud"],
    ["is it possible that a diplomat is arrested?"],
    ["did russia join and then leave"],
    ["does a foreign minister need full powers to sign a treaty?"],
    ["what are the main methods of track one diplomacy?"],
    ["what is a negotiating mandate?"],
    ["what is new start", "is it still valid today?"],
    ["explain the kyoto protocol", "and the paris agreement?"],
    ["what was salt i", "and the abm treaty?"],
]

ANSWER_ALL = """
import json, sys
from tutor.answering.engine import Tutor
from tutor.answering.session import Session
from tutor.files.paths import knowledge_folders
tutor = Tutor.load(knowledge_folders(include_user=False))
answers = []
for turns in json.loads(sys.argv[1]):
    session = Session(tutor)
    answers.append([session.respond(turn).answer for turn in turns])
print(json.dumps(answers))
"""


def answers_under(seed: str) -> list[list[str]]:
    """Every conversation's answers, from a fresh interpreter with hash seed `seed`."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run([sys.executable, "-c", ANSWER_ALL, json.dumps(CONVERSATIONS)], capture_output=True, timeout=300, env=env, check=True)
    return json.loads(result.stdout)


def test_answers_do_not_depend_on_the_hash_seed():
    # Seeds 1 and 5 gave the fraud question two different answers before its cause was fixed.
    # One after the other: the first builds the shared index cache, the second reads it.
    first, second = answers_under("1"), answers_under("5")
    assert len(first) == len(CONVERSATIONS) and all(all(turn for turn in answers) for answers in first)
    for turns, one, other in zip(CONVERSATIONS, first, second):
        assert one == other, turns
