"""How far a denial reaches in a sentence: "British police could not enter Ecuador's London
embassy while Julian Assange stayed there until his arrest" denies entering, not arresting;
"the diplomat cannot be arrested or detained" denies the arrest. A "No." is best followed by
a sentence whose denial reaches the deed the question asks about.
"""

from __future__ import annotations

from tutor.answering.sentence_verdict import NEGATION, SHIELDED_FROM, SHIELDED_FROM_WHAT, reach_of


def denied_reaches(sentence: str) -> list[str]:
    """The stretches of a sentence its denials reach: from each denial to the end of its
    phrase ("not liable to any form of arrest", "shields diplomats from arrest")."""
    reaches = []
    for denial in NEGATION.finditer(sentence):
        if SHIELDED_FROM.fullmatch(denial.group()):
            reaches.append(SHIELDED_FROM_WHAT.match(sentence, denial.end()).group())
            continue
        reaches.append(reach_of(sentence, denial.end()))
    return reaches
