"""Regular expressions compiled once per interpreter, not at every start.

Python compiles a pattern in pure Python (`re`'s parser and code generator), and the
dialogue files hold over two hundred patterns: about 15 ms of every `tutor ask`; the
modules' own patterns, compiled as they are imported, about 20 ms more. What that
work yields, the program that CPython's engine `_sre` runs, depends only on the pattern and
the interpreter, so it is kept as JSON in the cache folder (`tutor.files.jsoncache`),
under a key naming the interpreter, and handed straight to `_sre.compile` at the next start.

A pattern's program is kept only when the pattern built from it equals (same flags, groups
and code) the one `re.compile` made; a copy of the wrong shape, or a program the engine's
own check refuses, or groups that do not fit it, is a miss, and the pattern is compiled as
usual. (Like the index cache, the copy is checked for its shape, not its meaning: a
program changed by hand into another valid one would run as it is.) Where the interpreter
is not CPython, or its internals are not the ones known here, every pattern is simply
compiled.
"""

from __future__ import annotations

import _sre  # the engine
import re
import sys
from array import array
from base64 import b64decode, b64encode
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable

from tutor.files.digest import digest
from tutor.files.jsoncache import read_copy, write_copy

if sys.version_info >= (3, 11):  # the steps before the engine
    from re import _compiler, _parser
else:
    import sre_compile as _compiler
    import sre_parse as _parser

# A pattern's compiled form: the flags, the engine's program (its code words in this
# machine's byte order, as base64 text: JSON reads one string far faster than thousands of
# numbers), the number of groups, the names of the groups and the name (or None) of each
# group by number.
Program = tuple[int, str, int, dict[str, int], list[str | None]]

# The array type holding one code word of the engine.
CODE_WORDS = next((kind for kind in "ILQ" if array(kind).itemsize == getattr(_sre, "CODESIZE", 0)), None)
KEEPS = sys.implementation.name == "cpython" and CODE_WORDS is not None
# The interpreter a program was made by: its exact build, the engine's version, the byte order.
INTERPRETER_KEY = digest(f"{sys.version} {getattr(_sre, 'MAGIC', '')} {getattr(_sre, 'CODESIZE', '')} {sys.byteorder}".encode()).hexdigest()[:24]


@contextmanager
def kept_patterns(cache_dir: Path | None, name: str) -> Iterator[Callable[[str], re.Pattern[str]]]:
    """A `re.compile` for the patterns of the dialogue file `name`, taking each pattern's
    program from the copy in `cache_dir` when it holds it. When the block ends without an
    error and a pattern was missing, the programs of the patterns compiled in it are kept."""
    if cache_dir is None or not KEEPS:
        yield re.compile
        return
    kept: dict[str, Any] = read_copy(cache_dir, f"patterns-{name}", INTERPRETER_KEY, dict[str, Any]) or {}
    programs: dict[str, Program] = {}
    missed = False

    def compile_pattern(pattern: str) -> re.Pattern[str]:
        nonlocal missed
        compiled = from_kept(pattern, kept.get(pattern))
        if compiled is not None:
            programs[pattern] = kept[pattern]
            return compiled
        missed = True
        compiled = re.compile(pattern)
        program = program_of(pattern, compiled)
        if program is not None:
            programs[pattern] = program
        return compiled

    yield compile_pattern
    if missed:
        write_copy(cache_dir, f"patterns-{name}", INTERPRETER_KEY, programs)


@contextmanager
def imported_patterns(cache_dir: Path | None) -> Iterator[None]:
    """Within the block, `re.compile` (and every `re` function given a pattern as text) takes
    the program of each pattern compiled in it from the copy in `cache_dir` when it holds
    it; meant for importing modules, whose patterns are the same at every start. When the
    block ends without an error and a pattern was missing, the programs of the patterns
    compiled in it are kept. Patterns with the DEBUG flag, or not text, are compiled as usual."""
    compile_as_usual = getattr(re, "_compile", None)
    if cache_dir is None or not KEEPS or not callable(compile_as_usual):
        yield
        return
    kept = {(pattern, flags): program for pattern, flags, program in read_copy(cache_dir, "patterns-modules", INTERPRETER_KEY, list[tuple[str, int, Any]]) or []}
    programs: dict[tuple[str, int], Program] = {}
    made: dict[tuple[str, int], re.Pattern[str]] = {}
    missed = False

    def compile_kept(pattern: object, flags: object) -> object:
        nonlocal missed
        if isinstance(flags, re.RegexFlag):
            flags = flags.value
        if type(pattern) is not str or type(flags) is not int or flags & re.DEBUG:
            return compile_as_usual(pattern, flags)
        key = (pattern, flags)
        if key in made:  # asked for again in the block: the same object, as from re's own cache
            return made[key]
        compiled = from_kept(pattern, kept.get(key))
        if compiled is not None:
            made[key] = compiled
            programs[key] = kept[key]
            return compiled
        missed = True
        made[key] = compile_as_usual(pattern, flags)
        program = program_of(pattern, made[key], flags)
        if program is not None:
            programs[key] = program
        return made[key]

    re._compile = compile_kept  # type: ignore[attr-defined]  # what re.compile, re.match, ... call
    try:
        yield
    finally:
        re._compile = compile_as_usual  # type: ignore[attr-defined]
    if missed:
        write_copy(cache_dir, "patterns-modules", INTERPRETER_KEY, [[pattern, flags, program] for (pattern, flags), program in programs.items()])


def program_of(pattern: str, compiled: re.Pattern[str], flags: int = 0) -> Program | None:
    """The program of `pattern` with `flags`, made as `re.compile` makes it, if it builds
    `compiled` again (the program is kept only then)."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        names = [None] * parsed.state.groups
        for group_name, number in parsed.state.groupdict.items():
            names[number] = group_name
        program: Program = (flags | parsed.state.flags, b64encode(array(CODE_WORDS, code).tobytes()).decode("ascii"), parsed.state.groups - 1, dict(parsed.state.groupdict), names)
        rebuilt = from_program(pattern, program)
    except Exception:  # internals other than the ones known here: the pattern is compiled every time
        return None
    # Patterns compare by flags, code and text; the groups are compared too.
    same = rebuilt == compiled and rebuilt.groups == compiled.groups and rebuilt.groupindex == compiled.groupindex
    return program if same else None


def from_kept(pattern: str, program: Any) -> re.Pattern[str] | None:
    """The compiled `pattern` from a program read from a copy, or None when there is none or
    it is no program: the copy's shape is checked here, where each program is built,
    rather than beforehand (about 4 ms of every start)."""
    if program is None:
        return None
    try:
        return from_program(pattern, program)
    except (TypeError, ValueError, OverflowError, RuntimeError):  # RuntimeError: "invalid SRE code"
        return None


def from_program(pattern: str, program: Program) -> re.Pattern[str]:
    """The compiled `pattern` from its program; this checks the groups (TypeError: of the
    wrong kind, ValueError: not fitting each other) and that the code is whole words
    (binascii.Error, a ValueError: not base64), the engine the code itself."""
    flags, encoded, groups, group_numbers, group_names = program
    if type(encoded) is not str:
        raise TypeError("code that is not text")
    code = array(CODE_WORDS)  # type: ignore[arg-type]  # KEEPS: there is one
    code.frombytes(b64decode(encoded, validate=True))  # ValueError: not whole words
    if type(group_numbers) is not dict or type(group_names) is not list or any(name is not None and type(name) is not str for name in group_names):
        raise TypeError("group names and numbers of the wrong kind")
    if len(group_names) != groups + 1 or any(not 0 < number <= groups or group_names[number] != name for name, number in group_numbers.items()):
        raise ValueError("group names and numbers that do not fit")
    return _sre.compile(pattern, flags, code.tolist(), groups, group_numbers, tuple(group_names))
