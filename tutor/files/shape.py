"""Checking that JSON-shaped data has the shape a type hint describes.

Cached files are read back without being trusted: data of the wrong shape must be caught
where it is read, not as a `KeyError` deep in the code that uses it. The hints understood
are the ones the tutor's data is typed with: `str`, `int`, `float`, `bool`, `None`, `Any`,
unions, `list[...]`, `tuple[...]` (a JSON list of that length), `dict[..., ...]`, `Literal[...]`, TypedDicts, and dataclasses in the
form `dataclasses.asdict` gives them (a `Path` field as text).
"""

from __future__ import annotations

import dataclasses
import functools
import types
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints, is_typeddict


def shape_error(value: object, hint: Any, where: str = "") -> str | None:
    """None when `value` has the shape `hint` describes, else where and how it differs."""
    if type(value) is hint:
        return None  # the common case first: a plain value of the plain type asked for
    at = where or "the top level"
    origin = get_origin(hint)
    if hint is Any:
        return None
    if origin in (Union, types.UnionType):
        errors = [shape_error(value, option, where) for option in get_args(hint)]
        return None if None in errors else errors[0]
    if hint is None or hint is type(None):
        return None if value is None else f"{at}: expected nothing (null)"
    if origin is Literal:
        return None if value in get_args(hint) else f"{at}: expected one of {', '.join(map(repr, get_args(hint)))}"
    if origin is list:
        if not isinstance(value, list):
            return f"{at}: expected a list"
        (item,) = get_args(hint)
        if set(map(type, value)) <= {item}:
            return None  # plain values of the plain type asked for, checked at C speed: word lists are long
        return _first(shape_error(v, item, f"{where}[{i}]") for i, v in enumerate(value))
    if origin is tuple:
        items = get_args(hint)
        if not isinstance(value, (list, tuple)) or len(value) != len(items):
            return f"{at}: expected a list of {len(items)}"
        return _first(shape_error(v, item, f"{where}[{i}]") for i, (v, item) in enumerate(zip(value, items)))
    if origin is dict:
        if not isinstance(value, dict):
            return f"{at}: expected a mapping"
        key_hint, item = get_args(hint)
        if set(map(type, value)) <= {key_hint} and set(map(type, value.values())) <= {item}:
            return None  # plain keys and values, checked at C speed
        return _first(shape_error(k, key_hint, _child(where, k)) or shape_error(v, item, _child(where, k)) for k, v in value.items())
    if is_typeddict(hint) or dataclasses.is_dataclass(hint):
        return _record_error(value, hint, where)
    if hint is Path:
        hint = str
    if hint in (int, float) and isinstance(value, bool):
        return f"{at}: expected a {_NAMES[hint]}"
    expected: type | tuple[type, ...] = (int, float) if hint is float else hint
    return None if isinstance(value, expected) else f"{at}: expected {_NAMES.get(hint, hint.__name__)}"


_NAMES = {str: "text", int: "whole number", float: "number", bool: "true or false"}


def _record_error(value: object, hint: Any, where: str) -> str | None:
    """A TypedDict or a dataclass as a mapping: every required key present, every key known in shape."""
    at = where or "the top level"
    if not isinstance(value, dict):
        return f"{at}: expected a mapping"
    hints, required, closed = _fields(hint)
    keys = value.keys()
    if closed and not keys <= hints.keys():
        return f"{at}: unknown field '{sorted(map(str, keys - hints.keys()))[0]}'"
    if not required <= keys:
        return f"{at}: missing '{sorted(required - keys)[0]}'"
    for key, field_hint in hints.items():
        if key in value and type(value[key]) is not field_hint:
            error = shape_error(value[key], field_hint, _child(where, key))
            if error is not None:
                return error
    return None


@functools.cache
def _fields(hint: Any) -> tuple[dict[str, Any], frozenset[str], bool]:
    """A record type's field hints, its required fields, and whether other keys are refused.

    A dataclass is closed (its constructor refuses other fields); a TypedDict is open, so a
    data file may carry keys the code does not read yet.
    """
    hints = get_type_hints(hint)
    if is_typeddict(hint):
        return hints, frozenset(hint.__required_keys__), False
    fields = dataclasses.fields(hint)
    required = frozenset(f.name for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
    return hints, required, True


def _child(where: str, key: object) -> str:
    return f"{where}.{key}" if where else str(key)


def _first(errors: Any) -> str | None:
    return next((error for error in errors if error is not None), None)
