"""The inverted BM25 index gives exactly rank-bm25's scores and rankings.

rank-bm25's `BM25Okapi` is the reference: for every query, each chunk that contains a
query term must get bit for bit the score `get_scores` gives it, and every other chunk
scores 0 there. Random corpora cover small vocabularies (idf below zero, the epsilon floor,
idf exactly zero), empty chunks, unknown and repeated query terms.
"""

from __future__ import annotations

import math
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rank_bm25 import BM25Okapi

from tutor.search import bm25
from tutor.search.bm25 import Hit, Index
from tutor.search.small_index import SmallIndex

ODD_TOKENS = ["", "é", "=track-one-diplomacy", "P5+1", "1.5", "Treaty", "treaty", "日本"]


def random_corpus(rng: random.Random, chunks: int, vocabulary: int, max_len: int, empty_share: float = 0.1) -> list[list[str]]:
    words = [f"t{i}" for i in range(vocabulary)] + ODD_TOKENS[: rng.randint(0, len(ODD_TOKENS))]
    weights = [1 / (rank + 1) for rank in range(len(words))]  # Zipfian: repeated terms in a chunk
    corpus = []
    for _ in range(chunks):
        length = 0 if rng.random() < empty_share else rng.randint(1, max_len)
        corpus.append(rng.choices(words, weights, k=length))
    if not any(corpus):
        corpus[0] = [words[0]]
    return corpus


def random_query(rng: random.Random, corpus: list[list[str]]) -> list[str]:
    known = sorted({t for chunk in corpus for t in chunk})
    query = [rng.choice(known) for _ in range(rng.randint(0, 6))]
    if rng.random() < 0.4:
        query.insert(rng.randint(0, len(query)), f"unknown{rng.randint(0, 9)}")
    if query and rng.random() < 0.3:
        query.append(rng.choice(query))  # a repeated term counts again
    return query


def touched(corpus: list[list[str]], query: list[str]) -> np.ndarray:
    terms = set(query)
    return np.array([i for i, chunk in enumerate(corpus) if terms & set(chunk)], dtype=np.int64)


def assert_scores_match(index: Index, reference: BM25Okapi, corpus: list[list[str]], query: list[str]) -> None:
    ids, scores = index.score(query)
    expected = reference.get_scores(query)
    assert ids.tolist() == touched(corpus, query).tolist()
    assert scores.dtype == np.float64
    assert scores.tobytes() == expected[ids].tobytes(), query  # bit for bit
    rest = np.ones(len(corpus), dtype=bool)
    rest[ids] = False
    assert not expected[rest].any()


def reference_top(reference: BM25Okapi, corpus: list[list[str]], query: list[str], k: int, within=None) -> list[Hit]:
    """rank-bm25's ranking over the chunks containing a query term: best first, ties by chunk."""
    scores = reference.get_scores(query)
    candidates = [int(i) for i in touched(corpus, query) if within is None or int(i) in within]
    candidates.sort(key=lambda i: (-scores[i], i))
    return [Hit(i, float(scores[i])) for i in candidates[: max(k, 0)]]


# -- scores and idf against rank-bm25 ------------------------------------------------------


@pytest.mark.parametrize("seed", range(40))
def test_scores_and_idf_equal_rank_bm25_on_random_corpora(seed: int) -> None:
    rng = random.Random(seed)
    corpus = random_corpus(rng, chunks=rng.randint(1, 80), vocabulary=rng.choice([1, 2, 3, 8, 40, 300]), max_len=rng.randint(1, 40))
    reference = BM25Okapi(corpus)
    index = Index.build(corpus)
    assert index.size == len(corpus)
    assert index.avgdl == reference.avgdl
    assert index.doc_len.tolist() == reference.doc_len
    assert index.terms == sorted(reference.idf)
    for term, idf in reference.idf.items():
        assert index.idf_of(term) == idf  # exactly, epsilon floor included
    assert index.idf_of("never-seen") is None
    for _ in range(25):
        assert_scores_match(index, reference, corpus, random_query(rng, corpus))


def test_random_corpora_cover_the_idf_floor_and_zero_idf() -> None:
    """The random corpora above reach rank-bm25's special cases, so the test means something."""
    floored = zero = negative_floor = 0
    for seed in range(40):
        rng = random.Random(seed)
        corpus = random_corpus(rng, chunks=rng.randint(1, 80), vocabulary=rng.choice([1, 2, 3, 8, 40, 300]), max_len=rng.randint(1, 40))
        reference = BM25Okapi(corpus)
        eps = reference.epsilon * reference.average_idf
        floored += any(v == eps for v in reference.idf.values()) and any(v != eps for v in reference.idf.values())
        negative_floor += eps < 0 and eps in reference.idf.values()
        zero += 0.0 in reference.idf.values()
    assert floored and negative_floor
    # idf is exactly 0 when a term is in exactly half the chunks.
    corpus = [["a", "b"], ["a"], ["c"], ["c"]]
    assert BM25Okapi(corpus).idf["a"] == 0.0
    assert_scores_match(Index.build(corpus), BM25Okapi(corpus), corpus, ["a", "b", "a"])


@pytest.mark.parametrize(("k1", "b", "epsilon"), [(1.2, 0.75, 0.25), (2.0, 0.3, 0.5), (0.9, 1.0, 0.1), (1.5, 0.0, 0.25)])
def test_other_parameters_match_rank_bm25(k1: float, b: float, epsilon: float) -> None:
    rng = random.Random(int(k1 * 100 + b * 10))
    corpus = random_corpus(rng, chunks=60, vocabulary=20, max_len=30, empty_share=0)
    reference = BM25Okapi(corpus, k1=k1, b=b, epsilon=epsilon)
    index = Index.build(corpus, k1=k1, b=b, epsilon=epsilon)
    for term, idf in reference.idf.items():
        assert index.idf_of(term) == idf
    for _ in range(20):
        assert_scores_match(index, reference, corpus, random_query(rng, corpus))


def test_empty_chunk_with_b_1_is_nan_in_rank_bm25_and_left_out_here() -> None:
    # With b = 1 an empty chunk's length norm is 0, and rank-bm25 computes 0 / 0 for it.
    corpus = [["treati", "sign"], [], ["summit"], ["treati"]]
    reference, index = BM25Okapi(corpus, b=1.0), Index.build(corpus, b=1.0)
    with np.errstate(invalid="ignore"):
        expected = reference.get_scores(["treati"])
    assert np.isnan(expected[1])
    ids, scores = index.score(["treati"])
    assert ids.tolist() == [0, 3] and scores.tobytes() == expected[[0, 3]].tobytes()
    assert [h.chunk for h in index.search(["treati"])] == sorted([0, 3], key=lambda i: (-expected[i], i))


def test_idf_mean_is_summed_in_rank_bm25s_order() -> None:
    """rank-bm25 sums the idf of its terms in the order it first meets them; a float sum
    depends on its order, and the floor (epsilon * mean idf) must match to the last bit."""
    rng = random.Random(99)
    floors_that_depend_on_order = 0
    for _ in range(40):
        corpus = random_corpus(rng, chunks=rng.randint(10, 60), vocabulary=rng.randint(20, 400), max_len=50, empty_share=0)
        reference, index = BM25Okapi(corpus), Index.build(corpus)
        doc_freq: dict[str, int] = {}
        for chunk in corpus:
            for term in set(chunk):
                doc_freq[term] = doc_freq.get(term, 0) + 1
        raw = {t: math.log(len(corpus) - f + 0.5) - math.log(f + 0.5) for t, f in doc_freq.items()}
        alphabetical = 0
        for term in sorted(raw):
            alphabetical += raw[term]
        other_floor = reference.epsilon * (alphabetical / len(raw))
        if any(v < 0 for v in raw.values()) and other_floor != reference.epsilon * reference.average_idf:
            floors_that_depend_on_order += 1
        for term, idf in reference.idf.items():
            assert index.idf_of(term) == idf
    assert floors_that_depend_on_order  # these corpora would catch a sum in another order


# -- edge cases ----------------------------------------------------------------------------


def test_empty_query_and_unknown_terms_touch_nothing() -> None:
    corpus = [["treati", "sign"], ["summit"]]
    index = Index.build(corpus)
    for query in ([], ["nowher"], ["nowher", "nowher"]):
        ids, scores = index.score(query)
        assert len(ids) == 0 and len(scores) == 0
        assert not BM25Okapi(corpus).get_scores(query).any()
        assert index.search(query) == []


def test_repeated_query_terms_count_again() -> None:
    corpus = [["treati", "sign", "treati"], ["summit", "sign"], ["summit"]]
    reference, index = BM25Okapi(corpus), Index.build(corpus)
    for query in (["treati", "treati"], ["sign", "treati", "sign", "sign"], ["summit"] * 3):
        assert_scores_match(index, reference, corpus, query)
    once = index.score(["treati"])[1]
    twice = index.score(["treati", "treati"])[1]
    assert twice[0] == once[0] + once[0]


def test_single_chunk_corpus_has_negative_scores_like_rank_bm25() -> None:
    # With one chunk every term is in "more than half" of the chunks: idf is floored at
    # epsilon * mean idf, which is negative here.
    corpus = [["treati", "sign", "treati", "vienna"]]
    reference, index = BM25Okapi(corpus), Index.build(corpus)
    assert all(v < 0 for v in reference.idf.values())
    assert_scores_match(index, reference, corpus, ["treati", "vienna", "absent"])
    [hit] = index.search(["treati"])
    assert hit.chunk == 0 and hit.score == reference.get_scores(["treati"])[0] < 0


def test_empty_corpus_and_empty_chunks() -> None:
    for corpus in ([], [[]], [[], [], []]):
        index = Index.build(corpus)
        assert index.size == len(corpus)
        assert index.terms == [] and len(index.idf) == 0
        assert index.search(["anything"]) == [] and index.idf_of("anything") is None
        assert len(index.score(["anything"])[0]) == 0
        with pytest.raises(ZeroDivisionError):  # where rank-bm25 itself gives up
            BM25Okapi(corpus)
    corpus = [[], ["treati"], [], ["treati", "sign"], []]
    reference, index = BM25Okapi(corpus), Index.build(corpus)
    assert index.size == 5 and index.doc_len.tolist() == [0, 1, 0, 2, 0]
    assert_scores_match(index, reference, corpus, ["treati", "sign"])


def test_postings_and_contains_follow_the_corpus() -> None:
    rng = random.Random(5)
    corpus = random_corpus(rng, chunks=50, vocabulary=30, max_len=25)
    index = Index.build(corpus)
    assert index.offsets[0] == 0 and index.offsets[-1] == len(index.post_chunks) == len(index.post_tf)
    assert np.all(np.diff(index.offsets) > 0)
    assert index.post_chunks.dtype == np.int32 and index.post_tf.dtype == np.float64
    assert index.offsets.dtype == np.int64 and index.doc_len.dtype == np.int64
    for term in index.terms:
        chunks, tf = index.postings(term)
        expected = [(i, chunk.count(term)) for i, chunk in enumerate(corpus) if term in chunk]
        assert list(zip(chunks.tolist(), tf.tolist())) == expected
        for i, chunk in enumerate(corpus):
            assert index.contains(i, term) == (term in chunk)
    chunks, tf = index.postings("absent")
    assert len(chunks) == len(tf) == 0
    assert not index.contains(0, "absent")


# -- top k, ties and the `within` filter ---------------------------------------------------


@pytest.mark.parametrize("seed", range(12))
def test_search_ranks_like_rank_bm25(seed: int) -> None:
    rng = random.Random(1000 + seed)
    # Big enough for the partial-selection path (more than 512 candidates) on common terms.
    corpus = random_corpus(rng, chunks=rng.choice([30, 300, 1500]), vocabulary=rng.choice([5, 50, 500]), max_len=30)
    reference, index = BM25Okapi(corpus), Index.build(corpus)
    for _ in range(15):
        query = random_query(rng, corpus)
        for k in (1, 3, 10, 10_000):
            assert index.search(query, k) == reference_top(reference, corpus, query, k)
        chunks = rng.sample(range(len(corpus)), rng.randint(0, len(corpus)))
        within = set(chunks)
        assert index.search(query, 5, within=within) == reference_top(reference, corpus, query, 5, within)
        assert index.search(query, 5, within=chunks) == index.search(query, 5, within=within)
        # A range (a document's chunks) is scored on its own: the same hits and scores.
        start = rng.randrange(len(corpus))
        stretch = range(start, rng.randint(start, len(corpus) + 3))
        assert index.search(query, 8, within=stretch) == reference_top(reference, corpus, query, 8, set(stretch))


@pytest.mark.parametrize(("dense_share", "sample"), [(16, 4096), (0, 4096), (10**9, 4096), (10**9, 7)])
def test_common_terms_scored_as_whole_arrays_rank_like_rank_bm25(monkeypatch: pytest.MonkeyPatch, dense_share: int, sample: int) -> None:
    # A query with a common term (in at least 1 / DENSE_SHARE of the chunks) is scored over
    # every chunk at once and its k best looked for above a sampled floor, or among the
    # chunks with a rarer term when those beat anything the common terms alone can give:
    # the same scores and rankings as rank-bm25 whichever terms count as common (none with
    # 0, every one with 10**9) and however many chunks are sampled.
    monkeypatch.setattr(bm25, "DENSE_SHARE", dense_share)
    monkeypatch.setattr(bm25, "TOP_K_SAMPLE", sample)
    rng = random.Random(dense_share + sample)
    corpus = random_corpus(rng, chunks=2000, vocabulary=400, max_len=30)
    reference, index = BM25Okapi(corpus), Index.build(corpus)
    by_frequency = sorted(index.terms, key=lambda term: len(index.postings(term)[0]))
    for _ in range(25):
        rare_and_common = [rng.choice(by_frequency[:200]), rng.choice(by_frequency[-20:])]
        for query in (random_query(rng, corpus), rare_and_common, rare_and_common[::-1] + rare_and_common[1:]):
            assert_scores_match(index, reference, corpus, query)
            for k in (1, 8, 10_000):
                assert index.search(query, k) == reference_top(reference, corpus, query, k)
        start = rng.randrange(len(corpus))
        stretch = range(start, start + 40)  # a document's chunks, after the whole arrays exist
        assert index.search(query, 8, within=stretch) == reference_top(reference, corpus, query, 8, set(stretch))
    assert bool(index._dense) == (dense_share > 0)  # whether common terms went through whole arrays


def test_k_zero_or_negative_gives_nothing() -> None:
    index = Index.build([["a"], ["a", "b"]])
    assert index.search(["a"], 0) == [] and index.search(["a"], -3) == []


@pytest.mark.parametrize("copies", [5, 700, 3000])
def test_ties_go_to_the_earlier_chunk(copies: int) -> None:
    # Many identical chunks tie exactly; the earliest ones must win, at any size (3000
    # candidates go through the partial selection). Fillers keep the idf positive.
    corpus = [["treati", "sign"]] * copies + [["treati", "treati", "sign"]] + [["treati", "sign"]] * 3
    corpus += [[f"filler{i}"] for i in range(copies + 10)]
    index = Index.build(corpus)
    hits = index.search(["treati", "sign"], k=4)
    assert [h.chunk for h in hits] == [copies, 0, 1, 2]  # the chunk with "treati" twice first
    assert hits[1].score == hits[2].score == hits[3].score < hits[0].score
    assert hits == reference_top(BM25Okapi(corpus), corpus, ["treati", "sign"], 4)
    # Ties at the cut among equal scores only: the first chunks.
    assert [h.chunk for h in index.search(["sign"], k=3, within=set(range(copies)) | {copies + 2})] == [0, 1, 2]


def test_within_filter_edge_cases() -> None:
    corpus = [["treati"], ["treati", "sign"], ["sign"], ["summit"]] + [[f"filler{i}"] for i in range(6)]
    index = Index.build(corpus)
    assert index.search(["treati", "sign"], within=set()) == []
    assert [h.chunk for h in index.search(["treati", "sign"], within={2, 3})] == [2]
    assert [h.chunk for h in index.search(["treati"], within={-1, 1, 99})] == [1]  # out of range ignored
    assert [h.chunk for h in index.search(["treati"], within=range(0, 4))] == [0, 1]  # shorter chunk first
    assert index.search(["treati"], within=range(0, 4)) == reference_top(BM25Okapi(corpus), corpus, ["treati"], 10)
    assert index.search(["absent"], within={0}) == []


def test_hits_are_plain_python_numbers() -> None:
    [hit] = Index.build([["a", "b"], ["b"]]).search(["a"])
    assert type(hit.chunk) is int and type(hit.score) is float


@settings(max_examples=150, deadline=None)
@given(
    corpus=st.lists(st.lists(st.sampled_from(["a", "b", "c", "d", "e", ""]), max_size=8), min_size=1, max_size=12).filter(any),
    query=st.lists(st.sampled_from(["a", "b", "c", "d", "e", "", "z"]), max_size=6),
    k=st.integers(min_value=1, max_value=14),
)
def test_property_scores_and_top_k_match_rank_bm25(corpus: list[list[str]], query: list[str], k: int) -> None:
    reference, index = BM25Okapi(corpus), Index.build(corpus)
    assert_scores_match(index, reference, corpus, query)
    assert index.search(query, k) == reference_top(reference, corpus, query, k)


# -- storage and imports -------------------------------------------------------------------


def test_cache_round_trip_keeps_every_score(tmp_path: Path) -> None:
    from tutor.search.cache import INDEX_DTYPES, index_fields, index_from_fields, read_archive, write_archive

    rng = random.Random(3)
    corpus = random_corpus(rng, chunks=200, vocabulary=100, max_len=40)
    built = Index.build(corpus)
    meta, arrays = index_fields(built)
    assert arrays["post_tf"].dtype == np.uint8  # whole numbers, stored small
    path = tmp_path / "index.npz"
    write_archive(path, meta, arrays)
    loaded = index_from_fields(*read_archive(path, limit=path.stat().st_size, dtypes=INDEX_DTYPES))
    assert loaded.terms == built.terms and loaded.avgdl == built.avgdl
    for name in ("idf", "offsets", "post_chunks", "post_tf", "doc_len", "norm"):
        a, b = getattr(loaded, name), getattr(built, name)
        assert a.dtype == b.dtype and a.tobytes() == b.tobytes(), name
    reference = BM25Okapi(corpus)
    for _ in range(20):
        query = random_query(rng, corpus)
        assert_scores_match(loaded, reference, corpus, query)
        assert loaded.search(query, 8) == built.search(query, 8)
    # An index stored with float64 frequencies (as earlier caches did) loads the same.
    arrays["post_tf"] = built.post_tf
    assert index_from_fields(meta, arrays).post_tf.tobytes() == built.post_tf.tobytes()


def test_importing_the_index_does_not_import_rank_bm25() -> None:
    code = "import sys, tutor.search.bm25 as m; m.Index.build([['a']]); print('rank_bm25' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("seed", range(5))
def test_a_term_is_in_a_run_of_chunks_exactly_when_one_of_them_contains_it(seed: int) -> None:
    rng = random.Random(seed)
    corpus = random_corpus(rng, 60, 40, 12)
    index = Index.build(corpus)
    terms = sorted({t for chunk in corpus for t in chunk}) + ["absent"]
    for _ in range(200):
        start = rng.randrange(len(corpus))
        chunks = range(start, rng.randrange(start, len(corpus) + 1))
        term = rng.choice(terms)
        assert index.contains_in(term, chunks) == any(term in corpus[i] for i in chunks)


# -- the plain-Python index of a small cached knowledge base --------------------------------


def small_copy(index: Index, tmp_path: Path) -> SmallIndex:
    """`index` written to a cache archive and read back as a small index, as `load` does."""
    from tutor.search.cache import INDEX_DTYPES, index_fields, read_archive, small_index_from_fields, write_archive

    path = tmp_path / "index.npz"
    write_archive(path, *index_fields(index))
    return small_index_from_fields(*read_archive(path, limit=path.stat().st_size, dtypes=INDEX_DTYPES))


@pytest.mark.parametrize("seed", range(8))
def test_small_index_finds_what_the_numpy_index_finds_bit_for_bit(seed: int, tmp_path: Path) -> None:
    rng = random.Random(5000 + seed)
    corpus = random_corpus(rng, chunks=rng.choice([1, 30, 300, 1500]), vocabulary=rng.choice([3, 50, 500]), max_len=30)
    index = Index.build(corpus)
    small = small_copy(index, tmp_path)
    reference = BM25Okapi(corpus) if any(corpus) else None
    assert small.terms == index.terms and small.size == index.size
    assert small.largest_idf() == index.largest_idf() and small.median_idf() == index.median_idf()
    for _ in range(15):
        query = random_query(rng, corpus)
        for k in (0, 1, 3, 10, 10_000):
            assert small.search(query, k) == index.search(query, k)
        if reference is not None and len(corpus) > 1:
            assert small.search(query, 10) == reference_top(reference, corpus, query, 10)
        chunks = rng.sample(range(len(corpus)), rng.randint(0, len(corpus)))
        assert small.search(query, 5, within=chunks) == index.search(query, 5, within=set(chunks))
        start = rng.randrange(len(corpus))
        stretch = range(start - rng.randint(0, 2), rng.randint(start, len(corpus) + 3))
        assert small.search(query, 8, within=stretch) == index.search(query, 8, within=stretch)
        assert small.terms_in(chunks[:5], query) == index.terms_in(chunks[:5], query)
        for term in query:
            assert small.idf_of(term) == index.idf_of(term)
            assert small.contains_in(term, stretch) == index.contains_in(term, range(max(stretch.start, 0), stretch.stop))
            assert small.contains(start, term) == index.contains(start, term)
    assert small.search(["absent"]) == [] and small.idf_of("absent") is None


def test_small_index_ties_go_to_the_earlier_chunk(tmp_path: Path) -> None:
    corpus = [["treati", "sign"]] * 700 + [["treati", "treati", "sign"]] + [[f"filler{i}"] for i in range(710)]
    small = small_copy(Index.build(corpus), tmp_path)
    assert small.search(["treati", "sign"], k=4) == reference_top(BM25Okapi(corpus), corpus, ["treati", "sign"], 4)
    assert [h.chunk for h in small.search(["treati", "sign"], k=4)] == [700, 0, 1, 2]
