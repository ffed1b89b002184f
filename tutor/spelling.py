"""Repairing obvious typos against the knowledge base's own vocabulary.

A word the knowledge base has never seen is replaced by the most frequent known word
within a small edit distance ("diplomcy" -> "diplomacy", "wat" -> "what"). Candidates come
from a deletion index (the SymSpell idea): two words within one edit of each other share a
string obtained by deleting at most one letter from each.
"""

from __future__ import annotations

from tutor.text import STOP_WORDS, prepare, split_words

# Function words are far more common than any content word, and question words more
# common still in questions: this makes "wat" -> "what" rather than "war" or "was".
FUNCTION_WORD_COUNT = 1_000_000
QUESTION_WORDS = ("what", "who", "when", "where", "why", "how", "which")
# Words this common in everyday English are never "repaired", even when the knowledge
# base lacks them: "pull" must not become "full", nor "bread" become "break".
COMMON_WORD_MIN_COUNT = 1000


def common_english_words() -> set[str]:
    """Everyday English words, from pyspellchecker's word-frequency list.

    pyspellchecker is used only for this list, and only when an index is built: the
    result is stored in the index cache.
    """
    import gzip
    import json
    from importlib import resources

    data = (resources.files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    counts = json.loads(gzip.decompress(data))
    return {word for word, count in counts.items() if count >= COMMON_WORD_MIN_COUNT and word.isalpha()}


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, or limit + 1 when larger."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


class Speller:
    """Corrects unknown words to known ones; the deletion index is built on first use."""

    def __init__(self, word_counts: dict[str, int], common_words: set[str] | frozenset[str] = frozenset()) -> None:
        self.common_words = common_words
        self.counts = dict(word_counts)
        for word in STOP_WORDS:
            if word.isalpha() and len(word) > 1:
                self.counts[word] = FUNCTION_WORD_COUNT
        for word in QUESTION_WORDS:
            self.counts[word] = 2 * FUNCTION_WORD_COUNT
        self._deletion_index: dict[str, list[str]] | None = None

    def knows(self, word: str) -> bool:
        return word in self.counts

    def _index(self) -> dict[str, list[str]]:
        if self._deletion_index is None:
            index: dict[str, list[str]] = {}
            for word in self.counts:
                if word.isalpha() and len(word) >= 3:
                    for key in _deletes(word):
                        index.setdefault(key, []).append(word)
            self._deletion_index = index
        return self._deletion_index

    def correct(self, word: str) -> str | None:
        """The known word meant by an unknown `word`, or None if there is no clear one."""
        if len(word) < 3 or not word.isalpha() or word in self.counts or word in self.common_words:
            return None
        limit = 1 if len(word) <= 5 else 2
        index = self._index()
        candidates = {match for key in _deletes(word) for match in index.get(key, ())}
        best: tuple[int, int, str] | None = None
        for candidate in candidates:
            distance = edit_distance(word, candidate, limit)
            if distance <= limit:
                rank = (distance, -self.counts[candidate], candidate)
                if best is None or rank < best:
                    best = rank
        return best[2] if best else None

    def repair(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """`text` folded, with unknown words replaced; also the (typo, fix) pairs made."""
        prepared = prepare(text)
        fixes: list[tuple[str, str]] = []
        pieces: list[str] = []
        last = 0
        for word in split_words(text):
            fix = self.correct(word.folded)
            if fix is not None:
                pieces.append(prepared[last : word.start].casefold())
                pieces.append(fix)
                last = word.end
                fixes.append((word.folded, fix))
        pieces.append(prepared[last:].casefold())
        return "".join(pieces), fixes
