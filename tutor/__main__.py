"""`python -m tutor` runs the same command line as the `tutor` script."""

from tutor.cli.main import script

raise SystemExit(script())
