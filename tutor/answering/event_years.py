"""Whether a past event happened in the year a yes/no question gives it ("was the Cuban
Missile Crisis in 1962?", "did the Congress of Vienna take place in 1820?"): the question
names nothing but the event and a year, so no sentence's words speak to the claim; the years
the event's own document is dated by (its title, else its front matter) do.
"""

from __future__ import annotations

import re

from tutor.answering.claims import ClaimReader
from tutor.answering.sentence_verdict import Verdict
from tutor.answering.sentences import SentenceReader
from tutor.search.retrieval import Passage, Retriever
from tutor.search.text import YEAR

# The topics of documents on one past event, dated by their titles ("Suez Crisis (1956)",
# "Congress of Vienna (1814-1815)").
EVENT_TOPICS = frozenset({"cases", "history"})
# A title's dating bracket: a year or a span of years, after any other name ("(Belfast
# Agreement, 1998)").
TITLE_YEARS = re.compile(r"\((?:[^()]*,\s*)?(?P<start>\d{4})(?:\s*[-\u2013]\s*(?P<end>\d{4}))?\)\s*$")
# A claim in the past, the only kind a date answers ("was", "did", not "is").
PAST_CLAIM = re.compile(r"^\W*(?:was|were|did)\b", re.IGNORECASE)
# Words saying only that the event took place, which claim nothing beside the year.
HAPPENING_WORDS = ("happen", "happened", "occur", "occurred", "take", "took", "place", "held", "start", "started", "begin", "began")


class EventYears:
    """Yes or no to a claim that a past event was in a year, from its document's dates."""

    def __init__(self, retriever: Retriever, reader: SentenceReader, claims: ClaimReader) -> None:
        self.retriever = retriever
        self.reader = reader
        self.claims = claims
        self.happening = retriever.terms_of(HAPPENING_WORDS)

    def verdict(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """"Yes" with the sentence giving the year when the event's dates take it in, "no"
        with the sentence dating the event when they do not; None unless the question is a
        past claim naming only the answer's event and one year, of a document dated by its
        title or front matter."""
        asked = set(YEAR.findall(question))
        if len(asked) != 1 or not PAST_CLAIM.match(question) or not passages or not sentences:
            return None
        doc_id = passages[0].chunk.doc_id
        span = self._dates(doc_id)
        named = [t for t in tokens if t not in asked and t not in self.happening]
        if span is None or not self.claims.claim_subject(named) <= self.retriever.title_terms(doc_id) or not self.claims.names_only_its_subject(named):
            return None
        year = int(next(iter(asked)))
        within = span[0] <= year <= span[1]
        wanted = {year} if within else set(range(span[0], span[1] + 1))
        word = "yes" if within else "no"
        chunks = self.retriever.documents[doc_id].chunks
        # The overview dates the event itself ("signed on 17 September 1978"); a sentence of
        # the answer may date something else that year ("the Nobel Peace Prize for 1978").
        for sentence, _ in self.reader.of(chunks[0]) if chunks else ():
            if wanted & {int(y) for y in YEAR.findall(sentence)}:
                return Verdict(word, sentence, None if sentence in sentences else Passage(chunks[0], 0.0))
        dated = next((s for s in sentences if wanted & {int(y) for y in YEAR.findall(s)}), None)
        if dated is not None:
            return Verdict(word, dated)
        for chunk in chunks[1:]:
            for sentence, _ in self.reader.of(chunk):
                if wanted & {int(y) for y in YEAR.findall(sentence)}:
                    return Verdict(word, sentence, Passage(chunk, 0.0))
        return None

    def _dates(self, doc_id: str) -> tuple[int, int] | None:
        """The first and last year of a past event's document, from its title's bracket or
        its front matter's year; None for a document not on one event."""
        document = self.retriever.documents[doc_id]
        if document.topic not in EVENT_TOPICS:
            return None
        bracket = TITLE_YEARS.search(document.title)
        if bracket is not None:
            return int(bracket["start"]), int(bracket["end"] or bracket["start"])
        return (document.year, document.year) if document.year else None
