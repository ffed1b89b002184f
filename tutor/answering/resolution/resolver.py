"""`Resolver`: the order in which the kinds of decision are tried on a question, the
first that applies deciding (see the package's docstring for each)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from tutor.answering.pointed_subject import POINTED_SUBJECT
from tutor.answering.process_subject import ProcessSubjects
from tutor.answering.resolution.about_subject import AboutTheSubject
from tutor.answering.resolution.comparisons import Comparisons
from tutor.answering.resolution.ellipsis import Ellipses
from tutor.answering.resolution.last_answer import LastAnswer
from tutor.answering.resolution.outcome import Resolution
from tutor.answering.resolution.passages import PassageChooser
from tutor.answering.resolution.standalone import StandaloneQuestions
from tutor.answering.resolution.state import State
from tutor.answering.resolution.subject_choice import CLAUSE_BREAK, PAST_DEED, POSSESSIVE, SubjectChoice
from tutor.answering.resolution.vocabulary import QuestionWords
from tutor.answering.resolution.which_one import OTHER_OF_TWO, WhichOne
from tutor.answering.sentences import SentenceReader
from tutor.answering.understanding import IntentModel, Understanding
from tutor.search.retrieval import Retriever, SearchResult
from tutor.tuning import FOREIGN_WORDS, OWN_SUBJECT_FIT

# The words setting one side beside another ("vs an ambassador?"), which name no subject
# ("vs" of "Track one vs track two diplomacy").
SETTING_BESIDE = frozenset({"vs", "versus", "v"})


# A relative pronoun opening a clause about the noun before it.
RELATIVE = re.compile(r"\b(?:who|which|that)\b")

# "one" standing for a noun said before ("a famous finnish one"), not "one of ...".
ONE_BEFORE = re.compile(r"\bones?\b(?!\s+of\b)")

# "The other side" of a question asked for one party ("and the other side?", "for the other
# country?"), which asks as "the other one" does.
OTHER_PARTY = re.compile(r"^\W*(?:for\s+|on\s+)?the\s+other\s+(?:side|party|country|state|delegation|team)\W*$")

# The noun a question word asks for ("what colour", "which year", "how many members"): what
# is asked, never what a pronoun after it stands for ("what colour are their helmets?").
ASKED_NOUN = re.compile(r"^\W*(?:(?:and|so|ok|okay|but|then)\W+)*(?:what|which|whose|how\s+many|how\s+much)\s+[\w'-]+")

# What "which one of ...?" picks among, when the question says it ("which one of the Vienna
# conventions covers consuls?"), not "which one of them".
ONE_OF = re.compile(r"\bones? of (?:the |these |those )?(?P<kind>[^,;:?!.]+)")


class Resolver:
    """The rules that pick what answers a question; one per loaded tutor, shared by its conversations."""

    def __init__(self, retriever: Retriever, intents: IntentModel, reader: SentenceReader) -> None:
        self.retriever = retriever
        self.intents = intents
        self.reader = reader
        self.words = QuestionWords(retriever, intents, reader)
        self.passages = PassageChooser(retriever, intents, reader, self.words)
        self.comparisons = Comparisons(retriever, intents, reader, self.words, self.passages)
        self.subject = AboutTheSubject(retriever, reader, self.words, self.passages)
        self.which_one = WhichOne(retriever, self.words, self.passages, self.comparisons)
        self.last_answer = LastAnswer(retriever, intents, reader, self.words, self.passages)
        generic = retriever.terms_of(intents.party_words | intents.member_words) | retriever.frame | retriever.incidental
        process = ProcessSubjects(retriever, reader, retriever.terms_of(intents.process_words), generic)
        self.standalone = StandaloneQuestions(retriever, reader, self.passages, self.subject, process, intents.person_pronouns)
        self.ellipses = Ellipses(retriever, intents, self.words, self.passages, self.subject, self.standalone)
        self.subject_choice = SubjectChoice(retriever, intents, reader, self.words, self.passages, self.subject, self.last_answer)

    @cached_property
    def _naming_no_subject(self) -> frozenset[str]:
        """Words that name no subject: any subject could take them, or they name the kind of
        answer wanted ("based", "how long ... last"). Made when first needed, as the reader's
        span terms are."""
        return frozenset(self.words.generic | self.words.answer_words | self.reader.span_terms)

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
        """The decision on one question, each kind tried in turn: after an answer, a question
        declined whatever subject came before, and one complete without the subject
        (`_stands_alone`) that would be declined asked first; then the person the last answer
        named, "tell me more", "which one ...?", "and X?", a comparison, no subject yet, the
        current subject, else the whole knowledge base."""
        intent = understanding.intent
        if state.topic and self._declined_as_on_its_own(corrected, understanding, state):
            # "Who is taylor swift dating?" after the NPT: declined as on its own, whatever
            # subject came before (see `_declined_as_on_its_own`).
            return Resolution("out_of_scope", intent, self.retriever.query_tokens(corrected), asks_judgement=understanding.asks_opinion)
        if state.topic and self._stands_alone(corrected, understanding, state):
            # "How far is the moon from earth?" after the Outer Space Treaty needs nothing of
            # the subject: it is declined when it would be declined asked on its own, and the
            # subject's document does not answer it as a question of its own either ("why were
            # germans so angry?" after the Treaty of Versailles is declined alone, its best
            # passage far from the treaty; the treaty's own document answers it).
            alone = self._resolve(corrected, understanding, State(turn=state.turn))
            within = self.retriever.search(corrected, within_doc=state.topic)
            if alone.kind == "out_of_scope" and not self.standalone.finds_answer(corrected, within, intent):
                return alone
        if understanding.of_a_person and state.topic and state.last_intent == "who":
            about = self.last_answer.about_the_person(corrected, intent, state, understanding.thing)
            if about is not None:
                return about
        if intent == "more":
            return self.subject.more(state, understanding.aspect)
        side = self.which_one.side_meant(corrected, state)
        if side is not None:
            # "The latter" is one side of the last comparison: the question is asked of it.
            text, meant = side
            return self._resolve(text, self.intents.understand(text), meant)
        # "one" standing for a noun ("which one is about treaties?") is searched as no number.
        searched, picks = self.intents.without_pronoun_one(corrected)
        tokens = self.retriever.query_tokens(searched)
        kind = ONE_OF.search(corrected)
        if intent == "comparison" and understanding.sides or kind and self.names_a_subject(self.retriever.query_tokens(kind["kind"])):
            # "G7 or G20, which one matters more?", "which one of the Vienna conventions covers
            # consuls?" name the things they pick among: they need no subject before them, and
            # the conversation's are not the ones meant.
            picks = None
        ordered = self.which_one.order_claim(corrected) or self.which_one.in_order(corrected, state)
        if ordered is not None:
            # Before "which one" asks for a subject: "NATO and the Warsaw Pact, which one was
            # founded first?" names the two it orders.
            return ordered
        if picks and not state.topic:
            if not self.names_a_subject(tokens):
                # "Which one is still in force?" before any subject: ask what it is about.
                return Resolution("no_topic", intent, tokens)
            # "The Dayton talks were at an air force base in ohio, which one": the message
            # names what "which one" picks among, and is asked on its own.
            picks = None
        if state.topic and self.retriever.asks_judgement(tokens):
            # A follow-up asking which is good or best ("which is the best treaty?") is
            # declined as a question on its own is, not answered from the subject.
            return Resolution("out_of_scope", intent, tokens, asks_judgement=True)
        previous = state.last_intent if state.last_intent not in (None, "more", "comparison") else "definition"
        # "And the one from 1963?" asks nothing of its own: the last question, of another.
        another = self.which_one.another_of_kind(corrected, previous, state)
        if another is not None:
            return another
        if picks and state.topic:
            # "and the other one?" asks the last question again; "which one ...?" its own.
            picked = self.which_one.pick(tokens, previous if understanding.elliptical_topic else intent, picks == "other", state)
            if picked is not None:
                return picked
        if understanding.elliptical_topic and state.topic and OTHER_PARTY.match(understanding.elliptical_topic):
            # "And the other side?" after "who negotiated it for Egypt?": the same of the other party.
            picked = self.which_one.pick([], previous, True, state)
            if picked is not None:
                return picked
        if understanding.elliptical_topic and state.topic:
            # "And the second one?" after "what was the first framework about?": the last
            # question of the other of the two it numbered, within the subject.
            ordinal = self.retriever.query_tokens(self.intents.without_pronoun_one(understanding.elliptical_topic)[0])
            numbered = self.which_one.numbered(ordinal[0], previous, state) if len(ordinal) == 1 and ordinal[0] in OTHER_OF_TWO else None
            return numbered or self.ellipses.resolve(understanding.elliptical_topic, previous, state)
        if intent == "comparison" and understanding.sides:
            if self.retriever.uses_everyday_sense(corrected):
                # "in python, what's the difference between a protocol and ...": another
                # field's sense, as for any question (see `Retriever.in_scope`).
                return Resolution("out_of_scope", intent, tokens)
            pointing = self.intents.pronouns | self.intents.demonstratives
            pointed = any(side.strip() in pointing for side in understanding.sides)
            if not state.topic and pointed and not self._names_beside(tokens, understanding.sides):
                # "vs an ambassador?", "how is that different?" before any subject: against
                # what, ask; do not guess.
                return Resolution("no_topic", intent, tokens)
            sides = self.comparisons.sides_meant(understanding.sides, state)
            unknown = self.comparisons.unknown_side(sides)
            if unknown is not None:
                # "asean vs mercosur": what the knowledge has on the side it names, and a
                # word that it has nothing on the other, rather than a guess at it.
                side, known = unknown
                return replace(self.passages.from_result(known, "definition"), unknown_side=understanding.sides[side])
            compared = self.comparisons.compare(corrected, sides)
            if compared is not None and understanding.asks_same:
                if not self.comparisons.same_thing(sides):
                    return replace(compared, same=False)
                # One thing under two names: what it is, from the passage naming both.
                return replace(self.passages.from_result(self.retriever.search(" ".join(sides)), "definition"), same=True)
            if compared is not None:
                return compared
            intent = "definition"
        if not state.topic and (
            set(tokens) <= self.words.generic and (understanding.refers_back or (tokens and not self.subject_choice.names_a_document(tokens)))
            or understanding.refers_back and {t for t in tokens if not t.startswith("=")} <= self._naming_no_subject
        ):
            # "When was it signed?", "what happened next?", "where is it based?" before any
            # subject (nothing in it but such words): ask what it is about, do not guess.
            return Resolution("no_topic", intent, tokens)
        if understanding.thing and understanding.refers_back and state.topic:
            # "Which treaties were made under it?" after the UNFCCC: others of the kind.
            others = self.which_one.others_of_kind(understanding.thing, intent, tokens, state)
            if others is not None:
                return others
        stayed = self.subject_choice.resolve(corrected, searched, tokens, intent, understanding, state) if state.topic else None
        if stayed is not None:
            return stayed
        answered = self.standalone.resolve(searched, intent, state, allow_followup=True, understanding=understanding)
        if not state.topic and answered.kind != "out_of_scope" and understanding.yes_no and POINTED_SUBJECT.match(corrected) and not self.names_a_subject(tokens):
            # "Is it still in force?" before any subject, its subject a pronoun and its
            # words naming no document: ask what it is about rather than put the first
            # document found in place of "it". One the knowledge base cannot answer
            # ("will it rain tomorrow?") is declined as it would be anyway.
            return Resolution("no_topic", intent, tokens)
        return answered

    def _declined_as_on_its_own(self, text: str, understanding: Understanding, state: State) -> bool:
        """Whether a follow-up that does not point back to the subject before it is declined
        by the evidence that declines a question asked on its own, whatever passages the
        subject's document has: less than MIN_KNOWN of its weight in words the knowledge
        base has at all ("write me a poem about cats", "how do i negotiate a raise with my
        boss": the subject before it cannot make "poem" or "boss" known), unless it names a
        document holding enough of it; a word of diplomacy in its everyday sense ("how to be
        diplomatic when breaking up"), the learner's own life, a time the knowledge cannot
        describe. One pointing back ("is it still valid today?", "who was the american
        diplomat who bulldozed everyone into it?") says its words of the subject, which
        makes them known (its own subject is weighed by `SubjectChoice`), and so does one
        asking of a side of the last comparison ("how many members does the latter have?")."""
        tokens = self.retriever.query_tokens(text)
        if not tokens or self.which_one.side_meant(text, state) is not None:
            return False
        result = self.retriever.search(text, tokens=tokens)
        if self._declined_outright(result, understanding):
            # Whatever a pronoun stands for: "my two kids keep fighting, how do i mediate
            # between them?" is about the learner's life after any answer.
            return True
        # A line naming something before its pronoun in an earlier clause says its own subject
        # and is weighed as one asked on its own, unless it names a document it may point to
        # ("... signed kyoto and then just ignored it").
        pointing = self.intents.pointing_word(text)
        if understanding.refers_back and not (self._antecedent_in_line(text) and not self.retriever.mentioned_documents(tokens)):
            # Unless the subject's document says none of what the line says of it ("can he
            # raise the rent in the middle of it?" after "what is a treaty?"): the pronoun
            # cannot make those words the subject's.
            return not self.retriever.in_scope(result) and self._foreign_to(state.topic, tokens)
        named = result.mentioned_documents and result.rest_coverage >= self.retriever.min_rest_coverage
        if result.known < self.retriever.min_known and not named:
            return True
        # A line asking of a country's internal matters with nothing of relations between
        # states ("how do Americans elect their president?" after the Kyoto Protocol) is too,
        # unless the subject's document says its words of those matters ("who elects the
        # judges?" after the ICJ).
        if result.domestic and not self.retriever.in_scope(result) and self.retriever.lacks(state.topic, self.retriever.query_tokens(" ".join(result.domestic))):
            return True
        # A line whose pronoun stands for something it names itself ("in game of thrones, why
        # do the houses keep breaking their treaties?", "how do americans pay their federal
        # taxes?") says its own subject: declined after an answer as alone, when its best
        # passage clearly misses it (no term of the trade of it, or under OWN_SUBJECT_FIT of
        # what the knowledge knows of it), whatever words the subject before it shares.
        # Not when its "one" stands for a noun said before ("whos a famous finnish one and
        # what did he do?" after Nordic mediators): that is the subject before it.
        own_subject = pointing is not None and pointing.group() in self.intents.pronouns and not ONE_BEFORE.search(text[: pointing.start()])
        if own_subject and not self.retriever.in_scope(result):
            return not self.retriever.holds_term_of_trade(result) or result.fit < OWN_SUBJECT_FIT
        return False

    def _foreign_to(self, topic: str, tokens: list[str]) -> bool:
        """Whether a line says at least FOREIGN_WORDS words of its own (none any subject could
        take, none naming the kind of answer) and the subject's document has none of them, nor
        any glossary name the line gives ("american" is the document's "US")."""
        said = [t for t in dict.fromkeys(tokens) if t not in self._naming_no_subject]
        own = [t for t in said if not t.startswith("=")]
        return len(own) >= FOREIGN_WORDS and len(self.retriever.lacks(topic, said)) == len(said)

    def _stands_alone(self, text: str, understanding: Understanding, state: State) -> bool:
        """Whether a follow-up is complete without the subject before it: it points back to
        nothing (no pronoun, demonstrative or definite description of something in view, no
        "and X?" nor "more", no deed done in it: `PAST_DEED`), has no word any subject could
        take, says something of its own (a word naming the kind of answer does not), names
        nothing the subject's document names but by its title, and the subject's document
        lacks some of its words, so the subject cannot supply them. Such a question is judged
        as if asked first."""
        if understanding.refers_back or understanding.elliptical_topic or understanding.continues or understanding.intent in ("more", "comparison"):
            return False
        if PAST_DEED.search(text):
            return False
        if self.subject_choice.points_back(text) or self.which_one.side_meant(text, state) is not None:
            return False
        # A word any subject could take ("what was the old name then?", "when did the US
        # leave?") needs the subject.
        tokens = self.retriever.query_tokens(text)
        if state.topic is None or set(tokens) & self.words.generic:
            return False
        unnamed = self.words.answer_words | self.reader.span_terms
        own = [t for t in tokens if t not in unnamed and not t.startswith("=")]
        lacking = self.retriever.lacks(state.topic, own) if own else []
        # A name the subject's document says, other than by its title, asks of its part in the
        # subject ("why was canada unhappy?" after the Kyoto Protocol, "why was albania
        # expelled?" after the Warsaw Pact), whatever other word the document lacks.
        title = self.retriever.title_terms(state.topic)
        if any(t not in lacking and t not in title and not self.retriever.is_everyday(t) for t in own):
            return False
        return bool(lacking)

    def declined_whatever_it_names(self, text: str, understanding: Understanding) -> bool:
        """Whether a line is declined whatever passages its words find: a word of diplomacy
        in its everyday sense, the learner's own life, the tutor's opinion, a visit, a time
        the knowledge cannot describe ("me and my ex need to negotiate a ceasefire over the
        dog, any tips"). The line is searched only where its passages count: about the
        learner's own life and naming a document, it is declined unless it fits without it;
        all else is read from its words (the chat asks this of every line in a quiz)."""
        tokens = self.retriever.query_tokens(text)
        if not tokens:
            return False
        if understanding.personal and self.retriever.mentioned_documents(tokens):
            return self._declined_outright(self.retriever.search(text, tokens=tokens), understanding)
        return self._declined_outright(SearchResult(tokens, [], everyday_sense=self.retriever.uses_everyday_sense(text)), understanding)

    def _declined_outright(self, result: SearchResult, understanding: Understanding) -> bool:
        """Whether the search of a line declines it whatever its passages: a word of
        diplomacy in its everyday sense, or `StandaloneQuestions.declined_outright`."""
        return result.everyday_sense or self.standalone.declined_outright(result, understanding)

    def names_before_its_pointer(self, text: str) -> bool:
        """Whether the line names something before its first pronoun or demonstrative ("is an
        embassy actually the territory of the country it belongs to"), which it may stand
        for; not "is it 'embassy' or 'embasy'?" (see `_named_before_pointer`)."""
        return self._named_before_pointer(text) is not None

    def _named_before_pointer(self, text: str) -> tuple[re.Match[str], str, re.Match[str]] | None:
        """The line's first pronoun or demonstrative, the text before it (asked nouns
        blanked) and the first word there that names something, not only a word any subject
        could take or one naming the kind of answer; None when there is none."""
        pointing = self.intents.pointing_word(text)
        if pointing is None:
            return None
        before = ASKED_NOUN.sub(lambda asked: " " * len(asked.group()), text[: pointing.start()])
        named = next((word for word in re.finditer(r"[a-z0-9+']+", before) if any(t not in self._naming_no_subject for t in self.retriever.query_tokens(word.group()))), None)
        return (pointing, before, named) if named is not None else None

    def _antecedent_in_line(self, text: str) -> bool:
        """Whether the line's first pronoun or demonstrative may stand for something the line
        names before it, in an earlier clause ("my two kids keep fighting over the tv, how do
        i mediate between them", "what is inflation and how do central banks fight it") or as
        its owner ("how does the immune system recognise its own cells"): words that are not
        only ones any subject could take or naming the kind of answer ("who mediated them?",
        "how long did it last?"). Such a line says its own subject, so it is weighed as one
        asked on its own; the subject before it makes none of its words known. In one clause
        the pronoun stays the subject's ("does abstaining count as a veto in it?")."""
        found = self._named_before_pointer(text)
        if found is None:
            return False
        pointing, before, named = found
        # A relative clause ("the american diplomat who bulldozed everyone into it") says what
        # its noun did: the pronoun in it stands for something else, the subject.
        between = RELATIVE.sub(" ", before[named.end() :])
        return pointing.group() in POSSESSIVE or CLAUSE_BREAK.search(between) is not None

    def _names_beside(self, tokens: list[str], sides: tuple[str, str]) -> bool:
        """Whether the message names a subject besides the sides of its comparison: "how does
        a treaty become binding? ... how it differs from signing" is asked of treaties; "vs an
        ambassador?" names only its side."""
        said = {t for side in sides for t in self.retriever.query_tokens(side)} | SETTING_BESIDE
        return self.names_a_subject([t for t in tokens if t not in said])

    def names_a_subject(self, tokens: list[str]) -> bool:
        """Whether the terms name something to answer about: a glossary concept ("=new-start"),
        a document by its short title ("the UN") or by a name in its title that is no
        everyday word ("kyoto" of the Kyoto Protocol: "are they both binding, kyoto and
        paris?"); not a word of a longer title that any subject could take ("force" of the
        Intermediate-Range Nuclear Forces Treaty)."""
        return (
            any(t.startswith("=") for t in tokens)
            or bool(self.retriever.mentioned_documents(tokens))
            or any(not self.retriever.is_everyday(t) and self.retriever.titled_with([t]) for t in tokens)
        )
