"""Fixtures for the app's tests: apps over the shared loaded tutor, and over a small fixed
knowledge base for snapshots (so that snapshots do not change when the shipped knowledge
or the answer wording does)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.answering.engine import Tutor

SNAPSHOT_KNOWLEDGE = Path(__file__).parent / "snapshot_knowledge"


@pytest.fixture(scope="session")
def snapshot_tutor() -> Tutor:
    """A tutor over six fixed documents, with fixed example questions."""
    tutor = Tutor.load([SNAPSHOT_KNOWLEDGE], use_cache=False)
    tutor.templates = {**tutor.templates, "starter_questions": ["What is track one diplomacy?", "What was the Peace of Example?", "Who takes part in track one diplomacy?"]}
    return tutor


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    """The app's data folder inside this test's temporary data home."""
    return isolated_dirs / "diplomacy-tutor"
