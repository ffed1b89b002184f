"""Text from a file or a learner made safe to show: the one place that says what is unsafe.

Knowledge, lessons and glossaries are shared between people, and a learner can type or
paste anything. Before such text reaches a terminal (plain output, JSON, stderr or the
app) it loses what a terminal would act on instead of showing: escape sequences (colours,
cursor moves, window titles, clipboard writes), the other C0 and C1 control characters
(bell, backspace, the 8-bit CSI) and the invisible marks that reorder or hide text
(bidirectional overrides and isolates, zero-width characters). Newlines and tabs stay.
"""

from __future__ import annotations

import re
from typing import Any

ESCAPE_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, clearing the screen
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS, SOS, PM, APC: titles, clipboard, hyperlinks
    r"|\x1b[ -/]*[0-~]?"  # other escapes, and a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"  # the 8-bit CSI
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # 8-bit string controls
)
CONTROL_CHARACTERS = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 but newline and tab, DEL, C1
    r"\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]"  # bidi marks, overrides and isolates; zero-width
)

# What Markdown acts on (emphasis, code, links, headings, tables, strikes): the app renders
# answers as Markdown, so a learner's words quoted in one must not carry these.
MARKDOWN_MARKS = re.compile(r"[\\`*_\[\]<>#|~]")


def has_control_characters(text: str) -> bool:
    """Whether `text` holds a character `safe` removes as a control character (newlines
    and tabs are kept). Every such character is unprintable, so text that is printable
    throughout once newlines and tabs are left out (most text) is told at C speed; a
    search over a large text with other characters takes some ten times longer."""
    if text.replace("\n", "").replace("\t", "").isprintable():
        return False
    return CONTROL_CHARACTERS.search(text) is not None


def safe(text: str, replacement: str = "") -> str:
    """`text` without escape sequences and control characters (each replaced by
    `replacement`); newlines and tabs are kept."""
    if text.isascii() and text.isprintable():
        return text  # the common case, at no cost
    return CONTROL_CHARACTERS.sub(replacement, ESCAPE_SEQUENCES.sub(replacement, text))


def safe_data(value: Any) -> Any:
    """`value` (parsed YAML or JSON: strings, lists, mappings, numbers) with every string,
    keys included, made safe."""
    if isinstance(value, str):
        return safe(value)
    if isinstance(value, list):
        return [safe_data(item) for item in value]
    if isinstance(value, tuple):
        return tuple(safe_data(item) for item in value)
    if isinstance(value, dict):
        return {safe_data(key): safe_data(item) for key, item in value.items()}
    return value


def without_markup(text: str) -> str:
    """`text` made `safe` and without Markdown's marks: a learner's words quoted in an
    answer, shown as words in the app and in a terminal alike, with no emphasis or link of
    their own."""
    return MARKDOWN_MARKS.sub("", safe(text))
