"""How long lay between two dates the knowledge gives: the span a "how long?" answer states
when the knowledge gives only its two ends ("founded on 10 January 1920" and "voted on 18
April 1946 to dissolve itself": about 26 years).

The length is only as precise as the dates written: two days give a count of days (counted
as history counts them, both ends included: 16 to 28 October 1962 is 13 days), two months a
count of months, and bare years only a long span (`YEARS_ONLY_SPAN_MIN`), since "from 2008 to
2012" may be four years or five. Nothing is said when the end is not after the start.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from tutor.search.text import MONTHS, NUMBER_WORDS, YEAR_DIGITS
from tutor.tuning import DAYS_SPAN_MAX, HALF_YEARS_SPAN_MAX, MONTHS_SPAN_MAX, YEARS_ONLY_SPAN_MIN

# "10 January 1920", "June 1815", "1946"; not a year in "the 1990s" or "2008-2012"'s first half alone.
WRITTEN_DATE = re.compile(rf"\b(?:(?:(\d{{1,2}}) )?({'|'.join(MONTHS)}) )?({YEAR_DIGITS})\b(?!s\b)")
# "from September 1814 to June 1815", "from 16 October 1962, when ..., to 28 October 1962".
FROM_TO = re.compile(rf"\bfrom ({WRITTEN_DATE.pattern})\b.*?\b(?:to|until) ({WRITTEN_DATE.pattern})")
# "from 1 to 21 November 1995", "from 15 November to 3 December 1975": a first date that
# shares its month, or its year, with the second, which alone writes them.
FROM_SHARED = re.compile(rf"\bfrom (\d{{1,2}})(?: ({'|'.join(MONTHS)}))? (?:to|until) (\d{{1,2}}) ({'|'.join(MONTHS)}) ({YEAR_DIGITS})\b")
# Days of one month ("the conference of 29-30 September", "on 11 and 12 October 1986",
# "between 1 and 10 October 1938"), the year written or not.
DAY_RANGE = re.compile(rf"\b(\d{{1,2}})(?:-|\u2013| and | to )(\d{{1,2}}) ({'|'.join(MONTHS)})(?: ({YEAR_DIGITS}))?\b")
# The year days of one month are counted in when the sentence writes none: a leap year, so
# that "28-29 February" is two days whatever the year.
ANY_LEAP_YEAR = 2000
# A length said outright ("13-day", "for ten years", "three decades", "444 days").
LENGTH_SAID = re.compile(
    r"(?i)\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|fifty|hundred)"
    r"[- ](?:days?|weeks?|months?|years?|decades?|centuries?)\b"
)
DAYS_PER_MONTH = 365.25 / 12
# Numbers up to twelve are written as words, as the knowledge writes them ("nine months").
SPELT_NUMBERS = tuple(NUMBER_WORDS)


class WrittenDate(NamedTuple):
    """A date as the knowledge wrote it, with its parts; day and month may be missing."""

    text: str
    year: int
    month: int | None
    day: int | None


def dates_in(text: str) -> list[WrittenDate]:
    """The dates a text gives, in its order."""
    return [
        WrittenDate(found.group().strip(), int(year), MONTHS.index(month) + 1 if month else None, int(day) if day and month else None)
        for found in WRITTEN_DATE.finditer(text)
        for day, month, year in [found.groups()]
    ]


def writes_days(sentence: str) -> bool:
    """Whether a sentence dates something by days of one month ("29-30 September"): a span
    written as its ends, which `from_to` reads."""
    return DAY_RANGE.search(sentence) is not None


def says_length(sentence: str) -> bool:
    """Whether a sentence says a length of time outright ("444 days", "a 13-day confrontation")."""
    return LENGTH_SAID.search(sentence) is not None


def from_to(sentence: str) -> tuple[WrittenDate, WrittenDate] | None:
    """The two dates of a span a sentence writes: its "from ... to ...", a first date
    written short taking its month and year from the second ("from 1 to 21 November 1995"),
    else days of one month ("29-30 September")."""
    found = FROM_TO.search(sentence)
    if found is not None:
        start, end = dates_in(found.group(1)), dates_in(found.group(5))
        if start and end:
            return start[0], end[0]
    shared = FROM_SHARED.search(sentence)
    if shared is not None:
        day, month, end_day, end_month, year = shared.groups()
        start_month = month or end_month
        first = WrittenDate(f"{day} {month}" if month else day, int(year), MONTHS.index(start_month) + 1, int(day))
        return first, WrittenDate(f"{end_day} {end_month} {year}", int(year), MONTHS.index(end_month) + 1, int(end_day))
    days = DAY_RANGE.search(sentence)
    if days is None:
        return None
    day, end_day, month, year = days.groups()
    number = MONTHS.index(month) + 1
    counted = int(year) if year else ANY_LEAP_YEAR
    end = f"{end_day} {month} {year}" if year else f"{end_day} {month}"
    return WrittenDate(day, counted, number, int(day)), WrittenDate(end, counted, number, int(end_day))


def length_between(start: WrittenDate, end: WrittenDate) -> str | None:
    """How long lay between two dates, in words ("13 days", "about nine months", "about 26
    years"), as precisely as both are written; None when the end is not later or the dates
    are too rough for the span."""
    if start.day and end.day and start.month and end.month:
        days = (date(end.year, end.month, end.day) - date(start.year, start.month, start.day)).days
        if days <= 0:
            return None
        if days < DAYS_SPAN_MAX:
            return f"{_number(days + 1)} days"
        return _months_or_years(days / DAYS_PER_MONTH)
    if start.month and end.month:
        months = (end.year - start.year) * 12 + end.month - start.month
        return _months_or_years(months) if months > 0 else None
    years = end.year - start.year
    return f"about {_number(years)} years" if years >= YEARS_ONLY_SPAN_MIN else None


def _months_or_years(months: float) -> str:
    """A length in months, said in months when short (`MONTHS_SPAN_MAX`), else in years."""
    if months < MONTHS_SPAN_MAX:
        count = max(1, round(months))
        return "about a month" if count == 1 else f"about {_number(count)} months"
    years = months / 12
    if years < HALF_YEARS_SPAN_MAX and (halves := round(years * 2)) % 2:
        return f"about {_number(halves // 2)} and a half years"  # 17 November 1969 to 26 May 1972
    return f"about {_number(round(years))} years"


def _number(count: int) -> str:
    """A count as the answer writes it: a word up to twelve, else digits."""
    return SPELT_NUMBERS[count] if count < len(SPELT_NUMBERS) else str(count)
