"""A count and the word it counts ("seven members", "12 countries", "25 million"), read
alike in a yes/no claim and in the sentences that answer it: by `sentence_verdict` (a
sentence counting the claim's word otherwise denies it) and by `swapped_fillers` (a deed
the document tells with another count of the same word).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tutor.search.text import NUMBER_WORDS, YEAR
from tutor.tuning import SHARED_PREFIX

# Number words and their digits: those the tokenizer reads as digits (NUMBER_WORDS, "zero"
# to "twelve") and the larger ones a learner writes out.
COUNT_WORDS = {
    **NUMBER_WORDS,
    **{word: str(n) for n, word in enumerate("thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(), start=13)},
    "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
}
# A number, in digits ("25", "15.5", "1,900") or in a word, before the word it counts.
NUMBER = r"\d+(?:[.,]\d+)?|" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True))
# An ordinal counts its word too ("the 17th parallel"): its value keeps its ending, so
# that "38th" and "17th" differ and "17th" is no "17".
ORDINAL = r"\d+(?:st|nd|rd|th)"
ORDINAL_VALUE = re.compile(ORDINAL, re.IGNORECASE)
COUNTED = re.compile(rf"\b({ORDINAL}|{NUMBER})\s+([a-z]{{3,}})", re.IGNORECASE)
# A number alone, not a year ("35", "eight").
COUNT = re.compile(rf"^(?:{NUMBER})$", re.IGNORECASE)


class Count(NamedTuple):
    """A count in a text: its value in digits, the word it counts and the number, as written."""

    value: str
    word: str
    number: str = ""

    @property
    def counts(self) -> str:
        """What it counts (see `counting`); an ordinal's is its own ("17th parallel" counts
        no parallels)."""
        return counting(self.word) + ("#" if ORDINAL_VALUE.fullmatch(self.value) else "")


def counting(word: str) -> str:
    """A counted word by its first letters, so that "countries" and "country" are one."""
    return word.lower()[:SHARED_PREFIX]


def counts_in(text: str) -> list[Count]:
    """The counts a text gives, each with the word it counts; a year is no count."""
    return [
        Count(COUNT_WORDS.get(number.lower(), number.replace(",", "").lower()), word, number)
        for number, word in COUNTED.findall(text) if not YEAR.fullmatch(number)
    ]


def counted(text: str) -> dict[str, set[str]]:
    """The values a text counts each word with, by the word's first letters."""
    found: dict[str, set[str]] = {}
    for count in counts_in(text):
        found.setdefault(count.counts, set()).add(count.value)
    return found


def a_count(word: str) -> bool:
    """Whether a word is a number that is not a year ("12", "twelve"; not "1945")."""
    return COUNT.match(word) is not None and not YEAR.fullmatch(word)


def other_count(question: str, sentence: str) -> bool:
    """Whether the sentence counts what the question counts, and never as the question does
    ("did the tribunal have seven members?" / "The Geneva tribunal had five members")."""
    said = counted(sentence)
    return any(word in said and not values & said[word] for word, values in counted(question).items())
