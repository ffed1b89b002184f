"""A progress bar on stderr while a knowledge base is indexed, for `tutor ask` and friends.

Only a terminal gets it, and only once the build has taken PROGRESS_DELAY_SECONDS: a small
knowledge base, the cached case, or stderr going to a file or a pipe show nothing at all.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import TextIO

from tutor.cli.terminal import SafeWriter
from tutor.search.progress import BuildProgress, describe, reporting
from tutor.tuning import PROGRESS_DELAY_SECONDS, PROGRESS_REDRAW_SECONDS

BAR_WIDTH = 24


class ProgressBar:
    """Draws a build's progress on one line of `stream`, rewriting it in place."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic, delay: float = PROGRESS_DELAY_SECONDS) -> None:
        self.stream = stream
        self.clock = clock
        self.delay = delay
        self.started: float | None = None
        self.drawn: float | None = None  # when the line was last drawn; None before the first time
        self.width = 0  # of the line drawn last, to blank what a shorter one leaves

    def __call__(self, progress: BuildProgress) -> None:
        now = self.clock()
        if self.started is None:
            self.started = now
        if progress.stage == "done":
            if self.drawn is not None:
                self._draw(f"tutor: {describe(progress)} in {now - self.started:.1f} s", end="\n")
            return
        if now - self.started < self.delay or (self.drawn is not None and now - self.drawn < PROGRESS_REDRAW_SECONDS):
            return
        self.drawn = now
        share = progress.files_read / progress.files if progress.files else 1.0
        filled = round(share * BAR_WIDTH)
        self._draw(f"tutor: indexing [{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {describe(progress)}")

    def _draw(self, line: str, end: str = "") -> None:
        self.stream.write("\r" + line.ljust(self.width) + end)
        self.stream.flush()
        self.width = len(line)


def progress_on_stderr(stream: TextIO | None = None, delay: float = PROGRESS_DELAY_SECONDS) -> AbstractContextManager[None]:
    """Show build progress on `stream` (stderr) for the `with` block, if it is a terminal.

    The bar is the tutor's own text, drawn on the stream beneath `SafeWriter`: the filter that
    keeps control characters from files off the terminal would take the carriage return
    that lets the bar rewrite its line."""
    stream = stream or sys.stderr
    if isinstance(stream, SafeWriter):
        stream = stream.stream
    return reporting(ProgressBar(stream, delay=delay)) if stream.isatty() else nullcontext()
