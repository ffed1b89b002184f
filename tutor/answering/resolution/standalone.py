"""A question answered on its own, searching the whole knowledge base, or declined as out of
scope: about the learner's life, a year the knowledge never mentions, a time it cannot
describe, a kind of fact no passage holds; the current holder of an office."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from math import fsum

from tutor.answering.existence import claims_existence_in_a_year
from tutor.answering.office_holders import OfficeHolders
from tutor.answering.served_under import ServedUnder
from tutor.answering.process_subject import ProcessSubjects
from tutor.answering.resolution.about_subject import AboutTheSubject
from tutor.answering.resolution.outcome import Resolution
from tutor.answering.resolution.passages import ASKS_EVENT, ASKS_TERM, ASKS_TERM_AFTER_SCENE, ASKS_TERM_IN, BARE_TERM, PassageChooser
from tutor.answering.resolution.quoted import saying_the_quote
from tutor.answering.resolution.state import State
from tutor.answering.resolution.vocabulary import YEAR_TOKEN
from tutor.answering.sentences import SentenceReader
from tutor.answering.span_length import dates_in, writes_days
from tutor.answering.understanding import CONCESSION_AFTER, CONDITION_AFTER, Understanding
from tutor.search.knowledge import Chunk
from tutor.search.retrieval import Passage, Retriever, SearchResult
from tutor.tuning import DESCRIBED_SECTION_SCORE, KIND_SENTENCE_SHARE, NAMED_DOCUMENT_SCORE, SCOPE_CHECKED_KINDS, SECTIONS_WEIGHED, SHORT_FOLLOWUP_TOKENS

# A subject described, not named, then a question of it after a dash, a colon or dots ("the
# pact hitler and stalin made just before ww2 kicked off - what was in the secret part?");
# not a statement ("The Marshall Plan is often given as ...: when did it start?").
DESCRIBED_THEN_ASKED = re.compile(r"^\W*(?P<subject>(?:the|that|this|those|these)\s+(?!\S+(?:\s+\S+){0,3}\s+(?:is|are|was|were|has|have|keeps?)\b)[^?]+?)(?:\s+[-\u2013\u2014]+\s+|\.{2,}\s*|:\s+)(?P<asked>(?:what|which|who|when|where|why|how)\b[^?]*)\W*$", re.IGNORECASE)


@dataclass
class StandaloneQuestions:
    """Resolves a question that searches everything (see `resolve`)."""

    retriever: Retriever
    reader: SentenceReader
    passages: PassageChooser
    subject: AboutTheSubject
    process: ProcessSubjects
    # The pronouns standing for a person (`person_pronouns` in intents.yaml).
    person_pronouns: frozenset[str] = frozenset()
    office_holders: OfficeHolders = field(init=False)
    served_under: ServedUnder = field(init=False)

    def __post_init__(self) -> None:
        self.office_holders = OfficeHolders(self.retriever, self.reader)
        self.served_under = ServedUnder(self.retriever, self.reader)

    def resolve(self, text: str, intent: str, state: State, allow_followup: bool, understanding: Understanding | None = None) -> Resolution:
        holder = self.served_under.holder(text)
        if holder is not None:
            # "Who was secretary of state under Nixon?": the sentence naming the office with
            # that leader answers, not today's holder.
            return self._named_at(holder.result, holder.chunk, holder.at, intent)
        result, quoted = saying_the_quote(self.retriever, text, self._without_supplied_words(text, self.retriever.search(text)))
        if understanding is not None and self.declined_outright(result, understanding):
            return Resolution("out_of_scope", intent, result.tokens, asks_judgement=understanding.asks_opinion)
        if understanding is not None and understanding.yes_no and claims_existence_in_a_year(text) and not self.retriever.in_scope(result):
            # "Was the UN around in 1925?": the year is checked against the subject's own
            # dates; searched, it finds what else that year saw (the Locarno treaties).
            undated = [t for t in result.tokens if not YEAR_TOKEN.fullmatch(t)]
            if undated and len(undated) < len(result.tokens):
                found = self.retriever.search("", tokens=undated)
                if self.retriever.in_scope(found):
                    result = replace(found, tokens=result.tokens)
        if quoted or self.finds_answer(text, result, intent):
            if self.office_holders.asks_holder(text):
                return self._office_holder(result, intent)
            if intent == "duration":
                # "How long did the Dayton peace negotiations last?" is about Dayton's, not the
                # Westphalia talks that "lasted about five years": found without the span
                # words, a document whose title the question names answers instead of one
                # whose title it does not name.
                # So does one whose best passage names all the named things the other's does and
                # more ("Austria" of "within how many days did the occupying troops have to leave
                # austria?", not the Paris Peace Accords' "troops within 60 days").
                unspanned = [t for t in result.tokens if t not in self.reader.span_terms]
                if unspanned and len(unspanned) < len(result.tokens) and not self._names_title_of(self.passages.answering_document(result), unspanned):
                    chooser = self.retriever.search("", tokens=unspanned)
                    if chooser.top is not None and (self._names_title_of(self.passages.answering_document(chooser), unspanned) or self._names_more(chooser, result)):
                        return self.passages.from_result(chooser, intent)
            if understanding is not None and understanding.yes_no:
                result = self._about_the_claim(text, result)
            kind = frozenset(self.retriever.query_tokens(understanding.answer_type)) if understanding is not None and understanding.answer_type else frozenset()
            if intent in ("when", "role") or kind:
                # "What year did the US recognise the People's Republic of China?", "what is the
                # job of a head of government?", "which countries were in the Big Three?": the
                # words naming the kind of answer find no subject ("elected each year" in the
                # Security Council's members, a consul's "main job", "the sovereign equality of
                # all its members"): the question is searched without them.
                kind_words = kind | (self.passages.words.time_words if intent == "when" else self.passages.words.role if intent == "role" else frozenset())
                unkinded = [t for t in result.tokens if t not in kind_words]
                if unkinded and len(unkinded) < len(result.tokens):
                    chooser = self.retriever.search("", tokens=unkinded)
                    if chooser.top is not None and self.retriever.in_scope(chooser):
                        result = replace(chooser, tokens=result.tokens)
                        if not kind:
                            return self.passages.from_result(result, intent)
            if intent == "example" and not result.denies:
                # "Give me an example of a country that was suspended from an organisation": the
                # words asking for a case ("example", "name") find no subject (a section headed
                # "Main regional organisations: examples"): the document is chosen without them;
                # the words saying what sort of case stay ("famous summits": "the most famous
                # summits ..."). Not when the question denies something ("an agreement that
                # isn't a treaty"): without them its terms say only what it denies. What the
                # question's words say besides (what it sets aside) stays.
                words = self.passages.words
                unasked = [t for t in result.tokens if t not in words.case_verbs and t not in words.example]
                if unasked and len(unasked) < len(result.tokens):
                    chooser = self.retriever.search("", tokens=unasked)
                    if chooser.top is not None and self.retriever.in_scope(chooser):
                        result = replace(result, passages=chooser.passages)
            # An example asked for on its own, first, is the one the subject is known by.
            further = understanding is None or understanding.further_cases
            defining = intent == "definition" and understanding is not None and not understanding.yes_no
            asks_term = defining and (ASKS_TERM.match(text) is not None or BARE_TERM.match(text) is not None and self.passages.names_one_thing(result.tokens))
            after_scene = ASKS_TERM_AFTER_SCENE.match(text) if defining and not asks_term else None
            if after_scene is not None:
                # The term asked after the scene is looked for on its own; the whole question
                # has already been found within the knowledge base's scope.
                asked = self.retriever.search(after_scene["asked"])
                if asked.top is not None and self.finds_answer(after_scene["asked"], asked, intent):
                    result, asks_term = asked, True
            described = DESCRIBED_THEN_ASKED.match(text) if after_scene is None else None
            if described is not None and not self.person_pronouns.isdisjoint(re.findall(r"[a-z]+", described["asked"].lower())):
                # "The japanese diplomat in lithuania - how many people did he save?": searched
                # without its description, "he" is anyone the document tells of (Lutz, not
                # Sugihara).
                described = None
            if described is not None:
                # "The pact hitler and stalin made just before ww2 kicked off - what was in the
                # secret part?": the description finds the document, the question after it the
                # section, searched within that document (the secret protocol, not "Why Stalin
                # and Hitler made the pact", which the description's words name), when the
                # document has every name the question gives and the section found scores for
                # the whole message close enough to the best (DESCRIBED_SECTION_SCORE): else it
                # may be of another case the document tells ("what happened diplomatically after
                # that" of a policewoman shot outside the Libyan embassy, in a document on
                # immunity, met another crime).
                doc_id = self.passages.answering_document(result, intent)
                within = self.retriever.search(described["asked"], within_doc=doc_id)
                document = self.retriever.chunk_range(doc_id)
                if within.top is not None and within.top.matched and all(self.retriever.index.contains_in(t, document) for t in within.tokens if not self.retriever.is_everyday(t)):
                    whole = {p.chunk.id: p.score for p in self.retriever.search("", tokens=result.tokens, within_doc=doc_id, k=len(document)).passages}
                    if whole.get(within.top.chunk.id, 0.0) >= DESCRIBED_SECTION_SCORE * max(whole.values(), default=0.0):
                        result = within
            circumstance = frozenset(self.retriever.circumstance_terms(text))
            asks_event = intent == "definition" and ASKS_EVENT.search(text) is not None
            term_in = ASKS_TERM_IN.match(text) if intent == "definition" else None
            term = frozenset(self.retriever.query_tokens(term_in["term"])) if term_in else frozenset()
            aspect = understanding.aspect if understanding is not None else None
            thing = understanding.thing if understanding is not None and not understanding.yes_no else None
            return self.passages.from_result(
                result, intent, further_cases=further, asks_term=asks_term, circumstance=circumstance, asks_event=asks_event, term=term, aspect=aspect, kind=kind, thing=thing
            )
        if allow_followup and state.topic and 0 < len(set(result.tokens)) <= SHORT_FOLLOWUP_TOKENS:
            followup = self.subject.within_topic(result.tokens, intent, state, require_all=True)
            if followup.kind == "answer":
                return followup
        # Told apart only when the verdict asked for is what declines it ("is the UN good at
        # keeping the peace?"), not an unknown subject ("a good recipe for banana bread").
        judged = result.asks_judgement and self.retriever.in_scope(replace(result, asks_judgement=False))
        return Resolution("out_of_scope", intent, result.tokens, asks_judgement=judged)

    def _without_supplied_words(self, text: str, result: SearchResult) -> SearchResult:
        """The search without the words a phrasing supplied beside the learner's ("terminated"
        after "how did ... end", see `Retriever.supplied`) when they lead it away from what the
        question names ("how did the war in bosnia end?" finding how treaties are terminated,
        without Bosnia) and it finds an answer without them. Unchanged otherwise."""
        supplied = [t for t in result.tokens if t in self.retriever.supplied]
        if not supplied or self.retriever.in_scope(result):
            return result
        plain = self.retriever.search(text, tokens=[t for t in result.tokens if t not in supplied])
        return plain if self.retriever.in_scope(plain) else result

    def finds_answer(self, text: str, result: SearchResult, intent: str) -> bool:
        """Whether the knowledge base answers the question on its own: in scope, holding
        the kind of fact asked for and a term of the trade, and not a phrase it never says."""
        return self.retriever.in_scope(result) and self._holds_kind(result, intent) and self.retriever.holds_term_of_trade(result) and not self.retriever.asks_unsaid_compound(text, result)

    def declined_outright(self, result: SearchResult, understanding: Understanding) -> bool:
        """Whether the question is declined whatever passages its words find: about the
        learner's own life, asking the tutor's own opinion, about visiting a place or the
        learner's own steps (a career, a course, an application), about investing or where
        prices go, of a year the knowledge never mentions, of a time it cannot describe, or how
        an office or body the knowledge never says so of is filled or decides
        (`ProcessSubjects`: "how is the french president elected?")."""
        if understanding.asks_opinion or understanding.visiting or understanding.own_steps or understanding.markets:
            return True
        if understanding.process_subject is not None and self.process.unsaid(understanding.process_subject):
            return True
        if understanding.personal and (not result.mentioned_documents or not self.retriever.in_scope(replace(result, mentioned_documents=[]))):
            # A question about the learner's own life naming a document must also fit without
            # it: "what sanctions can my employer impose?" says the title's word, not its subject.
            return True
        # "What will the G20 decide at next year's summit?": whatever the knowledge says
        # of the G20, it says nothing of a time it cannot describe.
        return not understanding.yes_no and self._asks_of_an_unknown_year(result.tokens) or understanding.unknown_time

    def _about_the_claim(self, text: str, result: SearchResult) -> SearchResult:
        """A yes/no question ending with a condition, or with what the learner grants ("even
        though Wilson proposed it"), is about the claim before it: "crime" of
        "can an ambassador get arrested if they commit a crime?" draws leaders' immunity, while
        the claim alone finds the Vienna Convention's inviolability. The claim's answering
        document answers when its best passage is close behind the whole question's best
        (NAMED_DOCUMENT_SCORE): the result with that passage first. Unchanged otherwise."""
        condition = CONDITION_AFTER.search(text) or CONCESSION_AFTER.search(text)
        if condition is None or condition.start() == 0 or not result.passages:
            return result
        claimed = self.retriever.search(text[: condition.start()])
        if claimed.top is None:
            return result
        wanted = self.passages.answering_document(claimed)
        best = next((p for p in result.passages if p.chunk.doc_id == wanted), None)
        if best is None or best is result.passages[0] or best.score < NAMED_DOCUMENT_SCORE * result.passages[0].score:
            return result
        return replace(result, passages=[best, *(p for p in result.passages if p is not best)])

    def _office_holder(self, result: SearchResult, intent: str) -> Resolution:
        """"Who is the EU High Representative now?": answered from the sentence naming the
        latest holder ("Kaja Kallas of Estonia since 1 December 2024"), of the answering
        document or else of the results' first document that has one ("who is the UN
        Secretary-General now?": the UN's, not mediation's past holder). "Who is the current
        US secretary of state?": none has (NATO's "Secretary General" is another office);
        declined, not guessed."""
        answering = self.passages.answering_document(result)
        documents = dict.fromkeys([answering, *(p.chunk.doc_id for p in result.passages)])
        holder = next(((d, place) for d in documents if (place := self.office_holders.holder_sentence(d, result.tokens)) is not None), None)
        if holder is None:
            return Resolution("out_of_scope", intent, result.tokens)
        _doc_id, (chunk, at) = holder
        return self._named_at(result, chunk, at, intent)

    def _named_at(self, result: SearchResult, chunk: Chunk, at: int, intent: str) -> Resolution:
        """The answer opening at the sentence `at` of `chunk`, the rest from the search (`result`),
        or from the same search within the chunk's document when it answers from another."""
        if self.passages.answering_document(result) != chunk.doc_id:
            result = self.retriever.search("", tokens=result.tokens, within_doc=chunk.doc_id, k=SECTIONS_WEIGHED)
        answer = self.passages.from_result(result, intent)
        others = [p for p in answer.passages if p.chunk.id != chunk.id]
        return replace(answer, passages=[Passage(chunk, 0.0, []), *others], anchor=at, defining_first=False)

    def _asks_of_an_unknown_year(self, tokens: list[str]) -> bool:
        """Whether the question asks about a year the knowledge base never mentions ("when
        is Good Friday in 2027?"): nothing it knows happened then, whatever else the words
        share with it. A yes/no question is still answered: "was the UN founded in 1944?"
        gets its "No." from the year the knowledge does give."""
        return any(YEAR_TOKEN.fullmatch(t) and self.retriever.index.idf_of(t) is None for t in tokens)

    def _holds_kind(self, result: SearchResult, intent: str) -> bool:
        """For the kinds in SCOPE_CHECKED_KINDS ("how high is the summit of Everest?"):
        whether a sentence of the best passage, or of another of its document's passages
        found that matches every term it matches, holding nearly as much of those terms as
        the sentence holding most (KIND_SENTENCE_SHARE of its idf) has what the kind asks
        for (a number). A passage that mentions Everest only in passing holds no height;
        the knowledge base has no answer, only its words. The span may be in another
        section as good: "how long did the Dayton peace talks take?" finds first why the
        talks matter, then the overview saying when they were held. A question naming a
        document ("how long did the League of Nations exist?") is about a subject the
        knowledge base has; what it asks may be in any of its sections."""
        if intent not in SCOPE_CHECKED_KINDS or result.top is None or result.mentioned_documents:
            return True
        # The words asking for a span ("long", "take", "stay") say nothing of what it is of.
        matched = set(result.top.matched) - self.reader.span_terms
        found = [p.chunk for p in result.passages if p.chunk.doc_id == result.top.chunk.doc_id and matched <= set(p.matched)]
        scored = [(fsum(self.retriever.index.idf_of(t) or 0.0 for t in words & matched), sentence) for chunk in found for sentence, words in self.reader.of(chunk)]
        best = max((score for score, _ in scored), default=0.0)
        held = [sentence for score, sentence in scored if score >= KIND_SENTENCE_SHARE * best]
        if any(self.reader.has_cue(sentence, intent) for sentence in held):
            return True
        # Days of one month ("the Munich conference of 29-30 September") are a span of what a
        # sentence naming all the passage matched dates by them (but a year, which another may
        # give), not of anything near it ("how long does a flight to paris take?" and the
        # heading on Chamberlain's "flights" above his trips of 22-23 September).
        asked = {t for t in matched if not YEAR_TOKEN.fullmatch(t)}
        if intent == "duration" and any(writes_days(sentence) and asked <= words for chunk in found for sentence, words in self.reader.of(chunk)):
            return True
        # A span's two ends may be said in two sentences about what is asked, each with its
        # date ("The Korean part of the Geneva Conference opened on 26 April 1954 ...", "The
        # Korean talks broke up without agreement on 15 June 1954"): dated apart, they give it.
        return intent == "duration" and len({dates[0] for sentence in held if (dates := dates_in(sentence))}) >= 2

    def _names_more(self, found: SearchResult, other: SearchResult) -> bool:
        """Whether the best passage `found` names, besides everyday words, all that `other`'s
        best names and more."""
        assert found.top is not None and other.top is not None
        named, named_other = ({t for t in r.top.matched if not self.retriever.is_everyday(t)} for r in (found, other))
        return named_other < named

    def _names_title_of(self, doc_id: str, tokens: list[str]) -> bool:
        """Whether the terms name a document by a name or term of the trade of its title
        ("dayton" of "Dayton Accords (1995)"), not only by its everyday words ("peace")."""
        return any(not self.retriever.is_everyday(t) for t in self.retriever.title_terms(doc_id) & set(tokens))
