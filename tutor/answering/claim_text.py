"""The words of a yes/no question that make its claim: not an aside the learner puts in
brackets ("did china sign the npt (first year student here)?") nor a closer after the
question mark ("is morocco in the african union? asking for a friend"), whose words no
sentence of the knowledge says and which would keep any sentence from deciding the claim;
and a negated auxiliary opening it asks the same as the plain one ("wasn't it in 1972?"
claims it was: "No." says it was not); nor a year naming the subject ("did egypt recognise
israel in their 1979 peace treaty?"), which dates the treaty, not the deed claimed. A
statement asked to be confirmed is asked as a question by `tutor.answering.confirmation`.
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
# Words asking whether a claim holds at the opening of a yes/no question as the verdict reads
# it ("is it true that ...", "is that right, ...", "true or false: ..."): a leading "isn't" is
# plain by then (NEGATED_AUX); the search reads the learner's openings from the data
# (`opening` of `confirmation` in dialogues/intents.yaml), before the verdict's question is made.
TRUE_OR_NOT = r"(?:is|isn'?t) (?:it|that|this) (?:true|right|correct|so)|true or false"
# A verb told in the past without an auxiliary ("signed", "fell", "got"), as a learner says a
# deed: `tutor.answering.confirmation` reads a statement by it, `tutor.answering.claim_time` a
# thing named by a deed it did.
PAST_VERB = r"[a-z]{3,}ed|fell|won|began|broke|led|made|sent|held|met|gave|took|got|left|went|came|wrote|became|brought|fought|lost|sold|bought|built|struck|drew|set up"
# Irregular past forms of verbs claims use, and the verbs: `tutor.answering.claim_check`
# reads a deed in any of its forms by them, `tutor.answering.claims` a sentence's deed as its verb.
IRREGULAR_PAST = {
    "sent": "send", "led": "lead", "held": "hold", "met": "meet", "made": "make", "gave": "give", "given": "give",
    "took": "take", "taken": "take", "won": "win", "wrote": "write", "written": "write", "began": "begin", "begun": "begin",
    "brought": "bring", "fought": "fight", "drew": "draw", "drawn": "draw", "broke": "break", "broken": "break",
    "chose": "choose", "chosen": "choose", "told": "tell", "sold": "sell", "bought": "buy", "built": "build",
    "sought": "seek", "lost": "lose", "left": "leave", "kept": "keep", "became": "become", "spoke": "speak",
    "spoken": "speak", "struck": "strike", "withdrew": "withdraw", "withdrawn": "withdraw", "undertook": "undertake",
    "grew": "grow", "grown": "grow",
}
IRREGULAR = re.compile(rf"\b(?:{'|'.join(IRREGULAR_PAST)})\b", re.IGNORECASE)
# A plain denial in a claim ("not", "never", "isn't", "cant"), rather than one that is part
# of what is claimed ("without the UN", "immune from arrest"); not a word that only ends in
# "nt" ("sent", "permanent").
PLAIN_NEGATION = re.compile(
    r"\b(?:not|never|no|nor|neither|none|cannot|isnt|arent|wasnt|werent|doesnt|dont|didnt|cant|wont|hasnt|havent|hadnt|couldnt|wouldnt|shouldnt|mustnt)\b|n['’]t\b",
    re.IGNORECASE,
)


# A year before a noun, after a word that picks a thing out ("the 1979 peace treaty", "their
# 1648 treaties"): it names the thing, as a title's dating bracket does.
NAMING_YEAR = re.compile(r"\b(?P<det>the|their|its|his|her|this|that)\s+(?P<year>\d{4})\s+(?=[a-z])", re.IGNORECASE)
# A year said after a name, before the rest of the claim ("did the treaty of paris in 1783
# make ...?", "the congress of berlin of 1878"): it names the thing when the name is the
# answering document's.
YEAR_AFTER_NAME = re.compile(r"\s+(?:in|of|from)\s+(?P<year>\d{4})(?=\s+[a-z])", re.IGNORECASE)


# A claim that a party signed, asked by its noun ("was Czechoslovakia a signatory of the
# Munich Agreement?"): the party and what was signed.
SIGNATORY = re.compile(r"^\W*(?:is|are|was|were)\s+(?P<party>.+?)\s+(?:a|an|one of the|among the)?\s*signator(?:y|ies)\s+(?:of|to)\s+(?P<signed>.+)$", re.IGNORECASE)


def as_signing(question: str) -> str:
    """A claim of being a signatory asked as the deed ("did Czechoslovakia sign the Munich
    Agreement?"), which the readers of a deed's doers decide; unchanged otherwise."""
    claim = SIGNATORY.match(question)
    return f"did {claim['party']} sign {claim['signed']}" if claim is not None else question


def without_naming_year(question: str, years: tuple[int, int] | None, name: str = "") -> str:
    """The question without a year that names its subject, one within the answering
    document's years (`years`): before a noun (see NAMING_YEAR), or after the document's
    `name` when the document is of one year (see YEAR_AFTER_NAME). A sentence confirming the claim need not give it.
    Unchanged when it gives no such year."""
    if years is None:
        return question

    def within(said: re.Match[str]) -> bool:
        return years[0] <= int(said["year"]) <= years[1]

    question = NAMING_YEAR.sub(lambda said: f"{said['det']} " if within(said) else said.group(), question)
    name = name.lower().strip()
    # After the name, only the year of a subject of one year names it ("the treaty of paris in
    # 1783"); within a longer life it may date the deed ("the league of nations in 1920 expel").
    return YEAR_AFTER_NAME.sub(lambda said: "" if name and years[0] == years[1] and within(said) and question[: said.start()].lower().endswith(name) else said.group(), question)


def claim_proper(question: str, names_something: Callable[[str], bool], as_question: Callable[[str], str]) -> str:
    """The question without its bracketed asides and the closer after its question mark,
    its negated auxiliary plain (see NEGATED_AUX), a statement asked to be confirmed as a
    question (`as_question`: `tutor.answering.confirmation.Confirmation.as_question`).
    An aside giving a year or a name (`names_something`: "the UN Security Council (UNSC)")
    stays: it says what the claim is about."""
    question = as_question(NEGATED_AUX.sub(lambda said: said["lead"] + said["aux"], question))
    proper = ASIDE.sub(lambda aside: aside.group() if YEAR.search(aside["said"]) or names_something(aside["said"]) else "", question)
    return CLOSER.sub("?", proper).strip() or question
