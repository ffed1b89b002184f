"""The words of a yes/no question that make its claim: not an aside the learner puts in
brackets ("did china sign the npt (first year student here)?") nor a closer after the
question mark ("is morocco in the african union? asking for a friend"), whose words no
sentence of the knowledge says and which would keep any sentence from deciding the claim;
and a negated auxiliary opening it asks the same as the plain one ("wasn't it in 1972?"
claims it was: "No." says it was not); nor a year naming the subject ("did egypt recognise
israel in their 1979 peace treaty?"), which dates the treaty, not the deed claimed.
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


# A statement the learner asks to confirm by a tag after it ("the UN was founded in 1945,
# right?", "... 1748 right?", "..., isn't it?"), and the words before its first auxiliary
# (its subject, a few words) and after it.
TAG = re.compile(
    r"(?P<sep>,|\s[-\u2013\u2014]|\s)\s*(?:right|true|correct|yes|yeah|innit|am i right|(?:is|isn'?t) (?:that|this|it) (?:right|true|correct)"
    r"|(?:wasn|isn|weren|aren|didn|doesn|don|hasn|haven)['’]?t (?:it|they|he|she|that|there))\s*\?+\W*$",
    re.IGNORECASE,
)
# A word after which a tag said without a comma is the claim's own noun or complement ("was
# self-defence a right?", "the veto is a permanent member's right?", "the answer is yes?").
OWN_WORD_BEFORE = re.compile(r"(?:\b(?:a|an|the|my|your|his|her|its|our|their|no|is|are|was|were|be|been)|['’]s|s['’])$", re.IGNORECASE)
# What follows a reported claim when it is more than the claim: another sentence or question
# ("my friend says ambassadors are spies. what do you think?", "I heard that diplomats have
# immunity, why is that?").
MORE_THAN_CLAIM = re.compile(r"[.!?;]\s*\w|,\s*(?:what|whats|why|how|who|when|where|which|is|are|was|were|do|does|did|can|could)\b", re.IGNORECASE)
# A claim reported to be checked ("someone told me (that) ...", "I heard that ...").
REPORTED = re.compile(
    r"^\W*(?:(?:someone|somebody|a friend|my (?:friend|teacher|professor|prof|classmate|dad|mum|mom)|a classmate|people|everyone)\s+(?:told me|tells me|says|said|say|claims|claimed)"
    r"|i (?:heard|read|was told|have heard|ve heard))\s+(?:that\s+)?",
    re.IGNORECASE,
)
DENIED = re.compile(r"\b(?:not|never|no|nor|neither|none)\b|n['’]?t\b", re.IGNORECASE)
ASKING = re.compile(r"^\W*(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|what|whats|who|when|where|why|how|which)\b", re.IGNORECASE)
STATED = re.compile(r"^\W*(?P<subject>(?:[\w'’.-]+\s+){1,8}?)(?P<aux>is|are|was|were|has|have|had|can|could|will|would|does|do|did)\s+(?P<rest>[^,;]+?)\W*$", re.IGNORECASE)


# A year before a noun, after a word that picks a thing out ("the 1979 peace treaty", "their
# 1648 treaties"): it names the thing, as a title's dating bracket does.
NAMING_YEAR = re.compile(r"\b(?P<det>the|their|its|his|her|this|that)\s+(?P<year>\d{4})\s+(?=[a-z])", re.IGNORECASE)


# A claim that a party signed, asked by its noun ("was Czechoslovakia a signatory of the
# Munich Agreement?"): the party and what was signed.
SIGNATORY = re.compile(r"^\W*(?:is|are|was|were)\s+(?P<party>.+?)\s+(?:a|an|one of the|among the)?\s*signator(?:y|ies)\s+(?:of|to)\s+(?P<signed>.+)$", re.IGNORECASE)


def as_signing(question: str) -> str:
    """A claim of being a signatory asked as the deed ("did Czechoslovakia sign the Munich
    Agreement?"), which the readers of a deed's doers decide; unchanged otherwise."""
    claim = SIGNATORY.match(question)
    return f"did {claim['party']} sign {claim['signed']}" if claim is not None else question


def without_naming_year(question: str, years: tuple[int, int] | None) -> str:
    """The question without a year that names its subject (see NAMING_YEAR), one within the
    answering document's years (`years`): a sentence confirming the claim need not give it.
    Unchanged when it gives no such year."""
    if years is None:
        return question
    return NAMING_YEAR.sub(lambda said: f"{said['det']} " if years[0] <= int(said["year"]) <= years[1] else said.group(), question)


def as_question(text: str) -> str:
    """A statement asked to be confirmed by its tag, or reported to be checked, asked as a question: its first
    auxiliary first ("was the UN founded in 1945?"), or, with none, as a stated claim ("is
    it true that the Berlin Wall fell in 1989?"). Unchanged without a tag or when it asks
    itself ("was it signed in 1919, right?")."""
    reported = REPORTED.match(text)
    if reported is not None:
        if MORE_THAN_CLAIM.search(text[reported.end() :].rstrip("?!. ")):
            return text
        text = text[reported.end() :]
    tag = TAG.search(text)
    if tag is not None and tag["sep"].isspace() and OWN_WORD_BEFORE.search(text[: tag.start()]):
        tag = None
    if tag is None and reported is None or ASKING.match(text):
        return text
    said = text[: tag.start()].strip() if tag is not None else text.strip().rstrip("?")
    if DENIED.search(said):
        return text  # "ICJ and ICC are not the same thing, right?": a "No." would read both ways
    stated = STATED.match(said)
    if stated is None:
        return f"is it true that {said}?"
    return f"{stated['aux']} {stated['subject'].strip()} {stated['rest']}?"


def claim_proper(question: str, names_something: Callable[[str], bool]) -> str:
    """The question without its bracketed asides and the closer after its question mark,
    its negated auxiliary plain (see NEGATED_AUX), a statement asked by a tag as a question
    (see `as_question`).
    An aside giving a year or a name (`names_something`: "the UN Security Council (UNSC)")
    stays: it says what the claim is about."""
    question = as_question(NEGATED_AUX.sub(lambda said: said["lead"] + said["aux"], question))
    proper = ASIDE.sub(lambda aside: aside.group() if YEAR.search(aside["said"]) or names_something(aside["said"]) else "", question)
    return CLOSER.sub("?", proper).strip() or question
