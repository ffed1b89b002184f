"""A document's chunks as the index sees them: their BM25 tokens and the words they hold.

A chunk's tokens are its document's title (TITLE_WEIGHT times), its heading path
(HEADING_WEIGHT times), the questions its section answers (QUESTION_WEIGHT times) and its
text without markup; its words (counted for typo repair) are the folded words of its
title, section and text. Titles and headings are tokenised once per document, and a text
without markup is split once for both its tokens and its words.

This module imports no NumPy, so that worker processes parsing a large knowledge base
(`tutor.search.indexing`) start quickly.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from itertools import chain, count
from typing import NamedTuple

from tutor.search.glossary import Glossary
from tutor.search.knowledge import LIST_ITEM, MARKUP, Document, ParsedFile, Source, parse_source
from tutor.search.text import Tokenizer, word_forms
from tutor.tuning import HEADING_WEIGHT, QUESTION_WEIGHT, TITLE_WEIGHT

# A list item anywhere in a text (`Chunk.plain_text` drops its marker).
_LIST_LINE = re.compile(LIST_ITEM.pattern, re.MULTILINE)


class Analysis(NamedTuple):
    """A document's chunks analysed, as numbers that travel cheaply between processes."""

    terms: list[str]  # the document's distinct tokens, in the order they first occur
    tokens: array  # every chunk's tokens (chunk after chunk) as positions in `terms`
    lengths: array  # how many tokens each chunk has
    words: list[str]  # the distinct folded words of its chunks' titles, sections and texts
    word_counts: array  # how often each of `words` occurs there


class ChunkAnalyser:
    """Tokens and word counts of documents' chunks, with one tokenizer (and its memo) for all."""

    def __init__(self, glossary: Glossary, common_words: set[str] | frozenset[str]) -> None:
        glossary.common_words = frozenset(common_words)
        self.tokenizer = Tokenizer(glossary)

    def document(self, doc: Document) -> Analysis:
        """The tokens of each of the document's chunks and the counts of their words."""
        tokenizer = self.tokenizer
        seen: dict[str, tuple[list[str], list[str]]] = {}  # title or section -> (folded words, tokens)

        def once(text: str) -> tuple[list[str], list[str]]:
            if text not in seen:
                written, folded = word_forms(text)
                seen[text] = (folded, tokenizer.tokens_of_words(written, folded))
            return seen[text]

        term_ids: defaultdict[str, int] = defaultdict(count().__next__)  # numbers new terms as they come
        tokens, lengths = array("i"), array("i")
        counts: Counter[str] = Counter()
        for chunk in doc.chunks:
            title_words, title_tokens = once(chunk.title)
            section_words, section_tokens = once(chunk.section)
            written, folded = word_forms(chunk.text)
            counts.update(chain(title_words, section_words, folded))
            if not has_markup(chunk.text):
                text_tokens = tokenizer.tokens_of_words(written, folded)  # the plain text has the same words
            else:
                text_tokens = tokenizer.tokens(chunk.plain_text())
            chunk_tokens = (
                title_tokens * TITLE_WEIGHT
                + ([] if chunk.section == "Overview" else section_tokens) * HEADING_WEIGHT
                + (tokenizer.tokens(" ".join(chunk.questions)) * QUESTION_WEIGHT if chunk.questions else [])
                + text_tokens
            )
            tokens.extend(map(term_ids.__getitem__, chunk_tokens))
            lengths.append(len(chunk_tokens))
        return Analysis(list(term_ids), tokens, lengths, list(counts), array("q", counts.values()))


def has_markup(text: str) -> bool:
    """Whether `Chunk.plain_text` would change the words of `text` (markup, list items)."""
    return (("*" in text or "_" in text or "`" in text) and MARKUP.search(text) is not None) or _LIST_LINE.search(text) is not None


def analyse_source(analyser: ChunkAnalyser, source: Source) -> tuple[ParsedFile, Analysis | None]:
    """One knowledge file parsed, and its document's chunks analysed."""
    parsed = parse_source(source)
    return parsed, None if parsed.document is None else analyser.document(parsed.document)


_worker_analyser: ChunkAnalyser | None = None  # in a worker process: set once by `start_worker`


def start_worker(groups: list[list[str]], common_words: set[str]) -> None:
    """Set up a worker process: the glossary and common words every chunk is tokenised with."""
    global _worker_analyser
    _worker_analyser = ChunkAnalyser(Glossary(groups), common_words)


def analyse_in_worker(source: Source) -> tuple[ParsedFile, Analysis | None]:
    """`analyse_source` in a worker process that `start_worker` set up."""
    assert _worker_analyser is not None, "start_worker was not called"
    return analyse_source(_worker_analyser, source)
