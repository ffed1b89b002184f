"""`dialogues/teaching.yaml`: what the chat recognises and says when it teaches."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from tutor.files.dialogues import DialogueError, load_dialogue
from tutor.files.paths import DIALOGUES
from tutor.files.regex_cache import kept_patterns
from tutor.search.text import fold


class TeachingDialogue(TypedDict):
    patterns: dict[str, Any]  # a pattern or a list of alternatives per name
    texts: dict[str, str]


PATTERN_NAMES = (
    "quiz", "quiz_subject", "current_subject", "lesson_about", "which_lesson", "list_lessons",
    "progress", "accept_offer", "hint", "skip", "stop", "repeat",
)

TEXT_NAMES = (
    "quiz_intro", "quiz_due_intro", "quiz_other_intro", "quiz_tail", "quiz_again", "quiz_aside", "quiz_none",
    "quiz_stopped", "no_quiz", "mastery_changed", "quiz_next", "check_offer", "check_followup", "lessons_found",
    "lessons_none", "lessons_all", "lesson_line", "lessons_how", "next_lesson", "next_why_progress",
    "next_why_ready", "next_why_weakest", "next_none", "correction_question", "correction_statement",
    "correction_source",
)


@dataclass
class Phrases:
    """The compiled patterns and the texts of `dialogues/teaching.yaml`."""

    patterns: dict[str, list[re.Pattern[str]]]
    texts: dict[str, str]

    @classmethod
    def load(cls, folder: Path = DIALOGUES, cache_dir: Path | None = None) -> "Phrases":
        data = load_dialogue("teaching", folder, cache_dir, shape=TeachingDialogue)
        patterns: dict[str, list[re.Pattern[str]]] = {}
        with kept_patterns(cache_dir, "teaching") as compile_pattern:
            for name in PATTERN_NAMES:
                given = data["patterns"].get(name)
                alternatives = [given] if isinstance(given, str) else given
                if not isinstance(alternatives, list) or not all(isinstance(p, str) for p in alternatives):
                    raise DialogueError(f"{folder / 'teaching.yaml'}: patterns.{name} must be a pattern or a list of patterns")
                try:
                    patterns[name] = [compile_pattern(p) for p in alternatives]
                except re.error as exc:
                    raise DialogueError(f"{folder / 'teaching.yaml'}: patterns.{name}: {exc}") from None
        missing = [name for name in TEXT_NAMES if not isinstance(data["texts"].get(name), str)]
        if missing:
            raise DialogueError(f"{folder / 'teaching.yaml'}: texts lacks {', '.join(missing)}")
        return cls(patterns, data["texts"])

    def match(self, name: str, text: str) -> re.Match[str] | None:
        """The first alternative of `name` that matches the folded `text`."""
        folded = fold(text).strip()
        return next((m for m in (p.search(folded) for p in self.patterns[name]) if m), None)

    def say(self, name: str, **values: Any) -> str:
        return self.texts[name].format(**values)


def as_typed(text: str, match: re.Match[str], group: str) -> str:
    """A group of a match on the folded text, as the learner typed it ("NATO", not
    "nato"), when folding kept the text's length (it nearly always does)."""
    typed = text.strip()
    if len(fold(typed)) == len(typed):
        return typed[match.start(group) : match.end(group)]
    return match.group(group)
