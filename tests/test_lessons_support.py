"""Shared by the lesson tests (no tests here): a small catalogue with every kind of step,
and running the `tutor` command in this process."""

import io
import os
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

from tutor.cli import main as cli
from tutor.lessons.grading import letter

SAMPLE = """\
id: sample
title: Sample lesson
order: 1
minutes: 5
objectives: [Try every kind of step]
prerequisites: []
steps:
  - kind: explain
    text: Track one is official diplomacy.
  - kind: multiple_choice
    id: channel
    prompt: Main bilateral channel?
    choices:
      - Embassies
      - text: Think tanks
        feedback: Think tanks host track two.
      - Companies
    answer: Embassies
    hints: [It is a building., An ambassador heads it.]
    explanation: Embassies are the main bilateral channel.
  - kind: true_false
    id: academics
    prompt: Academics talking informally is track one.
    answer: false
    feedback: That is track two.
    hints: [Who has authority?, Academics do not speak for governments.]
    explanation: Informal dialogue is track two.
  - kind: explain
    knowledge: [track-one-diplomacy#Protocol and formality]
  - kind: order
    id: timeline
    prompt: Order these.
    items: [Westphalia, Vienna, League of Nations]
    hints: [Westphalia is 1648., Vienna is 1815.]
    explanation: 1648, 1815, 1920.
  - kind: free_text
    id: define
    prompt: What is track one?
    expectations:
      - id: official
        idea: that it is official diplomacy
        prompt: Official or not?
        accept: [official diplomacy, formal]
      - id: who
        idea: that government representatives conduct it
        prompt: Who does the talking?
        accept: [government representatives, ministers]
    misconceptions:
      - match: [academics, ngos]
        feedback: That is track two.
    answer: Official diplomacy by government representatives.
    hints: [Think of the word official., Official diplomacy by ... representatives.]
    explanation: Track one is official diplomacy by government representatives.
"""

FOLLOW_UP = """\
id: follow-up
title: Follow-up lesson
order: 2
minutes: 3
objectives: [Build on the sample]
prerequisites: [sample]
steps:
  - kind: true_false
    id: binding
    prompt: Treaties can bind states.
    answer: true
    hints: [Think of ratification., They are governed by international law.]
    explanation: Treaties bind states once they consent.
"""

# The right answers for the sample lesson, in order.
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


RIGHT = {"channel": "Embassies", "academics": "false", "define": "official diplomacy by ministers"}


def pick(choices: list[str], text: str) -> str:
    """The letter that choice `text` is shown under (choices are shuffled at every showing)."""
    return letter(choices.index(text))


def write_catalogue(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sample.yaml").write_text(SAMPLE, encoding="utf-8")
    (folder / "follow-up.yaml").write_text(FOLLOW_UP, encoding="utf-8")
    return folder


def main(args: list[str], stdin: str, capsys) -> tuple[int, str, str]:
    """Run `tutor ...` in this process with `stdin` as standard input."""
    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8")
    try:
        code = cli.main(args)
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


def eighty_columns(monkeypatch) -> None:
    """Make standard output a terminal 80 columns wide, as `EventWriter` measures it."""

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=None: os.terminal_size((80, 24)))
    monkeypatch.setattr(sys, "stdout", Terminal())
