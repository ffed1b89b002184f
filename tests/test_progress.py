"""Progress of a long build: reported by the build, drawn on a terminal, silent elsewhere."""

import io
import os
import subprocess
import sys
from pathlib import Path

from tutor.cli.progress import ProgressBar, progress_on_stderr
from tutor.cli.terminal import safe_output
from tutor.search.cache import open_retriever
from tutor.search.progress import BuildProgress, reporting

NOTE = """---
id: note-{n}
title: Note {n}
topic: basics
sources: ["me"]
---
## Overview
A note about treaties and summits, number {n}.
"""


def notes(tmp_path: Path, count: int = 4) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for n in range(count):
        (folder / f"note-{n}.md").write_text(NOTE.format(n=n), encoding="utf-8")
    return folder


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_build_reports_files_read_and_chunks_then_saving_and_done(tmp_path):
    folder = notes(tmp_path)
    heard: list[BuildProgress] = []
    with reporting(heard.append):
        open_retriever([folder], tmp_path / "cache")
    assert heard[0] == BuildProgress("reading", 0, 4, 0)
    assert [p.files_read for p in heard if p.stage == "reading"] == [0, 1, 2, 3, 4]
    assert [p.chunks for p in heard if p.stage == "reading"] == [0, 1, 2, 3, 4]
    assert [p.stage for p in heard[-3:]] == ["indexing", "saving", "done"] and heard[-1].chunks == 4
    heard.clear()
    with reporting(heard.append):
        assert open_retriever([folder], tmp_path / "cache")[1]
    assert heard == []  # a cached load builds nothing


def test_the_bar_waits_a_second_then_draws_files_and_chunks_in_place():
    terminal, clock = Terminal(), Clock()
    bar = ProgressBar(terminal, clock=clock, delay=1.0)
    bar(BuildProgress("reading", 0, 1000, 0))
    clock.now += 0.5
    bar(BuildProgress("reading", 100, 1000, 10_000))
    assert terminal.getvalue() == ""  # a quick build shows nothing
    clock.now += 1.0
    bar(BuildProgress("reading", 412, 1000, 41_200))
    bar(BuildProgress("reading", 413, 1000, 41_300))  # too soon to redraw
    clock.now += 1.0
    bar(BuildProgress("reading", 1000, 1000, 100_000))
    bar(BuildProgress("done", 1000, 1000, 100_000))
    lines = terminal.getvalue().split("\r")[1:]
    assert lines[0].startswith("tutor: indexing [##########--------------] 412 of 1,000 files read, 41,200 chunks")
    assert "[########################] 1,000 of 1,000 files read, 100,000 chunks" in lines[1]
    assert lines[2] == "tutor: 100,000 chunks from 1,000 files indexed in 2.5 s".ljust(len(lines[1])) + "\n"
    assert len(lines) == 3


def test_a_quick_build_draws_nothing_at_all():
    terminal, clock = Terminal(), Clock()
    bar = ProgressBar(terminal, clock=clock, delay=1.0)
    bar(BuildProgress("reading", 0, 3, 0))
    bar(BuildProgress("done", 3, 3, 3))
    assert terminal.getvalue() == ""


def test_stderr_that_is_not_a_terminal_gets_no_progress(tmp_path):
    folder = notes(tmp_path)
    stream = io.StringIO()
    with progress_on_stderr(stream):
        open_retriever([folder], tmp_path / "cache")
    assert stream.getvalue() == ""


def test_tutor_ask_on_a_pipe_draws_no_progress(tmp_path):
    """A whole `tutor ask` process whose stderr is a pipe prints nothing of its build (the
    shipped knowledge and four notes, with no cache: a build of a second or more)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "tutor", "ask", "--knowledge", str(notes(tmp_path)), "What is a summit?"]
    assert "indexing" not in subprocess.run(command, env=env, capture_output=True, text=True, check=True).stderr


def test_the_bar_keeps_its_carriage_returns_through_the_safe_output_of_the_command_line(tmp_path, monkeypatch):
    """Every sub-command writes through `safe_output`, which strips control characters from
    what files and learners say; the bar's own carriage returns must still reach the terminal
    (a delay of 0 draws from the first report, whatever the machine's load)."""
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with safe_output(), progress_on_stderr(delay=0.0):
        open_retriever([notes(tmp_path)], tmp_path / "cache")
    drawn = terminal.getvalue()
    assert drawn.startswith("\rtutor: indexing [")
    assert drawn.split("\r")[-1].startswith("tutor: 4 chunks from 4 files indexed in ") and drawn.endswith("\n")
