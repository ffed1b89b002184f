"""Ship the repository's `knowledge/` and `dialogues/` inside the package.

They stay at the repository's root (the product's fixed layout, and what authors edit).
When a wheel is built (`pip install .`, `pip wheel .`, `pipx install`), `build_py` copies
them into the built package as `tutor/shipped/knowledge` and `tutor/shipped/dialogues`,
where `tutor.files.paths.shipped_folder` finds them beside the modules. An
editable install copies nothing: the tutor then reads the root folders directly.
Everything else about the build is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = ("knowledge", "dialogues")


class BuildWithShippedData(build_py):
    """build_py, plus a fresh copy of the shipped data folders inside the package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the root folders themselves
        for name in SHIPPED:
            target = Path(self.build_lib) / "tutor" / "shipped" / name
            shutil.rmtree(target, ignore_errors=True)  # no stale files from an earlier build
            shutil.copytree(ROOT / name, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))


setup(cmdclass={"build_py": BuildWithShippedData})
