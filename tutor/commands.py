"""The slash commands, declared once: name, other spellings, help text and where each works.

Places: "chat" (the engine's `Session.respond` answers it, so `tutor ask` and the app both
have it), "app" (the Textual app's chat screen handles it itself) and "lesson" (the lesson
and review runners, in the terminal and in the app). The session, the app's completion and
help screen, and both lesson runners read this table; nothing else lists commands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Place = Literal["chat", "app", "lesson"]

# Not a slash command but typed like one: a number on its own picks a follow-up ("1",
# "#2", or one too long to be a year, which no follow-up has); a year ("1648") is a
# question. Read the same way by the session and the app.
FOLLOW_UP_NUMBER = re.compile(r"#?(?:[0-9]{1,2}|[0-9]{5,})")

# A question mark on its own ("?", "???!") asks for help, as /help does and as "?" does in
# the app's empty input line; during a quiz it asks for a hint instead.
LONE_QUESTION_MARK = re.compile(r"\?[\W_]*")


@dataclass(frozen=True)
class Command:
    """One slash command as it works in some places."""

    name: str
    help: str
    places: frozenset[Place]
    aliases: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _command(name: str, help: str, *places: Place, aliases: tuple[str, ...] = ()) -> Command:
    return Command(name, help, frozenset(places), aliases)


# In the order the app's help lists them and its completion tries them.
COMMANDS: tuple[Command, ...] = (
    _command("/new", "start a fresh conversation", "chat"),
    _command("/help", "how to use the tutor", "chat"),
    _command("/topics", "list what the tutor knows, by topic", "chat"),
    _command("/sources", "show the passages behind the last answer", "chat"),
    _command("/quiz", "a question to check what you know; your next line is the answer", "chat"),
    _command("/progress", "what you know, what is due for review, the next lesson", "chat"),
    _command("/why", "why the last answer: passages found, scores, matched terms", "app"),
    _command("/reload", "read the knowledge files again", "app"),
    _command("/save", "save this conversation as Markdown", "app"),
    _command("/quit", "leave the tutor", "app", aliases=("/exit",)),
    _command("/hint", "the next hint for the current question", "lesson", aliases=("?", "/h")),
    _command("/skip", "show the answer and go on", "lesson", aliases=("/s",)),
    _command("/quit", "stop the lesson; progress is kept", "lesson", aliases=("/q", "/exit")),
)


def commands_for(*places: Place) -> list[Command]:
    """The commands that work in any of `places`, in declared order."""
    return [command for command in COMMANDS if command.places & set(places)]


def find(word: str, place: Place) -> Command | None:
    """The command `word` names in `place` (by its name or another spelling, any case)."""
    folded = word.strip().casefold()
    for command in COMMANDS:
        if place in command.places and folded in command.spellings:
            return command
    return None


def asks_help(text: str) -> bool:
    """Whether a line of the chat asks for its help: /help, or a question mark on its own."""
    text = text.strip()
    return bool(text) and (named(text.split()[0], "chat") == "/help" if text.startswith("/") else LONE_QUESTION_MARK.fullmatch(text) is not None)


def named(word: str, place: Place) -> str | None:
    """The name of the command `word` stands for in `place` ("/h" -> "/hint"), or None."""
    command = find(word, place)
    return command.name if command is not None else None
