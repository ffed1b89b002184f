"""Shared test fixtures: every test gets its own data folder; the index cache and the
loaded tutor are shared within a test run because building them is the slow part."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.answering.engine import Tutor

from tutor.files.paths import knowledge_folders
from tutor.lessons.dialogue import SHUFFLER


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, shared_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the platform data, state and cache folders at temporary ones for every test."""
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared_cache))
    monkeypatch.delenv("TUTOR_KNOWLEDGE", raising=False)
    return data


@pytest.fixture(autouse=True)
def repeatable_shuffles() -> None:
    """Choices are shuffled at every showing; the same order every run keeps snapshots stable
    (tests still find a choice's letter from the order shown, never assume it)."""
    SHUFFLER.seed(12)


@pytest.fixture(scope="session")
def tutor(tmp_path_factory: pytest.TempPathFactory) -> Tutor:
    """The tutor over the shipped knowledge base, loaded once per test run."""
    import os

    cache = tmp_path_factory.mktemp("tutor-cache")
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(cache)
    try:
        return Tutor.load(knowledge_folders(include_user=False))
    finally:
        if old is None:
            os.environ.pop("XDG_CACHE_HOME", None)
        else:
            os.environ["XDG_CACHE_HOME"] = old
