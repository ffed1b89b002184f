"""The on-disk cache of the parsed knowledge base and its BM25 index.

The cache is keyed by the content of every knowledge file, the order of the folders and
the tokenizer's version, so it is rebuilt exactly when something changed. It is stored as
a NumPy `.npz` archive loaded with `allow_pickle=False`: plain arrays and one JSON
document, never code, so a cache file written by someone else cannot run anything.
"""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from tutor.files.atomic import write_atomic
from tutor.search.bm25 import Index
from tutor.search.glossary import Glossary
from tutor.search.knowledge import Chunk, Document, KnowledgeBase, Problem, knowledge_files, load_knowledge
from tutor.search.retrieval import Retriever
from tutor.search.text import TOKENIZER_VERSION
from tutor.tuning import HEADING_WEIGHT, QUESTION_WEIGHT, TITLE_WEIGHT

# The index changes with these weights, so they are part of the cache key.
FIELD_WEIGHTS = (TITLE_WEIGHT, HEADING_WEIGHT, QUESTION_WEIGHT)

CACHE_FORMAT = "3"
_ARRAYS = ("idf", "offsets", "post_chunks", "post_tf", "doc_len")


def fingerprint(folders: list[Path]) -> str:
    """A hash of everything the index depends on."""
    digest = hashlib.sha256(f"format {CACHE_FORMAT} tokenizer {TOKENIZER_VERSION} fields {FIELD_WEIGHTS}\n".encode())
    for folder in folders:
        digest.update(f"folder {folder.resolve()}\n".encode())
    for path in knowledge_files(folders):
        try:
            data = path.read_bytes()
        except OSError:
            data = b"<unreadable>"
        digest.update(f"file {path.resolve()} {len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()


def cache_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"index-{key[:24]}.npz"


def index_fields(index: Index) -> tuple[dict, dict[str, np.ndarray]]:
    """The BM25 index as the cache stores it: JSON fields for the metadata, plain arrays."""
    meta = {"terms": index.terms, "avgdl": index.avgdl, "k1": index.k1, "b": index.b}
    arrays = {name: getattr(index, name) for name in _ARRAYS}
    # Term frequencies are whole numbers: stored as the smallest unsigned integer type that
    # holds them (usually one byte instead of eight); `Index` turns them back into float64.
    tf = arrays["post_tf"]
    if len(tf) == 0 or (tf.min() >= 0 and np.array_equal(tf, np.trunc(tf))):
        arrays["post_tf"] = tf.astype(np.min_scalar_type(int(tf.max()) if len(tf) else 0))
    return meta, arrays


def write_archive(path: Path, meta: dict, arrays: dict[str, np.ndarray]) -> None:
    """Write JSON metadata and arrays as one `.npz` archive at `path`, atomically."""
    buffer = io.BytesIO()
    np.savez(buffer, meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8), **arrays)
    write_atomic(path, buffer.getvalue())


def read_arrays(archive: Any) -> dict[str, np.ndarray]:
    """The index arrays of an open archive (`np.load(path, allow_pickle=False)`)."""
    return {name: archive[name] for name in _ARRAYS}


def index_from_fields(meta: dict, arrays: dict[str, np.ndarray]) -> Index:
    """The BM25 index from the metadata and arrays `index_fields` gave."""
    return Index(meta["terms"], avgdl=meta["avgdl"], k1=meta["k1"], b=meta["b"], **arrays)


def save(path: Path, retriever: Retriever, key: str) -> None:
    """Write the retriever's knowledge base and index to `path` atomically."""
    kb = retriever.kb
    meta = {
        "key": key,
        "documents": [
            {**{k: v for k, v in asdict(doc).items() if k != "chunks"}, "path": str(doc.path), "chunks": [asdict(c) for c in doc.chunks]}
            for doc in kb.documents.values()
        ],
        "glossary": kb.glossary.groups,
        "glossary_matcher": kb.glossary.export_matcher(retriever.tokenizer.stem),
        "problems": [{**asdict(p), "path": str(p.path)} for p in kb.problems],
        "word_counts": retriever.word_counts,
        "common_words": sorted(retriever.common_words),
    }
    index_meta, arrays = index_fields(retriever.index)
    write_archive(path, {**meta, **index_meta}, arrays)


def load(path: Path, key: str) -> Retriever | None:
    """The cached retriever at `path`, or None when it is missing, stale or damaged."""
    try:
        with np.load(path, allow_pickle=False) as archive:
            meta = json.loads(archive["meta"].tobytes().decode("utf-8"))
            if meta.get("key") != key:
                return None
            arrays = read_arrays(archive)
        kb = KnowledgeBase(
            documents={},
            glossary=Glossary(meta["glossary"]),
            problems=[Problem(Path(p["path"]), p["line"], p["message"], p["severity"]) for p in meta["problems"]],
        )
        for entry in meta["documents"]:
            chunks = [Chunk(**c) for c in entry.pop("chunks")]
            doc = Document(**{**entry, "path": Path(entry["path"])})
            doc.chunks = chunks
            kb.documents[doc.id] = doc
        kb.glossary.load_matcher(meta["glossary_matcher"])
        index = index_from_fields(meta, arrays)
        return Retriever(kb, index, meta["word_counts"], set(meta["common_words"]))
    except (OSError, ValueError, KeyError, TypeError, json.JSONDecodeError, UnicodeDecodeError, EOFError):
        # Missing, truncated, corrupted or from another version: rebuild instead.
        return None


def open_retriever(folders: list[Path], cache_dir: Path | None) -> tuple[Retriever, bool]:
    """A retriever for `folders`, from the cache when it is current; also whether it was a hit."""
    key = fingerprint(folders)
    path = cache_path(cache_dir, key) if cache_dir is not None else None
    if path is not None:
        cached = load(path, key)
        if cached is not None:
            return cached, True
    retriever = Retriever.build(load_knowledge(folders))
    if path is not None:
        try:
            save(path, retriever, key)
            for old in cache_dir.glob("index-*.npz"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only or full disk only costs speed
    return retriever, False
