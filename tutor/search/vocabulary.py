"""How generic a word is: the share of the knowledge documents that use it.

A word most documents use ("official", "states", "security") says little about which idea
an answer has; a word few use ("arrest", "sovereignty") says much. The lessons use this to
tell an apt one-word answer from a bare generic keyword, and `tutor lesson --check` to warn
about accept phrasings of one generic word. Words are compared by stem (the search
tokenizer's), so "arrested" counts for "arrest". The vocabulary also knows the words the
documents write as names, with a capital inside a sentence nearly every time ("Egypt",
"Jordan", "Carter"; not "Treaty", which they also write in lower case): a lesson's grader
tells by them a party to an agreement from an everyday word.

The counts over the shipped knowledge are kept as JSON in the cache folder, keyed by the
knowledge files' bytes and the tokenizer's version, so a later start reads one small file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from tutor.files.digest import digest
from tutor.files.jsoncache import cached_json
from tutor.search.knowledge import KnowledgeBase, build_knowledge, read_sources
from tutor.search.names import written_as_names
from tutor.search.text import TOKENIZER_VERSION, Stemmer, split_words
from tutor.tuning import GENERIC_REFERENCE_DOCUMENTS, GENERIC_REFERENCE_STEMS, GENERIC_WORD_MARGIN, GENERIC_WORD_SHARE


@dataclass(frozen=True)
class Vocabulary:
    """The number of documents using each stem, out of `documents`."""

    counts: dict[str, int]
    documents: int
    names: frozenset[str] = frozenset()  # folded words the documents write as names

    def share(self, stem: str) -> float:
        """The share of the documents that use `stem` (0 for a word no document uses)."""
        return self.counts.get(stem, 0) / self.documents if self.documents else 0.0

    def is_generic(self, stem: str) -> bool:
        """True when so many documents use `stem` that it says little about an idea: its share
        above GENERIC_WORD_SHARE, or, within GENERIC_WORD_MARGIN of it, as the reference
        knowledge had it (GENERIC_REFERENCE_STEMS), so a few added documents do not flip it;
        below the band, a reference stem stays generic down to the band's lower edge diluted
        by the documents added since (GENERIC_REFERENCE_DOCUMENTS)."""
        share = self.share(stem)
        if abs(share - GENERIC_WORD_SHARE) < GENERIC_WORD_MARGIN:
            return stem in GENERIC_REFERENCE_STEMS
        if share < GENERIC_WORD_SHARE and stem in GENERIC_REFERENCE_STEMS and self.documents:
            return share >= (GENERIC_WORD_SHARE - GENERIC_WORD_MARGIN) * min(1.0, GENERIC_REFERENCE_DOCUMENTS / self.documents)
        return share > GENERIC_WORD_SHARE

    def weight(self, stem: str) -> float:
        """How much a word tells (its smoothed inverse document frequency): rare words weigh most."""
        return math.log((self.documents + 1) / (self.counts.get(stem, 0) + 1))


def vocabulary_of(kb: KnowledgeBase) -> Vocabulary:
    """The document counts of every stem the documents of `kb` use, and the words they write as names."""
    stem = Stemmer()
    counts: dict[str, int] = {}
    for doc in kb.documents.values():
        for word in {stem(w.folded) for chunk in doc.chunks for w in split_words(chunk.text)}:
            counts[word] = counts.get(word, 0) + 1
    names = written_as_names(chunk.text for doc in kb.documents.values() for chunk in doc.chunks)
    return Vocabulary(counts, len(kb.documents), names)


def cached_vocabulary(folder: Path, cache_dir: Path | None) -> Vocabulary:
    """The vocabulary of the knowledge in `folder`, from the cache when the files are unchanged."""
    sources = read_sources([folder])
    key = digest(TOKENIZER_VERSION.encode())
    for source in sources.files:
        key.update(f"{source.path.name}\0{len(source.data or b'')}\0".encode())
        key.update(source.data or b"")

    def build() -> list:
        vocabulary = vocabulary_of(build_knowledge(sources))
        return [vocabulary.documents, vocabulary.counts, sorted(vocabulary.names)]

    documents, counts, names = cached_json(cache_dir, "vocabulary", key.hexdigest()[:24], tuple[int, dict[str, int], list[str]], build)
    return Vocabulary(counts, documents, frozenset(names))
