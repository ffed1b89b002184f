"""The on-disk index cache: hit, miss, invalidation, damaged files."""

from pathlib import Path

from tutor.files.paths import SHIPPED_KNOWLEDGE
from tutor.search.cache import cache_path, fingerprint, open_retriever

DOC = """---
id: note
title: My note
topic: basics
sources: ["me"]
---
## Overview
A note about {word} and summits.
"""


def make_folder(tmp_path: Path, word: str = "bananas") -> Path:
    folder = tmp_path / "kb"
    folder.mkdir(exist_ok=True)
    (folder / "note.md").write_text(DOC.format(word=word), encoding="utf-8")
    return folder


def test_second_open_is_a_hit_with_the_same_answers(tmp_path):
    folders = [SHIPPED_KNOWLEDGE, make_folder(tmp_path)]
    built, hit = open_retriever(folders, tmp_path / "cache")
    assert not hit
    cached, hit = open_retriever(folders, tmp_path / "cache")
    assert hit
    question = built.query_tokens("who negotiated the JCPOA")
    assert [(h.chunk.id, h.score) for h in built.search("", tokens=question).passages] == [
        (h.chunk.id, h.score) for h in cached.search("", tokens=question).passages
    ]
    assert len(cached.documents) == len(built.documents)


def test_editing_a_file_invalidates_the_cache(tmp_path):
    folder = make_folder(tmp_path)
    before = fingerprint([folder])
    open_retriever([folder], tmp_path / "cache")
    make_folder(tmp_path, word="cherries")
    assert fingerprint([folder]) != before
    retriever, hit = open_retriever([folder], tmp_path / "cache")
    assert not hit
    assert retriever.search("cherries").passages
    assert len(list((tmp_path / "cache").glob("index-*.npz"))) == 1  # the stale one is gone


def test_corrupted_cache_is_rebuilt(tmp_path):
    folder = make_folder(tmp_path)
    open_retriever([folder], tmp_path / "cache")
    path = cache_path(tmp_path / "cache", fingerprint([folder]))
    path.write_bytes(b"not an npz at all")
    retriever, hit = open_retriever([folder], tmp_path / "cache")
    assert not hit and retriever.search("bananas").passages
    assert open_retriever([folder], tmp_path / "cache")[1]


def test_unwritable_cache_only_costs_speed(tmp_path):
    folder = make_folder(tmp_path)
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    retriever, hit = open_retriever([folder], blocker)
    assert not hit and retriever.search("bananas").passages
