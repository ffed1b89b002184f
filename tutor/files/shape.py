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
from collections.abc import Iterable
from itertools import chain
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints, is_typeddict


def shape_error(value: object, hint: Any) -> str | None:
    """None when `value` has the shape `hint` describes, else where and how it differs."""
    error = _error(value, hint)
    if error is None:
        return None
    where, message = error
    return f"{where.removeprefix('.') or 'the top level'}: {message}"


def _error(value: object, hint: Any) -> tuple[str, str] | None:
    """(where, what) for the first place `value` differs from `hint`; `where` is built only
    on the way back from a difference, since cached files hold thousands of values."""
    if type(value) is hint:
        return None  # the common case first: a plain value of the plain type asked for
    origin, args = _parts(hint)
    if hint is Any:
        return None
    if origin in (Union, types.UnionType):
        errors = [_error(value, option) for option in args]
        return None if None in errors else errors[0]
    if hint is None or hint is type(None):
        return None if value is None else ("", "expected nothing (null)")
    if origin is Literal:
        return None if value in args else ("", f"expected one of {', '.join(map(repr, args))}")
    if origin is list:
        if not isinstance(value, list):
            return "", "expected a list"
        (item,) = args
        if _all_fit(value, item):
            return None
        return _first((f"[{i}]", _error(v, item)) for i, v in enumerate(value))
    if origin is tuple:
        if not isinstance(value, (list, tuple)) or len(value) != len(args):
            return "", f"expected a list of {len(args)}"
        return _first((f"[{i}]", _error(v, item)) for i, (v, item) in enumerate(zip(value, args)))
    if origin is dict:
        if not isinstance(value, dict):
            return "", "expected a mapping"
        key_hint, item = args
        if set(map(type, value)) <= {key_hint} and _all_fit(list(value.values()), item):
            return None
        return _first((f".{k}", _error(k, key_hint) or _error(v, item)) for k, v in value.items())
    if _is_record(hint):
        return _record_error(value, hint)
    if hint is Path:
        hint = str
    if hint in (int, float) and isinstance(value, bool):
        return "", f"expected a {_NAMES[hint]}"
    expected: type | tuple[type, ...] = (int, float) if hint is float else hint
    return None if isinstance(value, expected) else ("", f"expected {_NAMES.get(hint, hint.__name__)}")


_NAMES = {str: "text", int: "whole number", float: "number", bool: "true or false"}


def _all_fit(values: list, item: Any) -> bool:
    """Whether every one of `values` fits `item`, told at C speed where `item` is a plain
    type (word lists are long), a union or list of plain types, a tuple or a record (a field
    at a time for all the values: a list of records takes a few checks, not some for each).
    False also where it cannot tell: the values are then looked at one by one, which also
    tells where they differ."""
    kinds = set(map(type, values))
    if kinds <= {item}:
        return True
    origin, args = _parts(item)
    if origin in (Union, types.UnionType):
        return kinds <= set(args)
    if origin is list:
        return kinds <= {list} and set(map(type, chain.from_iterable(values))) <= set(args)
    if origin is tuple:
        if not kinds <= {list, tuple} or not set(map(len, values)) <= {len(args)}:
            return False
        return all(_error(list(field), list[hint]) is None for field, hint in zip(zip(*values), args))
    if not _is_record(item) or not kinds <= {dict}:
        return False
    hints, required, closed = _fields(item)
    keys = set().union(*values)
    if (closed and not keys <= hints.keys()) or not all(required <= value.keys() for value in values):
        return False
    return all(_error([value[key] for value in values if key in value], list[hint]) is None for key, hint in hints.items())


def _record_error(value: object, hint: Any) -> tuple[str, str] | None:
    """A TypedDict or a dataclass as a mapping: every required key present, every key known in shape."""
    if not isinstance(value, dict):
        return "", "expected a mapping"
    hints, required, closed = _fields(hint)
    keys = value.keys()
    if closed and not keys <= hints.keys():
        return "", f"unknown field '{sorted(map(str, keys - hints.keys()))[0]}'"
    if not required <= keys:
        return "", f"missing '{sorted(required - keys)[0]}'"
    return _first((f".{key}", _error(value[key], field_hint)) for key, field_hint in hints.items() if key in value and type(value[key]) is not field_hint)


def _first(errors: Iterable[tuple[str, tuple[str, str] | None]]) -> tuple[str, str] | None:
    """The first difference, its place prefixed with the step that led to it."""
    for step, error in errors:
        if error is not None:
            return step + error[0], error[1]
    return None


@functools.cache
def _parts(hint: Any) -> tuple[Any, tuple[Any, ...]]:
    """A hint's origin and arguments, worked out once: cached files hold thousands of values."""
    return get_origin(hint), get_args(hint)


@functools.cache
def _is_record(hint: Any) -> bool:
    return is_typeddict(hint) or dataclasses.is_dataclass(hint)


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


