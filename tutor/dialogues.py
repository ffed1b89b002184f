"""Loading the YAML under `dialogues/`: intent patterns and answer templates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tutor.paths import DIALOGUES
from tutor.yamlfile import YAMLError, error_line, error_reason, parse_yaml


class DialogueError(Exception):
    """A dialogue file is missing or malformed; the message names the file and line."""


def load_yaml(path: Path) -> Any:
    """Parse a YAML file, turning every failure into a DialogueError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DialogueError(f"{path}: cannot read: {exc}") from None
    try:
        return parse_yaml(text)
    except YAMLError as exc:
        raise DialogueError(f"{path}:{error_line(exc)}: YAML syntax error: {error_reason(exc)}") from None


def load_dialogue(name: str, folder: Path = DIALOGUES) -> dict[str, Any]:
    """One of the dialogue files (`intents`, `templates`) as a mapping."""
    data = load_yaml(folder / f"{name}.yaml")
    if not isinstance(data, dict):
        raise DialogueError(f"{folder / f'{name}.yaml'}:1: expected a mapping at the top level")
    return data
