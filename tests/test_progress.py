"""Progress of a long build: reported by the build, drawn on a terminal, silent elsewhere."""

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

from tutor.cli.progress import ProgressBar, progress_on_stderr
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


def run_ask(folder: Path, tmp_path: Path, terminal: bool) -> str:
    """stderr of `tutor ask --knowledge folder` (no cache), on a pty or on a pipe."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / f"cache-{terminal}")}
    command = [sys.executable, "-m", "tutor", "ask", "--knowledge", str(folder), "What is a summit?"]
    if not terminal:
        return subprocess.run(command, env=env, capture_output=True, text=True, check=True).stderr
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # the other end closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    assert process.wait() == 0
    return b"".join(chunks).decode()


def test_tutor_ask_is_silent_on_a_pipe_and_draws_only_its_bar_on_a_terminal(tmp_path):
    """Whether a build of four notes takes under PROGRESS_DELAY_SECONDS depends on the
    machine's load, so the terminal case accepts both outcomes: nothing (the quick case,
    checked on a fixed clock above) or the bar alone, finished on its own line."""
    folder = notes(tmp_path)
    assert "indexing" not in run_ask(folder, tmp_path, terminal=False)
    drawn = run_ask(folder, tmp_path, terminal=True)
    assert drawn == "" or (drawn.startswith("\rtutor: indexing [") and drawn.rstrip().endswith(" s") and "indexed in" in drawn)
