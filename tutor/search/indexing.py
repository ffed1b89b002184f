"""Building the retriever from the knowledge files: parse, tokenise, index.

Each file is parsed and its chunks analysed (`tutor.search.analysis`) in one go; for a
large knowledge base this runs in worker processes, one file at a time and the results
taken in file order, so the knowledge base, the index and every score are the same as a
single process gives. The glossary is read first, since every chunk's tokens depend on it.
Progress (files read, chunks indexed) is reported as it goes (`tutor.search.progress`).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import defaultdict
from collections.abc import Iterator
from itertools import count

import numpy as np

from tutor.search.analysis import Analysis, ChunkAnalyser, analyse_in_worker, analyse_source, start_worker
from tutor.search.bm25 import Index
from tutor.search.glossary import Glossary
from tutor.search.knowledge import GLOSSARY_FILE, KnowledgeBase, ParsedFile, Source, Sources, build_knowledge, merge_glossaries, parse_source
from tutor.search.keyness import term_keyness
from tutor.search.progress import BuildProgress, report
from tutor.search.retrieval import Retriever
from tutor.search.spelling import common_english_word_counts
from tutor.search.text import Stemmer, split_words
from tutor.tuning import IDLE_CORE_SLACK, PARALLEL_PARSE_BYTES

# Files handed to a worker process at a time: few enough round trips, small enough batches
# that the progress moves and the last worker does not finish long after the others.
FILES_PER_TASK = 8


def index_knowledge(kb: KnowledgeBase) -> Retriever:
    """A retriever for a knowledge base already parsed (in this process)."""
    english = common_english_word_counts()
    analyser = ChunkAnalyser(kb.glossary, set(english))
    analyses = {id(doc): analyser.document(doc) for doc in kb.documents.values()}
    return assemble(kb, analyses, english)


def index_sources(sources: Sources, workers: int | None = None) -> Retriever:
    """A retriever for the knowledge files read: parsed and analysed in `workers` processes
    (by default: the idle cores when the files are larger than PARALLEL_PARSE_BYTES)."""
    if workers is None:
        workers = idle_cores() if sources.size >= PARALLEL_PARSE_BYTES else 1
    english = common_english_word_counts()
    common_words = set(english)
    glossaries = {id(source): parse_source(source) for source in sources.files if source.path.name == GLOSSARY_FILE}
    groups = glossary_groups(sources, glossaries)
    documents = [source for source in sources.files if source.path.name != GLOSSARY_FILE]
    if workers > 1 and len(documents) > 1:
        results = analysed_in_workers(documents, groups, common_words, workers)
    else:
        analyser = ChunkAnalyser(Glossary(groups), common_words)
        results = (analyse_source(analyser, source) for source in documents)
    parsed: dict[int, ParsedFile] = dict(glossaries)
    analyses: dict[int, Analysis] = {}
    chunks = 0
    report(BuildProgress("reading", 0, len(sources.files), 0))
    for source, (result, analysis) in zip(documents, results):
        parsed[id(source)] = result
        if analysis is not None:
            analyses[id(result.document)] = analysis
            chunks += len(analysis.lengths)
        report(BuildProgress("reading", len(parsed), len(sources.files), chunks))
    kb = build_knowledge(sources, (parsed[id(source)] for source in sources.files))
    report(BuildProgress("indexing", len(parsed), len(sources.files), chunks))
    return assemble(kb, analyses, english)


def idle_cores() -> int:
    """How many cores no other process keeps busy (the load average of the last minute):
    workers on busy cores only take turns with each other and cost their start and the
    trip of their results (on a 2-core machine running another build, one process was
    faster than two)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    busy = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return max(1, min(cores, round(cores - busy + IDLE_CORE_SLACK)))


def glossary_groups(sources: Sources, glossaries: dict[int, ParsedFile]) -> list[list[str]]:
    """The merged glossary's groups, as `build_knowledge` will merge them (it reports the problems)."""
    found = [(source.path, glossaries[id(source)].glossary or []) for source in sources.files if id(source) in glossaries]
    return merge_glossaries(found, []).groups


def analysed_in_workers(documents: list[Source], groups: list[list[str]], common_words: set[str], workers: int) -> Iterator[tuple[ParsedFile, Analysis | None]]:
    """`analyse_source` of each document file, in order, computed by `workers` processes.

    They are forked when no other thread runs (`tutor ask`): quick to start, and nothing
    is imported again. A process running threads (the app loads in one) could hang in a
    forked child, so there they are spawned: fresh interpreters that import the main
    module, which the tutor's entry points allow.
    """
    alone = threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if alone else "spawn")
    with context.Pool(min(workers, len(documents)), initializer=start_worker, initargs=(groups, common_words)) as pool:
        yield from pool.imap(analyse_in_worker, documents, chunksize=FILES_PER_TASK)


def assemble(kb: KnowledgeBase, analyses: dict[int, Analysis], english: dict[str, int]) -> Retriever:
    """The retriever from the analyses of the knowledge base's documents (keyed by `id(doc)`),
    taken in the knowledge base's order of chunks.

    Each document numbered its terms and words in the order they first occur in it; taking
    the documents in order, the whole corpus's numbers (and the order of its word counts)
    come out as one pass over its tokens would give them. `english`: the everyday English
    words and their frequencies, against which each term's keyness is measured.
    """
    term_ids: defaultdict[str, int] = defaultdict(count().__next__)
    word_ids: defaultdict[str, int] = defaultdict(count().__next__)
    tokens, lengths, words, counts = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.intc)], [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for doc in kb.documents.values():
        analysis = analyses[id(doc)]
        corpus_terms = np.fromiter(map(term_ids.__getitem__, analysis.terms), dtype=np.int64, count=len(analysis.terms))
        tokens.append(corpus_terms[np.frombuffer(analysis.tokens, dtype=np.intc)] if len(analysis.tokens) else np.zeros(0, dtype=np.int64))
        lengths.append(np.frombuffer(analysis.lengths, dtype=np.intc))
        words.append(np.fromiter(map(word_ids.__getitem__, analysis.words), dtype=np.int64, count=len(analysis.words)))
        counts.append(np.frombuffer(analysis.word_counts, dtype=np.int64) if len(analysis.word_counts) else np.zeros(0, dtype=np.int64))
    index = Index.from_term_ids(np.concatenate(tokens), list(term_ids), np.concatenate(lengths).astype(np.int64))
    totals = np.bincount(np.concatenate(words), weights=np.concatenate(counts), minlength=len(word_ids))
    vocabulary = dict(zip(word_ids, totals.astype(np.int64).tolist()))
    for name in (name for group in kb.glossary.groups for name in group):
        for word in split_words(name):  # the glossary's names count too: "USSR" is not repaired into "user"
            vocabulary.setdefault(word.folded, 1)
    keyness = term_keyness(vocabulary, english, Stemmer())
    return Retriever(kb, index, vocabulary, set(english), keyness=keyness)
