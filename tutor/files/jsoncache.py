"""A value kept as JSON in the cache folder, under a key that changes when its source does.

Parsed dialogue files, the compiled form of their patterns and the words of the lessons'
misconceptions are kept this way so that a later start reads one small JSON file instead
of parsing YAML or regular expressions. The copy is not trusted: one of the wrong shape
(or unreadable) is a miss, built again and written over. Older copies under the same name
are removed; a read-only or full disk only costs speed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from tutor.files.atomic import write_atomic
from tutor.files.shape import shape_error


def cached_json(cache_dir: Path | None, name: str, key: str, shape: Any, build: Callable[[], Any]) -> Any:
    """`build()`, or its copy `<name>-<key>.json` in `cache_dir` when that has `shape`."""
    kept = read_copy(cache_dir, name, key, shape)
    if kept is not None:
        return kept
    value = build()
    write_copy(cache_dir, name, key, value)
    return value


def copy_path(cache_dir: Path, name: str, key: str) -> Path:
    """Where the copy of `name` under `key` is kept."""
    return cache_dir / f"{name}-{key}.json"


def read_copy(cache_dir: Path | None, name: str, key: str, shape: Any) -> Any:
    """The copy `<name>-<key>.json` in `cache_dir` when it is there and has `shape`, else None."""
    if cache_dir is None:
        return None
    try:
        kept = json.loads(copy_path(cache_dir, name, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # missing or damaged: to be built again
    return kept if shape_error(kept, shape) is None else None


def write_copy(cache_dir: Path | None, name: str, key: str, value: Any) -> None:
    """Keep `value` as `<name>-<key>.json` in `cache_dir`, removing older copies under `name`."""
    if cache_dir is None:
        return
    path = copy_path(cache_dir, name, key)
    try:
        write_atomic(path, json.dumps(value))
        for old in path.parent.glob(f"{name}-*.json"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def remove_copy(cache_dir: Path, name: str, key: str) -> None:
    """Remove the copy of `name` under `key`, if there is one (a read-only disk leaves it)."""
    try:
        copy_path(cache_dir, name, key).unlink(missing_ok=True)
    except OSError:
        pass
