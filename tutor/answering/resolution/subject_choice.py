"""Whether a follow-up keeps the conversation's subject or names its own: kept for a
pronoun, a definite description pointing back, words any subject could take or a short
question the subject's document covers; left for a question naming another document."""

from __future__ import annotations

from dataclasses import dataclass
import re

from tutor.answering.resolution.about_subject import AboutTheSubject
from tutor.answering.resolution.last_answer import LastAnswer
from tutor.answering.resolution.outcome import Resolution
from tutor.answering.resolution.passages import OWN_FACT_KINDS, PassageChooser
from tutor.answering.resolution.state import State
from tutor.answering.resolution.vocabulary import QuestionWords
from tutor.answering.sentences import SentenceReader
from tutor.answering.understanding import IntentModel, Understanding
from tutor.search.knowledge import Chunk
from tutor.search.retrieval import Retriever, SearchResult
from tutor.tuning import SHORT_FOLLOWUP_TOKENS, STAY_COVERAGE_AFTER_AND

# A question whose subject is a definite description: "what are the two theories?",
# "does the host country have to agree?", "what does the job involve?".
DEFINITE = re.compile(r"\W*(what|which|who|whats|is|are|was|were|does|do|did|can|could|has|have)\b(\s*('s|is|are|was|were|do|does|did|can|could|has|have))?\s+(the|that|those|these)\b")

# A verb or preposition left without its object at the end of the question ("why did
# America stay out?", "when did they pull out?", "did France walk away?", "and did the US stay
# in?", "who did they side with?"): its object is what is under discussion.
LEFT_OPEN = re.compile(r"\b(?:out|away|in|into|with|against|from|for|on|of|about|to)\W*$")

# The words after a definite article or a demonstrative, up to three: "who came up with the
# idea?", "what's the big yearly meeting called?".
DETERMINED = re.compile(r"\b(?:the|that|this|these|those)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)")

# "That" or "this" standing for what was just said ("when was that?", "why did that
# happen?"), not a thing named ("who signed that one?").
SAID_BEFORE = re.compile(r"\b(?:that|this)\b(?!\s+ones?\b)")

# Asking for another than the one just named: "who else ...?" (not "what other treaty was
# signed at the same time?", another thing than the subject, which the same section may name).
ELSE = re.compile(r"\b(?:who|whom|where|anyone|anybody|someone|somebody|which \w+|what \w+)\s+else\b")

# A thing named first and set off by a comma, a colon or a dash before the question proper
# ("and the Paris Agreement, is it binding?"), after "and", "so", "what about" and the like.
NAMED_FIRST = re.compile(r"\W*(?:(?:and|so|ok|okay|but|then|now|what about|how about)\W+)*(?P<head>[^,;:?]+?)\s*(?:[,;:]|\s-\s)\s*\w")

# "What happened ...?" and "what did/does X do ...?" ask about events and deeds, not what
# something is ("what happened with Iran?" after sanctions, "and what did the Americans give
# in return?" after the Cuban Missile Crisis): no definition, so a follow-up stays with the
# subject as any other does. Not one asking what a word means ("what does détente mean?").
# Where a clause ends, between a name and a pronoun after it that may then stand for the name
# ("is new START still in force or is it dead?", "how long was the INF Treaty in force before
# it collapsed?"); within one clause an object pronoun stands for something else than the
# clause's own subject ("did the UN adopt it?" after Kyoto is about Kyoto).
CLAUSE_BREAK = re.compile(r"[,;:?!]|\s-\s|\b(?:and|or|but|before|after|when|because|since|until|unless|while|if|so|then|once|though|although|without|that|which|who)\b")
# A question of what someone did ("what did czechoslovakia lose?", "why did france walk out?",
# "how did the soviets react?"): asked after an event, of their part in it.
PAST_DEED = re.compile(r"\bdid(?:n'?t)?\b")
# Pronouns that say whose: they may stand for the subject of their own clause ("where does
# NATO have its headquarters?").
POSSESSIVE = frozenset("its their his her".split())
# Pronouns that may stand for a document's subject (not a person).
NEUTER_PRONOUNS = frozenset("it its itself they them their".split())

WHAT_HAPPENED = re.compile(
    r"\W*(?:(?:and|so|ok|okay|but|then)\W+)*what\s+(?:happened|happens|happen|did|does|do|can|could|would|will|should|has|have|had)\b"
    r"(?!.*\b(?:mean|means|meant|meaning|stand for|stands for|stood for)\b)"
)


# "Would X count?", "does X count as one?", "is X an example?", "would X qualify?": asks
# whether X is a case of the subject under discussion, naming no kind of its own.
COUNTS_AS = re.compile(
    r"^\W*(?:(?:and|so|but|then|ok|okay|well)\W+)*(?:would|will|does|do|did|could|can|should|is|was|are|were)\s+(?P<thing>.+?)\s+"
    r"(?:(?:count|qualify)(?:\s+as\s+(?:one|such|that|this|an?\s+(?:example|case|instance)))?|be\s+(?:one|an?\s+(?:example|case|instance))|an?\s+(?:example|case|instance)|one)"
    r"(?:\s+(?:of\s+(?:it|that|this|them)|too|then))?\W*$"
)


@dataclass
class SubjectChoice:
    """Decides whether the current subject answers a follow-up (see `resolve`)."""

    retriever: Retriever
    intents: IntentModel
    reader: SentenceReader
    words: QuestionWords
    passages: PassageChooser
    subject: AboutTheSubject
    last_answer: LastAnswer

    def resolve(self, corrected: str, searched: str, tokens: list[str], intent: str, understanding: Understanding, state: State) -> Resolution | None:
        """The answer from the current subject when the follow-up stays with it, else None
        (the question is then asked on its own)."""
        # "What is mediation?" is made of words any subject could take, but asks what another
        # document is about, by its title or the glossary name its title is built on; "what
        # were the terms?" asks the subject's terms, not what "Terms of diplomacy" are.
        # "How long?" pointing at nothing names only the kind of answer it wants, a span: it
        # asks that of the subject, as a bare "when?" asks its date.
        kind_words = self.reader.span_terms if intent == "duration" and not understanding.refers_back else frozenset()
        # "Which countries?", pointing at nothing, names only the kind of answer it wants too:
        # it asks that of the subject, not which countries any document lists.
        answer_kind = frozenset(self.retriever.query_tokens(understanding.answer_type)) if understanding.answer_type and not understanding.refers_back else frozenset()
        if state.topic and set(tokens) <= self.words.generic | kind_words | answer_kind and not (
            intent == "definition" and understanding.explicit and understanding.aspect is None and self.names_a_document(tokens, state.topic)
        ):
            # "give me an example", "why?": nothing but generic words, so about the topic.
            # A bare "when?", "what year?" or "why not?" asks it of what the last question
            # asked about: words naming the kind of answer ("year") name nothing asked, nor,
            # in a "when?" or "where?", words saying only that it happened ("when did that
            # happen?" asks the date of what was just said, not of "what happened next").
            naming_kind = self.words.answer_words | kind_words | (self.words.event if intent in OWN_FACT_KINDS else frozenset())
            asked = tokens if set(tokens) - naming_kind else list(state.last_tokens)
            if intent == "who":
                # "Who else took part?": that someone took part is what "who?" asks.
                asked = [t for t in asked if t not in self.words.participation]
            said_before = SAID_BEFORE.search(corrected) is not None
            answered = self.last_answer.of_the_answer(tokens, intent, state, said_before)
            if answered is not None:
                return answered
            turned = self.last_answer.answered_with(state)
            if turned is not None:
                return self.subject.about_topic(asked, intent, turned, aspect=understanding.aspect)
            # Of the subjects a title joins ("G7 and G20"), "when did it start?" after "what's
            # the G20?" is about the one the last question named.
            elsewhere = self.subject.about_other_subjects(asked, state) | self._answered_already(corrected, understanding, state, intent)
            # "When was it signed?", "where did it take place?" after a question naming the
            # subject by its title ask the subject's own date or place, not that of what the
            # last question asked of it ("why did germans hate the treaty of versailles?").
            whole = intent in OWN_FACT_KINDS and self._stands_for_the_subject(corrected, tokens, state, own_fact=True)
            # The one it named is kept in view, as after a pronoun ("who brokered them?" after
            # the Minsk agreements is searched with their name, not the Budapest Memorandum's).
            meant = tuple(sorted(self.retriever.subject_named(state.topic, state.last_tokens))) if elsewhere else ()
            about = self.subject.about_topic(asked, intent, state, carried=self.subject.carried(asked, state, of_the_whole=whole) + meant, elsewhere=elsewhere, aspect=understanding.aspect)
            # A bare "who?" asks a new aspect of what was just said: not the overview just
            # shown again when another section, not yet shown, says by its heading that it
            # tells that ("Who took part" after the overview of the Geneva Conference).
            return self.subject.unshown_instead(about, intent, state) if not tokens else about
        if state.topic:
            case = self._case_of_the_subject(corrected, understanding, state.topic)
            if case is not None:
                return self.passages.from_result(case, intent, aspect=understanding.aspect)
            if understanding.refers_back and (self._names_another_first(corrected, state.topic) or self._named_before_pronoun(corrected, state.topic)):
                # "and the Paris Agreement, is it binding?" after Kyoto: "it" is what the
                # question named before it, not the subject; asked on its own.
                return None
            named = self.retriever.named_documents(tokens)
            if named and state.topic not in named and understanding.refers_back:
                # "was there one during the Cuban Missile Crisis?" after back-channel diplomacy:
                # the subject's own section on the case named answers, when it has one.
                within = self.retriever.search("", tokens=tokens, within_doc=state.topic)
                if within.passages and self._heading_names(within.passages[0].chunk, named):
                    return self.passages.from_result(within, intent, aspect=understanding.aspect)
            if not named or state.topic in named:
                turned = self.last_answer.answered_with(state) if understanding.refers_back else None
                if turned is not None:
                    return self.subject.about_topic(tokens, intent, turned, aspect=understanding.aspect)
                if understanding.refers_back:
                    elsewhere = self.subject.about_other_subjects(tokens, state) | self._answered_already(corrected, understanding, state, intent)
                    # What "it" stands for is kept in view too: the subject the last question
                    # named, or after "which one ...?" or "who ...?" the one its answer named,
                    # which "they" then stands for rather than the subject.
                    meant = tuple(sorted(self.retriever.subject_named(state.topic, state.last_tokens))) if elsewhere else ()
                    whole = self._stands_for_the_subject(corrected, tokens, state)
                    carried = self.subject.carried(tokens, state, of_the_whole=whole)
                    return self.subject.about_topic(
                        tokens, intent, state, carried=carried + meant + self.last_answer.names_answered(state), elsewhere=elsewhere, pointing_to_answer=state.last_intent == "who",
                        whole_subject=whole, aspect=understanding.aspect, circumstance=frozenset(self.retriever.circumstance_terms(corrected)),
                    )
                # A question about the current subject that names no other stays with it:
                # after the Cuban Missile Crisis, "who was the secret back channel?" is about
                # the crisis. "What is X?" is left to stand on its own.
                # Glossary concepts ("=ratification") stand beside the words naming them: not counted.
                short = len({t for t in tokens if not t.startswith("=")}) <= SHORT_FOLLOWUP_TOKENS
                lacking = self.retriever.lacks(state.topic, tokens)
                # A word naming a concept the document has under another name ("America"
                # of the United States, "Britain" of the United Kingdom) is no word it lacks.
                named = self.retriever.kb.glossary.name_stems({t for t in tokens if t.startswith("=") and t not in lacking}, self.retriever.tokenizer.stem)
                # "How long does each presidency last?" after the EU: the span words are no
                # part of what the subject's document must cover; nor, in a "who?", the word
                # for a person that names the kind of answer ("who was the American guy who
                # chaired the talks?"), nor a word the document says under another name.
                unsaid_names = {t for t in lacking if t in named or (intent == "who" and t in self.words.people)}
                covering = [t for t in tokens if t not in unsaid_names and not (intent == "duration" and t in self.reader.span_terms)]
                within = self.retriever.search("", tokens=covering or tokens, within_doc=state.topic)
                # A short question whose every name and term of the trade the subject's
                # document has, naming no other document ("give me a real example", "who
                # was the American negotiator?"), brings no subject of its own: it stays
                # too, unless it asks "what is ...?".
                # Everyday words the document lacks are the question's own subject, though,
                # when nothing in it needs the subject under discussion and another document
                # answers it ("can a diplomat be arrested?" after the G7, "who appoints
                # ambassadors?" after NATO). Needing the subject: a definite description
                # pointing back ("who came up with the idea?"), a word any subject could
                # take ("give me a real example", "when did the US leave?"), a word of the
                # subject's own title ("wait, where is Dayton?"), a verb of leaving left without
                # its object ("why did America stay out?", `LEFT_OPEN`).
                complete = (
                    DEFINITE.match(corrected) is None and not self.points_back(corrected) and LEFT_OPEN.search(corrected) is None
                    and not set(tokens) & (self.words.generic | self.retriever.title_terms(state.topic))
                )
                own_subject = [t for t in lacking if not self.words.everyday_in(t, tokens) and t not in named]
                everyday = [t for t in lacking if t not in own_subject and t not in named]
                # So are they in "what is the ...?" when the document has none of its words,
                # none of them points back and none is one any subject could take ("what is
                # the cop?" after Kyoto: the UNFCCC's COP; not "what does the job involve?" nor
                # "what was the old name then?").
                unsaid = (
                    intent == "definition" and understanding.explicit and bool(everyday) and set(tokens) <= set(everyday)
                    and not self.points_back(corrected)
                )
                # A complete question none of whose words the document has ("who invented the
                # telephone?" after the Paris Agreement) shares nothing with the subject: its
                # words are its own subject, whether another document answers it or none does.
                foreign = complete and set(tokens) <= set(lacking)
                if everyday and (foreign or (complete or unsaid) and self._answered_elsewhere(searched, everyday, state.topic)):
                    own_subject += everyday
                other_documents = self._other_documents(tokens, state.topic)
                if complete and not other_documents and not PAST_DEED.search(corrected):
                    # A complete question in words of another document's title, which answers it
                    # asked alone ("what do consuls do?" after the Vienna Convention on Diplomatic
                    # Relations, which mentions consulates: "Consuls and attachés"), names its own
                    # subject as a short title would. Not one asking what someone did ("what did
                    # iraq do?" after the Gulf War): that is their part in the subject.
                    titled = [d for d in self.retriever.titled_with(tokens) if d != state.topic]
                    other_documents = titled if titled and self._answered_by(searched, titled) else []
                own_subject += other_documents
                # A short or continuing question is covered by a passage holding half of it; a
                # longer one needs all of its words in one passage, unless the subject's document
                # says every one of them somewhere (or by another name: "pull out" of
                # "withdrew"): "why did the US side against Britain and France?" after the Suez
                # Crisis names only its parties, and asked alone it found the 1930s appeasement.
                # Not when another document, whose title gives some of its words, answers it
                # ("what happened in the Iraq crisis of 2003?" after the Gulf War, whose document
                # mentions that crisis); that search is made only when it can decide.
                covered = (intent != "definition" or WHAT_HAPPENED.match(corrected) is not None) and (
                    within.coverage >= 1.0
                    or within.coverage >= STAY_COVERAGE_AFTER_AND
                    and (understanding.continues or short or set(lacking) <= unsaid_names and not self._titled_elsewhere(searched, tokens, state.topic))
                )
                # "the ..." naming nothing new ("what are the two theories?", "whats the big
                # yearly meeting called?") is a part of the subject under discussion.
                # It may have words the document lacks ("the big yearly meeting"), unless the
                # knowledge base does not answer it at all ("the best pizza in Naples").
                definite = DEFINITE.match(corrected) is not None and (
                    not self.retriever.lacks(state.topic, tokens) or self.retriever.in_scope(self.retriever.search(searched))
                )
                # "What is the ...?" too, unless its words are all in another document's title
                # ("what are the START treaties?" after the INF Treaty).
                subjectless = (short or definite) and not own_subject
                if subjectless and intent == "definition" and understanding.explicit and not WHAT_HAPPENED.match(corrected):
                    subjectless = definite and not any(d != state.topic for d in self.retriever.titled_with(tokens))
                # "and" before another document's subject ("ok and the Paris Agreement, when
                # did that enter into force?" after Kyoto) turns to it: the question searches
                # everything, however much of it the current subject's document mentions.
                # So does a question that names another document and nothing else but words
                # any subject could take ("what does the UNFCCC do?" after Kyoto, which names
                # the UNFCCC on every other line): that document is what it asks about. And
                # so does one naming another document with nothing needing the current subject
                # ("who chairs the security council?" after ASEAN, whose chair it names).
                others_named = {t for d in other_documents for t in self.retriever.title_terms(d)}
                only_another = bool(other_documents) and {t for t in tokens if t not in others_named} <= self.words.generic
                # And so does one pointing back to nothing that a document it names answers
                # on its own, lacking no more of its other words than the subject's does ("how
                # many countries are in the UN?" after shuttle diplomacy, which mentions UN
                # forces; "which countries founded ASEAN?" after diplomacy, which lists ASEAN
                # among regional bodies). Not a definite description whose every word the
                # subject's document has ("who was the secret back channel?" after the Cuban
                # Missile Crisis).
                rest = [t for t in tokens if t not in others_named and not t.startswith("=")]
                unsaid_here = len(self.retriever.lacks(state.topic, rest))
                told_elsewhere = (
                    bool(other_documents) and not understanding.refers_back and not self.points_back(corrected)
                    and not (DEFINITE.match(corrected) and not lacking)
                    and any(len(self.retriever.lacks(d, rest)) <= unsaid_here for d in other_documents)
                    and self._answered_by(searched, other_documents)
                )
                # Not one asking what a party another document is about did ("what did the UN
                # do?" after the Suez Crisis), all of whose words the subject's document has:
                # that is the party's part in the subject, as "what did iraq do?" is above.
                part_in_it = PAST_DEED.search(corrected) is not None and intent not in OWN_FACT_KINDS and intent != "definition" and not lacking
                turns_away = bool(other_documents) and not part_in_it and (understanding.continues or only_another or complete or told_elsewhere)
                if (covered or subjectless) and not turns_away and not self._headed_elsewhere(searched, tokens, state.topic):
                    # A question naming the subject by its title and nothing else ("and where
                    # is camp david anyway?") asks about the subject itself: what the last
                    # question asked of it ("to the table") is not carried.
                    own = {t for t in tokens if t not in self.words.generic}
                    carried = () if own and own <= self.retriever.title_terms(state.topic) else self.subject.carried(tokens, state, of_the_whole=self._stands_for_the_subject(corrected, tokens, state))
                    if carried:
                        # Even when the document has none of the question's own words: "what
                        # does the job involve?" after the EU's High Representative.
                        within = self.retriever.search("", tokens=tokens + list(carried), within_doc=state.topic)
                    already = self._answered_already(corrected, understanding, state, intent)
                    if already and any(p.chunk.id not in already for p in within.passages):
                        # "Give me another example": from a section not just shown.
                        return self.passages.from_result(within, intent, elsewhere=already, aspect=understanding.aspect)
                    if already and intent == "example" and understanding.further_cases:
                        # No other section says the words ("give me another example" after the
                        # Suez Crisis): the next section suiting the question, not the one shown.
                        chosen = self.passages.suited_passage(state.topic, intent, state.shown, elsewhere=already)
                        if chosen.chunk.id not in already:
                            return Resolution("answer", intent, tokens, [chosen], state.topic)
                    if within.passages:
                        return self.passages.from_result(within, intent, recent=state.last_shown, aspect=understanding.aspect)
                    if subjectless and state.last_shown:
                        # None of its words in the document ("what does the job involve?" after
                        # "who is the EU high representative"): "the job" is what was just shown,
                        # when the last question's words find it (an answer about Metternich came
                        # from words its own search never used).
                        shown = self.retriever.search("", tokens=list(state.last_tokens), within_doc=state.topic)
                        if shown.passages:
                            return self.passages.from_result(shown, intent, recent=state.last_shown, aspect=understanding.aspect)
        return None

    def _case_of_the_subject(self, text: str, understanding: Understanding, topic: str) -> SearchResult | None:
        """The subject's sections on X when the question asks whether X is a case of the
        subject ("would the Marshall Plan count?" after economic statecraft) and the
        subject's document names X: that X is also a document of its own does not make
        the question about what X is. None otherwise."""
        case = COUNTS_AS.match(text) if understanding.yes_no else None
        if case is None:
            return None
        # X's names must all be the subject's document's; its everyday words need not
        # ("would Kissinger's trips count?" after shuttle diplomacy, which says "journeys").
        named = self.retriever.query_tokens(case["thing"])
        names = [t for t in named if not self.retriever.is_everyday(t)]
        if not names or self.retriever.lacks(topic, names):
            return None
        within = self.retriever.search("", tokens=named, within_doc=topic)
        return within if within.passages else None

    def names_a_document(self, tokens: list[str], besides: str | None = None) -> bool:
        """Whether the terms name a document other than `besides`: all of them words of its
        title ("the START treaties"), or the glossary name its title is built on ("mediation")."""
        return any(d != besides for d in self.retriever.titled_with(tokens) + self.retriever.titled_by_concepts(tokens))

    def _answered_already(self, text: str, understanding: Understanding, state: State, intent: str) -> frozenset[str]:
        """The section the last answer came from, when the question asks for someone else
        ("who else used it?" after shuttle diplomacy, whose answer named Kissinger) or for
        another example ("give me another example" after Kissinger's shuttles): not what was
        just said. Another example is no background either ("Background: the 1973 war")."""
        if intent == "example" and understanding.further_cases:
            background = frozenset(
                chunk.id for i in self.retriever.doc_chunks.get(state.topic, ()) if (chunk := self.retriever.chunks[i]).section.split(" > ")[-1].casefold().startswith("background")
            ) if state.topic else frozenset()
            return state.last_shown | background
        return state.last_shown if ELSE.search(text) else frozenset()

    def _names_another_first(self, text: str, topic: str) -> bool:
        """Whether the question opens by naming another document than `topic`, set off
        before the question proper ("and the Paris Agreement, is it binding?", "what about
        NATO - how many members does it have?"), which its pronoun then stands for."""
        head = NAMED_FIRST.match(text)
        if head is None:
            return False
        tokens = self.retriever.query_tokens(head.group("head"))
        return any(d != topic for d in self.retriever.mentioned_documents(tokens) + self.retriever.titled_by_concepts(tokens))

    def _other_documents(self, tokens: list[str], topic: str) -> list[str]:
        """The documents other than `topic` the terms name: by their short title, the glossary
        names it is built on, a name their full title gives ("wto" of "World Trade
        Organization (WTO) and GATT", "new start" of the START treaties) or inside the name of
        a thing they own ("the UN Secretary-General"); none when a name given is the topic's
        own ("the UN" after the UN's document)."""
        titled = self.retriever.mentioned_documents(tokens) + self.retriever.titled_by_concepts(tokens) + self.retriever.owners_named(tokens)
        names = [t for t in tokens if t.startswith("=") and t not in self.words.generic and not self.retriever.kb.glossary.is_a_word(t)]
        by_name = {d for t in names for d in self.retriever.documents if t in self.retriever.title_terms(d)}
        if any(t in self.retriever.title_terms(topic) for t in names) and not [d for d in titled if d != topic]:
            return []
        return [d for d in dict.fromkeys([*titled, *sorted(by_name)]) if d != topic]

    def _stands_for_the_subject(self, text: str, tokens: list[str], state: State, own_fact: bool = False) -> bool:
        """Whether the follow-up's "it" or "they" stands for the subject's document as a whole:
        the last question named it by its title ("was Germany ever let into the League of
        Nations?"), and the follow-up asks something of its own ("where did it have its
        headquarters?") or, `own_fact`, the subject's own date or place ("why did germans hate
        the treaty of versailles? / where was it signed?"); not only what any subject could be
        asked ("why did it fail?", which may ask of what the last question asked). "That" and
        "this" point to what was said ("was Russia in the G8? / when did that end?")."""
        assert state.topic is not None
        words = set(re.findall(r"[a-z']+", text))
        if not words & NEUTER_PRONOUNS or words & self.intents.demonstratives:
            return False
        own = {t for t in tokens if t not in self.words.generic}
        last = list(state.last_tokens)
        named = self.retriever.names_document(state.topic, set(last)) or state.topic in self.retriever.mentioned_documents(last)
        return (bool(own) or own_fact) and named

    def _answered_by(self, text: str, documents: list[str]) -> bool:
        """Whether the question, asked on its own, is answered by one of the documents."""
        result = self.retriever.search(text)
        return self.retriever.in_scope(result) and self.passages.answering_document(result) in documents

    def _named_before_pronoun(self, text: str, topic: str) -> bool:
        """Whether a pronoun stands for another document than `topic` that the question names
        before it: in an earlier clause ("westphalia ended which war and how long had it
        lasted?") or as the owner of something ("where does NATO have its headquarters?")."""
        words = list(re.finditer(r"[\w'+-]+", text))
        pronouns = self.intents.pronouns
        at = next((i for i, w in enumerate(words) if w.group() in pronouns), None)
        if at is None:
            return False
        for end in range(1, at + 1):
            if self._other_documents(self.retriever.query_tokens(text[: words[end - 1].end()]), topic):
                between = text[words[end - 1].end() : words[at].start()]
                return words[at].group() in POSSESSIVE or CLAUSE_BREAK.search(between) is not None
        return False

    def points_back(self, text: str) -> bool:
        """Whether the question speaks of something in view: a definite description with
        a noun that points back ("who came up with the idea?", "the big yearly meeting"),
        not one naming a thing of its own ("searched by the police")."""
        nouns = self.intents.referring_nouns
        return any(word in nouns or word.removesuffix("s") in nouns for words in DETERMINED.findall(text) for word in words.split())

    def _heading_names(self, chunk: Chunk, documents: list[str]) -> bool:
        """Whether the chunk's heading names one of the documents by its whole short title."""
        heading = set(self.retriever.query_tokens(chunk.section.split(" > ")[-1]))
        return any(self.retriever.names_document(doc_id, heading) for doc_id in documents)

    def _headed_elsewhere(self, text: str, tokens: list[str], topic: str) -> bool:
        """Whether the question, asked on its own, is answered by another document's section
        headed by a name it gives that no heading of `topic` has ("what happened in the
        LaGrand case?" after the ICJ, which lists LaGrand in passing: the consular
        convention's section on LaGrand and Avena), as a question pointing back is. Only a name (a word
        the knowledge writes as one) few documents say (`NAME_DOCUMENTS`) counts: a case, not a state that many
        documents speak of ("who represented Britain?" after the Congress of Vienna)."""
        names = self.retriever.names_in(text)
        rare = [t for t in tokens if t in names and self.retriever.said_in_few(t)]
        if not rare:
            return False
        result = self.retriever.search(text)
        if not result.passages or not self.retriever.in_scope(result):
            return False
        return self.subject.headed_elsewhere(rare, topic, self.passages.answering_document(result), result)

    def _titled_elsewhere(self, text: str, tokens: list[str], topic: str) -> bool:
        """Whether the question, asked on its own, is answered by another document than
        `topic` whose title gives some of its words that `topic`'s title does not."""
        result = self.retriever.search(text)
        if not self.retriever.in_scope(result):
            return False
        other = self.passages.answering_document(result)
        return other != topic and bool(set(tokens) & self.retriever.title_terms(other) - self.retriever.title_terms(topic) - self.words.generic)

    def _answered_elsewhere(self, text: str, words: list[str], topic: str) -> bool:
        """Whether the question, asked on its own, is answered by another document than
        `topic`, one that has some of `words` (what `topic` lacks): "can a diplomat be
        arrested?" by the Vienna Convention's, not "why did America stay out?" after the
        League of Nations by the Voice of America's, which does not say "stay" either. Its
        passages found must also say what the question shares with `topic`, but for
        words any subject could take: "why was Russia kicked out?" after the G7 is not
        answered by expulsions in general, which name no Russia."""
        result = self.retriever.search(text)
        if not self.retriever.in_scope(result):
            return False
        other = self.passages.answering_document(result)
        shared = {t for t in result.tokens if t not in words and t not in self.words.generic}
        said = set().union(*(p.matched for p in result.passages if p.chunk.doc_id == other))
        return other != topic and len(self.retriever.lacks(other, words)) < len(words) and shared <= said
