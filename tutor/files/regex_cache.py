"""Regular expressions of the dialogue files compiled once per interpreter, not at every start.

Python compiles a pattern in pure Python (`re`'s parser and code generator), and the
dialogue files hold over two hundred patterns: about 15 ms of every `tutor ask`. What that
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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from tutor.files.digest import digest
from tutor.files.jsoncache import read_copy, write_copy

if sys.version_info >= (3, 11):  # the steps before the engine
    from re import _compiler, _parser
else:
    import sre_compile as _compiler
    import sre_parse as _parser

# A pattern's compiled form: the flags, the engine's program, the number of groups, the
# names of the groups and the name (or None) of each group by number.
Program = tuple[int, list[int], int, dict[str, int], list[str | None]]

KEEPS = sys.implementation.name == "cpython"
# The interpreter a program was made by: its exact build and the engine's version.
INTERPRETER_KEY = digest(f"{sys.version} {getattr(_sre, 'MAGIC', '')} {getattr(_sre, 'CODESIZE', '')}".encode()).hexdigest()[:24]


@contextmanager
def kept_patterns(cache_dir: Path | None, name: str) -> Iterator[Callable[[str], re.Pattern[str]]]:
    """A `re.compile` for the patterns of the dialogue file `name`, taking each pattern's
    program from the copy in `cache_dir` when it holds it. When the block ends without an
    error and a pattern was missing, the programs of the patterns compiled in it are kept."""
    if cache_dir is None or not KEEPS:
        yield re.compile
        return
    kept: dict[str, Program] = read_copy(cache_dir, f"patterns-{name}", INTERPRETER_KEY, dict[str, Program]) or {}
    programs: dict[str, Program] = {}
    missed = False

    def compile_pattern(pattern: str) -> re.Pattern[str]:
        nonlocal missed
        if pattern in kept:
            try:
                compiled = from_program(pattern, kept[pattern])
                programs[pattern] = kept[pattern]
                return compiled
            except (TypeError, ValueError, OverflowError, RuntimeError):  # RuntimeError: "invalid SRE code"
                pass
        missed = True
        compiled = re.compile(pattern)
        program = program_of(pattern, compiled)
        if program is not None:
            programs[pattern] = program
        return compiled

    yield compile_pattern
    if missed:
        write_copy(cache_dir, f"patterns-{name}", INTERPRETER_KEY, programs)


def program_of(pattern: str, compiled: re.Pattern[str]) -> Program | None:
    """The program of `pattern`, made as `re.compile` makes it, if it builds `compiled` again
    (the program is kept only then)."""
    try:
        parsed = _parser.parse(pattern, 0)
        code = _compiler._code(parsed, 0)
        names = [None] * parsed.state.groups
        for group_name, number in parsed.state.groupdict.items():
            names[number] = group_name
        program: Program = (parsed.state.flags, code, parsed.state.groups - 1, dict(parsed.state.groupdict), names)
        rebuilt = from_program(pattern, program)
    except Exception:  # internals other than the ones known here: the pattern is compiled every time
        return None
    # Patterns compare by flags, code and text; the groups are compared too.
    same = rebuilt == compiled and rebuilt.groups == compiled.groups and rebuilt.groupindex == compiled.groupindex
    return program if same else None


def from_program(pattern: str, program: Program) -> re.Pattern[str]:
    """The compiled `pattern` from its program; the engine checks the code first, this the
    groups (ValueError: groups that do not fit each other)."""
    flags, code, groups, group_numbers, group_names = program
    if len(group_names) != groups + 1 or any(not 0 < number <= groups or group_names[number] != name for name, number in group_numbers.items()):
        raise ValueError("group names and numbers that do not fit")
    return _sre.compile(pattern, flags, code, groups, group_numbers, tuple(group_names))
