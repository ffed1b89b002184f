"""Words the knowledge base says only inside a fixed phrase, and questions using them outside it.

"Friday" is in the knowledge only as "Good Friday", "qualified" only as "qualified majority":
the knowledge knows those phrases, not the words. A question saying the word with none of
the neighbours the knowledge gives it ("my essay is due friday", "qualified immunity") uses
it in another sense, which the knowledge does not know. Worked out per word on first need,
from the passages that contain it, and remembered; a cached index keeps every bound word's
phrase (`tutor.search.cache`), so a cached start reads no passage for them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from tutor.search.text import words_and_gaps
from tutor.tuning import BOUND_MAX_CHUNKS, BOUND_MIN_USES, BOUND_SHARE

# A side of a word: the word before it (-1) or after it (+1).
SIDES = (-1, 1)


def joins(gap: str) -> bool:
    """Whether a gap between two words keeps them in one phrase: spaces or a hyphen."""
    return bool(gap) and not gap.strip(" -")


def beside(tokens: Sequence[str | None], gaps: Sequence[str], i: int) -> tuple[str | None, str | None]:
    """The tokens of the words right before and after word `i` in the same phrase (`joins`:
    "prime-minister" is "prime minister"; None at a stop word, another mark or an end), from
    a text's tokens and the gaps around its words (`words_and_gaps`)."""
    before = tokens[i - 1] if i > 0 and joins(gaps[i]) else None
    after = tokens[i + 1] if i + 1 < len(tokens) and joins(gaps[i + 1]) else None
    return before, after


class BoundWords:
    """Which terms the knowledge says only in a fixed phrase, and with which neighbours."""

    def __init__(
        self,
        texts_with: Callable[[str], list[str] | None],
        word_tokens: Callable[[list[str]], list[str | None]],
        known: dict[str, tuple[int, frozenset[str]]] | None = None,
    ) -> None:
        """`texts_with(term)`: the passages' texts containing the term (None when more than
        BOUND_MAX_CHUNKS do: a word said so widely is no phrase's); `word_tokens(words)`: the
        token of each folded word (None for a stop word). `known`: every bound term's phrase,
        as `phrases` gave them (the index cache keeps them): a term it lacks is said freely."""
        self._texts_with = texts_with
        self._word_tokens = word_tokens
        self._bound: dict[str, tuple[int, frozenset[str]] | None] = {}
        self._known = known
        self._read_texts: dict[str, tuple[list[str | None], list[str], dict[str, list[int]]]] = {}

    def _read(self, text: str) -> tuple[list[str | None], list[str], dict[str, list[int]]]:
        """A passage's tokens, the gaps between its words (see `words_and_gaps`) and where
        each token is said, read once for all the terms it holds."""
        if text not in self._read_texts:
            words, gaps = words_and_gaps(text)
            tokens = self._word_tokens(words)
            said: dict[str, list[int]] = {}
            for i, token in enumerate(tokens):
                if token is not None:
                    said.setdefault(token, []).append(i)
            self._read_texts[text] = (tokens, gaps, said)
        return self._read_texts[text]

    def phrase_of(self, term: str) -> tuple[int, frozenset[str]] | None:
        """The side on which the knowledge always says `term` with a neighbour (BOUND_SHARE of
        its BOUND_MIN_USES or more uses beside one word) and every neighbour it has there; None
        for a term said freely."""
        if self._known is not None:
            return self._known.get(term)
        if term in self._bound:
            return self._bound[term]
        found = None
        texts = self._texts_with(term)
        if texts:
            sides: dict[int, Counter[str | None]] = {side: Counter() for side in SIDES}
            uses = 0
            for text in texts:
                tokens, gaps, said = self._read(text)
                for i in said.get(term, ()):
                    uses += 1
                    before, after = beside(tokens, gaps, i)
                    sides[-1][before] += 1
                    sides[1][after] += 1
            for side in SIDES:
                common = [(n, t) for t, n in sides[side].items() if t is not None]
                if uses >= BOUND_MIN_USES and common and max(common)[0] >= BOUND_SHARE * uses:
                    found = (side, frozenset(t for t in sides[side] if t is not None))
                    break
        self._bound[term] = found
        return found

    def phrases(self, terms: Iterable[str]) -> dict[str, tuple[int, frozenset[str]]]:
        """The phrase of each of `terms` said only in one (`phrase_of`): for the index cache."""
        return {term: phrase for term in terms if (phrase := self.phrase_of(term)) is not None}

    def astray(self, text: str, terms: set[str]) -> dict[str, set[str]]:
        """Of `terms`, those `text` says only outside every phrase the knowledge says them in,
        each with the tokens of the words right beside it there (what it is said with instead).
        A word said in a phrase of another ("qualified immunity", "due friday") is astray; one
        said alone, between stop words or marks ("what is disengagement in diplomacy?", "win a
        prize for", '"soft" power', "prime-minister"), is the knowledge's word itself."""
        words, gaps = words_and_gaps(text)
        tokens = self._word_tokens(words)
        found: dict[str, set[str]] = {}
        for term in terms:
            phrase = self.phrase_of(term)
            if phrase is None:
                continue
            side, partners = phrase
            said = [beside(tokens, gaps, i) for i, token in enumerate(tokens) if token == term]
            in_a_phrase = any(before is not None or after is not None for before, after in said)
            if in_a_phrase and not any(pair[0 if side < 0 else 1] in partners for pair in said):
                found[term] = {t for pair in said for t in pair if t is not None}
        return found
