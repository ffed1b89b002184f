"""A state the knowledge says was due to end on a day after it was written ("New START ...
is, as of 2025, the last remaining treaty ..., and it is due to expire on 5 February
2026"): whether that day has passed by today (see `clock.today`).

Why: "As of 2025, yes." to "is New START still in force?" reads, in December 2026, as
still in force, though the sentence giving it says it was due to expire that February.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from tutor.answering.clock import today
from tutor.search.text import MONTHS

# An ending still to come when the knowledge was written: "is due to expire on 5 February
# 2026", "was due to take effect in January 2026" (a withdrawal), "is due to end in 2026".
DUE_TO_END = re.compile(
    r"\bdue to (?:expire|end|lapse|run out|take effect|close)\s+(?P<when>(?:on|in|by)\s+(?:(?P<day>\d{1,2})\s+)?(?:(?P<month>"
    + "|".join(MONTHS)
    + r")\s+)?(?P<year>\d{4}))\b"
)


def passed_ending(sentence: str, as_of: str) -> str:
    """When the sentence (dated as of the year `as_of`) says what it tells was due to end
    after that year and the day has passed by today, the words giving the day ("on 5
    February 2026"); "" otherwise."""
    for due in DUE_TO_END.finditer(sentence):
        year = int(due["year"])
        if as_of and year < int(as_of):
            continue  # already past when the knowledge was written: the sentence says so itself
        month = MONTHS.index(due["month"]) + 1 if due["month"] else 12
        try:
            day = date(year, month, int(due["day"]) if due["day"] else calendar.monthrange(year, month)[1])
        except ValueError:
            continue  # no day of the calendar ("31 February", the year 0000): a knowledge file's slip
        if day < today():
            return due["when"]
    return ""
