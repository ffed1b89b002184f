"""Questions asking who held an office under a leader ("who was secretary of state under Nixon?",
"who was Eisenhower's secretary of state?"): answered by a sentence naming that office together
with that leader, wherever the knowledge has one ("... Secretary of State from 1973 to 1977, under
Presidents Richard Nixon and Gerald Ford"). The passage that best matches the office alone tells
today's holder, and one naming neither is about someone else: without such a sentence the
question is left to the usual search."""

from __future__ import annotations

import re
from typing import NamedTuple

from tutor.answering.sentences import SentenceReader
from tutor.search.knowledge import Chunk
from tutor.search.retrieval import Retriever, SearchResult

# The words naming an office ("secretary of state" of "US secretary of state", "national
# security adviser"), not a head of state ("Egypt's president at Camp David" asks who led).
OFFICE = (
    r"(?P<office>(?:(?:national security|foreign|defen[cs]e|deputy|chief|high|permanent|prime)\s+)?"
    r"(?:secretary(?:\s+of\s+state|\s+of\s+defen[cs]e|[\s-]+general)?|minister(?:\s+(?:of|for)\s+foreign\s+affairs)?|adviser|advisor|"
    r"ambassador(?:\s+to\s+(?:the\s+)?[a-z]+)?|envoy|negotiator|representative|commissioner))"
)
# What may follow the leader: when or where ("... under Eisenhower during the Suez crisis").
SETTING = r"(?:\s+(?:during|in|at|when|while)\b.*)?"
# Who held it "under" a leader, "for" one or "in the administration of" one; or the leader's own
# ("Eisenhower's secretary of state").
UNDER = re.compile(
    rf"^\W*who\s+(?:was|were|served as|acted as|became)\s+(?:the\s+)?(?:[a-z]+\s+)?{OFFICE}\s+"
    rf"(?:under|for|in the (?:administration|government|cabinet) of)\s+(?:the\s+)?(?:president|prime minister|premier|chancellor)?\s*(?P<leader>[a-z.'-]+(?:\s+[a-z.'-]+){{0,3}}?){SETTING}\W*$",
    re.IGNORECASE,
)
LEADERS_OWN = re.compile(rf"^\W*who\s+(?:was|were)\s+(?P<leader>[a-z.-]+(?:\s+[a-z.-]+)?)['\u2019]s\s+(?:[a-z]+\s+)?{OFFICE}{SETTING}\W*$", re.IGNORECASE)
# How many passages matching the office and the leader are read for a sentence naming both.
PASSAGES_READ = 30


class Holder(NamedTuple):
    """Where the knowledge names the office held under the leader: the search of the office
    and the leader, its chunk and the sentence's place within it."""

    result: SearchResult
    chunk: Chunk
    at: int


class ServedUnder:
    """Finds the sentence naming an office held under a leader (see the module)."""

    def __init__(self, retriever: Retriever, reader: SentenceReader) -> None:
        self.retriever = retriever
        self.reader = reader

    def holder(self, question: str) -> Holder | None:
        """Where the knowledge names the office the question asks of under its leader; None
        for another question, or when no sentence names both."""
        asked = UNDER.match(question.strip()) or LEADERS_OWN.match(question.strip())
        if asked is None:
            return None
        retriever = self.retriever
        office = retriever.query_tokens(asked["office"])
        # The office's own name ("=secretary-of-state"), or else all its words.
        office = [t for t in office if t.startswith("=")] or office
        leader = [t for t in retriever.query_tokens(asked["leader"]) if not t.startswith("=") and (not retriever.is_everyday(t) or retriever.written_as_name(t))]
        if not office or not leader or any(retriever.index.idf_of(t) is None for t in leader):
            return None
        result = retriever.search("", tokens=[*office, *leader], k=PASSAGES_READ)
        for passage in result.passages:
            for at, (_sentence, said) in enumerate(self.reader.of(passage.chunk)):
                if set(office) <= said and set(leader) <= said:
                    return Holder(result, passage.chunk, at)
        return None
