"""The on-disk cache of the parsed knowledge base and its BM25 index.

The cache is keyed by the bytes of every knowledge file as they were read for the index
(each file is read once), the order of the folders and the tokenizer's version, so it is
rebuilt exactly when something changed, and a file changed while the index was being
built cannot leave the old text behind. It is stored as a NumPy `.npz` archive of plain
arrays and one JSON document, never code. Nothing in it is trusted: the zip directory is
checked against what the knowledge files could produce before anything is read, then
every array's type and shape and the JSON's shape are checked; a cache that fails any
check is a miss, and the index is built again and written over it atomically.

The archive is read without NumPy (the `.npy` headers the tutor writes are matched
exactly, the numbers viewed through `memoryview`), and a small knowledge base (at most
`SMALL_INDEX_CHUNKS` chunks, as the shipped one) is searched through
`tutor.search.small_index`, so that a cached `tutor ask` never imports NumPy; a larger one
gets NumPy arrays and `tutor.search.bm25.Index`.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import replace
from itertools import accumulate, compress
from operator import ge, le
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypedDict

from tutor.files.atomic import write_atomic
from tutor.files.digest import digest
from tutor.files.shape import shape_error
from tutor.safe_text import has_control_characters
from tutor.search import bound_words
from tutor.search.glossary import Glossary
from tutor.search.progress import BuildProgress, report
from tutor.search.knowledge import TITLE_BRACKET, Document, KnowledgeBase, Problem, Sources, read_sources
from tutor.search.retrieval import TITLE_PARTS, Retriever, TitleTokens
from tutor.search.small_index import SmallIndex
from tutor.search.stored import StoredChunks
from tutor.search.text import TOKENIZER_VERSION
from tutor.tuning import BOUND_MAX_CHUNKS, BOUND_MIN_USES, BOUND_SHARE, HEADING_WEIGHT, QUESTION_WEIGHT, SMALL_INDEX_CHUNKS, TITLE_WEIGHT

if TYPE_CHECKING:
    import numpy as np

    from tutor.search.bm25 import Index

# The index changes with these weights, so they are part of the cache key.
FIELD_WEIGHTS = (TITLE_WEIGHT, HEADING_WEIGHT, QUESTION_WEIGHT)
# So do the bound words the cache keeps with the rule that finds them: its module's source
# (no version number to remember to change with it) and its constants.
BOUND_RULE = (digest(Path(bound_words.__file__).read_bytes()).hexdigest()[:16], BOUND_MIN_USES, BOUND_SHARE, BOUND_MAX_CHUNKS)
# And the title tokens it keeps with the patterns that make a short title and split it into its subjects.
TITLE_RULE = (TITLE_BRACKET.pattern, TITLE_PARTS.pattern)

CACHE_FORMAT = "7"
# The types each array may have when read back: what `save` writes (term frequencies are
# stored as the smallest unsigned type that holds them, or as float64).
INDEX_DTYPES = {
    "meta": ("u1",),
    "idf": ("f8",),
    "offsets": ("i8",),
    "post_chunks": ("i4",),
    "post_tf": ("u1", "u2", "u4", "u8", "f8"),
    "doc_len": ("i8",),
}
# The whole cache: the index, and the chunks' lines and texts (`tutor.search.stored`).
_DTYPES = {**INDEX_DTYPES, "chunk_lines": ("i8",), "text_ends": ("i8",), "texts": ("u1",)}
# What an ASCII text the tutor writes may hold: printable characters, newlines and tabs.
SAFE_ASCII = bytes(range(0x20, 0x7F)) + b"\n\t"
# The header of a one-dimensional `.npy` array as NumPy writes it (version 1.0), and the
# `memoryview` format of each type the cache holds.
NPY_HEADER = re.compile(rb"\x93NUMPY\x01\x00(..)\{'descr': '([<>|])([uif][1248])', 'fortran_order': False, 'shape': \((\d+),\), \} *\n", re.DOTALL)
NPY_FORMATS = {"u1": "B", "u2": "H", "u4": "I", "u8": "Q", "i4": "i", "i8": "q", "f8": "d"}
NATIVE_ORDER = "<" if sys.byteorder == "little" else ">"

# How large a cache the knowledge files could produce. Its JSON holds their text (JSON
# escapes at most triple non-ASCII text; each chunk repeats its document's title), its
# arrays a few bytes per token; the shipped knowledge gives about 2 bytes of cache per byte
# read. The fixed part is the list of common English words (about 200 KB), which does not
# come from the knowledge files. Anything larger is not the tutor's cache.
CACHE_BYTES_PER_SOURCE_BYTE = 32
CACHE_FIXED_BYTES = 8 * 1024 * 1024


# What json.dumps (ASCII-only, its default) writes for a character that safe() removes:
# C0 controls other than newline and tab (which it writes as \n and \t), DEL, C1, bidi
# marks, zero-width characters.
ESCAPED_CONTROL = re.compile(r"\\u(?:00[01][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|061[cC]|200[b-fB-F]|202[8-9a-eA-E]|206[6-9]|[fF][eE][fF][fF])")


class DamagedCache(ValueError):
    """The cache file is not one the tutor wrote for these knowledge files."""


class DocumentRecord(TypedDict):
    """A document as the cache stores it: `Document`'s fields, and how many chunks it has
    (they follow the previous document's in the chunk lists and arrays)."""

    id: str
    title: str
    topic: str
    sources: list[str]
    path: str
    tags: list[str]
    related: list[str]
    year: int | None
    summary: str
    replaces: str | None
    chunks: int


class ProblemRecord(TypedDict):
    path: str
    line: int
    message: str
    severity: str


class CacheMeta(TypedDict):
    """The JSON document of the cache archive."""

    key: str
    documents: list[DocumentRecord]
    chunk_ids: list[str]
    sections: list[str]
    questions: dict[str, list[str]]  # by chunk number, for the chunks whose section has some
    glossary: list[list[str]]
    glossary_matcher: list[list]  # entries [[stem, ...], token, exact or None]: see `matcher_is_sound`
    problems: list[ProblemRecord]
    word_counts: dict[str, int]
    common_words: list[str]
    keyness: dict[str, float]  # each term's, see tutor.search.keyness
    bound: dict[str, tuple[Literal[-1, 1], list[str]]]  # each bound term's side and neighbours, see tutor.search.bound_words
    titles: list[TitleTokens]  # each document's title tokens, see `Retriever.title_tokens`
    terms: list[str]
    avgdl: float
    k1: float
    b: float


def fingerprint(sources: Sources) -> str:
    """A hash of everything the index depends on: the folders and the bytes read from them."""
    key = digest(f"format {CACHE_FORMAT} tokenizer {TOKENIZER_VERSION} fields {FIELD_WEIGHTS} bound {BOUND_RULE} titles {TITLE_RULE}\n".encode())
    for folder in sources.folders:
        key.update(f"folder {os.path.abspath(folder)}\n".encode())
    for problem in sources.problems:
        key.update(f"problem {problem}\n".encode())
    for source in sources.files:
        data = b"<unreadable>" if source.data is None else source.data
        key.update(f"file {os.path.abspath(source.path)} {len(data)}\n".encode())
        key.update(data)
    return key.hexdigest()


def size_limit(sources: Sources) -> int:
    """The most bytes a cache of these knowledge files could hold."""
    return CACHE_BYTES_PER_SOURCE_BYTE * sources.size + CACHE_FIXED_BYTES


def cache_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / f"index-{key[:24]}.npz"


def index_fields(index: Index) -> tuple[dict, dict[str, np.ndarray]]:
    """The BM25 index as the cache stores it: JSON fields for the metadata, plain arrays."""
    import numpy as np  # here and in writing: only a build writes the cache

    meta = {"terms": index.terms, "avgdl": index.avgdl, "k1": index.k1, "b": index.b}
    arrays = {name: getattr(index, name) for name in INDEX_DTYPES if name != "meta"}
    # Term frequencies are whole numbers: stored as the smallest unsigned integer type that
    # holds them (usually one byte instead of eight); `Index` turns them back into float64.
    tf = arrays["post_tf"]
    if len(tf) == 0 or (tf.min() >= 0 and np.array_equal(tf, np.trunc(tf))):
        arrays["post_tf"] = tf.astype(np.min_scalar_type(int(tf.max()) if len(tf) else 0))
    return meta, arrays


def write_archive(path: Path, meta: dict, arrays: dict[str, np.ndarray]) -> None:
    """Write JSON metadata and arrays as one `.npz` archive at `path`, atomically."""
    import numpy as np

    buffer = io.BytesIO()
    np.savez(buffer, meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8), **arrays)
    write_atomic(path, buffer.getvalue())


def read_archive(path: Path, limit: int, dtypes: dict[str, tuple[str, ...]] = _DTYPES) -> tuple[dict, dict[str, memoryview]]:
    """The JSON metadata and arrays of a cache archive, none of them larger than `limit` in all;
    `dtypes` are the arrays it must hold (`INDEX_DTYPES` for an index alone) and their types.

    The sizes come from the zip directory and each array's header, and are checked before
    anything is read; members must be stored (the tutor never compresses them), so no
    decompression runs at all.
    """
    if path.stat().st_size > limit:
        raise DamagedCache("larger than the knowledge files could make it")
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: info for info in archive.infolist()}
        if sorted(members) != sorted(f"{name}.npy" for name in dtypes):
            raise DamagedCache("not the members of an index cache")
        if sum(info.file_size for info in members.values()) > limit:
            raise DamagedCache("its members are larger than the knowledge files could make them")
        if any(info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1 for info in members.values()):
            raise DamagedCache("compressed or encrypted members")
        arrays = {name: read_member(archive, members[f"{name}.npy"], types) for name, types in dtypes.items()}
    text = ascii_or_utf8(arrays.pop("meta").tobytes())
    if ESCAPED_CONTROL.search(text):
        # The tutor writes only text made safe (tutor.safe_text); a cache holding control
        # characters was made by something else and would put them on the screen.
        raise DamagedCache("it holds control characters")
    meta = json.loads(text)
    return meta, arrays


def ascii_or_utf8(data: bytes) -> str:
    """Text the tutor wrote, checked for control characters: ASCII (JSON and the usual
    knowledge) with one `bytes.translate`, other text decoded and searched."""
    if data.isascii():
        if data.translate(None, SAFE_ASCII):
            raise DamagedCache("it holds control characters")
        return data.decode("ascii")
    text = data.decode("utf-8")
    if has_control_characters(text):
        raise DamagedCache("it holds control characters")
    return text


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, types: tuple[str, ...]) -> memoryview:
    """One `.npy` member: a one-dimensional array of plain numbers of one of `types`, in
    this machine's byte order, whose header matches its size; viewed as numbers."""
    data = archive.read(info)  # its size was checked against the limit
    found = NPY_HEADER.match(data)
    if found is None:
        raise DamagedCache(f"{info.filename}: not a .npy header the tutor writes")
    header_size, order, dtype, shape = int.from_bytes(found[1], "little"), found[2].decode(), found[3].decode(), int(found[4])
    size = int(dtype[1])
    if found.end() != 10 + header_size or dtype not in types or order != ("|" if size == 1 else NATIVE_ORDER):
        raise DamagedCache(f"{info.filename}: unexpected header or type {order}{dtype}")
    numbers = memoryview(data)[found.end() :]
    if len(numbers) != shape * size:
        raise DamagedCache(f"{info.filename}: the header's shape ({shape},) does not match its size")
    numbers = numbers.cast(NPY_FORMATS[dtype])
    if numbers.itemsize != size:
        raise DamagedCache(f"{info.filename}: {dtype} has another size on this machine")
    return numbers


def index_from_fields(meta: dict, arrays: dict[str, Sequence]) -> Index:
    """The BM25 index from the metadata and arrays `index_fields` gave (or `read_archive` read)."""
    import numpy as np  # a large knowledge base only (see `load`)

    from tutor.search.bm25 import Index

    return Index(meta["terms"], avgdl=meta["avgdl"], k1=meta["k1"], b=meta["b"], **{name: np.asarray(arrays[name]) for name in INDEX_DTYPES if name != "meta"})


def small_index_from_fields(meta: dict, arrays: dict[str, memoryview]) -> SmallIndex:
    """The plain-Python index of a small knowledge base from the arrays `read_archive` read."""
    return SmallIndex(meta["terms"], avgdl=meta["avgdl"], k1=meta["k1"], b=meta["b"], **{name: arrays[name].tolist() for name in INDEX_DTYPES if name != "meta"})


def save(path: Path, retriever: Retriever, key: str) -> None:
    """Write the retriever's knowledge base and index to `path` atomically."""
    kb = retriever.kb
    chunks = retriever.chunks
    texts = [chunk.text for chunk in chunks]
    meta = {
        "key": key,
        "documents": [document_record(doc) for doc in kb.documents.values()],
        "chunk_ids": [chunk.id for chunk in chunks],
        "sections": [chunk.section for chunk in chunks],
        "questions": {str(i): chunk.questions for i, chunk in enumerate(chunks) if chunk.questions},
        "glossary": kb.glossary.groups,
        "glossary_matcher": kb.glossary.export_matcher(retriever.tokenizer.stem),
        "problems": [{"path": str(p.path), "line": p.line, "message": p.message, "severity": p.severity} for p in kb.problems],
        "word_counts": retriever.word_counts,
        "common_words": sorted(retriever.common_words),
        "keyness": retriever.keyness,
        "bound": {term: [side, sorted(partners)] for term, (side, partners) in retriever.bound.phrases(retriever.index.terms).items()},
        "titles": retriever.title_tokens(),
    }
    import numpy as np

    index_meta, arrays = index_fields(retriever.index)
    arrays["chunk_lines"] = np.fromiter((chunk.line for chunk in chunks), dtype=np.int64, count=len(chunks))
    arrays["text_ends"] = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)))
    arrays["texts"] = np.frombuffer("".join(texts).encode("utf-8"), dtype=np.uint8)
    write_archive(path, {**meta, **index_meta}, arrays)


def document_record(doc: Document) -> DocumentRecord:
    return {
        "id": doc.id,
        "title": doc.title,
        "topic": doc.topic,
        "sources": doc.sources,
        "path": str(doc.path),
        "tags": doc.tags,
        "related": doc.related,
        "year": doc.year,
        "summary": doc.summary,
        "replaces": doc.replaces,
        "chunks": len(doc.chunks),
    }


def load(path: Path, key: str, limit: int) -> Retriever | None:
    """The cached retriever at `path`, or None when it is missing, stale or fails a check."""
    try:
        meta, arrays = read_archive(path, limit)
        if not isinstance(meta, dict) or meta.get("key") != key:
            return None
        problem = shape_error(meta, CacheMeta)
        if problem:
            raise DamagedCache(problem)
        kb = KnowledgeBase(
            documents={},
            glossary=Glossary(meta["glossary"]),
            problems=[Problem(Path(p["path"]), p["line"], p["message"], p["severity"]) for p in meta["problems"]],
        )
        stored = stored_chunks(meta, arrays)
        for d, entry in enumerate(meta["documents"]):
            fields = {name: entry[name] for name in DocumentRecord.__annotations__ if name not in ("path", "chunks")}
            doc = Document(**fields, path=Path(entry["path"]))  # the fields named, never others the file adds
            stored.documents.append(doc)
            doc.chunks = stored.of_document(d)  # type: ignore[assignment]  # a sequence made on demand
            kb.documents[doc.id] = doc
        if len(kb.documents) != len(meta["documents"]):
            raise DamagedCache("two documents with the same id")
        if not matcher_is_sound(meta["glossary_matcher"]):
            raise DamagedCache("a glossary matcher entry of the wrong shape, or a name without words")
        kb.glossary.load_matcher(meta["glossary_matcher"])
        index: Index | SmallIndex
        if len(stored) <= SMALL_INDEX_CHUNKS:
            index = small_index_from_fields(meta, arrays)
            check_small_index(meta, index, len(stored), whole_tf=arrays["post_tf"].format != "d")
        else:
            check_index(meta, arrays, len(stored))
            index = index_from_fields(meta, arrays)
        bound = {term: (side, frozenset(partners)) for term, (side, partners) in meta["bound"].items()}
        if len(meta["titles"]) != len(stored.documents):
            raise DamagedCache("title tokens that do not fit the documents")
        retriever = Retriever(kb, index, meta["word_counts"], meta["common_words"], stored, meta["keyness"], bound, meta["titles"])
        if len(retriever.position) != len(stored):
            raise DamagedCache("two chunks with the same id")
        return retriever
    except (OSError, ValueError, zipfile.BadZipFile):
        # Missing, truncated, damaged, crafted or from another version: rebuild instead.
        # (DamagedCache, JSON and Unicode errors are ValueErrors.)
        return None


def matcher_is_sound(entries: list[list]) -> bool:
    """Whether every glossary matcher entry is [[stem, ...], token, exact or None] with at
    least one stem. (Checked here rather than by `shape_error`: with a large glossary it is
    the longest list of the cache, and a check made for it is some ten times faster.)"""
    return all(
        len(entry) == 3
        and type(entry[0]) is list
        and len(entry[0]) > 0
        and set(map(type, entry[0])) == {str}
        and type(entry[1]) is str
        and (entry[2] is None or type(entry[2]) is str)
        for entry in entries
    )


def stored_chunks(meta: dict, arrays: dict[str, memoryview]) -> StoredChunks:
    """The chunks the cache holds (their documents still to be added), checked against each other.

    Their text is one string, checked as the JSON is (`ascii_or_utf8`).
    """
    counts = [entry["chunks"] for entry in meta["documents"]]
    ids, sections, lines, ends = meta["chunk_ids"], meta["sections"], arrays.pop("chunk_lines"), arrays.pop("text_ends")
    if any(count < 1 for count in counts) or not len(ids) == len(sections) == len(lines) == len(ends) == sum(counts):
        raise DamagedCache("chunk lists that do not fit the documents or each other")
    texts = ascii_or_utf8(arrays.pop("texts").tobytes())
    if len(ends) and (ends[0] < 0 or ends[-1] != len(texts) or not all(map(le, ends, ends[1:]))):
        raise DamagedCache("text ends that do not fit the text")
    questions = {int(i): asked for i, asked in meta["questions"].items() if i.isdigit() and int(i) < len(ids)}
    if len(questions) != len(meta["questions"]):
        raise DamagedCache("questions of chunks that do not exist")
    starts = list(accumulate(counts[:-1], initial=0)) if counts else []
    return StoredChunks([], starts, ids, sections, questions, lines, texts, ends)


def check_small_index(meta: dict, index: SmallIndex, chunks: int, whole_tf: bool = False) -> None:
    """Raise DamagedCache unless a small index's sequences fit each other and the `chunks`
    chunks: the checks of `check_index`, in plain Python. `whole_tf`: the term frequencies
    were stored as unsigned integers, so none is negative or not finite."""
    terms, offsets, post_chunks = meta["terms"], index.offsets, index.post_chunks
    postings = len(post_chunks)
    if len(index.idf) != len(terms) or len(offsets) != len(terms) + 1 or len(index.doc_len) != chunks:
        raise DamagedCache("arrays of the wrong length for the terms and chunks")
    if offsets[0] != 0 or offsets[-1] != postings or len(index.post_tf) != postings or not all(map(le, offsets, offsets[1:])):
        raise DamagedCache("postings offsets that do not fit the postings")
    # Where a chunk number is not above the one before, a new term's run must start.
    if not set(compress(range(1, postings), map(ge, post_chunks, post_chunks[1:]))) <= set(offsets):
        raise DamagedCache("postings out of order")
    # Each run ascends, so its first chunk number is its least and its last its greatest.
    starts = [offset for offset in offsets[:-1] if offset < postings]
    if postings and (min(map(post_chunks.__getitem__, starts)) < 0 or max(post_chunks[offset - 1] for offset in offsets[1:] if offset > 0) >= chunks):
        raise DamagedCache("postings of chunks that do not exist")
    if not all(map(math.isfinite, [meta["avgdl"], meta["k1"], meta["b"], *index.idf, *([] if whole_tf else index.post_tf)])):
        raise DamagedCache("numbers that are not finite")
    if meta["avgdl"] <= 0 or (chunks and min(index.doc_len) < 0) or (postings and not whole_tf and min(index.post_tf) < 0):
        raise DamagedCache("negative lengths or frequencies")


def check_index(meta: dict, arrays: dict[str, np.ndarray], chunks: int) -> None:
    """Raise DamagedCache unless the index arrays fit each other and the `chunks` chunks.

    What `Index` relies on: one idf per term, postings runs that start at 0 and end at the
    last posting, chunk numbers within the knowledge base and ascending in each run, and
    finite numbers.
    """
    import numpy as np  # a large knowledge base only (see `load`)

    arrays = {name: np.asarray(numbers) for name, numbers in arrays.items()}
    terms, offsets, post_chunks = meta["terms"], arrays["offsets"], arrays["post_chunks"]
    postings = len(post_chunks)
    if len(arrays["idf"]) != len(terms) or len(offsets) != len(terms) + 1 or len(arrays["doc_len"]) != chunks:
        raise DamagedCache("arrays of the wrong length for the terms and chunks")
    if offsets[0] != 0 or offsets[-1] != postings or len(arrays["post_tf"]) != postings or np.any(offsets[1:] < offsets[:-1]):
        raise DamagedCache("postings offsets that do not fit the postings")
    if postings and (post_chunks.min() < 0 or post_chunks.max() >= chunks):
        raise DamagedCache("postings of chunks that do not exist")
    ascending = post_chunks[1:] > post_chunks[:-1]
    run_starts = offsets[1:-1]
    ascending[run_starts[(run_starts > 0) & (run_starts < postings)] - 1] = True  # a new term's run may start low
    if not ascending.all():
        raise DamagedCache("postings out of order")
    numbers = np.array([meta["avgdl"], meta["k1"], meta["b"]], dtype=np.float64)
    if not (np.isfinite(numbers).all() and np.isfinite(arrays["idf"]).all() and np.isfinite(arrays["post_tf"]).all()):
        raise DamagedCache("numbers that are not finite")
    if meta["avgdl"] <= 0 or np.any(arrays["doc_len"] < 0) or np.any(arrays["post_tf"] < 0):
        raise DamagedCache("negative lengths or frequencies")


def open_retriever(folders: list[Path], cache_dir: Path | None) -> tuple[Retriever, bool]:
    """A retriever for `folders`, from the cache when it is current; also whether it was a hit.

    Each knowledge file is read once: the same bytes give the cache key and the index.
    """
    sources = read_sources(folders)
    key = fingerprint(sources)
    path = cache_path(cache_dir, key) if cache_dir is not None else None
    if path is not None:
        cached = load(path, key, size_limit(sources))
        if cached is not None:
            cached.speller.read_english_from(cache_dir)
            return cached, True
    from tutor.search.indexing import index_sources  # here: a cached start builds nothing (multiprocessing alone imports in 5 ms)

    retriever = index_sources(sources)
    retriever.speller.read_english_from(cache_dir)
    built = BuildProgress("saving", len(sources.files), len(sources.files), len(retriever.chunks))
    if path is not None:
        report(built)
        try:
            save(path, retriever, key)
            for old in cache_dir.glob("index-*.npz"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only or full disk only costs speed
    report(replace(built, stage="done"))
    return retriever, False
