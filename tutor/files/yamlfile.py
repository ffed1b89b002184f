"""Parsing YAML safely and fast, with errors that name the line.

PyYAML is imported on first use: answering from a cached index never needs it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tutor.safe_text import safe, safe_data


class YamlSyntaxError(ValueError):
    """A YAML file could not be parsed; `line` is 1-based."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


def parse_yaml(text: str) -> Any:
    """Parse YAML with the safe loader (no arbitrary Python objects), libyaml's when present.
    Every string in the result is made safe to show: YAML escapes such as "\\e" can make
    control characters that the file's text did not show. A key given twice in one mapping is
    an error: PyYAML would keep the second silently and lose what the first held."""
    import yaml

    try:
        return safe_data(yaml.load(text, Loader=_unique_keys_loader()))
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(error_line(exc), safe(error_reason(exc))) from None


@cache
def _unique_keys_loader() -> type:
    """The safe loader (libyaml's when present), refusing a mapping that gives a key twice."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class UniqueKeysLoader(base):  # type: ignore[misc, valid-type]
        def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                if isinstance(key, (str, int, float, bool)) and key in seen:
                    raise yaml.constructor.ConstructorError(None, None, f"the key {key!r} is given twice", key_node.start_mark)
                seen.add(key)
            return super().construct_mapping(node, deep)

    return UniqueKeysLoader


def error_line(exc: Exception) -> int:
    """The 1-based line a YAML error points at (1 when it does not say)."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line + 1 if mark is not None else 1


def error_reason(exc: Exception) -> str:
    return str(getattr(exc, "problem", None) or str(exc).splitlines()[0])
