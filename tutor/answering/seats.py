"""Where a body sits: a yes/no claim of a subject's seat ("is the ICJ based in Geneva?",
"is the OSCE headquartered in Vienna?", "is The Hague where the World Court sits?").

The place is one part of the claim, of one type: the answering document says where its
subject sits in a phrase of seat ("based in", "has its headquarters in", "sits in", "has its
seat in") tied to the subject, the nearest name before a participle ("The IAEA, based in
Vienna") or the sentence's subject before a verb of its own ("The OSCE ..., has its seat in
Vienna"), or "the seat of" the subject ("The seat of the International Criminal Court is in The
Hague"). The phrases are read in the answering document and in each document the claim names
by title: where the ICC sits is the ICC document's to say, whichever document answered (the
ICJ's section comparing the two courts). "Yes" when such a phrase names the claimed place;
"No" when one names another, the claimed place is named nowhere in those documents (a body
with several seats names each) and no phrase names it; "No" too when a phrase denies the
claimed place ("not based in New York"). Nothing otherwise: no verdict is better than a
wrong one.
"""

from __future__ import annotations

import re

from tutor.answering.claim_check import CLAUSE_VERB
from tutor.answering.kindred import kindred
from tutor.answering.sentence_verdict import Verdict
from tutor.answering.sentences import SentenceReader
from tutor.search.retrieval import Passage, Retriever

# The seat words of a claim.
SEAT_VERB = r"(?:based|headquartered|located|situated|seated|sits|sit|sitting)"
# "is the ICJ based in Geneva?", "does the ICJ sit in The Hague?", "is the ICJ's headquarters
# in Geneva?" (what comes between: the subject); "is The Hague where the ICJ sits?".
SEAT_CLAIM = re.compile(
    rf"^\W*(?:is|are|was|were|does|do|did)\s+(?P<subject>.+?)(?:'s|’s)?\s+(?:{SEAT_VERB}|(?:headquarters|hq|seat|base)\s+(?:is\s+)?)\s*(?:in|at)\s+(?:the\s+city\s+of\s+)?(?P<place>[\w'. -]+?)\W*$",
    re.IGNORECASE,
)
PLACE_FIRST = re.compile(rf"^\W*(?:is|was)\s+(?P<place>[\w'. -]+?)\s+where\s+(?P<subject>.+?)\s+(?:is\s+|are\s+)?{SEAT_VERB}\W*$", re.IGNORECASE)
# A phrase of seat in a sentence, its place to the end of its clause.
# A verb of its own or "its seat" is said of the sentence's subject; a participle of the name
# before it ("The IAEA, based in Vienna"), a possessive of its name ("NATO's headquarters").
SEAT_SAID = re.compile(
    r"(?P<finite>\b(?:has|have|had)\s+(?:its|their)\s+(?:headquarters|seat)|\b(?:is|are|was|were)\s+(?:based|headquartered|located|situated|seated)|\bsits?\b"
    r"|\b(?:its|their)\s+(?:headquarters|seat)(?:\s+(?:is|are|was|were))?)"
    r"|(?P<participle>\b(?:based|headquartered|located|situated|seated)|['’]s\s+headquarters(?:\s+(?:is|are|was|were))?)"
)
# "The seat of NAME is in ...", "the headquarters of NAME are in ...": said of the name.
SEAT_OF = re.compile(r"\b(?:headquarters|seat)\s+of\s+(?P<holder>(?:the\s+)?[A-Z][^,;:.()]*?)\s+(?:is|are|was|were)(?=\s+(?:in|at)\s)")
PLACE_AFTER = re.compile(r"\s+(?:in|at)\s+(?P<place>(?:the\s+)?[A-Z][^.;]*?)(?=,\s+(?:which|who|while|where|and|but|with|founded|created)\b|\s+(?:which|while|and|but|since|until|from)\s|[.;]|$)")
NOT_BEFORE = re.compile(r"\b(?:not|never|no longer)\s+$", re.IGNORECASE)
NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?(?:\([A-Z]+\)|[A-Z][\w'’-]*))*")
# The verb that ends a sentence's subject (claim_check's: "is", "has", a verb in the past) or
# a comma, looked for before a phrase of seat: with none there, the seat's own verb is the
# sentence's first ("The ICJ sits in ...").
FIRST_VERB = re.compile(rf"{CLAUSE_VERB.pattern}\s|,")


class Seats:
    """Reads a claim of where a subject sits against the answering document's phrases of seat."""

    def __init__(self, retriever: Retriever, reader: SentenceReader) -> None:
        self.retriever = retriever
        self.reader = reader

    def verdict(self, question: str, passages: list[Passage]) -> Verdict | None:
        """"yes" or "no" to a claim of a subject's seat, with the sentence saying where it
        sits (see the module); None for another claim or when no sentence says it."""
        claim = SEAT_CLAIM.match(question) or PLACE_FIRST.match(question)
        if claim is None or not passages:
            return None
        subject = self._names(claim["subject"])
        place = set(self.retriever.query_tokens(claim["place"]))
        if not subject or not place:
            return None
        said: list[tuple[str, Passage]] = []
        for doc_id in dict.fromkeys([passages[0].chunk.doc_id, *self.retriever.mentioned_documents(self.retriever.query_tokens(claim["subject"]))]):
            said += [(sentence, Passage(chunk, 0.0)) for chunk, sentence, _ in self.reader.of_document(doc_id)]
        others: list[tuple[str, Passage]] = []
        for sentence, passage in said:
            for seat, denied in self._seats_of(sentence, subject):
                if kindred(place, self.retriever.query_tokens(seat)) == place:
                    return Verdict("no" if denied else "yes", sentence, passage)
                if not denied:
                    others.append((sentence, passage))
        named_anywhere = any(kindred(place, self.retriever.query_tokens(sentence)) == place for sentence, _ in said)
        return Verdict("no", *others[0]) if others and not named_anywhere else None

    def _names(self, text: str) -> set[str]:
        """The tokens of a phrase that name, not everyday words ("the", "court" stays when it names)."""
        return {t for t in self.retriever.query_tokens(text) if not self.retriever.is_everyday(t) or t.startswith("=")}

    def _seats_of(self, sentence: str, subject: set[str]) -> list[tuple[str, bool]]:
        """The places the sentence seats the subject in, each with whether it is denied."""
        found = []
        for seat in SEAT_OF.finditer(sentence):
            after = PLACE_AFTER.match(sentence, seat.end())
            if after is not None and self._of_subject(seat["holder"], subject):
                found.append((after["place"], bool(NOT_BEFORE.search(sentence[: seat.start()]))))
        for seat in SEAT_SAID.finditer(sentence):
            after = PLACE_AFTER.match(sentence, seat.end())
            if after is None:
                continue
            before = sentence[: seat.start()]
            if seat["finite"]:
                # A verb of its own: said of the sentence's subject.
                first = FIRST_VERB.search(sentence, 0, seat.start())
                holder = sentence[: first.start()] if first else before
                if first is not None and first.start() < seat.start() - 1 and not re.search(r"(?:,|\band)\s*$", before):
                    holder = self._last_name(before) or holder
            else:
                holder = self._last_name(before)
            if holder and self._of_subject(holder, subject):
                found.append((after["place"], bool(NOT_BEFORE.search(before))))
        return found

    @staticmethod
    def _last_name(before: str) -> str:
        """The last name (capitalised words) before a phrase, within its clause."""
        names = [m.group() for m in NAME.finditer(before) if m.group() not in ("The", "A", "An", "It")]
        return names[-1] if names else ""

    def _of_subject(self, holder: str, subject: set[str]) -> bool:
        """Whether a name is the claim's subject: every word of it is a word of the
        subject's name or of a name the glossary gives its concept ("the European Union" of
        "the EU"), not a longer name holding it ("the Court of Justice of the European
        Union" is not the EU); or its initials."""
        said = set(self.retriever.query_tokens(holder))
        concepts = {t for t in subject if t.startswith("=")}
        names = set(self.retriever.kb.glossary.name_stems(concepts, self.retriever.tokenizer.stem)) if concepts else set()
        if said and kindred(concepts or subject, list(said)) == (concepts or subject) and kindred(said, [*subject, *names]) == said:
            return True
        initials = {t for t in subject if t.isalpha() and len(t) > 2}
        words = re.findall(r"[A-Za-z]+", holder)
        return bool(initials) and "".join(w[0] for w in words if w[0].isupper()).lower() in initials
