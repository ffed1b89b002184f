"""The words of a yes/no question that make its claim: not an aside the learner puts in
brackets ("did china sign the npt (first year student here)?") nor a closer after the
question mark ("is morocco in the african union? asking for a friend"), whose words no
sentence of the knowledge says and which would keep any sentence from deciding the claim;
and a negated auxiliary opening it asks the same as the plain one ("wasn't it in 1972?"
claims it was: "No." says it was not). A statement asked to be confirmed is asked as a
question by `tutor.answering.confirmation`.
"""

from __future__ import annotations

import re
from typing import Callable

from tutor.search.text import YEAR

# A bracketed aside, and the words after a question's last question mark when they ask
# nothing themselves (not "... ? is it always the president?", "...? give an example").
ASIDE = re.compile(r"\s*\((?P<said>[^()]*)\)")
CLOSER = re.compile(
    r"\?\s*(?!(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|must|may|might|what|whats|who|when|where|why|how|which|give|tell|name|list|show|explain|describe|define|compare)\b)(?:[^?\s][^?]*)$",
    re.IGNORECASE,
)
# A negated auxiliary of "be", "do" or "have" opening a question, with or without its
# apostrophe ("wasnt", "didn't").
NEGATED_AUX = re.compile(r"^(?P<lead>\W*)(?P<aux>was|were|is|are|did|does|do|has|have|had)(?:n['’]?t)\b", re.IGNORECASE)
# A plain denial in a claim ("not", "never", "isn't", "cant"), rather than one that is part
# of what is claimed ("without the UN", "immune from arrest"); not a word that only ends in
# "nt" ("sent", "permanent").
PLAIN_NEGATION = re.compile(
    r"\b(?:not|never|no|nor|neither|none|cannot|isnt|arent|wasnt|werent|doesnt|dont|didnt|cant|wont|hasnt|havent|hadnt|couldnt|wouldnt|shouldnt|mustnt)\b|n['’]t\b",
    re.IGNORECASE,
)


def claim_proper(question: str, names_something: Callable[[str], bool], as_question: Callable[[str], str]) -> str:
    """The question without its bracketed asides and the closer after its question mark,
    its negated auxiliary plain (see NEGATED_AUX), a statement asked to be confirmed as a
    question (`as_question`: `tutor.answering.confirmation.Confirmation.as_question`).
    An aside giving a year or a name (`names_something`: "the UN Security Council (UNSC)")
    stays: it says what the claim is about."""
    question = as_question(NEGATED_AUX.sub(lambda said: said["lead"] + said["aux"], question))
    proper = ASIDE.sub(lambda aside: aside.group() if YEAR.search(aside["said"]) or names_something(aside["said"]) else "", question)
    return CLOSER.sub("?", proper).strip() or question
