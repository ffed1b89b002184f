"""Claims that a subject is of a kind ("is NATO a country?"), decided by the sentences of
the subject's own document that say what it is ("NATO ... is a political and military
alliance of states ...").
"""

from __future__ import annotations

import re

from tutor.answering.claims import COPULA, ClaimReader
from tutor.answering.kindred import kindred
from tutor.answering.sentence_verdict import RESTRICTIVE, Verdict
from tutor.answering.sentences import SentenceReader, subject_before
from tutor.search.retrieval import Passage, Retriever
from tutor.search.text import fold
from tutor.tuning import KIND_SUBJECT_WORDS


# "Is NATO a country?", "is the OSCE a military alliance like NATO?" (or "isn't NATO ...?",
# which asks the same): a claim that a subject is of a kind, which the sentences saying
# what the subject is decide.
# The subject runs to the last "a" or "an" that no preposition governs ("is sanctioning a
# country a diplomatic method?", "is a state a member of an organisation?"; "is a chargé
# d'affaires ranked below an ambassador?" claims a rank, not that it is an ambassador).
CATEGORY_CLAIM = re.compile(
    r"^(?:is|are|was|were)(?:n'?t)?\s+(?P<subject>.+)"
    r"(?<!\bof)(?<!\bin)(?<!\bat)(?<!\bon)(?<!\bby)(?<!\bto)(?<!\bfor)(?<!\bwith)(?<!\bfrom)"
    r"(?<!\bbelow)(?<!\babove)(?<!\bunder)(?<!\bover)(?<!\bthan)(?<!\bbehind)(?<!\bbefore)(?<!\bafter)(?<!\bagainst)(?<!\bbetween)(?<!\binto)(?<!\babout)"
    r"\s+(?:a|an)\s+(?P<kind>[^?.!,;]+?)\W*$",
    re.IGNORECASE,
)
# A kind claimed with a clause of its own ("a state if other countries recognise it") is
# more than a kind.
CLAUSE_WORD = re.compile(r"\b(?:if|when|because|that|who|which|unless|until)\b")
# A kind that judges how something turned out ("was Versailles a failure?"), which a
# sentence saying what it is can neither confirm nor deny.
OUTCOME_KIND = re.compile(r"\b(?:success|successes|failure|failures|disaster|disasters|flop|flops|fiasco|mistake|blunder|triumph|achievement|victory|defeat)\b", re.IGNORECASE)
# A kind that relates the subject to something else ("a form of coercive diplomacy", "a
# model for the Outer Space Treaty").
RELATIONAL_KIND = re.compile(r"\b(?:of|in|within|among|under|for|to|towards)\b")
# A subject owned by another ("China's seat was ...") is not the subject itself.
POSSESSIVE = re.compile(r"\w(?:'|\u2019)s\b")
# Where what a sentence says its subject is ends: "a political and military alliance of
# states in North America and Europe", before "committed to defending ...".
PREDICATE_END = re.compile(r"[,;:(]|\s(?:that|which|who|whose|where|when|while|because|to|committed|created|set up|founded)\s", re.IGNORECASE)

# A past participle after the copula ("was signed at", "was set up by", "is held in"):
# the sentence tells what was done to the subject, not what the subject is.
DEED = re.compile(r"(?:(?:\w+ly|sometimes|often|also|still|first|later)\s+)?(?:(?!indeed\b|need\b|seed\b|red\b|bed\b)[a-z]+ed|held|made|written|built|known|seen|given|taken|drawn|set up|led|won|chosen|born|kept)\b", re.IGNORECASE)

# What a denied kind is set against ("not a treaty in the formal sense but a ... commitment").
BUT = re.compile(r"\bbut(?: rather| instead)?\b", re.IGNORECASE)


def judges_outcome(question: str) -> bool:
    """Whether the question claims its subject is of a kind that judges how it turned out
    ("was the League of Nations a success?"): what it is, or some successes or failures
    the knowledge tells, do not say yes or no to that."""
    match = CATEGORY_CLAIM.match(fold(question).strip())
    return match is not None and OUTCOME_KIND.search(match.group("kind")) is not None


class Categories:
    """Decides a claim that a subject is of a kind from what its document says it is."""

    def __init__(self, retriever: Retriever, reader: SentenceReader, claims: ClaimReader) -> None:
        self.retriever = retriever
        self.reader = reader
        self.claims = claims

    def category(self, question: str, passages: list[Passage]) -> Verdict | None:
        """For a claim that the subject is of a kind ("is NATO a country?"), decided by the
        sentences of the subject's document that say what the subject is ("NATO ... is a
        political and military alliance of states ..."): "yes" from the first naming the
        kind, "no" from one denying it ("the hotline was never a red telephone") or, when
        none names it, from the first, which defines the subject. None for another claim,
        or when no sentence says what the subject is."""
        match = CATEGORY_CLAIM.match(fold(question).strip())
        if match is None or not passages or RESTRICTIVE.search(match.group("subject")) or CLAUSE_WORD.search(match.group("kind")):
            return None
        tokens_of = self.retriever.query_tokens
        subject, kind = tokens_of(match.group("subject")), self.claims.by_concept(set(tokens_of(match.group("kind"))))
        # The subject's own document says what it is ("is the OSCE a military alliance like
        # NATO?" may be answered from NATO's), named by a glossary name or its title's words.
        mentioned = self.retriever.mentioned_documents(subject)
        doc_id = mentioned[0] if mentioned else passages[0].chunk.doc_id
        core = {t for t in subject if t.startswith("=")} or set(subject) & self.retriever.title_terms(doc_id)
        own = bool(mentioned) or bool(core) and core <= self.retriever.title_terms(doc_id)  # "a consul": "Consuls and attachés"
        if not core or not kind or kind & core:
            return None  # nothing claimed, or a name of the subject claimed ("is the hotline a red phone?")
        # The first sentence saying what the subject is, in its own document, denies a plain
        # kind whose head noun it does not say ("a political and military alliance" for "a
        # country", "the world's main intergovernmental organisation" for "a world
        # government"); one saying the head ("the global intergovernmental organisation" for
        # "an international organisation") may be saying the rest in other words, and a kind
        # relating it to another ("a form of coercive diplomacy", "a member of ASEAN") may hold
        # beside what it is: neither decides.
        relational = RELATIONAL_KIND.search(match.group("kind")) is not None
        may_deny = own and not relational
        head = self.claims.by_concept(set(tokens_of(match.group("kind").split()[-1]))) & kind or kind
        defining: Verdict | None = None
        first = True  # the first sentence saying what the subject is: it defines the subject
        for chunk, sentence, _ in self.reader.of_document(doc_id):
            # The subject itself before the verb, not a word made from it ("Consular
            # immunity is ..." says nothing of what a consul is).
            found = subject_before(sentence, COPULA, KIND_SUBJECT_WORDS)
            if found is None or POSSESSIVE.search(found[0]) or not core <= set(tokens_of(found[0])):
                continue
            copula = found[1]
            predicate = sentence[copula.end() :]
            end = PREDICATE_END.search(predicate)
            said = predicate[: end.start()] if end else predicate
            # What the subject is, before what it is made of or relates to, says the
            # kind's head noun: "a political and economic union of 27 European states" is
            # a union, not a state; "a coercive method of track one diplomacy" is a
            # diplomatic method.
            what = said if relational else " but ".join(RELATIONAL_KIND.split(part, maxsplit=1)[0] for part in BUT.split(said, maxsplit=1))
            headed = kindred(head, tokens_of(what)) == head
            named = kindred(kind, tokens_of(said))
            if named == kind and headed:
                # "is not a treaty ... but a detailed political commitment": the kind
                # said only after the "but" is affirmed.
                denied, instead = (BUT.split(said, maxsplit=1) + [""])[:2]
                affirmed = bool(instead) and kindred(kind, tokens_of(instead)) == kind and not kindred(kind, tokens_of(denied))
                return Verdict("no" if copula.group("denied") and not affirmed else "yes", sentence, Passage(chunk, 0.0))
            # "The Law of the Sea Convention was signed at ...": a deed, not what it is.
            if first and not DEED.match(predicate):
                first = False
                if may_deny and not headed and not copula.group("denied"):
                    defining = Verdict("no", sentence, Passage(chunk, 0.0))
        return defining
