"""When a yes/no question's claim is set, and when a sentence says its state holds: now
("is the UK in the EU?", "still"), in the past ("did the UK leave?", "was"), or as of a
date ("is, as of 2025, the last remaining treaty"). Patterns and plain functions only.
"""

from __future__ import annotations

import re

from tutor.answering.claim_text import PAST_VERB, TRUE_OR_NOT
from tutor.search.text import YEAR_DIGITS

# The auxiliary a yes/no question asks with: a claim about now ("is the UK in the EU?"),
# or about the past or any time ("was", "did", "ever"), which a state that ended since
# does not deny.
AUXILIARY = re.compile(
    r"\b(?:is|are|am|isn'?t|aren'?t|does|do|doesn'?t|don'?t|has|have|hasn'?t|haven'?t|was|were|wasn'?t|weren'?t|did|didn'?t|had|hadn'?t)\b",
    re.IGNORECASE,
)
PAST_OR_EVER = re.compile(r"^(?:was|were|wasn'?t|weren'?t|did|didn'?t|had|hadn'?t)$|\bever\b", re.IGNORECASE)
# Words that only say a claim is about now ("is the UK still in the EU?"): the claim's
# state, not its content, so no sentence need repeat them.
NOW_WORDS = "still now today currently anymore yet"
STILL = re.compile(rf"\b(?:{'|'.join(NOW_WORDS.split())})\b", re.IGNORECASE)
# Words that claim only that a subject is still there ("is the League still around?", "is
# New START still active?"): beside a word of NOW_WORDS, such a question names nothing else.
BEING_THERE_WORDS = "around alive active valid going existing operating functioning"
# Words that say a subject is still within something, as "in" does ("is Russia still part
# of the G8?", "still a member of"): beside a word of NOW_WORDS they claim no more than "in".
STILL_WITHIN_WORDS = "part member"
AS_OF = re.compile(r"\b(?:as of|since|today|now|still)\b", re.IGNORECASE)
# A sentence saying where its subject stands at a date ("is, as of 2025, the last remaining
# treaty"), and that it lasts ("remaining", "still in force").
AS_OF_DATE = re.compile(rf"\bas of (?:\w+ )?(?P<year>{YEAR_DIGITS})\b", re.IGNORECASE)
# An ending yet to happen as of a date ("was due to take effect in January 2026").
PENDING = re.compile(r"\b(?:due to|would|will) take effect\b", re.IGNORECASE)
# The same said of now: "remained in force for three decades" tells of a past.
PERSISTS_NOW = re.compile(r"\b(?:remains|still|continues)\b", re.IGNORECASE)
PERSISTS = re.compile(r"\b(?:remain(?:s|ed|ing)?|still|in force|continues?)\b", re.IGNORECASE)


# A thing named by a deed it did or saw in the past ("isn't Brest-Litovsk the treaty where
# Russia got out of WW1?", "is he the one who signed it?"): the claim is that deed's, a past
# one, unless it is said to hold now ("still", "in force": "is the INF treaty that trump left
# in force?").
PAST_DEED = re.compile(rf"\b(?:where|that|which|who|when|whereby)\s+(?:[\w'-]+\s+){{0,3}}?(?:{PAST_VERB})\b", re.IGNORECASE)


# A state that holds until it ends ("is New START in force?"): claimed in the present, it
# is claimed of now, as with "still", and a sentence saying when it began does not decide it.
IN_FORCE = re.compile(r"\b(?:in force|in effect)\b", re.IGNORECASE)


# Words asking to confirm a claim, whose "is" is not the claim's ("is it true that ...").
CONFIRMATION_FRAME = re.compile(rf"^\W*(?:{TRUE_OR_NOT})\W+(?:that\s+)?", re.IGNORECASE)


def claims_a_present_state(question: str) -> bool:
    """Whether a yes/no question claims something holds now ("is the UK in the EU?",
    "does NATO have ...?"), not that it happened ("did the UK leave?", "has it ever ...?",
    "is it the treaty that took Russia out of the war?")."""
    claim = CONFIRMATION_FRAME.sub("", question, count=1)  # "is it true that the US didn't join ...?" claims a past
    auxiliary = AUXILIARY.search(claim)
    past = PAST_OR_EVER.search(question) is not None or (PAST_DEED.search(claim) is not None and STILL.search(claim) is None and IN_FORCE.search(claim) is None)
    return auxiliary is not None and not PAST_OR_EVER.search(auxiliary.group()) and not past


def asks_of_now(question: str) -> bool:
    """Whether a yes/no question asks whether its claim holds now: with a word saying so
    ("still", "today"), or claiming in the present a state that lasts until it ends ("is
    the ABM Treaty in force?")."""
    return STILL.search(question) is not None or (IN_FORCE.search(question) is not None and claims_a_present_state(question))


def told_in_the_past(sentence: str) -> bool:
    """Whether a sentence's first auxiliary is past ("SALT I was the first set of
    agreements"): it tells what held then, not what holds now."""
    auxiliary = AUXILIARY.search(sentence)
    return auxiliary is not None and PAST_OR_EVER.search(auxiliary.group()) is not None
