"""Measure how fast the app feels, in a real pseudo-terminal (not collected by pytest).

    .venv/bin/python tests/app/measure_speed.py [--runs 5]

Starts `tutor` (the Textual app) in a pty of 100x32 with a temporary data folder, and
reports, per run and as medians:
- launch to usable input: from starting the process to the prompt's placeholder on screen;
- knowledge ready: from starting the process to "ready" in the header;
- Enter to visible answer: from sending Enter to the question's echo and its answer's
  "Sources" on screen, for a few questions (the first one after ready, then follow-ups);
- quit: from ctrl+q to the process exiting.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Without its first letter, which the prompt's cursor covers when the app starts.
PLACEHOLDER = b"sk about track one diplomacy"
READY = b"ready \xc2\xb7"  # "ready ·" in the header
QUESTIONS = ["What is ASEAN?", "Who negotiated the Camp David Accords?", "When was it signed?", "What is diplomatic immunity?"]


class Terminal:
    """The app running in a pty; `wait_for` reads its output until some bytes appear."""

    def __init__(self, size: tuple[int, int], env: dict[str, str]) -> None:
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: run the app
            os.chdir(ROOT)
            os.execve(sys.executable, [sys.executable, "-c", "from tutor.app.app import run; raise SystemExit(run([]))"], env)
        cols, rows = size
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.output = b""
        self.mark = 0
        self.chunks: list[tuple[int, float]] = []  # (offset, time read)

    def read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return False
        self.chunks.append((len(self.output), time.perf_counter()))
        self.output += data
        return True

    @property
    def seen_at(self) -> "_SeenAt":
        return _SeenAt(self.chunks)

    def wait_for(self, needle: bytes, timeout: float = 15.0, since_start: bool = False) -> float:
        """The time at which `needle` appeared after the mark (or in all the output)."""
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            found = self.output.find(needle, 0 if since_start else self.mark)
            if found >= 0:
                self.mark = max(self.mark, found + len(needle))
                return self.seen_at.get(found, time.perf_counter())
            self.read(0.005)
        raise TimeoutError(f"{needle!r} did not appear within {timeout} s")

    def send(self, data: bytes) -> float:
        self.mark = len(self.output)
        sent = time.perf_counter()
        os.write(self.fd, data)
        return sent

    def wait_exit(self, timeout: float = 10.0) -> float:
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            self.read(0.01)
            pid, _status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return time.perf_counter()
        os.kill(self.pid, 9)
        raise TimeoutError("the app did not exit")


class _SeenAt:
    """When the byte at an offset of the output was read."""

    def __init__(self, chunks: list[tuple[int, float]]) -> None:
        self.chunks = chunks

    def get(self, offset: int, default: float) -> float:
        when = default
        for start, at in self.chunks:
            if start > offset:
                break
            when = at
        return when


def one_run(size: tuple[int, int]) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "XDG_DATA_HOME": data, "TERM": "xterm-256color", "COLORTERM": "truecolor"}
        term = Terminal(size, env)
        usable = term.wait_for(PLACEHOLDER) - term.started
        ready = term.wait_for(READY, since_start=True) - term.started
        time.sleep(0.5)  # let the ready notice settle
        answers = []
        for question in QUESTIONS:
            term.send(question.encode())
            time.sleep(0.3)  # typing, not measured
            sent = term.send(b"\r")
            # The question appears in the conversation with its answer (or, for a slow
            # answer, before it): the answer's "Sources" after the question's echo.
            echoed = term.wait_for(question.encode())
            try:
                shown = max(echoed, term.wait_for(b"Sources", timeout=2.0))
            except TimeoutError:  # a long answer on a small screen: shown from its question,
                shown = echoed  # its sources below the fold, mounted in the same frame
            answers.append(shown - sent)
            time.sleep(0.3)
        sent = term.send(b"\x11")  # ctrl+q
        quit_time = term.wait_exit() - sent
        os.close(term.fd)
    return {"usable": [usable], "ready": [ready], "answer": answers, "quit": [quit_time]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", default="100x32")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))
    totals: dict[str, list[float]] = {}
    for run in range(1, args.runs + 1):
        figures = one_run(size)  # type: ignore[arg-type]
        for key, values in figures.items():
            totals.setdefault(key, []).extend(values)
        print(f"run {run}: usable input {figures['usable'][0]:.3f} s, ready {figures['ready'][0]:.3f} s, "
              f"answers {', '.join(f'{a * 1000:.0f}' for a in figures['answer'])} ms, quit {figures['quit'][0]:.3f} s")
    print()
    print(f"launch to usable input: median {statistics.median(totals['usable']):.3f} s")
    print(f"launch to knowledge ready: median {statistics.median(totals['ready']):.3f} s")
    print(f"Enter to visible answer: median {statistics.median(totals['answer']) * 1000:.0f} ms, max {max(totals['answer']) * 1000:.0f} ms")
    print(f"ctrl+q to exit: median {statistics.median(totals['quit']):.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
