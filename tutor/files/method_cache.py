"""The methods `dataclasses` writes for each class, compiled once per interpreter.

`@dataclass` writes the source of each class's `__init__`, `__repr__`, `__eq__` ... as
text and compiles it as the class is made: some 120 functions for the classes a
`tutor ask` imports, about 7 ms of every start. What compiling yields, a code object,
depends only on that text and the interpreter, so it is kept (marshalled, as base64 text)
in the cache folder under a key naming the interpreter, and run instead of the text at the
next start; the class is then made exactly as before.

The copy is trusted as Python trusts its own byte-code cache (`__pycache__`): it lies in
the learner's own cache folder and only the tutor writes it; one unreadable, damaged or
holding something other than code is a miss, compiled as usual and written over. Where the
interpreter is not CPython, every method is simply compiled.
"""

from __future__ import annotations

import dataclasses
import marshal
import sys
from base64 import b64decode, b64encode
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType
from typing import Any

from tutor.files.digest import digest
from tutor.files.jsoncache import read_copy, write_copy

KEEPS = sys.implementation.name == "cpython"
# The interpreter a code object was made by: its exact build and its marshal format.
INTERPRETER_KEY = digest(f"{sys.version} {sys.implementation.cache_tag} {marshal.version}".encode()).hexdigest()[:24]


@contextmanager
def imported_methods(cache_dir: Path | None) -> Iterator[None]:
    """Within the block, the methods of each dataclass made in it are taken from the copy in
    `cache_dir` when it holds their source; meant for importing modules, whose classes are
    the same at every start. When the block ends without an error and a source was missing,
    the code of every source compiled in it is kept."""
    if cache_dir is None or not KEEPS:
        yield
        return
    kept = dict(read_copy(cache_dir, "methods-modules", INTERPRETER_KEY, list[tuple[str, str]]) or [])
    codes: dict[str, str] = {}
    missed = False

    def kept_exec(source: Any, globals: Any = None, locals: Any = None) -> None:
        """`exec` as `dataclasses` calls it, with the code of a kept `source`."""
        nonlocal missed
        if type(source) is str:
            code = from_kept(kept.get(source))
            if code is None:
                missed = True
                code = compile(source, "<string>", "exec", dont_inherit=True)  # as exec compiles it: no __future__ of this module
                codes[source] = b64encode(marshal.dumps(code)).decode("ascii")
            else:
                codes[source] = kept[source]
            source = code
        exec(source, globals, locals)

    dataclasses.exec = kept_exec  # type: ignore[attr-defined]  # read before the built-in: the name dataclasses calls
    try:
        yield
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]
    if missed:
        write_copy(cache_dir, "methods-modules", INTERPRETER_KEY, list(codes.items()))


def from_kept(encoded: Any) -> CodeType | None:
    """The code object a copy holds as base64 text, or None when there is none or it is no code."""
    if type(encoded) is not str:
        return None
    try:
        code = marshal.loads(b64decode(encoded, validate=True))
    except (ValueError, EOFError, TypeError):  # binascii.Error is a ValueError
        return None
    return code if type(code) is CodeType else None
