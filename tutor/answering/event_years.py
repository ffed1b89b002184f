"""Whether a past event happened in the year a yes/no question gives it ("was the Cuban
Missile Crisis in 1962?", "did the Congress of Vienna take place in 1820?"): the question
names nothing but the event and a year, so no sentence's words speak to the claim; the years
the event's own document is dated by (its title, else its front matter) do.
"""

from __future__ import annotations

import re
from itertools import chain

from tutor.answering.claims import ClaimReader
from tutor.answering.kindred import kindred
from tutor.answering.sentence_verdict import Verdict, claimed_years
from tutor.answering.sentences import SentenceReader
from tutor.search.knowledge import PAST_TOPICS, TITLE_YEARS, Document
from tutor.search.retrieval import TITLE_PARTS, Passage, Retriever
from tutor.search.text import YEAR

# A claim in the past, the kind a date answers ("was", "did", not "is").
PAST_CLAIM = re.compile(r"^\W*(?:was|were|did)\b", re.IGNORECASE)
# And one saying what year a thing is from ("is the Vienna Convention from 1961?").
FROM_YEAR = re.compile(r"^\W*(?:is|are)\b[^?]*\b(?:from|of|dates from|dated)\s+(?:the\s+year\s+)?\d{4}\W*$", re.IGNORECASE)
# Words saying only that the event took place, which claim nothing beside the year.
HAPPENING_WORDS = ("date", "dates", "dated", "happen", "happened", "occur", "occurred", "take", "took", "place", "held", "start", "started", "begin", "began")


class EventYears:
    """Yes or no to a claim that a past event was in a year, from its document's dates."""

    def __init__(self, retriever: Retriever, reader: SentenceReader, claims: ClaimReader) -> None:
        self.retriever = retriever
        self.reader = reader
        self.claims = claims
        self.happening = retriever.terms_of(HAPPENING_WORDS)

    def _span_of(self, document: Document, tokens: list[str]) -> tuple[int, int] | None:
        """The years the document dates the question's event by: its own (`Document.years`),
        or, of a title joining subjects dated apart ("Budapest Memorandum (1994) and Minsk
        agreements (2014-2015)"), those of the one subject the question names; None when
        it names no such subject or several."""
        parts = TITLE_PARTS.split(document.title)
        dated = [(set(self.retriever.query_tokens(TITLE_YEARS.sub("", part))), TITLE_YEARS.search(part)) for part in parts]
        if sum(years is not None for _, years in dated) < 2:
            return document.years
        named = [years for terms, years in dated if terms & set(tokens)]
        if len(named) != 1 or named[0] is None:
            return None
        return int(named[0]["start"]), int(named[0]["end"] or named[0]["start"])

    def _done_another_year(self, doc_id: str, deed: set[str], span: tuple[int, int]) -> bool:
        """Whether the document's sentences saying a term of the deed with a year give
        years outside the event's span and none within it ("agreed ... in 2013" of an
        interim deal beside "agreed ... on 2 April 2015" leaves the JCPOA's 2015)."""
        years = set()
        for _, sentence, words in self.reader.of_document(doc_id):
            if kindred(deed, list(words)):
                years |= {int(year) for year in YEAR.findall(sentence)}
        return bool(years) and not any(span[0] <= year <= span[1] for year in years)

    def verdict(self, question: str, sentences: list[str], passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """"Yes" with the sentence giving the year when the event's dates take it in, "no"
        with the sentence dating the event when they do not; None unless the question is a
        past claim naming only the answer's event and one year, of a document on a past event
        dated by its title or front matter (`Document.years`)."""
        asked = claimed_years(question)
        past = PAST_CLAIM.match(question) is not None
        if len(asked) != 1 or not (past or FROM_YEAR.match(question)) or not passages or not sentences:
            return None
        document = self.retriever.documents[passages[0].chunk.doc_id]
        span = self._span_of(document, tokens) if document.topic in PAST_TOPICS else None
        named = [t for t in tokens if t not in asked and t not in self.happening]
        if span is None or not self.claims.claim_subject(named) <= self.retriever.title_terms(document.id) or not self.claims.names_only_its_subject(named):
            return None
        # A deed beside the event's name ("was the Good Friday Agreement signed in 1998?") is
        # dated by the event's years only when no sentence of its document says the deed in
        # another year ("opened for signature ... on 22 April 2016" of the Paris Agreement
        # of 2015, "the INF Treaty ended" in 2019).
        title = self.retriever.title_terms(document.id)
        deed = {t for t in named if t in self.retriever.incidental and t not in title}
        if deed and self._done_another_year(document.id, deed, span):
            return None
        year = int(next(iter(asked)))
        within = span[0] <= year <= span[1]
        if not within and not deed and str(year) in YEAR.findall(passages[0].chunk.section):
            # The section answering is dated that year ("Reagan's 'Tear down this wall'
            # (1987)" for "was it in 1987?" after a question on the speech): something of the
            # subject was then, whatever the document's own dates; a deed claimed ("was the
            # wall built in 1987?") is still dated by them.
            return None
        if not within and not past:
            # "Is the NPT from 1970?": what a thing is from may be any year its document gives
            # it ("entered into force on 5 March 1970"); a year it never gives is another's.
            if any(str(year) in YEAR.findall(sentence) for _, sentence, _ in self.reader.of_document(document.id)):
                return None
        wanted = {year} if within else set(range(span[0], span[1] + 1))
        # The overview dates the event itself ("signed on 17 September 1978"), before the
        # answer's sentences, which may date something else that year ("the Nobel Peace Prize
        # for 1978"), and before the document's other sections.
        chunks = document.chunks
        overview = [(sentence, chunks[0]) for sentence, _ in self.reader.of(chunks[0])] if chunks else []
        rest = ((sentence, chunk) for chunk in chunks[1:] for sentence, _ in self.reader.of(chunk))
        for sentence, chunk in chain(overview, ((s, None) for s in sentences), rest):
            if wanted & {int(y) for y in YEAR.findall(sentence)}:
                passage = None if chunk is None or sentence in sentences else Passage(chunk, 0.0)
                return Verdict("yes" if within else "no", sentence, passage)
        return None
