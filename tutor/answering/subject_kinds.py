"""What each document's subject is, read from its defining sentence (its overview's first,
"The Treaty of Versailles was the peace treaty that ..."): the words naming the subject and
the words of the kind its predicate names ("peace treaty"), so that a question asking for a
case of a kind ("name a military alliance") finds the documents whose subject is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tutor.answering.sentences import SentenceReader
from tutor.search.retrieval import Retriever

# "X is/was (a|an|the) ...": the subject before the first verb of being, the predicate after.
DEFINING = re.compile(r"^(?P<subject>.+?)\s+(?:is|are|was|were)\s+(?P<predicate>.+)$")
# What a subject is also called ("The Dayton Accords, formally the General Framework ...",
# "..., often called the Iran nuclear deal"): after the first comma, no words of its own kind.
ALSO_CALLED = re.compile(r",.*$")
# The kind the predicate names runs from after its article (and after "a set of", "the series
# of", which name no kind of their own) to the first word that ends a noun phrase: a
# relative word, a preposition, a participle of making or holding, or a comma.
KIND_PHRASE = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:(?:set|series|pair|group|number|body)\s+of\s+)?(?P<kind>.+?)"
    r"(?=\s+(?:that|which|who|whose|where|in|of|on|at|by|for|from|with|between|to|under|over|among|signed|held|adopted|concluded|created|made|reached|named|sent|set|used|taken|through|and\s+the)\b|[,;:(.]|$)"
)


@dataclass
class SubjectKinds:
    """The subject words and kind words of each document's defining sentence (read once)."""

    retriever: Retriever
    reader: SentenceReader
    _read: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = field(default_factory=dict)

    def of(self, doc_id: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The terms naming the document's subject, the terms of the kind it is said to be,
        and all the terms of its defining sentence; the title's terms and no kind when the
        first sentence says no "X is ..."."""
        read = self._read.get(doc_id)
        if read is None:
            overview = self.retriever.chunks[self.retriever.doc_chunks[doc_id][0]]
            said = self.reader.of(overview)
            sentence, terms = said[0] if said else ("", frozenset())
            defining = DEFINING.match(sentence)
            phrase = KIND_PHRASE.match(defining["predicate"]) if defining else None
            if defining is None or phrase is None:
                read = (frozenset(self.retriever.title_terms(doc_id)), frozenset(), terms)
            else:
                tokens = self.retriever.query_tokens
                read = (frozenset(tokens(ALSO_CALLED.sub("", defining["subject"]))), frozenset(tokens(phrase["kind"])), terms)
            self._read[doc_id] = read
        return read

    def is_one(self, doc_id: str, kind: str, rest: set[str]) -> bool:
        """Whether the document's subject is of the kind, or is the kind itself ("Summit
        diplomacy is ..." for "summit"), and its defining sentence says the rest of what is
        asked ("military" of "NATO ... is a political and military alliance")."""
        subject, kinds, terms = self.of(doc_id)
        return kind in subject | kinds and self._said(rest, terms)

    def is_case(self, doc_id: str, kind: str, rest: set[str]) -> bool:
        """Whether the document's subject is a case of the kind, which its predicate names
        ("NATO ... is a political and military alliance"), not the kind itself."""
        _, kinds, terms = self.of(doc_id)
        return kind in kinds and self._said(rest, terms)

    def _said(self, rest: set[str], terms: frozenset[str]) -> bool:
        """Whether the terms say the rest of what is asked; a word of a glossary name the rest
        gives as its concept is said by the concept ("ww1" of "=first-world-war": "which
        treaty ended ww1?" / "... formally ended the First World War")."""
        concepts = {t for t in rest if t.startswith("=")}
        named = self.retriever.kb.glossary.name_stems(concepts, self.retriever.tokenizer.stem) if concepts else frozenset()
        return all(t in terms or t in named for t in rest)

    def cases(self, kind: str, rest: set[str]) -> list[str]:
        """The documents whose subject is of the kind (or is the kind), saying the rest."""
        return [doc_id for doc_id in self.retriever.documents if self.is_one(doc_id, kind, rest)]
