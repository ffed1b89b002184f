"""The BM25 index: rank-bm25's formula, scored through an inverted index.

`rank_bm25.BM25Okapi` is the reference for the formula and its parameters (k1, b and the
epsilon floor on idf). Its `get_scores` walks every chunk in Python for every query term,
which takes hundreds of milliseconds at 100,000 chunks. This index keeps, for each term,
the chunks that contain it and how often (postings), so a question only touches the
chunks that share a term with it, and each touched chunk gets exactly the score
`get_scores` gives it: the statistics are computed the way rank-bm25 computes them (the
same document frequencies, the same `math.log` calls, the idf sum in the same order) and
every score is the same float operations in the same order. A term in a large share of
the chunks is added as one array over every chunk instead (adding 0.0 changes no sum),
and the k best are found without scoring every chunk when a bound allows it (`search`).
`tests/test_bm25.py` proves it on random corpora; `benchmarks/retrieval.py` measures the
difference.

Building the postings needs no per-token Python loop: tokens become term ids in one
C-level pass, then one sort of (term, chunk) keys yields postings and term frequencies.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from itertools import chain, count

import numpy as np

from tutor.search.hit import Hit
from tutor.search.postings import Postings
from tutor.tuning import B, DENSE_SHARE, EPSILON, K1, TOP_K_SAMPLE


def okapi_idf(doc_freq: np.ndarray, first_seen: np.ndarray, size: int, epsilon: float = EPSILON) -> np.ndarray:
    """rank-bm25's `BM25Okapi` idf for terms with these document frequencies, bit for bit.

    `idf = log(N - df + 0.5) - log(df + 0.5)`, and a negative idf becomes
    `epsilon * mean idf`. The mean is the plain left-to-right sum that rank-bm25 takes
    over its terms in the order it first met them (`first_seen`: term ids in that order),
    because a float sum depends on its order. `math.log` (not `np.log`, whose SIMD
    versions may round differently) runs once per distinct document frequency.
    """
    if len(doc_freq) == 0:
        return np.zeros(0, dtype=np.float64)
    distinct, which = np.unique(doc_freq, return_inverse=True)
    per_df = np.array([math.log(size - f + 0.5) - math.log(f + 0.5) for f in distinct.tolist()], dtype=np.float64)
    idf = per_df[which.reshape(-1)]
    idf_sum = 0
    for value in idf[first_seen].tolist():
        idf_sum += value
    eps = epsilon * (idf_sum / len(idf))
    idf[idf < 0] = eps
    return idf


class Index(Postings):
    """An inverted BM25 index over NumPy arrays (the layout of `Postings`), with a length
    norm per chunk."""

    def __init__(
        self,
        terms: list[str],
        idf: np.ndarray,
        offsets: np.ndarray,
        post_chunks: np.ndarray,
        post_tf: np.ndarray,
        doc_len: np.ndarray,
        avgdl: float,
        k1: float = K1,
        b: float = B,
    ) -> None:
        # Term frequencies may come stored as small integers (the cache does that); they
        # are whole numbers, so float64 holds them exactly, as rank-bm25's arithmetic does.
        super().__init__(terms, idf, offsets, post_chunks, np.asarray(post_tf, dtype=np.float64), doc_len, avgdl, k1, b)
        # Same expression, same order of operations as rank-bm25, so scores match bit for bit.
        if len(doc_len) and avgdl:
            self.norm = k1 * (1 - b + b * doc_len / avgdl)
        else:
            self.norm = np.zeros(len(doc_len), dtype=np.float64)
        # Each term's additions to the scores of the chunks that contain it, on first use:
        # along its postings, or for a common term (`_is_common`) as one array over every
        # chunk, 0 where it is absent.
        self._contributions: dict[int, np.ndarray] = {}
        self._dense: dict[int, np.ndarray] = {}
        self._largest: dict[int, float] = {}

    @classmethod
    def build(cls, corpus: list[list[str]], k1: float = K1, b: float = B, epsilon: float = EPSILON) -> "Index":
        """Index tokenised chunks with rank-bm25's statistics (`BM25Okapi(corpus, k1, b, epsilon)`).

        A corpus with no tokens at all (no chunks, or only empty ones) gives an index that
        finds nothing; rank-bm25 itself raises ZeroDivisionError there.
        """
        doc_len = np.fromiter(map(len, corpus), dtype=np.int64, count=len(corpus))
        # Each token's term id, numbered in the order rank-bm25 first meets the terms (it
        # sums their idf in that order), in one C-level pass: a defaultdict numbers new terms.
        first_ids: defaultdict[str, int] = defaultdict(count().__next__)
        token_terms = np.fromiter(map(first_ids.__getitem__, chain.from_iterable(corpus)), dtype=np.int64, count=int(doc_len.sum()))
        return cls.from_term_ids(token_terms, list(first_ids), doc_len, k1, b, epsilon)

    @classmethod
    def from_term_ids(
        cls, token_terms: np.ndarray, seen: list[str], doc_len: np.ndarray, k1: float = K1, b: float = B, epsilon: float = EPSILON
    ) -> "Index":
        """`build` from the corpus in numbers: every token (chunk after chunk, `doc_len[c]`
        of chunk `c`) as the position in `seen` of its term, and `seen` the terms in the
        order they first occur. (Numbers travel cheaply from the processes that tokenise.)"""
        size = len(doc_len)
        total = int(doc_len.sum())
        if total == 0:
            return cls([], np.zeros(0), np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int32), np.zeros(0), doc_len, 1.0, k1, b)
        token_terms = token_terms.astype(np.int64, copy=False)
        # Renumber the terms in sorted order: `first_seen[j]` is the sorted id of the j-th
        # term met, so `idf[first_seen]` lists the idf in rank-bm25's order.
        order = sorted(range(len(seen)), key=seen.__getitem__)
        terms = [seen[i] for i in order]
        del seen
        first_seen = np.empty(len(terms), dtype=np.int64)
        first_seen[np.array(order, dtype=np.int64)] = np.arange(len(terms), dtype=np.int64)
        del order
        token_terms = first_seen[token_terms]
        # One key per token, term-major then chunk: sorted, each run of equal keys is one
        # posting and its length is the term frequency.
        keys = token_terms
        del token_terms
        keys *= size
        keys += np.repeat(np.arange(size, dtype=np.int64), doc_len)
        keys.sort()
        new_run = np.empty(total, dtype=bool)
        new_run[0] = True
        np.not_equal(keys[1:], keys[:-1], out=new_run[1:])
        starts = np.flatnonzero(new_run)
        del new_run
        post_tf = np.empty(len(starts), dtype=np.float64)
        np.subtract(starts[1:], starts[:-1], out=post_tf[:-1])
        post_tf[-1] = total - starts[-1]
        pairs = keys[starts]
        del keys, starts
        post_chunks = np.empty(len(pairs), dtype=np.int32)
        np.remainder(pairs, size, out=post_chunks, casting="unsafe")
        # Term t's postings are the pairs with t * size <= key < (t + 1) * size.
        offsets = np.searchsorted(pairs, np.arange(len(terms) + 1, dtype=np.int64) * size)
        del pairs
        idf = okapi_idf(np.diff(offsets), first_seen, size, epsilon)
        avgdl = total / size  # as rank-bm25 computes it: int / int
        return cls(terms, idf, offsets.astype(np.int64), post_chunks, post_tf, doc_len, avgdl, k1, b)

    def largest_idf(self) -> float:
        """The highest idf (1.0 for an empty index)."""
        return float(self.idf.max()) if len(self.idf) else 1.0

    def median_idf(self) -> float:
        """The upper median idf (1.0 for an empty index). np.partition, not np.median:
        median imports numpy.ma, a tenth of a second."""
        middle = len(self.idf) // 2
        return float(np.partition(self.idf, middle)[middle]) if len(self.idf) else 1.0

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """Chunks containing `term` (ascending) and the term's frequency in each."""
        i = self.term_ids.get(term)
        if i is None:
            return self.post_chunks[:0], self.post_tf[:0]
        start, end = self.offsets[i], self.offsets[i + 1]
        return self.post_chunks[start:end], self.post_tf[start:end]

    def chunks_with(self, term: str) -> list[int]:
        """The chunks containing `term`, ascending."""
        return self.postings(term)[0].tolist()

    def contains(self, chunk: int, term: str) -> bool:
        """Whether `chunk` contains `term`."""
        chunks, _ = self.postings(term)
        at = int(chunks.searchsorted(chunk))  # the method: np.searchsorted's wrapper costs more than the search
        return at < len(chunks) and int(chunks[at]) == chunk

    def terms_in(self, chunks: list[int], terms: list[str]) -> list[list[str]]:
        """For each of `chunks`, those of `terms` it contains (in their order): one binary
        search per term for all the chunks."""
        found: list[list[str]] = [[] for _ in chunks]
        if not chunks:
            return found
        wanted = np.array(chunks, dtype=np.int64)
        for term in terms:
            postings, _ = self.postings(term)
            if not len(postings):
                continue
            at = postings.searchsorted(wanted)
            present = postings[np.minimum(at, len(postings) - 1)] == wanted
            for i in np.flatnonzero(present).tolist():
                found[i].append(term)
        return found

    def contains_in(self, term: str, chunks: range) -> bool:
        """Whether any chunk of the consecutive `chunks` (a document's) contains `term`."""
        found, _ = self.postings(term)
        at = int(found.searchsorted(chunks.start))
        return at < len(found) and int(found[at]) < chunks.stop

    def score(self, query: list[str], lo: int = 0, hi: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The chunks touched by `query` (ascending) and their BM25 scores, among chunks
        `lo` to `hi` (all by default; a document's chunks are such a range).

        Each score is bit-identical to `BM25Okapi.get_scores(query)` for that chunk; every
        other chunk scores exactly 0 there. Repeated query terms count again, as in rank-bm25.
        """
        found = [i for i in map(self.term_ids.get, query) if i is not None]
        if not found:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        hi = self.size if hi is None else hi
        if lo == 0 and hi == self.size and self._whole_applies(found):
            whole = self._whole_scores(found)
            ids = np.flatnonzero(whole)
            return ids, whole[ids]
        return self._touched_scores(found, lo, hi)

    def _touched_scores(self, found: list[int], lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """The chunks from `lo` to `hi` that contain one of query term ids `found`
        (ascending), and their scores: each term's additions go to its chunks' places
        among them, in the query's order."""
        runs = [self._run(i, lo, hi) for i in found]
        touched = union([chunks for chunks, _ in runs])
        scores = np.zeros(len(touched))
        for chunks, contribution in runs:
            scores[touched.searchsorted(chunks)] += contribution
        return touched.astype(np.int64), scores

    def _whole_applies(self, found: list[int]) -> bool:
        """Whether query term ids `found` are scored with whole arrays: one of them is
        common (`_is_common`) and every idf is above 0, so that a chunk is touched exactly
        when its score is above 0."""
        return any(map(self._is_common, found)) and all(self.idf[i] > 0 for i in set(found))

    def _whole_scores(self, found: list[int]) -> np.ndarray:
        """Every chunk's score for query term ids `found` (0 where none is present).

        Common terms are added as whole arrays (0.0 where absent, which changes no sum),
        the others through their postings, in the query's order: the same additions as
        `score` makes.
        """
        scores = np.zeros(self.size)
        for i in found:
            if self._is_common(i):
                scores += self._dense_contribution(i)
            else:
                chunks, contribution = self._run(i, 0, self.size)
                scores[chunks] += contribution
        return scores

    def _best_of_all(self, found: list[int], k: int) -> tuple[np.ndarray, np.ndarray]:
        """Chunks (ascending) among which the k best for query term ids `found` are, and
        their scores, when `_whole_applies`.

        The chunks that contain one of the query's rarer terms are scored first. When the
        k-th best of them beats the most that the common terms alone can give (the sum of
        their largest additions), every other chunk scores less, so the k best are among
        them. Otherwise every chunk is scored, and the candidates are those above a floor.
        """
        rare = {i: self._run(i, 0, self.size) for i in found if not self._is_common(i)}
        if rare:
            candidates = union([chunks for chunks, _ in rare.values()])
            if len(candidates) >= k:
                scores = np.zeros(len(candidates))
                for i in found:  # the same additions, in the same order, as `_whole_scores`
                    if i in rare:
                        chunks, contribution = rare[i]
                        scores[candidates.searchsorted(chunks)] += contribution
                    else:
                        scores += self._dense_contribution(i)[candidates]
                kth = np.partition(scores, len(scores) - k)[len(scores) - k]
                most = sum(self._largest_contribution(i) for i in found if self._is_common(i))
                # A sum of a few floats can round up by a few parts in 10**16: the margin covers it.
                if most * (1 + 1e-9) < kth:
                    return candidates, scores
        whole = self._whole_scores(found)
        ids = best_candidates(whole, k)
        return ids, whole[ids]

    def _largest_contribution(self, term: int) -> float:
        """The most that common term id `term` adds to any chunk's score."""
        largest = self._largest.get(term)
        if largest is None:
            largest = self._largest[term] = float(self._dense_contribution(term).max())
        return largest

    def _is_common(self, term: int) -> bool:
        """Whether term id `term` is in at least 1 / DENSE_SHARE of the chunks."""
        return (int(self.offsets[term + 1]) - int(self.offsets[term])) * DENSE_SHARE >= self.size

    def _dense_contribution(self, term: int) -> np.ndarray:
        """What term id `term` adds to every chunk's score, 0 where it is absent."""
        dense = self._dense.get(term)
        if dense is None:
            start, end = int(self.offsets[term]), int(self.offsets[term + 1])
            dense = np.zeros(self.size)
            dense[self.post_chunks[start:end]] = self._contribution(term)
            self._dense[term] = dense
            self._contributions.pop(term, None)  # the whole array serves `_run` too
        return dense

    def _contribution(self, term: int) -> np.ndarray:
        """What term id `term` adds to the score of each chunk in its postings."""
        contribution = self._contributions.get(term)
        if contribution is None:
            start, end = int(self.offsets[term]), int(self.offsets[term + 1])
            tf = self.post_tf[start:end]
            # rank-bm25: score += idf * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl))).
            # Worked out once per term: each element is the same IEEE operations either way.
            contribution = self.idf[term] * (tf * self._k1_plus_1 / (tf + self.norm[self.post_chunks[start:end]]))
            self._contributions[term] = contribution
        return contribution

    def _run(self, term: int, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """The chunks from `lo` to `hi` that contain term id `term`, and what the term adds
        to each one's score: two binary searches cut them from the term's postings, whose
        chunks are ascending."""
        start, end = int(self.offsets[term]), int(self.offsets[term + 1])
        first, last = 0, end - start
        if lo > 0 or hi < self.size:
            first, last = (int(at) for at in self.post_chunks[start:end].searchsorted((lo, hi)))
        chunks = self.post_chunks[start + first : start + last]
        dense = self._dense.get(term)
        if dense is not None:
            return chunks, dense[chunks]
        return chunks, self._contribution(term)[first:last]

    def search(self, query: list[str], k: int = 10, within: Iterable[int] | None = None) -> list[Hit]:
        """The k best chunks touched by `query`, best first; equal scores go to the earlier chunk.

        `within` (chunk positions) keeps only those chunks; a `range` of them (a
        document's) is scored alone, which is much faster on a large index. Only chunks that contain a query
        term are candidates, so a chunk rank-bm25 would score 0 is never returned.
        """
        if k <= 0:
            return []
        if isinstance(within, range) and within.step == 1:
            ids, scores = self.score(query, max(within.start, 0), min(max(within.stop, within.start, 0), self.size))
            within = None
        elif within is None and self._whole_applies(found := [i for i in map(self.term_ids.get, query) if i is not None]):
            ids, scores = self._best_of_all(found, k)
        else:
            ids, scores = self.score(query)
        if within is not None and len(ids):
            allowed = np.fromiter(within, dtype=np.int64)
            mask = np.zeros(self.size, dtype=bool)
            mask[allowed[(allowed >= 0) & (allowed < self.size)]] = True
            keep = mask[ids]
            ids, scores = ids[keep], scores[keep]
        if len(ids) > max(k, 512):
            # Narrow down to k first: the k-th best score, every better chunk, then the
            # earliest chunks that equal it (ids are ascending, so the first ones).
            kth = np.partition(scores, len(scores) - k)[len(scores) - k]
            better = np.flatnonzero(scores > kth)
            equal = np.flatnonzero(scores == kth)[: k - len(better)]
            chosen = np.concatenate((better, equal))
            chosen.sort()
            ids, scores = ids[chosen], scores[chosen]
        # Best first; a stable sort keeps equal scores in chunk order.
        order = np.argsort(-scores, kind="stable")[:k]
        return [Hit(chunk, score) for chunk, score in zip(ids[order].tolist(), scores[order].tolist())]


def best_candidates(scores: np.ndarray, k: int) -> np.ndarray:
    """Chunks (ascending) among which the k best of `scores` are: every chunk scoring above
    0 and at least the k-th best of a sample of the chunks, which is no more than the k-th
    best of all (`scores`: every chunk's score, 0 for untouched chunks, others above 0)."""
    sample = scores[:: max(1, len(scores) // TOP_K_SAMPLE)]
    floor = float(np.partition(sample, len(sample) - k)[len(sample) - k]) if len(sample) >= k else 0.0
    return np.flatnonzero(scores >= floor) if floor > 0 else np.flatnonzero(scores)


def union(sorted_arrays: list[np.ndarray]) -> np.ndarray:
    """The distinct values of ascending arrays, ascending (a sort, not np.unique's hashing:
    several times faster on a few thousand chunk numbers)."""
    if len(sorted_arrays) == 1:
        return sorted_arrays[0]
    values = np.concatenate(sorted_arrays)
    values.sort()
    keep = np.empty(len(values), dtype=bool)
    keep[:1] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]
