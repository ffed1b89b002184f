"""Sentences that give each of two subjects a role of its own ("In the United Kingdom, the
monarch is head of state and the prime minister is head of government"): a claim that
gives one of them the other's role ("is the British king the head of government?") is
denied by them, whatever words the claim shares with the sentence.
"""

from __future__ import annotations

import re

from tutor.answering.kindred import kindred
from tutor.search.retrieval import Retriever

# "Is the king the head of government?": a claim of what its subject is; not "is it true
# that ...", whose claim follows.
IS_CLAIM = re.compile(r"^\W*(?:is|are|was|were)\s(?!it\s+(?:true|right|correct)\b)", re.IGNORECASE)
# Where one subject's role ends and the next subject's begins: "and", "while", "whereas"
# or a semicolon between two assignments; a colon before them ends what introduces them.
PAIR_BREAK = re.compile(r",?\s+(?:and|while|whereas)\s+|[;:]\s*", re.IGNORECASE)
# Words a role may open with that any phrase may ("the agreement ..."): a part without a verb
# that has one names no role ("... between the Holy See and the Kingdom of Italy that settled
# the Roman Question").
ARTICLES = frozenset(("the", "a", "an"))
# One assignment: a subject, its verb and its role ("the monarch is head of state").
ASSIGNMENT = re.compile(r"^(?P<subject>.+?)\s+(?:is|are|was|were)\s+(?P<role>.+)$", re.IGNORECASE)


class RolePairs:
    """Reads the roles a sentence gives two or more subjects, with the knowledge base's tokens."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever

    def assignments(self, sentence: str) -> list[tuple[list[str], set[str]]]:
        """The terms of each subject and of its role, in order: "the monarch is head of
        state and the prime minister head of government" gives two, the second with its
        verb left out (its role starts with the word the first role starts with, not an
        article). A
        subject is what follows the last comma before its verb ("In the United Kingdom,
        the monarch")."""
        pairs: list[tuple[list[str], set[str]]] = []
        first_word = ""
        for part in PAIR_BREAK.split(sentence.strip().rstrip(".")):
            said = ASSIGNMENT.match(part)
            if said is not None:
                subject, role = said["subject"], said["role"]
            elif first_word and first_word.lower() not in ARTICLES and (at := re.search(rf"\s{re.escape(first_word)}\b", part, re.IGNORECASE)):
                subject, role = part[: at.start()], part[at.end() - len(first_word) :]
            else:
                continue
            subject = subject.split(",")[-1]
            terms = self.retriever.query_tokens(subject), set(self.retriever.query_tokens(role))
            if all(terms):
                pairs.append(terms)
                first_word = first_word or role.split()[0]
        return pairs

    def given_to_another(self, question: str, tokens: list[str], sentence: str) -> bool:
        """Whether the sentence gives the claim's subject a role the claim does not say and
        the claimed role to another subject the claim does not name: "the monarch is head
        of state and the prime minister is head of government" for "is the British king
        the head of government?"."""
        if not IS_CLAIM.match(question):
            return False
        pairs = self.assignments(sentence)
        if len(pairs) < 2:
            return False

        def named(terms: list[str]) -> bool:
            # By a glossary concept ("king" and "the monarch"), or else by its last word, the
            # one it is: "the federal chancellor" is not "the federal president", who is
            # "the president of Germany".
            concepts = {t for t in terms if t.startswith("=")}
            return bool(concepts & set(tokens)) if concepts else bool(kindred({terms[-1]}, tokens))

        def claimed(role: set[str]) -> bool:
            return kindred(role, tokens) == role

        return any(named(subject) and not claimed(role) for subject, role in pairs) and any(
            claimed(role) and not named(subject) for subject, role in pairs
        )
