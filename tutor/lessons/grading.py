"""Reading a learner's answer as claims: phrasings, choices and orderings.

A phrasing such as "binding international law" matches an answer when every one of its
content words appears in one clause of the answer, close together but in any order, with
case, accents, word endings (Snowball stems) and small typos forgiven. Numbers and short
words must match exactly, so "1815" never passes for "1816" nor "Iran" for "Iraq"; a
typo is forgiven only in a word that is not itself an English word, so "protects" never
passes for "prosecuted".

Each word has a polarity. A negation ("not", "can't", "no", "never", "nobody", "unable")
denies the rest of its clause, "non" only the next word, and "immune/protected/exempt ...
from" what follows "from". Clauses end at punctuation and at words such as "but",
"while", "because" and "if". A phrasing matches only words of its own polarity: "cannot be
arrested" matches "immune from arrest" and "not arrested" but not "can be arrested", and a
misconception the learner denies does not fire.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tutor.search.spelling import common_english_words, edit_distance
from tutor.search.text import STOP_WORDS, Stemmer, fold, split_words

NEGATIONS = frozenset(
    "not no never cannot nor without neither none non nobody nothing noone unable lack lacks lacked lacking"
    " cant dont doesnt didnt isnt arent wasnt werent couldnt wouldnt shouldnt wont hasnt havent aint".split()
)
# "immune from arrest" says "not arrested": these words deny what follows a later "from".
PRIVATIVES = frozenset("immune immunity exempt exemption protect protects protected protecting protection shield shields shielded safe free".split())
# Words that end a clause, and with it the reach of a negation.
CLAUSE_WORDS = frozenset("but while whilst whereas although though because so if when unless however yet then instead since".split())
# Words that are stop words for retrieval but change the meaning of a short answer.
MEANINGFUL = frozenset({"only", "before", "after", "against", "between", "all", "both", "each", "more", "most", "few", "same", "other", "under", "over", "above", "below", "first", "own", "many", "much", "can", "too", "any", "from"})
GRADING_STOP_WORDS = (STOP_WORDS - NEGATIONS - MEANINGFUL - CLAUSE_WORDS) | {"the", "a", "an"}
YES_WORDS = frozenset({"yes", "yeah", "yep", "yup", "sure", "correct", "right"})
NO_WORDS = frozenset({"no", "nope", "nah"})
PROXIMITY_SLACK = 3  # a phrasing's words may have this many other content words among them
_CONTRACTIONS = (("cannot", "can not"), ("can't", "can not"), ("won't", "will not"), ("n't", " not"))
_CLAUSE_MARKS = re.compile(r"[.;:!?\u2013\u2014]|\s-\s")
_LABEL = re.compile(r"^\(?([a-z]|\d{1,2})\s*[).:]?$")
_LABEL_PREFIX = re.compile(r"^\(?([a-z]|\d{1,2})\s*[).:]\s+")
_NON_WORD = re.compile(r"[^a-z0-9+]+")
_ORDER_SEPARATORS = re.compile(r"[\s,;>/\-\u2192]+")
_TEXT_SEPARATORS = re.compile(r"\s*(?:;|>|\u2192|\n|,\s*then\s+|\s+then\s+)\s*")

_stem = Stemmer()


@dataclass(frozen=True)
class Token:
    """A content word of an answer: folded form, stem, whether it is denied, and its clause."""

    word: str
    stem: str
    negated: bool = False
    clause: int = 0


def _expand_contractions(text: str) -> str:
    text = fold(text).replace("\u2019", "'").replace("e.g.", ", eg").replace("i.e.", ", ie")  # a pause, not the end of a clause
    for short, long in _CONTRACTIONS:
        text = text.replace(short, long)
    return text


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Token, ...]:
    """The content words of `text`, each with its clause and whether a negation denies it."""
    result: list[Token] = []
    for clause, part in enumerate(_CLAUSE_MARKS.split(_expand_contractions(text))):
        denied = privative = after_non = False
        for word in (w.folded if w else None for piece in part.split(",") for w in [*split_words(piece), None]):
            if word is None:  # a comma ends a negation's reach, not the clause
                denied = privative = False
                continue
            if word in CLAUSE_WORDS:
                clause += 1000  # a new clause inside the same stretch of text
                denied = privative = False
                continue
            if word in NEGATIONS:
                denied, after_non = (denied or word != "non"), word == "non"
                continue
            if word in PRIVATIVES:
                privative = True
                continue
            if word == "from" and privative:
                denied = True
                continue
            negated = denied or after_non
            after_non = False
            if word in GRADING_STOP_WORDS or word == "from" or (len(word) == 1 and word.isalpha()):
                continue
            result.append(Token(word, _stem(word), negated, clause))
    return tuple(result)


def yes_no(text: str) -> bool | None:
    """True for an answer that opens with "yes", False for "no", None otherwise."""
    words = [w.folded for w in split_words(fold(text))]
    if words and words[0] in YES_WORDS:
        return True
    if words and words[0] in NO_WORDS:
        return False
    return None


def claim_of(prompt: str, agree: bool) -> tuple[Token, ...]:
    """The claim a yes or no makes about a yes/no prompt: its words, denied for "no"."""
    return tuple(Token(t.word, t.stem, t.negated != (not agree), -1) for t in tokens(prompt))


def words_match(answer: Token, wanted: Token) -> bool:
    """One answer word against one wanted word: equal, same stem, or a typo that is not itself a word."""
    if answer.word == wanted.word or answer.stem == wanted.stem:
        return True
    a, w = answer.word, wanted.word
    if not (a.isalpha() and w.isalpha()) or len(w) < 5 or a[0] != w[0]:
        return False
    limit = 2 if len(w) >= 10 else 1
    close = edit_distance(a, w, limit) <= limit or edit_distance(answer.stem, wanted.stem, limit) <= limit
    return close and a not in _english()


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    return frozenset(common_english_words())


def find_phrase(have: tuple[Token, ...], phrasing: str) -> list[int]:
    """Where `phrasing` is said in the answer: the index of each match's first word.

    Every content word of the phrasing must stand, with the phrasing's own polarity, in one
    clause of the answer, close together and in any order.
    """
    wanted = tokens(phrasing)
    if not wanted:
        return []
    positions: list[list[int]] = []
    for want in wanted:
        found = [i for i, t in enumerate(have) if t.negated == want.negated and words_match(t, want)]
        if not found:
            return []
        positions.append(found)
    window = len(wanted) + PROXIMITY_SLACK
    starts = sorted({i for found in positions for i in found})
    return [
        start
        for start in starts
        if all(any(start <= i < start + window and have[i].clause == have[start].clause for i in found) for found in positions)
    ]


def phrase_matches(answer: str | tuple[Token, ...], phrasing: str) -> bool:
    """True when `answer` says `phrasing`: its words, in one clause, with the same polarity."""
    return bool(find_phrase(tokens(answer) if isinstance(answer, str) else answer, phrasing))


def any_phrase_matches(answer: str | tuple[Token, ...], phrasings: list[str]) -> bool:
    have = tokens(answer) if isinstance(answer, str) else answer
    return any(find_phrase(have, p) for p in phrasings)


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
