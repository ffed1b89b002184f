"""Comparisons ("the difference between X and Y", "is X the same as Y?"): the sides as
meant, each side's passage, and the sentences that set them apart."""

from __future__ import annotations

from dataclasses import dataclass, replace
import re
from math import fsum

from tutor.answering.resolution.outcome import Resolution
from tutor.answering.resolution.passages import PassageChooser
from tutor.answering.resolution.state import State
from tutor.answering.resolution.vocabulary import YEAR_TOKEN, QuestionWords
from tutor.answering.sentences import SentenceReader, announces, plainly_a_list
from tutor.answering.understanding import IntentModel
from tutor.search.knowledge import Chunk
from tutor.search.retrieval import Passage, Retriever, SearchResult
from tutor.search.text import ARTICLES, fold
from tutor.tuning import COMPARISON_SIDE_TIE_MARGIN, KEY_DIFFERENCE_PASSAGES, KEY_OWN_DOCUMENT_PASSAGES, KEY_SIDE_OPENING_WORDS, KEY_SUBJECT_WORDS, KIND_DEFINITION_PASSAGES

OPENING_WORD = re.compile(r"[\w'-]+")
# A sentence pointing back to what its section is about ("these weaknesses").
POINTS_BACK = re.compile(r"\b(?:this|these|those)\b|\bsuch\b(?! as\b)", re.IGNORECASE)
# A sentence saying how two things are alike states no difference.
LIKENESS = re.compile(r"(like|as with|similarly)\b", re.IGNORECASE)

# A name ending in a small number, and the number in roman numerals ("start 1", "START I").
NUMBERED = re.compile(r"(.*\S)\s+([1-4])")
# How far a side goes, said after it ("breaking off diplomatic relations completely"): no word
# of what the side is.
DEGREE_AT_END = re.compile(r"\s+(?:completely|entirely|altogether|totally|fully|outright|for good)\W*$")
ROMAN_NUMERALS = {"1": "i", "2": "ii", "3": "iii", "4": "iv"}
# A side of a comparison that stands for the other's noun ("the one on consular relations"),
# and what qualifies a noun ("vienna convention | on diplomatic relations").
ONE_OF_THE_KIND = re.compile(r"^(?:the|that) one\b")
# A comparison asking which of the two does something ("which one can make binding
# decisions, the general assembly or the security council?").
WHICH = re.compile(r"\bwhich\b")
# "Which one ... and which one ...": each side asked for in one sentence.
WHICH_OF_EACH = re.compile(r"\bwhich\b[^?.!;]*\band which\b")
# Words asking for a comparison, which say nothing of what is compared.
COMPARING_WORDS = "vs versus compare compared better worse more less most least"
# A comparative's "than" and the few words after it, what it compares with ("cheaper than
# war, peacekeeping or reconstruction", "faster than ideas from pure track two dialogue"); not "rather than", which sets one thing instead of another.
THAN = re.compile(r"(?<!\brather )\bthan\b((?:\W+[\w'-]+){1,6})")
QUALIFIER = re.compile(r"\b(?:on|of|for|in|to|with|from|between|about)\b")


# A sentence defining a kind by its one word ("A protocol is ...", "An embargo is ...").
KIND_DEFINED = re.compile(r"(?:A|An)\s+(?P<kind>[a-z][\w-]*)\s+(?:is|means)\b")
# A side asked with an indefinite article: a kind of thing ("a treaty"), not a named one.
INDEFINITE = re.compile(r"\W*(?:a|an)\s", re.IGNORECASE)
# A sentence giving one thing as another under another name: renamed, "under a new name",
# "(still) widely called", "also known as", "formerly".
ANOTHER_NAME = re.compile(r"\b(?:renamed|under a new name|(?:still |also |widely |often |usually )*called|also known as|formerly)\b", re.IGNORECASE)


@dataclass
class Comparisons:
    """Resolves comparisons, each side found on its own (see `compare`)."""

    retriever: Retriever
    intents: IntentModel
    reader: SentenceReader
    words: QuestionWords
    passages: PassageChooser

    def sides_meant(self, sides: tuple[str, str], state: State) -> tuple[str, str]:
        """The sides of a comparison as meant.

        "It" or "that" is what the last question asked about: after "what is a consul?",
        "how is that different from an ambassador?" compares consuls (not the whole
        subject's title, "Consuls and attachés"). A first side shorter than the second shares
        its noun when the knowledge says it so ("bilateral vs multilateral diplomacy",
        "signing vs ratifying a treaty", "de jure vs de facto recognition"; not "mediation vs
        good offices", "treaty vs un resolution", "kyoto vs paris agreement"). A second side
        that is a year alone is the first with that year ("vienna convention 1961 vs 1963"),
        and "the one" of a second side the first's noun ("... vs the one on consular relations").
        A number ending a side is written as the knowledge writes it (`_as_numbered`), and a
        word of degree after it is left out (`DEGREE_AT_END`).
        """
        pointing = self.intents.pronouns | self.intents.demonstratives
        a, b = (self._as_numbered(DEGREE_AT_END.sub("", side)) for side in sides)
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
        named = self.retriever.query_tokens(subject)
        if set(named) <= self.words.generic or state.topic in self.retriever.mentioned_documents(named):
            # The last question named nothing ("what's an example?"), or named the subject's
            # document while asking something of it ("why did the US never ratify the Kyoto
            # Protocol?"): "it" is the subject.
            subject = self.retriever.documents[state.topic].short_title
        return (subject if a.strip() in pointing else a), (subject if b.strip() in pointing else b)

    def _as_numbered(self, side: str) -> str:
        """A side ending in a number as the knowledge numbers it: "start 1" is "START I" when
        the knowledge says "START I" and never "START 1" ("track 1" stays)."""
        numbered = NUMBERED.fullmatch(side)
        # The mark of a name's stand-in ("salt+" for SALT) is no word the knowledge writes.
        if numbered is None or self.retriever.says_phrase(side.replace("+", "")):
            return side
        roman = f"{numbered.group(1)} {ROMAN_NUMERALS[numbered.group(2)]}"
        return roman if self.retriever.says_phrase(roman.replace("+", "")) else side

    def unknown_side(self, sides: tuple[str, str]) -> tuple[int, SearchResult] | None:
        """The side of a comparison the knowledge never names, when it names the other
        ("asean vs mercosur", "nato vs the gulf cooperation council"), with the search of the
        side it names, which answers: None when it names both, or neither, or the other is no
        subject of its own: not a glossary name, nor the title of the document it leads to
        ("is there a", the "merge" of "git rebase vs merge")."""
        results = [self.retriever.search(side) for side in sides]
        unknown = [not self._named(side, result) for side, result in zip(sides, results)]
        if unknown.count(True) != 1:
            return None
        other = results[unknown.index(False)]
        if not other.tokens or not self.retriever.in_scope(other) or other.top is None:
            return None
        subject = any(t.startswith("=") for t in other.tokens) or self.reader.names(self.retriever.title_terms(other.top.chunk.doc_id), set(other.tokens))
        return (unknown.index(True), other) if subject else None

    def _named(self, side: str, result: SearchResult) -> bool:
        """Whether the knowledge names a side: a name its glossary knows, its words in a row
        (a hyphen as a space: "brest litovsk"), those before what qualifies it ("a protocol |
        in treaty language"), the title and heading of its best passage, or all its words in one
        sentence of its best passages ("recognising a state"), `result` being its search. A side of no word the search weighs ("is there a") is not judged here."""
        if not result.tokens or any(t.startswith("=") for t in result.tokens):
            return True
        if not self.retriever.in_scope(result):
            return False
        head = QUALIFIER.split(side)[0].strip()
        if any(self.retriever.says_phrase(text) for text in dict.fromkeys((side, side.replace("-", " "), head)) if text):
            return True
        words = set(result.tokens)
        top = result.passages[0].chunk
        if self.reader.names(self.retriever.title_terms(top.doc_id) | set(self.retriever.query_tokens(top.section)), words):
            return True  # "the paris climate deal", "nuclear deterrence": by the title and heading of its best passage
        return any(words <= set(said) for passage in result.passages[:KEY_DIFFERENCE_PASSAGES] for _, said in self.reader.of(passage.chunk))

    def same_thing(self, sides: tuple[str, str]) -> bool:
        """Whether two names are one thing: both are names the glossary gives one concept
        ("the Belfast Agreement", "the Good Friday Agreement"), or a sentence of the knowledge
        gives one as the other's name (`named_as_one`). Two terms of the knowledge base are
        otherwise two things ("a treaty", "a convention"), however alike."""
        concepts = [{t for t in self.retriever.query_tokens(side) if t.startswith("=")} for side in sides]
        return (bool(concepts[0]) and concepts[0] == concepts[1]) or self.named_as_one(sides)

    def named_as_one(self, sides: tuple[str, str]) -> bool:
        """Whether a sentence of the passages best matching both sides names both and says
        one is the other under another name ("the CSCE was renamed the OSCE", "the FCDO, ...
        still widely called the Foreign Office"). Only of named things: a side asked with "a"
        or "an" is a kind ("is a treaty the same as a convention?"), which a name joining the
        two words ("The Ottawa Convention, also called the Ottawa Treaty") does not make one."""
        if any(INDEFINITE.match(side) for side in sides):
            return False
        terms = [set(self.retriever.query_tokens(side)) for side in sides]
        if not all(terms):
            return False
        passages = self.retriever.search(" ".join(sides)).passages[:KEY_DIFFERENCE_PASSAGES]
        return any(
            all(side <= words for side in terms) and ANOTHER_NAME.search(sentence)
            for passage in passages for sentence, words in self.reader.of(passage.chunk)
        )

    def compare(self, corrected: str, sides: tuple[str, str]) -> Resolution | None:
        """Both sides of "difference between X and Y", each found on its own.

        When both sides lead to the same document (a head of state and a head of
        government), that document answers the comparison itself.
        """
        found: list[tuple[str, list[Passage]]] = []
        side_tokens: list[set[str]] = []
        focus = self._asked_of_both(corrected, sides)
        results = [self.retriever.search(side) for side in sides]
        if not all(self.retriever.in_scope(result) for result in results):
            return None
        results = [self._in_light_of(results[0], results[1]), self._in_light_of(results[1], results[0])]
        results = [self._as_defined(side, result) for side, result in zip(sides, results)]
        for side, result in zip(sides, results):
            resolution = self.passages.from_result(result, "definition")
            if focus:
                # "Which one has binding targets?": each side from its document's section
                # on what is asked, when one has it.
                asked = self.retriever.search("", tokens=[*result.tokens, *focus], within_doc=resolution.passages[0].chunk.doc_id)
                if asked.passages and set(asked.passages[0].matched) & set(focus):
                    resolution = self.passages.from_result(asked, "definition")
            doc = self.retriever.documents[resolution.passages[0].chunk.doc_id]
            # Under its document's title, unless that names another thing ("Treaties and
            # resolutions" for the General Assembly): then under the glossary's name for it,
            # else as the question puts it ("Signing a treaty", not "Heads of state and heads
            # of government").
            named = self.reader.names(self.retriever.title_terms(doc.id), set(result.tokens))
            found.append((doc.short_title if named else self._side_name(set(result.tokens)) or self._as_heading(side), resolution.passages[:1]))
            side_tokens.append(set(result.tokens))
        if found[0][1][0].chunk.doc_id == found[1][1][0].chunk.doc_id:
            doc_id = found[0][1][0].chunk.doc_id
            own = [self._own_section(doc_id, *side_tokens, focus), self._own_section(doc_id, *reversed(side_tokens), focus)]
            # The side the document is about (its title names it and nothing of the other: the
            # UN against the UN Charter, not a treaty in "Treaties and resolutions") is its overview.
            title, terms = self.retriever.title_terms(doc_id), self._side_terms(side_tokens)
            titled = [self.reader.names(title, terms[i]) and not title & terms[1 - i] for i in (0, 1)]
            if titled.count(True) == 1:
                own[titled.index(True)] = self.passages.overview_passage(doc_id, [])
            contrasting = self._contrasting_heading(doc_id, *side_tokens)
            if own[0] is not None and own[1] is not None and own[0].chunk.id != own[1].chunk.id and contrasting is None:
                # Each side has a section of its own ("When and why the G20 began", "G7
                # members and how it works") and none says how they differ ("Difference
                # between good offices and mediation"): they answer side by side, after a
                # sentence of the document that contrasts them, if one does.
                whole = self.retriever.search("", tokens=[t for side in side_tokens for t in side], within_doc=doc_id)
                keys = [p for p in whole.passages[:KEY_DIFFERENCE_PASSAGES] if p.chunk.id not in {own[0].chunk.id, own[1].chunk.id}]
                key, sentences = self._key_difference(keys, side_tokens[0], side_tokens[1], contrasting=True)
                if key is None:
                    # Else a side's own section may set it against the other outright ("The
                    # Council of Europe is not an institution of the European Union but ...,
                    # whereas the EU ..."), as across documents; not by a "while" of time
                    # ("runs the embassy while the ambassador is absent").
                    key, sentences = self._key_difference(own, side_tokens[0], side_tokens[1], contrasting=True)
                    if not any(self.reader.has_cue(sentence, "sets_apart") for sentence in sentences):
                        key, sentences = None, []
                if focus:
                    key, sentences = self._which_one(key, sentences, own, side_tokens, focus)
                # Each side under the name the glossary gives what it asks about ("G20"),
                # else its section's heading.
                # A side answered by the overview goes by the document's short title ("SALT I and
                # the ABM Treaty"), not "Overview"; names the glossary gives both sides alike
                # ("SALT" of SALT I and SALT II) tell them apart no more.
                names = [self._side_name(side) for side in side_tokens]
                first = self.retriever.doc_chunks[doc_id][0]
                headings = [self.retriever.documents[doc_id].short_title if self.retriever.position.get(passage.chunk.id) == first else passage.chunk.section for passage in own]
                titles = names if all(names) and names[0] != names[1] else headings
                sides_found = [(str(title), [passage]) for title, passage in zip(titles, own)]
                return Resolution(
                    "comparison", "comparison", whole.tokens, [], doc_id, sides=sides_found, side_terms=self._side_terms(side_tokens), key=key, key_sentences=sentences
                )
            # Within the document both sides lead to: its section headed as setting them apart
            # answers, however the question asks ("mediation vs good offices": "Difference
            # between good offices and mediation"; "g7 or g20, which one matters more?", whose
            # "matters" would find why both matter); else "differs" finds its section on how
            # they differ, and "vs" no other document ("Track one vs track two").
            if contrasting:
                whole = self.retriever.search("", tokens=[t for side in side_tokens for t in side] + self.retriever.query_tokens(contrasting), within_doc=doc_id)
            else:
                whole = self.retriever.search(corrected, within_doc=doc_id)
            if not whole.passages:
                return None
            answer = self.passages.from_result(whole, "comparison")
            # The sentence of the answering section that sets the sides apart outright opens
            # it ("The GATT was an agreement ..., whereas the WTO is ..."), not the definition
            # of one side before it.
            own = self._side_terms(side_tokens)
            said = self.reader.of(answer.passages[0].chunk)
            apart = next((at for at, (sentence, words) in enumerate(said) if self.reader.has_cue(sentence, "sets_apart") and all(self.reader.names(words, terms) for terms in own)), None)
            answer = replace(answer, side_terms=own)
            return replace(answer, anchor=apart) if apart is not None else answer
        # Across documents, the key difference is looked for with what is compared, not the
        # words asking for a comparison ("vs", "difference"), which find "Track one vs track two".
        # So are the sections of each side's own document that best name the other, by any of
        # its names ("How decisions were made: the unanimity rule" of the League of Nations,
        # naming the UN Charter).
        whole = self.retriever.search("", tokens=[t for side in side_tokens for t in side])
        side_chunks = {p.chunk.id for _, passages in found for p in passages}
        documents = (found[0][1][0].chunk.doc_id, found[1][1][0].chunk.doc_id)
        naming_other = [
            self.retriever.search("", tokens=sorted(self._called(side_tokens[1 - i]) - side_tokens[i]), within_doc=documents[i]).passages
            for i in (0, 1)
        ]
        # The sides' own passages, shown anyway, take none of the places ("Entry into force" of
        # the Kyoto Protocol, the side "ratifying", left out "How a treaty is made", which sets
        # signing and ratifying apart).
        keys = [p for p in whole.passages if p.chunk.id not in side_chunks][:KEY_DIFFERENCE_PASSAGES]
        own_naming = [[p for p in naming if p.chunk.id not in side_chunks][:KEY_OWN_DOCUMENT_PASSAGES] for naming in naming_other]
        keys = list({p.chunk.id: p for p in [*keys, *own_naming[0], *own_naming[1]]}.values())
        key, sentences = self._key_difference(keys, side_tokens[0], side_tokens[1], documents=documents)
        if key is None:
            # Else the side's own passage may set it against the other ("The START treaties went
            # further than the earlier SALT agreements, which mostly capped growth" of the START
            # treaties' overview), though its sentences are shown beside the other's.
            shown = [p for naming in naming_other for p in naming[:KEY_OWN_DOCUMENT_PASSAGES] if p.chunk.id in side_chunks]
            key, sentences = self._key_difference(shown, side_tokens[0], side_tokens[1], documents=documents)
        if focus:
            key, sentences = self._which_one(key, sentences, [passages[0] for _, passages in found], side_tokens, focus)
        topic = key.chunk.doc_id if key is not None else found[0][1][0].chunk.doc_id
        return Resolution("comparison", "comparison", whole.tokens, [], topic, sides=found, side_terms=self._side_terms(side_tokens), key=key, key_sentences=sentences)

    def _as_defined(self, side: str, result: SearchResult) -> SearchResult:
        """A side asked as a kind, with "a" or "an" and one term ("a protocol", "an embargo"),
        or as a word alone that names its best passage's subject only as part of a name
        ("protocol vs treaty": the Montreal Protocol), read where the knowledge defines the kind
        ("A protocol is a treaty that adds to ...") when its best passage does not: not from a
        thing named after it that matches better ("the Geneva Protocol of 1925", "the Montreal
        Protocol")."""
        terms = [t for t in result.tokens if not t.startswith("=")]
        if len(terms) != 1 or not result.passages:
            return result
        best_document = result.passages[0].chunk.doc_id
        asked_as_kind = INDEFINITE.match(side) is not None or len(side.split()) == 1 and self._named_after(best_document, terms)
        if not asked_as_kind or self._document_defines(best_document, terms[0]):
            return result
        defining = next((p.chunk for p in self.retriever.search("", tokens=terms, k=KIND_DEFINITION_PASSAGES).passages if self._defines(p.chunk, terms[0])), None)
        if defining is None:
            return result
        found = self.retriever.search("", tokens=result.tokens, within_doc=defining.doc_id)
        ordered = sorted(found.passages, key=lambda p: p.chunk.id != defining.id)
        return replace(found, passages=ordered) if ordered and ordered[0].chunk.id == defining.id else result

    def _named_after(self, doc_id: str, terms: list[str]) -> bool:
        """Whether a document's subject is a thing named after the one term: a capitalised word
        of its short title but the first ("Montreal Protocol" for "protocol"; not "Diplomatic
        ranks, precedence and protocol")."""
        words = self.retriever.documents[doc_id].short_title.split()[1:]
        return any(word[:1].isupper() and self.retriever.query_tokens(word) == terms for word in words)

    def _defines(self, chunk: Chunk, term: str) -> bool:
        """Whether a sentence of the chunk defines the term as a kind ("A protocol is ...")."""
        return any(self._defining(sentence, term) for sentence, _ in self.reader.of(chunk))

    def _document_defines(self, doc_id: str, term: str) -> bool:
        """Whether a sentence of the document defines the term as a kind: its definition then
        answers the side ("An embassy is ..." in its own section of the document found)."""
        return any(self._defining(sentence, term) for _, sentence, _ in self.reader.of_document(doc_id))

    def _defining(self, sentence: str, term: str) -> bool:
        defined = KIND_DEFINED.match(sentence)
        return defined is not None and self.retriever.query_tokens(defined["kind"]) == [term]

    def _in_light_of(self, result: SearchResult, other: SearchResult) -> SearchResult:
        """A side whose best documents all but tie, read as the one linked (by `related`,
        either way) to the other side's document: "paris" beside "kyoto" is the Paris
        Agreement, which scores within 1% of the Congress of Paris and the Paris Peace
        Accords on "paris" alone. A side naming something the glossary knows ("track 1")
        is what it names."""
        if any(t.startswith("=") for t in result.tokens):
            return result
        best, others = result.passages[0], other.passages[0].chunk.doc_id
        linked = set(self.retriever.documents[others].related)
        linked |= {doc.id for doc in self.retriever.documents.values() if others in doc.related}
        if best.chunk.doc_id in linked | {others}:
            return result
        tied = [p for p in result.passages if p.score >= best.score * (1 - COMPARISON_SIDE_TIE_MARGIN)]
        meant = next((p.chunk.doc_id for p in tied if p.chunk.doc_id in linked - {others}), None)
        if meant is None:
            return result
        return replace(result, passages=sorted(result.passages, key=lambda p: p.chunk.doc_id != meant))

    def _asked_of_both(self, corrected: str, sides: tuple[str, str]) -> list[str]:
        """What a "which one ...?" comparison asks of its two sides ("can make binding
        decisions", "includes China"): its terms less the sides' and those asking for a
        comparison or that any subject could take. None for other comparisons, whose other
        words are remarks ("im confused", "explain like im 12"), and for one asking "which"
        of each side ("ICJ or ICC - which one puts people on trial and which one is for
        countries"): that asks what sets them apart, which the key difference says."""
        if not WHICH.search(corrected) or WHICH_OF_EACH.search(corrected):
            return []
        named = self.retriever.terms_of(sides)
        comparing = set(self.retriever.query_tokens(COMPARING_WORDS))
        searched = self.intents.without_pronoun_one(corrected)[0]
        return [
            t for t in dict.fromkeys(self.retriever.query_tokens(searched))
            if t not in named and t not in self.words.generic and t not in comparing and not self.reader.has_cue(t, "comparison")
        ]

    def _which_one(self, key: Passage | None, sentences: list[str], passages: list[Passage], side_tokens: list[set[str]], focus: list[str]) -> tuple[Passage | None, list[str]]:
        """The key difference of a "which one ...?" comparison: the one found when it says
        what is asked (`focus`), else the sentence of one side's passage that names the side
        and says most of what is asked, when the other side's says less ("The 19 countries
        are ... China ..." for "which one includes China?"); else none. Asked for what both
        have ("which has more members?"), the sides answer side by side."""
        idf = self.retriever.index.idf_of
        def said(words: frozenset[str]) -> float:
            return fsum(idf(t) or 0.0 for t in set(focus) & words)
        if key is not None and any(said(words) for sentence, words in self.reader.of(key.chunk) if sentence in sentences):
            return key, sentences
        own = self._side_terms(side_tokens)
        answers: list[tuple[float, list[str]]] = []
        for i, passage in enumerate(passages):
            said_here = self.reader.of(passage.chunk)
            value, at = max(((said(words), at) for at, (_, words) in enumerate(said_here)), default=(0.0, 0))
            naming = [j for j, (_, words) in enumerate(said_here[: at + 1]) if self.reader.names(words, own[i])]
            # Said of the side by name, or by the sentence before that names it ("The G20 has
            # 21 members ... The 19 countries are Argentina, ..., China, ...").
            answers.append((value, [said_here[j][0] for j in dict.fromkeys([naming[-1], at])]) if value and naming else (0.0, []))
        first, second = sorted(range(2), key=lambda i: answers[i][0], reverse=True)
        if answers[first][0] > answers[second][0]:
            return passages[first], answers[first][1]
        return key, sentences

    @staticmethod
    def _as_heading(side: str) -> str:
        """A side as the question names it, written as a heading: "Embassy" of "an embassy"."""
        words = side.split()
        while len(words) > 1 and words[0] in ARTICLES:
            words.pop(0)
        name = " ".join(words)
        return name[:1].upper() + name[1:]

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
        name = self.retriever.kb.glossary.canonical_name(concepts[0]) if len(concepts) == 1 else None
        # A heading's capital: "Ratification", not the glossary's "ratification".
        return name[:1].upper() + name[1:] if name else None

    def _own_section(self, doc_id: str, side: set[str], other: set[str], focus: list[str]) -> Passage | None:
        """The section of a document about one side of a comparison and not the other: the
        best by BM25 on the side's own words (and what the question asks of both, `focus`)
        whose heading names the side but not the other ("Recognition of governments: de
        jure and de facto" for a government against a state), or none."""
        # A side naming all the other's words and more ("SALT II" against "SALT I") is told
        # by its own words alone: the other's are its too.
        own, others = self._naming(side, other), self._naming(other, side) if other - side else set()
        if all(t.replace(".", "").isdigit() for t in own):
            return None  # "START 1": a number names no section ("track one", "1,550 warheads")
        for passage in self.retriever.search("", tokens=[*own, *focus], within_doc=doc_id).passages:
            heading = set(self.retriever.query_tokens(passage.chunk.section))
            if heading & own and not heading & others:
                return passage
        return None

    def _contrasting_heading(self, doc_id: str, first: set[str], second: set[str]) -> str | None:
        """The heading of a section of the document headed as setting the two sides apart:
        both sides' own words and a word of contrast ("Difference between good offices and
        mediation", not "Why the G7 and G20 matter"), or None."""
        own = self._naming(first, second), self._naming(second, first)
        for i in self.retriever.doc_chunks[doc_id]:
            section = self.retriever.chunks[i].section
            heading = set(self.retriever.query_tokens(section))
            if heading & own[0] and heading & own[1] and self.reader.has_cue(section.casefold(), "comparison"):
                return section
        return None

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
        involves ... Multilateral negotiation involves ...") or the second set against the
        first ("The Security Council, by contrast, ..."). A sentence of a side's own
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
            concepts = [{t for t in self.retriever.title_terms(documents[i]) if t.startswith("=")} if documents is not None else set() for i in (0, 1)]
            openings = [OPENING_WORD.findall(s.lower())[:KEY_SIDE_OPENING_WORDS] for s, _ in said]
            # The opening words that are neither a side nor an article: how a sentence says what it says of its side.
            saying = [{w for w in words if w not in ARTICLES and not set(tokens_of([w])[0]) & sides} for words in openings]
            contrasts = [self.reader.has_cue(s, "contrast") for s, _ in said]
            # What a sentence is about: the side named in its first few words ("A convention
            # is ...", not "Under the Interim Agreement, neither side could start ...").
            leads = [set(tokens) for tokens in tokens_of([" ".join(words[:KEY_SUBJECT_WORDS]) for words in openings])]
            opening_terms = [set(tokens) for tokens in tokens_of([" ".join(words) for words in openings])]
            for at, (sentence, words) in enumerate(said):
                runs: list[tuple[frozenset[str], int, bool]] = []  # the words named, how many sentences, whether they contrast
                likens = bool(LIKENESS.match(sentence))  # "Like track two, track one and a half diplomacy cannot ..."
                # "... has weaknesses as well as strengths." announces, and contrasts nothing.
                # A side its own document's sentence leaves unnamed is what the sentence sets the
                # other against only when its opening words name the other ("The framers of the UN
                # Charter later tried to correct these weaknesses" of the League; "The later Oslo Accords of 1993
                # took a different route" of Camp David), or the side by its document's glossary
                # name ("The VCCR is the companion of ..." for the 1963 convention); not "A chargé d'affaires en pied is ...
                # accredited to the foreign minister rather than the head of state" of an
                # ambassador against a foreign minister).
                unnamed = [not names(words, own[i]) for i in (0, 1)]
                about_other = all(not unnamed[i] or implied[i] and (names(opening_terms[at], own[1 - i]) or bool(opening_terms[at] & concepts[i])) for i in (0, 1))
                # Both sides among the items of a list ("An Agenda for Peace distinguished four
                # activities: preventive diplomacy, peacemaking, peacekeeping and ...") are named,
                # not set apart.
                listed = plainly_a_list(sentence) and all(names(set(tokens_of([sentence.split(":", 1)[1]])[0]), own[i]) for i in (0, 1))
                # A sentence contrasting only by a comparative compares with what follows its
                # "than": a side ("went further than the earlier SALT agreements"), not anything
                # ("a negotiated settlement is better than continued conflict").
                compared = not contrasts[at] or self.reader.has_cue(THAN.sub(" ", sentence), "contrast") or any(
                    names(set(tokens_of([than.group(1)])[0]), own[i]) for than in THAN.finditer(sentence) for i in (0, 1)
                )
                if contrasts[at] and not likens and not announces(sentence) and about_other and not listed and compared:
                    runs.append((words, 1, True))
                if at + 1 < len(said):
                    # Each about one side ("Bilateral diplomacy and multilateral diplomacy are
                    # ..." is about both).
                    each = any(
                        leads[at] & own[i] and not leads[at] & own[1 - i] and leads[at + 1] & own[1 - i] and not leads[at + 1] & own[i]
                        and names(words, own[i]) and names(said[at + 1][1], own[1 - i])
                        for i in (0, 1)
                    )
                    if each and (saying[at] & saying[at + 1] or self.reader.has_cue(said[at + 1][0], "contrast_back")):
                        runs.append((words | said[at + 1][1], 2, contrasts[at] or contrasts[at + 1]))
                for named, length, contrasts_them in runs:
                    if contrasting and not contrasts_them:
                        continue
                    weight = (contrasts_them, declared, length, fsum(idf(t) or 0.0 for t in named & sides))
                    if weight > best[0]:
                        opening = [said[0][0]] if length == 1 and at > 0 and POINTS_BACK.search(sentence) else []
                        best = (weight, passage, [*opening, *(s for s, _ in said[at : at + length])])
        return best[1], best[2]
