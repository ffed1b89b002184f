"""Who the knowledge base says stood on which side: the titles before people's names.

The knowledge names a party with a title ("US President John F. Kennedy", "Soviet leader
Nikita Khrushchev", "Israeli Prime Minister Menachem Begin"). A title's side is its proper
words before its office ("US", "Soviet", "Israeli": words the knowledge base never writes in
lower case), its office the rest up to the given names ("President", "leader", "Prime
Minister"). A yes/no claim that a person held a role on one side ("was Kennedy the Soviet
leader?", "was Begin the president of Egypt?") is denied by a sentence that names the
person with a title of another side beside someone holding a title of the claimed side.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tutor.answering.sentences import SentenceReader
from tutor.search.retrieval import Passage, Retriever
from tutor.search.text import is_content_word

# "was Kennedy the Soviet leader?", "wasn't Begin an Egyptian president?": a person (one or
# two words) and the role claimed for them.
ROLE_CLAIM = re.compile(
    r"^\W*(?:was|is|were|wasn'?t|isn'?t)\s+(?P<person>[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+)?)\s+(?:the|a|an)\s+(?P<role>[^?.!,;]+?)\W*$",
    re.IGNORECASE,
)
WORD = re.compile(r"[\w'\u2019.-]+|[^\w\s]")
INITIAL = re.compile(r"[A-Z]\.")
POSSESSIVE = re.compile(r"(?:'|\u2019)s$")
# Two sides match when one's stem begins the other's ("egypt" and "egyptian"), down to
# this many letters ("isra" of "Israeli" and "israel").
SIDE_PREFIX = 4


class Title(NamedTuple):
    """A party's title in one sentence: its side and office terms, where it was said."""

    side: frozenset[str]
    office: frozenset[str]
    sentence: str
    position: int  # the chunk's position in the retriever


class Roles:
    """The titles of the people the knowledge base names, gathered on first need."""

    def __init__(self, retriever: Retriever, reader: SentenceReader) -> None:
        self.retriever = retriever
        self.reader = reader
        self._titles: dict[str, list[Title]] | None = None
        self._lower: set[str] = set()

    def denial(self, question: str, said: list[str], near: str) -> tuple[str, Passage] | None:
        """For a claim that a person held a role on one side ("was Kennedy the Soviet
        leader?"): a sentence naming the person with a title of another side ("US President
        John F. Kennedy") beside another party holding a title of the claimed side ("Soviet
        leader Nikita Khrushchev"), with its passage; None for another question, when the
        claim names no side, or when the knowledge ever gives the person the claimed side.
        A sentence the answer says (`said`) comes first, then one of its document (`near`)."""
        match = ROLE_CLAIM.match(question.strip())
        if match is None:
            return None
        titles = self._gathered()
        surname = POSSESSIVE.sub("", match.group("person").split()[-1]).lower()
        own = titles.get(surname, [])
        claimed = self._side(WORD.findall(match.group("role")))
        if not own or not claimed or any(self._sides_meet(title.side, claimed) for title in own):
            return None
        for title in sorted(own, key=lambda t: (t.sentence not in said, self.retriever.chunks[t.position].doc_id != near)):
            others = [t for name, held in titles.items() if name != surname for t in held if t.sentence == title.sentence]
            if any(self._sides_meet(other.side, claimed) for other in others):
                return title.sentence, Passage(self.retriever.chunks[title.position], 0.0)
        return None

    def _side(self, words: list[str]) -> frozenset[str]:
        """The terms of the proper words of a role ("soviet" of "Soviet leader", "egypt" of
        "president of Egypt"): words the knowledge base never writes in lower case."""
        self._gathered()
        proper = [w for w in words if self._proper(w)]
        return frozenset(self.retriever.query_tokens(" ".join(proper))) if proper else frozenset()

    def _proper(self, word: str) -> bool:
        """Whether a word is one the knowledge base never writes in lower case ("Soviet")."""
        return word[:1].isalpha() and word.lower() not in self._lower

    @staticmethod
    def _sides_meet(side: frozenset[str], claimed: frozenset[str]) -> bool:
        return any(a == b or (min(len(a), len(b)) >= SIDE_PREFIX and (a.startswith(b) or b.startswith(a))) for a in side for b in claimed)

    def _gathered(self) -> dict[str, list[Title]]:
        """Every titled name of the knowledge base, by its last word in lower case."""
        if self._titles is None:
            chunks = self.retriever.chunks
            texts = [chunk.plain_text() for chunk in chunks]
            self._lower = {w for text in texts for w in re.findall(r"\b[a-z][\w'\u2019-]*", text)}
            self._titles = {}
            for position, chunk in enumerate(chunks):
                for sentence, _ in self.reader.of(chunk):
                    for surname, title in self._titles_in(sentence, position):
                        self._titles.setdefault(surname, []).append(title)
        return self._titles

    def _titles_in(self, sentence: str, position: int) -> list[tuple[str, Title]]:
        """The titled names of a sentence: a capitalised word after a run of title words
        (capitalised, initials, "of" between capitals, and one lower-case office word after a
        capitalised one: "Soviet leader"), whose office holds a word the knowledge base also
        writes in lower case ("President", "leader")."""
        words = WORD.findall(sentence)
        found = []
        for at in range(1, len(words)):
            name = POSSESSIVE.sub("", words[at])
            if not name[:1].isupper() or INITIAL.fullmatch(name) or at + 1 < len(words) and words[at + 1][:1].isupper():
                continue  # not the last word of a name
            run: list[str] = []
            lowered = False
            for before, word in reversed(list(enumerate(words[:at]))):
                if before == 0 and word.lower() in self._lower:
                    break  # "The", "President" opening the sentence
                if word[:1].isupper() and word[0].isalpha():
                    run.insert(0, word)
                elif word == "of" and run and run[0][:1].isupper():
                    run.insert(0, word)
                elif word[:1].islower() and word.isalpha() and is_content_word(word) and not lowered and run and self._proper(words[before - 1]):
                    run.insert(0, word)  # "Soviet leader"; not "his adviser", "Carter hosted"
                    lowered = True
                else:
                    break
            lower_at = next((i for i, w in enumerate(run) if w[:1].islower() and w != "of"), None)
            if lower_at is not None and not all(self._proper(w) for w in run[:lower_at]):
                run = run[lower_at + 1 :]  # "President Jimmy Carter hosted Egyptian President": from the last name on
            office_at = [i for i, w in enumerate(run) if not INITIAL.fullmatch(w) and w.lower() in self._lower]
            if not office_at:
                continue  # a name alone ("John F. Kennedy")
            side = self._side(run[: office_at[0]])
            office = frozenset(self.retriever.query_tokens(" ".join(run[office_at[0] : office_at[-1] + 1])))
            if side:
                found.append((name.lower(), Title(side, office, sentence, position)))
        return found
