"""Which stems are those of everyday English words ("real", "job"), asked one stem at a time.

Stemming all 18,000 everyday words up front takes about 45 ms, paid by any question with
a word the knowledge base lacks, while a question asks about a handful of stems. A Snowball
stem keeps its word's letters but for the last two at most ("tying" -> "tie", "happy" ->
"happi"), so only the words that begin as the stem does, less those two letters, are stemmed.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection


class EverydayStems:
    """Membership of stems in the stems of a word list, worked out per stem and remembered."""

    def __init__(self, words: Collection[str], stem: Callable[[str], str]) -> None:
        self._words = words
        self._sorted: list[str] | None = None  # sorted on first need
        self._stem = stem
        self._known: dict[str, bool] = {}

    def __contains__(self, stem: str) -> bool:
        """Whether an everyday word has this stem (remembered once worked out)."""
        known = self._known.get(stem)
        if known is None:
            known = self._known[stem] = any(self._stem(word) == stem for word in self._beginning_with(stem[:-2] or stem[:1]))
        return known

    def _beginning_with(self, start: str) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self._words)
        words = self._sorted
        first = bisect_left(words, start)
        last = bisect_left(words, start + "\uffff", first)
        return words[first:last]
