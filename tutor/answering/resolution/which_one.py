""""Which one ...?" and "the other one": one of the things the conversation has in view,
chosen by the question's own words; "which came first?" of two, answered by both dates."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.answering.resolution.comparisons import Comparisons
from tutor.answering.resolution.outcome import Resolution
from tutor.answering.resolution.passages import PassageChooser
from tutor.answering.resolution.state import State
from tutor.answering.resolution.vocabulary import QuestionWords
from tutor.search.retrieval import TITLE_PARTS, Retriever
from tutor.tuning import SECTIONS_WEIGHED

# Which of two things comes first or is larger ("which came first?", "which one is older,
# that or the Congress of Vienna?"), with the two named after the question when it names them.
ORDERING = re.compile(
    r"\W*(?:(?:and|so|ok|okay|but|then)\W+)?which(?: one| of them| of the two| of these| of those)?"
    r"(?:\s+(?:is|was|are|were|came|comes|come|happened|started|began|has|had))?"
    r"(?:\s+(?:signed|founded|created|formed|established|adopted|agreed|set up|made|written))?"
    r"\s+(?:first|earlier|earliest|older|oldest|later|latest|newer|newest|bigger|biggest|larger|largest|smaller|smallest|longer|shorter)\b"
    r"(?:\W+(?P<a>.+?)\s+or\s+(?P<b>[^?]+?))?\W*$"
)


@dataclass
class WhichOne:
    """Picks among the subjects in view (see `pick`), or orders two of them (`in_order`)."""

    retriever: Retriever
    words: QuestionWords
    passages: PassageChooser
    comparisons: Comparisons

    def in_order(self, corrected: str, state: State) -> Resolution | None:
        """"Which came first?" of the two things named after it ("..., that or the Congress
        of Vienna?"), else of the two subjects in view (the current and the one before, or
        the two sides of the last comparison): answered by each one's own date, the first
        side's sentence giving it, then the second's. None when it is no such question, when
        fewer than two things are in view, or when the knowledge has no date of one."""
        ordering = ORDERING.match(corrected)
        if ordering is None:
            return None
        if ordering.group("a") and ordering.group("b"):
            sides = list(self.comparisons.sides_meant((ordering.group("a"), ordering.group("b")), state))
        else:
            shown = [source.id for source in state.last_reply.sources] if state.last_reply is not None else []
            in_view = [d for d in dict.fromkeys([*([state.previous_topic] if state.previous_topic else []), *([state.topic] if state.topic else []), *shown]) if d in self.retriever.documents]
            sides = [self.retriever.documents[d].short_title for d in in_view]
            if len(in_view) == 1 and self.retriever.subjects_apart(in_view[0]):
                # One document of two subjects it treats apart ("G7 and G20").
                sides = TITLE_PARTS.split(sides[0])
        if len(sides) < 2:
            return None
        dated = []
        for side in sides[:2]:
            result = self.retriever.search(side)
            if not self.retriever.in_scope(result):
                return None
            dated.append(self.passages.from_result(result, "when"))
        first, second = dated
        passages = [first.passages[0], *(p for p in second.passages[:1] if p.chunk.id != first.passages[0].chunk.id)]
        return Resolution("answer", "when", first.tokens + second.tokens, passages, first.topic, anchor=first.anchor)

    def pick(self, tokens: list[str], intent: str, other: bool, state: State) -> Resolution | None:
        """One of the things the conversation is about, chosen by the question's own words:
        the subjects it has discussed ("which one has binding targets?" after Kyoto and
        Paris, "which one came first?" after a comparison) and those whose title names the
        kind of thing the last question named in the words of the current subject's title
        ("which one is about treaties?" after "there are a few Vienna conventions"), another
        than the current subject for "the other one". The current subject may be the one; the
        question never leaves the things in view for another subject ("which one came
        first?" after Kyoto and Paris is no question about the First World War). None when
        none of them has the question's words."""
        assert state.topic is not None
        title = self.retriever.title_terms(state.topic)
        # A word of the title is a name there, though any subject could take it ("START").
        kind = [t for t in state.last_tokens if t in title and not t.isdigit()]
        own = [t for t in tokens if t not in kind] or kind
        # The subjects discussed: the current and the one before, and those the last answer
        # drew on (both sides of a comparison).
        shown = [source.id for source in state.last_reply.sources] if state.last_reply is not None else []
        candidates = [state.topic, *([state.previous_topic] if state.previous_topic else []), *shown, *(self.retriever.titled_with(kind) if kind else [])]
        if other:
            # Another of the kind: the documents the kind's words find, less the current
            # subject's own names ("=vcdr"), whose title shares one of them.
            named = [t for t in kind if not t.startswith("=")]
            found = self.retriever.search("", tokens=named, k=SECTIONS_WEIGHED).passages if named else []
            candidates += [p.chunk.doc_id for p in found if self.retriever.title_terms(p.chunk.doc_id) & set(named)]
        candidates = [d for d in dict.fromkeys(candidates) if not (other and d == state.topic)]
        found = [(result.passages[0].score, doc_id, result) for doc_id in candidates if (result := self.retriever.search("", tokens=own, within_doc=doc_id, k=SECTIONS_WEIGHED)).passages]
        if not found:
            return None
        _, doc_id, result = max(found, key=lambda f: f[0])
        # Within it, the sentence that says it of one of the things last named: "which one
        # was about human rights?" after "what were the baskets?" is Basket III.
        named = [t for t in state.last_tokens if t not in self.words.generic and not t.isdigit() and t not in self.retriever.title_terms(doc_id) and t not in own]
        if named and not other:
            result = self.retriever.search("", tokens=own + named, within_doc=doc_id, k=SECTIONS_WEIGHED)
        return self.passages.from_result(result, intent)
