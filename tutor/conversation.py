"""A conversation with the tutor: `Session.respond(text) -> Reply`.

The session remembers the current topic (a document), the kind of the last question and
which passages it has already shown, so that follow-ups ("when was it signed?", "and
ASEAN?", "tell me more") are answered about the right subject. Every front end, the app,
`tutor ask` and the lessons, talks to the tutor through this one method.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.compose import Reply, seed_of
from tutor.engine import Tutor
from tutor.knowledge import TOPIC_TITLES, Chunk
from tutor.retrieval import Passage, SearchResult
from tutor.text import clean_user_text
from tutor.understanding import SOCIAL_INTENTS, Understanding

MAX_QUESTION_CHARS = 1000
# How many more sections of the answering document may lend a sentence to the answer.
OTHER_PASSAGES = 3
# A document the question names by title wins if its best passage scores this close to the best.
NAMED_DOCUMENT_SCORE = 0.8
# Weighing a sentence as the answer (its share of the question's focus counts 1):
SENTENCE_CUE_WEIGHT = 0.3  # it has what the kind of question asks for (a date, a name)
SECTION_SCORE_WEIGHT = 0.6  # its section's BM25 score, relative to the best section's
HEADING_MATCH_WEIGHT = 0.4  # its section's heading names a term of the focus
HEADING_CUE_WEIGHT = 0.3  # its section's heading suits the kind of question ("Who took part")
# A question with at most this many content words may be a follow-up without a pronoun.
SHORT_FOLLOWUP_TOKENS = 3
MAX_FOLLOWUPS = 3
# Documents of this topic are the worked examples that "give me an example" can point to.
EXAMPLE_TOPIC = "cases"
# A short question, or one starting with "and", "so"..., stays with the subject when the
# subject's document covers this share of it (others only when it covers all of it).
STAY_COVERAGE_AFTER_AND = 0.5


@dataclass
class State:
    """What the conversation remembers between turns."""

    topic: str | None = None
    last_intent: str | None = None
    shown: set[str] = field(default_factory=set)
    last_reply: Reply | None = None
    turn: int = 0


@dataclass
class Resolution:
    """How a question will be answered: which passages, about which topic."""

    kind: str  # answer, comparison, out_of_scope, more_done, no_topic
    intent: str
    tokens: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    topic: str | None = None
    sides: list[tuple[str, list[Passage]]] = field(default_factory=list)
    key: Passage | None = None
    defining_first: bool = False
    anchor: int | None = None  # the sentence of the first passage that answers best


class Session:
    """One conversation; cheap to create, all sessions share the loaded `Tutor`."""

    def __init__(self, tutor: Tutor) -> None:
        self.tutor = tutor
        self.retriever = tutor.retriever
        self.templates = tutor.templates
        self.state = State()
        self.history: list[Reply] = []
        intents = tutor.intents
        self._generic = {t for w in intents.generic_words for t in self.retriever.query_tokens(w)}

    # -- the one entry point -------------------------------------------------------------

    def respond(self, text: str) -> Reply:
        """Answer one turn of the conversation."""
        question = clean_user_text(text if isinstance(text, str) else str(text))
        truncated = len(question) > MAX_QUESTION_CHARS
        if truncated:
            question = clean_user_text(question, MAX_QUESTION_CHARS)
        self.state.turn += 1
        if not question:
            reply = Reply(question, self.templates["empty_question"], "empty")
        elif question.startswith("/"):
            reply = self._command(question)
        else:
            reply = self._answer(question)
            if truncated:
                reply.answer = f"{self.templates['truncated_note']}\n\n{reply.answer}"
        self.history.append(reply)
        return reply

    # -- slash commands ------------------------------------------------------------------

    def _command(self, text: str) -> Reply:
        command = text.split()[0].casefold()
        if command == "/new":
            self.state = State(turn=self.state.turn)
            return Reply(text, self.templates["new_conversation"], "command")
        if command == "/help":
            return Reply(text, self.templates["help"].strip(), "command")
        if command == "/topics":
            return Reply(text, self.topics_text(), "command")
        if command == "/sources":
            return Reply(text, self.sources_text(), "command")
        return Reply(text, self.templates["unknown_command"].format(command=command[:40]), "command")

    def topics_text(self) -> str:
        """The knowledge base by topic, as Markdown."""
        lines = ["**What I know about**", ""]
        by_topic: dict[str, list[str]] = {}
        for doc in self.retriever.documents.values():
            by_topic.setdefault(doc.topic, []).append(doc.title)
        for topic, titles in by_topic.items():
            lines.append(f"- **{TOPIC_TITLES.get(topic, topic)}**: {', '.join(sorted(titles))}")
        return "\n".join(lines)

    def sources_text(self) -> str:
        """The passages behind the last answer, as Markdown."""
        last = self.state.last_reply
        if last is None or not last.sources:
            return self.templates["no_sources"]
        parts = []
        for source in last.sources:
            doc = self.retriever.documents.get(source.id)
            cited = f"\n\n*From: {'; '.join(doc.sources)}*" if doc else ""
            parts.append(f"**{source.title} › {source.section}** (score {source.score:.2f})\n\n{source.passage}{cited}")
        return "\n\n---\n\n".join(parts)

    # -- answering -----------------------------------------------------------------------

    def _answer(self, question: str) -> Reply:
        corrected, _fixes = self.retriever.repair(question)
        understanding = self.tutor.intents.understand(corrected)
        seed = seed_of(self.state.turn, corrected)
        if understanding.intent in SOCIAL_INTENTS:
            return self._social(question, understanding.intent, seed)
        resolution = self.resolve(corrected, understanding, self.state)
        reply = self._reply(question, resolution, seed)
        self._remember(resolution, reply)
        return reply

    def _social(self, question: str, intent: str, seed: int) -> Reply:
        if intent == "capabilities":
            topics = ", ".join(TOPIC_TITLES[t].lower() for t in TOPIC_TITLES if any(d.topic == t for d in self.retriever.documents.values()))
            text = self.templates["capabilities"].format(topics=topics).strip()
        elif intent == "help":
            text = self.templates["help"].strip()
        else:
            options = self.templates[intent]
            text = options[seed % len(options)]
        return Reply(question, text, intent, followups=self._starters(seed, 2) if intent != "thanks" else [])

    def resolve(self, corrected: str, understanding: Understanding, state: State) -> Resolution:
        """Decide how to answer, without changing the conversation (so it can be tried out)."""
        intent = understanding.intent
        if intent == "more":
            return self._more(state)
        if understanding.elliptical_topic and state.topic:
            previous = state.last_intent if state.last_intent not in (None, "more", "comparison") else "definition"
            return self._standalone(understanding.elliptical_topic, previous, state, allow_followup=False)
        if intent == "comparison" and understanding.sides:
            compared = self._comparison(corrected, understanding.sides)
            if compared is not None:
                return compared
            intent = "definition"
        tokens = self.retriever.query_tokens(corrected)
        if state.topic and set(tokens) <= self._generic:
            # "give me an example", "why?": nothing but generic words, so about the topic.
            return self._about_topic(tokens, intent, state)
        if state.topic:
            named = self.retriever.named_documents(tokens)
            if not named or state.topic in named:
                if understanding.refers_back:
                    return self._about_topic(tokens, intent, state)
                # A question about the current subject that names no other stays with it:
                # after the Cuban Missile Crisis, "who was the secret back channel?" is about
                # the crisis. "What is X?" is left to stand on its own.
                short = len(set(tokens)) <= SHORT_FOLLOWUP_TOKENS
                needed = STAY_COVERAGE_AFTER_AND if understanding.continues or short else 1.0
                within = self.retriever.search("", tokens=tokens, within_doc=state.topic)
                if intent != "definition" and within.passages and within.coverage >= needed:
                    return self._from_result(within, intent)
        return self._standalone(corrected, intent, state, allow_followup=True, understanding=understanding)

    def _standalone(self, text: str, intent: str, state: State, allow_followup: bool, understanding: Understanding | None = None) -> Resolution:
        result = self.retriever.search(text)
        if understanding is not None and understanding.personal and not result.named_documents:
            return Resolution("out_of_scope", intent, result.tokens)
        if self.retriever.in_scope(result):
            resolution = self._from_result(result, intent)
            if understanding is not None and understanding.wants_number and not self._states_a_number(resolution):
                return Resolution("out_of_scope", intent, result.tokens)
            return resolution
        if allow_followup and state.topic and 0 < len(set(result.tokens)) <= SHORT_FOLLOWUP_TOKENS:
            followup = self._within_topic(result.tokens, intent, state, require_all=True)
            if followup.kind == "answer":
                return followup
        return Resolution("out_of_scope", intent, result.tokens)

    def _from_result(self, result: SearchResult, intent: str) -> Resolution:
        """Pick the answering document, then the sentence within it that answers best.

        The document is chosen with the whole question. Within it, every sentence of the
        sections that share a term with the question's focus (its terms minus the
        document's title) is weighed: how much of the focus it names, whether it has what
        the kind of question asks for (a date for "when"), whether its section's heading
        names the focus or suits the question, and how well the section matches. In "who
        negotiated the Iran nuclear deal" the word "negotiated" picks the sentence.
        """
        assert result.top is not None
        doc_id = self._answering_document(result)
        focus = self.retriever.focus_tokens(doc_id, result.tokens)
        ranked = self.retriever.search("", tokens=focus or result.tokens, within_doc=doc_id, k=len(self.retriever.doc_chunks[doc_id])).passages
        composer = self.tutor.composer
        defining_first = False
        anchor: int | None = None
        if ranked:
            sentence_focus = set(focus)
            best: tuple[float, Passage, int] | None = None
            for passage in ranked:
                heading = set(self.retriever.query_tokens(passage.chunk.section))
                section = (
                    SECTION_SCORE_WEIGHT * passage.score / (ranked[0].score or 1.0)
                    + HEADING_MATCH_WEIGHT * bool(heading & set(focus))
                    + HEADING_CUE_WEIGHT * self._heading_suits(passage.chunk, intent)
                )
                for index, (coverage, cue) in enumerate(composer.sentence_evidence(passage.chunk, sentence_focus, intent)):
                    value = section + coverage + SENTENCE_CUE_WEIGHT * cue
                    if best is None or value > best[0]:
                        best = (value, passage, index)
            assert best is not None
            primary, anchor = best[1], best[2]
            heading_tokens = set(self.retriever.query_tokens(primary.chunk.section))
            asks_what = intent in ("definition", "list") and not sentence_focus and not set(focus) & heading_tokens
        else:
            primary = self._suited_passage(doc_id, intent, set())
            asks_what = intent in ("definition", "list") or not self._heading_suits(primary.chunk, intent)
        if asks_what:
            primary = self._overview_passage(doc_id, ranked)
            defining_first, anchor = True, None
        others = [p for p in ranked if p.chunk.id != primary.chunk.id][:OTHER_PASSAGES]
        return Resolution("answer", intent, result.tokens, [primary, *others], doc_id, defining_first=defining_first, anchor=anchor)

    def _states_a_number(self, resolution: Resolution) -> bool:
        """Whether a sentence of the answer that speaks of the question's focus has a number."""
        focus = set(self.retriever.focus_tokens(resolution.topic or "", resolution.tokens) or resolution.tokens)
        evidence = (e for p in resolution.passages for e in self.tutor.composer.sentence_evidence(p.chunk, focus, "quantity"))
        return any(coverage > 0 and has_number for coverage, has_number in evidence)

    def _answering_document(self, result: SearchResult) -> str:
        """The best passage's document, unless the question names another one by its title.

        "Who takes part in track one diplomacy?" names the document "Track one diplomacy";
        a passage of that document close behind the best one is preferred to it.
        """
        top = result.passages[0]
        named = sorted(result.named_documents, key=lambda d: -len(self.retriever.documents[d].title))
        for doc_id in named:
            if doc_id == top.chunk.doc_id:
                return doc_id
            best = next((p for p in result.passages if p.chunk.doc_id == doc_id), None)
            if best is not None and best.score >= NAMED_DOCUMENT_SCORE * top.score:
                return doc_id
        return top.chunk.doc_id

    def _overview_passage(self, doc_id: str, ranked: list[Passage]) -> Passage:
        first = self.retriever.chunks[self.retriever.doc_chunks[doc_id][0]]
        return next((p for p in ranked if p.chunk.id == first.id), Passage(first, 0.0, []))

    def _suited_passage(self, doc_id: str, intent: str, shown: set[str]) -> Passage:
        """The document's first section whose heading suits the intent (unseen ones first)."""
        chunks = [self.retriever.chunks[i] for i in self.retriever.doc_chunks[doc_id]]
        suited = [c for c in chunks if self._heading_suits(c, intent)]
        unseen = [c for c in suited if c.id not in shown]
        return Passage((unseen or suited or chunks)[0], 0.0, [])

    def _heading_suits(self, chunk: Chunk, intent: str) -> bool:
        heading = chunk.section.casefold()
        return any(cue in heading for cue in self.tutor.intents.section_cues.get(intent, ()))

    def _about_topic(self, tokens: list[str], intent: str, state: State) -> Resolution:
        """A follow-up about the current subject ("why does it matter?", "give me an example").

        The subject's name stands in for "it": when the question and that name together
        name another document, that document answers ("why does it matter?" after track
        one diplomacy is answered by "Why track one diplomacy matters"). An example of a
        concept is one of the landmark cases it links to. Otherwise the subject's own
        document answers.
        """
        assert state.topic is not None
        doc = self.retriever.documents[state.topic]
        if intent == "example" and doc.topic != EXAMPLE_TOPIC:
            chunks = [self.retriever.chunks[i] for i in self.retriever.doc_chunks[doc.id]]
            cases = [r for r in doc.related if r in self.retriever.documents and self.retriever.documents[r].topic == EXAMPLE_TOPIC]
            if cases and not any(self._heading_suits(c, intent) for c in chunks):
                case = cases[0]
                return Resolution("answer", intent, tokens, [self._overview_passage(case, [])], case, defining_first=True)
        if tokens:
            result = self.retriever.search("", tokens=tokens + self.retriever.query_tokens(doc.short_title))
            if self.retriever.in_scope(result):
                other = self._answering_document(result)
                if other != doc.id and other in result.named_documents:
                    return self._from_result(result, intent)
        return self._within_topic(tokens, intent, state, require_all=False)

    def _within_topic(self, tokens: list[str], intent: str, state: State, require_all: bool) -> Resolution:
        """Answer a follow-up from the current topic's document."""
        assert state.topic is not None
        topic = state.topic
        result = self.retriever.search("", tokens=tokens, within_doc=topic)
        if result.passages and (not require_all or result.coverage >= 1.0):
            return self._from_result(result, intent)
        if require_all and not set(tokens) <= self._generic:
            return Resolution("out_of_scope", intent, tokens)
        chosen = self._suited_passage(topic, intent, state.shown)
        return Resolution("answer", intent, tokens, [chosen], topic, defining_first=chosen.chunk.position == 0)

    def _more(self, state: State) -> Resolution:
        if state.topic is None:
            return Resolution("no_topic", "more")
        chunks = [self.retriever.chunks[i] for i in self.retriever.doc_chunks.get(state.topic, [])]
        unseen = [c for c in chunks if c.id not in state.shown]
        if not unseen:
            return Resolution("more_done", "more", topic=state.topic)
        return Resolution("answer", "more", [], [Passage(unseen[0], 0.0, [])], state.topic)

    def _comparison(self, corrected: str, sides: tuple[str, str]) -> Resolution | None:
        """Both sides of "difference between X and Y", each found on its own.

        When both sides lead to the same document (a head of state and a head of
        government), that document answers the comparison itself.
        """
        found: list[tuple[str, list[Passage]]] = []
        side_tokens: list[set[str]] = []
        for side in sides:
            result = self.retriever.search(side)
            if not self.retriever.in_scope(result):
                return None
            resolution = self._from_result(result, "definition")
            doc = self.retriever.documents[resolution.passages[0].chunk.doc_id]
            found.append((doc.short_title, resolution.passages[:1]))
            side_tokens.append(set(result.tokens))
        whole = self.retriever.search(corrected)
        if found[0][1][0].chunk.doc_id == found[1][1][0].chunk.doc_id:
            return self._from_result(whole, "comparison") if whole.passages else None
        key = None
        side_chunks = {p.chunk.id for _, passages in found for p in passages}
        for passage in whole.passages[:3]:
            matched = set(passage.matched)
            if passage.chunk.id not in side_chunks and matched & side_tokens[0] and matched & side_tokens[1]:
                key = passage
                break
        topic = key.chunk.doc_id if key is not None else found[0][1][0].chunk.doc_id
        return Resolution("comparison", "comparison", whole.tokens, [], topic, sides=found, key=key)

    # -- turning a resolution into a reply -----------------------------------------------

    def _reply(self, question: str, resolution: Resolution, seed: int) -> Reply:
        composer = self.tutor.composer
        kind = resolution.kind
        if kind == "out_of_scope":
            text = self.templates["out_of_scope"][seed % len(self.templates["out_of_scope"])].strip()
            starters = self._starters(seed, 3)
            suggestions = "\n".join(f"- {s}" for s in starters)
            return Reply(question, f"{text}\n\n{self.templates['out_of_scope_suggest']}\n\n{suggestions}", resolution.intent, True, followups=starters)
        if kind == "no_topic":
            return Reply(question, self.templates["no_topic_for_followup"].strip(), "more", followups=self._starters(seed, 2))
        topic_title = self.retriever.documents[resolution.topic].short_title if resolution.topic else ""
        if kind == "more_done":
            reply = Reply(question, self.templates["more_done"].format(topic=topic_title).strip(), "more", topic=resolution.topic)
            reply.followups = self._followups(resolution, seed)
            return reply
        if kind == "comparison":
            text = composer.comparison(resolution.sides, resolution.key, resolution.tokens, seed)
            used = [p for _, passages in resolution.sides for p in passages] + ([resolution.key] if resolution.key else [])
        else:
            text, used = composer.explanation(
                resolution.intent, resolution.passages, resolution.tokens, seed, topic_title, resolution.defining_first, resolution.anchor
            )
        reply = Reply(question, text, resolution.intent, sources=[composer.source(p) for p in used], topic=resolution.topic)
        reply.followups = self._followups(resolution, seed)
        return reply

    def _remember(self, resolution: Resolution, reply: Reply) -> None:
        state = self.state
        if resolution.kind in ("answer", "comparison", "more_done"):
            if resolution.topic != state.topic:
                state.shown = set()
            state.topic = resolution.topic
            state.last_intent = resolution.intent
            state.shown.update(source.chunk_id for source in reply.sources)
            state.last_reply = reply

    # -- follow-up prompts ---------------------------------------------------------------

    def _starters(self, seed: int, count: int) -> list[str]:
        """Starter questions that the knowledge base can answer, rotated by `seed`."""
        questions = self.templates["starter_questions"]
        rotated = questions[seed % len(questions) :] + questions[: seed % len(questions)]
        chosen = []
        for question in rotated:
            if self.retriever.in_scope(self.retriever.search(self.retriever.repair(question)[0])):
                chosen.append(question)
            if len(chosen) == count:
                break
        return chosen

    def _followups(self, resolution: Resolution, seed: int) -> list[str]:
        """Two or three prompts: an unseen section, related documents; each checked to work."""
        if resolution.topic is None:
            return []
        doc = self.retriever.documents[resolution.topic]
        shown = set(self.state.shown if resolution.topic == self.state.topic else ())
        shown.update(p.chunk.id for p in resolution.passages)
        if resolution.key is not None:
            shown.add(resolution.key.chunk.id)
        templates = self.templates["followups"]
        candidates: list[tuple[str, str]] = []  # (prompt, document it must lead to)
        for index in self.retriever.doc_chunks[doc.id]:
            chunk = self.retriever.chunks[index]
            if chunk.id not in shown and chunk.position > 0 and not chunk.section.startswith(doc.title):
                heading = chunk.section.split(":")[0].split(" > ")[0]
                candidates.append((templates["section"].format(topic=doc.label, heading=heading), doc.id))
                break
        for related_id in doc.related:
            related = self.retriever.documents.get(related_id)
            if related is not None:
                candidates.append((templates["related"].format(title=related.short_title), related.id))
        chosen: list[str] = []
        for prompt, target in candidates:
            if len(chosen) == MAX_FOLLOWUPS:
                break
            if self._leads_to(prompt, target):
                chosen.append(prompt)
        return chosen

    def _leads_to(self, prompt: str, doc_id: str) -> bool:
        """Whether asking `prompt` on its own would be answered from `doc_id`.

        Prompts name their subject by its title, so the document a plain search answers
        from is the one the full answer would come from.
        """
        result = self.retriever.search(self.retriever.repair(prompt)[0])
        return self.retriever.in_scope(result) and self._answering_document(result) == doc_id
