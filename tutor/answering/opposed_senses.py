"""Verbs of opposed sense in a yes/no claim and a sentence: "does the Antarctic Treaty allow
military bases?" is denied by "... bans military bases", "did Le Duc Tho accept the Nobel
Prize?" by "... but Le Duc Tho declined it"; and a sentence saying the claim's own verb of
another subject ("..., shared with North Vietnam's chief negotiator, who declined it")
does not confirm "did Kissinger decline the Nobel Prize?". Rules of deciding exclude each
other as the verbs do: "does the WTO decide by majority vote?" is denied by "The WTO takes
decisions by consensus", unless the sentence gives the majority too ("by consensus or,
failing that, by a two-thirds majority").
"""

from __future__ import annotations

import re

from tutor.answering.sentences import TEXT_PART
from tutor.search.text import is_content_word

# Pairs of opposed senses, each a pattern of the verb's forms.
ALLOW = r"allow(?:s|ed|ing)?|permit(?:s|ted|ting)?"
BAN = r"ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|forb(?:id|ids|ade|idden|idding)|outlaw(?:s|ed|ing)?"
ACCEPT = r"accept(?:s|ed|ing)?"
DECLINE = r"declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|turn(?:s|ed)? down"
SENSES = ((ALLOW, BAN), (BAN, ALLOW), (ACCEPT, DECLINE), (DECLINE, ACCEPT))
# Rules of deciding: by a majority, or with every member agreeing. Two of the same side
# (consensus and unanimity) are not told apart: "every state must agree" says both.
MAJORITY = r"majority|majorities"
ALL_AGREEING = r"consensus|unanimity|unanimous|unanimously"
RULES = ((MAJORITY, ALL_AGREEING), (ALL_AGREEING, MAJORITY))

# "Did/does/do/has X VERB ...?": the claim's subject comes between the auxiliary and the verb.
AUXILIARY = re.compile(r"^\W*(?:did|does|do|has|have|had|was|were|is|are|can|could|will|would)\s+", re.IGNORECASE)
# Where the phrase before or after a verb in a sentence ends: punctuation or a word opening
# another clause.
PHRASE_END = re.compile(r"[,;:.()]|\b(?:and|but|or|though|although|while|whereas|which|who|that|after|before|because)\b", re.IGNORECASE)
# The word saying a verb's subject is another named before it ("..., who declined it").
RELATIVE_SUBJECT = re.compile(r"^(?:who|which)$", re.IGNORECASE)
# A verb denied before it ("does not ban"): then it says the opposite sense.
DENIED_BEFORE = re.compile(r"\b(?:not|never|no longer)\s+(?:\w+\s+)?$|n't\s+$", re.IGNORECASE)


def _words(text: str) -> set[str]:
    """The lowercase words of a text that name something (not stop words or pronouns)."""
    return {w for w in re.findall(r"[a-z0-9]{2,}", text.lower()) if is_content_word(w)}


def _all_said(what: set[str], text: str) -> bool:
    """Whether a text says every word of the claim's object, by their first four letters
    ("military bases"; not "nuclear tests in the atmosphere" for "underground tests")."""
    said = {w[:4] for w in _words(text)}
    return all(w[:4] in said for w in what)


def _subject_before(sentence: str, at: int) -> str:
    """The words before a verb back to the end of the phrase before them ("Le Duc Tho" of
    "..., but Le Duc Tho declined it"; "who" of "..., who declined it")."""
    before = sentence[:at]
    ends = [m for m in PHRASE_END.finditer(before)]
    if ends and RELATIVE_SUBJECT.match(ends[-1].group()):
        return ends[-1].group()
    return before[ends[-1].end() :] if ends else before


def _object_after(sentence: str, end: int) -> str:
    """The words after a verb up to the end of its phrase ("military bases" of "bans military
    bases, manoeuvres and ...")."""
    rest = sentence[end:]
    stop = PHRASE_END.search(rest)
    return rest[: stop.start()] if stop else rest


def _claim(question: str, verb: str) -> tuple[set[str], set[str], re.Match[str]] | None:
    """The words of the claim's subject and object around its verb of a sense, and the verb."""
    opening = AUXILIARY.match(question)
    found = re.search(rf"\b(?:{verb})\b", question, re.IGNORECASE)
    if opening is None or found is None or found.start() < opening.end():
        return None
    return _words(question[opening.end() : found.start()]), _words(question[found.end() :]), found


def _of(subject: set[str], said_subject: str) -> bool | None:
    """Whether a verb's subject in a sentence is the claim's: True when it names it, False
    when it names another or points to one named before it ("who"), None when it says neither."""
    if RELATIVE_SUBJECT.match(said_subject.strip()):
        return False
    said = _words(said_subject)
    if not said or TEXT_PART.search(said_subject):
        return None  # nothing, or a part of the text ("Article IV bans ..."), whose subject is the text's
    # By their first four letters, as `_all_said` reads: "decides" says "decide".
    return bool({w[:4] for w in subject} & {w[:4] for w in said})


def opposed(question: str, sentence: str, others: tuple[str, ...] = ()) -> bool:
    """Whether the sentence says the opposite sense of the claim's verb of the claim: of its
    subject ("Le Duc Tho declined it" for "did Le Duc Tho accept ...?") or, its subject
    not another, of all the claim's object ("and bans military bases" for "does the treaty
    allow military bases?"; not "banned nuclear tests in the atmosphere" for "does it allow
    underground tests?"). A verb denied ("does not ban") says no opposite. A rule of
    deciding is opposed only when neither the sentence nor the `others` beside it give the
    asked rule as well ("Many General Assembly resolutions are now adopted by consensus"
    beside the two-thirds majority)."""
    return bool(opposed_words(question, sentence, others))


def opposed_words(question: str, sentence: str, others: tuple[str, ...] = ()) -> list[str]:
    """The claim's words of a sense whose opposite the sentence says of the claim (see
    `opposed`): the sentence speaks to them, in the words of the other sense ("by
    consensus" speaks to "by majority vote?")."""
    rules = [(asked, opposite) for asked, opposite in RULES if not any(re.search(rf"\b(?:{asked})\b", said, re.IGNORECASE) for said in (sentence, *others))]
    for asked, opposite in (*SENSES, *rules):
        claim = _claim(question, asked)
        if claim is None:
            continue
        subject, what, _ = claim
        for said in re.finditer(rf"\b(?:{opposite})\b", sentence, re.IGNORECASE):
            if said.group()[0].isupper() or DENIED_BEFORE.search(sentence[: said.start()]):
                continue  # a word of a name ("the Partial Test Ban Treaty"), or a verb denied
            of_subject = _of(subject, _subject_before(sentence, said.start()))
            if of_subject or (of_subject is None and what and _all_said(what, _object_after(sentence, said.end()))):
                return [claim[2].group()]
    return []


def said_of_another(question: str, sentence: str) -> bool:
    """Whether the sentence says the claim's verb of a sense only of another subject: "...
    shared with North Vietnam's chief negotiator, who declined it" for "did Kissinger
    decline the Nobel Prize?"."""
    for asked, _ in SENSES:
        claim = _claim(question, asked)
        if claim is None:
            continue
        subject = claim[0]
        found = [said for said in re.finditer(rf"\b(?:{asked})\b", sentence, re.IGNORECASE) if said.group()[0].islower()]
        if found and all(_of(subject, _subject_before(sentence, said.start())) is False for said in found):
            return True
    return False
