""""And X?": the last question asked again with X in place of what it asked about, within
the subject when X names nothing of its own, else of the document X names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.answering.resolution.about_subject import AboutTheSubject
from tutor.answering.resolution.outcome import Resolution
from tutor.answering.resolution.passages import PassageChooser
from tutor.answering.resolution.standalone import StandaloneQuestions
from tutor.answering.resolution.state import State
from tutor.answering.resolution.vocabulary import QuestionWords
from tutor.answering.understanding import IntentModel
from tutor.search.retrieval import Retriever
from tutor.tuning import OTHER_PASSAGES

OTHER = re.compile(r"\b(?:other|another)\b", re.IGNORECASE)


@dataclass
class Ellipses:
    """Resolves "and X?", "what about X?" (see `resolve`)."""

    retriever: Retriever
    intents: IntentModel
    words: QuestionWords
    passages: PassageChooser
    subject: AboutTheSubject
    standalone: StandaloneQuestions

    def resolve(self, elliptical_topic: str, previous: str, state: State) -> Resolution:
        """"And X?" after a question of kind `previous` about the subject."""
        assert state.topic is not None
        # "the consular one" is the consular convention: "one" stands for a noun, no number.
        subject = self.intents.without_pronoun_one(elliptical_topic.strip())[0]
        added = self.retriever.query_tokens(subject)
        if set(added) & self.words.persons:
            # "And the Soviet guy?" asks who, whatever the last question asked; "guy" names
            # the kind of answer, not a word to find.
            previous = "who"
            added = [t for t in added if t not in self.words.persons] or added
        # "and X?" asks the last question again with X in place of what that asked about,
        # keeping the words any subject could take ("members", "mediated", "signed").
        # Not the subject's own name, though any subject could take its words ("start" of
        # START, and the "=beginning" read in it).
        title = self.retriever.title_terms(state.topic)
        glossary, stem = self.retriever.kb.glossary, self.retriever.tokenizer.stem
        naming = {t for t in state.last_tokens if t in title or (t.startswith("=") and glossary.name_stems({t}, stem) & set(state.last_tokens) <= title)}
        kept = [t for t in state.last_tokens if t in self.words.generic and t not in added and t not in naming]
        # "The other Vienna convention" names another document whatever it shares.
        named = self.retriever.mentioned_documents(added) + self.retriever.titled_with(added)
        names_a_document = bool(named) and (OTHER.search(subject) is not None or any(self._titled_by(doc_id, added, title) for doc_id in named))
        # A concept that everyday words give ("American" of the United States) names no
        # subject of its own when the words do not.
        words = [t for t in added if not t.startswith("=")]
        everyday = bool(words) and all(self.retriever.is_everyday(t) for t in words)
        owner = None if names_a_document else self._owner(added, state.topic)
        if owner is not None:
            # "What about the General Assembly?" after the Security Council: a thing of the
            # UN's, as the Council is, which the UN's document describes, not the Council's
            # passing mention of it.
            return self.passages.from_result(self.retriever.search("", tokens=[*added, *kept], within_doc=owner), previous)
        if added and not names_a_document and (everyday or not self.retriever.lacks(state.topic, added)):
            # "and in total?" names no subject of its own: it stays with the subject ("who
            # represented Britain? / and France?" is about France at the same congress),
            # and so does a name the subject's document has that is no document's
            # ("what about Taiwan?" after an example of recognising states).
            # Everyday words of a title do ("and camp david?": the Camp David Accords).
            return self.subject.within_topic([*added, *kept], previous, state, require_all=False, named=frozenset(added) if kept else frozenset())
        resolved = self.standalone.resolve(subject, previous, state, allow_followup=False)
        if resolved.kind == "answer" and resolved.topic == state.topic and resolved.passages[0].chunk.id in state.last_shown:
            # "and the G20?" after "what is the G7?" finds the same overview of "G7 and
            # G20" again: the sections that name it and were not just shown answer.
            within = self.retriever.search("", tokens=resolved.tokens, within_doc=state.topic)
            unseen = [p for p in within.passages if p.chunk.id not in state.last_shown]
            if unseen:
                return Resolution("answer", previous, resolved.tokens, unseen[: 1 + OTHER_PASSAGES], state.topic)
        if resolved.kind == "answer" and resolved.topic != state.topic:
            # Of another document, the last question's words besides its subject's name
            # ask the same of it where it has them ("who won the Nobel for it? / and for
            # Camp David?"), as the words any subject could take do.
            kept += [t for t in state.last_tokens if t not in kept and t not in added and t not in naming and not t.isdigit() and not self.retriever.lacks(resolved.topic, [t])]
        if resolved.kind == "answer" and kept:
            # X alone chooses the document ("and Dayton?"); the kept words the section
            # within it (who mediated Dayton, not its terms).
            return self.passages.from_result(self.retriever.search("", tokens=resolved.tokens + kept, within_doc=resolved.topic), previous)
        return resolved

    def _titled_by(self, doc_id: str, added: list[str], topic_title: frozenset[str]) -> bool:
        """Whether X is the whole subject of the document: its short title says nothing else
        but nouns any subject takes and words of the subject under discussion's title ("and
        camp david?": the Camp David Accords; "and NATO?"; "and multilateral?" after bilateral
        diplomacy), not one party among others ("and russia?" after "is the US a member of
        the ICC?" is no question about Russia-Ukraine diplomacy)."""
        title = self.retriever.query_tokens(self.retriever.documents[doc_id].short_title)
        rest = {t for t in title if not t.startswith("=") and t not in self.words.subject_nouns and t not in self.words.generic and not t.isdigit() and t not in topic_title}
        return rest <= set(added) or bool({t for t in title if t.startswith("=")} & set(added))

    def _owner(self, added: list[str], topic: str) -> str | None:
        """The one document, other than `topic`, whose subject a name of X says X belongs to
        ("UN" in "UN General Assembly") and that speaks of X; None when X is no such thing
        (a country, a document's own subject) or belongs to the subject under discussion."""
        glossary = self.retriever.kb.glossary
        owners: set[str] = set()
        for concept in (t for t in added if t.startswith("=") and not glossary.is_a_word(t) and not self.retriever.titled_by_concepts([t])):
            for name in glossary.names_of(concept):
                owners.update(self.retriever.owners_in_name(concept, name))
        return next(iter(owners)) if len(owners) == 1 and topic not in owners else None
