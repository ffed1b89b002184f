"""Loading the YAML under `dialogues/`: intent patterns and answer templates.

A parsed copy of each file is kept as JSON in the cache folder, keyed by the file's
content (`tutor.files.jsoncache`), so answering a question does not have to import and run
the YAML parser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tutor.files.digest import digest
from tutor.files.jsoncache import cached_json
from tutor.files.paths import DIALOGUES
from tutor.files.shape import shape_error
from tutor.files.yamlfile import YamlSyntaxError, parse_yaml


class DialogueError(Exception):
    """A dialogue file is missing or malformed; the message names the file and line."""


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DialogueError(f"{path}: cannot read: {exc.strerror or exc}") from None


def parse_dialogue_text(path: Path, data: bytes) -> Any:
    """Parse a YAML file's bytes, turning every failure into a DialogueError naming file and line."""
    try:
        return parse_yaml(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise DialogueError(f"{path}:1: not UTF-8 text; save the file as UTF-8") from None
    except YamlSyntaxError as exc:
        raise DialogueError(f"{path}:{exc.line}: YAML syntax error: {exc.reason}") from None


def load_yaml(path: Path) -> Any:
    """Parse a YAML file (errors as DialogueError naming file and line)."""
    return parse_dialogue_text(path, read_bytes(path))


def load_dialogue(name: str, folder: Path = DIALOGUES, cache_dir: Path | None = None, shape: Any = dict[str, Any]) -> dict[str, Any]:
    """One of the dialogue files (`intents`, `templates`) as a mapping of `shape` (a TypedDict),
    from the cache when current."""
    path = folder / f"{name}.yaml"
    data = read_bytes(path)

    def parse() -> Any:
        parsed = parse_dialogue_text(path, data)
        problem = shape_error(parsed, shape)
        if problem is not None:
            raise DialogueError(f"{path}: {problem}")
        return parsed

    return cached_json(cache_dir, f"dialogue-{name}", digest(data).hexdigest()[:24], shape, parse)
