"""The error log behind "something went wrong answering that": entries, bounds, the line shown."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tutor.files import failure_log
from tutor.files.failure_log import failure_line, failure_log_path, log_failure


def raised(message: str) -> Exception:
    """An exception with a traceback, as one caught in a front end has."""
    try:
        raise RuntimeError(message)
    except RuntimeError as error:
        return error


def test_an_entry_holds_the_question_and_the_traceback(tmp_path: Path) -> None:
    path = log_failure(raised("engine broke"), "g7 or g20?", tmp_path / "errors.log")
    text = path.read_text()
    assert text.startswith("=== ") and "answering 'g7 or g20?'" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: engine broke" in text


def test_entries_are_appended_and_the_log_is_renamed_when_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(failure_log, "FAILURE_LOG_BYTES", 4000)
    path = tmp_path / "errors.log"
    for number in range(40):
        log_failure(raised(f"failure {number}"), f"question {number}", path)
        assert path.stat().st_size <= 4000
    older = path.with_name("errors.log.1")
    assert older.stat().st_size <= 4000
    newest, kept = path.read_text(), older.read_text()
    assert "failure 39" in newest and newest.count("=== ") >= 2  # appended, not replaced
    assert "failure 0\n" not in newest + kept  # the oldest are dropped
    entries = (kept + newest).split("=== ")[1:]
    numbers = [int(entry.split("'question ")[1].split("'")[0]) for entry in entries]
    assert numbers == list(range(numbers[0], 40))  # whole entries, in order, none lost between the two


def test_a_long_entry_keeps_its_start_and_its_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(failure_log, "FAILURE_LOG_BYTES", 4000)
    path = log_failure(raised("x" * 5000 + " the end"), "q", tmp_path / "errors.log")
    text = path.read_text()
    assert len(text.encode()) <= 1000 and text.startswith("=== ") and "bytes left out" in text and text.rstrip().endswith("the end")


def test_the_line_names_the_log_in_the_state_folder(tmp_path: Path) -> None:
    line = failure_line(raised("engine broke"), "hello")
    assert failure_log_path() == tmp_path / "state" / "diplomacy-tutor" / "errors.log"  # the test's own state folder
    assert line == f"Sorry, something went wrong answering that. It has been logged to {failure_log_path()}; please try rephrasing."
    assert "RuntimeError: engine broke" in failure_log_path().read_text()


def test_a_log_that_cannot_be_written_is_said_in_the_same_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    line = failure_line(raised("engine broke"), "hello")
    assert line.startswith("Sorry, something went wrong answering that, and it could not be logged (") and "\n" not in line


def test_a_link_in_the_logs_place_is_not_written_through(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("keep\n")
    log = tmp_path / "state" / "errors.log"
    log.parent.mkdir()
    log.symlink_to(outside)
    with pytest.raises(OSError):
        log_failure(raised("boom"), "what is a treaty?", log)
    assert outside.read_text() == "keep\n"


def test_an_entry_written_in_parts_is_written_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda handle, data: real_write(handle, bytes(data[:100])))
    path = log_failure(raised("boom"), "what is a treaty?", tmp_path / "errors.log")
    text = path.read_text()
    assert text.startswith("=== ") and "what is a treaty?" in text and text.rstrip().endswith("boom")


def test_a_log_another_tutor_just_rotated_is_started_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two tutors filling the log at once: the second finds it already moved aside."""
    path = tmp_path / "errors.log"
    path.write_bytes(b"x" * 10)
    monkeypatch.setattr(failure_log, "FAILURE_LOG_BYTES", 20)

    def moved_a_moment_ago(source, target):
        Path(source).unlink()
        raise FileNotFoundError(source)

    monkeypatch.setattr(os, "replace", moved_a_moment_ago)
    log_failure(raised("boom"), "what is a treaty?", path)
    assert "what is a treaty?" in path.read_text()
