""""Which one ...?" and "the other one": one of the things the conversation has in view,
chosen by the question's own words; "which came first?" of two, answered by both dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tutor.answering.resolution.comparisons import Comparisons
from tutor.answering.resolution.outcome import Resolution
from tutor.answering.resolution.passages import PassageChooser
from tutor.answering.resolution.state import State
from tutor.answering.resolution.vocabulary import QuestionWords
from tutor.search.retrieval import TITLE_PARTS, Passage, Retriever, SearchResult
from tutor.search.text import QUESTION_WORDS, YEAR
from tutor.tuning import SECTIONS_WEIGHED

# Which of two things comes first ("which came first?", "which one is older, that or the
# Congress of Vienna?"), with the two named after the question when it names them, or
# before it ("NATO and the Warsaw Pact, which one was founded first?", "nato vs warsaw pact
# which came first").
ORDERING = re.compile(
    r"\W*(?:(?:and|so|ok|okay|but|then)\W+)?(?:(?:between\s+)?(?P<before_a>[^,:;?]+?)\s+(?:and|or|vs\.?|versus)\s+(?P<before_b>[^,:;?]+?)(?:\s*(?: - |[,:;?])\s*|\s+(?=which\b))(?:(?:so|but|and)\s+)?)?which(?: one| of them| of the two| of these| of those)?"
    r"(?:\s+(?:is|was|are|were|came|comes|come|happened|started|began|has|had))?"
    r"(?:\s+(?:signed|founded|created|formed|established|adopted|agreed|set up|made|written))?"
    r"\s+(?:first|earlier|earliest|older|oldest|later|latest|newer|newest)\b"
    r"(?:\W+(?P<a>.+?)\s+or\s+(?P<b>[^?]+?))?\W*$"
)

# A claim that one thing came before or after another ("the League of Nations came before
# the United Nations, right?", "was NATO founded after the Warsaw Pact?", "am I right in
# thinking the UN is older than NATO?"): of their founding, not of a deed named in a side.
ORDER_CLAIM = re.compile(
    r"\W*(?:(?:and|so|but|ok|okay)\W+)?"
    r"(?:(?:(?:is\s+it|it'?s)\s+(?:true|right|correct)|am\s+i\s+(?:right|correct)|was\s+i\s+right)(?:\s+(?:in\s+)?(?:thinking|saying|that|to\s+say))*\s+)?"
    r"(?:(?:did|does|do|was|were|is|are)\s+)?(?P<a>.+?)\s+"
    r"(?:(?:come|came|comes|was|were|is|are|exist|existed|happen|happened|happens)\s+)?"
    r"(?:(?:signed|founded|created|formed|established|set\s+up|adopted|agreed|made|written|held|built|launched|started|began|begun|start|begin)\s+)?"
    r"(?P<order>before|after|earlier\s+than|older\s+than|newer\s+than|later\s+than|prior\s+to)\s+"
    r"(?P<b>[^?,]+?)(?:,?\s+(?:right|correct|true|or\s+not|isn'?t\s+it|didn'?t\s+it|wasn'?t\s+it))?\W*$",
    re.IGNORECASE,
)
# The orders that put the first thing earlier.
EARLIER = ("before", "earlier", "older", "prior")

# The other of two things numbered ("the first framework": the second).
OTHER_OF_TWO = {"first": "second", "second": "first", "1st": "2nd", "2nd": "1st"}
# The Roman numeral of a series' name ("START I", "SALT II") that an ordinal asks for.
ROMAN_OF = {"first": "i", "second": "ii", "1st": "i", "2nd": "ii"}

# A side of the last comparison by its place: "the former", "the latter", "the first one",
# "the second" (not "the first summit", which numbers a thing of its own).
ORDINAL = re.compile(
    r"\bthe (?:(?P<former>former|first one|first(?=\W*$|\s+(?:is|was|are|were|has|have|had|does|did|do|one)\b))"
    r"|(?P<latter>latter|second one|second(?=\W*$|\s+(?:is|was|are|were|has|have|had|does|did|do|one)\b)))"
)


# "And the one from 1963?", "what about the one who died in a plane crash?": another of the
# kind of thing the last question asked about, picked by the words after "the one", which
# open with a word that picks (a preposition, "that", "who", a past participle, a year), or
# by an ordinal before "one" ("who was the second one?"), asked after "who/what is" or alone;
# "the one thing i don't get, why ...?" opens a question of its own.
ANOTHER_OF_KIND = re.compile(
    r"\W*(?:(?:and|but|so|ok|okay|also|then)\W+)*(?:(?:what|how)\s+about\s+|(?:who|what|which)\s+(?:was|is|were|are)\s+)?the\s+(?:ones?\s+"
    r"(?P<rest>(?!of\s+them\b)(?:from|of|in|on|at|with|without|by|for|about|under|over|between|against|before|after|during|that|which|who|whom|whose|where|when"
    r"|signed|set|created|founded|made|called|named|led|run|held|agreed|adopted|\d+)\b.*?)|(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+ones?)\W*$"
)


@dataclass
class WhichOne:
    """Picks among the subjects in view (see `pick`), or orders two of them (`in_order`)."""

    retriever: Retriever
    words: QuestionWords
    passages: PassageChooser
    comparisons: Comparisons

    def in_order(self, corrected: str, state: State) -> Resolution | None:
        """"Which came first?" of the two things named after it ("..., that or the Congress
        of Vienna?"), else of the two subjects in view (the current and the one before, or
        the two sides of the last comparison): answered by each one's own date, the first
        side's sentence giving it, then the second's. None when it is no such question, when
        fewer than two things are in view, or when the knowledge does not know one of them."""
        ordering = ORDERING.match(corrected)
        if ordering is None:
            return None
        named = [(ordering.group(a), ordering.group(b)) for a, b in (("a", "b"), ("before_a", "before_b")) if ordering.group(a) and ordering.group(b)]
        if not named and not state.topic:
            # "Which came first?" before any subject: of which two, ask; do not guess.
            return Resolution("no_topic", "comparison")
        if named:
            sides = list(self.comparisons.sides_meant(named[0], state))
        else:
            shown = [source.id for source in state.last_reply.sources] if state.last_reply is not None else []
            in_view = [d for d in dict.fromkeys([*([state.previous_topic] if state.previous_topic else []), *([state.topic] if state.topic else []), *shown]) if d in self.retriever.documents]
            sides = [self.retriever.documents[d].short_title for d in in_view]
            if len(in_view) == 1 and self.retriever.subjects_apart(in_view[0]):
                # One document of two subjects it treats apart ("G7 and G20").
                sides = TITLE_PARTS.split(sides[0])
        if len(sides) < 2:
            return None
        dated = []
        own = []  # whether each side is its answer's document, not a thing it mentions
        for side in sides[:2]:
            result, found = self._when_of(side)
            if found is None:
                # A side named that the knowledge does not know ("which came first, x or y?"):
                # no date of it to give.
                return Resolution("out_of_scope", "comparison", result.tokens) if named else None
            dated.append(found)
            doc_id = found.topic
            own.append(doc_id in result.mentioned_documents or any(not self.retriever.is_everyday(t) for t in set(result.tokens) & self.retriever.title_terms(doc_id or "")))
        first, second = dated
        passages = [first.passages[0], *(p for p in second.passages[:1] if p.chunk.id != first.passages[0].chunk.id)]
        first_date, second_date = (self._dating(side) if named else None for side, named in zip(dated, own))
        if first_date and second_date and first_date[2] != second_date[2]:
            # Both dated, and apart: the answer says which came first, each by its own date.
            ordered = sorted((first_date, second_date), key=lambda found: found[2])
            return Resolution("answer", "when", first.tokens + second.tokens, [p for p, _, _ in ordered], ordered[0][0].chunk.doc_id, in_order=ordered)
        return Resolution("answer", "when", first.tokens + second.tokens, passages, first.topic, anchor=first.anchor)

    def order_claim(self, corrected: str) -> Resolution | None:
        """"Did the League of Nations come before the United Nations?": the two things in
        order by their own dates, with whether the claim holds (`same`). None when it is no
        such claim, or a side is not a document the knowledge names whole (a deed: "did the
        Cold War end before ..."), or undated, or both have the same year."""
        claim = ORDER_CLAIM.match(corrected)
        if claim is None or not QUESTION_WORDS.isdisjoint(claim["a"].casefold().split()):
            return None
        dated, tokens = [], []
        for side in (claim["a"], claim["b"]):
            result, found = self._when_of(side)
            if found is None or found.topic not in result.mentioned_documents or not set(result.tokens) <= self.retriever.title_terms(found.topic):
                return None
            dating = self._dating(found)
            if dating is None:
                return None
            dated.append(dating)
            tokens += result.tokens
        (first, _, first_year), (second, _, second_year) = dated
        if first.chunk.doc_id == second.chunk.doc_id or first_year == second_year:
            return None
        earlier = claim["order"].casefold().startswith(EARLIER)
        ordered = sorted(dated, key=lambda found: found[2])
        return Resolution("answer", "when", tokens, [p for p, _, _ in ordered], ordered[0][0].chunk.doc_id, in_order=ordered, same=(first_year < second_year) == earlier)

    def _when_of(self, side: str) -> tuple[SearchResult, Resolution | None]:
        """A side's search and what answers "when?" of it; None for the answer when the
        knowledge does not know the side."""
        result = self.retriever.search(side)
        return result, self.passages.from_result(result, "when") if self.retriever.in_scope(result) else None

    def _dating(self, side: Resolution) -> tuple[Passage, int, int] | None:
        """The sentence giving a thing's date, and its year: the sentence found to answer
        "when?", else the first of its passages, that gives the document's own year (1648 of
        the Peace of Westphalia, not the 1618 of the war it ended), or lacking one, any year
        (its first). None when no sentence gives a year."""
        own_year = self.retriever.documents[side.passages[0].chunk.doc_id].year
        sentences = [(passage, index, sentence) for passage in side.passages for index, (sentence, _) in enumerate(self.passages.reader.of(passage.chunk))]
        if side.anchor is not None:
            sentences.insert(0, (side.passages[0], side.anchor, self.passages.reader.of(side.passages[0].chunk)[side.anchor][0]))
        for passage, index, sentence in sentences:
            years = [int(year) for year in YEAR.findall(sentence)]
            if years and (own_year is None or own_year in years):
                return passage, index, own_year or years[0]
        return None

    def side_meant(self, corrected: str, state: State) -> tuple[str, State] | None:
        """After a comparison of two documents, the question with "the former" or "the
        latter" (or "the first one", "the second") as "it", and the conversation as if about
        that side: "how many members does the latter have?" after NATO against the OSCE is
        about the OSCE. Of two subjects of one document, the side is named instead ("the
        second" of the G7 against the G20 is the G20). None when the question names no side
        by its place, or the last answer set no two sides apart."""
        ordinal = ORDINAL.search(corrected)
        last = state.last_reply
        if ordinal is None or last is None or state.last_intent != "comparison":
            return None
        sides = list(dict.fromkeys(source.id for source in last.sources if source.id in self.retriever.documents))
        place = 0 if ordinal.group("former") else 1
        if len(sides) == 1 and len(last.sources) >= 2 and self.retriever.subjects_apart(sides[0]):
            # Two subjects of one document ("G7 and G20"): the side is named, by its section.
            section = set(self.retriever.query_tokens(last.sources[place].section))
            named = [part for part in TITLE_PARTS.split(self.retriever.documents[sides[0]].short_title) if set(self.retriever.query_tokens(part)) <= section]
            return (corrected[: ordinal.start()] + named[0] + corrected[ordinal.end() :], state) if len(named) == 1 else None
        if len(sides) != 2:
            return None
        meant = replace(state, topic=sides[place], previous_topic=state.topic, shown=set(), last_shown=frozenset(), last_tokens=(), last_intent=None)
        return corrected[: ordinal.start()] + "it" + corrected[ordinal.end() :], meant

    def pick(self, tokens: list[str], intent: str, other: bool, state: State) -> Resolution | None:
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
        counterpart = (self._counterpart(tokens, intent, state) or (None if tokens else self.numbered(None, intent, state))) if other else None
        if counterpart is not None:
            return counterpart
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
        if doc_id != state.topic and not other and set(own) <= self.retriever.title_terms(doc_id):
            # Picked by what its title says it is ("which one is about treaties?" after "there
            # are a few Vienna conventions"): the question asks which thing it is, and the
            # thing's overview says, whichever of its sections says those words most.
            overview = self.passages.overview_passage(doc_id, [])
            return Resolution("answer", intent, own, [overview], doc_id, defining_first=True)
        # Within it, the sentence that says it of one of the things last named: "which one
        # was about human rights?" after "what were the baskets?" is Basket III.
        named = [t for t in state.last_tokens if t not in self.words.generic and not t.isdigit() and t not in self.retriever.title_terms(doc_id) and t not in own]
        if named and not other:
            result = self.retriever.search("", tokens=own + named, within_doc=doc_id, k=SECTIONS_WEIGHED)
        return self.passages.from_result(result, intent)

    def _counterpart(self, tokens: list[str], intent: str, state: State) -> Resolution | None:
        """"And the other one?" after a question asking something of one party to the subject
        ("who negotiated the Treaty of Portsmouth for Russia?"): the same asked of the other
        party, within the subject, from the words any subject could take ("negotiated"), not
        another thing of the subject's kind (another treaty). None when the follow-up has words
        of its own or the last question named no party besides the subject's title, or one
        the subject's document never says."""
        assert state.topic is not None
        title = self.retriever.title_terms(state.topic)
        # A glossary concept of everyday words ("=led-by" of "led the") is asked too, no party.
        glossary = self.retriever.kb.glossary
        generic = {t for t in state.last_tokens if t in self.words.generic or glossary.is_a_word(t)}
        party = [t for t in state.last_tokens if t not in title and t not in generic and not t.isdigit()]
        asked = [t for t in state.last_tokens if t in generic]
        if tokens or not party or not asked or self.retriever.lacks(state.topic, party):
            return None
        found = self.retriever.search("", tokens=asked, within_doc=state.topic, k=SECTIONS_WEIGHED)
        return self.passages.from_result(found, intent) if found.passages else None

    def numbered(self, ordinal: str | None, intent: str, state: State) -> Resolution | None:
        """After a question asking of one of two things by its number ("what was the first
        framework about?"), the same asked of the one `ordinal` numbers ("and the second
        one?"), or of the other when None ("and the other one?"), within the subject: the
        second Camp David framework. None when the last question numbered nothing, or the
        same one."""
        assert state.topic is not None
        numbered = [t for t in state.last_tokens if t in OTHER_OF_TWO]
        if not numbered and ordinal is not None:
            return self._numeral_swapped(ordinal, intent, state)
        if len(numbered) != 1 or ordinal == numbered[0]:
            return None
        wanted = ordinal or OTHER_OF_TWO[numbered[0]]
        return self._asked_within_subject([wanted if t == numbered[0] else t for t in state.last_tokens], intent, state)

    def _numeral_swapped(self, ordinal: str, intent: str, state: State) -> Resolution | None:
        """After a question naming one of a series by its Roman numeral ("when was START I
        signed?"), the same asked of the one the ordinal numbers ("and the second one?": START
        II), when the subject's document names it; not the glossary's name of the one asked
        before ("=start-i"). None when the last question gave no such numeral."""
        assert state.topic is not None
        romans = [t for t in state.last_tokens if t in ROMAN_OF.values()]
        wanted = ROMAN_OF.get(ordinal)
        if len(romans) != 1 or wanted is None or wanted == romans[0] or self.retriever.lacks(state.topic, [wanted]):
            return None
        swapped = [wanted if t == romans[0] else t for t in state.last_tokens if not (t.startswith("=") and t.endswith(f"-{romans[0]}"))]
        return self._asked_within_subject(swapped, intent, state)

    def _asked_within_subject(self, tokens: list[str], intent: str, state: State) -> Resolution | None:
        """The last question asked again with `tokens`, within the subject's document."""
        found = self.retriever.search("", tokens=tokens, within_doc=state.topic, k=SECTIONS_WEIGHED)
        return self.passages.from_result(found, intent) if found.passages else None

    def another_of_kind(self, corrected: str, intent: str, state: State) -> Resolution | None:
        """"And the one from 1963?" after the Vienna Convention on Diplomatic Relations,
        "and the one who died in a plane crash?" after the first UN Secretary-General: the
        last question asked again of another thing of its kind, the one the words after
        "the one" pick (the consular convention, Hammarskjöld). Searched everywhere with
        the last question's words and these: a document titled with the picking words,
        else, of the passages saying a word of each, the one saying most picking words; not
        one the last answer came from, nor, when the last question asked about the subject
        itself (its title's words alone), of the subject's document. Before any subject, it is
        asked what it is about. None when the question is no such one or no passage says them."""
        another = ANOTHER_OF_KIND.match(corrected)
        if another is None:
            return None
        if state.topic is None:
            # "And the one from 1963?" before any subject: ask what it is about.
            return Resolution("no_topic", intent)
        unasked = self.words.generic | self.words.answer_words
        picking = [t for t in self.retriever.query_tokens(another.group("rest") or another.group("ordinal")) if t not in unasked]
        kind = [t for t in state.last_tokens if t not in unasked and t not in picking]
        if not picking or not kind:
            return None
        if another.group("ordinal"):
            # "Who was the second one?" after the current UN Secretary-General: the one of the
            # kind the subject's document counts so ("the second UN Secretary-General").
            found = self.retriever.search("", tokens=kind + picking, within_doc=state.topic, k=SECTIONS_WEIGHED)
            counted = [p for p in found.passages if set(picking) <= set(p.matched)]
            return self.passages.from_result(replace(found, passages=counted), intent) if counted else None
        tokens = kind + picking
        # A document of several subjects ("START treaties (START I, START II and New
        # START)") holds the others of their kind.
        topic = state.topic
        itself = set(kind) <= self.retriever.title_terms(topic) and not self.retriever.bracketed_names(topic) and not self.retriever.subjects_apart(topic)
        # Asked what it is, a document the picking words name is what the one relates to, not
        # the one: "the one that ended the Thirty Years' War" is the Peace of Westphalia, not
        # the war (while "the one who coined preventive diplomacy" is found in its document).
        related = set(self.retriever.mentioned_documents(picking)) if intent == "definition" else set()
        # It says a word of the kind too: after NATO, the consular convention of 1963 is no
        # other one.
        # So is a document titled with the kind's words whose passage says the picking words
        # ("the one for consulates" after the Vienna Convention on Diplomatic Relations: the
        # Vienna Convention on Consular Relations, whose title says "consular", not "consulates").
        kinds, picks = set(kind), set(picking)
        kin_titled = [
            p.chunk.doc_id for p in self.retriever.search("", tokens=tokens, k=SECTIONS_WEIGHED).passages
            if self.retriever.title_terms(p.chunk.doc_id) & kinds and picks <= set(p.matched)
        ]
        candidates = dict.fromkeys([*self.retriever.titled_with(picking), *kin_titled])
        allowed = [d for d in candidates if not (itself and d == topic) and d not in related and len(self.retriever.lacks(d, kind)) < len(kind)]
        if allowed:
            # A document whose title has the picking words and a word of the kind is the one
            # they pick ("Paris Agreement on climate change (2015)", "Vienna Convention on the
            # Law of Treaties" for "the one on treaties"); of the rest, the one whose title
            # shares most of the kind's words, else that says them best (the Paris Agreement
            # names Kyoto, the JCPOA of 2015 does not).
            def kinship(doc_id: str) -> tuple[bool, int, float]:
                title = self.retriever.title_terms(doc_id)
                found = self.retriever.search("", tokens=tokens, within_doc=doc_id, k=1).passages
                return bool(title & picks) and bool(title & kinds), len(title & kinds), found[0].score if found else 0.0

            doc_id = max(allowed, key=kinship)
        else:
            found = [
                p for p in self.retriever.search("", tokens=tokens, k=SECTIONS_WEIGHED).passages
                if p.chunk.id not in state.last_shown and not (itself and p.chunk.doc_id == topic) and p.chunk.doc_id not in related
            ]
            said = self.retriever.index.terms_in([self.retriever.position[p.chunk.id] for p in found], tokens)
            # Else the passage saying most picking words, and a word of the kind: "2010" alone
            # is another thing of that year.
            best = max(((len(set(words) & set(picking)), p.score, p.chunk.doc_id) for p, words in zip(found, said) if set(words) & set(picking) and set(words) & set(kind)), default=None)
            if best is None:
                return None
            doc_id = best[-1]
        # What it is asked of is told without the name of the one already answered ("Kyoto
        # Protocol" beside the Paris Agreement's "2015"), which the next question must not
        # carry either.
        own = [t for t in kind if t not in self.retriever.title_terms(topic)] + picking
        if intent == "definition" and doc_id != topic:
            # Asked what it is: what its own document says it is, from the start.
            return Resolution("answer", intent, own, [self.passages.overview_passage(doc_id, [])], doc_id, defining_first=True)
        return self.passages.from_result(self.retriever.search("", tokens=own, within_doc=doc_id, k=SECTIONS_WEIGHED), intent)

    def others_of_kind(self, thing: str, intent: str, tokens: list[str], state: State) -> Resolution | None:
        """"Which treaties were made under it?" after "what's the UNFCCC?": things of that
        kind other than the subject the last question named, answered by the sentence of the
        subject's document naming most documents of the kind ("The Kyoto Protocol of 1997
        and the Paris Agreement of 2015 were both adopted under the UNFCCC"), not by the
        subject's own definition ("... is the international treaty ..."). None when one thing
        is asked for, the last question asked about more than the subject, or no sentence
        names two."""
        topic = state.topic
        asked = {t for t in state.last_tokens if t not in self.words.generic}
        several = thing.endswith("s") and not thing.endswith("ss")  # "treaties", not "treaty"
        if topic is None or not several or not asked or not asked <= self.retriever.title_terms(topic):
            return None
        stem = set(self.retriever.query_tokens(thing))
        kin = next((group for word, group in self.passages.intents.thing_kin.items() if set(self.retriever.query_tokens(word)) == stem), (thing,))
        kinds = self.retriever.terms_of(kin)
        of_kind = {d for d in self.retriever.documents if d != topic and self.retriever.title_terms(d) & kinds}
        best: tuple[int, int, int] | None = None  # how many it names, then the first such
        for index in self.retriever.doc_chunks[topic]:
            for at, (_, words) in enumerate(self.passages.reader.of(self.retriever.chunks[index])):
                count = len(of_kind.intersection(self.retriever.mentioned_documents(list(words)) + self.retriever.titled_by_concepts(list(words))))
                if count > 1 and (best is None or count > best[0]):
                    best = (count, index, at)
        if best is None:
            return None
        return Resolution("answer", intent, tokens, [Passage(self.retriever.chunks[best[1]], 0.0, [])], topic, anchor=best[2])
