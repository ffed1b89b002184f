"""The table of word senses the grader reads answers with (`dialogues/synonyms.yaml`).

Learners paraphrase: "country", "nation" and "state" are one sense, "curb", "cap" and
"restrict" another; "on its own" and "by itself" say "alone". Some groups name who acts
("governments", "academics"): the grader binds a claim to one of them in a question that
declares no roles. Some words name opposite sides ("host" and "home" states): said with the
other side's word, an idea is the wrong way round. The groups, phrases, actors and opposites are data, kept with the other dialogue files and parsed
through the same cache (`tutor.files.dialogues.load_dialogue`). A word's groups are found
by the word itself, or by its stem for its other endings.

A broken file must not stop the lessons: `shipped_senses` then grades with no synonyms, and
`load_catalogue` reports the file's problem in one line (so `tutor lesson --check` shows it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypedDict

from tutor.files.dialogues import DialogueError, load_dialogue
from tutor.files.paths import DIALOGUES, user_cache_dir
from tutor.search.knowledge import Problem
from tutor.search.text import Stemmer

SENSES_FILE = "synonyms"
_WORD = re.compile(r"[a-z0-9]+")  # a word as the grader reads an answer: folded, split at anything else
_ERROR_LINE = re.compile(r":(\d+): ")


class _Groups(TypedDict):
    groups: list[list[str]]


class SynonymFile(_Groups, total=False):
    phrases: dict[str, str]  # a phrase of several words, and the one word it is read as
    actors: list[str]  # the groups (by first word) whose words name who acts: "governments", "academics"
    non_state: list[str]  # the actor groups outside government: "academics", "companies"
    opposites: list[list[list[str]]]  # pairs of sides: the words of one name the other's opposite ("host", "home")


@dataclass(frozen=True)
class Senses:
    """Which groups each listed word (and each listed word's stem) belongs to, and each group's words."""

    by_word: dict[str, frozenset[str]]
    by_stem: dict[str, frozenset[str]]
    members: dict[str, tuple[str, ...]]  # a group's words, by the group's first word
    phrases: dict[str, str]  # each phrase's group in the pattern ("p0") -> the word it is read as
    _phrase_pattern: re.Pattern[str] | None
    actors: frozenset[str] = frozenset()  # the groups whose words name who acts
    opposites: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()  # pairs of opposite sides ("host", "receiving"; "home", "sending")
    non_state: frozenset[str] = frozenset()  # the actor groups outside government

    @classmethod
    def of(cls, groups: list[list[str]], phrases: dict[str, str] | None = None, actors: list[str] | None = None, opposites: list[list[list[str]]] | None = None, non_state: list[str] | None = None) -> "Senses":
        stem = Stemmer()
        by_word: dict[str, set[str]] = {}
        by_stem: dict[str, set[str]] = {}
        members: dict[str, tuple[str, ...]] = {}
        for words in groups:
            name = words[0]
            members[name] = members.get(name, ()) + tuple(words)
            for word in words:
                by_word.setdefault(word, set()).add(name)
                by_stem.setdefault(stem(word), set()).add(name)
        phrases = phrases or {}
        longest_first = sorted(phrases, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(f"(?P<p{i}>{_phrase_pattern(p)})" for i, p in enumerate(longest_first)) + r")\b") if phrases else None
        words = {f"p{i}": phrases[p] for i, p in enumerate(longest_first)}
        return cls({w: frozenset(g) for w, g in by_word.items()}, {s: frozenset(g) for s, g in by_stem.items()}, members, words, pattern, frozenset(actors or ()), tuple((tuple(a), tuple(b)) for a, b in opposites or ()), frozenset(non_state or ()))

    def read_phrases(self, text: str) -> str:
        """A folded text with each listed phrase replaced by the word it is read as."""
        return self._phrase_pattern.sub(lambda m: self.phrases[m.lastgroup or ""], text) if self._phrase_pattern else text

    def of_word(self, word: str, stem: str) -> frozenset[str]:
        """A listed word's own groups; another word takes the groups of its stem, or stands for itself."""
        return self.by_word.get(word) or self.by_stem.get(stem) or frozenset({stem})


_PARTICLES = frozenset({"out", "up", "in", "down", "off", "back", "forward", "through", "over"})
_OBJECTS = r"(?: (?:it|them|things|this|that|these|those|everything|stuff))?"


def _phrase_pattern(phrase: str) -> str:
    """A phrase whose first word may take a verb's ending: "sort out" is also "sorting out", "sorted out".

    A verb and its particle may hold a short object between them, as English allows: "hash
    things out" and "sort it out" are "hash out" and "sort out".
    """
    first, *rest = phrase.split()
    verb = re.escape(first) + "(?:s|es|d|ed|ing|[a-z]ing|[a-z]ed)?"
    if len(rest) == 1 and rest[0] in _PARTICLES:
        verb += _OBJECTS
    return " ".join([verb, *map(re.escape, rest)])


def read_senses(folder: Path = DIALOGUES, cache_dir: Path | None = None) -> Senses:
    """The senses of `folder`/synonyms.yaml; a DialogueError (one line, naming the file) when it is broken."""
    path = folder / f"{SENSES_FILE}.yaml"
    data = load_dialogue(SENSES_FILE, folder, cache_dir, shape=SynonymFile)
    for number, words in enumerate(data["groups"], 1):
        if not words:
            raise DialogueError(f"{path}: group {number} is empty")
        bad = next((w for w in words if not _WORD.fullmatch(w)), None)
        if bad is not None:
            raise DialogueError(f"{path}: group {number} ({words[0]}): '{bad}' is not one lower-case word of letters and digits")
        twice = next((w for i, w in enumerate(words) if w in words[:i]), None)
        if twice is not None:
            raise DialogueError(f"{path}: group {number} ({words[0]}): '{twice}' is listed twice")
    phrases = data.get("phrases", {})
    for phrase, word in phrases.items():
        if len(phrase.split()) < 2 or not all(_WORD.fullmatch(w) for w in phrase.split()) or phrase != " ".join(phrase.split()):
            raise DialogueError(f"{path}: phrases: '{phrase}' is not two or more lower-case words separated by single spaces")
        if not _WORD.fullmatch(word):
            raise DialogueError(f"{path}: phrases: '{phrase}' is read as '{word}', which is not one lower-case word")
    actors = data.get("actors", [])
    unknown = next((a for a in actors if a not in {words[0] for words in data["groups"]}), None)
    if unknown is not None:
        raise DialogueError(f"{path}: actors: '{unknown}' is not the first word of a group")
    non_state = data.get("non_state", [])
    stranger = next((a for a in non_state if a not in actors), None)
    if stranger is not None:
        raise DialogueError(f"{path}: non_state: '{stranger}' is not one of the actors")
    opposites = data.get("opposites", [])
    for number, pair in enumerate(opposites, 1):
        if len(pair) != 2 or not all(side and all(_WORD.fullmatch(w) for w in side) for side in pair):
            raise DialogueError(f"{path}: opposites: pair {number} is not two lists of lower-case words")
    return Senses.of(data["groups"], phrases, actors, opposites, non_state)


@lru_cache(maxsize=1)
def _shipped() -> tuple[Senses, Problem | None]:
    try:
        return read_senses(DIALOGUES, user_cache_dir()), None
    except DialogueError as exc:
        path = DIALOGUES / f"{SENSES_FILE}.yaml"
        rest = str(exc).removeprefix(str(path))
        line = _ERROR_LINE.match(rest)
        message = rest[line.end() :] if line else rest.removeprefix(": ")
        return Senses.of([]), Problem(path, int(line.group(1)) if line else 0, message)


def shipped_senses() -> Senses:
    """The shipped table, read once per process; empty when the file is broken (see `senses_problem`)."""
    return _shipped()[0]


def senses_problem() -> Problem | None:
    """What is wrong with the shipped table's file, or None."""
    return _shipped()[1]
