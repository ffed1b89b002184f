"""Completion for the prompt: slash commands, and topic and document names.

Textual's `Input` shows the suggestion greyed after the cursor; Tab or Right accepts it.
"""

from __future__ import annotations

import re
from typing import Iterable

from textual.suggester import Suggester

from tutor.commands import commands_for

# The engine's commands and the app's own, with what each does (for help and completion).
COMMANDS: dict[str, str] = {command.name: command.help for command in commands_for("chat", "app")}
# Names shorter than this are not completed (too many would match).
MIN_FRAGMENT = 3
_WORD_START = re.compile(r"(?:(?<=^)|(?<=[\s\"'(]))\S")


class PromptSuggester(Suggester):
    """Suggests a slash command, or the name that the last words typed begin."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        # Case-sensitive so that what the learner typed keeps its case; matching is
        # done without case below.
        super().__init__(use_cache=True, case_sensitive=True)
        self.names: list[str] = []
        self.set_names(names)

    def set_names(self, names: Iterable[str]) -> None:
        """Replace the names to complete (longest first wins ties in order given)."""
        seen: set[str] = set()
        self.names = []
        for name in names:
            key = name.casefold()
            if name and key not in seen:
                seen.add(key)
                self.names.append(name)
        if self.cache is not None:
            self.cache.clear()

    async def get_suggestion(self, value: str) -> str | None:
        return suggest(value, self.names)


def suggest(value: str, names: list[str]) -> str | None:
    """The completed text for `value`, or None.

    "/to" becomes "/topics"; "Tell me about the camp" becomes "Tell me about the Camp
    David Accords": the longest tail of the text, starting at a word, that begins a name.
    """
    if not value:
        return None
    if value.startswith("/"):
        if " " in value:
            return None
        for command in COMMANDS:
            if command.startswith(value.casefold()) and command != value.casefold():
                return command
        return None
    folded = value.casefold()
    # Only the tail that could begin a name is tried: typing stays fast however long the text.
    longest = max((len(name) for name in names), default=0)
    for match in _WORD_START.finditer(value, max(0, len(value) - longest)):
        start = match.start()
        fragment = folded[start:]
        if len(fragment.strip()) < MIN_FRAGMENT:
            break
        for name in names:
            key = name.casefold()
            if key.startswith(fragment) and len(key) > len(fragment):
                return value[:start] + name
    return None
