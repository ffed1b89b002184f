"""Text for a terminal: safe to show, and wrapped at word boundaries to its width.

Every sub-command writes through `safe_output` (no control sequences from files or
learners, nothing the terminal's encoding cannot show); `tutor ask` and `tutor lesson`
wrap to the terminal, while output to a pipe or a file keeps one line per paragraph.
"""

from __future__ import annotations

import codecs
import json
import re
import shutil
import sys
import textwrap
from contextlib import contextmanager
from typing import Iterator, TextIO

from tutor.safe_text import safe, safe_data

# A list item's marker ("- ", "• ", "1. ", "A) "): wrapped lines hang under its text.
_MARKER = re.compile(r"^(\s*)(?:[-*•]|\d{1,3}[.)]|[A-Z]\))\s+")
MAX_WIDTH = 100  # longer lines are hard to read, however wide the terminal


def terminal_width(stream: TextIO) -> int | None:
    """The width to wrap output for `stream` at, or None when it is not a terminal."""
    try:
        if not stream.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    columns = shutil.get_terminal_size((80, 24)).columns
    return max(20, min(MAX_WIDTH, columns - 1))


def wrap_paragraph(text: str, width: int, first: str = "", indent: str = "") -> str:
    """One paragraph filled to `width`, starting with `first` and continuing with
    `indent`; words are never split, a word longer than a line stands on its own."""
    return textwrap.fill(" ".join(text.split()), width, initial_indent=first, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)


def wrap_text(text: str, width: int | None) -> str:
    """Every line of `text` wrapped to `width` (None: unchanged); list items keep a
    hanging indent and blank lines stay."""
    if width is None:
        return text
    lines = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        marker = _MARKER.match(line)
        hang = " " * len(marker.group(0)) if marker else re.match(r"\s*", line).group(0)  # type: ignore[union-attr]
        lead = marker.group(0) if marker else hang
        lines.append(wrap_paragraph(line[len(lead):], width, first=lead, indent=hang))
    return "\n".join(lines)


class SafeWriter:
    """Standard output or error as the command line writes it: text from files and
    learners loses its control sequences (`safe`), and characters that the terminal's
    encoding cannot show are replaced instead of raising UnicodeEncodeError."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        encoding = getattr(stream, "encoding", None) or "utf-8"
        self.encoding = encoding
        self._lossless = codecs.lookup(encoding).name in ("utf-8", "utf-16", "utf-32")

    def write(self, text: str) -> int:
        shown = safe(text)
        if not self._lossless:
            shown = shown.encode(self.encoding, errors="replace").decode(self.encoding)
        self.stream.write(shown)
        return len(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)  # flush, isatty, fileno, buffer...


@contextmanager
def safe_output() -> Iterator[None]:
    """Within the block, `print` to stdout and stderr goes through `SafeWriter`."""
    saved = sys.stdout, sys.stderr
    sys.stdout = SafeWriter(sys.stdout) if not isinstance(sys.stdout, SafeWriter) else sys.stdout  # type: ignore[assignment]
    sys.stderr = SafeWriter(sys.stderr) if not isinstance(sys.stderr, SafeWriter) else sys.stderr  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def json_line(data: object) -> str:
    """One JSON line for a script to read, with every string in it made safe."""
    return json.dumps(safe_data(data), ensure_ascii=False)
