"""Follow-ups about what the last answer named rather than the subject: the person a
"who ...?" answer named ("what else did he do?"), the thing a "which ...?" or "what
replaced it?" answer named ("when was that signed?")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tutor.answering.resolution.outcome import Resolution
from tutor.answering.resolution.passages import PassageChooser
from tutor.answering.resolution.state import State
from tutor.answering.resolution.vocabulary import QuestionWords
from tutor.answering.sentences import SentenceReader
from tutor.answering.understanding import IntentModel
from tutor.search.retrieval import Passage, Retriever
from tutor.search.text import fold, split_sentences

# A word as a sentence writes it; a run of capitalised words with nothing but spaces (and
# the particles of names) between them, a person's name and title ("Soviet leader Nikita
# Khrushchev", "Prince Klemens von Metternich"); an owner opening a sentence ("Hammarskjöld's").
PROPER_WORD = re.compile(r"[\w.'\u2019-]+")
NAME_RUN = re.compile(r"[A-Z][\w'\u2019-]*\.?(?:\s+(?:(?:von|van|de|der|del|da|di|du|bin|al)\s+)?[A-Z][\w'\u2019-]*\.?)+")
OWNER = re.compile(r"\W*([A-Z][\w-]*)['\u2019]s\b")

# "Which" asking for several things of a kind ("which countries negotiated it?"), a noun
# in the plural after it.
WHICH_SEVERAL = re.compile(r"\W*(?:(?:and|so|ok|okay|but)\W+)?which\s+(?!(?:is|was|has|does|this|his|its|us)\b)[a-z]+s\b")

# The kinds of question asking for a place, a time or a number: their answers name no thing
# a follow-up may point to.
FACT_KINDS = frozenset({"where", "when", "duration", "quantity"})

# The kinds of question asking about a person as such (who they are, their job, where they
# are from, more about them), answered where they are named with their title ("António
# Guterres of Portugal"); any other asks a fact of its own (a date, a span, a number).
PERSON_KINDS = frozenset({"who", "definition", "more", "role", "where"})

# A question asking which thing of a kind ("which treaty came out of them?"): its answer
# names the thing the next question may point to.
WHICH = re.compile(r"\W*(?:(?:and|so|ok|okay|but)\W+)?which\b")


def opening_sentence(answer: str) -> str:
    """The first sentence of an answer that says something, past a lone "Yes." or "No."."""
    return next((sentence for sentence in split_sentences(answer) if len(sentence.split()) > 2), "")


@dataclass
class LastAnswer:
    """Reads follow-ups against the last answer's opening sentence."""

    retriever: Retriever
    intents: IntentModel
    reader: SentenceReader
    words: QuestionWords
    passages: PassageChooser

    def about_the_person(self, corrected: str, intent: str, state: State, thing: str | None = None) -> Resolution | None:
        """A question about the person the last answer, to "who ...?", named ("who chaired
        the talks? / what else did he do?", "who came up with the idea? / tell me more about
        him"): "he" is that person, not the subject, and the subject's sentences naming them
        answer. Asked which `thing` of theirs ("which congress is he famous for?"), the one
        document of that kind naming them answers: what it is, then what they did there."""
        assert state.topic is not None and state.last_reply is not None
        opening = opening_sentence(state.last_reply.answer)
        name = self._person_named(opening, state) if opening else None
        if name is None:
            return None
        tokens = [t for t in self.retriever.query_tokens(corrected) if t not in self.words.generic and t not in self.words.answer_words]
        # Asked of a subject the question names ("did he also sign START I?"), that subject's
        # document answers, the one it names most fully ("shuttle diplomacy", not "diplomacy").
        named = sorted(self.retriever.mentioned_documents(tokens), key=lambda d: -len(self.retriever.title_terms(d)))
        kinds = self.retriever.query_tokens(thing) if thing and not named else []
        of_kind = [d for d in self.retriever.titled_with(kinds) if d != state.topic and not self.retriever.lacks(d, [name])] if kinds else []
        if len(of_kind) == 1:
            there = self.retriever.search("", tokens=[*tokens, name], within_doc=of_kind[0], k=1).passages
            overview = self.passages.overview_passage(of_kind[0], [])
            return Resolution("answer", intent, [*tokens, name], [overview, *(p for p in there if p.chunk.id != overview.chunk.id)], of_kind[0], defining_first=True)
        within = self.retriever.search("", tokens=[*tokens, name], within_doc=named[0] if named else state.topic)
        if not within.passages:
            return None
        # What is asked of a person ("his job", "more about him") is said where they are named
        # with their title or in full ("US Assistant Secretary of State Richard Holbrooke"),
        # first of all in the section the last answer named them from. A fact of another kind
        # asked of them ("when did he die?", "how long was he in office?") is the sentence naming
        # them that has it (a date), wherever it is: the section just shown told who they were.
        if intent not in PERSON_KINDS:
            return self.passages.from_result(within, intent, named=frozenset([name]))
        return self.passages.from_result(within, "definition" if intent == "more" else intent, named=frozenset([name]), wanted="person", recent=state.last_shown)

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

    def names_answered(self, state: State) -> tuple[str, ...]:
        """After "which ...?", the glossary's names its answer's first sentence gives (in runs
        of capitalised words) besides the question's and the subject's title, but for the
        subjects its brackets list: "which one is still in force? / when does it expire?" is
        about New START, not the START series. After "who ...?", those of its first run, the
        one who answers: "who leads NATO? / how long do they stay?" is about the Secretary
        General."""
        last = state.last_reply
        if last is None or state.topic is None or not (WHICH.match(fold(last.question)) or state.last_intent == "who"):
            return ()
        known = set(state.last_tokens) | (self.retriever.title_terms(state.topic) - self.retriever.bracketed_names(state.topic))
        runs = NAME_RUN.findall(opening_sentence(last.answer))
        # After "who ...?", not what the sentence says of the one named ("The Secretary
        # General chairs the North Atlantic Council").
        runs = runs if WHICH.match(fold(last.question)) else runs[:1]
        names = [t for run in runs for t in self.retriever.query_tokens(run)]
        # Names the glossary knows ("=new-start", "=united-states"), not every capitalised
        # word ("Donald" of "US President Donald Trump" after "which country left it?").
        return tuple(dict.fromkeys(t for t in names if t.startswith("=") and t not in known and not self.words.everyday_in(t, names)))

    def answered_with(self, state: State) -> State | None:
        """The conversation as if about the document the last answer gave, when the last
        question asked for another thing and the answer's first sentence names one other
        document than the subject and those the question named ("what replaced it?": "...
        replaced by the United Nations"): "when was that founded?" is about the UN. Not when
        it asked for several ("which countries negotiated it?"): the document one of them
        names (the EU beside the countries) is no thing the answer gave. Nor when it asked for
        a place, a time or a number ("which city is the ICJ in?": "... the only one of the six
        main UN organs" names no thing asked for; "where is it based?" is still the ICJ's)."""
        last = state.last_reply
        if last is None or not self.intents.asks_for_a_thing(fold(last.question)) or WHICH_SEVERAL.match(fold(last.question)):
            return None
        if state.last_intent in FACT_KINDS:
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

    def of_the_answer(self, tokens: list[str], intent: str, state: State, said_before: bool = False) -> Resolution | None:
        """After "which ...?", a question asking nothing of its own ("which treaty came out of
        them? / when was that signed?") asks about the thing the answer named: the sentence
        the answer opened with, or one after it in its section, that has what the kind of
        question wants (the peace treaty's date, not the accords'). After any question, one
        pointing with "that" or "this" to what was just said (`said_before`: "why was Russia
        kicked out of the G8? / when was that?") asks it of the answer's opening sentence,
        when that sentence has it (the suspension's date, not the G8's)."""
        last = state.last_reply
        if last is None or not self.reader.cues.get(intent):
            return None
        which = WHICH.match(fold(last.question)) is not None
        # After a question asking for a thing ("what replaced it?"), "that" is the thing the
        # answer named, which `answered_with` turns to.
        if not (which or said_before and not self.intents.asks_for_a_thing(fold(last.question))):
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
            if cued and (which or cued[0] == start):
                return Resolution("answer", intent, tokens, [Passage(chunk, 0.0, [])], state.topic, anchor=cued[0])
        return None
