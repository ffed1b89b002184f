"""Whether a one-word answer states an idea: an apt word ("arrest") or a bare keyword ("official").

One word cannot state a sentence-sized idea, but it can answer a question that asks for a
thing: "What does diplomatic immunity protect a diplomat from?" "Arrest." A word is apt for
an expectation when it is not generic (no more of the knowledge documents use it than
`GENERIC_WORD_SHARE`, near it as the reference knowledge had it: `Vocabulary.is_generic`) and it carries most of what the idea says beyond the question: the
idea's words (its parenthesised asides left out, and the words of the prompt, which the
question already says), each weighed by how rare it is in the knowledge base, are mostly
matched by the word or its sense. "Arrest" carries "arrest and detention"; "P5" carries
nothing of "it belongs to the five permanent members", "official" is generic, and "courts"
only part of "the jurisdiction of the host state's courts".
"""

from __future__ import annotations

import re
from functools import lru_cache

from tutor.files.paths import SHIPPED_KNOWLEDGE, user_cache_dir
from tutor.lessons.grading import Token, tokens, words_match
from tutor.search.vocabulary import Vocabulary, cached_vocabulary
from tutor.tuning import APT_WORD_COVER

_ASIDE = re.compile(r"\([^)]*\)")


@lru_cache(maxsize=1)
def shipped_vocabulary() -> Vocabulary:
    """How many of the shipped knowledge documents use each word: read once, when a one-word answer first needs it."""
    return cached_vocabulary(SHIPPED_KNOWLEDGE, user_cache_dir())


def is_apt(word: Token, idea: str, prompt: str, vocabulary: Vocabulary | None = None) -> bool:
    """True when the one word `word` states `idea` in answer to `prompt` (see the module's note)."""
    vocabulary = vocabulary or shipped_vocabulary()
    if vocabulary.is_generic(word.stem):
        return False
    asked = tokens(prompt)
    said = [t for t in tokens(_ASIDE.sub(" ", idea)) if not any(words_match(t, p) for p in asked)]
    total = sum(vocabulary.weight(t.stem) for t in said)
    covered = sum(vocabulary.weight(t.stem) for t in said if t.negated == word.negated and (words_match(word, t) or words_match(t, word)))
    return total > 0 and covered / total > APT_WORD_COVER
