"""Deciding how to answer a question: which document, which passages, about which topic.

`Resolver.resolve` looks at the question (its kind, whether it points back with "it" or
"and ...?"), the conversation's current subject and the search results, and returns a
`Resolution`: the passages to answer from, or the decision that the question is out of
scope. It changes nothing, so a question can be tried out before it is asked.
"""

from __future__ import annotations

import re
from math import fsum
from dataclasses import dataclass, field, replace

from tutor.answering.kinds import Intent, ResolutionKind
from tutor.answering.office_holders import OfficeHolders
from tutor.answering.reply import Reply
from tutor.answering.sentences import SentenceReader
from tutor.answering.understanding import IntentModel, Understanding
from tutor.search.knowledge import Chunk
from tutor.search.retrieval import MATCHED_FOR, Passage, Retriever, SearchResult
from tutor.search.text import fold, split_sentences
from tutor.tuning import (
    PROCESS_HEADING_WEIGHT,
    CAUSE_SENTENCE_WEIGHT,
    HEADING_CUE_WEIGHT,
    HEADING_MATCH_WEIGHT,
    ASKED_CANDIDATES,
    ASKED_MATCH,
    RECENT_SECTION_WEIGHT,
    NAMED_DOCUMENT_SCORE,
    SECTIONS_WEIGHED,
    OTHER_PASSAGES,
    SCOPE_CHECKED_KINDS,
    KIND_SENTENCE_SHARE,
    SECTION_QUESTION_WEIGHT,
    SECTION_SCORE_WEIGHT,
    SENTENCE_CUE_WEIGHT,
    SENTENCE_SENSE_WEIGHT,
    SPAN_CUE_WEIGHT,
    SHORT_FOLLOWUP_TOKENS,
    STAY_COVERAGE_AFTER_AND,
    KEY_DIFFERENCE_PASSAGES,
    KEY_OWN_DOCUMENT_PASSAGES,
    KEY_SIDE_OPENING_WORDS,
    KEY_SUBJECT_WORDS,
)

OPENING_WORD = re.compile(r"[\w'-]+")
ARTICLES = frozenset({"a", "an", "the"})
# A sentence pointing back to what its section is about ("these weaknesses").
POINTS_BACK = re.compile(r"\b(?:this|these|those)\b|\bsuch\b(?! as\b)", re.IGNORECASE)
# A sentence saying how two things are alike states no difference.
LIKENESS = re.compile(r"(like|as with|similarly)\b", re.IGNORECASE)

# A question whose subject is a definite description: "what are the two theories?",
# "does the host country have to agree?", "what does the job involve?".
DEFINITE = re.compile(r"\W*(what|which|who|whats|is|are|was|were|does|do|did|can|could|has|have)\b(\s*('s|is|are|was|were|do|does|did|can|could|has|have))?\s+(the|that|those|these)\b")

# The words after a definite article or a demonstrative, up to three: "who came up with the
# idea?", "what's the big yearly meeting called?".
DETERMINED = re.compile(r"\b(?:the|that|this|these|those)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)")

# "What happened ...?" asks about events, not what something is ("what happened with Iran?"
# after sanctions): no definition, so a short one stays with the subject.
WHAT_HAPPENED = re.compile(r"\W*what (?:happened|happens|happen)\b")

# A word as a sentence writes it; a run of capitalised words with nothing but spaces (and
# the particles of names) between them, a person's name and title ("Soviet leader Nikita
# Khrushchev", "Prince Klemens von Metternich"); an owner opening a sentence ("Hammarskjöld's").
PROPER_WORD = re.compile(r"[\w.'\u2019-]+")
NAME_RUN = re.compile(r"[A-Z][\w'\u2019-]*\.?(?:\s+(?:(?:von|van|de|der|del|da|di|du|bin|al)\s+)?[A-Z][\w'\u2019-]*\.?)+")
OWNER = re.compile(r"\W*([A-Z][\w-]*)['\u2019]s\b")

# A question asking which thing of a kind ("which treaty came out of them?"): its answer
# names the thing the next question may point to.
WHICH = re.compile(r"\W*(?:(?:and|so|ok|okay|but)\W+)?which\b")

# A name ending in a small number, and the number in roman numerals ("start 1", "START I").
NUMBERED = re.compile(r"(.*\S)\s+([1-4])")
ROMAN_NUMERALS = {"1": "i", "2": "ii", "3": "iii", "4": "iv"}
# A side of a comparison that stands for the other's noun ("the one on consular relations"),
# and what qualifies a noun ("vienna convention | on diplomatic relations").
ONE_OF_THE_KIND = re.compile(r"^(?:the|that) one\b")
QUALIFIER = re.compile(r"\b(?:on|of|for|in|to|with|from|between|about)\b")

# A year as a question's token ("2027").
YEAR_TOKEN = re.compile(r"1[0-9]{3}|20[0-9]{2}")

# Documents of this topic are the worked examples that "give me an example" can point to.
EXAMPLE_TOPIC = "cases"
# Kinds of question whose section a heading can pick when the question names nothing but
# its subject ("what do ambassadors do?", "how does NATO work?").
WORDLESS_KINDS: frozenset[str] = frozenset({"role", "how", "why"})
# Kinds of question that, naming nothing but their subject, ask for the subject's own
# date, span or place.
OWN_FACT_KINDS: frozenset[str] = frozenset({"when", "where", "duration"})
# Words that name the kind of answer wanted ("what year?", "which city?"), not a fact
# that the answering sentence must say.
ANSWER_WORDS = ("year", "date", "day", "month", "century", "time", "place", "city", "location", "based", "located", "headquartered", "situated")

def opening_sentence(answer: str) -> str:
    """The first sentence of an answer that says something, past a lone "Yes." or "No."."""
    return next((sentence for sentence in split_sentences(answer) if len(sentence.split()) > 2), "")


@dataclass
class State:
    """What the conversation remembers between turns."""

    topic: str | None = None
    previous_topic: str | None = None  # the subject before the current one
    last_intent: Intent | None = None
    shown: set[str] = field(default_factory=set)
    last_shown: frozenset[str] = frozenset()  # the sections the last answer came from
    last_tokens: tuple[str, ...] = ()  # the search terms of the last question answered
    last_reply: Reply | None = None
    turn: int = 0


@dataclass
class Resolution:
    """How a question will be answered: which passages, about which topic."""

    kind: ResolutionKind
    intent: Intent
    tokens: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    topic: str | None = None
    sides: list[tuple[str, list[Passage]]] = field(default_factory=list)
    side_terms: list[frozenset[str]] = field(default_factory=list)  # the words naming each side and not the other
    key: Passage | None = None
    key_sentences: list[str] = field(default_factory=list)  # the sentences of `key` that set the sides apart
    defining_first: bool = False
    anchor: int | None = None  # the sentence of the first passage that answers best
    # The other question of two ("... and how do they work?"): its kind and search terms,
    # which a sentence of the answer also answers.
    also: tuple[str, list[str]] | None = None
    asks_judgement: bool = False  # declined because it asks which is good or best
    same: bool | None = None  # for "is X the same as Y?": whether they are, else not asked


class Resolver:
    """The rules that pick what answers a question; one per loaded tutor, shared by its conversations."""

    def __init__(self, retriever: Retriever, intents: IntentModel, reader: SentenceReader) -> None:
        self.retriever = retriever
        self.intents = intents
        self.reader = reader
        self._generic = {t for w in intents.generic_words for t in retriever.query_tokens(w)}
        self._answer_words = {t for w in ANSWER_WORDS for t in retriever.query_tokens(w)}
        self._significance = {t for w in intents.significance_words for t in retriever.query_tokens(w)}
        self._senses = reader.sense_terms()
        self.office_holders = OfficeHolders(retriever, reader)

    def resolve(self, corrected: str, understanding: Understanding, state: State) -> Resolution:
        """Decide how to answer, without changing the conversation (so it can be tried out).

        A question of two ("what are sanctions and how do they work?") is decided on the
        whole, then answered from its main part when that finds the same subject, with a
        section answering the other part beside it."""
        resolution = self._resolve(corrected, understanding, state)
        other = understanding.other_part
        # A second "what is ...?" or one of the same kind ("who is head of state and who is
        # head of government?") is no other question: the whole answers it.
        if other is None or not understanding.explicit or other[0] in (understanding.intent, "definition") or resolution.kind != "answer" or resolution.topic is None:
            return resolution
        if understanding.intent == "definition" and understanding.main_part and understanding.main_part != corrected:
            # "What are sanctions and how do they work?" asks what they are first: the other
            # part's words ("work") must not pull the answer away from the definition.
            main = self._resolve(understanding.main_part, replace(understanding, other_part=None), state)
            if main.kind == "answer" and main.topic == resolution.topic:
                resolution = main
        intent, text = other
        asked = self.retriever.query_tokens(text)
        # A bare "when?" or "why?" asks it of what the main part asks; one pointing back
        # ("how do they work?") is looked for with the main part's subject.
        tokens = asked or resolution.tokens
        searched = tokens + (resolution.tokens if asked and self.intents.refers_back(text) else [])
        found = self.retriever.search("", tokens=searched, within_doc=resolution.topic, k=1).passages
        shown = {p.chunk.id for p in resolution.passages}
        passages = resolution.passages + [p for p in found if p.chunk.id not in shown]
        return replace(resolution, passages=passages, also=(intent, tokens))

    def _resolve(self, corrected: str, understanding: Understanding, state: State) -> Resolution:
        intent = understanding.intent
        if understanding.of_a_person and state.topic and state.last_intent == "who":
            about = self._about_the_person(corrected, intent, state)
            if about is not None:
                return about
        if intent == "more":
            return self._more(state)
        # "one" standing for a noun ("which one is about treaties?") is searched as no number.
        searched, picks = self.intents.without_pronoun_one(corrected)
        tokens = self.retriever.query_tokens(searched)
        if picks and not state.topic:
            # "Which one is still in force?" before any subject: ask what it is about.
            return Resolution("no_topic", intent, tokens)
        if state.topic and self.retriever.asks_judgement(tokens):
            # A follow-up asking which is good or best ("which is the best treaty?") is
            # declined as a question on its own is, not answered from the subject.
            return Resolution("out_of_scope", intent, tokens, asks_judgement=True)
        previous = state.last_intent if state.last_intent not in (None, "more", "comparison") else "definition"
        if picks and state.topic:
            # "and the other one?" asks the last question again; "which one ...?" its own.
            picked = self._one_of_a_kind(tokens, previous if understanding.elliptical_topic else intent, picks == "other", state)
            if picked is not None:
                return picked
        if understanding.elliptical_topic and state.topic:
            # "the consular one" is the consular convention: "one" stands for a noun, no number.
            subject = self.intents.without_pronoun_one(understanding.elliptical_topic.strip())[0]
            added = self.retriever.query_tokens(subject)
            # "and X?" asks the last question again with X in place of what that asked about,
            # keeping the words any subject could take ("members", "mediated", "signed").
            kept = [t for t in state.last_tokens if t in self._generic and t not in added]
            names_a_document = bool(self.retriever.mentioned_documents(added) + self.retriever.titled_with(added))
            # A concept that everyday words give ("American" of the United States) names no
            # subject of its own when the words do not.
            words = [t for t in added if not t.startswith("=")]
            everyday = bool(words) and all(self.retriever.is_everyday(t) for t in words)
            if added and not names_a_document and (everyday or not self.retriever.lacks(state.topic, added)):
                # "and in total?" names no subject of its own: it stays with the subject ("who
                # represented Britain? / and France?" is about France at the same congress),
                # and so does a name the subject's document has that is no document's
                # ("what about Taiwan?" after an example of recognising states).
                # Everyday words of a title do ("and camp david?": the Camp David Accords).
                return self._within_topic([*added, *kept], previous, state, require_all=False, named=frozenset(added) if kept else frozenset())
            resolved = self._standalone(subject, previous, state, allow_followup=False)
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
                old = self.retriever.title_terms(state.topic)
                kept += [t for t in state.last_tokens if t not in kept and t not in added and t not in old and not t.isdigit() and not self.retriever.lacks(resolved.topic, [t])]
            if resolved.kind == "answer" and kept:
                # X alone chooses the document ("and Dayton?"); the kept words the section
                # within it (who mediated Dayton, not its terms).
                return self._from_result(self.retriever.search("", tokens=resolved.tokens + kept, within_doc=resolved.topic), previous)
            return resolved
        if intent == "comparison" and understanding.sides:
            sides = self._sides_meant(understanding.sides, state)
            compared = self._comparison(corrected, sides)
            if compared is not None and understanding.asks_same:
                if not self._same_thing(sides):
                    return replace(compared, same=False)
                # One thing under two names: what it is, from the passage naming both.
                return replace(self._from_result(self.retriever.search(" ".join(sides)), "definition"), same=True)
            if compared is not None:
                return compared
            intent = "definition"
        if not state.topic and set(tokens) <= self._generic and (understanding.refers_back or (tokens and not self._names_a_document(tokens))):
            # "When was it signed?", "what happened next?" before any subject (nothing in it
            # but words any subject could take): ask what it is about, do not guess.
            return Resolution("no_topic", intent, tokens)
        # "What is mediation?" is made of words any subject could take, but asks what another
        # document is about, by its title or the glossary name its title is built on.
        if state.topic and set(tokens) <= self._generic and not (intent == "definition" and understanding.explicit and self._names_a_document(tokens, state.topic)):
            # "give me an example", "why?": nothing but generic words, so about the topic.
            # A bare "when?", "what year?" or "why not?" asks it of what the last question
            # asked about: words naming the kind of answer ("year") name nothing asked.
            asked = tokens if set(tokens) - self._answer_words else list(state.last_tokens)
            answered = self._of_the_answer(tokens, intent, state)
            if answered is not None:
                return answered
            turned = self._answered_with(state)
            if turned is not None:
                return self._about_topic(asked, intent, turned)
            return self._about_topic(asked, intent, state, carried=self._carried(asked, state))
        if state.topic:
            named = self.retriever.named_documents(tokens)
            if named and state.topic not in named and understanding.refers_back:
                # "was there one during the Cuban Missile Crisis?" after back-channel diplomacy:
                # the subject's own section on the case named answers, when it has one.
                within = self.retriever.search("", tokens=tokens, within_doc=state.topic)
                if within.passages and self._heading_names(within.passages[0].chunk, named):
                    return self._from_result(within, intent)
            if not named or state.topic in named:
                turned = self._answered_with(state) if understanding.refers_back else None
                if turned is not None:
                    return self._about_topic(tokens, intent, turned)
                if understanding.refers_back:
                    elsewhere = self._about_other_subjects(tokens, state)
                    # What "it" stands for is kept in view too: the subject the last question
                    # named, or after "which one ...?" the one its answer named.
                    meant = tuple(sorted(self.retriever.subject_named(state.topic, state.last_tokens))) if elsewhere else ()
                    return self._about_topic(tokens, intent, state, carried=self._carried(tokens, state) + meant + self._names_answered(state), elsewhere=elsewhere)
                # A question about the current subject that names no other stays with it:
                # after the Cuban Missile Crisis, "who was the secret back channel?" is about
                # the crisis. "What is X?" is left to stand on its own.
                # Glossary concepts ("=ratification") stand beside the words naming them: not counted.
                short = len({t for t in tokens if not t.startswith("=")}) <= SHORT_FOLLOWUP_TOKENS
                needed = STAY_COVERAGE_AFTER_AND if understanding.continues or short else 1.0
                # "How long does each presidency last?" after the EU: the span words are no
                # part of what the subject's document must cover.
                covering = [t for t in tokens if t not in self.reader.span_terms] if intent == "duration" else tokens
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
                # subject's own title ("wait, where is Dayton?").
                complete = DEFINITE.match(corrected) is None and not self._points_back(corrected) and not set(tokens) & (self._generic | self.retriever.title_terms(state.topic))
                lacking = self.retriever.lacks(state.topic, tokens)
                own_subject = [t for t in lacking if not self._everyday_in(t, tokens)]
                # A word naming a concept the document has under another name ("America"
                # of the United States) is no word it lacks.
                named = self.retriever.kb.glossary.name_stems({t for t in tokens if t.startswith("=") and t not in lacking}, self.retriever.tokenizer.stem)
                everyday = [t for t in lacking if t not in own_subject and t not in named]
                # So are they in "what is the ...?" when the document has none of its words,
                # none of them points back and none is one any subject could take ("what is
                # the cop?" after Kyoto: the UNFCCC's COP; not "what does the job involve?" nor
                # "what was the old name then?").
                unsaid = (
                    intent == "definition" and understanding.explicit and bool(everyday) and set(tokens) <= set(everyday)
                    and not self._points_back(corrected)
                )
                if everyday and (complete or unsaid) and self._answered_elsewhere(searched, everyday, state.topic):
                    own_subject += everyday
                other_documents = [d for d in self.retriever.mentioned_documents(tokens) + self.retriever.titled_by_concepts(tokens) if d != state.topic]
                own_subject += other_documents
                covered = intent != "definition" and within.coverage >= needed
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
                only_another = bool(other_documents) and {t for t in tokens if t not in others_named} <= self._generic
                turns_away = bool(other_documents) and (understanding.continues or only_another or complete)
                if (covered or subjectless) and not turns_away:
                    # A question naming the subject by its title and nothing else ("and where
                    # is camp david anyway?") asks about the subject itself: what the last
                    # question asked of it ("to the table") is not carried.
                    own = {t for t in tokens if t not in self._generic}
                    carried = () if own and own <= self.retriever.title_terms(state.topic) else self._carried(tokens, state)
                    if carried:
                        # Even when the document has none of the question's own words: "what
                        # does the job involve?" after the EU's High Representative.
                        within = self.retriever.search("", tokens=tokens + list(carried), within_doc=state.topic)
                    if within.passages:
                        return self._from_result(within, intent, recent=state.last_shown)
                    if subjectless and state.last_shown:
                        # None of its words in the document ("what does the job involve?" after
                        # "who is the EU high representative"): "the job" is what was just shown.
                        return self._from_result(self.retriever.search("", tokens=list(state.last_tokens), within_doc=state.topic), intent, recent=state.last_shown)
        return self._standalone(searched, intent, state, allow_followup=True, understanding=understanding)

    def _about_the_person(self, corrected: str, intent: str, state: State) -> Resolution | None:
        """A question about the person the last answer, to "who ...?", named ("who chaired
        the talks? / what else did he do?", "who came up with the idea? / tell me more about
        him"): "he" is that person, not the subject, and the subject's sentences naming them
        answer."""
        assert state.topic is not None and state.last_reply is not None
        opening = opening_sentence(state.last_reply.answer)
        name = self._person_named(opening, state) if opening else None
        if name is None:
            return None
        tokens = [t for t in self.retriever.query_tokens(corrected) if t not in self._generic and t not in self._answer_words]
        # Asked of a subject the question names ("did he also sign START I?"), that subject's
        # document answers, the one it names most fully ("shuttle diplomacy", not "diplomacy").
        named = sorted(self.retriever.mentioned_documents(tokens), key=lambda d: -len(self.retriever.title_terms(d)))
        within = self.retriever.search("", tokens=[*tokens, name], within_doc=named[0] if named else state.topic)
        if not within.passages:
            return None
        # What is asked of a person ("his job", "more about him") is said where they are named
        # with their title or in full ("US Assistant Secretary of State Richard Holbrooke").
        return self._from_result(within, "definition" if intent == "more" else intent, named=frozenset([name]), wanted="person")

    def _person_named(self, sentence: str, state: State) -> str | None:
        """The search term of the person a sentence names who answers the last question: the
        last word, no everyday one, of a run of capitalised words ("Senator George Mitchell",
        "Prince Klemens von Metternich"; not "France, Germany"), or the owner opening the
        sentence ("Hammarskjöld's idea was ..."). The one the last question named, if any
        ("who is Kaja Kallas? / what country is she from?"); else the one next after a word of
        that question ("Soviet leader Nikita Khrushchev", not "US President John F. Kennedy"
        before it); else the first. None when the sentence names nobody ("The Oslo Accords
        take their name from Oslo, the capital of Norway")."""
        assert state.topic is not None
        title = self.retriever.title_terms(state.topic)
        names: list[tuple[int, str]] = []  # where each name ends, its term
        # A run after "the" is an institution or a treaty ("the Lisbon Treaty", "The High
        # Representative"), not a person.
        runs = [(m.end(), m.group()) for m in NAME_RUN.finditer(sentence) if not m.group().startswith("The ") and not sentence[: m.start()].lower().endswith("the ")]
        if (owner := OWNER.match(sentence)) is not None:
            runs.insert(0, (owner.end(), owner.group(1)))
        for end, run in runs:
            terms = [t for t in self.retriever.query_tokens(run) if not t.startswith("=") and not t.isdigit() and t not in title and not self.retriever.is_everyday(t)]
            if terms:
                names.append((end, terms[-1]))
        asked = set(state.last_tokens)
        if not names:
            return None
        named = [term for _, term in names if term in asked]
        if named:
            return named[0]
        said = [m.end() for m in PROPER_WORD.finditer(sentence) if set(self.retriever.query_tokens(m.group())) & asked]
        following = [(end - max(a for a in said if a < end), term) for end, term in names if any(a < end for a in said)]
        return min(following)[1] if following else names[0][1]

    def _names_answered(self, state: State) -> tuple[str, ...]:
        """After "which ...?", the glossary's names its answer's first sentence gives (in runs
        of capitalised words) besides the question's and the subject's title, but for the
        subjects its brackets list: "which one is still in force? / when does it expire?" is
        about New START, not the START series."""
        last = state.last_reply
        if last is None or state.topic is None or not WHICH.match(fold(last.question)):
            return ()
        known = set(state.last_tokens) | (self.retriever.title_terms(state.topic) - self.retriever.bracketed_names(state.topic))
        names = [t for run in NAME_RUN.findall(opening_sentence(last.answer)) for t in self.retriever.query_tokens(run)]
        # Names the glossary knows ("=new-start", "=united-states"), not every capitalised
        # word ("Donald" of "US President Donald Trump" after "which country left it?").
        return tuple(dict.fromkeys(t for t in names if t.startswith("=") and t not in known and not self._everyday_in(t, names)))

    def _answered_with(self, state: State) -> State | None:
        """The conversation as if about the document the last answer gave, when the last
        question asked for another thing and the answer's first sentence names one other
        document than the subject and those the question named ("what replaced it?": "...
        replaced by the United Nations"): "when was that founded?" is about the UN."""
        last = state.last_reply
        if last is None or not self.intents.asks_for_a_thing(fold(last.question)):
            return None
        asked = set(self.retriever.mentioned_documents(list(state.last_tokens)))
        # A title of one word ("Diplomacy" of "trade diplomacy") names no thing of its own.
        named = [
            d for d in self.retriever.mentioned_documents(self.retriever.query_tokens(opening_sentence(last.answer)))
            if d != state.topic and d not in asked and len(self.retriever.query_tokens(self.retriever.documents[d].short_title)) > 1
        ]
        if len(named) != 1:
            return None
        return replace(state, topic=named[0], previous_topic=state.topic, shown=set(), last_shown=frozenset(), last_tokens=())

    def _of_the_answer(self, tokens: list[str], intent: str, state: State) -> Resolution | None:
        """After "which ...?", a question asking nothing of its own ("which treaty came out of
        them? / when was that signed?") asks about the thing the answer named: the sentence
        the answer opened with, or one after it in its section, that has what the kind of
        question wants (the peace treaty's date, not the accords')."""
        last = state.last_reply
        if last is None or not WHICH.match(fold(last.question)) or not self.reader.cues.get(intent):
            return None
        opening = opening_sentence(last.answer)
        for chunk_id in state.last_shown:
            position = self.retriever.position.get(chunk_id)
            if position is None or not opening:
                continue
            chunk = self.retriever.chunks[position]
            said = [sentence for sentence, _ in self.reader.of(chunk)]
            start = said.index(opening) if opening in said else None
            if start is None or chunk.doc_id != state.topic:
                continue
            cued = [i for i, (_, cue) in enumerate(self.reader.evidence(chunk, set(), intent)) if cue and i >= start]
            if cued:
                return Resolution("answer", intent, tokens, [Passage(chunk, 0.0, [])], state.topic, anchor=cued[0])
        return None

    def _one_of_a_kind(self, tokens: list[str], intent: str, other: bool, state: State) -> Resolution | None:
        """One of the things the conversation is about, chosen by the question's own words:
        the subjects it has discussed ("which one has binding targets?" after Kyoto and
        Paris, "which one came first?" after a comparison) and those whose title names the
        kind of thing the last question named in the words of the current subject's title
        ("which one is about treaties?" after "there are a few Vienna conventions"), another
        than the current subject for "the other one". The current subject may be the one; the
        question never leaves the things in view for another subject ("which one came
        first?" after Kyoto and Paris is no question about the First World War). None when
        none of them has the question's words."""
        assert state.topic is not None
        title = self.retriever.title_terms(state.topic)
        # A word of the title is a name there, though any subject could take it ("START").
        kind = [t for t in state.last_tokens if t in title and not t.isdigit()]
        own = [t for t in tokens if t not in kind] or kind
        # The subjects discussed: the current and the one before, and those the last answer
        # drew on (both sides of a comparison).
        shown = [source.id for source in state.last_reply.sources] if state.last_reply is not None else []
        candidates = [state.topic, *([state.previous_topic] if state.previous_topic else []), *shown, *(self.retriever.titled_with(kind) if kind else [])]
        if other:
            # Another of the kind: the documents the kind's words find, less the current
            # subject's own names ("=vcdr"), whose title shares one of them.
            named = [t for t in kind if not t.startswith("=")]
            found = self.retriever.search("", tokens=named, k=SECTIONS_WEIGHED).passages if named else []
            candidates += [p.chunk.doc_id for p in found if self.retriever.title_terms(p.chunk.doc_id) & set(named)]
        candidates = [d for d in dict.fromkeys(candidates) if not (other and d == state.topic)]
        found = [(result.passages[0].score, doc_id, result) for doc_id in candidates if (result := self.retriever.search("", tokens=own, within_doc=doc_id, k=SECTIONS_WEIGHED)).passages]
        if not found:
            return None
        _, doc_id, result = max(found, key=lambda f: f[0])
        # Within it, the sentence that says it of one of the things last named: "which one
        # was about human rights?" after "what were the baskets?" is Basket III.
        named = [t for t in state.last_tokens if t not in self._generic and not t.isdigit() and t not in self.retriever.title_terms(doc_id) and t not in own]
        if named and not other:
            result = self.retriever.search("", tokens=own + named, within_doc=doc_id, k=SECTIONS_WEIGHED)
        return self._from_result(result, intent)

    def _office_holder(self, result: SearchResult, intent: str) -> Resolution:
        """"Who is the EU High Representative now?": answered from the sentence naming the
        latest holder ("Kaja Kallas of Estonia since 1 December 2024"), of the answering
        document or else of the results' first document that has one ("who is the UN
        Secretary-General now?": the UN's, not mediation's past holder). "Who is the current
        US secretary of state?": none has (NATO's "Secretary General" is another office);
        declined, not guessed."""
        answering = self.answering_document(result)
        documents = dict.fromkeys([answering, *(p.chunk.doc_id for p in result.passages)])
        holder = next(((d, place) for d in documents if (place := self.office_holders.holder_sentence(d, result.tokens)) is not None), None)
        if holder is None:
            return Resolution("out_of_scope", intent, result.tokens)
        doc_id, (chunk, at) = holder
        if doc_id != answering:
            result = self.retriever.search("", tokens=result.tokens, within_doc=doc_id, k=SECTIONS_WEIGHED)
        answer = self._from_result(result, intent)
        others = [p for p in answer.passages if p.chunk.id != chunk.id]
        return replace(answer, passages=[Passage(chunk, 0.0, []), *others], anchor=at, defining_first=False)

    def _standalone(self, text: str, intent: str, state: State, allow_followup: bool, understanding: Understanding | None = None) -> Resolution:
        result = self.retriever.search(text)
        if understanding is not None and understanding.personal and (not result.mentioned_documents or not self.retriever.in_scope(replace(result, mentioned_documents=[]))):
            # A question about the learner's own life naming a document must also fit without
            # it: "what sanctions can my employer impose?" says the title's word, not its subject.
            return Resolution("out_of_scope", intent, result.tokens)
        if understanding is not None and not understanding.yes_no and self._asks_of_an_unknown_year(result.tokens):
            return Resolution("out_of_scope", intent, result.tokens)
        if understanding is not None and understanding.unknown_time:
            # "What will the G20 decide at next year's summit?": whatever the knowledge says
            # of the G20, it says nothing of a time it cannot describe.
            return Resolution("out_of_scope", intent, result.tokens)
        if self.retriever.in_scope(result) and self._holds_kind(result, intent) and self.retriever.holds_term_of_trade(result) and not self.retriever.asks_unsaid_compound(text, result):
            if self.office_holders.asks_holder(text):
                return self._office_holder(result, intent)
            if intent == "duration":
                # "How long did the Dayton peace negotiations last?" is about Dayton's, not the
                # Westphalia talks that "lasted about five years": found without the span
                # words, a document whose title the question names answers instead of one
                # whose title it does not name.
                unspanned = [t for t in result.tokens if t not in self.reader.span_terms]
                if unspanned and len(unspanned) < len(result.tokens) and not self._names_title_of(self.answering_document(result), unspanned):
                    chooser = self.retriever.search("", tokens=unspanned)
                    if chooser.top is not None and self._names_title_of(self.answering_document(chooser), unspanned):
                        return self._from_result(chooser, intent)
            return self._from_result(result, intent)
        if allow_followup and state.topic and 0 < len(set(result.tokens)) <= SHORT_FOLLOWUP_TOKENS:
            followup = self._within_topic(result.tokens, intent, state, require_all=True)
            if followup.kind == "answer":
                return followup
        # Told apart only when the verdict asked for is what declines it ("is the UN good at
        # keeping the peace?"), not an unknown subject ("a good recipe for banana bread").
        judged = result.asks_judgement and self.retriever.in_scope(replace(result, asks_judgement=False))
        return Resolution("out_of_scope", intent, result.tokens, asks_judgement=judged)

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
        scored = [(sum(self.retriever.index.idf_of(t) or 0.0 for t in words & matched), sentence) for chunk in found for sentence, words in self.reader.of(chunk)]
        best = max((score for score, _ in scored), default=0.0)
        return any(score >= KIND_SENTENCE_SHARE * best and self.reader.has_cue(sentence, intent) for score, sentence in scored)

    def _from_result(self, result: SearchResult, intent: str, recent: frozenset[str] = frozenset(), elsewhere: frozenset[str] = frozenset(), named: frozenset[str] = frozenset(), wanted: str | None = None) -> Resolution:
        """Pick the answering document, then the sentence within it that answers best.

        The document is chosen with the whole question. Within it, every sentence of the
        sections that share a term with the question's focus (its terms minus the
        document's title; the best `SECTIONS_WEIGHED` of them by BM25) is weighed: how much of the focus it names, whether it has what
        the kind of question asks for (a date for "when"), whether its section's heading
        names the focus or suits the question, how well the section matches, and for a
        follow-up, whether the last answer came from it (`recent`). In "who
        negotiated the Iran nuclear deal" the word "negotiated" picks the sentence.
        When some sentence names one of the terms `named`, only those can answer: "and
        India?" after "which countries left?" is answered by what is said of India, not
        by the sentence saying most about leaving. `wanted` names the sentence cue that says
        what the question wants, when it is not its kind's ("person" for "what was his job?").
        """
        assert result.top is not None
        doc_id = self.answering_document(result)
        focus = self.retriever.focus_tokens(doc_id, result.tokens)
        # "How long ... last?" is not nearer a section for saying "long" or "last" (the
        # overview's "the last remaining treaty"), nor "how long does a country hold ...?"
        # for "holds a permanent seat": the span words choose no section.
        searched = [t for t in focus if t not in self.reader.span_terms] if intent == "duration" else focus
        ranked = self.retriever.search("", tokens=searched or result.tokens, within_doc=doc_id, k=SECTIONS_WEIGHED).passages if searched or not focus else []
        if not ranked and focus:
            # No section says the focus ("how did the crisis end?": the document says
            # "resolved"): the sections are weighed with the whole question, so the ones
            # whose questions are worded like it ("How was the crisis resolved?") can answer.
            ranked = self.retriever.search("", tokens=result.tokens, within_doc=doc_id, k=SECTIONS_WEIGHED).passages
        ranked = [p for p in ranked if p.chunk.id not in elsewhere]  # sections about another subject than the one meant
        found = {p.chunk.id for p in ranked}
        # Sections shown lately that the focus does not reach, in the document's order (found
        # by position: a large document's other chunks are never made into objects).
        in_doc = self.retriever.chunk_range(doc_id)
        shown = sorted(i for chunk_id in recent if (i := self.retriever.position.get(chunk_id)) is not None and i in in_doc)
        ranked += [Passage(c, 0.0, []) for i in shown if (c := self.retriever.chunks[i]).id not in found]
        defining_first = False
        anchor: int | None = None
        if ranked:
            sentence_focus = set(focus) - self.reader.span_terms if intent == "duration" else set(focus)
            asked = set(result.tokens)
            # A heading names the focus by a word besides the title's, or by the whole of a
            # subject of the title the question names: "SALT II (1979)" shares "SALT" with
            # "who signed SALT I?" but names another treaty.
            own_focus = set(focus) - self.retriever.title_terms(doc_id)
            parts = self.retriever.named_title_parts(doc_id, result.tokens) if len(own_focus) < len(focus) else []
            leanings = self.reader.leanings(result.tokens)
            # A "why?" asking what caused something (not why it matters) is answered by a
            # sentence giving a reason or a purpose of what it asks about, the more of it the
            # reason explains the better (`explains`), rather than by any sentence with a word
            # of the kind ("after", "important"); not by one saying why something matters ("The
            # G7 and the G20 matter ... because ...", in a section on why they matter).
            causal = intent == "why" and not asked & self._significance
            naming = bool(named) and any(words & named for passage in ranked for _, words in self.reader.of(passage.chunk))
            best: tuple[float, Passage, int] | None = None
            for passage in ranked:
                heading = set(self.retriever.query_tokens(passage.chunk.section))
                position = self.retriever.position[passage.chunk.id]
                names_focus = bool(heading & own_focus) or any(part <= heading for part in parts)
                section = (
                    SECTION_SCORE_WEIGHT * passage.score / (ranked[0].score or 1.0)
                    + HEADING_MATCH_WEIGHT * names_focus
                    + HEADING_CUE_WEIGHT * self._heading_suits_question(passage.chunk, intent, asked)
                    + PROCESS_HEADING_WEIGHT * (intent == "how" and self.intents.heading_suits(passage.chunk.section, "process"))
                    + SECTION_QUESTION_WEIGHT * self.retriever.question_match(position, asked)
                    + RECENT_SECTION_WEIGHT * (passage.chunk.id in recent)
                )
                said = self.reader.of(passage.chunk)
                explains = causal and not self.intents.heading_suits(passage.chunk.section, "significance")
                leans = self.reader.leaning([words for _, words in said], leanings) if leanings else []
                for index, (coverage, cue) in enumerate(self.reader.evidence(passage.chunk, sentence_focus, wanted or intent)):
                    if naming and not said[index][1] & named:
                        continue
                    # What the kind of question wants counts in a sentence that names some
                    # of what is asked ("headed by" is no answer to "how does a country
                    # become a member?"), and so does the sense of its verb ("leave", not "join").
                    if causal:
                        value = section + coverage + (CAUSE_SENTENCE_WEIGHT * self.explains(said[index][0], sentence_focus) if explains and coverage > 0 else 0.0)
                    else:
                        value = section + coverage + SENTENCE_CUE_WEIGHT * (cue and (coverage > 0 or not sentence_focus))
                    if intent == "duration" and (coverage > 0 or not sentence_focus) and self.reader.has_cue(said[index][0], "span"):
                        # A span said outright ("rotate each year", "for ten years"), not read
                        # from two years that may be one event's ("held ... in 2025 ... in June 2025").
                        value += SPAN_CUE_WEIGHT
                    if leanings:
                        value += SENTENCE_SENSE_WEIGHT * leans[index]
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
        elif intent in OWN_FACT_KINDS and set(focus) - self.reader.span_terms - self._answer_words <= self._generic:
            # "When was the Helsinki Final Act?", "JCPOA what year?": nothing asked but the
            # subject's own date or place, which the overview gives beside its definition
            # ("signed in Helsinki on 1 August 1975"), not the first date of its history.
            # The sentence must say what else is asked ("when was it signed?"); "when does
            # it work?" asks for conditions, not the date of its definition.
            overview = self._overview_passage(doc_id, ranked)
            asked_of = set(focus) - self._answer_words - self.reader.span_terms
            said = [i for i, (share, cue) in enumerate(self.reader.evidence(overview.chunk, asked_of, intent)) if cue and (share == 1.0 or not asked_of)]
            if intent == "where" and not asked_of:
                # "Where is the UN?" asks where the subject is (its seat: "headquarters in New
                # York"), not where something once happened to it ("signed in San Francisco").
                sentences = self.reader.of(overview.chunk)
                said.sort(key=lambda i: not self.reader.has_cue(sentences[i][0], "seat"))
            if said:
                primary, anchor = overview, said[0]
        elif not focus and intent in WORDLESS_KINDS:
            # Nothing but the subject is named ("what do ambassadors do?"): its words cannot
            # tell the sections apart, the kind of question can (the functions section).
            suited = self._suited_passage(doc_id, intent, set())
            if self._heading_suits(suited.chunk, intent):
                primary, anchor = next((p for p in ranked if p.chunk.id == suited.chunk.id), suited), None
        others = [p for p in ranked if p.chunk.id != primary.chunk.id][:OTHER_PASSAGES]
        return Resolution("answer", intent, result.tokens, [primary, *others], doc_id, defining_first=defining_first, anchor=anchor)

    def explains(self, sentence: str, focus: set[str]) -> float:
        """The idf-weighted share of the focus that the part of a sentence its reason
        explains names: "The five permanent members reflect the balance of power of 1945"
        explains the permanent members; "The US Senate refused to ratify the treaty, mainly
        because of objections ..., and the United States made a separate peace with Germany"
        explains nothing of why Germany resented the treaty. 0 when it gives no reason."""
        part = self.reader.explained(sentence)
        if not part or not focus:
            return 0.0
        said = set(self.retriever.query_tokens(part)) & focus
        idf = self.retriever.index.idf_of
        # fsum: a float sum over a set depends on its order, which string hashing changes
        # from one run to the next; the whole focus must come out as exactly 1.0.
        return fsum(idf(t) or 0.0 for t in said) / (fsum(idf(t) or 0.0 for t in focus) or 1.0)

    def _names_title_of(self, doc_id: str, tokens: list[str]) -> bool:
        """Whether the terms name a document by a name or term of the trade of its title
        ("dayton" of "Dayton Accords (1995)"), not only by its everyday words ("peace")."""
        return any(not self.retriever.is_everyday(t) for t in self.retriever.title_terms(doc_id) & set(tokens))

    def answering_document(self, result: SearchResult) -> str:
        """The best passage's document, unless the question names another one by its title.

        "Who takes part in track one diplomacy?" names the document "Track one diplomacy";
        a passage of that document close behind the best one is preferred to it.
        """
        top = result.passages[0]
        # The owner the question names in the name of what it asks of ("the UN" of "UN
        # Secretary-General") answers, unless the best passage speaks of that owner too:
        # NATO's "Secretary General" is another organisation's.
        owners = [d for d in self.retriever.owners_named(result.tokens) if any(p.chunk.doc_id == d for p in result.passages)]
        if owners and top.chunk.doc_id not in owners and not any(self.retriever.says_owner(top, d) for d in owners):
            return owners[0]
        named = sorted(result.named_documents, key=lambda d: -len(self.retriever.documents[d].title))
        for doc_id in named:
            if doc_id == top.chunk.doc_id:
                return doc_id
            best = next((p for p in result.passages if p.chunk.doc_id == doc_id), None)
            # Only a passage that names the subject too competes with the named document: one
            # that shares just the question's other words ("which American president came up
            # with the League of Nations idea": soft power, "an American idea") answers
            # another question.
            rivals = [p.score for p in result.passages if p.chunk.doc_id != doc_id and self.retriever.names_title(p, doc_id)]
            if best is not None and best.score >= NAMED_DOCUMENT_SCORE * max(rivals, default=0.0):
                return doc_id
        # The best passage leaves out a name the question gives ("did the US leave the Paris
        # Agreement?" / "A party that leaves the UNFCCC is treated as having left the Paris
        # Agreement"): one close behind that gives every name answers. The name of the best
        # passage's own document goes without saying ("the UN" in the Security Council's).
        own = self.retriever.title_terms(top.chunk.doc_id)
        concepts = {t for t in result.tokens if self._proper_name(t) and t not in own and not self._named_in(t, own)}
        position = self.retriever.position
        if not all(self.retriever.index.contains(position[top.chunk.id], t) for t in concepts):
            top = next(
                (p for p in result.passages[1:MATCHED_FOR] if p.score >= NAMED_DOCUMENT_SCORE * top.score and all(self.retriever.index.contains(position[p.chunk.id], t) for t in concepts)),
                top,
            )
        # The best passage shares nothing but words any subject could take ("end",
        # "terminated"): one close behind that names what the question is about answers.
        # "When did the Cold War end?" is about the Cold War, not about how treaties end
        # ("When a treaty ... ends: termination").
        if not self._subject_weight(top):
            top = next((p for p in result.passages[1:MATCHED_FOR] if p.score >= NAMED_DOCUMENT_SCORE * top.score and self._subject_weight(p)), top)
        # A passage close behind whose section says it answers this very question
        # ("What is diplomatic immunity?") is preferred to one that only shares its words.
        asked = set(result.tokens)
        if self.retriever.question_match(self.retriever.position[top.chunk.id], asked) < ASKED_MATCH:
            for passage in result.passages[1:ASKED_CANDIDATES]:
                position = self.retriever.position[passage.chunk.id]
                if passage.score >= NAMED_DOCUMENT_SCORE * top.score and self.retriever.question_match(position, asked) >= ASKED_MATCH:
                    return passage.chunk.doc_id
        return top.chunk.doc_id

    def _proper_name(self, term: str) -> bool:
        """Whether the term is a glossary concept that names something ("=united-states"),
        not one that is a word ("=withdrawal": "pull out")."""
        return term.startswith("=") and not self.retriever.kb.glossary.is_a_word(term)

    def _named_in(self, concept: str, terms: frozenset[str]) -> bool:
        """Whether the terms hold the words of one of the concept's glossary names ("un" of
        "UN Security Council" is "UN")."""
        names = self.retriever.kb.glossary.names_of(concept)
        return any((words := {t for t in self.retriever.query_tokens(name) if not t.startswith("=")}) and words <= terms for name in names)

    def _subject_weight(self, passage: Passage) -> float:
        """The idf of the question's terms a passage has (of the best few found), leaving
        out words any subject could take ("end", "signed", "terminated")."""
        idf = self.retriever.index.idf_of
        return sum(idf(t) or 0.0 for t in passage.matched if t not in self._generic and t not in self._senses)

    def _overview_passage(self, doc_id: str, ranked: list[Passage]) -> Passage:
        first = self.retriever.chunks[self.retriever.doc_chunks[doc_id][0]]
        return next((p for p in ranked if p.chunk.id == first.id), Passage(first, 0.0, []))

    def _suited_passage(self, doc_id: str, intent: str, shown: set[str]) -> Passage:
        """The document's first section whose heading suits the intent (unseen ones first)."""
        chunks = [self.retriever.chunks[i] for i in self.retriever.doc_chunks[doc_id]]
        suited = [c for c in chunks if self._heading_suits(c, intent)]
        unseen = [c for c in suited if c.id not in shown]
        return Passage((unseen or suited or chunks)[0], 0.0, [])

    def _heading_names(self, chunk: Chunk, documents: list[str]) -> bool:
        """Whether the chunk's heading names one of the documents by its whole short title."""
        heading = set(self.retriever.query_tokens(chunk.section.split(" > ")[-1]))
        return any(self.retriever.names_document(doc_id, heading) for doc_id in documents)

    def _heading_suits(self, chunk: Chunk, intent: str) -> bool:
        return self.intents.heading_suits(chunk.section, intent)

    def _heading_suits_question(self, chunk: Chunk, intent: str, asked: set[str]) -> bool:
        """Whether the heading suits the question: a "why?" asking what caused something
        ("why was the Congress of Vienna called?") is not answered by why it matters
        ("Why it matters for diplomacy"), unless it asks that ("why is Westphalia such a big
        deal?", "why does NATO matter?")."""
        if intent == "why" and not asked & self._significance and self.intents.heading_suits(chunk.section, "significance"):
            return False
        return self._heading_suits(chunk, intent)

    def _everyday_in(self, term: str, tokens: list[str]) -> bool:
        """Whether a term of the question is an everyday word, or a glossary concept of words
        (not a name) the question says only in everyday words ("leave" for "=withdrawal":
        "when did France leave?" brings no subject of its own; "the US", "the Iran deal" and
        "the Marshall Plan" do)."""
        if not term.startswith("="):
            return self.retriever.is_everyday(term)
        glossary, stem = self.retriever.kb.glossary, self.retriever.tokenizer.stem
        if not glossary.is_a_word(term):
            return False
        said = glossary.name_stems({term}, stem) & set(tokens)
        return bool(said) and all(self.retriever.is_everyday(t) for t in said)

    def _answered_elsewhere(self, text: str, words: list[str], topic: str) -> bool:
        """Whether the question, asked on its own, is answered by another document than
        `topic`, one that has some of `words` (what `topic` lacks): "can a diplomat be
        arrested?" by the Vienna Convention's, not "why did America stay out?" after the
        League of Nations by the Voice of America's, which does not say "stay" either."""
        result = self.retriever.search(text)
        if not self.retriever.in_scope(result):
            return False
        other = self.answering_document(result)
        return other != topic and len(self.retriever.lacks(other, words)) < len(words)

    def _points_back(self, text: str) -> bool:
        """Whether the question speaks of something in view: a definite description with
        a noun that points back ("who came up with the idea?", "the big yearly meeting"),
        not one naming a thing of its own ("searched by the police")."""
        nouns = self.intents.referring_nouns
        return any(word in nouns or word.removesuffix("s") in nouns for words in DETERMINED.findall(text) for word in words.split())

    def _names_a_document(self, tokens: list[str], besides: str | None = None) -> bool:
        """Whether the terms name a document other than `besides`: all of them words of its
        title ("the START treaties"), or the glossary name its title is built on ("mediation")."""
        return any(d != besides for d in self.retriever.titled_with(tokens) + self.retriever.titled_by_concepts(tokens))

    def _same_thing(self, sides: tuple[str, str]) -> bool:
        """Whether two names are one thing: both are names the glossary gives one concept
        ("the Belfast Agreement", "the Good Friday Agreement"). Two terms of the knowledge
        base are otherwise two things ("a treaty", "a convention"), however alike."""
        concepts = [{t for t in self.retriever.query_tokens(side) if t.startswith("=")} for side in sides]
        return bool(concepts[0]) and concepts[0] == concepts[1]

    def _sides_meant(self, sides: tuple[str, str], state: State) -> tuple[str, str]:
        """The sides of a comparison as meant.

        "It" or "that" is what the last question asked about: after "what is a consul?",
        "how is that different from an ambassador?" compares consuls (not the whole
        subject's title, "Consuls and attachés"). A first side shorter than the second shares
        its noun when the knowledge says it so ("bilateral vs multilateral diplomacy",
        "signing vs ratifying a treaty", "de jure vs de facto recognition"; not "mediation vs
        good offices", "treaty vs un resolution", "kyoto vs paris agreement"). A second side
        that is a year alone is the first with that year ("vienna convention 1961 vs 1963"),
        and "the one" of a second side the first's noun ("... vs the one on consular relations").
        A number ending a side is written as the knowledge writes it (`_as_numbered`).
        """
        pointing = self.intents.pronouns | self.intents.demonstratives
        a, b = (self._as_numbered(side) for side in sides)
        first, second = a.split(), b.split()
        if a not in pointing and len(first) < len(second) and second[0] not in ARTICLES:
            shared = " ".join([*first, *second[len(first):]])
            if self.retriever.says_phrase(shared):
                a = shared
        if YEAR_TOKEN.fullmatch(b) and YEAR_TOKEN.search(a):
            # "vienna convention 1961 vs 1963": the other Vienna Convention, of 1963.
            b = YEAR_TOKEN.sub(b, a)
        elif ONE_OF_THE_KIND.match(b):
            # "the vienna convention on diplomatic relations vs the one on consular relations":
            # "one" is the first side's noun, before what qualifies it.
            b = ONE_OF_THE_KIND.sub(QUALIFIER.split(a)[0].strip(), b, count=1)
        if state.topic is None or state.last_reply is None:
            return a, b
        subject = self.retriever.repair(fold(state.last_reply.question))[0]
        if set(self.retriever.query_tokens(subject)) <= self._generic:
            # The last question named nothing ("what's an example?"): "it" is the subject.
            subject = self.retriever.documents[state.topic].short_title
        return (subject if a.strip() in pointing else a), (subject if b.strip() in pointing else b)

    def _as_numbered(self, side: str) -> str:
        """A side ending in a number as the knowledge numbers it: "start 1" is "START I" when
        the knowledge says "START I" and never "START 1" ("track 1" stays)."""
        numbered = NUMBERED.fullmatch(side)
        if numbered is None or self.retriever.says_phrase(side):
            return side
        roman = f"{numbered.group(1)} {ROMAN_NUMERALS[numbered.group(2)]}"
        return roman if self.retriever.says_phrase(roman) else side

    def _carried(self, tokens: list[str], state: State) -> tuple[str, ...]:
        """What the last question asked about besides the subject's name, which a follow-up
        staying with the subject keeps in view: after "the US and Cuba had no embassies",
        "when did they restore relations?" is about Cuba; after "was Russia ever in the
        G7?", "when did that end?" is about Russia."""
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
        return tuple(
            t for t in state.last_tokens
            if t not in title and t not in tokens and t not in self._generic and not t.isdigit()
            and (t in cases or (t.startswith("=") and not self._everyday_in(t, list(state.last_tokens))) or not self.retriever.in_overview(state.topic, t))
        )

    def _about_other_subjects(self, tokens: list[str], state: State) -> frozenset[str]:
        """The sections "it" or "they" is not about: of the subjects a title joins and its
        document treats apart ("G7 and G20"), those on the ones the last question did not
        name ("what is the G7? / which countries are in it?" is not about the G20's)."""
        assert state.topic is not None
        named = self.retriever.subject_named(state.topic, state.last_tokens)
        if not named or not self.retriever.subjects_apart(state.topic) or self.retriever.subject_named(state.topic, tokens):
            return frozenset()
        chunks = [self.retriever.chunks[i] for i in self.retriever.doc_chunks[state.topic]]
        return frozenset(c.id for c in chunks if self.retriever.subject_named(state.topic, self.retriever.query_tokens(c.section)) not in (frozenset(), named))

    def _about_topic(self, tokens: list[str], intent: str, state: State, carried: tuple[str, ...] = (), elsewhere: frozenset[str] = frozenset()) -> Resolution:
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
            named = tokens + self.retriever.query_tokens(doc.short_title)
            result = self.retriever.search("", tokens=named)
            if self.retriever.in_scope(result):
                other = self.answering_document(result)
                if other != doc.id and other in result.mentioned_documents:
                    return self._from_result(result, intent)
            last_named = set(state.last_tokens) - self._generic - self.retriever.title_terms(doc.id)
            if not carried and not elsewhere and set(tokens) <= self._generic and not last_named:
                # Nothing asked but what any subject could be asked ("when was it signed?"),
                # after a question about the subject as a whole (not "what does Article 5
                # say?", whose "it" is the article): answered as the question naming the
                # subject is ("when was the VCLT signed?"), whose name leads to the sections,
                # and the sentence, that say it of the whole.
                within = self.retriever.search("", tokens=named, within_doc=doc.id)
                if within.passages:
                    return self._from_result(within, intent)
        return self._within_topic(tokens + list(carried), intent, state, require_all=False, elsewhere=elsewhere)

    def _within_topic(self, tokens: list[str], intent: str, state: State, require_all: bool, elsewhere: frozenset[str] = frozenset(), named: frozenset[str] = frozenset()) -> Resolution:
        """Answer a follow-up from the current topic's document, but for the sections
        `elsewhere` (about another subject than the one meant), from a sentence naming
        one of the terms `named` when one does."""
        assert state.topic is not None
        topic = state.topic
        result = self.retriever.search("", tokens=tokens, within_doc=topic)
        if not result.passages and not require_all:
            # A sense the question's verb asks for in words the document never uses
            # ("when did it end?") is looked for in the words it does use (the League
            # "dissolved" itself), before a section that merely suits the kind of question.
            unsaid = [others for own, others, _ in self.reader.leanings(tokens) if not self.retriever.search("", tokens=sorted(own), within_doc=topic, k=1).passages]
            if unsaid:
                result = self.retriever.search("", tokens=tokens + sorted(set().union(*unsaid)), within_doc=topic)
        if result.passages and (not require_all or result.coverage >= 1.0):
            return self._from_result(result, intent, elsewhere=elsewhere, named=named)
        if require_all and not set(tokens) <= self._generic:
            return Resolution("out_of_scope", intent, tokens)
        # None of its words in the document ("how long do they serve?" after "who is
        # responsible for EU foreign policy?"): what was just shown is what it asks about,
        # when a sentence of it has what the kind of question wants (a span), before a
        # section whose heading merely suits the kind.
        for chunk_id in sorted(state.last_shown):
            position = self.retriever.position.get(chunk_id)
            chunk = self.retriever.chunks[position] if position is not None else None
            said = [i for i, (_, cue) in enumerate(self.reader.evidence(chunk, set(), intent)) if cue] if chunk is not None and chunk.doc_id == topic else []
            if said and chunk is not None:
                return Resolution("answer", intent, tokens, [Passage(chunk, 0.0, [])], topic, anchor=said[0])
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
        if found[0][1][0].chunk.doc_id == found[1][1][0].chunk.doc_id:
            doc_id = found[0][1][0].chunk.doc_id
            own = [self._own_section(doc_id, *side_tokens), self._own_section(doc_id, *reversed(side_tokens))]
            # The side the document is about (its title names it and nothing of the other: the
            # UN against the UN Charter, not a treaty in "Treaties and resolutions") is its overview.
            title, terms = self.retriever.title_terms(doc_id), self._side_terms(side_tokens)
            titled = [self.reader.names(title, terms[i]) and not title & terms[1 - i] for i in (0, 1)]
            if titled.count(True) == 1:
                own[titled.index(True)] = self._overview_passage(doc_id, [])
            if own[0] is not None and own[1] is not None and own[0].chunk.id != own[1].chunk.id and not self._heading_contrasts(doc_id, *side_tokens):
                # Each side has a section of its own ("When and why the G20 began", "G7
                # members and how it works") and none says how they differ ("Difference
                # between good offices and mediation"): they answer side by side, after a
                # sentence of the document that contrasts them, if one does.
                whole = self.retriever.search("", tokens=[t for side in side_tokens for t in side], within_doc=doc_id)
                keys = [p for p in whole.passages[:KEY_DIFFERENCE_PASSAGES] if p.chunk.id not in {own[0].chunk.id, own[1].chunk.id}]
                key, sentences = self._key_difference(keys, side_tokens[0], side_tokens[1], contrasting=True)
                # Each side under the name the glossary gives what it asks about ("G20"),
                # else its section's heading.
                names = [self._side_name(side) for side in side_tokens]
                titles = names if all(names) else [passage.chunk.section for passage in own]
                sides_found = [(str(title), [passage]) for title, passage in zip(titles, own)]
                return Resolution(
                    "comparison", "comparison", whole.tokens, [], doc_id, sides=sides_found, side_terms=self._side_terms(side_tokens), key=key, key_sentences=sentences
                )
            # Within the document both sides lead to: "differs" finds its section on how they
            # differ, and "vs" no other document ("Track one vs track two").
            whole = self.retriever.search(corrected, within_doc=doc_id)
            return self._from_result(whole, "comparison") if whole.passages else None
        # Across documents, the key difference is looked for with what is compared, not the
        # words asking for a comparison ("vs", "difference"), which find "Track one vs track two".
        # So are the sections of each side's own document that best name the other, by any of
        # its names ("How decisions were made: the unanimity rule" of the League of Nations,
        # naming the UN Charter).
        whole = self.retriever.search("", tokens=[t for side in side_tokens for t in side])
        side_chunks = {p.chunk.id for _, passages in found for p in passages}
        documents = (found[0][1][0].chunk.doc_id, found[1][1][0].chunk.doc_id)
        naming_other = [
            [p for p in self.retriever.search("", tokens=sorted(self._called(side_tokens[1 - i]) - side_tokens[i]), within_doc=documents[i]).passages if p.chunk.id not in side_chunks]
            for i in (0, 1)
        ]
        keys = [p for p in whole.passages[:KEY_DIFFERENCE_PASSAGES] if p.chunk.id not in side_chunks]
        keys = list({p.chunk.id: p for p in [*keys, *naming_other[0][:KEY_OWN_DOCUMENT_PASSAGES], *naming_other[1][:KEY_OWN_DOCUMENT_PASSAGES]]}.values())
        key, sentences = self._key_difference(keys, side_tokens[0], side_tokens[1], documents=documents)
        topic = key.chunk.doc_id if key is not None else found[0][1][0].chunk.doc_id
        return Resolution("comparison", "comparison", whole.tokens, [], topic, sides=found, side_terms=self._side_terms(side_tokens), key=key, key_sentences=sentences)

    def _called(self, side: set[str]) -> set[str]:
        """A side's terms with those of every glossary name of what it names ("UN" of "the
        United Nations", which "the UN Charter" says)."""
        return side | {t for concept in side if concept.startswith("=") for name in self.reader.name_terms(concept) for t in name}

    def _side_terms(self, side_tokens: list[set[str]]) -> list[frozenset[str]]:
        """The words naming each side of a comparison and not the other (see `_naming`)."""
        first, second = side_tokens
        return [frozenset(self._naming(first, second)), frozenset(self._naming(second, first))]

    def _side_name(self, side: set[str]) -> str | None:
        """The glossary's name for the one concept a side of a comparison asks about."""
        concepts = [t for t in side if t.startswith("=")]
        return self.retriever.kb.glossary.canonical_name(concepts[0]) if len(concepts) == 1 else None

    def _own_section(self, doc_id: str, side: set[str], other: set[str]) -> Passage | None:
        """The section of a document about one side of a comparison and not the other: the
        best by BM25 on the side's own words whose heading names the side but not the
        other ("Recognition of governments: de jure and de facto" for a government against
        a state), or none."""
        own, others = self._naming(side, other), self._naming(other, side)
        if all(t.replace(".", "").isdigit() for t in own):
            return None  # "START 1": a number names no section ("track one", "1,550 warheads")
        for passage in self.retriever.search("", tokens=list(own), within_doc=doc_id).passages:
            heading = set(self.retriever.query_tokens(passage.chunk.section))
            if heading & own and not heading & others:
                return passage
        return None

    def _heading_contrasts(self, doc_id: str, first: set[str], second: set[str]) -> bool:
        """Whether a section of the document is headed as setting the two sides apart: both
        sides' own words and a word of contrast ("Difference between good offices and
        mediation", not "Why the G7 and G20 matter")."""
        own = self._naming(first, second), self._naming(second, first)
        for i in self.retriever.doc_chunks[doc_id]:
            section = self.retriever.chunks[i].section
            heading = set(self.retriever.query_tokens(section))
            if heading & own[0] and heading & own[1] and self.reader.has_cue(section.casefold(), "comparison"):
                return True
        return False

    @staticmethod
    def _naming(side: set[str], other: set[str]) -> set[str]:
        """The words that name a side of a comparison in a sentence: not those both sides
        share ("track" of track one and track two), nor a number when the side has a name
        besides ("two groups" names no track two diplomacy)."""
        own = side - other or side
        return {t for t in own if not t.replace(".", "").isdigit()} or own

    def _key_difference(
        self, passages: list[Passage], first: set[str], second: set[str], contrasting: bool = False, documents: tuple[str, str] | None = None
    ) -> tuple[Passage | None, list[str]]:
        """The sentences that set the two sides apart, and their passage, or none.

        Either one sentence naming both sides that contrasts them ("whereas", "unlike",
        "replaced", "distinguished by" ...), or two sentences in a row about one side each,
        said the same way ("A treaty is ... A convention is ...", "Bilateral negotiation
        involves ... Multilateral negotiation involves ..."). A sentence of a side's own
        document (`documents`, each side's) names that side without saying it: "The framers
        of the UN Charter later tried to correct these weaknesses with a Security Council
        ..." of the League of Nations contrasts the two, after the section's first sentence
        when it points back to it ("The League of Nations made most decisions by
        unanimity."). A passage that only names both ("the League ... handed its buildings
        to the United Nations", "The African Union, ASEAN and the European Union are leading
        examples"), says how they are alike ("Like track two, ...") or names one side
        ("Heads of consular posts are divided into four classes" for an embassy and a
        consulate) states no difference, and then the sides alone answer. Words the sides
        share ("track" of track one and track two) name neither.

        Of those, a contrast first, then one from a section whose questions ask how the two
        differ ("What is the difference between the Kyoto Protocol and the Paris
        Agreement?"), then two sentences, one on each side ("... binding targets for only
        some countries ... Negotiators of the Paris Agreement ... replaced imposed targets
        with nationally determined contributions"), then the one naming the sides most (by
        idf), not the one saying "difference" most ("treaty vs convention - is there a
        difference?").
        """
        own = tuple(self._naming(side, other) for side, other in ((first, second), (second, first)))
        sides = own[0] | own[1]
        names = self.reader.names
        idf = self.retriever.index.idf_of
        tokens_of = self.retriever.tokenizer.tokens_of_texts
        best: tuple[tuple[bool, bool, int, float], Passage | None, list[str]] = ((False, False, 0, 0.0), None, [])
        for passage in passages:
            said = self.reader.of(passage.chunk)
            questions = passage.chunk.questions
            declared = any(
                names(terms, own[0]) and names(terms, own[1]) and self.reader.has_cue(question.lower(), "comparison")
                for question, terms in zip(questions, map(set, tokens_of(questions)))
            )
            # The side whose own document it is: the document the side led to, whose title names it.
            implied = [documents is not None and passage.chunk.doc_id == documents[i] and names(self.retriever.title_terms(documents[i]), own[i]) for i in (0, 1)]
            openings = [OPENING_WORD.findall(s.lower())[:KEY_SIDE_OPENING_WORDS] for s, _ in said]
            # The opening words that are neither a side nor an article: how a sentence says what it says of its side.
            saying = [{w for w in words if w not in ARTICLES and not set(tokens_of([w])[0]) & sides} for words in openings]
            contrasts = [self.reader.has_cue(s, "contrast") for s, _ in said]
            # What a sentence is about: the side named in its first few words ("A convention
            # is ...", not "Under the Interim Agreement, neither side could start ...").
            leads = [set(tokens) for tokens in tokens_of([" ".join(words[:KEY_SUBJECT_WORDS]) for words in openings])]
            for at, (sentence, words) in enumerate(said):
                runs: list[tuple[frozenset[str], int, bool]] = []  # the words named, how many sentences, whether they contrast
                likens = bool(LIKENESS.match(sentence))  # "Like track two, track one and a half diplomacy cannot ..."
                if contrasts[at] and not likens and all(names(words, own[i]) or implied[i] for i in (0, 1)):
                    runs.append((words, 1, True))
                if at + 1 < len(said):
                    # Each about one side ("Bilateral diplomacy and multilateral diplomacy are
                    # ..." is about both).
                    each = any(
                        leads[at] & own[i] and not leads[at] & own[1 - i] and leads[at + 1] & own[1 - i] and not leads[at + 1] & own[i]
                        and names(words, own[i]) and names(said[at + 1][1], own[1 - i])
                        for i in (0, 1)
                    )
                    if each and saying[at] & saying[at + 1]:
                        runs.append((words | said[at + 1][1], 2, contrasts[at] or contrasts[at + 1]))
                for named, length, contrasts_them in runs:
                    if contrasting and not contrasts_them:
                        continue
                    weight = (contrasts_them, declared, length, sum(idf(t) or 0.0 for t in named & sides))
                    if weight > best[0]:
                        opening = [said[0][0]] if length == 1 and at > 0 and POINTS_BACK.search(sentence) else []
                        best = (weight, passage, [*opening, *(s for s, _ in said[at : at + length])])
        return best[1], best[2]
