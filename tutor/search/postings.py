"""What both BM25 indexes hold: the postings of each term, its idf and each chunk's length.

`tutor.search.bm25.Index` keeps them as NumPy arrays and `tutor.search.small_index.SmallIndex`
as plain sequences (so that a small knowledge base starts without importing NumPy); this
base holds them the same way for both, with the lookups that do not depend on which.
"""

from __future__ import annotations

from collections.abc import Sequence


class Postings:
    """Term `i` (in `terms`, sorted) occurs in chunks `post_chunks[offsets[i]:offsets[i+1]]`
    (ascending) with frequencies `post_tf[...]` at the same positions; `doc_len` has one
    length per chunk, `idf` one idf per term."""

    def __init__(
        self,
        terms: list[str],
        idf: Sequence[float],
        offsets: Sequence[int],
        post_chunks: Sequence[int],
        post_tf: Sequence[float],
        doc_len: Sequence[int],
        avgdl: float,
        k1: float,
        b: float,
    ) -> None:
        self.terms = terms
        self.term_ids = dict(zip(terms, range(len(terms))))
        self.idf = idf
        self.offsets = offsets
        self.post_chunks = post_chunks
        self.post_tf = post_tf
        self.doc_len = doc_len
        self.avgdl = avgdl
        self.k1 = k1
        self.b = b
        self._k1_plus_1 = k1 + 1

    @property
    def size(self) -> int:
        """The number of chunks (including any without tokens)."""
        return len(self.doc_len)

    def idf_of(self, term: str) -> float | None:
        """The term's idf, or None when no chunk contains it."""
        i = self.term_ids.get(term)
        return None if i is None else float(self.idf[i])
