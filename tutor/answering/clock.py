"""Today's date, against which an answer reads the knowledge's dates.

Why: the knowledge is written "as of" a year, and some of what it says was still to come
then ("due to expire on 5 February 2026"); whether that day has passed depends on when the
learner asks. `TUTOR_TODAY` (an ISO date) pins the day, for tests and for reading an answer
as it would be given on another day; otherwise it is the machine's date.
"""

from __future__ import annotations

import os
from datetime import date

TODAY_VARIABLE = "TUTOR_TODAY"


def today() -> date:
    """The date `TUTOR_TODAY` gives, or the machine's when it is unset or not a date."""
    pinned = os.environ.get(TODAY_VARIABLE, "").strip()
    try:
        return date.fromisoformat(pinned) if pinned else date.today()
    except ValueError:
        return date.today()
