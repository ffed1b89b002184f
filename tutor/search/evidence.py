"""The retrieval evidence behind an answer: "why this answer?" in the app, `tutor kb search`.

How the question was read (typos repaired), its search terms, the best passages with their
BM25 scores and the terms each contains, and the in-scope decision with its thresholds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.search.retrieval import Retriever
from tutor.search.text import clean_user_text
from tutor.tuning import MAX_QUESTION_CHARS

PASSAGES = 5


@dataclass
class EvidencePassage:
    """One retrieved passage: where it is, its score and the query terms it contains."""

    chunk_id: str
    doc_id: str
    title: str
    section: str
    score: float
    matched: list[str]


@dataclass
class Evidence:
    """Why the retriever found what it found for a question, and whether it answers."""

    question: str
    read_as: str
    typos: list[tuple[str, str]]
    terms: list[str]
    passages: list[EvidencePassage]
    coverage: float
    top_score: float
    named_documents: list[str]  # titles of the documents the question names
    rest_coverage: float
    known: float
    fit: float
    in_scope: bool
    min_coverage: float
    min_known: float
    min_rest_coverage: float
    notes: list[str] = field(default_factory=list)
    asks_judgement: bool = False  # "which is best": declined whatever the shares
    # The best passage shares a term of diplomacy with the question, not only everyday
    # words ("tie" of "diplomatic ties" for "how to tie a tie"): see `Retriever.holds_term_of_trade`.
    holds_term_of_trade: bool = True
    # The question names something ("Japan") the best passage does not: see `Retriever.names_some`.
    misses_named_subject: bool = False
    everyday_sense: bool = False  # a word of diplomacy in its everyday sense: see `Retriever.everyday_senses`
    domestic: tuple[str, ...] = ()  # words of a country's internal matters, nothing of foreign relations: see `Retriever.domestic_focus`

    def decision(self) -> str:
        """The in-scope decision in words, with the numbers behind it."""
        if not self.passages:
            return "Declined: no passage contains any of the question's terms."
        numbers = (
            f"the knowledge base knows {self.known:.0%} of the question's weight (needs {self.min_known:.0%}) "
            f"and the best passage holds {self.fit:.0%} of what it knows (needs {self.min_coverage:.0%})"
        )
        if self.named_documents:
            numbers += f"; the question names {', '.join(self.named_documents)}, whose best passage covers {self.rest_coverage:.0%} of it (needs {self.min_rest_coverage:.0%})"
        if self.in_scope:
            return f"Answered: {numbers}."
        if self.asks_judgement:
            return f"Declined as out of scope: the question asks which is good or best, which the knowledge base never says; {numbers}."
        if self.everyday_sense:
            return f"Declined as out of scope: the question uses a word of diplomacy in its everyday sense; {numbers}."
        if self.domestic:
            return f"Declined as out of scope: the question asks of a country's internal matters ({', '.join(self.domestic)}), with nothing of relations between states, and no section lists it; {numbers}."
        if self.misses_named_subject:
            return f"Declined as out of scope: the question names something the best passage does not name; {numbers}."
        if not self.holds_term_of_trade:
            return f"Declined as out of scope: the best passage shares only everyday words with the question, no term of diplomacy; {numbers}."
        return f"Declined as out of scope: {numbers}."


def gather_evidence(retriever: Retriever, question: str, k: int = PASSAGES) -> Evidence:
    """Search for `question` as a standalone question and collect the evidence."""
    text = clean_user_text(question, MAX_QUESTION_CHARS)
    corrected, fixes = retriever.repair(text)
    result = retriever.search(corrected, k=k)
    terms = list(dict.fromkeys(result.tokens))
    passages = []
    for passage in result.passages:
        position = retriever.position[passage.chunk.id]
        matched = [term for term in terms if retriever.index.contains(position, term)]
        passages.append(EvidencePassage(passage.chunk.id, passage.chunk.doc_id, passage.chunk.title, passage.chunk.section, passage.score, matched))
    documents = retriever.documents
    holds = retriever.holds_term_of_trade(result)
    named = [documents[doc_id].title if doc_id in documents else doc_id for doc_id in result.mentioned_documents]
    return Evidence(
        question=text,
        read_as=corrected,
        typos=[(str(a), str(b)) for a, b in fixes],
        terms=terms,
        passages=passages,
        coverage=result.coverage,
        top_score=result.top_score,
        named_documents=named,
        rest_coverage=result.rest_coverage,
        known=result.known,
        fit=result.fit,
        in_scope=retriever.in_scope(result) and holds,
        min_coverage=retriever.min_coverage,
        min_known=retriever.min_known,
        min_rest_coverage=retriever.min_rest_coverage,
        asks_judgement=result.asks_judgement,
        misses_named_subject=result.misses_named_subject,
        everyday_sense=result.everyday_sense,
        domestic=result.domestic,
        holds_term_of_trade=holds,
    )
