"""The two ends of a span: when the thing a "how long?" question asks about began, and when
it ended, each from a sentence of the answering document that says so with a date.

"How many years did the League of Nations exist?" is answered by "The League of Nations
was founded on 10 January 1920 ..." and "... the League voted on 18 April 1946 to dissolve
itself": no sentence says the span outright, two sentences give its ends. Which ends
depends on what is asked (`span_ends` in dialogues/intents.yaml): talks open and end in a
signature; a treaty or an organisation is founded or enters into force, and is dissolved
or expires. Only sentences about the subject count: its name opens the sentence
("The League of Nations was founded ...") or stands beside the verb ("..., and the INF
Treaty ended", "signed the SALT I agreements"); North Korea's withdrawal from the NPT is
no end of the NPT.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tutor.answering.sentences import SentenceReader
from tutor.answering.span_length import WrittenDate, dates_in, writes_days
from tutor.search.knowledge import Chunk
from tutor.search.retrieval import Retriever
from tutor.search.text import YEAR
from tutor.tuning import SUBJECT_NEAR_VERB_WORDS, SUBJECT_OPENING_WORDS

# Patterns as text, compiled (and kept by `re`) at the first "how long?" question that
# needs them, not when `tutor ask` starts.
WORD = r"[\w'-]+"
# A word opening a clause of its own between the sentence's subject and the verb.
CLAUSE = r"(?i)\b(?:that|which|who|whom|whose|when|where|while|after|before|because|since|until)\b"


class SpanEnds(NamedTuple):
    """One sense of a span: the terms of the question words that ask for it, and the verbs
    of its beginning and its end."""

    asks: frozenset[str]
    begins: re.Pattern[str]
    ends: re.Pattern[str]
    begins_else: re.Pattern[str] | None  # the beginning when none of `begins` is said


class End(NamedTuple):
    """A sentence giving one end of a span, its chunk, and the year it gives."""

    sentence: str
    chunk: Chunk
    year: int


class Endpoints:
    """Finds a span's two ends in a document."""

    def __init__(self, retriever: Retriever, reader: SentenceReader, senses: list[tuple[list[str], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]]) -> None:
        self.retriever = retriever
        self.reader = reader
        self._senses_written = senses
        self._senses: list[SpanEnds] | None = None  # as terms, made when first needed

    def senses(self) -> list[SpanEnds]:
        """The senses of a span (`span_ends`), their asking words as terms, made on first need."""
        if self._senses is None:
            terms = self.retriever.query_tokens
            self._senses = [
                SpanEnds(frozenset(t for word in asks for t in terms(word)), begins, ends, begins_else)
                for asks, begins, ends, begins_else in self._senses_written
            ]
        return self._senses

    def sense_asked(self, asked: set[str], said: frozenset[str] | set[str] = frozenset()) -> SpanEnds | None:
        """The sense whose words the question's focus has, or its span words, no part of the
        focus (`said`): "exist" says the span is the subject's life ("for how many years did
        the League exist before the UN replaced it?"); the last sense (the subject's own life)
        also when the focus is empty ("how long did the ABM Treaty last?")."""
        senses = self.senses()
        for sense in senses:
            if sense.asks & (asked | said):
                return sense
        return senses[-1] if senses and not asked else None

    def of(self, doc_id: str, sense: SpanEnds, named: frozenset[str] = frozenset()) -> list[End]:
        """The sentences giving the span asked, in the document's words: the first saying it
        outright in the sense asked, of the subject ("The Dayton Accords were negotiated over
        three weeks"; not how often it comes round, "a review conference every five years");
        else the one saying when the subject began in this sense (the earliest
        such) and the one saying when it ended (the first after it: the talks that opened in
        1969 ended in the signature of 1972, not in a later treaty's), or the one saying
        both; else, when the document dates no end, the beginning alone ("how long has NATO
        existed?": since its founding); else none. The subject is the document's, or the
        one of its subjects the question `named` ("New START" of the START treaties, "SALT
        I" of "SALT I and the ABM Treaty")."""
        subject = self._subject(doc_id, named)
        begins: list[End] = []
        ends: list[End] = []
        # A pact the knowledge says was signed and ended, but never entered into force, lived
        # from its signature (`begins_else`).
        begins_else: list[End] = []
        for i in self.retriever.doc_chunks[doc_id]:
            chunk = self.retriever.chunks[i]
            for sentence, words in self.reader.of(chunk):
                spans = self.reader.has_cue(sentence, "span") or writes_days(sentence)
                outright = bool(words & sense.asks) and spans and not self.reader.has_cue(sentence, "frequency")
                if outright and self._names(self._opening(sentence), subject):
                    return [End(sentence, chunk, 0)]
                years = YEAR.findall(sentence)
                if not years:
                    continue
                if self._about(sentence, sense.begins, subject):
                    begins.append(End(sentence, chunk, int(years[0])))
                if self._about(sentence, sense.ends, subject):
                    ends.append(End(sentence, chunk, int(years[-1])))
                if sense.begins_else is not None and self._about(sentence, sense.begins_else, subject):
                    begins_else.append(End(sentence, chunk, int(years[0])))
        begins = begins or begins_else
        if not begins:
            return []
        first = min(begins, key=lambda end: end.year)
        if not ends:
            return [first]  # still going, as far as the document says: "how long has NATO existed?"
        later = [end for end in ends if end.year >= first.year and end.sentence != first.sentence]
        if any(end.sentence == first.sentence and end.year > first.year for end in ends):
            return [first]  # one sentence says both ("entered into force ... and expired ...")
        return [first, min(later, key=lambda end: end.year)] if later else []

    def dates(self, ends: list[End], sense: SpanEnds, doc_id: str, named: frozenset[str] = frozenset()) -> tuple[WrittenDate, WrittenDate] | None:
        """The dates of the two ends `of` found, as their sentences write them: the
        beginning's of the year it was found by, the end's likewise; None when the span was
        said outright, or only its beginning is known ("NATO was founded on 4 April 1949",
        whatever later year the sentence names)."""
        if not ends or ends[0].year == 0:
            return None
        first, last = ends[0], ends[-1]
        if len(ends) == 1:
            years = [int(year) for year in YEAR.findall(first.sentence)]
            if not self._about(first.sentence, sense.ends, self._subject(doc_id, named)) or years[-1] <= first.year:
                return None
            last = End(first.sentence, first.chunk, years[-1])
        start = self._date_of(first, sense.begins if sense.begins.search(first.sentence) or sense.begins_else is None else sense.begins_else)
        end = self._date_of(last, sense.ends)
        return (start, end) if start and end else None

    @staticmethod
    def _date_of(end: End, verb: re.Pattern[str]) -> WrittenDate | None:
        """The date an end's sentence gives it: the first after its verb ("The US Senate gave
        its consent ... in December 2010, and New START entered into force on 5 February
        2011": the entry into force), else the last of the year it was found by ("the League
        voted on 18 April 1946 to dissolve itself")."""
        said = verb.search(end.sentence)
        after = dates_in(end.sentence[said.end() :]) if said else []
        of_year = [d for d in dates_in(end.sentence) if d.year == end.year]
        return after[0] if after else of_year[-1] if of_year else None

    def says_of_subject(self, sentence: str, doc_id: str, named: frozenset[str] = frozenset()) -> bool:
        """Whether a sentence opens with the subject (see `of`): "The ABM Treaty remained in
        force for three decades" does, "Negotiators estimated that the limits lengthened
        Iran's breakout time ... to about one year" does not."""
        return self._names(self._opening(sentence), self._subject(doc_id, named))

    def _subject(self, doc_id: str, named: frozenset[str]) -> set[str]:
        """The terms naming the subject: the names and terms of the trade of the document's
        short title, or of its subjects the question named; not their everyday words ("treaty")."""
        title = sorted(named) or [t for t in self.retriever.query_tokens(self.retriever.documents[doc_id].short_title) if not t.isdigit()]
        return {t for t in title if not self.retriever.is_everyday(t)} or set(title)

    def _about(self, sentence: str, verb: re.Pattern[str], subject: set[str]) -> bool:
        """Whether the sentence says the verb of the subject: the subject opens it, or
        comes just before the verb."""
        match = verb.search(sentence)
        if match is None:
            return False
        before = " ".join(re.findall(WORD, sentence[: match.start()])[-SUBJECT_NEAR_VERB_WORDS:])
        after = " ".join(re.findall(WORD, sentence[match.end() :])[:SUBJECT_NEAR_VERB_WORDS])
        # The subject opening the sentence is the verb's only when no clause of another
        # subject comes between ("New START was part of the reset ... that Obama's
        # administration launched in 2009" says when the reset began).
        opening = "" if re.search(CLAUSE, sentence[: match.start()]) else self._opening(sentence)
        return any(self._names(words, subject) for words in (opening, before, after) if words)

    @staticmethod
    def _opening(sentence: str) -> str:
        """The first words of a sentence, where its subject stands."""
        return " ".join(re.findall(WORD, sentence)[:SUBJECT_OPENING_WORDS])

    def _names(self, words: str, subject: set[str]) -> bool:
        """Whether the words say any term of the subject."""
        return bool(subject & set(self.retriever.query_tokens(words)))
