"""`dialogues/teaching.yaml`: what the chat recognises and says when it teaches."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from tutor.files.dialogues import DialogueError, load_dialogue
from tutor.files.paths import DIALOGUES
from tutor.search.text import fold


class TeachingDialogue(TypedDict):
    patterns: dict[str, Any]  # a pattern or a list of alternatives per name
    texts: dict[str, str]


PATTERN_NAMES = ("quiz", "quiz_subject", "current_subject", "lesson_about", "which_lesson", "hint", "skip", "stop")


@dataclass
class Phrases:
    """The compiled patterns and the texts of `dialogues/teaching.yaml`."""

    patterns: dict[str, list[re.Pattern[str]]]
    texts: dict[str, str]

    @classmethod
    def load(cls, folder: Path = DIALOGUES, cache_dir: Path | None = None) -> "Phrases":
        data = load_dialogue("teaching", folder, cache_dir, shape=TeachingDialogue)
        patterns: dict[str, list[re.Pattern[str]]] = {}
        for name in PATTERN_NAMES:
            given = data["patterns"].get(name)
            alternatives = [given] if isinstance(given, str) else given
            if not isinstance(alternatives, list) or not all(isinstance(p, str) for p in alternatives):
                raise DialogueError(f"{folder / 'teaching.yaml'}: patterns.{name} must be a pattern or a list of patterns")
            try:
                patterns[name] = [re.compile(p) for p in alternatives]
            except re.error as exc:
                raise DialogueError(f"{folder / 'teaching.yaml'}: patterns.{name}: {exc}") from None
        return cls(patterns, data["texts"])

    def match(self, name: str, text: str) -> re.Match[str] | None:
        """The first alternative of `name` that matches the folded `text`."""
        folded = fold(text).strip()
        return next((m for m in (p.search(folded) for p in self.patterns[name]) if m), None)

    def say(self, name: str, **values: Any) -> str:
        return self.texts[name].format(**values)
