"""Whether a body existed in the year a yes/no question gives ("did the UN exist in 1919?", "was
NATO around in 1945?", "was there a League of Nations in 1950?"): the question names nothing but
its subject and a year, so no sentence's words speak to the claim; the years the subject's own
document dates it by do.

Only what those years settle is said. A title's span ("League of Nations (1920-1946)") bounds a
body at both ends: "yes" within it, "no" outside. An institution's document dated by the year
of its front matter says "no" only to a year before it, and only when a sentence says it was
founded that year and from nothing before it (not "in its present form", nor "replaced" or
"grew out of" another): after that year it may have ended, been renamed or merged.
"""

from __future__ import annotations

import re

from tutor.answering.claims import ClaimReader
from tutor.answering.sentence_verdict import Verdict
from tutor.answering.sentences import SentenceReader
from tutor.search.knowledge import TITLE_YEARS, Chunk
from tutor.search.retrieval import TITLE_PARTS, Passage, Retriever

# A claim that something existed ("did the UN exist", "was NATO around", "was there a League"),
# in a year ("in 1919", "by 1950"), not before or after one.
EXISTED = re.compile(
    r"^\W*(?:(?:did|does|do|was|were|is|are)\s+(?:(?!\b(?:exist|exists|existed|around)\b)[^?])*?\b(?:exist|exists|existed|around|in existence)\b"
    r"|(?:was|were|is|are)\s+there\s+(?:a|an|any|the|already|yet)\b)",
    re.IGNORECASE,
)
IN_YEAR = re.compile(r"\b(?:in|by)\s+(?:the\s+year\s+)?(?P<year>\d{4})\b(?!s)", re.IGNORECASE)
# Words of the claim beside its subject and its year.
EXISTENCE_WORDS = "exist exists existed existence around there already yet back then in by the year"
# A founding said in a sentence, an ending, and a founding that was of a new form of something
# older.
FOUNDED = re.compile(r"\b(?:founded|established|created|set up|launched|formed)\b", re.IGNORECASE)
ENDED = re.compile(r"\b(?:dissolv\w*|disband\w*|wound up|abolish\w*|ceased)\b", re.IGNORECASE)
FROM_SOMETHING_OLDER = re.compile(r"\b(?:present|modern|current|today's) form\b|\b(?:replac|succeed|successor|forerunner|predecessor|renamed|grew out of|transformed)", re.IGNORECASE)


def claims_existence_in_a_year(question: str) -> bool:
    """Whether a question claims that something existed in one year ("was the UN around in
    1925?"), which its subject's dates settle, not what else that year saw."""
    return EXISTED.match(question) is not None and len(IN_YEAR.findall(question)) == 1 and len(re.findall(r"\b\d{4}\b", question)) == 1


class Existence:
    """Yes or no to a claim that a body existed in a year, from its document's dates."""

    def __init__(self, retriever: Retriever, reader: SentenceReader, claims: ClaimReader) -> None:
        self.retriever = retriever
        self.reader = reader
        self.claims = claims
        self.existing = frozenset(retriever.query_tokens(EXISTENCE_WORDS))

    def verdict(self, question: str, passages: list[Passage], tokens: list[str]) -> Verdict | None:
        """The verdict its dates settle (see the module's note); None unless the question
        claims only that one body existed in one year, and its document dates it."""
        if not claims_existence_in_a_year(question) or not passages:
            return None
        years = IN_YEAR.findall(question)
        named = [t for t in tokens if t != years[0] and t not in self.existing]
        subject = self.claims.claim_subject(named)
        if not subject or not self.claims.names_only_its_subject(named):
            return None
        # The subject's own document, which the answer's may not be ("did the UN exist in
        # 1919?" finds the League in a history of diplomacy); one titled for it alone, not
        # with another body ("WTO and GATT") whose dates would be taken for its own.
        own = [passages[0].chunk.doc_id, *self.retriever.mentioned_documents(tokens)]
        doc_id = next((d for d in own if subject <= self.retriever.title_terms(d)), None)
        if doc_id is None:
            return None
        document = self.retriever.documents[doc_id]
        if document.topic != "institutions" or len(TITLE_PARTS.split(TITLE_YEARS.sub("", document.title))) > 1:
            return None
        year = int(years[0])
        said = self._sentences(doc_id)
        bracket = TITLE_YEARS.search(document.title)
        if bracket is not None and bracket["end"]:
            # Dated by the sentence saying it was founded, or that it ended ("dissolved in 1946").
            start, end = int(bracket["start"]), int(bracket["end"])
            dated, saying = (end, ENDED) if year > end else (start, FOUNDED)
            found = next(((s, c) for s, c in said if str(dated) in s and saying.search(s)), None)
            return Verdict("yes" if start <= year <= end else "no", found[0], Passage(found[1], 0.0), by_dates=True) if found else None
        if bracket is not None or not document.year or year >= document.year:
            return None
        founding = next(((s, c) for s, c in said if str(document.year) in s and FOUNDED.search(s)), None)
        if founding is None or FROM_SOMETHING_OLDER.search(founding[0]):
            return None
        # The sentence's earliest year, when it dates a step before the one the front matter
        # gives ("established by the Charter ... signed ... 1945, and held its first meeting
        # on 17 January 1946").
        if year >= min(int(y) for y in re.findall(r"\b\d{4}\b", founding[0])):
            return None
        return Verdict("no", founding[0], Passage(founding[1], 0.0), by_dates=True)

    def _sentences(self, doc_id: str) -> list[tuple[str, Chunk]]:
        """The document's sentences in order, each with its chunk."""
        return [(sentence, chunk) for chunk, sentence, _ in self.reader.of_document(doc_id)]
