"""The learner's progress file: lessons taken, answers given, review cards.

Everything lives in one JSON file, `progress.json` in the user data folder, rewritten
atomically after every answer with the previous version kept as `progress.json.bak`.
A file that cannot be read (bad JSON, wrong shape) is moved aside as
`progress.json.corrupt-<time>` with a warning; the backup is used when it is sound, and
otherwise the learner starts afresh. Nothing here ever raises for a damaged file.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypedDict

from tutor.files.atomic import write_atomic
from tutor.files.paths import user_data_dir

FORMAT_VERSION = 1
FILE_NAME = "progress.json"


def progress_path() -> Path:
    return user_data_dir() / FILE_NAME


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


class QuestionRecord(TypedDict, total=False):
    """Where the learner is with one question (`tutor.lessons.dialogue.QuestionState`)."""

    attempts: int
    hints: int
    revealed: bool
    correct: bool
    done: bool
    covered: list[str]  # key ideas of a free-text answer already given


class LessonRecord(TypedDict, total=False):
    """One lesson's progress. Read from a file the learner may have edited: check types."""

    position: int  # the step to show next
    question: str  # the id of the question being answered
    questions: dict[str, QuestionRecord]
    finished: str  # ISO time of the last completion
    completions: int
    last_score: int
    best_score: int
    updated: str  # ISO time


class ReviewRecord(TypedDict, total=False):
    """The review in progress: the question being asked and where the learner is with it."""

    current: str  # "lesson-id/question-id"
    state: QuestionRecord


class ProgressData(TypedDict):
    """The whole progress file."""

    version: int
    lessons: dict[str, LessonRecord]
    cards: dict[str, dict[str, Any]]  # "lesson-id/question-id" -> an fsrs Card as a dict
    review: ReviewRecord


def _empty() -> ProgressData:
    return {"version": FORMAT_VERSION, "lessons": {}, "cards": {}, "review": {}}


def _problem_with(data: Any) -> str | None:
    """Why `data` is not a progress file we can use, or None when it is fine."""
    if not isinstance(data, dict):
        return "it is not a JSON object"
    version = data.get("version")
    if version != FORMAT_VERSION:
        return f"it has an unknown format version ({version!r})"
    for key in ("lessons", "cards", "review"):
        if not isinstance(data.get(key, {}), dict):
            return f"its '{key}' entry is not an object"
    return None


class ProgressStore:
    """The progress file in memory; `save()` writes it back atomically.

    `warnings` collects what went wrong while reading or writing, for the front end to
    show; a store made with `path=None` lives in memory only (used by checks and tests).
    """

    def __init__(self, path: Path | None, data: ProgressData | None = None) -> None:
        self.path = path
        self.data = data if data is not None else _empty()
        self.warnings: list[str] = []
        for key, value in _empty().items():
            self.data.setdefault(key, value)

    @classmethod
    def memory(cls) -> "ProgressStore":
        return cls(None)

    @classmethod
    def load(cls, path: Path | None = None) -> "ProgressStore":
        """Read the progress file, recovering from damage as the module docstring says."""
        path = path or progress_path()
        store = cls(path)
        if not path.exists():
            return store
        data, problem = _read(path)
        if problem is None:
            store.data = data
            for key, value in _empty().items():
                store.data.setdefault(key, value)
            return store
        aside = _move_aside(path)
        where = f"kept it as {aside}" if aside else "could not move it aside"
        backup = path.with_name(path.name + ".bak")
        backup_data, backup_problem = _read(backup) if backup.exists() else (None, "no backup")
        if backup_problem is None:
            store.data = backup_data
            for key, value in _empty().items():
                store.data.setdefault(key, value)
            store.warnings.append(f"the progress file {path} was damaged ({problem}); {where} and restored the last backup")
            store.save()  # so the restored progress is on disk even if nothing else is saved
        else:
            store.warnings.append(f"the progress file {path} was damaged ({problem}); {where} and started afresh")
        return store

    def save(self) -> bool:
        """Write the file atomically (keeping a backup); False, with a warning, if it failed."""
        if self.path is None:
            return True
        payload = json.dumps(self.data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        try:
            write_atomic(self.path, payload, backup=True)
        except OSError as exc:
            message = f"could not save progress to {self.path}: {exc.strerror or exc}"
            if message not in self.warnings:
                self.warnings.append(message)
            return False
        return True

    def take_warnings(self) -> list[str]:
        warnings, self.warnings = self.warnings, []
        return warnings

    # Sections of the file -------------------------------------------------------------

    def lesson(self, lesson_id: str) -> LessonRecord:
        """The record of one lesson, created empty when missing or malformed."""
        lessons = self.data["lessons"]
        record = lessons.get(lesson_id)
        if not isinstance(record, dict):
            record = lessons[lesson_id] = {}
        if not isinstance(record.get("questions"), dict):
            record["questions"] = {}
        return record

    def lesson_if_any(self, lesson_id: str) -> LessonRecord | None:
        record = self.data["lessons"].get(lesson_id)
        return record if isinstance(record, dict) else None

    @property
    def cards(self) -> dict[str, dict[str, Any]]:
        return self.data["cards"]

    @property
    def review(self) -> ReviewRecord:
        return self.data["review"]

    def completed(self, lesson_id: str) -> bool:
        """True when the lesson has been finished at least once."""
        record = self.lesson_if_any(lesson_id)
        return bool(record and _whole(record.get("completions")) > 0)


def _whole(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _read(path: Path) -> tuple[Any, str | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, "it is not UTF-8 text"
    except OSError as exc:
        return None, f"it cannot be read: {exc.strerror or exc}"
    try:
        data = json.loads(text)
    except ValueError as exc:
        return None, f"it is not valid JSON: {exc}"
    return data, _problem_with(data)


def _move_aside(path: Path) -> Path | None:
    stamp = now_utc().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target
