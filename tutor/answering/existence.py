"""Whether a body or a treaty existed in the year a yes/no question gives ("did the UN exist in
1919?", "was NATO around in 1945?", "was there a League of Nations in 1950?"): the question
names nothing but its subject and a year, so no sentence's words speak to the claim; the years
the subject's own document dates it by do. A title's span ("League of Nations (1920-1946)")
bounds it at both ends; the year of an institution's, instrument's or law's front matter is the
year it was founded or signed, before which it did not exist.
"""

from __future__ import annotations

import re

from tutor.answering.claims import ClaimReader
from tutor.answering.sentence_verdict import Verdict, claimed_years
from tutor.answering.sentences import SentenceReader
from tutor.search.knowledge import TITLE_YEARS
from tutor.search.retrieval import Passage, Retriever

# A claim that something existed ("did the UN exist", "was NATO around", "was there a League").
EXISTED = re.compile(
    r"^\W*(?:(?:did|does|do|was|were|is|are)\s+(?:(?!\b(?:exist|exists|existed|around)\b)[^?])*?\b(?:exist|exists|existed|around|in existence)\b"
    r"|(?:was|were|is|are)\s+there\s+(?:a|an|any|the|already|yet)\b)",
    re.IGNORECASE,
)
# Words of the claim beside its subject and its year.
EXISTENCE_WORDS = "exist exists existed existence around there already yet back then in by during the year"
# Documents whose front matter's year is when their subject was founded or signed.
FOUNDED_TOPICS = frozenset({"institutions", "instruments", "law"})


class Existence:
    """Yes or no to a claim that a body or a treaty existed in a year, from its document's dates."""

    def __init__(self, retriever: Retriever, reader: SentenceReader, claims: ClaimReader) -> None:
        self.retriever = retriever
        self.reader = reader
        self.claims = claims
        self.existing = frozenset(retriever.query_tokens(EXISTENCE_WORDS))

    def verdict(self, question: str, passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """"No" with the sentence dating the subject when the year is before its founding or
        after its end, "yes" when within; None unless the question claims only that the
        answering document's subject existed in one year, and the document dates it."""
        asked = claimed_years(question)
        if len(asked) != 1 or EXISTED.match(question) is None or not passages:
            return None
        named = [t for t in tokens if t not in asked and t not in self.existing]
        subject = self.claims.claim_subject(named)
        if not subject or not self.claims.names_only_its_subject(named):
            return None
        # The subject's own document, which the answer's may not be ("did the UN exist in
        # 1919?" finds the League in a history of diplomacy).
        own = [passages[0].chunk.doc_id, *self.retriever.mentioned_documents(tokens)]
        doc_id = next((d for d in own if subject <= self.retriever.title_terms(d)), None)
        if doc_id is None:
            return None
        document = self.retriever.documents[doc_id]
        bracket = TITLE_YEARS.search(document.title)
        if bracket is not None:
            start, end = int(bracket["start"]), int(bracket["end"] or bracket["start"])
        elif document.year and document.topic in FOUNDED_TOPICS:
            start, end = document.year, None
        else:
            return None
        year = int(next(iter(asked)))
        said = end if end is not None and year > end else start
        sentence = next((s for _, s, _ in self.reader.of_document(document.id) if str(said) in s), None)
        if sentence is None:
            return None
        chunk = next(c for c, s, _ in self.reader.of_document(document.id) if s == sentence)
        within = start <= year and (end is None or year <= end)
        return Verdict("yes" if within else "no", sentence, Passage(chunk, 0.0), by_dates=True)
