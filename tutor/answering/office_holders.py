"""Questions asking who holds an office now ("who is the current US secretary of state?",
"who is the president of France?"): the knowledge answers them only with a sentence naming
the holder of that very office, or they are declined. A passage about another office that
shares a word ("NATO's Secretary General ... Mark Rutte") or one saying what the office
does ("In France, the president is head of state") names no holder of the one asked about."""

from __future__ import annotations

import re

from tutor.answering.sentences import SentenceReader, latest_year
from tutor.search.knowledge import Chunk
from tutor.search.retrieval import Retriever
from tutor.search.text import YEAR, YEAR_DIGITS

# "Who is the ...", "who's the ...": asks for whoever holds something now.
# "Whos" and "who s" are "who's" typed without its apostrophe (or with it read as a space).
ASKS_HOLDER = re.compile(r"^\W*who(?:'s|\u2019s|s| s| is)\s+(?:the\s+)?(?P<rest>.+)$", re.IGNORECASE)
# The year a holding lasting until now began ("has held the post since 1 January 2017"): a
# year asked after it is within it; a holding told in the past ("took office in 1946", "he
# had held the post since 1953" was a holding that ended) has none.
HELD_SINCE = re.compile(rf"\b(?:has held|holds|has been|is|are)\b[^.;]*?\bsince (?:\d{{1,2}} )?(?:[A-Z][a-z]+ )?({YEAR_DIGITS})\b")
# Words naming an office ("president", "secretary of state", "prime minister").
OFFICE = re.compile(
    r"\b(?:president|prime minister|premier|chancellor|secretary|minister|king|queen|monarch|head of (?:state|government)|"
    r"leader|chair(?:man|woman|person)?|director|commissioner|high representative|ambassador)\b",
    re.IGNORECASE,
)
# Words that ask about now, beyond the office's own.
NOW = "current currently now today right presently"
# What a sentence naming an office's holder says ("has held the post since 1 October 2024",
# "took office on 1 December 2024", "since 1 January 2017", "as of 2025").
HOLDS = re.compile(
    rf"\b(?:has held|holds|took office|in office|since (?:\d{{1,2}} )?(?:[A-Z][a-z]+ )?(?:{YEAR_DIGITS})|as of (?:{YEAR_DIGITS}))", re.IGNORECASE
)


class OfficeHolders:
    """Finds where the knowledge names the holder of the office a question asks about."""

    def __init__(self, retriever: Retriever, reader: SentenceReader) -> None:
        self.retriever = retriever
        self.reader = reader

    @staticmethod
    def asks_holder(question: str) -> bool:
        """Whether the question asks who holds an office ("who is the president of France?"),
        not who a named person is ("who is Henry Kissinger?")."""
        match = ASKS_HOLDER.match(question.strip())
        return match is not None and OFFICE.search(match.group("rest")) is not None and not match.group("rest")[:1].isupper()

    @staticmethod
    def _held_since(sentence: str) -> int:
        """The year a holding the sentence says lasts until now began (0 for none)."""
        since = HELD_SINCE.search(sentence)
        return int(since.group(1)) if since else 0

    def holder_sentence(self, doc_id: str, tokens: list[str]) -> tuple[Chunk, int] | None:
        """The chunk and place of the document's sentence saying who holds the office, the
        latest-dated of those that do: one says a holding ("has held the post since ...")
        and every word the question gives the office and its owner ("secretary" and "state"
        for "secretary of state"; "president" and "France"), the document's own name excused
        ("the Secretary-General" in the United Nations' document), unless the office is all
        the question names beside it ("who is the EU High Representative?" in "European Union
        foreign policy (CFSP, High Representative, EEAS)"): then the words of the office the
        title's brackets name stay asked, not any sentence saying "as of 2025". A year the
        question gives ("as of 2024") is no word of the office: a holding said to last since a
        year no later than it answers; one told in the past, or begun after it, does not say
        who held it then. None when none does."""
        now = set(self.retriever.query_tokens(NOW))
        # A year asked ("as of 2024") dates the holding, no word of the office: a holder said to
        # hold it since that year or before answers.
        years = [int(t) for t in tokens if YEAR.fullmatch(t)]
        asked = {t for t in tokens if t not in now and t not in self.retriever.incidental and not YEAR.fullmatch(t)}
        words = asked - self.retriever.as_said(self.retriever.title_terms(doc_id)) or asked - self.retriever.as_said(self.retriever.query_tokens(self.retriever.documents[doc_id].short_title))
        found = [
            (chunk, at)
            for chunk in (self.retriever.chunks[position] for position in self.retriever.doc_chunks.get(doc_id, []))
            for at, (sentence, said) in enumerate(self.reader.of(chunk))
            if HOLDS.search(sentence) and words <= set(said) and (not years or 0 < self._held_since(sentence) <= min(years))
        ]
        return max(found, key=lambda place: latest_year(self.reader.of(place[0])[place[1]][0]), default=None)
