"""The log of unexpected failures met while answering a learner, and the one line the
learner sees instead of a traceback.

Where a learner waits for an answer (`tutor ask`, `tutor lesson` and `tutor review`, the
app's chat and lessons), the front end hands an unexpected error to `failure_line`: its
traceback goes to `errors.log` in the tutor's state folder, for whoever mends the bug, and
the learner is told in one plain line where it went. Tests and `tutor eval` call the
engines directly, so no bug is hidden from them.

Each entry is written to the log opened for appending, as one write where the system takes
it whole (entries of a few kilobytes), so entries of two tutors running at once do not
interleave; the log is never opened through a link. When an entry would take the log past `FAILURE_LOG_BYTES`, the
log is first renamed to `errors.log.1` (replacing the one before), so the two together
stay under twice that.
"""

from __future__ import annotations

import os
import traceback
from datetime import datetime, timezone
from pathlib import Path

from tutor.files.paths import user_state_dir
from tutor.tuning import FAILURE_LOG_BYTES

LOG_NAME = "errors.log"
# What is kept of an entry too long for the log: its start and its end (the failing line).
CUT = "\n[... {count} bytes left out ...]\n"


def failure_log_path() -> Path:
    """Where failures are logged: `errors.log` in the state folder."""
    return user_state_dir() / LOG_NAME


def failure_line(error: BaseException, typed: str) -> str:
    """Log `error`, met answering what the learner `typed`; the one plain line to show them."""
    try:
        path = log_failure(error, typed)
    except OSError as exc:
        return f"Sorry, something went wrong answering that, and it could not be logged ({exc.strerror or exc}); please try rephrasing."
    return f"Sorry, something went wrong answering that. It has been logged to {path}; please try rephrasing."


def log_failure(error: BaseException, typed: str, path: Path | None = None) -> Path:
    """Append `error`'s traceback, with the time and what the learner typed, to the log; its path."""
    path = path or failure_log_path()
    entry = _entry(error, typed)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        size = 0
    if size and size + len(entry) > FAILURE_LOG_BYTES:
        try:
            os.replace(path, path.with_name(f"{path.name}.1"))
        except FileNotFoundError:
            pass  # another tutor rotated it a moment ago: this entry starts the new log
    # Never through a link: the log is written in its folder only.
    handle = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        written = 0
        while written < len(entry):  # a write may take only part of a long entry
            written += os.write(handle, entry[written:])
    finally:
        os.close(handle)
    return path


def _entry(error: BaseException, typed: str) -> bytes:
    """One entry of the log: a heading line, then the traceback; cut to a quarter of the log."""
    when = datetime.now(timezone.utc).isoformat(timespec="seconds")
    trace = "".join(traceback.format_exception(error))
    # ASCII throughout (other characters escaped), so that a cut never splits a character.
    entry = f"=== {when} answering {typed!r}\n{trace}\n".encode("ascii", errors="backslashreplace")
    limit = FAILURE_LOG_BYTES // 4
    if len(entry) <= limit:
        return entry
    keep = (limit - len(CUT.format(count=len(entry)))) // 2
    return entry[:keep] + CUT.format(count=len(entry) - 2 * keep).encode() + entry[-keep:]
