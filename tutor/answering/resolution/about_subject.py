"""Answering a follow-up from the conversation's subject: what "it" stands for, what the
last question asked about that the follow-up keeps in view, and which section answers."""

from __future__ import annotations

from dataclasses import dataclass

from tutor.answering.resolution.outcome import Resolution
from tutor.answering.resolution.passages import PassageChooser
from tutor.answering.resolution.state import State
from tutor.answering.resolution.vocabulary import QuestionWords
from tutor.answering.sentences import SentenceReader
from tutor.search.retrieval import Passage, Retriever, SearchResult

# Documents of this topic are the worked examples that "give me an example" can point to.
EXAMPLE_TOPIC = "cases"
# Kinds of answer a section's heading may say it gives ("Who took part"), which a bare
# follow-up asking one takes from a section not yet shown when the overview just shown opens
# with no sentence giving it (the sentence cue of what it wants: a person named).
SECTION_KINDS = {"who": "person"}


@dataclass
class AboutTheSubject:
    """Follow-ups answered from the current subject's document."""

    retriever: Retriever
    reader: SentenceReader
    words: QuestionWords
    passages: PassageChooser

    def more(self, state: State, aspect: str | None = None) -> Resolution:
        """The subject's next section not yet shown; asked with an `aspect` ("and then?" asks
        what came next), the first unseen section whose heading says it tells that, if any."""
        if state.topic is None:
            return Resolution("no_topic", "more")
        chunks = [self.retriever.chunks[i] for i in self.retriever.doc_chunks.get(state.topic, [])]
        unseen = [c for c in chunks if c.id not in state.shown]
        if not unseen:
            return Resolution("more_done", "more", topic=state.topic)
        suited = [c for c in unseen if aspect is not None and self.passages.intents.heading_suits(c.section, aspect)]
        return Resolution("answer", "more", [], [Passage((suited or unseen)[0], 0.0, [])], state.topic)

    def about_topic(
        self, tokens: list[str], intent: str, state: State, carried: tuple[str, ...] = (), elsewhere: frozenset[str] = frozenset(), pointing_to_answer: bool = False, whole_subject: bool = False,
        aspect: str | None = None, circumstance: frozenset[str] = frozenset(),
    ) -> Resolution:
        """A follow-up about the current subject ("why does it matter?", "give me an example").

        The subject's name stands in for "it": when the question and that name together
        name another document, that document answers ("why does it matter?" after track
        one diplomacy is answered by "Why track one diplomacy matters"). An example of a
        concept is one of the landmark cases it links to. Otherwise the subject's own
        document answers; `pointing_to_answer` when "they" is the one the last answer named
        rather than the subject, `whole_subject` when "it" is the subject as a whole (see
        `within_topic`). `aspect`: what the question asks of the subject, when an event, besides
        its kind ("what did it lead to?": see `PassageChooser.from_result`); `circumstance`: the
        terms only a clause of circumstance has ("who was the US diplomat doing it after the Yom
        Kippur war?"), which set the scene of what is asked (see `PassageChooser.from_result`).
        """
        assert state.topic is not None
        doc = self.retriever.documents[state.topic]
        if intent == "example" and doc.topic != EXAMPLE_TOPIC:
            chunks = [self.retriever.chunks[i] for i in self.retriever.doc_chunks[doc.id]]
            cases = [r for r in doc.related if r in self.retriever.documents and self.retriever.documents[r].topic == EXAMPLE_TOPIC]
            if cases and not any(self.passages.heading_suits(c, intent) for c in chunks):
                case = cases[0]
                return Resolution("answer", intent, tokens, [self.passages.overview_passage(case, [])], case, defining_first=True)
        if tokens:
            lent = self._lent_out(tokens, intent, doc.id, state, aspect)
            if lent is not None:
                return lent
            named = tokens + self.retriever.query_tokens(doc.short_title)
            result = self.retriever.search("", tokens=named)
            if self.retriever.in_scope(result):
                other = self.passages.answering_document(result)
                if other != doc.id and (other in result.mentioned_documents or self.headed_elsewhere(tokens, doc.id, other, result)):
                    return self.passages.from_result(result, intent, aspect=aspect)
                # Or, when its passage answers best, by a document on a part of the subject,
                # whose title names it whole ("does it have its own diplomatic service?" after
                # the EU: "European Union foreign policy"); not one whose title names another
                # subject beside it ("Track one vs track two" for "who takes part in it?" after
                # track one diplomacy, whose own document says who takes part).
                best = result.passages[0].chunk.doc_id
                concepts = {t for t in self.retriever.title_terms(doc.id) if t.startswith("=")}
                beside = {t for t in self.retriever.tokenizer.tokens(self.retriever.documents[best].short_title) if t.startswith("=")} - concepts
                if best != doc.id and concepts and concepts <= self.retriever.title_terms(best) and not beside:
                    return self.passages.from_result(self.retriever.search("", tokens=named, within_doc=best), intent, aspect=aspect)
            last_named = set(state.last_tokens) - self.words.generic - self.retriever.title_terms(doc.id)
            # Nor does "why do countries go for it?": the reason is the subject's, whoever uses it.
            unnamed = self.words.generic | self.words.answer_words | (self.words.doers if intent == "why" else set())
            if not carried and not elsewhere and set(tokens) <= unnamed and not last_named:
                # Nothing asked but what any subject could be asked ("when was it signed?"),
                # after a question about the subject as a whole (not "what does Article 5
                # say?", whose "it" is the article): answered as the question naming the
                # subject is ("when was the VCLT signed?"), whose name leads to the sections,
                # and the sentence, that say it of the whole.
                within = self.retriever.search("", tokens=named, within_doc=doc.id)
                if within.passages:
                    return self.passages.from_result(within, intent, aspect=aspect)
        # After "what is X?", a follow-up naming no subject of its own (no word of the title,
        # no glossary name) asks of X: "when did it start work?" after the EEAS.
        own = self.retriever.title_terms(doc.id) | {t for t in tokens if t.startswith("=") and t not in self.words.generic}
        focus = frozenset(t for t in carried if t.startswith("=")) if state.last_intent == "definition" and not own & set(tokens) else frozenset()
        return self.within_topic(
            tokens + list(carried), intent, state, require_all=False, elsewhere=elsewhere, pointing_to_answer=pointing_to_answer, whole_subject=whole_subject, aspect=aspect, circumstance=circumstance,
            focus=focus,
        )

    def unshown_instead(self, resolution: Resolution, intent: str, state: State) -> Resolution:
        """The resolution of a bare "who?" (`SECTION_KINDS`) after an overview, from the first
        section not yet shown whose heading says who took part, when the answer chosen would
        open the overview just shown again with a sentence naming no one; else the
        resolution as it was."""
        if intent not in SECTION_KINDS or resolution.kind != "answer" or resolution.topic != state.topic or not resolution.passages:
            return resolution
        primary = resolution.passages[0].chunk
        if primary.id not in state.last_shown or primary.position != 0:
            return resolution
        sentences = self.reader.of(primary)
        opening = sentences[resolution.anchor or 0][0] if sentences else ""
        if self.reader.has_cue(opening, SECTION_KINDS[intent]):
            return resolution
        asked = set(resolution.tokens)
        chunks = [self.retriever.chunks[i] for i in self.retriever.chunk_range(resolution.topic)]
        suited = [c for c in chunks if c.id not in state.shown and self.passages.heading_suits_question(c, intent, asked)]
        if not suited:
            return resolution
        # A heading asking the very question ("Who negotiated it: the Big Four") before one
        # that only has a cue of it ("When and where it was negotiated").
        fresh = next((c for c in suited if c.section.split(" > ")[-1].casefold().startswith(intent)), suited[0])
        return Resolution("answer", intent, resolution.tokens, [Passage(fresh, 0.0, [])], resolution.topic, anchor=0)

    def headed_elsewhere(self, tokens: list[str], doc_id: str, other: str, result: SearchResult) -> bool:
        """Whether a name the question gives, which the subject's document never says or
        names in no heading, heads the best section found, of the `other` document answering
        ("what did it decide in the LaGrand case?" after the ICJ, which lists LaGrand in
        passing: the consular convention's section on LaGrand and Avena)."""
        top = result.passages[0].chunk
        if top.doc_id != other:
            return False
        names = {t for t in tokens if not t.startswith("=") and t not in self.words.generic and not self.retriever.is_everyday(t)}
        headed = set(self.retriever.query_tokens(top.section)) & names
        own_headings = {t for i in self.retriever.doc_chunks[doc_id] for t in self.retriever.query_tokens(self.retriever.chunks[i].section)}
        return bool(headed - own_headings)

    def _lent_out(self, tokens: list[str], intent: str, doc_id: str, state: State, aspect: str | None) -> Resolution | None:
        """A follow-up asking what the subject's document never says ("can they be arrested?"
        after ambassadors, whose document has no word of arrest): answered by another document
        whose best passage, searched with the name the learner gave the subject, says both
        ("the person of a diplomatic agent, meaning the ambassador ..., is inviolable ... not
        liable to any form of arrest"); None when none does or the document says some of it."""
        asked = [t for t in tokens if t not in self.words.generic and t not in self.words.answer_words]
        if not asked or len(self.retriever.lacks(doc_id, asked)) < len(asked):
            return None
        title = self.retriever.title_terms(doc_id)
        called = [t for t in dict.fromkeys(state.last_tokens) if t in title] or sorted(title)
        result = self.retriever.search("", tokens=asked + called)
        if not result.passages or not self.retriever.in_scope(result):
            return None
        best = result.passages[0]
        if best.chunk.doc_id == doc_id or not set(asked) <= set(best.matched) or not set(called) & set(best.matched):
            return None
        return self.passages.from_result(result, intent, aspect=aspect)

    def within_topic(
        self, tokens: list[str], intent: str, state: State, require_all: bool, elsewhere: frozenset[str] = frozenset(), named: frozenset[str] = frozenset(), pointing_to_answer: bool = False,
        whole_subject: bool = False, aspect: str | None = None, circumstance: frozenset[str] = frozenset(), focus: frozenset[str] = frozenset(),
    ) -> Resolution:
        """Answer a follow-up from the current topic's document, but for the sections
        `elsewhere` (about another subject than the one meant), from a sentence naming
        one of the terms `named` when one does. When the question points to the one the last
        answer named (`pointing_to_answer`: "who is in charge of EU foreign policy? / how long
        do they serve?"), a bare "when?", "how long?" or "where?" asks that one's date, span
        or place, not the subject's own (the EEAS's launch). When "it" is the subject as a
        whole (`whole_subject`: "who ran it?" after "what did the Congress of Vienna change
        about diplomatic ranks?"), the overview of the whole stands where what was just shown
        would. `focus`: the glossary names of the part of the subject the last question asked
        what it is, which "it" stands for in a follow-up naming nothing of its own (the EEAS,
        after "what is the EEAS?"; not the negotiator of "who was the US negotiator?"), which the
        answering sentence names when one can ("when was it set up?" is not answered by how
        the CFSP began)."""
        assert state.topic is not None
        topic = state.topic
        result = self.retriever.search("", tokens=tokens, within_doc=topic)
        named = named | focus
        if not result.passages and not require_all:
            # A sense the question's verb asks for in words the document never uses
            # ("when did it end?") is looked for in the words it does use (the League
            # "dissolved" itself), before a section that merely suits the kind of question.
            unsaid = [others for own, others, _ in self.reader.leanings(tokens) if not self.retriever.search("", tokens=sorted(own), within_doc=topic, k=1).passages]
            if unsaid:
                result = self.retriever.search("", tokens=tokens + sorted(set().union(*unsaid)), within_doc=topic)
        if not result.passages and aspect is not None and self.passages.has_heading(topic, aspect):
            # "What did it lead to?": no section says "lead"; with the subject's name, every
            # section is weighed, and the one on what came after it answers. Only when a
            # section's heading says it tells that ("how did it end?" after the Munich
            # Agreement, whose document has none on its end, is answered as before).
            result = self.retriever.search("", tokens=tokens + self.retriever.query_tokens(self.retriever.documents[topic].short_title), within_doc=topic)
        if result.passages and (not require_all or result.coverage >= 1.0):
            return self.passages.from_result(result, intent, elsewhere=elsewhere, named=named, own_fact=not pointing_to_answer, aspect=aspect, circumstance=circumstance)
        if require_all and not set(tokens) <= self.words.generic:
            return Resolution("out_of_scope", intent, tokens)
        # None of its words in the document ("how long do they serve?" after "who is
        # responsible for EU foreign policy?"): what was just shown is what it asks about,
        # when a sentence of it has what the kind of question wants (a span), before a
        # section whose heading merely suits the kind.
        overview = self.retriever.chunks[self.retriever.doc_chunks[topic][0]].id
        for chunk_id in sorted(state.last_shown - elsewhere) if not whole_subject else [overview]:
            position = self.retriever.position.get(chunk_id)
            chunk = self.retriever.chunks[position] if position is not None else None
            said = [i for i, (_, cue) in enumerate(self.reader.evidence(chunk, set(), intent)) if cue] if chunk is not None and chunk.doc_id == topic else []
            if said and chunk is not None:
                return Resolution("answer", intent, tokens, [Passage(chunk, 0.0, [])], topic, anchor=said[0])
        chosen = self.passages.suited_passage(topic, intent, state.shown, elsewhere=elsewhere)
        return Resolution("answer", intent, tokens, [chosen], topic, defining_first=chosen.chunk.position == 0)

    def carried(self, tokens: list[str], state: State, of_the_whole: bool = False) -> tuple[str, ...]:
        """What the last question asked about besides the subject's name, which a follow-up
        staying with the subject keeps in view: after "the US and Cuba had no embassies",
        "when did they restore relations?" is about Cuba; after "was Russia ever in the
        G7?", "when did that end?" is about Russia. When the follow-up's pronoun stands for
        the subject as a whole (`of_the_whole`), only the names of a part or a case it may
        stand for are: after "why did the US Senate reject the Treaty of Versailles?", "in
        which room was it signed?" is about the treaty, not the Senate."""
        assert state.topic is not None
        # The subject's own name, words its overview uses (what "the EU's common foreign
        # and security policy" is: that document's subject, not one part of it), words any
        # question could use ("example", "signed") and numbers ("was there one during the
        # crisis?") carry no subject over.
        # Another document the last question named is a case in view, even where the
        # overview lists it ("was there one during the Cuban Missile Crisis? / who was
        # involved?" after back-channel diplomacy), and so is a glossary name it gave, not
        # in everyday words ("what is pacta sunt servanda? / where is it written?").
        # A subject the title's brackets list is no name of the whole: after "and New
        # START?", "when does it expire?" is about New START, not the START series.
        title = self.retriever.title_terms(state.topic) - self.retriever.bracketed_names(state.topic)
        cases = {t for doc_id in self.retriever.named_documents(list(state.last_tokens)) if doc_id != state.topic for t in self.retriever.title_terms(doc_id)}
        # A numbered part is a name, number and all, wherever the overview mentions it: after
        # "what is Article 5?", "when was it used?" is about Article 5, not NATO's consensus
        # (not the subject's own number, "SALT 1").
        last = state.last_tokens
        numbered = {t for i in range(1, len(last)) if last[i].isdigit() and not last[i - 1].isdigit() and last[i - 1] not in self.words.generic and last[i - 1] not in title for t in last[i - 1 : i + 1]}
        return tuple(
            t for t in last
            if t not in title and t not in tokens and t not in self.words.generic
            and (t in numbered or not t.isdigit() and (t in cases or not of_the_whole and ((t.startswith("=") and not self.words.everyday_in(t, list(last))) or not self.retriever.in_overview(state.topic, t))))
        )

    def about_other_subjects(self, tokens: list[str], state: State) -> frozenset[str]:
        """The sections "it" or "they" is not about: of the subjects a title joins and its
        document treats apart ("G7 and G20"), those on the ones the last question did not
        name ("what is the G7? / which countries are in it?" is not about the G20's)."""
        assert state.topic is not None
        # Each subject is said without the year its title gives it: "The Louisiana Purchase"
        # heads the section on the first of "Louisiana Purchase (1803) and Alaska Purchase
        # (1867)", and "the purchase of Alaska" names the second.
        retriever, topic = self.retriever, state.topic
        named = retriever.subjects_said(topic, state.last_tokens)
        if not named or not retriever.subjects_apart(topic) or retriever.subjects_said(topic, tokens):
            return frozenset()
        chunks = [retriever.chunks[i] for i in retriever.doc_chunks[topic]]
        return frozenset(c.id for c in chunks if retriever.subjects_said(topic, retriever.query_tokens(c.section)) not in (frozenset(), named))
