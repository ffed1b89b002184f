"""Every English word with its frequency, kept in the cache folder as sorted lines and read by
binary search through a memory map.

Spelling repair asks whether a few hundred strings are English words when a question holds a
word the knowledge lacks. Parsing pyspellchecker's list of about 160,000 words for that costs
about 65 ms, half a `tutor ask`; a lookup in the sorted copy costs microseconds, and the copy
is written once, atomically, the first time it is needed.
"""
from __future__ import annotations

import mmap
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from tutor.files.atomic import write_atomic

# Change when the copy's format changes, so that an old copy is not read.
FILE_NAME = "english-words-1.txt"
# How many bytes of the map are copied at a time when its lines are counted.
COUNTING_WINDOW = 1 << 16


class EnglishList(Mapping[str, int]):
    """A sorted `word<TAB>count` file (UTF-8, sorted by bytes) read as a mapping."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as file:
            self._map = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)

    def _line_at(self, position: int) -> tuple[int, bytes, bytes]:
        """The start of the line holding `position`, its word and its count."""
        start = self._map.rfind(b"\n", 0, position) + 1
        end = self._map.find(b"\n", start)
        word, _, count = self._map[start:end].partition(b"\t")
        return start, word, count

    def _count(self, word: str) -> int | None:
        wanted = word.encode("utf-8")
        low, high = 0, len(self._map)
        while low < high:
            start, found, count = self._line_at((low + high) // 2)
            if found == wanted:
                return int(count)
            if found < wanted:
                low = self._map.find(b"\n", start) + 1
            else:
                high = start
        return None

    def __getitem__(self, word: str) -> int:
        count = self._count(word) if "\n" not in word and "\t" not in word else None
        if count is None:
            raise KeyError(word)
        return count

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and "\n" not in word and "\t" not in word and self._count(word) is not None

    def __iter__(self) -> Iterator[str]:
        start = 0
        while start < len(self._map):
            end = self._map.find(b"\n", start)
            yield self._map[start:end].partition(b"\t")[0].decode("utf-8")
            start = end + 1

    def __len__(self) -> int:
        """The number of lines, counted a window at a time: the map is never copied whole."""
        return sum(self._map[at : at + COUNTING_WINDOW].count(b"\n") for at in range(0, len(self._map), COUNTING_WINDOW))


def cached_english(cache_dir: Path | None, words: Callable[[], dict[str, int]]) -> Mapping[str, int]:
    """The English list from its copy in `cache_dir`, written from `words()` when missing; the
    words themselves when there is no cache folder or it cannot be written."""
    if cache_dir is None:
        return words()
    path = cache_dir / FILE_NAME
    try:
        if not path.exists():
            counts = words()
            lines = sorted(f"{word}\t{count}\n".encode("utf-8") for word, count in counts.items() if word and "\n" not in word and "\t" not in word)
            cache_dir.mkdir(parents=True, exist_ok=True)
            write_atomic(path, b"".join(lines))
            return counts
        return EnglishList(path)
    except (OSError, ValueError):
        return words()  # a read-only or full disk only costs speed
