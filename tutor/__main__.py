"""`python -m tutor` runs the same command line as the `tutor` script."""

from tutor.cli.script import run

raise SystemExit(run())
