"""Whether the knowledge says how the office or body a process question names is filled or
makes its decisions ("how is the french president elected?", "how does the UK Parliament pass
a law?"): a sentence or heading saying a process word (elect, appoint, pass, adopt ...) with
every word of the subject, each in the sentence, its section's heading or its document's
title, as it is or begun by it ("chair" in "chairperson"). Words spread over several
documents ("French" in Geneva 1954, "president" in Minsk, "elected" in the Security Council)
do not say it; "how is the UN Secretary-General appointed?" finds "The Secretary-General is
appointed by the General Assembly ..." in the United Nations' document."""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.answering.sentences import SentenceReader
from tutor.search.knowledge import Chunk
from tutor.search.retrieval import Retriever
from tutor.tuning import PROCESS_PREFIX


@dataclass
class ProcessSubjects:
    """Reads the subject of a process question against the knowledge (see `unsaid`)."""

    retriever: Retriever
    reader: SentenceReader
    process_terms: frozenset[str]  # terms of the process words ("elect", "appoint", "pass")
    generic_terms: frozenset[str]  # words any subject may take ("members", "countries")
    _labels: dict[str, frozenset[str]] = field(default_factory=dict)
    _forms: dict[str, frozenset[str]] = field(default_factory=dict)

    def unsaid(self, subject: str) -> bool:
        """Whether no sentence or heading of the knowledge says a process word with every
        term of `subject` (the words of a glossary name count as said where its concept is)."""
        terms = {t for t in self.retriever.query_tokens(subject) if t not in self.generic_terms and t not in self.process_terms}
        if not terms:
            return False
        index = self.retriever.index
        forms = {t: self._forms_of(t) for t in terms}
        for chunk in self.retriever.chunks:
            position = self.retriever.position[chunk.id]
            label = self._label(chunk)
            if not all(not label.isdisjoint(forms[t]) or any(index.contains(position, form) for form in forms[t]) for t in terms):
                continue
            if not label.isdisjoint(self.process_terms) and self._says(forms, label):
                return False
            for _, words in self.reader.of(chunk):
                if not words.isdisjoint(self.process_terms) and self._says(forms, words | label):
                    return False
        return True

    def _says(self, forms: dict[str, frozenset[str]], words: frozenset[str]) -> bool:
        """Whether `words` hold every term in one of its forms, a glossary name's words where
        its concept is."""
        concepts = {t for t in forms if t.startswith("=") and t in words}
        named = self.retriever.kb.glossary.name_stems(concepts, self.retriever.tokenizer.stem) if concepts else frozenset()
        return all(t in named or not words.isdisjoint(said) for t, said in forms.items())

    def _forms_of(self, term: str) -> frozenset[str]:
        """The term and the knowledge's terms it begins (PROCESS_PREFIX letters or more, no
        glossary concept): "chair" is said in "chairperson"."""
        forms = self._forms.get(term)
        if forms is None:
            longer = () if term.startswith("=") or len(term) < PROCESS_PREFIX else (v for v in self.retriever.index.term_ids if v.startswith(term))
            forms = self._forms[term] = frozenset((term, *longer))
        return forms

    def _label(self, chunk: Chunk) -> frozenset[str]:
        """The terms of a chunk's document title and section heading."""
        label = self._labels.get(chunk.id)
        if label is None:
            label = self._labels[chunk.id] = frozenset(self.retriever.query_tokens(f"{chunk.title} {chunk.section}"))
        return label
