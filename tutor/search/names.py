"""Which words a text writes as names: "Egypt", "Jordan", "Carter", not "Treaty".

A word is a name when it is written with a capital inside a sentence nearly every time
(NAME_SHARE times for each time in lower case, and twice at least); a capital opening a
sentence tells nothing. The vocabulary (`tutor.search.vocabulary`) reads the whole
knowledge so; the scope decision (`tutor.search.retrieval`) reads only the passages that
hold one word of a question.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from tutor.search.text import split_words
from tutor.tuning import NAME_SHARE

_SENTENCE_END = re.compile(r"[.!?:;\n#|]")  # what may stand between the end of a sentence (or a line, a heading, a table cell) and the next word


def written_as_names(texts: Iterable[str]) -> frozenset[str]:
    """The folded words the texts write as names."""
    capitals: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        words = split_words(text)
        for before, w in zip(words, words[1:]):
            if w.folded.isalpha() and not _SENTENCE_END.search(text[before.end : w.start]):
                (capitals if w.original[0].isupper() else lower)[w.folded] += 1
    return frozenset(w for w, n in capitals.items() if n >= 2 and n >= NAME_SHARE * lower[w])


def names_as_written(text: str) -> frozenset[str]:
    """The folded words a learner writes as names: with a capital inside a sentence
    ("Stellaris" of "how does diplomacy work in Stellaris") or with two capitals or more
    anywhere ("PMQs", "JCOA"). None when most words have a capital (a title, or shouting)."""
    words = split_words(text)
    capitalised = [w for w in words if w.original[:1].isupper()]
    if 2 * len(capitalised) > len(words):
        return frozenset()
    acronyms = {w.folded for w in capitalised if sum(c.isupper() for c in w.original) > 1}
    inside = {w.folded for before, w in zip(words, words[1:]) if w.original[:1].isupper() and not _SENTENCE_END.search(text[before.end : w.start])}
    return frozenset(inside | acronyms)

