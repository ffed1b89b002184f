"""The on-disk index cache: hit, miss, invalidation, damaged files."""

import io
import zipfile
from pathlib import Path

import numpy as np
import pytest

from tutor.files.paths import SHIPPED_KNOWLEDGE
from tutor.search import cache, knowledge
from tutor.search.cache import cache_path, fingerprint, open_retriever, read_archive, write_archive
from tutor.search.knowledge import read_sources

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
    assert cached.keyness == built.keyness and built.keyness["embassi"] > built.keyness["tie"]


def test_editing_a_file_invalidates_the_cache(tmp_path):
    folder = make_folder(tmp_path)
    before = fingerprint(read_sources([folder]))
    open_retriever([folder], tmp_path / "cache")
    make_folder(tmp_path, word="cherries")
    assert fingerprint(read_sources([folder])) != before
    retriever, hit = open_retriever([folder], tmp_path / "cache")
    assert not hit
    assert retriever.search("cherries").passages
    assert len(list((tmp_path / "cache").glob("index-*.npz"))) == 1  # the stale one is gone


def test_corrupted_cache_is_rebuilt(tmp_path):
    folder = make_folder(tmp_path)
    open_retriever([folder], tmp_path / "cache")
    path = cache_path(tmp_path / "cache", fingerprint(read_sources([folder])))
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


BOUND = """---
id: holiday
title: Holidays
topic: basics
sources: ["me"]
---
## Overview
The Good Friday talks began in spring. After Good Friday the parties met again.
Good Friday is remembered, and summits are held in any season.
"""


def never(term: str) -> list[str]:
    raise AssertionError(f"read the passages for {term!r}")


def test_bound_words_come_back_from_the_cache_as_the_passages_give_them(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "holiday.md").write_text(BOUND, encoding="utf-8")
    folders = [SHIPPED_KNOWLEDGE, folder]
    built, hit = open_retriever(folders, tmp_path / "cache")
    assert not hit
    cached, hit = open_retriever(folders, tmp_path / "cache")
    assert hit
    cached.bound._texts_with = never  # a cached start reads no passage for them
    for term in built.index.terms:
        assert cached.bound.phrase_of(term) == built.bound.phrase_of(term), term
    assert built.bound.phrase_of("friday") == (-1, frozenset({"good"}))
    said = "my essay is due friday"
    assert cached.astray_words(said, cached.query_tokens(said)) == built.astray_words(said, built.query_tokens(said)) == {"friday": False}


def test_title_tokens_come_back_from_the_cache_as_tokenising_gives_them(tmp_path, monkeypatch):
    folders = [SHIPPED_KNOWLEDGE, make_folder(tmp_path)]
    built, _ = open_retriever(folders, tmp_path / "cache")
    monkeypatch.setattr(cache.Retriever, "_tokenised_titles", lambda self, documents: never("the titles"))  # a cached start tokenises none
    cached, hit = open_retriever(folders, tmp_path / "cache")
    assert hit and cached.title_tokens() == built.title_tokens()
    assert cached.title_parts("g7-and-g20") == built.title_parts("g7-and-g20") and len(built.title_parts("g7-and-g20")) == 2
    assert cached.named_documents(cached.query_tokens("what is my note?")) == built.named_documents(built.query_tokens("what is my note?")) == ["note"]


def test_a_changed_knowledge_file_changes_the_cached_bound_words(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "holiday.md").write_text(BOUND, encoding="utf-8")
    assert open_retriever([folder], tmp_path / "cache")[0].bound.phrase_of("friday") == (-1, frozenset({"good"}))
    (folder / "holiday.md").write_text(BOUND.replace("After Good Friday", "On a Friday"), encoding="utf-8")
    retriever, hit = open_retriever([folder], tmp_path / "cache")
    assert not hit and retriever.bound.phrase_of("friday") is None
    assert open_retriever([folder], tmp_path / "cache")[0].bound.phrase_of("friday") is None


def test_a_new_file_in_another_folder_changes_the_cached_bound_words(tmp_path):
    """The learner's own knowledge folder counts as the shipped one does."""
    folder, own = tmp_path / "kb", tmp_path / "own"
    folder.mkdir()
    own.mkdir()
    (folder / "holiday.md").write_text(BOUND, encoding="utf-8")
    assert open_retriever([folder, own], tmp_path / "cache")[0].bound.phrase_of("friday") is not None
    (own / "deadline.md").write_text(DOC.format(word="a Friday deadline, met each Friday").replace("id: note", "id: deadline"), encoding="utf-8")
    retriever, hit = open_retriever([folder, own], tmp_path / "cache")
    assert not hit and retriever.bound.phrase_of("friday") is None
    assert open_retriever([folder, own], tmp_path / "cache")[0].bound.phrase_of("friday") is None


def test_a_changed_bound_words_rule_changes_the_cache_key(tmp_path, monkeypatch):
    """The rule's module source is part of the key: an edit to it cannot leave the old
    bound words in a cache (no version number to remember)."""
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "holiday.md").write_text(BOUND, encoding="utf-8")
    before = fingerprint(read_sources([folder]))
    source = Path(cache.bound_words.__file__).read_bytes() + b"# an edited rule\n"
    monkeypatch.setattr(cache, "BOUND_RULE", (cache.digest(source).hexdigest()[:16], *cache.BOUND_RULE[1:]))
    assert fingerprint(read_sources([folder])) != before


def test_a_changed_title_rule_changes_the_cache_key(tmp_path, monkeypatch):
    """The cache keeps title tokens; the patterns that make a short title and split it into
    subjects are part of the key, so an edit to either cannot leave old tokens in a cache."""
    sources = read_sources([make_folder(tmp_path)])
    before = fingerprint(sources)
    for edited in ((r"\s*\[[^]]*\]\s*$", cache.TITLE_RULE[1]), (cache.TITLE_RULE[0], r"\s+and\s+")):
        monkeypatch.setattr(cache, "TITLE_RULE", edited)
        assert fingerprint(sources) != before


# -- a cache that checks itself: every damaged or crafted archive is a miss, then rebuilt --


def cached_archive(tmp_path: Path) -> tuple[Path, Path]:
    """A knowledge folder and the path of its freshly written cache."""
    folder = make_folder(tmp_path)
    open_retriever([folder], tmp_path / "cache")
    return folder, cache_path(tmp_path / "cache", fingerprint(read_sources([folder])))


def assert_rebuilt(folder: Path, tmp_path: Path) -> None:
    """The damaged cache was a miss, the answer is right, and the cache was written anew."""
    retriever, hit = open_retriever([folder], tmp_path / "cache")
    assert not hit and retriever.search("bananas").passages
    assert open_retriever([folder], tmp_path / "cache")[1]


def rewrite_archive(path: Path, change) -> None:
    """Rewrite the cache archive at `path` with `change(meta, arrays)` applied."""
    meta, numbers = read_archive(path, limit=path.stat().st_size)
    arrays = {name: np.asarray(values) for name, values in numbers.items()}
    change(meta, arrays)
    write_archive(path, meta, arrays)


def test_truncated_archive_is_rebuilt(tmp_path):
    folder, path = cached_archive(tmp_path)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert_rebuilt(folder, tmp_path)


@pytest.mark.parametrize(
    "change",
    [
        lambda meta, arrays: arrays.update(post_chunks=arrays["post_chunks"] + 1000),  # chunks that do not exist
        lambda meta, arrays: arrays.update(idf=arrays["idf"][:-1]),  # one term without an idf
        lambda meta, arrays: arrays.update(doc_len=np.concatenate([arrays["doc_len"], arrays["doc_len"]])),
        lambda meta, arrays: arrays.update(offsets=arrays["offsets"][::-1].copy()),
        lambda meta, arrays: arrays.update(idf=arrays["idf"].astype(np.float32)),  # not the type written
        lambda meta, arrays: arrays.update(doc_len=arrays["doc_len"].reshape(1, -1)),  # two dimensions
        lambda meta, arrays: meta.update(terms=meta["terms"][:-1]),
        lambda meta, arrays: meta.update(avgdl=float("nan")),
        lambda meta, arrays: arrays.update(post_tf=arrays["post_tf"] * np.nan),  # stored as float64
        lambda meta, arrays: arrays.update(post_tf=-arrays["post_tf"].astype(np.float64)),
        lambda meta, arrays: meta["sections"].__setitem__(0, 42),
        lambda meta, arrays: meta.update(documents={"note": "not a list"}),
        lambda meta, arrays: meta["documents"][0].update(chunks=2),  # more chunks than stored
        lambda meta, arrays: arrays.update(text_ends=arrays["text_ends"] + 1),  # past the end of the text
        lambda meta, arrays: meta.update(questions={"7": ["What?"]}),  # of a chunk that does not exist
        lambda meta, arrays: meta["chunk_ids"].append(meta["chunk_ids"][0]),
        # Text the tutor would never write: an escape that would clear the screen, a bidi override.
        lambda meta, arrays: arrays.update(texts=np.frombuffer(b"\x1b[2J" + arrays["texts"].tobytes()[4:], dtype=np.uint8)),
        lambda meta, arrays: arrays.update(texts=np.frombuffer("\u202e".encode() + arrays["texts"].tobytes()[1:], dtype=np.uint8)),
        lambda meta, arrays: meta["documents"][0].update(title="a\u202eb"),
        lambda meta, arrays: meta["glossary_matcher"].append([[], "=nothing", None]),  # a name without words
        lambda meta, arrays: meta["glossary_matcher"].append([["summit"], 5, None]),
        lambda meta, arrays: meta["documents"][0].update(chunks=-1),
        lambda meta, arrays: meta["keyness"].update(summit="high"),
        lambda meta, arrays: meta["bound"].update(summit=[2, ["good"]]),  # neither side
        lambda meta, arrays: meta["bound"].update(summit=[-1, "good"]),  # neighbours not a list
        lambda meta, arrays: meta["titles"].pop(),  # a document without its title tokens
        lambda meta, arrays: meta["titles"][0][1].append(5),
        lambda meta, arrays: meta["titles"][0].__setitem__(2, "my note"),  # parts not a list of token lists
    ],
    ids=[
        "chunk-out-of-range", "short-idf", "long-doc-len", "offsets-backwards", "float32", "2d", "short-terms", "nan", "tf-nan", "tf-negative", "section-not-text",
        "documents-not-list", "too-many-chunks", "text-ends-past-text", "questions-of-no-chunk", "one-chunk-id-too-many", "escape-in-text", "bidi-in-text", "bidi-in-title",
        "matcher-name-without-words", "matcher-token-not-text", "negative-chunk-count", "keyness-not-a-number",
        "bound-side-not-a-side", "bound-neighbours-not-a-list", "titles-one-short", "title-token-not-text", "title-parts-not-lists",
    ],
)
@pytest.mark.parametrize("small_index_chunks", [cache.SMALL_INDEX_CHUNKS, 0], ids=["plain-python-index", "numpy-index"])
def test_archive_of_the_wrong_shape_is_rebuilt(tmp_path, monkeypatch, change, small_index_chunks):
    monkeypatch.setattr(cache, "SMALL_INDEX_CHUNKS", small_index_chunks)
    folder, path = cached_archive(tmp_path)
    rewrite_archive(path, change)
    assert_rebuilt(folder, tmp_path)


def test_a_field_documents_do_not_have_is_left_out(tmp_path):
    folder, path = cached_archive(tmp_path)
    rewrite_archive(path, lambda meta, arrays: meta["documents"][0].update(colour="red"))
    retriever, hit = open_retriever([folder], tmp_path / "cache")
    assert hit and retriever.search("bananas").passages and not hasattr(retriever.documents["note"], "colour")


@pytest.mark.parametrize("small_index_chunks", [cache.SMALL_INDEX_CHUNKS, 0], ids=["plain-python-index", "numpy-index"])
def test_postings_out_of_order_within_a_term_are_rebuilt(tmp_path, monkeypatch, small_index_chunks):
    monkeypatch.setattr(cache, "SMALL_INDEX_CHUNKS", small_index_chunks)
    folder = make_folder(tmp_path)
    sections = "".join(f"## Part {n}\nBananas and summits, part {n}.\n" for n in range(4))
    (folder / "note.md").write_text(DOC.format(word="bananas") + sections, encoding="utf-8")
    open_retriever([folder], tmp_path / "cache")
    path = cache_path(tmp_path / "cache", fingerprint(read_sources([folder])))

    def reverse_the_longest_run(meta, arrays):
        offsets = arrays["offsets"]
        term = int(np.argmax(np.diff(offsets)))
        start, end = int(offsets[term]), int(offsets[term + 1])
        assert end - start > 1
        arrays["post_chunks"] = arrays["post_chunks"].copy()
        arrays["post_chunks"][start:end] = arrays["post_chunks"][start:end][::-1].copy()

    rewrite_archive(path, reverse_the_longest_run)
    assert_rebuilt(folder, tmp_path)


@pytest.mark.parametrize(
    "header",
    [
        b"{'descr': '>i8', 'fortran_order': False, 'shape': (1,), }",  # another byte order
        b"{'descr': '<i8', 'fortran_order': True, 'shape': (1,), }",
        b"{'descr': '|O', 'fortran_order': False, 'shape': (1,), }",  # Python objects
        b"{'descr': '<i8', 'fortran_order': False, 'shape': (1,), 'x': __import__('os'), }",
    ],
)
def test_npy_headers_the_tutor_does_not_write_are_rebuilt(tmp_path, header):
    folder, path = cached_archive(tmp_path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    header += b" " * (-(len(header) + 11) % 64) + b"\n"
    members["doc_len.npy"] = b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header + members["doc_len.npy"][-8:]
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert_rebuilt(folder, tmp_path)


def test_huge_shape_in_a_header_is_refused_before_reading(tmp_path):
    folder, path = cached_archive(tmp_path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    header = np.lib.format.header_data_from_array_1_0(np.zeros(1, dtype=np.int64))
    header["shape"] = (10**12,)  # 8 TB of int64
    stream = io.BytesIO()
    np.lib.format.write_array_header_1_0(stream, header)
    members["doc_len.npy"] = stream.getvalue() + b"\0" * 8
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert_rebuilt(folder, tmp_path)  # without a MemoryError: the header is checked against the size


def test_zip_bomb_is_refused_from_the_zip_directory(tmp_path, monkeypatch):
    folder, path = cached_archive(tmp_path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    # 64 MiB of zeros deflate to about 64 KB: far more than a one-note knowledge base makes.
    members["doc_len.npy"] = members["doc_len.npy"] + bytes(64 * 1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert path.stat().st_size < 1024 * 1024
    read = []
    real_read_member = cache.read_member
    monkeypatch.setattr(cache, "read_member", lambda archive, info, types: read.append(info.filename) or real_read_member(archive, info, types))
    retriever, hit = open_retriever([folder], tmp_path / "cache")
    assert not hit and retriever.search("bananas").passages
    assert read == []  # refused from the zip directory: nothing was decompressed
    monkeypatch.undo()
    assert open_retriever([folder], tmp_path / "cache")[1]


def test_compressed_members_are_not_the_tutors(tmp_path):
    folder, path = cached_archive(tmp_path)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert_rebuilt(folder, tmp_path)


def test_file_changed_while_the_index_is_built_leaves_no_stale_cache(tmp_path, monkeypatch):
    folder = make_folder(tmp_path)
    note = folder / "note.md"
    real_read = knowledge.read_bytes

    def read_then_edit(path, problems):
        data = real_read(path, problems)
        if path == note:  # the author saves a new version just after the tutor read the old one
            note.write_text(DOC.format(word="cherries"), encoding="utf-8")
        return data

    monkeypatch.setattr(knowledge, "read_bytes", read_then_edit)
    retriever, _ = open_retriever([folder], tmp_path / "cache")
    assert retriever.search("bananas").passages  # what was read is what was indexed
    monkeypatch.undo()
    retriever, hit = open_retriever([folder], tmp_path / "cache")
    assert not hit and retriever.search("cherries").passages and not retriever.search("bananas").passages
