"""A statement the learner asks to have confirmed, read once for the search and the verdict.

"the UN was founded in 1945, right?", "..., isn't it?", "is it true that ...?", "someone told
me (that) ...", "I heard that ...": `Confirmation.read` finds the words asking and the claim
between them. The session searches the claim alone (`Confirmation.claim`); the yes/no
verdict reads it asked as a question, its first auxiliary first (`Confirmation.as_question`).
The learners' words (openings, reporters, tags) live in dialogues/intents.yaml
(`confirmation`); this module holds the grammar around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, TypedDict

from tutor.answering.claim_text import PAST_VERB, PLAIN_NEGATION
from tutor.search.text import AUXILIARIES, QUESTION_WORDS

# A question's own opening: an auxiliary or a question word ("whats" run together).
ASKING = re.compile(rf"^\W*(?:{'|'.join(sorted(AUXILIARIES | QUESTION_WORDS | {'whats'}))})\b", re.IGNORECASE)
# A statement: its subject (a few words), its first auxiliary and the rest.
STATED = re.compile(r"^\W*(?P<subject>(?:[\w'’.-]+\s+){1,8}?)(?P<aux>is|are|was|were|has|have|had|can|could|will|would|does|do|did)\s+(?P<rest>[^,;]+?)\W*$", re.IGNORECASE)
# A statement told in the past without an auxiliary: its subject (a few words) and a verb
# in the past ("obama lifted the embargo on cuba", "the berlin wall fell in 1989").
STATED_PAST = re.compile(
    rf"^\W*(?:[\w'’.-]+\s+){{1,6}}?(?:{PAST_VERB})\s+\w",
    re.IGNORECASE,
)
# A question word anywhere ("the UN was founded when?"): the statement asks for something.
QUESTION_WORD = re.compile(rf"\b(?:{'|'.join(sorted(QUESTION_WORDS | {'whats'}))})\b", re.IGNORECASE)
# Words a learner opens with before a question's own opening ("so did ...", "ok was ...").
OPENER = re.compile(r"^\W*(?:(?:so|and|but|ok|okay|wait|well|hey|hi|hello|um|hmm|also|then)\b\W*)+", re.IGNORECASE)
# An auxiliary before a pronoun, in a question's order ("permanent representative - is that
# like an ambassador?"): the statement's subject was only named first.
INVERTED = re.compile(r"\b(?:is|are|was|were|does|do|did|has|have|had|can|could)\s+(?:that|this|it|they|there|he|she|these|those)\b", re.IGNORECASE)
# A claim ending in a number, a year most often ("... were 1978"): a tag word after it can only
# ask, where one after a word may be the claim's own ("asylum is a human right").
NUMBER_LAST = re.compile(r"\d\W*$")
# A relative clause ("states that recognised kosovo?"): a thing described, asked for, not claimed.
RELATIVE = re.compile(r"\b(?:that|which)\b", re.IGNORECASE)
# What follows a reported claim when it is more than the claim: another sentence or question
# ("my friend says ambassadors are spies. what do you think?", "I heard that diplomats have
# immunity, why is that?").
MORE_THAN_CLAIM = re.compile(r"[.!?;]\s*\w|,\s*(?:what|whats|why|how|who|when|where|which|is|are|was|were|do|does|did|can|could)\b", re.IGNORECASE)
# The report of one of the learner's sources told within the statement before a tag ("... and
# one of my teammates wrote that the US ratified the Kyoto Protocol. That's right isn't it?"):
# the claim is what follows. Not a deed of someone in it ("the soviets insisted that the us
# remove its missiles from turkey, right?", "Kennedy said that ..."): that is the claim.
REPORTED_WITHIN = re.compile(r"\b(?:my|our|someone|somebody|people|everyone)\b[^.,;:?!]*?\b(?:says|said|say|wrote|writes|claims|claimed|told me|tells me|thinks|thought|reckons|insists|insisted)\s+that\s+(?=\w)", re.IGNORECASE)
# A part missing from the data: matches nothing.
NOTHING = "(?!)"
# What a report without "that" is about rather than what it claims ("someone told me about
# the G20", "I heard of it").
ABOUT = re.compile(r"(?:about|of|on|from)\b", re.IGNORECASE)


class ConfirmationPatterns(TypedDict, total=False):
    """`confirmation` in dialogues/intents.yaml: the learners' words, each a regular expression."""

    opening: str  # asking before the claim: "is it true that"
    reporter: str  # someone reporting it: "my friend says"
    hearsay: str  # the learner heard it: "i heard"
    tag_word: str  # a tag of one word after it: "right"
    tag_words: str  # a tag of more words: "is that right"
    tag_question: str  # a negated auxiliary and a pronoun: "isn't it"
    own_word: str  # a word after which a tag word is the claim's own ("a right?")


@dataclass(frozen=True)
class Confirmed:
    """A statement asked to be confirmed: the claim, and how it was asked."""

    claim: str
    opened: bool  # by words asking before it ("is it true that ..."): a question already
    tagged: bool


class Confirmation:
    """The reading of a statement asked to be confirmed (see the module)."""

    def __init__(self, parts: ConfirmationPatterns, compile_pattern: Callable[[str], re.Pattern[str]] = re.compile) -> None:
        self.opening = compile_pattern(rf"(?i)^\W*(?:{parts.get('opening', NOTHING)})")
        # Someone reporting it, "that" after them; left out, not before what the report is about.
        self.reporter = compile_pattern(rf"(?i)^\W*(?:{parts.get('reporter', NOTHING)})\s+(?:that\s+)?")
        self.hearsay = compile_pattern(rf"(?i)^\W*(?:{parts.get('hearsay', NOTHING)})\s+(?P<that>that\s+)?")
        # A tag at the end, after a comma, a full stop, a dash or a space (see `_tag_is_claimed`).
        self.tag = compile_pattern(
            rf"(?i)(?P<sep>[,.;:]|\s[-\u2013\u2014]|\s)\s*(?:(?:{parts.get('tag_words', NOTHING)})|(?P<question>{parts.get('tag_question', NOTHING)})|(?P<word>{parts.get('tag_word', NOTHING)}))(?P<end>\W*)$"
        )
        self.own_word = compile_pattern(rf"(?i)(?:{parts.get('own_word', NOTHING)})$")

    def read(self, text: str) -> Confirmed | None:
        """The claim a text asks to confirm, or None when it asks none."""
        tag = self.tag.search(text)
        end = tag.start() if tag is not None else len(text)
        opening = self.opening.match(text)
        start = opening.end() if opening is not None else self._report(text, tag)
        # A tag word that is the claim's own ("a permanent member's right?") leaves the
        # statement unread: it may ask what the word means as much as whether it holds.
        own_word = tag is not None and self._tag_is_claimed(text[start or 0 : end], tag)
        if own_word:
            tag, end = None, len(text)
        if opening is None and start is None and tag is None:
            return None if own_word else self._bare(text)
        claim = text[start or 0 : end].strip()
        reported = REPORTED_WITHIN.search(claim) if start is None and tag is not None else None
        if reported is not None:
            claim = claim[reported.end() :]
        return Confirmed(claim, opening is not None, tag is not None) if claim else None

    def _bare(self, text: str) -> Confirmed | None:
        """A statement asked with its question mark alone ("WTO replaced GATT?", "the ussr
        ended in december 1991?"): told with its verb, opening with no auxiliary and asking
        for nothing by a question word, it is a claim to confirm, as if tagged "right?"."""
        claim = text.strip()
        if not claim.endswith("?") or INVERTED.search(claim) or not self._stated(claim):
            return None
        return Confirmed(claim.rstrip("?!. "), False, True)

    def _report(self, text: str, tag: re.Match[str] | None) -> int | None:
        """Where the claim starts after words reporting it (before its `tag`), if any: not
        a report of more than a claim, nor one about a subject; the learner's hearsay
        without "that" only before a clause with its auxiliary or a verb in the past, or
        before a tag ("I heard the UN was founded in 1945", "i heard obama lifted the
        embargo")."""
        report = self.reporter.match(text) or self.hearsay.match(text)
        if report is None:
            return None
        rest = text[report.end() : tag.start() if tag is not None else len(text)]
        if MORE_THAN_CLAIM.search(rest.rstrip("?!. ")) or ABOUT.match(rest):
            return None
        tagged = tag is not None and not self._tag_is_claimed(rest, tag)
        if report.re is self.hearsay and not report["that"] and not tagged and STATED.match(rest) is None and STATED_PAST.match(rest) is None:
            return None
        return report.end()

    def _tag_is_claimed(self, claim: str, tag: re.Match[str]) -> bool:
        """Whether a tag said after a space is the claim's own word: after an article, a
        possessive or a copula ("the veto is a permanent member's right?"), a negated
        auxiliary after no statement of its own ("the soviets weren't there?", not "the
        treaty is from 1959 isnt it"), or a tag word before no question mark unless
        after a statement (`_told`), after a question's opening ("is the veto right?") or in a
        denial."""
        if not tag["sep"].isspace():
            return False
        if tag["question"]:
            # "the treaty is from 1959 isnt it": a statement with its own verb before it.
            return not self._stated(claim)
        if self.own_word.search(claim):
            return True
        unmarked = "?" not in tag["end"] and not self._told(claim)
        return bool(tag["word"]) and (unmarked or bool(ASKING.match(claim)) or bool(PLAIN_NEGATION.search(claim)))

    @classmethod
    def _told(cls, claim: str) -> bool:
        """Whether a claim is told as a statement (`_stated`) ending in a number ("camp david
        accords were 1978"): a tag word after it asks even without a question mark ("... 1978
        correct"), as learners who type no marks write."""
        return NUMBER_LAST.search(claim) is not None and cls._stated(claim.strip())

    @staticmethod
    def _stated(claim: str) -> bool:
        """Whether a text is told as a statement with its verb, opening with no auxiliary and
        asking for nothing by a question word, nor describing a thing by a relative clause."""
        if ASKING.match(OPENER.sub("", claim)) or QUESTION_WORD.search(claim) or RELATIVE.search(claim):
            return False
        said = claim.rstrip("?!. ")
        return STATED.match(said) is not None or STATED_PAST.match(said) is not None

    def claim(self, question: str) -> tuple[str, bool]:
        """The claim a learner wants confirmed without the words asking, and whether it had
        them: such a question is answered yes or no (see the module)."""
        read = self.read(question)
        return (read.claim, True) if read is not None else (question, False)

    def as_question(self, text: str) -> str:
        """A statement asked to be confirmed by its tag, or reported to be checked, asked as
        a question: its first auxiliary first ("was the UN founded in 1945?"), or, with
        none, as a stated claim ("is it true that the Berlin Wall fell in 1989?"), the form
        `tutor.answering.sentence_verdict.CONFIRMING` reads. A claim after words asking ("is
        true that ...", "is it correct the ...") is asked so too, even when it denies.
        Unchanged without one, when it asks itself ("was it signed in 1919, right?") and when
        a tagged claim denies ("ICJ and ICC are not the same thing, right?": a "No." would
        read both ways)."""
        read = self.read(text)
        if read is None or ASKING.match(read.claim):
            return text
        said = read.claim if read.tagged else read.claim.rstrip("?").strip()
        if PLAIN_NEGATION.search(said):
            return f"is it true that {said}?" if read.opened else text
        stated = STATED.match(said)
        if stated is None:
            return f"is it true that {said}?"
        return f"{stated['aux']} {stated['subject'].strip()} {stated['rest']}?"
