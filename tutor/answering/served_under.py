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
# Whose office it is, said before it ("the Soviet foreign minister"); not a word of the office
# itself, which would leave "minister" of "foreign minister".
NATION = r"(?:(?:us|u\.s\.|american|british|uk|soviet|russian|french|german|chinese|israeli|egyptian|indian|japanese|italian)\s+)?"
# A leader's name, not a body ("under the League of Nations").
LEADER = r"(?P<leader>(?!the\b)[a-z.'-]+(?:\s+[a-z.'-]+){0,3}?)"
BODY = re.compile(r"\b(?:league|nations|un|eu|council|union|government|administration|party|assembly|commission|organisation|organization)\b", re.IGNORECASE)
# Who held it "under" a leader or "in the administration of" one; or the leader's own
# ("Eisenhower's secretary of state").
UNDER = re.compile(
    rf"^\W*who\s+(?:was|were|served as|acted as|became)\s+(?:the\s+)?{NATION}{OFFICE}\s+"
    rf"(?:under|in the (?:administration|government|cabinet) of)\s+(?:president\s+|prime minister\s+|premier\s+|chancellor\s+)?{LEADER}{SETTING}\W*$",
    re.IGNORECASE,
)
# Said of the leader's own, the question names no time or place: "Austria's foreign minister at
# the Congress of Vienna" asks a country's delegate at an event, which the usual search finds.
LEADERS_OWN = re.compile(rf"^\W*who\s+(?:was|were)\s+(?P<leader>[a-z.-]+(?:\s+[a-z.-]+)?)['\u2019]s\s+{NATION}{OFFICE}\W*$", re.IGNORECASE)
# How many passages matching the office and the leader are read for a sentence naming both.
PASSAGES_READ = 30
# How many words apart the office and "under" the leader may stand ("Secretary of State from
# 1973 to 1977, under Presidents Richard Nixon").
NEAR_WORDS = 10
# How many words after the leader's possessive name the office may begin ("Reagan's Secretary of
# State", "Eisenhower's new Secretary of State").
OWNED_WORDS = 2
POSSESSIVE = re.compile(r"['\u2019]s$")
WORD = re.compile(r"[\w'\u2019-]+")


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
        question = question.strip()
        asked = UNDER.match(question) or LEADERS_OWN.match(question)
        if asked is None:
            return None
        retriever = self.retriever
        office = retriever.query_tokens(asked["office"])
        # The office's own name ("=secretary-of-state"), or else all its words.
        office = [t for t in office if t.startswith("=")] or office
        leader = [t for t in retriever.query_tokens(asked["leader"]) if not t.startswith("=") and (not retriever.is_everyday(t) or retriever.written_as_name(t))]
        if not office or not leader or BODY.search(asked["leader"]) or any(retriever.index.idf_of(t) is None for t in leader):
            return None
        # The words the office is written in, its glossary names' too ("Foreign Secretary").
        office_words = {t for t in retriever.as_said(office) if not t.startswith("=")}
        result = retriever.search("", tokens=[*office, *leader], k=PASSAGES_READ)
        for passage in result.passages:
            for at, (sentence, said) in enumerate(self.reader.of(passage.chunk)):
                if set(office) <= said and set(leader) <= said and self._near(sentence, office_words, set(leader)):
                    return Holder(result, passage.chunk, at)
        return None

    def _near(self, sentence: str, office_words: set[str], leader: set[str]) -> bool:
        """Whether the sentence says the office was held under the leader: the leader's name
        possessive right before the office ("Eisenhower's Secretary of State", "Ronald Reagan's
        Secretary of State"), or "under" between the office and the leader's name, within
        NEAR_WORDS words ("Secretary of State from 1973 to 1977, under Presidents Richard
        Nixon"); not a sentence naming both in other relations ("John Foster Dulles, the
        special envoy of Truman and later Secretary of State")."""
        words = WORD.findall(sentence)
        terms = [set(self.retriever.query_tokens(word)) for word in words]
        offices = [at for at, said in enumerate(terms) if said & office_words]
        leaders = [at for at, said in enumerate(terms) if said & leader]
        owned = any(POSSESSIVE.search(words[b]) and 0 < a - b <= OWNED_WORDS for a in offices for b in leaders)
        under = any(0 < b - a <= NEAR_WORDS and "under" in (word.lower() for word in words[a:b]) for a in offices for b in leaders)
        return owned or under
