"""A sentence saying its subject is not something ("The JCPOA is not a treaty in the formal
sense", "the Moscow-Washington hotline was never a red telephone"): it denies a claim that
the subject is that thing, whatever more the claim adds to it ("was the Iran deal a proper
treaty approved by the US Senate?", "was the hotline a red phone on the president's desk?").
"""

from __future__ import annotations

import re

from tutor.answering.claims import COPULA
from tutor.answering.kindred import kindred
from tutor.answering.role_pairs import IS_CLAIM
from tutor.answering.sentences import subject_before
from tutor.search.retrieval import Retriever

# Where the thing a subject is said not to be ends: at punctuation, a preposition or a
# clause ("not a treaty in the formal sense but ...", "never a red telephone: the first ...").
PREDICATE_END = re.compile(r"[,;:.()]|\s(?:in|on|of|for|by|with|to|from|that|which|who|but|and|or|rather|as)\b", re.IGNORECASE)
# A denial that narrows rather than denies ("is not only a treaty").
NOT_ONLY = re.compile(r"\s*(?:only|just|merely|simply|solely)\b", re.IGNORECASE)


# A word denied by its prefix ("a non-member observer state").
NON_WORD = re.compile(r"\bnon-(?P<word>[a-z]+)", re.IGNORECASE)
# A claimed deed ("did Ukraine give up ...?"), not a claim of what the subject is.
DEED_ASKED = re.compile(r"^\W*did\b", re.IGNORECASE)
# Where a clause ends, for the subject a prefixed denial is said of.
CLAUSE_END = re.compile(r"[,;:()]")


class DeniedPredicates:
    """Reads what a sentence says its subject is not, with the knowledge base's tokens."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever

    def denies(self, question: str, tokens: list[str], sentence: str) -> bool:
        """Whether the sentence says the claim's subject is not what the claim says it is:
        its subject (after the last comma before its verb) is named by the question, its
        verb is denied ("is not", "was never"), and the thing it denies is one the question
        names (every word of it, or a glossary concept of it and half its words: "red
        telephone" and "red phone" both name the hotline)."""
        if not IS_CLAIM.match(question):
            return False
        found = subject_before(sentence, COPULA)
        if found is None or not found[1].group("denied") or NOT_ONLY.match(sentence, found[1].end()):
            return False
        subject = set(self.retriever.query_tokens(found[0].split(",")[-1]))
        rest = sentence[found[1].end() :]
        end = PREDICATE_END.search(rest)
        predicate = set(self.retriever.query_tokens(rest[: end.start()] if end else rest))
        # The thing denied must be said by the question in words of its own, not only by a
        # glossary concept it shares with the subject ("red telephone" names the hotline, as
        # "hotline" does): "was the hotline a teletype link?" is not denied by it.
        plain = {t for t in predicate if not t.startswith("=")}
        said = kindred(plain, tokens)
        return self._named(subject, tokens) and self._named(predicate, tokens) and bool(said) and 2 * len(said) >= len(plain)

    def denied_by_prefix(self, question: str, tokens: list[str], subject: set[str], sentence: str) -> bool:
        """Whether the sentence says the claim's subject is a "non-" thing the claim says it
        is ("The Holy See and the State of Palestine take part as non-member observer
        states" for "is the Vatican a member of the UN?"): the subject is named in the same
        clause before it. Not when the question says "non-" itself, nor for a claimed deed
        ("did Ukraine give up its nuclear weapons?" / "... join the NPT as a
        non-nuclear-weapon state"), which a thing it is not says nothing against."""
        if NON_WORD.search(question) or not subject or DEED_ASKED.match(question):
            return False
        for denial in NON_WORD.finditer(sentence):
            word = set(self.retriever.query_tokens(denial["word"]))
            before = CLAUSE_END.split(sentence[: denial.start()])[-1]
            if word and kindred(word, tokens) == word and subject & set(self.retriever.query_tokens(before)):
                return True
        return False

    @staticmethod
    def _named(terms: set[str], tokens: list[str]) -> bool:
        """Whether the question names what the terms do: one of their glossary concepts, or,
        with none, every one of them."""
        concepts = {t for t in terms if t.startswith("=")}
        return bool(concepts & set(tokens)) if concepts else bool(terms) and kindred(terms, tokens) == terms
