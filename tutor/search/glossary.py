"""The glossary: groups of names for the same thing (acronyms, synonyms, other names).

When any name of a group appears in a text, the tokenizer adds the group's concept token,
so a question saying "Iran nuclear deal" finds documents that say "JCPOA" and the reverse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from tutor.search.text import NAME_MARK, STOP_WORDS, split_words, word_forms

_SLUG = re.compile(r"[^a-z0-9+.]+")
# A "+" a text has of its own, except inside a name such as "P5+1" or "EU+3" (before a
# digit): to a learner it is punctuation ("who+ signed it", "US+Cuba"), never a stand-in.
_OWN_PLUS = re.compile(r"\+(?![0-9])")


@dataclass
class Glossary:
    """Groups of equivalent names; the first name of each group is its canonical form."""

    groups: list[list[str]] = field(default_factory=list)
    # Everyday English words: an acronym spelt like one ("START") must be written in capitals.
    common_words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self._by_first_word: dict[str, list[tuple[tuple[str, ...], str, str | None]]] | None = None
        self._exact_names: re.Pattern[str] | None = None
        self._only_as_written: frozenset[str] | None = None  # see `only_as_written`
        self._words: frozenset[str] | None = None  # see `is_a_word`

    def canonical_name(self, token: str) -> str | None:
        """The first name of the group a concept token stands for ("G20" for "=g20")."""
        return next((group[0] for group in self.groups if self.concept_token(group[0]) == token), None)

    def names_of(self, token: str) -> list[str]:
        """Every name of the group a concept token stands for ("Palestinian Authority", ...)."""
        return next((list(group) for group in self.groups if self.concept_token(group[0]) == token), [])

    @staticmethod
    def concept_token(canonical: str) -> str:
        """The token that stands for a group, e.g. ``=jcpoa``."""
        return "=" + _SLUG.sub("-", "-".join(word_forms(canonical)[1]))

    def _index(self, stem: Callable[[str], str]) -> dict[str, list[tuple[tuple[str, ...], str, str | None]]]:
        """Aliases keyed by the stem of their first word: (stems, concept token, exact case)."""
        if self._by_first_word is None:
            index: dict[str, list[tuple[tuple[str, ...], str, str | None]]] = {}
            for group in self.groups:
                token = self.concept_token(group[0])
                for alias in group:
                    words = split_words(alias)
                    if not words:
                        continue
                    stems = tuple(stem(w.folded) for w in words)
                    exact = alias if self._counts_only_as_written(alias) else None
                    index.setdefault(stems[0], []).append((stems, token, exact))
                    if exact:  # its stand-in in folded questions ("us+"), see `mark_exact_names`
                        index.setdefault(exact.casefold() + NAME_MARK, []).append(((exact.casefold() + NAME_MARK,), token, None))
            for entries in index.values():
                entries.sort(key=lambda entry: -len(entry[0]))
            self._by_first_word = index
        return self._by_first_word

    def _counts_only_as_written(self, alias: str) -> bool:
        """Whether a name is one word that is also an ordinary word ("US", "WHO", "START"):
        it counts only when written as in the glossary."""
        words = split_words(alias)
        return len(words) == 1 and (words[0].folded in STOP_WORDS or (alias.isupper() and words[0].folded in self.common_words))

    def only_as_written(self) -> frozenset[str]:
        """The names that count only as written. The alias index marks each of them (it is
        there once any text was tokenized, and the cache gives it): reading them from it
        spares splitting the words of every name again, most of a first question's 2 ms."""
        if self._only_as_written is None:
            if self._by_first_word is not None:
                names = {exact for entries in self._by_first_word.values() for _, _, exact in entries if exact}
            else:
                names = {alias for group in self.groups for alias in group if self._counts_only_as_written(alias)}
            self._only_as_written = frozenset(names)
        return self._only_as_written

    def mark_exact_names(self, text: str) -> str:
        """`text` with each name that counts only as written ("US", "WHO", "START", "COP")
        replaced by its stand-in ("US+", "START+"), which still names it once the text is
        folded. The stand-in gives the name's concept token and no word token: "START" in
        capitals is the treaty, not the verb, and weighing both would count it twice (on
        dev, "who signed SALT I" then found SALT II's sentences). A text in capitals
        throughout is left alone: there "WHO" is as likely the question word.

        A name spelt like a stop word counts in lower case too where the stop word cannot
        stand: after "the" ("when did the us leave ...?": "the us" is never the pronoun) or
        joined by a hyphen to another word ("us-iran talks"). A "+" the text has of its own is
        read as a space first, so a typed "who+" or "US+" is not taken for a stand-in: "who+"
        is the question word, "US+" the name only as "US" would be."""
        text = _OWN_PLUS.sub(" ", text)
        if self._exact_names is None:
            exact = self.only_as_written()
            names = sorted(exact, key=len, reverse=True)
            lowered = sorted({alias.casefold() for alias in exact if alias.casefold() in STOP_WORDS}, key=len, reverse=True)
            written = r"(?<![A-Za-z0-9.+])(?:" + "|".join(map(re.escape, names)) + r")(?![A-Za-z0-9+]|\.[A-Za-z0-9])"
            stop_names = "|".join(map(re.escape, lowered))
            lower = rf"(?:(?<=\b[Tt]he )|(?<=[A-Za-z]-))(?:{stop_names})(?![A-Za-z0-9+.])|(?<![A-Za-z0-9.+-])(?:{stop_names})(?=-[A-Za-z])"
            self._exact_names = re.compile("|".join([written] + ([lower] if lowered else []))) if names else re.compile(r"(?!)")
        if text.isupper():
            return text
        return self._exact_names.sub(lambda m: m.group() + NAME_MARK, text)

    def as_written(self, side: str) -> str:
        """A side of a comparison that is the whole of a name counting only as written ("start"
        of "inf vs start", "us" of "us vs china"), with its stand-in ("start+ start"): things
        compared are names, not the verb or the pronoun, though the knowledge's sentences
        may say them as words too; any other side as it is."""
        word = side.strip().casefold()
        exact = any(alias.casefold() == word for alias in self.only_as_written())
        return f"{word}{NAME_MARK} {word}" if exact else side

    def export_matcher(self, stem: Callable[[str], str]) -> list[list]:
        """The alias index as plain lists, for the index cache (it is slow to rebuild)."""
        return [[list(stems), token, exact] for entries in self._index(stem).values() for stems, token, exact in entries]

    def load_matcher(self, exported: list[list]) -> None:
        """Use an alias index that `export_matcher` gave (same order, same stems)."""
        index: dict[str, list[tuple[tuple[str, ...], str, str | None]]] = {}
        for stems, token, exact in exported:
            index.setdefault(stems[0], []).append((tuple(stems), token, exact))
        self._by_first_word = index

    def is_a_word(self, concept: str) -> bool:
        """Whether a concept token stands for words, not a name: its group's first name is
        written in lower case ("withdrawal", "leave", "pull out"; not "Marshall Plan")."""
        if self._words is None:
            self._words = frozenset(self.concept_token(group[0]) for group in self.groups if group[0] == group[0].lower())
        return concept in self._words

    def name_stems(self, concepts: set[str], stem: Callable[[str], str]) -> frozenset[str]:
        """The stems of the words of every name of these concepts ("ussr", "soviet",
        "union", "socialist", "republ" for "=soviet-union")."""
        return frozenset(s for entries in self._index(stem).values() for stems, token, _ in entries if token in concepts for s in stems)

    def concepts_in(self, written: list[str], stems: list[str], stem: Callable[[str], str]) -> list[str]:
        """Concept tokens for every glossary name found in a text, once per occurrence:
        `written` are its words as written, `stems` their stems (`stem` stems the names)."""
        index = self._index(stem)
        if index.keys().isdisjoint(stems):
            return []  # most texts: no word starts a name
        found: list[str] = []
        i = 0
        # A longer name takes a stand-in's word as written: "new START+" is New START.
        plain = [s.removesuffix(NAME_MARK) for s in stems] if any(s.endswith(NAME_MARK) for s in stems) else stems
        while i < len(stems):
            matched = 0
            entries = index.get(stems[i], ())
            if plain[i] != stems[i]:
                entries = sorted([*entries, *index.get(plain[i], ())], key=lambda entry: -len(entry[0]))
            for alias_stems, token, exact in entries:
                n = len(alias_stems)
                if tuple((plain if n > 1 else stems)[i : i + n]) == alias_stems and (exact is None or written[i] == exact):
                    found.append(token)
                    matched = n
                    break
            i += matched or 1
        return found
