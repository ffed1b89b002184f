"""The chunks of a cached knowledge base, made into `Chunk` objects only when asked for.

A knowledge base of 100,000 sections holds 100,000 chunks, but a question reads a handful.
The cache keeps their texts as one string with the end of each, and their ids, headings,
lines and questions as plain lists and sequences of numbers; `StoredChunks[i]` builds
chunk `i` on first use (then keeps it, so the same chunk is always the same object).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import overload

from tutor.search.knowledge import Chunk, Document


class ChunkSequence(Sequence[Chunk]):
    """A read-only list of chunks whose `chunk(i)` gives chunk `i` (0 <= i < len)."""

    def chunk(self, i: int) -> Chunk:
        raise NotImplementedError

    @overload
    def __getitem__(self, i: int) -> Chunk: ...

    @overload
    def __getitem__(self, i: slice) -> list[Chunk]: ...

    def __getitem__(self, i: int | slice) -> Chunk | list[Chunk]:
        if isinstance(i, slice):
            return [self.chunk(j) for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("chunk index out of range")
        return self.chunk(i)


class StoredChunks(ChunkSequence):
    """All chunks in knowledge-base order; document `d` owns chunks `starts[d]` to `starts[d+1]`."""

    def __init__(
        self,
        documents: list[Document],
        starts: list[int],
        ids: list[str],
        sections: list[str],
        questions: dict[int, list[str]],
        lines: Sequence[int],
        texts: str,
        text_ends: Sequence[int],
    ) -> None:
        self.documents = documents
        self.starts = starts
        self.ids = ids
        self.sections = sections
        self.questions = questions
        self.lines = lines
        self.texts = texts
        self.text_ends = text_ends
        self._made: dict[int, Chunk] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def chunk(self, i: int) -> Chunk:
        chunk = self._made.get(i)
        if chunk is None:
            d = bisect_right(self.starts, i) - 1
            doc = self.documents[d]
            start = int(self.text_ends[i - 1]) if i else 0
            text = self.texts[start : int(self.text_ends[i])]
            chunk = Chunk(self.ids[i], doc.id, doc.title, self.sections[i], text, int(self.lines[i]), i - self.starts[d], list(self.questions.get(i, [])))
            self._made[i] = chunk
        return chunk

    def of_document(self, d: int) -> "ChunkRange":
        """The chunks of the `d`-th document, as a sequence of their own."""
        end = self.starts[d + 1] if d + 1 < len(self.starts) else len(self)
        return ChunkRange(self, self.starts[d], end)


class ChunkRange(ChunkSequence):
    """Chunks `start` to `end` of stored chunks: one document's `chunks`."""

    def __init__(self, stored: StoredChunks, start: int, end: int) -> None:
        self.stored = stored
        self.start = start
        self.end = end

    def __len__(self) -> int:
        return self.end - self.start

    def chunk(self, i: int) -> Chunk:
        return self.stored.chunk(self.start + i)

