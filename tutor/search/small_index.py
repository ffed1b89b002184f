"""The BM25 index of a small knowledge base, in plain Python: no NumPy to import.

A cached start of the shipped knowledge base (a few hundred chunks) spends more time
importing NumPy than answering. This index holds the same arrays as `tutor.search.bm25.Index`
(read from the cache as plain sequences) and gives every chunk the same score, bit for
bit: the same length norm, the same per-term additions (each the same IEEE operations on
the same numbers) summed from 0.0 in the query's order, and the same order of results
(best first, equal scores to the earlier chunk). `tests/test_bm25.py` compares the two.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from heapq import nsmallest

from tutor.search.hit import Hit
from tutor.search.postings import Postings


class SmallIndex(Postings):
    """An inverted BM25 index over plain sequences (the layout of `Postings`)."""

    def __init__(self, *fields, **named) -> None:
        super().__init__(*fields, **named)
        # Each term's chunks and what it adds to their scores, worked out on first use.
        self._runs: dict[int, tuple[Sequence[int], list[float]]] = {}

    def largest_idf(self) -> float:
        """The highest idf (1.0 for an empty index)."""
        return max(self.idf, default=1.0)

    def median_idf(self) -> float:
        """The upper median idf, as `Index.median_idf` (1.0 for an empty index)."""
        return sorted(self.idf)[len(self.idf) // 2] if len(self.idf) else 1.0

    def _chunks(self, term: str) -> Sequence[int]:
        """The chunks containing `term`, ascending."""
        i = self.term_ids.get(term)
        return self.post_chunks[0:0] if i is None else self.post_chunks[self.offsets[i] : self.offsets[i + 1]]

    def chunks_with(self, term: str) -> list[int]:
        """The chunks containing `term`, ascending."""
        return list(self._chunks(term))

    def contains(self, chunk: int, term: str) -> bool:
        """Whether `chunk` contains `term`."""
        chunks = self._chunks(term)
        at = bisect_left(chunks, chunk)
        return at < len(chunks) and chunks[at] == chunk

    def terms_in(self, chunks: list[int], terms: list[str]) -> list[list[str]]:
        """For each of `chunks`, those of `terms` it contains (in their order)."""
        return [[term for term in terms if self.contains(chunk, term)] for chunk in chunks]

    def contains_in(self, term: str, chunks: range) -> bool:
        """Whether any chunk of the consecutive `chunks` (a document's) contains `term`."""
        found = self._chunks(term)
        at = bisect_left(found, chunks.start)
        return at < len(found) and found[at] < chunks.stop

    def _run(self, term: int) -> tuple[Sequence[int], list[float]]:
        """The chunks containing term id `term` and what it adds to each one's score:
        rank-bm25's `idf * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl)))`, the
        operations `Index` makes on each element, in the same order."""
        run = self._runs.get(term)
        if run is None:
            start, end = self.offsets[term], self.offsets[term + 1]
            chunks = self.post_chunks[start:end]
            idf, k1, b, avgdl, k1_plus_1, doc_len = self.idf[term], self.k1, self.b, self.avgdl, self._k1_plus_1, self.doc_len
            additions = [idf * (tf * k1_plus_1 / (tf + k1 * (1 - b + b * doc_len[c] / avgdl))) for c, tf in zip(chunks, self.post_tf[start:end])]
            run = self._runs[term] = (chunks, additions)
        return run

    def search(self, query: list[str], k: int = 10, within: Iterable[int] | None = None) -> list[Hit]:
        """The k best chunks touched by `query`, best first; equal scores go to the earlier
        chunk. `within` (chunk positions, or a range of them) keeps only those chunks.
        Repeated query terms count again, as in rank-bm25."""
        if k <= 0:
            return []
        stretch = within if isinstance(within, range) and within.step == 1 else None
        scores: dict[int, float] = {}
        get = scores.get
        for term in query:
            i = self.term_ids.get(term)
            if i is None:
                continue
            chunks, additions = self._run(i)
            if stretch is not None:  # a document's chunks: cut them from the run
                first, last = bisect_left(chunks, stretch.start), bisect_left(chunks, stretch.stop)
                chunks, additions = chunks[first:last], additions[first:last]
            for chunk, addition in zip(chunks, additions):
                scores[chunk] = get(chunk, 0.0) + addition
        if within is not None and stretch is None:
            allowed = within if isinstance(within, range) else set(within)
            scores = {chunk: score for chunk, score in scores.items() if chunk in allowed}
        # Best first, equal scores in chunk order.
        return [Hit(chunk, score) for chunk, score in nsmallest(k, scores.items(), key=lambda item: (-item[1], item[0]))]
