"""The sentences of a chunk, how much each says of what a question asks, and the shape of
a sentence (whether it can open an answer, whether it sets out a list).

Shared by resolution (which sentence answers best decides the passage), composition
(which run of sentences makes the answer) and verdicts (which sentence says yes or no),
so none borrows it from another.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from math import fsum

from tutor.search.knowledge import Chunk
from tutor.search.retrieval import Retriever
from tutor.search.text import NUMBER_WORDS, YEAR, is_content_word, split_sentences
from tutor.tuning import CONNECTIVE_WORDS, COUNTED_WORDS, DEFINED_AFTER_WORDS, NAMING_SHARE

# A part of a text named with its number ("Article IV", "Chapter VII", "article 5"), which
# names no party to a deed (not "the war guilt clause", "the Foreign Interests Section").
TEXT_PART = re.compile(r"\b(?:articles?|chapters?|sections?|annex|paragraphs?)\s+(?:\d+|[IVXLC]+\b|[ivxlc]+\b)", re.IGNORECASE)

def latest_year(sentence: str) -> int:
    """The latest year a sentence gives (0 for none): of the sentences saying a subject
    ended, the one with the latest year tells where it stands now ("On 20 January 2025 Trump
    ordered a second withdrawal" over the first withdrawal of 2017-2020)."""
    return max(map(int, YEAR.findall(sentence)), default=0)


def earliest_year(sentence: str) -> int:
    """The earliest year a sentence gives (0 for none): of the examples of a subject, the one
    the knowledge dates first is its classic one (Kissinger's shuttles of 1974, not Haig's of
    1982)."""
    return min(map(int, YEAR.findall(sentence)), default=0)


# A sentence that leans on the one before it ("Second, after arriving...", "This
# meant..."): an answer should not start with one.
DEPENDENT_START = re.compile(
    r"(?:second|third|fourth|fifth|then|next|finally|also|however|but|and|so|thus|therefore|moreover|"
    r"instead|otherwise|this|these|that|those|it|its|they|their|he|she|his|her|such|both|there)\b",
    re.IGNORECASE,
)

# A sentence that counts on from an earlier one ("The second aim is...", "The other
# organs..."), or whose first words carry a connective that draws on what came before
# ("Track one can then turn...", "The two governments therefore signed...", "The Security
# Council, by contrast, can ..."), or that opens with a phrase pointing back ("For that
# reason track one diplomacy is ...", "Under this agreement ...", "As a result, ...", "The main
# exception is ...", an exception to what the sentence before says).
# An ordinal in a name ("The Second Intifada", "the Second World War") counts on from
# nothing, so only a lower-case ordinal ("The second framework"), one opening the sentence
# with a comma ("Second, after arriving ...") or "Other ..." at the start leans back; "then" after a comma is
# often "at that time" ("Albania, then isolated, ..."), not "next".
# An exception to what the sentence before says ("The main exception is ..."): one phrase for
# LEANS_BACK and TIED_TO_THE_LAST.
EXCEPTION_OPENING = r"the (?:main |only |one |chief |big |biggest |notable )?exceptions? (?:is|are|was|were)\b"
LEANS_BACK = re.compile(
    r"(?:[Tt]he |[Aa] )?(?:second|third|fourth|fifth|latter|former|other|same|remaining)\b"
    r"|(?:Latter|Former|Other|Same|Remaining)\b|(?:Second|Third|Fourth|Fifth),"
    r"|(?i:(?:for|because of|as a result of|despite|after|following|given|with|in|on|by|from|under|to) (?:that|this|these|those|such)\b)"
    r"|(?i:as a result\b)"
    rf"|(?i:{EXCEPTION_OPENING})"
    r"|(?i:(?:\S+(?<!,)\s+){0,5}?then\b)"
    r"|(?i:(?:\S+\s+){0,5}?(?:therefore|thus|hence|however|instead|by contrast)\b)",
)


# A sentence tied to what the sentence before it says, shown only right after that sentence:
# an exception to it ("The main exception is the UN Security Council, where the five permanent
# members hold a veto", after "Each state has one vote in the UN General Assembly"), or the same
# things it names ("The same five states are the permanent members of the UN Security Council",
# after the five nuclear-weapon states).
TIED_TO_THE_LAST = re.compile(rf"(?i){EXCEPTION_OPENING}|the same (?:\w+ )?\w+ (?:is|are|was|were|has|have|had)\b")


# A sentence that ends by calling its subject an example ("Security Council Resolution 2231
# ..., which endorsed the Iran nuclear deal, is an example."): of what the one before it says.
AN_EXAMPLE_OF_THE_LAST = re.compile(r"\b(?:is|are|was|were) (?:an|one|another|a)(?: \w+)? (?:example|examples|instance|case in point|illustration)\W*$", re.IGNORECASE)


def stands_alone(sentence: str) -> bool:
    """Whether a sentence can open an answer: it does not lean on one before it."""
    return not DEPENDENT_START.match(sentence) and not LEANS_BACK.match(sentence) and not AN_EXAMPLE_OF_THE_LAST.search(sentence)


# A connective that draws on the sentence before ("The two governments therefore signed
# ...", "However, the treaty ..."; "The Security Council, by contrast, can ..."), among a
# sentence's first words: without it the sentence may say its fact on its own.
CONNECTIVE = re.compile(r"(?i)(?:,\s*)?\b(?:therefore|thus|hence|consequently|however|by contrast|also|then|in turn)\b,?\s*")


# "Also" among a sentence's first words ("The Kyoto Protocol also showed ...", "Recognition can
# also move ..."), not in another name ("also known as", "also called").
EARLY_ALSO = re.compile(r"^((?:\S+\s+){1,5}?)also\s+(?!(?:known|called|named|spelled|written|referred)\b)")


# A sentence that only announces what the next ones say, with no count or fact of its own
# ("Governments use back channels for several reasons.", "Track one and a half diplomacy
# has weaknesses as well as strengths."): no answer opens with it.
_KINDS = r"(?:reasons|ways|causes|factors|forms|steps|stages|cases|purposes|functions|roles|tasks|kinds|types|methods|tools|means)"
_SIDES = r"(?:strengths|weaknesses|advantages|disadvantages|limits|risks|benefits|drawbacks)"
ANNOUNCES = re.compile(
    rf"^[^:;,]*\b(?:several|many|various|a number of|a few|some|different|a variety of)\s+(?:\w+\s+)?{_KINDS}\s*\.$"
    rf"|^[^:;,]*\b{_SIDES} as well as {_SIDES}\s*\.$"
)


def announces(sentence: str) -> bool:
    """Whether a sentence only announces what follows it (`ANNOUNCES`)."""
    return bool(ANNOUNCES.match(sentence))


def without_also(sentence: str) -> str:
    """An answer's opening sentence without an "also" among its first words, which would
    point back to something the answer has not said ("The EU is also a member of the G20"
    opens as "The EU is a member of the G20")."""
    return EARLY_ALSO.sub(r"\1", sentence, count=1)


def freed(sentence: str) -> str | None:
    """A sentence that leans on the one before only by a connective among its first words,
    said without it ("The US and Soviet governments signed a Memorandum of Understanding
    ... on 20 June 1963" of "... therefore signed ..."); None for one that stands alone or
    leans back otherwise ("This meant ...", "The second aim ...")."""
    if stands_alone(sentence):
        return None
    found = CONNECTIVE.search(sentence)
    if found is None or len(sentence[: found.start()].split()) > CONNECTIVE_WORDS:
        return None
    head, rest = sentence[: found.start()].rstrip(), sentence[found.end() :]
    text = f"{head} {rest}" if head else rest[:1].upper() + rest[1:]
    return text if stands_alone(text) else None


# A count in words (or in digits, not a year: "196 parties", "6 organs"), and the words
# after it that may name what it counts ("three broad aims").
COUNTS = frozenset(NUMBER_WORDS) - {"zero", "one"}
# A count before the colon ("created six main organs:"), or items after it set apart by
# semicolons ("a permanent population; a defined territory; a government").
COUNTED_LIST = re.compile(rf"\b(?:{'|'.join(sorted(COUNTS))}|\d+)\b[^:]*:")
ITEMS_BY_SEMICOLONS = re.compile(r":[^;]+;[^;]+;")


def plainly_a_list(sentence: str) -> bool:
    """Whether a sentence with a colon sets out a list rather than explains."""
    return bool(COUNTED_LIST.search(sentence) or ITEMS_BY_SEMICOLONS.search(sentence))


def subject_before(sentence: str, verb: re.Pattern[str], most_words: int | None = None) -> tuple[str, re.Match[str]] | None:
    """A sentence's subject, the words before its first `verb` ("is", "are", ...), with the
    verb's match; None when it has no such verb, or the subject runs past `most_words`
    words (then the sentence does not read as saying what its subject is)."""
    found = verb.search(sentence)
    if found is None or most_words is not None and len(sentence[: found.start()].split()) > most_words:
        return None
    return sentence[: found.start()], found


# The verb after "the aim of ..." that says what the aim was ("... was not only disarmament").
AIM_VERB = re.compile(r"\b(?:is|was|are|were|has been|had been|remains|remained)\b")

WORDS = re.compile(r"[\w-]+")


class SentenceCues(Mapping[str, list[re.Pattern[str]]]):
    """The sentence cues of each kind of question, compiled when first asked for into one
    pattern that matches where any of them does (one search per sentence; none compiled at
    start-up). The cues are plain patterns: no back-references, no inline flags."""

    def __init__(self, patterns: dict[str, list[str]]) -> None:
        self._patterns = patterns
        self._compiled: dict[str, list[re.Pattern[str]]] = {}

    def __getitem__(self, intent: str) -> list[re.Pattern[str]]:
        compiled = self._compiled.get(intent)
        if compiled is None:
            patterns = self._patterns[intent]
            compiled = [re.compile("|".join(f"(?:{p})" for p in patterns))] if patterns else []
            self._compiled[intent] = compiled
        return compiled

    def __iter__(self) -> Iterator[str]:
        return iter(self._patterns)

    def __len__(self) -> int:
        return len(self._patterns)


# One sense a question asks for: the question's own terms for it, the other terms that
# say it, and the terms of its opposite.
Leaning = tuple[frozenset[str], frozenset[str], frozenset[str]]


class SentenceReader:
    """Split chunks into sentences (once per chunk) and weigh them against a question."""

    def __init__(
        self, retriever: Retriever, sentence_cues: dict[str, list[str]], opposed_senses: Iterable[tuple[list[str], list[str]]] = (), span_words: Iterable[str] = ()
    ) -> None:
        self.retriever = retriever
        self.cues = SentenceCues(sentence_cues)
        self._sentences: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self._split: dict[str, list[str]] = {}  # see `sentences_of`
        self._opposed_words = list(opposed_senses)
        self._opposed: list[Leaning] | None = None  # as terms, made when first needed
        self._concept_names: dict[str, list[frozenset[str]]] = {}  # see `name_terms`
        self._span_words = list(span_words)
        self._span_terms: frozenset[str] | None = None  # as terms, made when first needed

    @property
    def span_terms(self) -> frozenset[str]:
        """The terms of the words that, in a "how long?" question, ask for the span rather
        than name what it is of ("long", "last", "hold"): no sentence is nearer the answer
        for saying them ("long-range missiles", "holds a permanent seat")."""
        if self._span_terms is None:
            self._span_terms = self.retriever.terms_of(self._span_words)
        return self._span_terms

    def names(self, words: frozenset[str] | set[str], subject: frozenset[str] | set[str]) -> bool:
        """Whether a sentence (its terms, `words`) names a subject (its terms): by a glossary
        name of it, as its concept ("the Common Foreign and Security Policy" names the CFSP)
        or in all its words ("the UN Charter", whose concept is the charter's, names the UN),
        when the subject is that concept alone ("the United Nations" does not name "a UN
        resolution"); or by at least `NAMING_SHARE` of its terms, weighed by idf ("The United
        States" does not name the United Nations by "united", nor "nations" the League)."""
        plain = {t for t in subject if not t.startswith("=")}
        # Only a concept that is the whole subject ("the UN", not "a UN resolution").
        concepts = [t for t in subject if t.startswith("=") and plain <= frozenset().union(*self.name_terms(t))]
        if any(t in words or any(name <= words for name in self.name_terms(t)) for t in concepts):
            return True
        idf = self.retriever.index.idf_of
        named = fsum(idf(t) or 0.0 for t in subject & words)
        return named > 0 and named >= NAMING_SHARE * fsum(idf(t) or 0.0 for t in subject)

    def name_terms(self, concept: str) -> list[frozenset[str]]:
        """The terms of each glossary name of a concept, but its concept token (worked out once)."""
        names = self._concept_names.get(concept)
        if names is None:
            terms = self.retriever.query_tokens
            names = [frozenset(t for t in terms(name) if not t.startswith("=")) for name in self.retriever.kb.glossary.names_of(concept)]
            self._concept_names[concept] = names = [name for name in names if name]
        return names

    def _senses(self) -> list[tuple[frozenset[str], frozenset[str]]]:
        """The opposed senses as terms, made when first needed."""
        if self._opposed is None:
            terms = self.retriever.query_tokens
            self._opposed = [
                (frozenset(t for word in one for t in terms(word)), frozenset(t for word in other for t in terms(word)))
                for one, other in self._opposed_words
            ]
        return self._opposed

    def sense_terms(self) -> frozenset[str]:
        """Every term of the opposed senses: verbs saying what happened to a subject
        ("joined", "terminated"), which any subject could take."""
        return frozenset().union(*(one | other for one, other in self._senses()))

    def leanings(self, tokens: Iterable[str]) -> list[Leaning]:
        """The senses a question asks for among the opposed ones ("leave" of join and leave):
        those it has terms of, and none of their opposite's."""
        asked = set(tokens)
        leanings: list[Leaning] = []
        for one, other in self._senses():
            if asked & one and not asked & other:
                leanings.append((one & asked, one - asked, other))
            elif asked & other and not asked & one:
                leanings.append((other & asked, other - asked, one))
        return leanings

    @staticmethod
    def leaning(said: list[frozenset[str]], leanings: list[Leaning]) -> list[int]:
        """How each sentence of a passage (its terms) leans to the senses asked for: 1 when
        it says one in other words than the question's and no sentence of the passage uses
        the question's own ("suspended" for "when did Russia leave?"; the question's words
        count already where they are said), -1 when it says only the opposite ("joined"),
        0 otherwise."""
        instead = [others for own, others, _ in leanings if not any(words & own for words in said)]
        leans = []
        for words in said:
            says = any(words & (own | others) for own, others, _ in leanings)
            if any(words & others for others in instead):
                leans.append(1)
            else:
                leans.append(-1 if not says and any(words & opposite for *_, opposite in leanings) else 0)
        return leans

    def sentences_of(self, chunk: Chunk) -> list[str]:
        """A chunk's sentences (split once per chunk), without the tokens `of` works out."""
        sentences = self._split.get(chunk.id)
        if sentences is None:
            sentences = self._split[chunk.id] = split_sentences(chunk.plain_text())
        return sentences

    def of(self, chunk: Chunk) -> list[tuple[str, frozenset[str]]]:
        """A chunk's sentences with their tokens (worked out once per chunk)."""
        cached = self._sentences.get(chunk.id)
        if cached is None:
            sentences = self.sentences_of(chunk)
            cached = list(zip(sentences, map(frozenset, self.retriever.tokenizer.tokens_of_texts(sentences))))
            self._sentences[chunk.id] = cached
        return cached

    def of_document(self, doc_id: str) -> Iterator[tuple[Chunk, str, frozenset[str]]]:
        """Every sentence of a document in order, with its chunk and tokens (see `of`)."""
        for position in self.retriever.doc_chunks.get(doc_id, []):
            chunk = self.retriever.chunks[position]
            for sentence, said in self.of(chunk):
                yield chunk, sentence, said

    def has_cue(self, sentence: str, intent: str) -> bool:
        """Whether `sentence` has what this kind of question asks for (a date, a name, a number)."""
        return any(cue.search(sentence) for cue in self.cues.get(intent, []))

    def cue_at(self, sentence: str, intent: str) -> int | None:
        """Where in `sentence` the first of what this kind of question asks for begins, or None."""
        return min((found.start() for cue in self.cues.get(intent, []) if (found := cue.search(sentence))), default=None)

    def counts(self, sentence: str, terms: set[str] | frozenset[str]) -> bool:
        """Whether a sentence gives a number of the things `terms` name: a count before one of
        its words ("The 196 parties", "in two tracks"; not "of the UN" after "Article 2")."""
        # A year is no thing counted: "7 March 2024" counts no "2024" of "how many members in 2024?".
        terms = {t for t in terms if not YEAR.fullmatch(t)}
        words = WORDS.findall(sentence)
        return any(
            (word.lower() in COUNTS or word.isdigit() and not YEAR.fullmatch(word))
            and not set(self.retriever.query_tokens(" ".join(itertools.takewhile(is_content_word, words[at + 1 : at + 1 + COUNTED_WORDS])))).isdisjoint(terms)
            for at, word in enumerate(words)
        )

    def defines(self, sentence: str, focus: set[str] | frozenset[str]) -> bool:
        """Whether a sentence says what one of the `focus` terms is: the term is named up to its
        defining verb or just after it ("An embargo is ...", "... is known as an embargo"), not
        only further on ("The United States is the most active user of unilateral sanctions;
        for example, ... a near-total embargo on trade with Cuba": an instance, no definition)."""
        for cue in self.cues.get("definition", []):
            found = cue.search(sentence)
            if found is not None:
                after = sentence[found.end() :].split()[:DEFINED_AFTER_WORDS]
                return not focus.isdisjoint(self.retriever.query_tokens(" ".join([sentence[: found.end()], *after])))
        return False

    def aim_named(self, sentence: str) -> str | None:
        """What a sentence naming an aim in so many words gives the aim of ("The logic of the
        ABM Treaty was that ...": "the ABM Treaty "), or None."""
        for pattern in self.cues.get("aim_of", []):
            if (aim := pattern.search(sentence)) and (verb := AIM_VERB.search(sentence, aim.end())):
                return sentence[aim.end() : verb.start()]
        return None

    def explained(self, sentence: str) -> str | None:
        """The part of a sentence that the reason it gives explains: what comes before its
        "because", "so that", "lets ..." (`reason` cues), what comes after its "showed that",
        "led to" (`result` cues), what was founded "after ..." or "to ..." (`founding`
        cues), the whole sentence when it opens with its reason
        ("Because officials are in the room, ..."), what its "the aim of ..." names up to the
        verb saying what the aim was (`aim_of` cues: "The aim of Cold War arms control was
        ..."); None when it gives no reason."""
        if (aimed := self.aim_named(sentence)) is not None:
            return aimed
        for cues, before in ((("reason", "founding"), True), (("result",), False)):
            found = [match for cue in cues for pattern in self.cues.get(cue, []) if (match := pattern.search(sentence))]
            if found:
                match = min(found, key=lambda m: m.start())
                return sentence if match.start() == 0 else sentence[: match.start()] if before else sentence[match.end() :]
        return None

    def evidence(self, chunk: Chunk, focus: set[str], intent: str) -> list[tuple[float, bool]]:
        """For each sentence of `chunk`: the idf-weighted share of `focus` it names, and
        whether it has what the kind of question asks for (a date, a name, a number)."""
        weights = {t: self.retriever.index.idf_of(t) or 0.0 for t in focus}
        total = fsum(weights.values()) or 1.0
        cues = self.cues.get(intent, [])
        evidence = []
        for sentence, words in self.of(chunk):
            named = focus & words
            evidence.append((fsum(weights[t] for t in named) / total, any(cue.search(sentence) for cue in cues)))
        return evidence
