"""A yes/no claim of how a party felt about something ("did Japan like the ratio?", "was
China happy with the treaty?"): a sentence that only says what was agreed ("the ratio of 5
for the United States, 5 for Britain, 3 for Japan") names the party and the thing but not
the feeling, and cannot say yes to it. "like" is a stop word, so the claim's terms alone
never show that the question asks of a feeling.
"""

from __future__ import annotations

import re

# A feeling claimed of a party, as a verb or a predicate ("like", "was happy with").
FEELINGS = (
    r"(?:dis)?lik(?:es|ed)|dislike|love[sd]?|hate[sd]?|want(?:s|ed)?|welcome[sd]?|resent(?:s|ed)?"
    r"|happy|unhappy|pleased|satisfied|dissatisfied|glad|angry|upset"
)
STANCE = re.compile(rf"\b(?:{FEELINGS})\b", re.IGNORECASE)
# "like" as a verb, asked with "do" ("did Japan like it?"; not "is it like a treaty?").
LIKING = re.compile(r"^\W*(?:do|does|did)(?:n'?t)?\b[^?]*\blike\b", re.IGNORECASE)
# The words a sentence gives a feeling in, whatever feeling the question names.
FELT = re.compile(
    rf"\b(?:{FEELINGS}|resent\w*|anger\w*|angr\w*|bitter\w*|humiliat\w*|grievance\w*|discontent\w*|dissatisf\w*|satisf\w*|celebrat\w*|prais\w*|protest\w*|objected|opposed|resist\w*)\b",
    re.IGNORECASE,
)


def feeling_unsaid(question: str, sentence: str) -> bool:
    """Whether the question claims a feeling the sentence says nothing of."""
    return bool(STANCE.search(question) or LIKING.search(question)) and not FELT.search(sentence)
