"""Keeps an answer on the subject asked: after its first sentence, a sentence stays only
while it is about what the question names or carries on from a sentence kept (`SubjectFocus`)."""

from __future__ import annotations

import re
from typing import Callable

from tutor.answering.sentences import SentenceReader, freed, stands_alone, without_also
from tutor.search.knowledge import LIST_ITEM
from tutor.search.retrieval import Passage, Retriever
from tutor.tuning import CONTRAST_SUBJECT_WORDS

# A name of several words, each capitalised but for joining words ("the Truman Doctrine", "the
# League of Arab States", "Organization for Security and Co-operation in Europe").
NAME_PHRASE = re.compile(r"\b[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|for|and|the|on|to)\s+)*[A-Z][\w'\u2019-]*)*")
# A sentence about a kind of thing, not a named one ("A consul is ...", "An envoy ...").
INDEFINITE_START = re.compile(r"An? ")


def is_list_item(sentence: str, passage: Passage) -> bool:
    """Whether a sentence begins an item of a Markdown list in its passage's text."""
    return any(LIST_ITEM.sub("", line).startswith(sentence[:40]) for line in passage.chunk.text.splitlines() if LIST_ITEM.match(line))


class SubjectFocus:
    """Drops the sentences of an answer that stray to another subject (see `kept`)."""

    def __init__(self, retriever: Retriever, reader: SentenceReader, defined: Callable[[str], set[str] | None]) -> None:
        self.retriever = retriever
        self.reader = reader
        self.defined = defined  # the terms of what a defining sentence defines, None if it defines nothing

    def kept(self, sentences: list[str], origin: dict[str, Passage], tokens: list[str], intent: str, asks_cue: bool, explained: bool) -> list[str]:
        """The answer without the sentences after its first that are about another subject
        than the one asked ("The Monroe Doctrine, set out by ..." after the Truman Doctrine's
        sentence; the other challenges to sovereignty after the sentence defining R2P; the
        other regional organisations after the Arab League).

        The subject's name is the rarest term the question and the opening both name, less
        everyday words. A later sentence stays when it names one of the question's names, or
        all of the question's words that the opening's title or heading has, not
        in a name of another thing of the same kind ("the Monroe Doctrine" beside "the Truman
        Doctrine"); or when its passage is about what the question names (its document's title
        or its section's heading has one of its names), unless it opens another thing of the kind or comes
        after one that does; or when it comes right after a sentence the answer keeps in its
        passage and leans back on it ("It ...") or opens with no other named thing. The next
        item of a list whose item opens the answer never stays unless it names the subject.
        When the opening lacks what the kind of question asks for (`asks_cue`: a person for
        "who?", a place for "where?"), a sentence that has it stays. A sentence defining a kind of thing
        that neither the question nor the sentences kept before it name ("A consul is ..."
        after what an attaché is) never stays. An answer `explained` (a "why?", a "how?", an
        "explain") keeps all its sentences rather than its opening alone."""
        lead = sentences[0]
        glossary = self.retriever.kb.glossary
        asked = set(tokens)
        names = {t for t in asked if not self.retriever.is_everyday(t)}
        subject = names & self._terms(lead)
        if not subject:
            return sentences
        idf = self.retriever.index.idf_of
        name = max(sorted(subject), key=lambda t: idf(t) or 0.0)
        # The subject's kind, when the opening calls it by a name ("Doctrine" of "the Truman
        # Doctrine", "Conference" of "the Dartmouth Conference").
        called = [phrase for phrase in NAME_PHRASE.findall(lead) if name in self._terms(phrase)]
        kind = {t for phrase in called for t in self._terms(phrase.split()[-1]) if t in asked and self.retriever.is_everyday(t)}

        def another_of_kind(text: str) -> bool:
            # A name with the kind's word and another ("the Monroe Doctrine", "the Pugwash
            # Conferences on Science and World Affairs"; not "the Doctrine").
            return any(kind & terms and name not in terms and terms - kind for terms in map(self._terms, NAME_PHRASE.findall(text)))

        def head(sentence: str) -> str:
            return " ".join(sentence.split()[:CONTRAST_SUBJECT_WORDS])

        def opens_another(sentence: str) -> bool:
            # Its first words name another thing than the question and the answer so far do
            # ("Membership of the European Union involves ..." after R2P's definition).
            return bool(named(self._terms(head(sentence))) - asked.union(*map(self._terms, kept))) or another_of_kind(head(sentence))

        def defines_another(sentence: str) -> bool:
            # It defines a kind of thing that neither the question nor the answer so far names
            # ("A nuncio is the ambassador of the Holy See." after what an ambassador presents).
            defined = self.defined(sentence) if INDEFINITE_START.match(sentence) else None
            return bool(defined) and not defined & asked.union(*map(self._terms, kept))

        def named(terms: frozenset[str]) -> set[str]:
            return {t for t in terms if t.startswith("=") and not glossary.is_a_word(t)}

        def about_subject(passage: Passage) -> bool:
            # Its document's title or its section's heading names what the question names, and
            # its heading no other thing ("Regular summits: the G7 and G20" is not about the G7).
            chunk = passage.chunk
            heading = self._terms(chunk.section)
            return bool(names & (self.retriever.title_terms(chunk.doc_id) | heading)) and not named(heading) - asked - self._terms(lead)

        # The question's words that the opening's document title or section heading has, everyday
        # ones too ("public diplomacy" of "who coined public diplomacy?", "Article 5" under "What
        # Article 5 says"): a sentence with all of them names the subject.
        chunk = origin[lead].chunk
        titled = asked & (self.retriever.title_terms(chunk.doc_id) | self._terms(chunk.section))
        cue_lacking = asks_cue and not self.reader.has_cue(lead, intent)
        kept = [lead]
        for sentence in sentences[1:]:
            passage = origin[sentence]
            said = [other for other, _ in self.reader.of(passage.chunk)]
            at = said.index(sentence) if sentence in said else 0
            before = self._kept_before(said, at, kept)
            if defines_another(sentence):
                continue
            terms = self._terms(sentence)
            if name in terms or (names & terms or titled and titled <= terms) and not another_of_kind(sentence) or cue_lacking and self.reader.has_cue(sentence, intent):
                kept.append(sentence)
            elif said[at - 1 : at] == [lead] and is_list_item(lead, passage) and is_list_item(sentence, passage):
                continue  # the next item of a list whose item opens the answer
            elif about_subject(passage) and not any(another_of_kind(head(other)) for other in said[(-1 if before is None else before) + 1 : at + 1]):
                kept.append(sentence)
            elif before is not None and before == at - 1 and (not stands_alone(sentence) or not opens_another(sentence)):
                kept.append(sentence)
        # A "why?", a "how?" or an "explain" is not answered by one bare sentence: it keeps its
        # others then.
        return sentences if len(kept) == 1 and explained else kept

    @staticmethod
    def _kept_before(said: list[str], at: int, kept: list[str]) -> int | None:
        """The place in its passage of the last sentence the answer keeps before the one at
        `at` (the opening as its passage has it, before a connective or "also" was taken out)."""
        for place in range(at - 1, -1, -1):
            if said[place] in kept or kept[0] in (freed(said[place]), without_also(said[place])):
                return place
        return None

    def _terms(self, text: str) -> frozenset[str]:
        """The terms of a text, as a passage's sentences have them."""
        return frozenset(self.retriever.tokenizer.tokens_of_texts([text])[0])
