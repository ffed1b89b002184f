"""Terms of the trade: how much more often the knowledge base uses a term than English does.

A term's keyness is the log-ratio (base 2) of its share of the knowledge's words to its
share of everyday English (pyspellchecker's frequencies of its common words; a word rarer
than those counts as never used): the "weirdness" or log-ratio keyness of corpus
linguistics (Ahmad et al. 1999; Hardie 2014). "embassy" and "veto" score
far above zero; "tie" (in "diplomatic ties") and "point" near it: a question whose only word
the knowledge shares is one of those shares everyday English with it, not its subject.
Worked out once, when the index is built, and kept in the index cache.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping

from tutor.search.text import Stemmer


def term_keyness(word_counts: Mapping[str, int], english_counts: Mapping[str, int], stemmer: Stemmer) -> dict[str, float]:
    """The keyness of each stem of the knowledge's words (`word_counts`, folded words and
    how often the knowledge uses them), against `english_counts` (folded everyday words and
    their frequency). A stem English lacks counts as used once there (add-one smoothing)."""
    knowledge: Counter[str] = Counter()
    for word, stem in zip(word_counts, stemmer.stems(list(word_counts))):
        knowledge[stem] += word_counts[word]
    english: Counter[str] = Counter()
    for word, stem in zip(english_counts, stemmer.stems(list(english_counts))):
        if stem in knowledge:
            english[stem] += english_counts[word]
    knowledge_total = sum(knowledge.values()) or 1
    english_total = sum(english_counts.values()) + 1
    return {stem: round(math.log2((n / knowledge_total) / ((english[stem] + 1) / english_total)), 2) for stem, n in knowledge.items()}
