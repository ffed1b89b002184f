"""A value kept as JSON in the cache folder, under a key that changes when its source does.

Parsed dialogue files and the words of the lessons' misconceptions are kept this way so
that a later start reads one small JSON file instead of parsing YAML. The copy is not
trusted: one of the wrong shape (or unreadable) is a miss, built again and written over.
Older copies under the same name are removed; a read-only or full disk only costs speed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from tutor.files.atomic import write_atomic
from tutor.files.shape import shape_error


def cached_json(cache_dir: Path | None, name: str, key: str, shape: Any, build: Callable[[], Any]) -> Any:
    """`build()`, or its copy `<name>-<key>.json` in `cache_dir` when that has `shape`."""
    path = cache_dir / f"{name}-{key}.json" if cache_dir is not None else None
    if path is not None:
        try:
            kept = json.loads(path.read_text(encoding="utf-8"))
            if shape_error(kept, shape) is None:
                return kept
        except (OSError, ValueError):
            pass  # missing or damaged: build it again
    value = build()
    if path is not None:
        try:
            write_atomic(path, json.dumps(value))
            for old in path.parent.glob(f"{name}-*.json"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass
    return value
