"""Nothing from a shared file or a learner reaches the terminal as a control sequence:
`safe` itself, every class of sequence, and the places text is shown (tutor ask in text
and JSON, kb check and kb search, stderr, a non-UTF-8 terminal)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tutor.safe_text import CONTROL_CHARACTERS, has_control_characters, safe, safe_data

# One sample of every class of sequence a terminal acts on.
HOSTILE = {
    "CSI colour": "\x1b[31m",
    "clear screen": "\x1b[2J",
    "cursor home": "\x1b[H",
    "OSC 52 clipboard (BEL)": "\x1b]52;c;ZXZpbA==\x07",
    "OSC 0 window title (ST)": "\x1b]0;pwned\x1b\\",
    "OSC 8 hyperlink": "\x1b]8;;http://example.invalid\x1b\\",
    "DCS": "\x1bPq#0;2;0;0;0\x1b\\",
    "two-byte escape": "\x1bc",
    "lone ESC": "\x1b",
    "8-bit CSI": "\x9b2J",
    "8-bit OSC": "\x9d0;title\x9c",
    "right-to-left override": "\u202e",
    "left-to-right isolate": "\u2066",
    "pop directional isolate": "\u2069",
    "zero-width space": "\u200b",
    "bell": "\x07",
    "backspace": "\x08",
    "NUL": "\x00",
    "DEL": "\x7f",
    "vertical tab": "\x0b",
    "carriage return": "\r",
}
TERMINAL_ACTS_ON = ("\x1b", "\x9b", "\x9d", "\x07", "\x08", "\x00", "\x7f", "\u202e", "\u2066")


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_every_class_of_sequence_is_removed(name: str) -> None:
    # The whole sequence goes, its parameters included (nothing is left half-parsed).
    assert safe(f"before{HOSTILE[name]}\nafter") == "before\nafter"


def test_text_itself_is_kept() -> None:
    text = "Le traité de Versailles\n\tsigné le 28 juin 1919 — 条約 ✓"
    assert safe(text) == text


@given(st.text())
def test_nothing_a_terminal_acts_on_survives(text: str) -> None:
    shown = safe(text)
    assert not CONTROL_CHARACTERS.search(shown)
    assert safe(shown) == shown


@given(st.text())
def test_control_characters_are_found_where_safe_would_remove_them(text: str) -> None:
    assert has_control_characters(text) == (CONTROL_CHARACTERS.search(text) is not None)


def test_every_control_character_is_unprintable() -> None:
    # What lets has_control_characters answer from str.isprintable for most text.
    every = "".join(map(chr, range(0x110000)))
    found = CONTROL_CHARACTERS.findall(every)
    assert len(found) > 60 and not any(c.isprintable() for c in found)
    for name, sample in HOSTILE.items():
        assert has_control_characters(f"Le traité\n\t{sample} signé"), name
    assert not has_control_characters("Le traité de Versailles\n\tsigné le 28 juin 1919 — 条約 ✓\u00a0")


def test_parsed_data_is_made_safe_throughout() -> None:
    data = {"title\x1b]0;x\x07": ["a\x9b31mb", {"c": "d\u202ee"}], "n": 3}
    assert safe_data(data) == {"title": ["ab", {"c": "de"}], "n": 3}


HOSTILE_DOC = """---
id: hostile-treaty
title: "Treaty of Zebras \\e]0;owned\\a [@click=app.quit]Q[/]"
topic: cases
sources: ["notes \\e[2J"]
summary: "A \\e]52;c;ZXZpbA==\\a summary."
---
## Overview
The Treaty of Zebras is an agreement between Stripeland and Ponyland\x1b]0;owned\x07 about zebra
crossings\x1b[2J, signed\x9b31m in 1850\u202e by two envoys\x07\x08 after long talks.
"""


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "tutor", *args], capture_output=True, timeout=120, env={**os.environ, **(env or {})})


def acts_on_terminal(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace")
    return [repr(c) for c in TERMINAL_ACTS_ON if c in text]


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "hostile-treaty.md").write_text(HOSTILE_DOC, encoding="utf-8")
    # A broken file whose name and content carry escapes: named on stderr when skipped.
    (folder / "broken\x1b]0;x\x07.md").write_text("---\nid: [\x1b[2J\n---\n", encoding="utf-8")
    return folder


def test_tutor_ask_shows_a_hostile_file_safely_in_text_and_json(hostile_folder: Path) -> None:
    plain = run("ask", "--knowledge", str(hostile_folder), "When was the Treaty of Zebras signed?")
    assert plain.returncode == 0, plain.stderr
    assert b"1850" in plain.stdout and b"skipped" in plain.stderr
    assert acts_on_terminal(plain.stdout) == [] and acts_on_terminal(plain.stderr) == []
    as_json = run("ask", "--json", "--knowledge", str(hostile_folder), "When was the Treaty of Zebras signed?")
    assert acts_on_terminal(as_json.stdout) == [] and b"\\u001b" not in as_json.stdout
    reply = json.loads(as_json.stdout)
    assert "1850" in reply["answer"] and not any(c in json.dumps(reply, ensure_ascii=False) for c in TERMINAL_ACTS_ON)


def test_kb_check_and_search_show_a_hostile_file_safely(hostile_folder: Path) -> None:
    check = run("kb", "check", "--knowledge", str(hostile_folder))
    assert check.returncode == 1 and b"broken" in check.stdout + check.stderr
    assert acts_on_terminal(check.stdout) == [] and acts_on_terminal(check.stderr) == []
    search = run("kb", "--knowledge", str(hostile_folder), "search", "treaty of zebras")
    assert b"Zebras" in search.stdout and acts_on_terminal(search.stdout) == []


def test_a_terminal_that_cannot_show_every_character_gets_replacements(hostile_folder: Path) -> None:
    latin1 = {"PYTHONIOENCODING": "iso-8859-1", "LC_ALL": "C"}
    for args in (("ask", "What is ASEAN?"), ("kb", "search", "asean"), ("lesson", "--list"), ("kb", "check", "--knowledge", str(hostile_folder))):
        result = run(*args, env=latin1)
        assert b"Traceback" not in result.stderr and b"UnicodeEncodeError" not in result.stderr, args
        assert result.returncode in (0, 1), (args, result.stderr)


def test_a_learners_words_quoted_in_an_answer_lose_markdown_marks_and_controls():
    from tutor.safe_text import without_markup

    assert without_markup("what's a *good* [name](http://x) \x1b[31mfor `my` cat") == "what's a good name(http://x) for my cat"
