"""Reading a learner's answer tolerantly: phrasings, choices and orderings.

A phrasing such as "binding international law" matches an answer when every one of its
content words appears in the answer, close together but in any order, with case,
accents, word endings (Snowball stems) and small typos forgiven. Numbers and short words
must match exactly, so "1815" never passes for "1816" nor "Iran" for "Iraq". A word that
the answer negates ("not binding", "non-state") does not count for a phrasing that says
no such thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tutor.search.spelling import edit_distance
from tutor.search.text import STOP_WORDS, Stemmer, fold, split_words

NEGATIONS = frozenset({"not", "no", "never", "cannot", "nor", "without", "neither", "none", "non"})
# Words that are stop words for retrieval but change the meaning of a short answer.
MEANINGFUL = frozenset({"only", "before", "after", "against", "between", "all", "both", "each", "more", "most", "few", "same", "other", "under", "over", "above", "below", "first"})
GRADING_STOP_WORDS = (STOP_WORDS - NEGATIONS - MEANINGFUL) | {"the", "a", "an"}
NEGATION_REACH = 3  # a negation covers this many following words ("non" only the next one)
PROXIMITY_SLACK = 3  # a phrasing's words may have this many other content words among them
_CONTRACTIONS = (("cannot", "can not"), ("can't", "can not"), ("won't", "will not"), ("n't", " not"))
_LABEL = re.compile(r"^\(?([a-z]|\d{1,2})\s*[).:]?$")
_LABEL_PREFIX = re.compile(r"^\(?([a-z]|\d{1,2})\s*[).:]\s+")
_NON_WORD = re.compile(r"[^a-z0-9+]+")
_ORDER_SEPARATORS = re.compile(r"[\s,;>/\-\u2192]+")
_TEXT_SEPARATORS = re.compile(r"\s*(?:;|>|\u2192|\n|,\s*then\s+|\s+then\s+)\s*")

_stem = Stemmer()


@dataclass(frozen=True)
class Token:
    """A content word of an answer: folded form, stem, and whether it is negated."""

    word: str
    stem: str
    negated: bool = False


def _expand_contractions(text: str) -> str:
    text = fold(text).replace("\u2019", "'")
    for short, long in _CONTRACTIONS:
        text = text.replace(short, long)
    return text


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Token, ...]:
    """The content words of `text`, each marked negated when a negation comes just before it."""
    words = [w.folded for w in split_words(_expand_contractions(text))]
    result = []
    for i, word in enumerate(words):
        if word in GRADING_STOP_WORDS or (len(word) == 1 and word.isalpha()):
            continue
        before = words[max(0, i - NEGATION_REACH) : i]
        negated = any(w in NEGATIONS and w != "non" for w in before) or (i > 0 and words[i - 1] == "non")
        result.append(Token(word, _stem(word), negated and word not in NEGATIONS))
    return tuple(result)


def words_match(answer: Token, wanted: Token) -> bool:
    """One answer word against one wanted word: equal, same stem, or a small typo."""
    if answer.word == wanted.word or answer.stem == wanted.stem:
        return True
    a, w = answer.word, wanted.word
    if not (a.isalpha() and w.isalpha()) or len(w) < 5 or a[0] != w[0]:
        return False
    limit = 2 if len(w) >= 10 else 1
    return edit_distance(a, w, limit) <= limit or edit_distance(answer.stem, wanted.stem, limit) <= limit


def phrase_matches(answer: str | tuple[Token, ...], phrasing: str) -> bool:
    """True when every content word of `phrasing` is in `answer` (any order, typos forgiven).

    A phrasing without negations is not satisfied by words the answer negates.
    """
    have = tokens(answer) if isinstance(answer, str) else answer
    wanted = tokens(phrasing)
    if not wanted:
        return False
    negative = any(t.word in NEGATIONS for t in wanted)
    positions: list[list[int]] = []
    for want in wanted:
        found = [i for i, t in enumerate(have) if words_match(t, want) and (negative or not t.negated)]
        if not found:
            return False
        positions.append(found)
    # The words must stand close together: "general assembly ... binding" ten words
    # apart is not the claim "the General Assembly is binding".
    window = len(wanted) + PROXIMITY_SLACK
    starts = sorted({i for found in positions for i in found})
    return any(all(any(start <= i < start + window for i in found) for found in positions) for start in starts)


def any_phrase_matches(answer: str, phrasings: list[str]) -> bool:
    have = tokens(answer)
    return any(phrase_matches(have, p) for p in phrasings)


def has_content(phrasing: str) -> bool:
    """False for phrasings made only of stop words, which could never be matched."""
    return bool(tokens(phrasing))


def _plain(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", fold(text)).split())


def letter(index: int) -> str:
    return chr(ord("A") + index)


def parse_label(text: str, count: int) -> int | None:
    """The choice a label such as "b", "(B)", "2." or "2)" names, or None."""
    match = _LABEL.match(fold(text).strip())
    if not match:
        return None
    label = match.group(1)
    index = int(label) - 1 if label.isdigit() else ord(label) - ord("a")
    return index if 0 <= index < count else None


def parse_choice(text: str, choices: list[str]) -> int | None:
    """The index of the choice an answer names by letter, number or text; None if unclear."""
    text = text.strip()
    if not text:
        return None
    plain = _plain(text)
    exact = [i for i, choice in enumerate(choices) if _plain(choice) == plain]
    if len(exact) == 1:  # before labels, so that "2" picks the choice "2" rather than B
        return exact[0]
    index = parse_label(text, len(choices))
    if index is not None:
        return index
    prefixed = _LABEL_PREFIX.match(fold(text))
    if prefixed:  # "B) the text" counts when the text agrees with the label
        index = parse_label(prefixed.group(1), len(choices))
        if index is not None and _plain(text[prefixed.end() :]) == _plain(choices[index]):
            return index
    return _fuzzy_choice(text, choices)


def _fuzzy_choice(text: str, choices: list[str]) -> int | None:
    """The one choice whose words the answer contains (or that contains all the answer's words)."""
    have = tokens(text)
    if not have:
        return None
    contained = [i for i, choice in enumerate(choices) if phrase_matches(have, choice)]
    if contained:
        best = max(len(tokens(choices[i])) for i in contained)
        longest = [i for i in contained if len(tokens(choices[i])) == best]
        return longest[0] if len(longest) == 1 else None
    within = [i for i, choice in enumerate(choices) if all(any(words_match(c, t) for c in tokens(choice)) for t in have)]
    return within[0] if len(within) == 1 else None


TRUE_WORDS = frozenset({"true", "t", "yes", "y", "right", "correct", "vrai"})
FALSE_WORDS = frozenset({"false", "f", "no", "n", "wrong", "incorrect", "faux"})


def parse_true_false(text: str) -> bool | None:
    """True or False from "true", "yes", "T", "A"/"1" (True) or "B"/"2" (False); else None."""
    plain = _plain(text)
    if plain in TRUE_WORDS or plain in {"a", "1"}:
        return True
    if plain in FALSE_WORDS or plain in {"b", "2"}:
        return False
    words = set(plain.split())
    if words & TRUE_WORDS and not words & FALSE_WORDS:
        return True
    if words & FALSE_WORDS and not words & TRUE_WORDS:
        return False
    return None


def parse_order(text: str, items: list[str]) -> list[int] | None:
    """The order an answer gives as letters ("C A B", "CAB"), numbers ("3 1 2") or texts ("x; y; z")."""
    count = len(items)
    folded = fold(text).strip()
    if not folded:
        return None
    parts = [p for p in _ORDER_SEPARATORS.split(folded) if p]
    if parts and all(p.isalpha() for p in parts):
        letters = list("".join(parts)) if all(len(p) == 1 for p in parts) or len(parts) == 1 else None
        if letters and len(letters) == count and all("a" <= c < chr(ord("a") + count) for c in letters):
            order = [ord(c) - ord("a") for c in letters]
            if len(set(order)) == count:
                return order
    if parts and all(p.isdigit() for p in parts):
        numbers = [int(p) - 1 for p in parts]
        if len(parts) == 1 and len(parts[0]) == count:  # "312"
            numbers = [int(c) - 1 for c in parts[0]]
        if len(numbers) == count and sorted(numbers) == list(range(count)):
            return numbers
    pieces = [p for p in _TEXT_SEPARATORS.split(text.strip()) if p.strip()]
    if len(pieces) != count:
        pieces = [p for p in text.split(",") if p.strip()]
    if len(pieces) == count:
        order = [parse_choice(p, items) for p in pieces]
        if None not in order and len(set(order)) == count:
            return order  # type: ignore[return-value]
    return None
