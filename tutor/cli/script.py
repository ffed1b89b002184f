"""The `tutor` script and `python -m tutor`: the command line as a process of its own.

What a process can skip that a caller of `tutor.cli.main.main` in process cannot: the
command line's modules, classes and functions live as long as the process, so they are
imported with the garbage collector waiting and then frozen (`gc.freeze`): no collection
passes over them, during the import or after (about 4 ms of every `tutor ask`). All that
the run made is frozen too before the interpreter shuts down, so the shutdown's
collections pass over none of it (it goes with the process anyway): 10-15 ms more. Open
files and the learner's database are closed by then, each write committed as it was made.
The regular expressions the modules compile as they are imported, and the methods their
dataclasses write, come from the copy of their compiled form in the cache folder
(`tutor.files.regex_cache.imported_patterns`, `tutor.files.method_cache.imported_methods`).
"""

from __future__ import annotations

import gc
from pathlib import Path

from tutor.files.method_cache import imported_methods
from tutor.files.paths import HomeError, settle_home, user_cache_dir
from tutor.files.regex_cache import imported_patterns


def run() -> int:
    """Run the command line on `sys.argv`; the exit status."""
    gc.disable()
    try:
        cache_dir = cache_folder()
        with imported_patterns(cache_dir), imported_methods(cache_dir):
            from tutor.cli.main import main  # here, with the collector waiting

        gc.freeze()
    finally:
        gc.enable()
    status = main()
    gc.freeze()
    return status


def cache_folder() -> Path | None:
    """The cache folder, or None when there is no home to find it in (the command line
    then says so)."""
    try:
        settle_home()
    except HomeError:
        return None
    return user_cache_dir()
