"""A search result of the BM25 indexes: a chunk and its score."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """A chunk (by position in the index) and its BM25 score for a query."""

    chunk: int
    score: float
