"""What the `tutor` sub-commands share: usage errors, the argument parser, knowledge options,
loading the tutor with its warnings, and telling a learner of a bug in one line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from tutor.answering.engine import Tutor
from tutor.cli.progress import progress_on_stderr
from tutor.files.dialogues import DialogueError
from tutor.files.paths import knowledge_folders


class UsageError(Exception):
    """A mistake in how the command was called; reported in one line with exit code 2."""


class Parser(argparse.ArgumentParser):
    """argparse, but usage errors are one line ("tutor ask: error: ...") and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def knowledge_options(args: argparse.Namespace) -> list[Path]:
    """The --knowledge folders given before and after the sub-command (and before a kb
    action); each must exist."""
    given = ("global_knowledge", "kb_knowledge", "knowledge")
    folders = [folder for name in given for folder in getattr(args, name, None) or []]
    for folder in folders:
        if not folder.is_dir():
            raise UsageError(f"knowledge folder not found: {folder}")
    return folders


def load_tutor(args: argparse.Namespace) -> Tutor:
    """Load the tutor and tell (on stderr) which knowledge files were skipped and why."""
    try:
        with progress_on_stderr():
            tutor = Tutor.load(knowledge_folders(knowledge_options(args)))
    except DialogueError as exc:
        raise UsageError(str(exc)) from None
    for problem in tutor.problems:
        if problem.severity == "error":
            print(f"tutor: skipped {problem}", file=sys.stderr)
    return tutor


def tell_failure(error: Exception, asked: str) -> None:
    """Log a bug met answering `asked` (`tutor.files.failure_log`) and say so on stderr in one
    line, never a traceback."""
    # Imported here, not at the top: its traceback and datetime modules would slow every `tutor ask`.
    from tutor.files.failure_log import failure_line

    print(f"tutor: {failure_line(error, asked)}", file=sys.stderr, flush=True)
