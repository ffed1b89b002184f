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
from tutor.search.text import CAPITAL, is_content_word
from tutor.tuning import SIDE_PREFIX

# "was Kennedy the Soviet leader?", "wasn't Begin an Egyptian president?", "was Sadat
# Israeli?": a person (one or two words) and the role or side claimed for them.
ROLE_CLAIM = re.compile(
    r"^\W*(?:was|is|were|wasn'?t|isn'?t)\s+(?P<person>[\w'\u2019.-]+(?:\s+(?!(?:the|a|an)\b)[\w'\u2019.-]+)?)\s+(?:(?:the|a|an)\s+)?(?P<role>[^?.!,;]+?)\W*$",
    re.IGNORECASE,
)
WORD = re.compile(r"[\w'\u2019.-]+|[^\w\s]")
INITIAL = re.compile(rf"{CAPITAL}\.")
POSSESSIVE = re.compile(r"(?:'|\u2019)s$")


class Title(NamedTuple):
    """A party's title in one sentence: its side and office terms, where it was said."""

    side: frozenset[str]
    office: frozenset[str]
    sentence: str
    position: int  # the chunk's position in the retriever


class Roles:
    """The titles of the people the knowledge base names, read on first need: the words it
    writes in lower case once, each person's titles when a question names them."""

    def __init__(self, retriever: Retriever, reader: SentenceReader) -> None:
        self.retriever = retriever
        self.reader = reader
        self._texts: list[str] | None = None
        self._lower: set[str] = set()
        self._titles: dict[str, list[Title]] = {}
        self._pairs: frozenset[str] | None = None  # see `_titled_pairs`
        self._upper: set[str] | None = None  # the words the knowledge base writes capitalised, in lower case

    def denial(self, question: str, said: list[str], near: str) -> tuple[str, Passage] | None:
        """For a claim that a person held a role on one side ("was Kennedy the Soviet
        leader?") or belonged to it ("was Sadat Israeli?"): a sentence naming the person with a title of another side ("US President
        John F. Kennedy") beside another party holding a title of the claimed side ("Soviet
        leader Nikita Khrushchev"), with its passage; None for another question, when the
        claim names no side, or when the knowledge ever gives the person the claimed side.
        Of those, one naming the claimed office's holder comes first (see below), then one the
        answer says (`said`), then one of its document (`near`)."""
        match = ROLE_CLAIM.match(question.strip())
        if match is None:
            return None
        surname = self.surname(match.group("person"))
        if not surname:
            return None  # "was ... the Soviet leader?": no one is named
        own = self.titles_of(surname)
        words = WORD.findall(match.group("role"))
        claimed = self._side(words)
        if not own or not claimed or any(self.sides_meet(title.side, claimed) for title in own):
            return None
        # The claimed office ("leader"): a sentence naming its holder on the claimed side
        # ("Soviet leader Nikita Khrushchev") says whose role it was, and comes before one
        # naming only someone else of that side ("Soviet Ambassador Anatoly Dobrynin"); then
        # one giving the person a side of their own ("US President John F. Kennedy").
        office = frozenset(self.retriever.query_tokens(" ".join(w for w in words if not self._proper(w))))
        denying = []
        for title in sorted(own, key=lambda t: (t.sentence not in said, self.retriever.chunks[t.position].doc_id != near)):
            sided = [other for name, other in self.titled_in(title.sentence) if name != surname and self.sides_meet(other.side, claimed)]
            if sided:
                denying.append(((not any(other.office & office for other in sided), not title.side), title))
        if not denying:
            return None
        _, title = min(denying, key=lambda d: d[0])
        return title.sentence, Passage(self.retriever.chunks[title.position], 0.0)

    @staticmethod
    def surname(person: str) -> str:
        """The word a person is filed under: the last of their name, in lower case."""
        return POSSESSIVE.sub("", person.split()[-1].rstrip(".")).lower()

    def titles_of(self, surname: str) -> list[Title]:
        """Every title the knowledge base gives the person of this surname, read from the
        chunks that say the name. An ASCII text is read only when one of its words begins
        with the surname capitalised, and only at those words (`_titles_in`): a name it gives
        is one of its words, capitalised."""
        if surname not in self._titles:
            texts = self._read()
            name = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
            capitalised = re.compile(rf"(?<![\w'\u2019.-]){re.escape(surname[:1].upper())}(?i:{re.escape(surname[1:])})")
            self._titles[surname] = [
                title
                for position, text in enumerate(texts) if (not text.isascii() or capitalised.search(text)) and name.search(text)
                for sentence in self.reader.sentences_of(self.retriever.chunks[position])
                if not (ascii := sentence.isascii()) or capitalised.search(sentence)
                for found, title in self._titles_in(sentence, position, surname if ascii else None) if found == surname
            ]
        return self._titles[surname]

    def titled_in(self, sentence: str) -> list[tuple[str, Title]]:
        """The people a sentence names with a title, by surname."""
        self._read()
        return self._titles_in(sentence, 0)

    def names_person(self, sentence: str) -> bool:
        """Whether a sentence names a person: with a title ("Iranian Foreign Minister
        Mohammad Javad Zarif"), or by two proper words in a row ("Roger Fisher"; not "a
        Negotiated Agreement", whose words the knowledge base also writes in lower case, nor
        "Camp David", two words of a document's title)."""
        if self.people_titled(sentence):
            return True
        words = WORD.findall(sentence)
        return any(
            self._proper(a) and self._proper(b) and a[:1].isupper() and b[:1].isupper() and f"{a} {b}".lower() not in self._titled_pairs()
            for a, b in zip(words, words[1:])
        )

    def _titled_pairs(self) -> frozenset[str]:
        """Two words in a row of a document's title ("camp david" of "Camp David Accords
        (1978)"): a place or a thing the knowledge is about, not a person."""
        if self._pairs is None:
            titles = [WORD.findall(document.title.lower()) for document in self.retriever.documents.values()]
            self._pairs = frozenset(f"{a} {b}" for words in titles for a, b in zip(words, words[1:]))
        return self._pairs

    def people_titled(self, sentence: str) -> list[Title]:
        """The titles of the people a sentence names with one: not of a thing named like a
        person ("the Egypt-Israel Peace Treaty", "the SALT I Interim Agreement"), whose last
        word the knowledge base also writes in lower case."""
        return [title for name, title in self.titled_in(sentence) if self._proper(name)]

    def _side(self, words: list[str]) -> frozenset[str]:
        """The terms of the proper words of a role ("soviet" of "Soviet leader", "egypt" of
        "president of Egypt"): words the knowledge base never writes in lower case."""
        self._read()
        proper = [w for w in words if self._proper(w)]
        return frozenset(self.retriever.query_tokens(" ".join(proper))) if proper else frozenset()

    def capitalised(self, word: str) -> bool:
        """Whether the knowledge base writes a word, and only capitalised ("Japan", "London"),
        however the learner typed it."""
        self._read()
        if self._upper is None:
            self._upper = {w.lower() for text in self._texts or [] for w in re.findall(r"\b[A-Z][\w'\u2019-]*", text)}
        return word.lower() in self._upper and self._proper(word)

    def _proper(self, word: str) -> bool:
        """Whether a word is one the knowledge base never writes in lower case ("Soviet")."""
        return word[:1].isalpha() and word.lower() not in self._lower

    @staticmethod
    def sides_meet(side: frozenset[str], claimed: frozenset[str]) -> bool:
        """Whether two sides are one: a term in common, or one's stem beginning the other's."""
        return any(a == b or (min(len(a), len(b)) >= SIDE_PREFIX and (a.startswith(b) or b.startswith(a))) for a in side for b in claimed)

    def _read(self) -> list[str]:
        """The chunks' texts, and the words they write in lower case."""
        if self._texts is None:
            self._texts = [chunk.plain_text() for chunk in self.retriever.chunks]
            self._lower = {w for text in self._texts for w in re.findall(r"\b[a-z][\w'\u2019-]*", text)}
        return self._texts

    def _titles_in(self, sentence: str, position: int, only: str | None = None) -> list[tuple[str, Title]]:
        """The titled names of a sentence: a capitalised word after a run of title words
        (capitalised, initials, "of" between capitals, and one lower-case office word after a
        capitalised one: "Soviet leader"), whose office holds a word the knowledge base also
        writes in lower case ("President", "leader"). With `only` (of an ASCII sentence), only
        at the words beginning with it."""
        words = WORD.findall(sentence)
        found = []
        for at in range(1, len(words)):
            if only is not None and not words[at].lower().startswith(only) or INITIAL.fullmatch(words[at]):
                continue
            name = POSSESSIVE.sub("", words[at].rstrip("."))  # "... Boris Yeltsin."
            if not name[:1].isupper() or at + 1 < len(words) and words[at + 1][:1].isupper():
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
