"""How far a denial reaches in a sentence: "British police could not enter Ecuador's London
embassy while Julian Assange stayed there until his arrest" denies entering, not arresting;
"the diplomat cannot be arrested or detained" denies the arrest. A "No." is best followed by
a sentence whose denial reaches the deed the question asks about.
"""

from __future__ import annotations

import re

from tutor.answering.sentence_verdict import NEGATION, SHIELDED_FROM, SHIELDED_FROM_WHAT

# Where a denial's reach ends: punctuation, or a word opening another clause ("... could not
# enter the embassy while Assange stayed there until his arrest").
REACH_END = re.compile(
    r"[,;:.()]|\b(?:and|but|or|while|whereas|until|unless|when|after|before|because|since|although|though|which|who|where|so)\b",
    re.IGNORECASE,
)


def denied_reaches(sentence: str) -> list[str]:
    """The stretches of a sentence its denials reach: from each denial to the end of its
    phrase ("not liable to any form of arrest", "shields diplomats from arrest")."""
    reaches = []
    for denial in NEGATION.finditer(sentence):
        if SHIELDED_FROM.fullmatch(denial.group()):
            reaches.append(SHIELDED_FROM_WHAT.match(sentence, denial.end()).group())
            continue
        rest = sentence[denial.end() :]
        stop = REACH_END.search(rest)
        reaches.append(rest[: stop.start()] if stop else rest)
    return reaches
