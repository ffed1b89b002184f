"""Text for a terminal: wrapped at word boundaries to the terminal's width.

Used by `tutor ask` and `tutor lesson`; output to a pipe or a file is left as it is, so
that scripts see one line per paragraph.
"""

from __future__ import annotations

import re
import shutil
import textwrap
from typing import TextIO

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
