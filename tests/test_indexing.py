"""Building the retriever from knowledge files: one pass per text, the same result in
worker processes as in one, and the same from the cache as from the files."""

import threading
from collections import Counter
from dataclasses import asdict
from pathlib import Path

import numpy as np

from tutor.files.paths import SHIPPED_KNOWLEDGE
from tutor.search.bm25 import Index
from tutor.search.cache import open_retriever
from tutor.search.indexing import index_knowledge, index_sources
from tutor.search.knowledge import build_knowledge, read_sources
from tutor.search.retrieval import Retriever
from tutor.search.small_index import SmallIndex
from tutor.search.text import Tokenizer, split_words
from tutor.tuning import HEADING_WEIGHT, QUESTION_WEIGHT, TITLE_WEIGHT

DOCUMENT = """---
id: {id}
title: {title}
topic: basics
sources: ["a source"]
{extra}---
Some words before the first section, about **summits** and `code`.

## Talks

The talks on 1,500 tonnes of grain were held in *Geneva* by the U.S. and the EU.

- First item: ministers met
- Second item
1. Numbered step

## Talks

A second section with the same heading, naming the Joint Comprehensive Plan of Action.
"""


def write_knowledge(tmp_path: Path) -> list[Path]:
    """Two folders with documents of every kind the parser meets, a glossary, a clash of
    ids, a replacement and a broken file."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for n in range(6):
        extra = "questions:\n  Talks:\n    - Where were the talks held?\n" if n % 2 else ""
        (first / f"doc-{n}.md").write_text(DOCUMENT.format(id=f"doc-{n}", title=f"Summit number {n} (JCPOA)", extra=extra), encoding="utf-8")
    (first / "glossary.yaml").write_text('groups:\n  - [JCPOA, "Joint Comprehensive Plan of Action", Iran nuclear deal]\n  - [EU, European Union]\n', encoding="utf-8")
    (second / "again.md").write_text(DOCUMENT.format(id="doc-1", title="A clash", extra=""), encoding="utf-8")
    (second / "new.md").write_text(DOCUMENT.format(id="new", title="Replacement", extra="replaces: doc-2\n"), encoding="utf-8")
    (second / "broken.md").write_text("no front matter here\n", encoding="utf-8")
    return [first, second]


def same_index(a: Index | SmallIndex, b: Index | SmallIndex) -> bool:
    """The same terms and numbers, whether an index holds them in NumPy arrays or (a small
    one read from the cache) in lists; frequencies compared as the float64 both score with."""
    arrays = ("idf", "offsets", "post_chunks", "post_tf", "doc_len")
    return a.terms == b.terms and a.avgdl == b.avgdl and all(np.asarray(getattr(a, n), dtype=np.float64).tobytes() == np.asarray(getattr(b, n), dtype=np.float64).tobytes() for n in arrays)


def same_retriever(a: Retriever, b: Retriever) -> None:
    assert [asdict(c) for c in a.chunks] == [asdict(c) for c in b.chunks]
    assert list(a.documents) == list(b.documents)
    assert [str(p) for p in a.kb.problems] == [str(p) for p in b.kb.problems]
    assert a.word_counts == b.word_counts and list(a.word_counts) == list(b.word_counts)
    assert a.position == b.position and a.doc_chunks == b.doc_chunks
    assert same_index(a.index, b.index)
    for question in ("Where were the talks held?", "Iran nuclear deal", "grain tonnes Geneva", "ministers summit"):
        assert [(p.chunk.id, p.score) for p in a.search(question).passages] == [(p.chunk.id, p.score) for p in b.search(question).passages]


def test_worker_processes_build_the_same_retriever(tmp_path):
    sources = read_sources(write_knowledge(tmp_path))
    alone, spread = index_sources(sources, workers=1), index_sources(sources, workers=2)
    same_retriever(alone, spread)
    assert len(alone.chunks) == 6 * 3 and any(p.severity == "error" for p in alone.kb.problems)
    assert "doc-2" not in alone.documents and "new" in alone.documents


def test_workers_started_from_a_thread_build_the_same_retriever(tmp_path):
    """The app loads in a thread: its workers are spawned, not forked."""
    sources = read_sources(write_knowledge(tmp_path))
    built: list[Retriever] = []
    thread = threading.Thread(target=lambda: built.append(index_sources(sources, workers=2)))
    thread.start()
    thread.join()
    same_retriever(index_sources(sources, workers=1), built[0])


def test_files_and_a_parsed_knowledge_base_give_the_same_retriever(tmp_path):
    sources = read_sources([SHIPPED_KNOWLEDGE, *write_knowledge(tmp_path)])
    same_retriever(index_sources(sources, workers=1), index_knowledge(build_knowledge(sources)))


def reference_tokens(tokenizer: Tokenizer, chunk) -> list[str]:
    """A chunk's tokens the plain way: each part tokenised on its own, every time."""
    heading = "" if chunk.section == "Overview" else chunk.section
    return (
        tokenizer.tokens(chunk.title) * TITLE_WEIGHT
        + tokenizer.tokens(heading) * HEADING_WEIGHT
        + tokenizer.tokens(" ".join(chunk.questions)) * QUESTION_WEIGHT
        + tokenizer.tokens(chunk.plain_text())
    )


def test_one_pass_gives_the_tokens_and_words_of_tokenising_each_part(tmp_path):
    sources = read_sources([SHIPPED_KNOWLEDGE, *write_knowledge(tmp_path)])
    retriever = index_sources(sources, workers=1)
    tokenizer = Tokenizer(retriever.kb.glossary)
    corpus = [reference_tokens(tokenizer, chunk) for chunk in retriever.chunks]
    assert same_index(retriever.index, Index.build(corpus))
    words = dict(Counter(w.folded for c in retriever.chunks for w in split_words(f"{c.title} {c.section} {c.text}")))
    for name in (name for group in retriever.kb.glossary.groups for name in group):
        for word in split_words(name):
            words.setdefault(word.folded, 1)  # the glossary's names are words of the knowledge base too
    assert retriever.word_counts == words


def test_the_cache_gives_the_chunks_of_the_files(tmp_path):
    folders = [SHIPPED_KNOWLEDGE, *write_knowledge(tmp_path)]
    built, hit = open_retriever(folders, tmp_path / "cache")
    cached, hit_again = open_retriever(folders, tmp_path / "cache")
    assert not hit and hit_again
    same_retriever(built, cached)
    for doc_id, doc in built.documents.items():
        assert [asdict(c) for c in cached.documents[doc_id].chunks] == [asdict(c) for c in doc.chunks]
    assert cached.chunks[-1] is cached.chunks[len(cached.chunks) - 1]  # made once, then kept
    assert [c.id for c in cached.chunks[2:5]] == [c.id for c in built.chunks[2:5]]


def test_stemming_in_a_batch_gives_the_stems_of_one_word_at_a_time():
    words = ["negotiations", "treaties", "one", "p5+1", "1,000", "états", "running", "ran", "summits"]
    batch, single = Tokenizer().stem, Tokenizer().stem
    assert batch.stems(words) == [single(word) for word in words]
    assert batch.stems(list(reversed(words))) == batch.stems(words)[::-1]  # from the memo now
