"""Finding the passages that answer a question, and deciding when none does.

The `Retriever` ties together the knowledge base, the tokenizer (with the glossary), typo
repair and the BM25 index. Its `search` returns scored passages plus the evidence used to
decide whether the question is in scope at all.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tutor.search.asides import asides
from tutor.search.bound_words import BoundWords
from tutor.search.everyday import EverydayStems
from tutor.search.knowledge import Chunk, Document, KnowledgeBase
from tutor.search.names import names_as_written, written_as_names
from tutor.search.spelling import Speller
from tutor.search.stored import StoredChunks
from tutor.search.text import CAPITAL, YEAR, Tokenizer, fold, split_sentences, split_words
from tutor.tuning import (
    ASKED_MATCH,
    DOMESTIC_FIT,
    BOUND_MAX_CHUNKS,
    EVERYDAY_WORD_WEIGHT,
    LABEL_TIE_MARGIN,
    MAIN_CLAUSE_FIT,
    MIN_COVERAGE,
    MIN_KNOWN,
    MIN_REST_COVERAGE,
    NAME_DOCUMENTS,
    NAME_PASSAGES,
    NAMED_DOCUMENT_SCORE,
    TALK_NAMING_KEYNESS,
    PHRASE_PASSAGES,
    REFERENCE_EVERYDAY_TERMS,
    REFERENCE_TERMS_OF_TRADE,
    TERM_OF_TRADE_KEYNESS,
    TERM_OF_TRADE_MARGIN,
    NUMBER_WEIGHT,
)

if TYPE_CHECKING:  # only named in annotations: a small cached knowledge base never imports NumPy
    from tutor.search.bm25 import Index
    from tutor.search.small_index import SmallIndex

# A document's title tokens: its short title's, its full title's, and each part's of a
# short title joining several subjects ("G7 and G20"; None for one subject).
TitleTokens = tuple[list[str], list[str], list[list[str]] | None]
# Where a title joins several subjects: "G7 and G20", "Track one vs track two diplomacy",
# and each comma of a list of them ("Ambassadors, chargés d'affaires and envoys").
TITLE_PARTS = re.compile(r"\s*,\s+(?:and\s+)?|\s+(?:and|vs\.?|versus)\s+")
# A number as a learner may write it: "78", "1990s", "90s", "5th".
NUMERAL = re.compile(r"\d+(?:s|th|st|nd|rd)?")
# Words saying when which, with numerals, may stand between "good" and the instance it
# qualifies ("a good 19th century example"; not "a good early example", which judges).
TIME_QUALIFIERS = "century centuries decade decades"
# The words setting a place where something happened ("in Africa", "near Asia"): a continent
# after one places what the question asks about (`Retriever.names_in`).
PLACING = frozenset({"in", "near", "across", "around", "over"})
# A word of a text, as a learner writes it ("P5+1", "d'affaires").
NAME_WORD = re.compile(r"\w(?:[\w'’.+-]*\w)?")
# What may join two words said as one phrase: nothing ("trade mark"), or "of" ("capital of France").
PHRASE_JOINS = ("", "of", "of the", "of a")
# The words before an aim word that make it the aim of what follows ("the aim of ...", "its
# purpose"), not a kind of aim ("a point of order").
AIM_OWNERS = ("the", "its", "their", "whole", "main", "real")
# Words asking for a case of what follows them ("an example of détente"), which makes no
# phrase with it (see `Retriever.asks_unsaid_compound`).
ASKING_FOR_A_CASE = frozenset({"example", "examples", "instance", "instances"})
CASE_OF = re.compile(r"\b(?:examples?|instances?)\s+of\b")
# A question asking what a thing is called ("what is the pope's ambassador called?"): "called"
# asks for its name, no part of it.
CALLED_AT_END = re.compile(r"\bcalled\W*$")
# An aim word between its owner and what has the aim ("the purpose of", "their aims in").
ASKED_AIM = re.compile(r"\b(?:" + "|".join(AIM_OWNERS) + r")\s+(?P<aim>\w+)\s+(?:of|for|behind|in)\b")
# A question asking what something is ("What is a communiqué?", "whats a ...").
DEFINING_QUESTION = re.compile(r"\W*what(?: is| are|'s|’s|s)\b", re.IGNORECASE)
# The query terms each passage contains are worked out for the best few passages only.
MATCHED_FOR = 3
# Words asking for a judgement of quality ("which company is best", "a good opening
# strategy", "which is better"): the knowledge base states facts, never which is best, so
# a question using one is declined unless the word is part of a phrase the knowledge base
# uses ("good offices", "Good Friday", "best known", or a question a section answers: "are
# bilateral talks better than multilateral ones?"). On tests/eval/dev every in-scope use
# is such a phrase.
JUDGEMENT_WORDS = "good better best worse worst favourite favorite"
# Before one of these words a judgement word asks for an instance, not a verdict ("a good
# example", "the best case of shuttle diplomacy").
INSTANCE_WORDS = "example instance case illustration"
# A list of names ("Argentina, Australia, Brazil and Canada"): three or more capitalised
# names of up to four words, separated by commas.
NAME = rf"{CAPITAL}[\w'’.-]*(?: (?:of |the |and )?{CAPITAL}[\w'’.-]*){{0,3}}"
NAME_LIST = re.compile(rf"(?:{NAME}, ){{2,}}(?:and )?{NAME}")
# What a question sets aside ("besides Tlatelolco, are there other ...?", "apart from
# Kissinger, who else ...?"): it asks for others than that.
SET_ASIDE = re.compile(
    r"\b(?:besides|beside|other than|apart from|aside from|except(?: for)?|excluding)\s+(?P<named>[^,;:?]+?)"
    r"(?=\s*(?:[,;:?]|$|\s(?:are|is|was|were|do|does|did|any|anything|who|what|which|name|give|has|have|can|could)\b))",
    re.IGNORECASE,
)
# Prefixes written as words of their own that turn the next word around ("non-compete").
TURNING_PREFIXES = frozenset({"non", "anti", "counter"})
# A word denying what the question says ("an agreement that wasn't a treaty"), which its
# terms leave out.
DENIAL = re.compile(r"\b(?:not|never|no|without|(?:do|does|did|is|was|were|are|ca|wo|would|could|should|has|have|had)n'?t)\b|\wn’t\b", re.IGNORECASE)
# A judgement word in the knowledge's text and what follows it in the same sentence.
JUDGEMENT_PHRASE = re.compile(rf"\b(?:{'|'.join(JUDGEMENT_WORDS.split())})\b[^.;:!?\n]{{0,60}}", re.IGNORECASE)


@dataclass
class Passage:
    """A retrieved chunk with its score and the query terms it contains."""

    chunk: Chunk
    score: float
    matched: list[str] = field(default_factory=list)


@dataclass
class SearchResult:
    """Passages for a query, best first, and the evidence for the in-scope decision."""

    tokens: list[str]
    passages: list[Passage]
    coverage: float = 0.0  # idf-weighted share of the query's terms found in the best passage
    known: float = 0.0  # share of the query's weight in terms the knowledge base has at all
    fit: float = 0.0  # share of the weight of those known terms that the best passage has
    named_documents: list[str] = field(default_factory=list)
    # The question asks which is good or best ("which sherpa company is best"), not a name.
    asks_judgement: bool = False
    # The question names something the knowledge writes as a name ("Japan"), which the best
    # passage does not name: it is about something else (`Retriever.names_some`).
    misses_named_subject: bool = False
    # The question uses a word of diplomacy in its everyday sense (`Retriever.everyday_senses`).
    everyday_sense: bool = False
    # The words of a country's internal matters the question says with nothing of relations
    # between states ("elect" in "how do Americans elect their president?"): `Retriever.domestic_focus`.
    domestic: tuple[str, ...] = ()
    # The question denies something (`DENIAL`): its terms say the opposite of what it asks.
    denies: bool = False
    # The terms of what the question sets aside (`SET_ASIDE`): it asks for others.
    set_aside: frozenset[str] = frozenset()
    # Documents named by title or by a glossary name of their title (the scope decision's).
    mentioned_documents: list[str] = field(default_factory=list)
    # Works out `rest_coverage` when it is first read: a search within each named document,
    # which the scope decision needs only when the question does not fit on its own.
    measure_rest: Callable[[], float] | None = field(default=None, repr=False, compare=False)
    _rest: float | None = field(default=None, repr=False, compare=False)

    @property
    def rest_coverage(self) -> float:
        """For a question naming documents: the best share of the question (incidental
        words left out) that one named document's best passage covers; 0 when none is named."""
        if self._rest is None:
            self._rest = self.measure_rest() if self.measure_rest is not None else 0.0
        return self._rest

    @property
    def top(self) -> Passage | None:
        return self.passages[0] if self.passages else None

    @property
    def top_score(self) -> float:
        return self.passages[0].score if self.passages else 0.0


class Retriever:
    """Search over a loaded knowledge base."""

    def __init__(
        self,
        kb: KnowledgeBase,
        index: Index | SmallIndex,
        word_counts: dict[str, int],
        common_words: Collection[str],
        stored: StoredChunks | None = None,
        keyness: dict[str, float] | None = None,
        bound: dict[str, tuple[int, frozenset[str]]] | None = None,
        titles: list[TitleTokens] | None = None,
    ) -> None:
        """`stored`: the chunks as the cache holds them (made into objects when used);
        without it, the chunks of the knowledge base's documents. `keyness`: each term's
        (`tutor.search.keyness`); without it, every term counts as a term of the trade.
        `bound`: the phrase of every term said only in one (`BoundWords.phrases`, as the
        cache keeps them); without it, each term's is worked out from the passages on first need.
        `common_words`: the cache gives them as a sorted list, which `EverydayStems` sorts in
        one pass. `titles`: the tokens of each document's titles (`title_tokens`, as the cache
        keeps them); without them, the titles are tokenised here."""
        self.kb = kb
        self.index = index
        everyday_words = common_words
        common_words = frozenset(common_words)  # no copy when it is one already
        kb.glossary.common_words = common_words
        self.tokenizer = Tokenizer(kb.glossary)
        self.speller = Speller(word_counts, common_words)
        self.word_counts = word_counts
        self.min_coverage = MIN_COVERAGE
        self.min_rest_coverage = MIN_REST_COVERAGE
        self.min_known = MIN_KNOWN
        self.common_words = common_words
        self.keyness = keyness if keyness is not None else {}
        self.chunks: Sequence[Chunk] = kb.chunks if stored is None else stored
        ids = [chunk.id for chunk in self.chunks] if stored is None else stored.ids
        self.position = dict(zip(ids, range(len(ids))))
        # A document's chunks follow one another (a document without chunks is never loaded).
        self.doc_chunks: dict[str, list[int]] = {}
        start = 0
        for doc in kb.documents.values():
            self.doc_chunks[doc.id] = list(range(start, start + len(doc.chunks)))
            start += len(doc.chunks)
        documents = list(kb.documents.values())
        titles = titles if titles is not None else self._tokenised_titles(documents)
        self._ordered_titles = [(doc.id, set(short)) for doc, (short, _, _) in zip(documents, titles)]
        self._doc_order = {doc_id: order for order, (doc_id, _) in enumerate(self._ordered_titles)}
        # Each title is filed under its rarest token, so that a question made of common words
        # meets few titles to check.
        self._titles_by_token: dict[str, list[int]] = {}
        for order, (_, title) in enumerate(self._ordered_titles):
            if title:
                self._titles_by_token.setdefault(min(title, key=self._rarest_first), []).append(order)
        self._full_title_tokens = {doc.id: frozenset(full) for doc, (_, full, _) in zip(documents, titles)}
        # Titles named by glossary concepts, filed under one of their concepts: built on first need.
        self._named_by_concept: dict[str, list[tuple[str, frozenset[str], frozenset[str]]]] | None = None
        self._title_parts = {doc.id: [frozenset(part) for part in parts] for doc, (_, _, parts) in zip(documents, titles) if parts is not None}
        self._subjects_apart: dict[str, bool] = {}  # see `subjects_apart`, worked out on first need
        self._bracketed: dict[str, frozenset[str]] = {}  # see `bracketed_names`, worked out on first need
        self._labels: dict[str, frozenset[str]] = {}  # see `_label_weight`, worked out on first need
        self._few: dict[str, bool] = {}  # see `said_in_few`, worked out on first need
        self._max_idf = index.largest_idf()
        self._everyday = EverydayStems(everyday_words, self.tokenizer.stem)
        self.bound = BoundWords(self._texts_with, self.tokenizer.word_tokens, bound)
        self._typical_idf: float | None = None  # the median idf, worked out on first need
        # Tokens that say what kind of answer is wanted rather than what it is about
        # ("example", "signed", "today"): the engine sets them from the intents.
        self.incidental: frozenset[str] = frozenset()
        # Tokens of a continent ("africa", "asia"): a place the question sets its subject in,
        # which a passage says by naming a country or town there; the engine sets them.
        self.regions: frozenset[str] = frozenset()
        # Tokens of a frame relating one subject to another ("play", "part", "affect"): the
        # engine sets them from the intents; the scope decision leaves them out.
        self.frame: frozenset[str] = frozenset()
        # Tokens of words saying how the learner sees the subject ("bother", "angry",
        # "pointless", "absolute"), or why it matters ("important"), and of verbs taking their
        # sense from their object ("put", "go"): the engine sets them from the intents; the
        # scope decision counts them only when the best passage has them ("special envoy" is
        # a term).
        self.attitude: frozenset[str] = frozenset()
        # Of those, the tokens of the words saying how the learner sees the subject alone
        # ("unfair", "pointless"): a yes/no claim of nothing but one gets no verdict.
        self.views: frozenset[str] = frozenset()
        # Tokens of the words that ask for a kind of answer ("how long did ... take/last"):
        # the engine sets them from the intents; the scope decision counts them only when the
        # best passage has them ("long" in "how long did the talks take?" is no subject).
        self.asking: frozenset[str] = frozenset()
        # Tokens of words asking what something was for ("the aim of Ostpolitik"): the engine
        # sets them; after "the" and before "of" they make no phrase with the subject.
        self.aim_words: frozenset[str] = frozenset()
        # Tokens of words a phrasing adds after the learner's own ("what ended the war" +
        # "terminated", the knowledge's word for it): the engine sets them from the intents;
        # the scope decision counts them only when the best passage has them, since the
        # learner never said them.
        self.supplied: frozenset[str] = frozenset()
        # Words of opposite sense, in pairs of lists ("join" and "leave", "first" and
        # "second"): the engine sets them from the intents; a section's question saying the
        # opposite of the learner's is no match for it (`question_match`).
        self.opposed_words: list[tuple[list[str], list[str]]] = []
        self._opposed: list[tuple[frozenset[str], frozenset[str]]] | None = None  # as terms, on first need
        self._question_tokens: dict[int, list[frozenset[str]]] = {}  # tokenised on first need
        self._judgement = frozenset(self.tokenizer.tokens(JUDGEMENT_WORDS))
        self._instance = frozenset(self.tokenizer.tokens(INSTANCE_WORDS))
        self._time_words = frozenset(self.tokenizer.tokens(TIME_QUALIFIERS))
        self._good = frozenset(self.tokenizer.tokens("good"))
        self._judgement_phrases: set[tuple[str, str]] | None = None  # found on first need
        self._names: dict[str, bool] = {}  # see `written_as_name`, worked out on first need
        # Patterns of a word of diplomacy in its everyday sense ("be diplomatic with my
        # coworkers", "the summit of a mountain"): the engine sets them from the intents.
        self.everyday_senses: list[re.Pattern[str]] = []
        # Patterns of a country's internal matters (elections, bills, courts, taxes) and of
        # relations between states: the engine sets them from the intents (`domestic_focus`).
        self.domestic_matters: list[re.Pattern[str]] = []
        self.foreign_relations: list[re.Pattern[str]] = []
        # What starts a yes/no question ("is", "did"): the engine sets it from the intents.
        self.yes_no: re.Pattern[str] | None = None
        # A clause of circumstance after the main one ("... if he commits a murder"), its
        # words in group 1: the engine sets it from the intents (see `circumstance_terms`).
        self.circumstance: re.Pattern[str] | None = None
        self._stored = stored

    @property
    def documents(self) -> dict[str, Document]:
        return self.kb.documents

    def repair(self, text: str, keep_case: bool = False, written: str | None = None) -> tuple[str, list[tuple[str, str]]]:
        """The question folded (unless `keep_case`), with typos repaired against the
        knowledge base's words (and, of several at one reach, one making a phrase the
        knowledge says with its neighbour, then one sharing a passage with the question's
        other words). `written`: the question as the learner wrote it (else `text`), whose
        words written as names (`names_as_written`) are repaired only into words the
        knowledge writes as names: "Metternic" is Metternich and "JCOA" the JCPOA, but
        "Stellaris" is no "settlers", nor "PMQs" the "PMs"."""
        names = names_as_written(text if written is None else written)

        def kept(word: str, fix: str) -> bool:
            return word in names and not all(t.startswith("=") or self.written_as_name(t) for t in self.query_tokens(fix))

        return self.speller.repair(text, self.says_phrase, self.shares_passage, keep_case, kept if names else None)

    def query_tokens(self, text: str) -> list[str]:
        return self.tokenizer.tokens(text)

    def concept_names_given(self, concepts: Iterable[str], asked: set[str]) -> list[set[str]]:
        """The words (less the concept itself) of each glossary name of the `concepts` that
        the question gives whole: all its words are among the `asked` terms ("secretary",
        "state" of "secretary of state")."""
        glossary = self.kb.glossary
        return [
            words
            for concept in concepts if concept.startswith("=")
            for name in glossary.names_of(concept)
            if (words := set(self.query_tokens(name)) - {concept}) and words <= asked
        ]

    def terms_of(self, words: Iterable[str]) -> frozenset[str]:
        """The search terms of a list of words or phrases (a word list of `dialogues/`), each
        read on its own: no two of them make a glossary name together (their words are
        stemmed in one batch: `Tokenizer.tokens_of_texts`)."""
        return frozenset(t for tokens in self.tokenizer.tokens_of_texts(list(words)) for t in tokens)

    def _tokenised_titles(self, documents: list[Document]) -> list[TitleTokens]:
        """Each document's `TitleTokens`, the titles' words stemmed in one batch (each title
        is still read on its own)."""
        short_titles = self.tokenizer.tokens_of_texts([doc.short_title for doc in documents])
        full_titles = self.tokenizer.tokens_of_texts([doc.title for doc in documents])
        return [
            (short, full, [self.tokenizer.tokens(part) for part in TITLE_PARTS.split(doc.short_title)] if TITLE_PARTS.search(doc.short_title) else None)
            for doc, short, full in zip(documents, short_titles, full_titles)
        ]

    def title_tokens(self) -> list[TitleTokens]:
        """Each document's `TitleTokens`, in the knowledge base's order, as the cache keeps them."""
        return [
            (sorted(short), sorted(self._full_title_tokens[doc_id]), [sorted(part) for part in self._title_parts[doc_id]] if doc_id in self._title_parts else None)
            for doc_id, short in self._ordered_titles
        ]

    def focus_tokens(self, doc_id: str, tokens: list[str]) -> list[str]:
        """The query terms that tell a document's sentences apart: all but its title's.

        In "who negotiated the Iran nuclear deal", "Iran" and "deal" name the JCPOA
        document; only "negotiated" says what is asked. Empty when the question names
        nothing but the subject ("What is the JCPOA?"). A question naming nothing but a
        subject the title's brackets list asks about that one: "what is New START?" is not
        about the START series (`bracketed_names`).
        """
        title = self._full_title_tokens.get(doc_id, frozenset())
        focus = [t for t in tokens if t not in title] or [t for t in tokens if t in self.bracketed_names(doc_id)]
        # A title of several subjects ("G7 and G20"): when the question asks something of
        # one of them, that subject tells the sections apart ("which countries are in the G7?").
        telling = self.subject_named(doc_id, tokens)
        if focus and telling:
            return [t for t in tokens if t not in title or t in telling]
        return focus

    def named_title_parts(self, doc_id: str, tokens: list[str]) -> list[frozenset[str]]:
        """The subjects of a title of several ("SALT I and the ABM Treaty") that the
        question names, when it names some but not all of them."""
        parts = self._title_parts.get(doc_id, [])
        named = [part for part in parts if part and part <= set(tokens)]
        return named if len(named) < len(parts) else []

    def subjects_apart(self, doc_id: str) -> bool:
        """Whether a title of several subjects ("G7 and G20") joins subjects the document
        treats apart: each is named without the others in a section heading of its own
        ("G7 members ...", "G20 members ..."), unlike "Sherpas and summit preparation". A
        subject is named by its words that are no everyday ones, where it has some: "The Minsk
        Protocol (2014)" heads a section on the Minsk agreements."""
        apart = self._subjects_apart.get(doc_id)
        if apart is None:
            parts = [self._naming_terms(part) for part in self._title_parts.get(doc_id, [])]
            headings = [set(self.query_tokens(self.chunks[i].section)) for i in self.doc_chunks[doc_id]] if len(parts) > 1 else []
            apart = bool(headings) and all(
                any(part <= heading and not any(other <= heading for other in parts if other is not part) for heading in headings) for part in parts
            )
            self._subjects_apart[doc_id] = apart
        return apart

    def subjects_said(self, doc_id: str, tokens: list[str] | tuple[str, ...]) -> frozenset[int]:
        """Which subjects of a title of several the terms say (their places in the title),
        each by its naming terms (`_naming_terms`): "The Louisiana Purchase" says the first
        of "Louisiana Purchase (1803) and Alaska Purchase (1867)" without its year. Saying
        them all names none, as for `named_title_parts`."""
        parts = self._title_parts.get(doc_id, [])
        said = set(tokens)
        found = frozenset(i for i, part in enumerate(parts) if part and self._naming_terms(part) <= said)
        return found if len(found) < len(parts) else frozenset()

    def _naming_terms(self, part: frozenset[str]) -> frozenset[str]:
        """The terms that name a subject of a title: its words that are no everyday ones,
        where it has some ("Louisiana Purchase" of "Louisiana Purchase (1803)")."""
        return frozenset(t for t in part if not self.is_everyday(t)) or part

    def title_parts(self, doc_id: str) -> list[frozenset[str]]:
        """The terms of each subject a title of several joins ("G7 and G20"); empty for one."""
        return self._title_parts.get(doc_id, [])

    def subject_named(self, doc_id: str, tokens: list[str] | tuple[str, ...]) -> frozenset[str]:
        """Of a title of several subjects ("G7 and G20"), the terms of those the query names
        when it does not name them all ("the G7"); empty otherwise."""
        return frozenset().union(*self.named_title_parts(doc_id, list(tokens)))

    def names_title(self, passage: Passage, doc_id: str) -> bool:
        """Whether the passage names the document's subject: it has every term of the short
        title and, unless a glossary name stands for the title, says the title whole ("the
        Muslim League" beside "the Indian National Congress" has the terms of "League of
        Nations" but names no such thing)."""
        position = self.position[passage.chunk.id]
        title = self._ordered_titles[self._doc_order[doc_id]][1]
        if not all(self.index.contains(position, t) for t in title):
            return False
        return any(t.startswith("=") for t in title) or fold(self.documents[doc_id].short_title) in fold(passage.chunk.text)

    def _rarest_first(self, token: str) -> tuple[float, str]:
        """Orders tokens from the rarest (highest idf; absent from the index first) to the most common."""
        idf = self.index.idf_of(token)
        return (-idf if idf is not None else -math.inf, token)

    def named_documents(self, tokens: list[str]) -> list[str]:
        """Documents whose whole short title (or its glossary concept) appears in the query."""
        present = set(tokens)
        # Only documents whose title has one of the tokens can be named: each is filed
        # under one of its title's tokens, and kept in the order of the documents.
        candidates = sorted({order for token in present for order in self._titles_by_token.get(token, ())})
        return [doc_id for doc_id, title in map(self._ordered_titles.__getitem__, candidates) if title <= present]

    def names_document(self, doc_id: str, tokens: set[str]) -> bool:
        """Whether the terms hold the document's whole short title."""
        title = self._ordered_titles[self._doc_order[doc_id]][1]
        return bool(title) and title <= tokens

    def mentioned_documents(self, tokens: list[str]) -> list[str]:
        """Documents the query names by their short title or by a glossary name of it
        ("NATO" for "North Atlantic Treaty Organization"): what the scope decision trusts.
        Choosing among documents keeps to whole titles (`named_documents`): "the secret
        back channel" of a crisis names the back-channel document only in passing."""
        present = set(tokens)
        found = set(self.named_documents(tokens))
        by_concept = self._title_concepts()
        for token in present:
            found.update(doc_id for doc_id, concepts, rest in by_concept.get(token, ()) if concepts <= present and rest <= present)
        # One subject of a title of several ("Ostpolitik" of "Ostpolitik and the Two-plus-Four
        # Treaty") names the document when few documents say its rarest word (NAME_DOCUMENTS):
        # a case of its own, not a word of the trade ("treaties" of "Treaties and resolutions").
        for doc_id, parts in self._title_parts.items():
            if doc_id not in found and any(part and part <= present and self.said_in_few(min(part, key=self._rarest_first)) for part in parts):
                found.add(doc_id)
        return sorted(found, key=self._doc_order.__getitem__)

    def said_in_few(self, token: str) -> bool:
        """Whether at most NAME_DOCUMENTS documents say the term: a case's name, not a word of
        the trade or a state that many documents speak of (worked out once per term)."""
        few = self._few.get(token)
        if few is None:
            few = self._few[token] = sum(self.index.contains_in(token, self.chunk_range(d)) for d in self.doc_chunks) <= NAME_DOCUMENTS
        return few

    def owners_named(self, tokens: list[str]) -> list[str]:
        """Documents the query names only inside the glossary name of something they own
        ("the UN" in "UN Secretary-General", a name the longer one takes whole): a thing
        without a document of its own that the owner's document speaks of. "Who is the UN
        Secretary-General?" asks the United Nations, not NATO, whose "Secretary General"
        shares every word of the role but the owner's."""
        present = set(tokens)
        glossary = self.kb.glossary
        owned = [c for c in present if c.startswith("=") and not self.titled_by_concepts([c])]
        found: list[str] = []
        for concept in owned:
            for name in glossary.names_of(concept):
                if not set(self.tokenizer.tokens_of_texts([name], names=False)[0]) <= present:
                    continue  # not the name the query gives
                found += [doc_id for doc_id in self.owners_in_name(concept, name) if doc_id not in found]
        return found

    def owners_in_name(self, concept: str, name: str) -> list[str]:
        """The documents whose subject one of the concept's names says it belongs to, by a
        shorter run of its words that is a name of its own ("UN" in "UN General Assembly"),
        and that speak of it."""
        words = name.split()
        inner = {t for i in range(len(words)) for j in range(i + 1, len(words) + 1) if j - i < len(words) for t in self.query_tokens(" ".join(words[i:j])) if t.startswith("=") and t != concept}
        candidates = [doc_id for doc_id in self.titled_by_concepts(sorted(inner)) if self.index.contains_in(concept, self.chunk_range(doc_id))]
        if not candidates:
            return []
        # The owner's title, or one subject of a title of several, says nothing the name does
        # not ("UN" of "United Nations", "sherpa" of "Sherpas and summit preparation"):
        # "Republic of China" is no part of "Nixon's visit to China".
        said = set(self.query_tokens(name)) | set(self.tokenizer.tokens_of_texts([name], names=False)[0]) | inner
        whole = {
            doc_id for entries in self._title_concepts().values() for doc_id, _, rest in entries
            if rest <= said or any(part <= said for part in self._title_parts.get(doc_id, ()))
        }
        return [doc_id for doc_id in candidates if doc_id in whole]

    def says_owner(self, passage: Passage, doc_id: str) -> bool:
        """Whether a passage's text gives a name of the document's subject ("UN" in "the UN
        General Assembly", which the index holds as the longer name alone)."""
        concepts = [t for t in self._full_title_tokens.get(doc_id, ()) if t.startswith("=")]
        names = [name for concept in concepts for name in self.kb.glossary.names_of(concept)]
        text = passage.chunk.plain_text()
        return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names)

    def in_overview(self, doc_id: str, term: str) -> bool:
        """Whether the document's first section (its overview) has the term."""
        return self.index.contains(self.doc_chunks[doc_id][0], term)

    def titled_with(self, tokens: list[str]) -> list[str]:
        """Documents whose full title has every one of the terms: "what are the START
        treaties?" has nothing but words of "START treaties (START I, ...)"."""
        asked = set(tokens)
        return [doc_id for doc_id, title in self._full_title_tokens.items() if asked and asked <= title]

    def title_terms(self, doc_id: str) -> frozenset[str]:
        """The query terms of a document's full title."""
        return self._full_title_tokens.get(doc_id, frozenset())

    def bracketed_names(self, doc_id: str) -> frozenset[str]:
        """The glossary names a title's brackets add to its short title: subjects the
        document treats within its own ("New START" of "START treaties (START I, START II
        and New START)", "EEAS" of "European Union foreign policy (CFSP, ...)"), not another
        name of the whole ("JCPOA")."""
        names = self._bracketed.get(doc_id)
        if names is None:
            short = self.tokenizer.tokens(self.documents[doc_id].short_title)
            names = self._bracketed[doc_id] = frozenset(t for t in self.title_terms(doc_id) if t.startswith("=") and t not in short)
        return names

    def titled_by_concepts(self, tokens: list[str]) -> list[str]:
        """Documents whose title's glossary names the query all has, whatever else the title
        says: "the Paris Agreement" names the subject of "Paris Agreement on climate change"."""
        present = set(tokens)
        by_concept = self._title_concepts()
        found = {doc_id for token in present for doc_id, concepts, _ in by_concept.get(token, ()) if concepts <= present}
        return sorted(found, key=self._doc_order.__getitem__)

    def _title_concepts(self) -> dict[str, list[tuple[str, frozenset[str], frozenset[str]]]]:
        """For each short title with glossary names in it: its document, its concepts, and
        its words that no such name covers ("Criticisms of track one diplomacy":
        "=track-one-diplomacy", and "criticisms", which the question must say too); filed
        under the least of its concepts, which a question naming it has."""
        if self._named_by_concept is None:
            in_titles = {t for _, title in self._ordered_titles for t in title if t.startswith("=")}
            named = [(concept, group) for group in self.kb.glossary.groups if (concept := self.kb.glossary.concept_token(group[0])) in in_titles]
            # The words of every name, tokenised together, without concept tokens.
            words = iter(self.tokenizer.tokens_of_texts([alias for _, group in named for alias in group], names=False))
            names = {concept: {t for _ in group for t in next(words)} for concept, group in named}
            self._named_by_concept = {}
            for doc_id, title in self._ordered_titles:
                concepts = frozenset(t for t in title if t.startswith("="))
                if concepts:
                    covered = set().union(*(names.get(c, set()) for c in concepts))
                    self._named_by_concept.setdefault(min(concepts), []).append((doc_id, concepts, frozenset(title - concepts - covered)))
        return self._named_by_concept

    def _texts_with(self, term: str) -> list[str] | None:
        """The texts of the passages containing `term`; None when more than BOUND_MAX_CHUNKS do."""
        chunks = self.index.chunks_with(term)
        return None if len(chunks) > BOUND_MAX_CHUNKS else [self.chunks[c].text for c in chunks]

    def astray_words(self, text: str, tokens: Iterable[str]) -> dict[str, bool]:
        """The everyday words of `tokens` that `text` says outside every phrase the knowledge
        says them in (`BoundWords`): "friday" of "due friday" (the knowledge's is Good
        Friday's). Each is True when said beside a term of the trade, naming with it a thing
        the knowledge does not know ("qualified immunity": its "qualified" is a majority's)."""
        everyday = {t for t in tokens if not t.startswith("=") and self.index.idf_of(t) is not None and self.is_everyday(t)}
        return {t: any(self.is_term_of_trade(b) for b in beside) for t, beside in self.bound.astray(text, everyday).items()}

    def uses_everyday_sense(self, text: str) -> bool:
        """Whether `text` uses a word of diplomacy in its everyday sense (`everyday_senses`)."""
        return any(sense.search(text) for sense in self.everyday_senses)

    def domestic_focus(self, text: str, passages: list[Passage], terms: list[str], fit: float) -> tuple[str, ...]:
        """The words of a country's internal matters `text` says (`domestic_matters`:
        elections, bills, courts, taxes, parties, offices at home), when it says nothing of
        relations between states (`foreign_relations`) and the best passage does not cover it
        (`_covers_domestic`): "elect" in "how do Americans elect their president?" (the
        OAS's election missions), none in "who ratifies treaties in the US?", nor in "when
        was Arafat elected president of the Palestinian Authority?" (Oslo's passage saying
        he was elected)."""
        folded = fold(text)
        said = tuple(found.group() for pattern in self.domestic_matters for found in pattern.finditer(folded))
        if not said or any(pattern.search(folded) for pattern in self.foreign_relations):
            return ()
        top = passages[0] if passages else None
        return () if top is not None and self._covers_domestic(top, said, text, terms, fit) else said

    def _covers_domestic(self, passage: Passage, said: tuple[str, ...], text: str, terms: list[str], fit: float) -> bool:
        """Whether the passage holds the words of internal matters `said` and what the
        question says them of: a word of it that is no everyday word nor part of a glossary
        name ("Eisenhower", not "UK" or "Americans"), with DOMESTIC_FIT of what the knowledge
        knows of the question ("why did the US election matter to Eisenhower in 1956?"), or
        such a word or a glossary name that at most NAME_DOCUMENTS documents say, whatever
        the fit (`said_in_few`: Arafat, ITLOS; not a state that many documents speak of, nor
        a year, which few documents say whatever the question asks of it).
        Not "what does the attorney general do?", all of whose words are the office's."""
        matched = set(passage.matched)
        own = set(self.query_tokens(" ".join(said)))
        if not own <= matched:
            return False
        words = {tokens[0] for word in {w.folded for w in split_words(text)} if len(tokens := self.query_tokens(word)) == 1} & matched
        named = {t for t in words - own if not self.is_everyday(t) and not t.isdigit()}
        concepts = {t for t in terms if t.startswith("=") and t in matched}
        return any(self.said_in_few(t) for t in named | concepts) or fit >= DOMESTIC_FIT and bool(named)

    def _labelled_first(self, passages: list[Passage], distinct: list[str]) -> list[Passage]:
        """The passages, with the one that is labelled as about the question first when the
        best ties with it (within LABEL_TIE_MARGIN): of the first MATCHED_FOR that close, the one whose
        document title and heading name the most of the question's weight (idf). Where
        documents nearly tie, the order should not move with the idf shifts an unrelated
        document brings: "who mediated the camp david talks?" is Camp David's, not the peace
        treaty's "Who negotiated it", and "was Kennedy the Soviet leader?" the crisis's "Who
        took part: the leaders", not coercive diplomacy's example, whichever scores 0.1% more;
        only when it lacks none of the best one's terms of the question at least as rare as the
        question's terms on average.
        Only for a question naming no document: one that names its document is answered by it
        (`named_documents`), and its labels would count that name again."""
        if len(passages) < 2:
            return passages
        close = [p for p in passages[:MATCHED_FOR] if p.score >= (1 - LABEL_TIE_MARGIN) * passages[0].score]
        if len(close) < 2:
            return passages
        labelled = max(close, key=lambda p: self._label_weight(p.chunk, distinct))
        if labelled is passages[0] or self._label_weight(labelled.chunk, distinct) <= self._label_weight(passages[0].chunk, distinct):
            return passages
        weights = [self.index.idf_of(t) or 0.0 for t in distinct]
        mean = math.fsum(weights) / len(weights) if weights else 0.0
        if any((self.index.idf_of(t) or 0.0) >= mean for t in set(passages[0].matched) - set(labelled.matched)):
            # The best says more of the question in telling words ("death" and "1961" of "which
            # UN Secretary-General died in 1961?"), which a label naming the rest does not make
            # up for; a common one ("talks") it may lack.
            return passages
        return [labelled, *(p for p in passages if p is not labelled)]

    def _label_weight(self, chunk: Chunk, distinct: list[str]) -> float:
        """The idf weight of the query terms that a chunk's document title or heading names."""
        label = self._labels.get(chunk.id)
        if label is None:
            label = self._labels[chunk.id] = frozenset(self.tokenizer.tokens(f"{chunk.title} {chunk.section}"))
        return math.fsum(self.index.idf_of(t) or 0.0 for t in distinct if t in label)

    def search(self, text: str, k: int = 8, within_doc: str | None = None, tokens: list[str] | None = None) -> SearchResult:
        """The best passages for `text` (or ready `tokens`), optionally within one document."""
        tokens = self.query_tokens(text) if tokens is None else tokens
        within = self.chunk_range(within_doc) if within_doc else None
        # Words relating two subjects ("what part did the Cold War play in diplomacy?") find
        # no passage either: not the OAS's Cuba suspended "from taking part". With fewer than
        # two subjects left they relate nothing and are what is asked ("are sanctions effective?").
        # A word asking what something is for ("what is the purpose of public diplomacy?")
        # names the kind of answer, not a passage: it would find the "Purposes and functions"
        # of diplomacy itself, or the aims of track one, before public diplomacy.
        aims = self.asked_aims(text)
        # A word said outside the only phrase the knowledge says it in finds that phrase's
        # passages, not the question's: "friday" of "my essay is due friday" finds Good Friday.
        astray = self.astray_words(text, tokens) if text and within is None else {}
        searched = [t for t in tokens if t not in aims and t not in astray] or tokens
        subjects = [t for t in searched if t not in self.frame]
        hits = self.index.search(subjects if len(set(subjects)) >= 2 else searched, k=k, within=within)
        distinct = list(dict.fromkeys(tokens))
        matched = self.index.terms_in([hit.chunk for hit in hits[:MATCHED_FOR]], distinct)
        passages = [Passage(self.chunks[hit.chunk], hit.score, matched[rank] if rank < MATCHED_FOR else []) for rank, hit in enumerate(hits)]
        mentioned = self.mentioned_documents(tokens)
        if within is None and not mentioned:
            passages = self._labelled_first(passages, distinct)
        names = self.names_in(text) if passages and within is None else set()
        # The best passage, or one scoring nearly as well, must name what the question names
        # ("how long did the Dayton peace negotiations last?" finds first that Westphalia's
        # "lasted about five years", then Dayton's): else it is about something else. To a
        # yes/no question a list of names answers by leaving it out ("is India in the G7?").
        close = [passage for passage in passages if passage.score >= NAMED_DOCUMENT_SCORE * passages[0].score] if names else []
        listed = self.yes_no is not None and self.yes_no.match(text) is not None
        missed = bool(names) and not any(self.names_some(passage, names, distinct) or (listed and NAME_LIST.search(passage.chunk.text)) for passage in close)
        result = SearchResult(tokens, passages, named_documents=self.named_documents(tokens), mentioned_documents=mentioned, misses_named_subject=missed)
        result.everyday_sense = within is None and self.uses_everyday_sense(text)
        result.denies = DENIAL.search(text) is not None
        aside = SET_ASIDE.search(text)
        result.set_aside = frozenset(self.query_tokens(aside["named"])) if aside else frozenset()
        if passages:
            # A word of a glossary name the question uses ("USSR" beside its concept,
            # "=soviet-union") is known through that concept, whatever the knowledge calls it.
            unknown = {t for t in distinct if self.index.idf_of(t) is None}
            concepts = {t for t in distinct if t.startswith("=")}
            named = self.kb.glossary.name_stems(concepts, self.tokenizer.stem) if unknown and concepts else frozenset()
            # So is a word the knowledge lacks in the learner's aside in brackets: "the very
            # first G7 (then G6) summit" asks where the G7 first met, whatever "G6" is.
            if unknown and "(" in text:
                named = named | self.terms_of(asides(text)) & unknown
            weighed = [t for t in distinct if t not in unknown or t not in named]
            # Searched without it, the aim word does not count against a best passage holding
            # all else asked ("the purpose of summits": the summit overview); against one
            # holding part of it, it still does ("the purpose of the roman senate").
            rest = [t for t in weighed if t not in aims and t not in self.frame]
            aside = self.frame | (self.attitude | self.supplied).difference(passages[0].matched)
            aside = aside | aims if rest and all(t in passages[0].matched for t in rest) else aside
            weights = {t: self._weight(t) for t in weighed if t not in aside} or {t: self._weight(t) for t in weighed}
            # Known in another sense only, it weighs as a word the knowledge lacks: an everyday
            # one, or a name when it names something with a term of the trade beside it.
            weights = {t: (self._max_idf if astray[t] else EVERYDAY_WORD_WEIGHT * self._typical()) if t in astray else w for t, w in weights.items()}
            # A number other than a year says little of what is asked about, even one the
            # knowledge has: its "5" (of "five", "P5") is no "Civilization 5".
            weights = {t: min(w, NUMBER_WEIGHT * self._typical()) if NUMERAL.fullmatch(t) and not YEAR.fullmatch(t) else w for t, w in weights.items()}
            if not self.asking.isdisjoint(weights) and (
                any(not self.is_everyday(t) for t in passages[0].matched) or not set(self.query_tokens(passages[0].chunk.section)).isdisjoint(passages[0].matched)
            ):
                # Only for a passage that matches a name or a term of the trade ("Dayton"), or
                # what its heading says it is about ("how long did detente last": "Detente:
                # the easing of Cold War tension"): "how long does it take to learn french"
                # keeps its "long" and "take".
                weights = {t: w for t, w in weights.items() if t not in self.asking or t in passages[0].matched} or weights
            # A word of a glossary name is held by a passage holding its concept ("permission"
            # by the embassy's "consent"), whether or not the knowledge also has the word.
            # (The glossary is read only when a word is unheld and a concept held.)
            unheld = set(distinct).difference(passages[0].matched)
            by_concept = self.kb.glossary.name_stems(concepts & set(passages[0].matched), self.tokenizer.stem) & unheld if unheld and not concepts.isdisjoint(passages[0].matched) else frozenset()
            held = list(dict.fromkeys([*passages[0].matched, *sorted(by_concept)]))
            # A prefix turning the word after it around ("non-compete", "anti-dumping") is
            # held only with that word: "non-resident" says nothing of "non-compete".
            unturned = {t for t, after in zip(tokens, tokens[1:]) if t in TURNING_PREFIXES and after not in held}
            held = [t for t in held if t not in unturned]
            result.coverage = self._covered(weights, [t for t in held if t not in astray])
            known = {t: w for t, w in weights.items() if self.index.idf_of(t) is not None and t not in astray}
            result.known = sum(known.values()) / (sum(weights.values()) or 1.0)
            result.fit = self._covered(known, held)
            self._set_clause_aside(result, text, weights, known)
            if mentioned and within is None:
                strange = {t for t in unknown if t not in named and not self.is_everyday(t)}
                result.measure_rest = lambda: self._rest_coverage(mentioned, weights, self._names_beside(text, strange) if strange else frozenset())
            result.asks_judgement = self.asks_judgement(tokens)
            result.domestic = self.domestic_focus(text, passages, distinct, result.fit) if within is None and not mentioned else ()
        return result

    def _set_clause_aside(self, result: SearchResult, text: str, weights: dict[str, float], known: dict[str, float]) -> None:
        """A clause of circumstance after a main clause the best passage fits on its own
        (the main clause is about the trade, the knowledge base knows MIN_KNOWN of it and the
        passage holds MAIN_CLAUSE_FIT of what it knows): the clause's words the passage lacks
        say when or instead of what, not what is asked, and do not count against its fit.
        When the clause says some of its words as the answering document does ("if he
        commits a murder": "a diplomat who commits a crime"), its everyday words the
        knowledge base lacks ("murder") do not count against what it knows either; a clause
        in none of the document's words ("after a flu jab") may name another subject."""
        clause = self.circumstance_terms(text)
        if not clause:
            return
        top = result.passages[0]
        main = {t: w for t, w in known.items() if t not in clause}
        main_known = sum(main.values()) / (sum(w for t, w in weights.items() if t not in clause) or 1.0)
        about_the_trade = any(t in main and self.is_term_of_trade(t) for t in top.matched)
        if not (main and about_the_trade and main_known >= self.min_known and self._covered(main, top.matched) >= MAIN_CLAUSE_FIT):
            return
        result.fit = self._covered({t: w for t, w in known.items() if t in main or t in top.matched}, top.matched)
        document = self.chunk_range(top.chunk.doc_id)
        if any(t in known and self.index.contains_in(t, document) for t in clause):
            counted = sum(w for t, w in weights.items() if t in known or t not in clause or not self.is_everyday(t))
            result.known = sum(known.values()) / (counted or 1.0)

    def circumstance_terms(self, text: str) -> set[str]:
        """The terms only a clause of circumstance after the main clause has ("can a diplomat
        be arrested if he commits a murder": "commit", "murder"; "why use shuttle diplomacy
        instead of getting everyone in the same room": "room"), not those the main clause
        says too."""
        if self.circumstance is None or (clauses := self.circumstance.findall(text)) == []:
            return set()
        return set(self.query_tokens(" ".join(clauses))).difference(self.query_tokens(self.circumstance.sub(" ", text)))

    def names_in(self, text: str) -> set[str]:
        """The question's terms that the knowledge writes as names ("canada", "tehran"),
        less everyday words ("china"), glossary names and those the engine sets aside. A
        continent where something happened ("in Africa") is none when the question names its
        subject otherwise: "a UN Secretary-General who died in a plane crash in Africa" is
        answered by a passage naming "Ndola in Northern Rhodesia"; "which language do people
        speak in asia" is about Asia, "which secretary-general came from africa" asks it."""
        aside = self.frame | self.attitude | self.asking | self.supplied | self.incidental
        named = set()
        # A word of a glossary name ("UN", "ICJ") gives its concept too and is left out: the
        # UN is named in passages that never say "UN", and it is named in passing often ("Does
        # the G20 have a permanent secretariat like the UN?" is asked of the G20).
        words = [w.folded for w in split_words(text)]
        for word in set(words):
            tokens = self.query_tokens(word)
            if len(tokens) == 1 and (token := tokens[0]) not in aside and self.index.idf_of(token) is not None and not self.is_everyday(token) and self.written_as_name(token):
                named.add(token)
        placed = {t for before, word in zip(["", *words], words) if before in PLACING for t in self.query_tokens(word)} & self.regions if named & self.regions else set()
        if placed and (named - self.regions or any(t.startswith("=") for t in self.query_tokens(text))):
            return named - placed
        return named

    def names_given(self, text: str) -> str:
        """The words of a text that name something the knowledge knows: its words that are no
        everyday words ("metternich", "agrement"), and words of a glossary name or a title said
        with one. "my grandad keeps going on about some bloke called metternich whenever the
        congress of vienna comes up" names "metternich congress vienna"; the rest says how the
        learner met them. "our office has a new 'protocol' for
        booking rooms" names nothing. Empty when it names nothing, or names something the
        knowledge lacks ("zhukov"): that is what it is about."""
        tokens = self.query_tokens(text)
        if any(self.index.idf_of(t) is None and not self.is_everyday(t) for t in tokens):
            return ""
        stem = self.tokenizer.stem
        glossary = self.kb.glossary
        # A name said in everyday words alone ("track two" at a running club) names nothing.
        said = set(tokens)
        concepts = {t for t in tokens if t.startswith("=") and not all(map(self.is_everyday, glossary.name_stems({t}, stem) & said))}
        naming = {t for t in tokens if not self.is_everyday(t) and self.index.idf_of(t) is not None} | glossary.name_stems(concepts, stem)
        # A title said whole in words of its own ("the camp david accords"), not one everyday
        # word of it ("'sanctions' for vaping"), names its document too.
        whole = {doc_id for doc_id in self.named_documents(tokens) if len(self._ordered_titles[self._doc_order[doc_id]][1]) > 1}
        for doc_id in self.mentioned_documents(tokens):
            title = self.title_terms(doc_id)
            if doc_id in whole or any(not self.is_everyday(t) for t in title & said if not t.startswith("=")):
                naming |= title
        return " ".join(word for word in NAME_WORD.findall(text) if not naming.isdisjoint(self.query_tokens(word)))

    def names_some(self, passage: Passage, named: set[str], terms: list[str]) -> bool:
        """Whether the passage names one of the question's names (`named`) outside a list of
        names, or in a list whose sentence, heading or title holds another of the question's
        `terms`. Otherwise it is about something else, whatever words it shares: "what is
        the capital city of Canada?" meets consulates in capital cities, "what is the
        population of Indonesia?" the G20's members listed and, in another sentence, the
        world's population; "is Indonesia in the G20?" meets the list under "G20 members"."""
        chunk = passage.chunk
        position = self.position[chunk.id]
        if not any(self.index.contains(position, name) for name in named):
            return False
        if not NAME_LIST.search(chunk.text):
            return True  # named, and in no list
        around = set(self.query_tokens("\n".join([chunk.title, chunk.section, *chunk.questions])))
        if not named.isdisjoint(around | self._outside_lists(passage)):
            return True
        matched = passage.matched or self.index.terms_in([position], terms)[0]
        others = set(matched) - named - self.frame - self.attitude - self.asking - self.supplied - self.incidental
        for sentence in split_sentences(chunk.plain_text()):
            if NAME_LIST.search(sentence):
                said = set(self.query_tokens(sentence))
                if not named.isdisjoint(said) and not others.isdisjoint(said | around):
                    return True
        return False

    def as_said(self, terms: frozenset[str] | set[str] | list[str]) -> set[str]:
        """The terms with the stems of the words of every glossary name of their concepts
        ("european", "union" of "=eu", which a title writes "European Union")."""
        return set(terms) | self.kb.glossary.name_stems(set(terms), self.tokenizer.stem)

    def written_as_name(self, token: str) -> bool:
        """Whether the knowledge writes a word of this token as a name, as the passages
        best matching it show (`tutor.search.names`): "canada", "kissinger"; not "coercive".
        A word it writes as a name only once counts as none."""
        known = self._names.get(token)
        if known is None:
            hits = self.index.search([token], k=NAME_PASSAGES)
            names = written_as_names(self.chunks[hit.chunk].text for hit in hits)
            known = self._names[token] = [token] in self.tokenizer.tokens_of_texts(sorted(names), names=False)
        return known

    def asks_judgement(self, tokens: list[str]) -> bool:
        """Whether a judgement word of the question ("best", "better") and its next term are
        no phrase the knowledge base uses ("good offices", "best known"). Before a word
        naming an instance ("a good example", or after "good" words saying when: "a good 19th
        century example") it asks for an example, not a judgement; before any other word, even
        one any subject could take ("who is the best member?", "a good or bad example", "the
        best 21st century example"), it asks for a verdict."""
        if self._judgement.isdisjoint(tokens):
            return False
        words = [t for t in tokens if not t.startswith("=")]
        asked = [(word, self._qualified_after(word, words[i + 1 :])) for i, word in enumerate(words) if word in self._judgement]
        return any(after not in self._instance and (word, after) not in self._phrases_with_judgement_words() for word, after in asked)

    def _qualified_after(self, word: str, following: list[str]) -> str | None:
        """The term a judgement word qualifies: the next one, or after "good" the first past
        the words saying when ("a good 19th century example": "example")."""
        if word not in self._good:
            return following[0] if following else None
        return next((w for w in following if not NUMERAL.fullmatch(w) and w not in self._time_words), None)

    def _phrases_with_judgement_words(self) -> set[tuple[str, str]]:
        """Each judgement word of the knowledge's text, and of the questions its sections
        say they answer, with the term that follows it."""
        if self._judgement_phrases is None:
            if self._stored is not None:  # no chunk objects built: their texts and questions as stored
                texts, asked = self._stored.texts, self._stored.questions.values()
            else:
                texts, asked = "\n".join(chunk.text for chunk in self.chunks), [chunk.questions for chunk in self.chunks]
            texts += "\n" + "\n".join(question for questions in asked for question in questions)
            spans = [match.group() for match in JUDGEMENT_PHRASE.finditer(texts)]
            self._judgement_phrases = {(terms[0], terms[1]) for terms in self.tokenizer.tokens_of_texts(spans, names=False) if len(terms) > 1}
        return self._judgement_phrases

    def says_phrase(self, phrase: str) -> bool:
        """Whether the knowledge says the phrase's words in a row, in the singular or the
        plural, in a passage or a question its section answers ("bilateral negotiations" in
        "bilateral negotiation", "signing a treaty"; not "mediation offices", nor "ambassador
        representative" in "ambassadors represent"). Only the passages best matching its
        words are read, so that a large knowledge base costs no more."""
        words = fold(phrase).split()
        if not words:
            return False
        # A short word ("i" of "START I", "a") as it is: "track is" says no "track I"; a plural
        # in "-ies" is the singular's "-y" ("peace treaties" in "a peace treaty").
        pattern = re.compile(" +".join(rf"\b{self._singular_or_plural(word)}\b" for word in words))
        passages = self.search("", tokens=self.query_tokens(phrase), k=PHRASE_PASSAGES).passages
        return any(pattern.search(fold("\n".join([p.chunk.text, *p.chunk.questions]))) for p in passages)

    @staticmethod
    def _singular_or_plural(word: str) -> str:
        """A pattern for a word in the singular or the plural ("treaties": "treat(?:y|ies)")."""
        if len(word) > 4 and word.endswith("ies"):
            return rf"{re.escape(word[:-3])}(?:y|ies)"
        if len(word) > 3:
            word = word.removesuffix("s")
        return re.escape(word) + ("(?:s|es)?" if len(word) > 2 else "")

    def shares_passage(self, word: str, others: list[str]) -> int:
        """How many of the `others` words' terms the passage holding `word` with most of them
        holds (of the passages best matching them all): how well a repair of a typo fits the
        rest of the question."""
        own = set(self.query_tokens(word))
        rest = [t for t in self.query_tokens(" ".join(others)) if t not in own]
        if not own or not rest:
            return 0
        passages = self.search("", tokens=[*own, *rest], k=PHRASE_PASSAGES).passages
        return max((len(set(rest).intersection(p.matched)) for p in passages if own.issubset(p.matched)), default=0)

    def chunk_range(self, doc_id: str) -> range:
        """The positions of a document's chunks, which follow one another (none for no document)."""
        chunks = self.doc_chunks.get(doc_id)
        return range(chunks[0], chunks[-1] + 1) if chunks else range(0)

    def question_match(self, position: int, asked: set[str], kept: Callable[[str], bool] | None = None, ignored: frozenset[str] = frozenset()) -> float:
        """The idf-weighted overlap (0 to 1) of `asked` with the closest question that
        the chunk at `position` answers (its section's front matter `questions`, a field
        of its own: "what do ambassadors do?" meets "What does an ambassador do?"); with
        `kept`, of those questions it keeps only, and without the `ignored` words on either side."""
        questions = self._question_tokens.get(position)
        if questions is None:
            questions = [frozenset(self.tokenizer.tokens(q)) for q in self.chunks[position].questions]
            self._question_tokens[position] = questions
        if kept is not None:
            questions = [tokens for tokens, text in zip(questions, self.chunks[position].questions) if kept(text)]
        if ignored:
            asked, questions = asked - ignored, [question - ignored for question in questions]
        best = 0.0
        for question in questions:
            union = asked | question
            if union and not self._says_opposite(question, asked):
                best = max(best, math.fsum(self._weight(t) for t in asked & question) / math.fsum(self._weight(t) for t in union))
        return best

    def _says_opposite(self, question: frozenset[str], asked: set[str]) -> bool:
        """Whether a section's question says only the opposite of a sense the learner asks
        for only ("What was Kyoto's second commitment period?" for the first)."""
        if self._opposed is None:
            self._opposed = [(frozenset(self.query_tokens(" ".join(one))), frozenset(self.query_tokens(" ".join(other)))) for one, other in self.opposed_words]
        return any(
            (asked & one and not asked & other and question & other and not question & one) or (asked & other and not asked & one and question & one and not question & other)
            for one, other in self._opposed
        )

    @staticmethod
    def _covered(weights: dict[str, float], matched: list[str]) -> float:
        total = sum(weights.values())
        return sum(weights[t] for t in matched if t in weights) / total if total else 1.0

    def _names_beside(self, text: str, strange: set[str]) -> frozenset[str]:
        """The terms of the words right beside a word of the `strange` terms (names the
        knowledge lacks): "nations" of "the uefa nations league"."""
        words = [self.query_tokens(word) for word in NAME_WORD.findall(fold(text))]
        beside = [words[j] for i, terms in enumerate(words) if not strange.isdisjoint(terms) for j in (i - 1, i + 1) if 0 <= j < len(words)]
        return frozenset(t for terms in beside for t in terms)

    def _rest_coverage(self, named: list[str], weights: dict[str, float], beside_strange: frozenset[str] = frozenset()) -> float:
        """How much of the question a named document's best passage covers, leaving out
        incidental words ("example", "today"): in "what sanctions can a school impose on
        a student for cheating?" the title "Sanctions" is named, but no passage of that
        document speaks of schools, students or cheating. A title said with a name the
        knowledge lacks beside it (`beside_strange`: "the uefa nations league") is part of
        that other name: its words are left out too, and the rest must fit without them."""
        counted = {t: w for t, w in weights.items() if t not in self.incidental}
        best = 0.0
        for doc_id in named:
            title = self.title_terms(doc_id)
            rest = {t: w for t, w in counted.items() if t not in title} if not beside_strange.isdisjoint(title) else counted
            hits = self.index.search(list(rest), k=1, within=self.chunk_range(doc_id)) if rest else []
            if hits:
                best = max(best, self._covered(rest, [t for t in rest if self.index.contains(hits[0].chunk, t)]))
        return best

    def _weight(self, token: str) -> float:
        """How much a query term counts towards coverage: its idf, or for a term the
        knowledge base lacks, the highest idf (a rare name) or, for an everyday English
        word ("pick", "wrote") or a number ("78", "90s"), a share of a typical idf."""
        idf = self.index.idf_of(token)
        if idf is not None:
            return idf
        if not self.is_everyday(token):
            return self._max_idf
        share = NUMBER_WEIGHT if NUMERAL.fullmatch(token) else EVERYDAY_WORD_WEIGHT
        return share * self._typical()

    def _typical(self) -> float:
        """A typical idf: the median (worked out on first need)."""
        if self._typical_idf is None:
            self._typical_idf = self.index.median_idf()
        return self._typical_idf

    def is_term_of_trade(self, token: str) -> bool:
        """Whether a term of the knowledge base marks its subject: a glossary name, a year
        it mentions, or a word it uses far more often than everyday English does ("embassy",
        "veto"), unlike one it shares with everyday English ("tie", "point")."""
        if token.startswith("="):
            return True
        if NUMERAL.fullmatch(token):  # of the numbers, only a year the knowledge base mentions
            return YEAR.fullmatch(token) is not None and self.index.idf_of(token) is not None
        keyness = self.keyness.get(token, math.inf)
        if abs(keyness - TERM_OF_TRADE_KEYNESS) < TERM_OF_TRADE_MARGIN and (token in REFERENCE_TERMS_OF_TRADE or token in REFERENCE_EVERYDAY_TERMS):
            return token in REFERENCE_TERMS_OF_TRADE  # near the cut: as the reference knowledge had it
        return keyness >= TERM_OF_TRADE_KEYNESS

    def holds_term_of_trade(self, result: SearchResult) -> bool:
        """Whether the best passage has a term of the trade of the question outside a list of
        names, or its section says it answers the question itself ("who wrote Getting to
        Yes?"): "how to tie a tie" meets the knowledge base only in "diplomatic ties"."""
        top = result.top
        if top is None:
            return False
        if self._passage_holds_term(top, result.tokens):
            return True
        # A question naming a document by its title ("how long was the league of nations
        # around for?") is answered from that document even when another passage scores a
        # little higher on its everyday words ("long", "around"): its best passage counts.
        named = next((p for p in result.passages if p.chunk.doc_id in result.mentioned_documents), None)
        if named is None or named is top:
            return False
        named = Passage(named.chunk, named.score, self.index.terms_in([self.position[named.chunk.id]], list(dict.fromkeys(result.tokens)))[0])
        return self._passage_holds_term(named, result.tokens)

    def _passage_holds_term(self, passage: Passage, tokens: list[str]) -> bool:
        """Whether a passage has a term of the trade of the question (`tokens`) outside a
        list of names, or its section says it answers the question itself."""
        unlisted = self._outside_lists(passage) if any(not self.is_everyday(t) for t in passage.matched) else set(passage.matched)
        if any(self.is_term_of_trade(t) and t in unlisted for t in passage.matched if t not in self.frame and t not in self.asking):
            return True
        return self.question_match(self.position[passage.chunk.id], set(tokens)) >= ASKED_MATCH

    def asks_unsaid_compound(self, text: str, result: SearchResult) -> bool:
        """Whether the question's only two terms are one phrase of two words, in a row or
        joined by "of" (`PHRASE_JOINS`), that the knowledge never says together, in that
        order or the other, while the best passage holds one of them, or, for a question
        asking what the pair is, both apart in a section that defines neither: "what is a mission statement?" asks about neither a
        mission nor a statement (a communiqué), "what is a trade mark?" about neither trade
        nor Japan's "mark of inferiority", "what is the capital of France?" about no capital
        ships of France, but about the pair, which the knowledge base does not know."""
        top = result.top
        # The words asking for a case of what follows them are no part of the phrase: "an
        # example of a cover letter" asks about a cover letter ("recognition dispute examples"
        # keeps its three terms); nor is "called" asking for a thing's name.
        asking = set(self.query_tokens(" ".join(ASKING_FOR_A_CASE))) if CASE_OF.search(fold(text)) else set()
        asking |= set(self.query_tokens("called")) if CALLED_AT_END.search(fold(text)) else set()
        terms = [t for t in dict.fromkeys(result.tokens) if t not in asking]
        if top is not None and len(terms) == 3:
            return self._asks_unsaid_everyday_triple(text, terms, top)
        if top is None or len(terms) != 2:
            return False
        held = sum(t in top.matched for t in terms)
        if held == 0:
            return False
        words = [(word, self.query_tokens(word)) for word in NAME_WORD.findall(fold(text))]
        asks_what = DEFINING_QUESTION.match(fold(text)) is not None
        phrases = []
        for start, (first, first_terms) in enumerate(words):
            for join in PHRASE_JOINS:
                end = start + 1 + len(join.split())
                if end < len(words) and " ".join(word for word, _ in words[start + 1 : end]) == join and len(first_terms) == 1 and first_terms + words[end][1] == terms:
                    if self._plural(first, first_terms):
                        # A plural names no kind of the next word ("states" in "why do states
                        # (use) sanctions"), and before "of" the parts or traits of what
                        # follows ("the functions of a consul"), no thing of its own.
                        continue
                    if not join and self._view_of_a_name(first_terms[0], words[end][1][0]):
                        continue  # "why was metternich important", "why does everyone mention metternich"
                    if not join and self._adverb(words[end][0]):
                        continue  # "what is a treaty legally": how it is asked of, no kind of treaty
                    if join == "of" and first_terms[0] in self.aim_words and start > 0 and words[start - 1][0] in AIM_OWNERS:
                        continue  # "what was the aim of ostpolitik": what it was for, no thing called an aim
                    if join and first in ASKING_FOR_A_CASE:
                        continue  # "example of detente": a case of détente, no thing called an example
                    if not join and self._kind_of_named(first_terms[0], words[end][1]):
                        continue  # "diplomatic sanctions": a word of the trade before a document's own title, a kind of its subject
                    # Both words apart in the passage make the pair known only in a section
                    # saying what one of them is ("joint communiqué": "What is a communiqué?"),
                    # not in one saying them of something else ("state secret": "the secret
                    # protocol ... smaller states"), and only when the question asks what the
                    # pair is: elsewhere the second word may be said of the first ("is the veto
                    # undemocratic?", "when does a treaty terminate?").
                    if held == 2 and (not asks_what or self._defines_either(top, terms)):
                        continue
                    second = words[end][0]
                    # Said with "of" and any article or none ("head of a mission": "head of
                    # mission"), or the other way round.
                    joins = [other for other in PHRASE_JOINS if other] if join else [join]
                    phrases += [*(f"{first} {other} {second}".replace("  ", " ") for other in joins), f"{second} {first}", *(f"{second} {other} {first}" for other in PHRASE_JOINS if other)]
        return bool(phrases) and not any(self.says_phrase(phrase) for phrase in phrases)

    def _kind_of_named(self, first: str, named: list[str]) -> bool:
        """Whether a term before a document's whole title names a kind of its subject: a word
        of the trade (TALK_NAMING_KEYNESS) that the document says ("diplomatic sanctions",
        "nuclear sanctions"; not "labour sanctions", whose "labour" is reparations')."""
        documents = self.named_documents(named)
        return self.keyness.get(first, 0.0) >= TALK_NAMING_KEYNESS and any(self.index.contains_in(first, self.chunk_range(d)) for d in documents)

    def _asks_unsaid_everyday_triple(self, text: str, terms: list[str], top: Passage) -> bool:
        """Whether a question asking what something is names it by three everyday words in a
        row that the knowledge never says together ("what is a full court press?": the best
        passage's "full immunity", "courts" and "press the sending state" say another thing)."""
        if DEFINING_QUESTION.match(fold(text)) is None or not all(map(self.is_everyday, terms)) or self._defines_either(top, terms):
            return False
        words = [(word, self.query_tokens(word)) for word in NAME_WORD.findall(fold(text))]
        for start in range(len(words) - 2):
            run = words[start : start + 3]
            if [t for _, found in run for t in found] == terms:
                return not self.says_phrase(" ".join(word for word, _ in run))
        return False

    def asked_aims(self, text: str) -> frozenset[str]:
        """The aim words `text` asks by, after an owner and before what has the aim ("the
        purpose of", "its main aim behind"): what something is for, not a thing called an aim."""
        return frozenset(t for found in ASKED_AIM.finditer(fold(text)) for t in self.query_tokens(found["aim"]) if t in self.aim_words)

    def _view_of_a_name(self, first: str, second: str) -> bool:
        """Whether two terms in a row are a name and the learner's view of it (an attitude or
        significance word, `attitude`), which make no phrase together: "metternich important",
        "mention metternich"."""
        return any(view in self.attitude and self.written_as_name(name) for view, name in ((first, second), (second, first)))

    def _defines_either(self, passage: Passage, terms: list[str]) -> bool:
        """Whether the passage's section says it answers what one of the terms is."""
        return any(DEFINING_QUESTION.match(question) and not set(terms).isdisjoint(self.query_tokens(question)) for question in passage.chunk.questions)

    def _adverb(self, word: str) -> bool:
        """Whether a word is an adverb made from a word the knowledge uses ("legally" of
        "legal", "formally"), not a noun ending alike ("assembly", "ally")."""
        return word.endswith("ly") and any(self.index.idf_of(t) is not None for t in self.query_tokens(word[:-2]))

    def _plural(self, word: str, terms: list[str]) -> bool:
        """Whether a word is the plural of a word with the same terms ("states")."""
        return word.endswith("s") and self.query_tokens(word[:-1]) == terms

    def _outside_lists(self, passage: Passage) -> set[str]:
        """The passage's terms said outside its lists of names: "what's the capital of
        Australia?" meets the OSCE's partners only in a list of them, which says nothing of
        any one of them."""
        return set(self.tokenizer.tokens(NAME_LIST.sub(" ", passage.chunk.text)))

    def is_everyday(self, token: str) -> bool:
        """Whether a query term is an everyday English word ("real", "job") or a number,
        rather than a name or a term of the trade ("Holbrooke", "=jcpoa")."""
        return not token.startswith("=") and (NUMERAL.fullmatch(token) is not None or token in self._everyday)

    def lacks(self, doc_id: str, tokens: list[str]) -> list[str]:
        """The terms no section of the document contains."""
        chunks = self.chunk_range(doc_id)
        return [t for t in tokens if not self.index.contains_in(t, chunks)]

    def in_scope(self, result: SearchResult) -> bool:
        """Whether the knowledge base answers the query rather than sharing a word with it.

        Decided from shares of the question's weight, never from an absolute BM25 score
        (which punishes questions made of words common in the knowledge base, such as
        "what is a treaty?"): the knowledge base must know enough of the question's words
        at all, and the best passage must hold enough of those it knows; or, for
        a question naming a document, that document's best passage enough of the
        question less its incidental words. Words the
        knowledge base lacks count against it (everyday ones less, see `_weight`); words
        of a frame relating two subjects ("what part did X play in Y") do not count, nor
        do words of the learner's attitude ("why do they bother with X") or words a phrasing
        added ("terminated" beside "ended") the best passage lacks. A
        question asking which is good or best (`asks_judgement`) is declined whatever its
        shares, and so is one using a word of diplomacy in its everyday sense
        (`everyday_senses`: "how do I stay diplomatic with my coworkers?"), and one asking of
        a country's internal matters with nothing of relations between states (`domestic_focus`:
        "how is a bill passed in parliament?") unless its best passage's section lists the
        question itself: the knowledge speaks of parliaments and elections only in passing,
        where they touch diplomacy, and its words meet the question's there. One naming a thing
        the best passage does not name (`names_some`: "what currency does Japan use?") is
        answered only through a document it names ("what is Canada's role in NATO?")."""
        # Naming a document lowers the bar for that document; it never raises it.
        if result.top is None or result.asks_judgement or result.everyday_sense:
            return False
        if result.domestic and self.question_match(self.position[result.top.chunk.id], set(result.tokens)) < ASKED_MATCH:
            return False
        fits = result.fit >= self.min_coverage and result.known >= self.min_known and not result.misses_named_subject
        return fits or (bool(result.mentioned_documents) and result.rest_coverage >= self.min_rest_coverage)
