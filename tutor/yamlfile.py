"""Parsing YAML safely and fast, with errors that name the line."""

from __future__ import annotations

from typing import Any

import yaml

try:  # libyaml's loader is several times faster; pure Python is the fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

YAMLError = yaml.YAMLError


def parse_yaml(text: str) -> Any:
    """Parse YAML with the safe loader (no arbitrary Python objects)."""
    return yaml.load(text, Loader=_Loader)


def error_line(exc: yaml.YAMLError) -> int:
    """The 1-based line a YAML error points at (1 when it does not say)."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line + 1 if mark is not None else 1


def error_reason(exc: yaml.YAMLError) -> str:
    return str(getattr(exc, "problem", None) or str(exc).splitlines()[0])
