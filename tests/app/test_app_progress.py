"""The app shows how far indexing has got while the knowledge base loads in the background."""

from __future__ import annotations

from pathlib import Path

import pytest

from app_helpers import wait_for
from tutor.app.app import TutorApp
from tutor.files.paths import knowledge_folders
from tutor.search.knowledge import knowledge_files
from tutor.search.progress import BuildProgress

SIZE = (100, 32)
NOTE = """\
---
id: note-{n}
title: Note {n}
topic: basics
sources: ["Invented for the app's tests"]
---
## Overview
Note {n} is about the spice trade and its envoys.

## Details
The envoys of note {n} met twice.
"""


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    return cache


def recording_headers(app: TutorApp) -> list[str]:
    """Make `app` record the header's subtitle each time it shows progress; returns the list."""
    shown: list[str] = []
    show = app._show_progress

    def record(progress: BuildProgress) -> None:
        show(progress)
        shown.append(app.sub_title)

    app._show_progress = record  # type: ignore[method-assign]
    return shown


async def test_indexing_progress_is_shown_then_the_knowledge_is_ready(tmp_path: Path, own_cache: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    for n in range(3):
        (folder / f"note-{n}.md").write_text(NOTE.format(n=n), encoding="utf-8")
    files = len(knowledge_files(knowledge_folders([folder])))

    app = TutorApp(extra_knowledge_dirs=[folder], watch_interval=None)
    headers = recording_headers(app)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.status == "ready", "the knowledge base ready")
        assert app.tutor is not None
        assert app.load_progress == BuildProgress("done", files, files, len(app.tutor.retriever.chunks))
        assert headers[0] == f"indexing knowledge · 0 of {files:,} files read, 0 chunks"
        assert app.sub_title.startswith("ready · ")

    again = TutorApp(extra_knowledge_dirs=[folder], watch_interval=None)  # the index is cached now
    async with again.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: again.status == "ready", "the knowledge base ready from the cache")
        assert again.load_progress is None and again.tutor is not None and again.tutor.cache_hit
