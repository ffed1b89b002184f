"""The methods `dataclasses` writes for each class, compiled once per interpreter.

`@dataclass` writes the source of each class's `__init__`, `__repr__`, `__eq__` ... as
text and compiles it as the class is made: some 120 functions for the classes a
`tutor ask` imports, about 7 ms of every start. What compiling yields, a code object,
depends only on that text and the interpreter, so it is kept (marshalled, as base64 text)
in the cache folder under a key naming the interpreter, and run instead of the text at the
next start; the class is then made exactly as before.

The copy holds code to run, so it is read only when it is the learner's own: a file owned by
the user running the tutor that no one else may write (the tutor writes it so), as Python
trusts its own byte-code cache. Each code object is kept with a digest of its source and its
bytes, so a damaged copy (a changed byte, a cut-off file) is a miss, compiled as usual and
written over; and a block that fails after taking kept code removes the copy, so a copy that
passed those checks and still broke a class is not read again. Where the interpreter is not
CPython, or has no notion of a file's owner, every method is simply compiled.
"""

from __future__ import annotations

import dataclasses
import marshal
import os
import sys
from base64 import b64decode, b64encode
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType
from typing import Any

from tutor.files.digest import digest
from tutor.files.jsoncache import copy_path, read_copy, remove_copy, write_copy

KEEPS = sys.implementation.name == "cpython" and hasattr(os, "geteuid")
NAME = "methods-modules"
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
    kept = dict(read_copy(cache_dir, NAME, INTERPRETER_KEY, list[tuple[str, str]]) or []) if owned(copy_path(cache_dir, NAME, INTERPRETER_KEY)) else {}
    codes: dict[str, str] = {}
    missed = used_kept = False

    def kept_exec(source: Any, globals: Any = None, locals: Any = None) -> None:
        """`exec` as `dataclasses` calls it, with the code of a kept `source`."""
        nonlocal missed, used_kept
        if type(source) is str:
            code = from_kept(source, kept.get(source))
            if code is None:
                missed = True
                code = compile(source, "<string>", "exec", dont_inherit=True)  # as exec compiles it: no __future__ of this module
                codes[source] = encoded(source, code)
            else:
                used_kept = True
                codes[source] = kept[source]
            source = code
        exec(source, globals, locals)

    before = vars(dataclasses).get("exec")  # another block's, when one is open
    dataclasses.exec = kept_exec  # type: ignore[attr-defined]  # read before the built-in: the name dataclasses calls
    try:
        yield
    except BaseException:
        if used_kept:
            remove_copy(cache_dir, NAME, INTERPRETER_KEY)
        raise
    finally:
        if before is None:
            del dataclasses.exec  # type: ignore[attr-defined]
        else:
            dataclasses.exec = before  # type: ignore[attr-defined]
    if missed:
        write_copy(cache_dir, NAME, INTERPRETER_KEY, list(codes.items()))


def owned(path: Path) -> bool:
    """Whether the file is the running user's and no one else may write it (False when missing)."""
    try:
        status = path.stat()
    except OSError:
        return False
    return status.st_uid == os.geteuid() and not status.st_mode & 0o022


def encoded(source: str, code: CodeType) -> str:
    """A code object as the copy keeps it: a digest of its source and its bytes, then the bytes as base64."""
    data = marshal.dumps(code)
    return f"{_digest(source, data)} {b64encode(data).decode('ascii')}"


def from_kept(source: str, kept: Any) -> CodeType | None:
    """The code object of `source` a copy holds (see `encoded`), or None when there is none, it
    is damaged (its digest does not fit) or it is no code."""
    if type(kept) is not str:
        return None
    check, _, text = kept.partition(" ")
    try:
        data = b64decode(text, validate=True)
        if check != _digest(source, data):
            return None
        code = marshal.loads(data)
    except Exception:  # binascii.Error (a ValueError), EOFError, TypeError, SystemError: bytes no marshal wrote
        return None
    return code if type(code) is CodeType else None


def _digest(source: str, data: bytes) -> str:
    return digest(source.encode("utf-8") + b"\0" + data, digest_size=16).hexdigest()
