"""What the learner typed before, for Up/Down in the prompt; kept between runs.

The history lives in the user's data folder (`prompt-history.json`), at most
`MAX_ENTRIES` lines, written atomically when the app closes.
"""

from __future__ import annotations

import json
from pathlib import Path

from tutor.files.atomic import write_atomic

MAX_ENTRIES = 200
HISTORY_FILE = "prompt-history.json"


class PromptHistory:
    """A list of earlier entries and a cursor that walks it (Up = older, Down = newer)."""

    def __init__(self, entries: list[str] | None = None) -> None:
        self.entries: list[str] = list(entries or [])[-MAX_ENTRIES:]
        self.position = len(self.entries)  # len(entries) means "the draft being typed"
        self.draft = ""

    def add(self, text: str) -> None:
        """Remember a submitted entry (not twice in a row) and go back to a fresh draft."""
        text = text.strip()
        if text and (not self.entries or self.entries[-1] != text):
            self.entries.append(text)
            del self.entries[:-MAX_ENTRIES]
        self.position = len(self.entries)
        self.draft = ""

    def older(self, current: str) -> str | None:
        """The entry before the current one, or None at the oldest."""
        if self.position == 0:
            return None
        if self.position == len(self.entries):
            self.draft = current
        self.position -= 1
        return self.entries[self.position]

    def newer(self) -> str | None:
        """The entry after the current one (the draft after the newest), or None."""
        if self.position >= len(self.entries):
            return None
        self.position += 1
        if self.position == len(self.entries):
            return self.draft
        return self.entries[self.position]

    @classmethod
    def load(cls, folder: Path) -> "PromptHistory":
        """The history saved in `folder`; an empty one if there is none or it is unreadable."""
        try:
            data = json.loads((folder / HISTORY_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, list):
            return cls()
        return cls([item for item in data if isinstance(item, str)])

    def save(self, folder: Path) -> None:
        """Write the history into `folder`."""
        write_atomic(folder / HISTORY_FILE, json.dumps(self.entries, ensure_ascii=False, indent=0))
