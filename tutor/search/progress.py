"""How far a knowledge-base build has got, told to whoever is waiting for it.

Indexing a large knowledge base takes seconds. The build reports its progress with
`report`; a front end that shows it (a bar on stderr, the app's loading indicator) listens
for the length of one load with `reporting`. The listener is a context variable, so the
code in between (loading the whole tutor) need not pass it along, and each thread (the
app loads in a worker thread) has its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class BuildProgress:
    """Where a build is: files read and parsed of all, chunks indexed so far, and its stage."""

    stage: str  # "reading" the files, "indexing" their chunks, "saving" the cache, "done"
    files_read: int
    files: int
    chunks: int


Listener = Callable[[BuildProgress], None]
_listener: ContextVar[Listener | None] = ContextVar("tutor_build_progress", default=None)


@contextmanager
def reporting(listener: Listener) -> Iterator[None]:
    """Send every build's progress to `listener` inside the `with` block (in this thread)."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def describe(progress: BuildProgress) -> str:
    """What a build is doing, in words: "412 of 1,000 files read, 41,200 chunks"."""
    if progress.stage == "reading":
        return f"{progress.files_read:,} of {progress.files:,} files read, {progress.chunks:,} chunks"
    if progress.stage == "indexing":
        return f"{progress.files:,} files read, indexing {progress.chunks:,} chunks"
    if progress.stage == "saving":
        return f"{progress.chunks:,} chunks indexed, saving the index"
    return f"{progress.chunks:,} chunks from {progress.files:,} files indexed"


def report(progress: BuildProgress) -> None:
    """Tell the listener, if any, where the build is."""
    listener = _listener.get()
    if listener is not None:
        listener(progress)
