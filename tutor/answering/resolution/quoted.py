"""A phrase a question quotes ("who said 'peace for our time'?") is looked for as written: a
passage saying it answers before passages that only share its words, which are common
("peace", "time") and find the Kellogg-Briand Pact's renunciation of war; and the knowledge
saying it word for word is evidence enough that the question is one it answers."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.search.retrieval import Retriever, SearchResult
from tutor.tuning import QUOTE_MAX_PASSAGES

# A phrase in quotation marks, of two words or more; a single quote only where it opens and
# closes a phrase, not an apostrophe ("what's", "the diplomats' bags").
QUOTED = re.compile(r"[\"\u201c\u201d](?P<double>[^\"\u201c\u201d]+?)[\"\u201c\u201d]|(?<![\w])['\u2018](?P<single>[^'\u2018\u2019]+?)['\u2019](?![\w])")
SPACES = re.compile(r"\s+")


def quoted_phrases(text: str) -> list[str]:
    """The phrases of two words or more a text quotes, folded, their spaces made single."""
    found = (m["double"] or m["single"] for m in QUOTED.finditer(text))
    return [phrase for phrase in (SPACES.sub(" ", f).strip().casefold() for f in found) if len(phrase.split()) >= 2]


def saying_the_quote(retriever: Retriever, text: str, result: SearchResult) -> tuple[SearchResult, bool]:
    """The result with the best passage saying the phrase the question quotes put first (the
    result itself when its best passage says it), and whether a passage says it; the result
    unchanged and False when the question quotes nothing, or what it quotes is said in no
    passage or in more than QUOTE_MAX_PASSAGES (common wording, not the knowledge's own)."""
    phrases = quoted_phrases(text)
    if not phrases or not result.passages:
        return result, False
    # Only a phrase of the knowledge's own, said in few passages, not common wording.
    holders = [c for c in retriever.chunks if any(phrase in SPACES.sub(" ", c.text).casefold() for phrase in phrases)]
    if not holders or len(holders) > QUOTE_MAX_PASSAGES:
        return result, False
    saying_it = {chunk.id for chunk in holders}
    if result.passages[0].chunk.id in saying_it:
        return result, True
    saying = next((p for p in result.passages if p.chunk.id in saying_it), None)
    holder = saying.chunk.doc_id if saying is not None else holders[0].doc_id
    # Searched within the document saying it, so that no rule choosing among documents
    # puts back the one that only shares the quote's common words.
    within = retriever.search("", tokens=result.tokens, within_doc=holder)
    saying = next((p for p in within.passages if p.chunk.id in saying_it), None)
    if saying is None:
        return result, False
    return replace(within, passages=[saying, *(p for p in within.passages if p is not saying)]), True
