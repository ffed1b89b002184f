"""Measuring the tutor on an evaluation set: answer accuracy, retrieval (Recall@k, MRR)
and abstention on out-of-scope questions. Used by `tutor eval` and by the tests.

An evaluation set is a folder (the project's are `tests/eval/dev`, tuned on freely, and
`tests/eval/test`, frozen and written blind; neither is installed with the package):
- `in_scope*.yaml`: question, facts the answer must state (each a text, or a list of
  alternatives of which one must appear), optionally the expected document(s) `expect`,
  earlier turns `context` and the `kind` of answer wanted;
- `conversations*.yaml`: `turns` (the last one is scored) and its `facts`;
- `out_of_scope*.yaml`: questions to decline (a text, or `question` with `near_miss`).
An answer is accurate when it is not a refusal and states every fact. It is direct when,
besides, every fact is in its first sentence (see `first_sentence`): the asked-for fact
leads, as issue 10 asks, rather than following background. Recall@k and MRR score the
expected document where the item names one (its rank among the answer's sources, then the
search results).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median
from typing import Any

from tutor.answering.composition import Templates
from tutor.answering.compound import verdict_opening
from tutor.answering.engine import Tutor
from tutor.answering.reply import without_sources
from tutor.answering.session import Session, asked_parts
from tutor.files.dialogues import load_yaml
from tutor.search.text import fold, split_sentences

# Issue 10: "at most about 120 words before 'tell me more'".
LONG_ANSWER_WORDS = 120


@dataclass
class InScopeItem:
    question: str
    expect: list[str]
    facts: list[list[str]]  # each fact: its accepted wordings
    context: list[str] = field(default_factory=list)
    origin: str = ""
    kind: str = ""


@dataclass
class OutOfScopeItem:
    question: str
    near_miss: bool = False


@dataclass
class ItemResult:
    item: InScopeItem
    rank: int | None  # 1-based rank of the first expected document, None if not found or none expected
    correct: bool
    abstained: bool
    answer: str
    sources: list[str]
    missing_facts: list[str]
    direct: bool = False  # correct, and every fact in the answer's first sentence
    words: int = 0  # the answer's length before its sources line


@dataclass
class Report:
    """Aggregate scores over an evaluation set."""

    results: list[ItemResult]
    out_of_scope: list[tuple[OutOfScopeItem, bool, str]]  # item, abstained, answer
    # The same questions each asked right after an in-scope answer (see `evaluate`).
    after_answer: list[tuple[OutOfScopeItem, bool, str]] = field(default_factory=list)

    @property
    def single(self) -> list[ItemResult]:
        """Questions asked at the start of a conversation."""
        return [r for r in self.results if not r.item.context]

    @property
    def follow_ups(self) -> list[ItemResult]:
        """Last turns of conversations."""
        return [r for r in self.results if r.item.context]

    @property
    def with_expected_document(self) -> list[ItemResult]:
        return [r for r in self.results if r.item.expect]

    def recall_at(self, k: int) -> float:
        scored = self.with_expected_document
        return sum(1 for r in scored if r.rank is not None and r.rank <= k) / max(len(scored), 1)

    @property
    def mrr(self) -> float:
        scored = self.with_expected_document
        return sum(1 / r.rank for r in scored if r.rank) / max(len(scored), 1)

    @staticmethod
    def accuracy_of(results: list[ItemResult]) -> float:
        return sum(r.correct for r in results) / max(len(results), 1)

    @property
    def accuracy(self) -> float:
        return self.accuracy_of(self.results)

    @staticmethod
    def direct_of(results: list[ItemResult]) -> float:
        """Of the correct answers, the share that state every fact in their first sentence."""
        correct = [r for r in results if r.correct]
        return sum(r.direct for r in correct) / max(len(correct), 1)

    @property
    def abstention_recall(self) -> float:
        """Share of out-of-scope questions the tutor declined."""
        return sum(abstained for _, abstained, _ in self.out_of_scope) / max(len(self.out_of_scope), 1)

    @property
    def near_misses_declined(self) -> tuple[int, int]:
        near = [abstained for item, abstained, _ in self.out_of_scope if item.near_miss]
        return sum(near), len(near)

    @property
    def declined_after_answer(self) -> tuple[int, int, int, int]:
        """Out-of-scope questions declined right after an answer, of all; near misses of theirs."""
        near = [abstained for item, abstained, _ in self.after_answer if item.near_miss]
        return sum(abstained for _, abstained, _ in self.after_answer), len(self.after_answer), sum(near), len(near)

    @property
    def abstention_precision(self) -> float:
        """Share of the tutor's refusals that were right to refuse."""
        right = sum(abstained for _, abstained, _ in self.out_of_scope)
        wrong = sum(r.abstained for r in self.results)
        return right / (right + wrong) if right + wrong else 1.0

    def summary(self) -> str:
        lines = [
            f"in-scope questions: {len(self.single)}, follow-up turns: {len(self.follow_ups)}, out-of-scope: {len(self.out_of_scope)}",
            f"answer accuracy {self.accuracy:.3f} (single questions {self.accuracy_of(self.single):.3f}, follow-ups {self.accuracy_of(self.follow_ups):.3f}); refused {sum(r.abstained for r in self.results)}",
            f"direct (every fact in the first sentence) {self.direct_of(self.results):.3f} of correct answers (single {self.direct_of(self.single):.3f},"
            f" follow-ups {self.direct_of(self.follow_ups):.3f}); correct and direct {sum(r.direct for r in self.results) / max(len(self.results), 1):.3f} of all",
            f"answer words: median {median([r.words for r in answered]) if (answered := [r for r in self.results if not r.abstained]) else 0:.0f},"
            f" over {LONG_ANSWER_WORDS}: {sum(r.words > LONG_ANSWER_WORDS for r in answered)} of {len(answered)}",
        ]
        if self.with_expected_document:
            lines.append(f"Recall@1 {self.recall_at(1):.3f}  Recall@3 {self.recall_at(3):.3f}  MRR {self.mrr:.3f} (on {len(self.with_expected_document)} items naming their document)")
        declined, near = self.near_misses_declined
        near_text = f"; near misses declined {declined} of {near}" if near else ""
        lines.append(f"abstention precision {self.abstention_precision:.3f}  recall {self.abstention_recall:.3f}{near_text}")
        if self.after_answer:
            declined, asked, near_declined, near = self.declined_after_answer
            lines.append(f"declined after an answer: {declined} of {asked} (near misses {near_declined} of {near})")
        kinds = sorted({r.item.kind for r in self.results if r.item.kind})
        if kinds:
            lines.append("by kind: " + ", ".join(f"{kind} {self.accuracy_of([r for r in self.results if r.item.kind == kind]):.2f}" for kind in kinds))
        return "\n".join(lines)


def first_sentence(answer: str, templates: Templates) -> str:
    """The first sentence a learner reads of an answer: the first line of its body (the
    text before the sources line, after the opening line of a comparison or "tell me
    more" and any note in brackets), without a list's dash or a bold label, cut at the
    end of its first sentence. A leading "Yes." or "No." counts with the sentence after it."""
    body = without_sources(answer, templates["sources_label"])
    openings = [re.escape(o).replace(re.escape("{topic}"), ".*") for options in templates["openings"].values() for o in options]
    skipped = re.compile(rf"(?:{'|'.join(openings)})$|\(.*\)$" if openings else r"\(.*\)$", re.DOTALL)
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    lines = [line for line in lines if not skipped.match(line)] or [""]
    line = re.sub(r"^- |^\*\*[^*]+\*\*:? ?", "", lines[0])
    verdict = verdict_opening(line, templates)
    said = line[len(verdict) :].strip()
    if verdict and not said:
        return verdict
    sentences = split_sentences(said) or [""]
    return f"{verdict} {sentences[0]}" if verdict else sentences[0]


def answer_words(answer: str, templates: Templates) -> int:
    """The answer's length in words, before its sources line."""
    return len(without_sources(answer, templates["sources_label"]).split())


def _facts(entry: dict[str, Any]) -> list[list[str]]:
    return [[str(f) for f in fact] if isinstance(fact, list) else [str(fact)] for fact in entry.get("facts") or []]


def load_in_scope(folder: Path) -> list[InScopeItem]:
    """The set's in-scope questions and the last turns of its conversations."""
    items = []
    for path in sorted(folder.glob("in_scope*.yaml")):
        for entry in load_yaml(path) or []:
            expect = entry.get("expect") or []
            expect = expect if isinstance(expect, list) else [expect]
            items.append(InScopeItem(str(entry["question"]), expect, _facts(entry), list(entry.get("context") or []), path.name, str(entry.get("kind") or "")))
    for path in sorted(folder.glob("conversations*.yaml")):
        for entry in load_yaml(path) or []:
            turns = [str(turn) for turn in entry["turns"]]
            items.append(InScopeItem(turns[-1], [], _facts(entry), turns[:-1], path.name))
    return items


def load_out_of_scope(folder: Path) -> list[OutOfScopeItem]:
    items = []
    for path in sorted(folder.glob("out_of_scope*.yaml")):
        for entry in load_yaml(path) or []:
            if isinstance(entry, dict):
                items.append(OutOfScopeItem(str(entry["question"]), bool(entry.get("near_miss"))))
            else:
                items.append(OutOfScopeItem(str(entry)))
    return items


def evaluate_item(tutor: Tutor, item: InScopeItem) -> ItemResult:
    session = Session(tutor)
    for turn in item.context:
        session.respond(turn)
    reply = session.respond(item.question)
    ranking = [s.id for s in reply.sources]
    if not item.context:
        corrected, _ = tutor.retriever.repair(item.question)
        ranking += [p.chunk.doc_id for p in tutor.retriever.search(corrected, k=30).passages]
    ranking = list(dict.fromkeys(ranking))
    ranks = [ranking.index(doc) + 1 for doc in item.expect if doc in ranking]
    answer = fold(reply.answer)
    missing = [fact[0] for fact in item.facts if not any(fold(wording) in answer for wording in fact)]
    # An answer is correct when it answers (no refusal) and states every expected fact;
    # whether the expected document came first is what Recall@k and MRR measure.
    correct = not reply.out_of_scope and not missing
    first = fold(first_sentence(reply.answer, tutor.templates))
    direct = correct and all(any(fold(wording) in first for wording in fact) for fact in item.facts)
    words = answer_words(reply.answer, tutor.templates)
    return ItemResult(item, min(ranks) if ranks else None, correct, reply.out_of_scope, reply.answer, ranking[:3], missing, direct, words)


def evaluate(tutor: Tutor, folder: Path) -> Report:
    """Every in-scope item; every out-of-scope question in a fresh session, and again right
    after an answer (the i-th after the set's i-th single question, cycling): a question
    off the subject must not be taken for a follow-up on it (issue 10)."""
    items = load_in_scope(folder)
    results = [evaluate_item(tutor, item) for item in items]
    firsts = [item.question for item in items if not item.context]
    declined, after_answer = [], []
    for i, item in enumerate(load_out_of_scope(folder)):
        reply = Session(tutor).respond(item.question)
        declined.append((item, reply.out_of_scope, reply.answer))
        if firsts:
            session = Session(tutor)
            session.respond(firsts[i % len(firsts)])
            reply = session.respond(item.question)
            after_answer.append((item, reply.out_of_scope, reply.answer))
    return Report(results, declined, after_answer)


# Answering an out-of-scope question costs this many refused in-scope ones when
# thresholds are fitted: declining is the safe mistake.
OUT_OF_SCOPE_COST = 10
FOLDS = 5


def tune(tutor: Tutor, folder: Path) -> str:
    """Fit the out-of-scope thresholds (fit and known share; rest coverage for a question
    naming a document) on a development set, with 5-fold cross-validation.

    Each standalone question gives its evidence once (a plain search); a pair of
    thresholds is scored by its mistakes, an answered out-of-scope question counting
    OUT_OF_SCOPE_COST times. The cross-validated error says how well the fitting
    generalises; the values to use are the middle of the region that fits all the set.
    """
    retriever = tutor.retriever

    Evidence = tuple[bool, float, float, float]  # named a document?, fit, known, rest coverage
    Sample = tuple[Evidence, ...] | None  # None: declined whatever the thresholds
    Thresholds = tuple[float, float, float]

    def evidence(question: str) -> Sample:
        """The evidence of each search the session decides the question's scope on: the
        question as the session reads it, and each of its sentences when a scene is set first."""
        session = Session(tutor)
        saved = retriever.min_coverage, retriever.min_known, retriever.min_rest_coverage
        retriever.min_coverage = retriever.min_known = retriever.min_rest_coverage = 0.0
        try:
            declined_anyway = session.respond(question).out_of_scope
        finally:
            retriever.min_coverage, retriever.min_known, retriever.min_rest_coverage = saved
        if declined_anyway:
            return None
        read = session.read(question)[0]
        sentences, lead = asked_parts(read, session.stands_apart)
        searched = [read]
        if len(sentences) > 1:
            tried = [(asked, tutor.intents.understand(asked)) for asked in sentences if len(asked.split()) > 1]
            searched += [asked for asked, seen in tried if not seen.refers_back and (asked != lead or seen.explicit or seen.yes_no)]
        results = [retriever.search(text) for text in searched]
        return tuple((bool(r.mentioned_documents), r.fit, r.known, r.rest_coverage) for r in results)

    samples = [(evidence(item.question), True) for item in load_in_scope(folder) if not item.context]
    samples += [(evidence(item.question), False) for item in load_out_of_scope(folder)]
    steps = [n / 20 for n in range(21)]
    grid = [(fit, known, rest) for fit in steps for known in steps for rest in steps]

    def answers(sample: Sample, thresholds: Thresholds) -> bool:
        return sample is not None and any(
            (fit >= thresholds[0] and known >= thresholds[1]) or (named and rest >= thresholds[2]) for named, fit, known, rest in sample
        )

    def cost(chosen: list[tuple[Sample, bool]], thresholds: Thresholds) -> int:
        return sum((OUT_OF_SCOPE_COST if not inside else 1) for sample, inside in chosen if answers(sample, thresholds) != inside)

    def fit(chosen: list[tuple[Sample, bool]]) -> tuple[Thresholds, list[Thresholds]]:
        costs = {t: cost(chosen, t) for t in grid}
        best = min(costs.values())
        region = [t for t in grid if costs[t] == best]
        middle = region[len(region) // 2]  # the middle of the best region, in grid order
        return middle, region

    mistakes = 0
    for part in range(FOLDS):
        train = [s for i, s in enumerate(samples) if i % FOLDS != part]
        held = [s for i, s in enumerate(samples) if i % FOLDS == part]
        chosen, _ = fit(train)
        mistakes += sum(answers(sample, chosen) != inside for sample, inside in held)
    chosen, region = fit(samples)
    in_use = (retriever.min_coverage, retriever.min_known, retriever.min_rest_coverage)

    def mistakes_of(thresholds: Thresholds) -> str:
        answered_outside = sum(answers(sample, thresholds) for sample, inside in samples if not inside)
        refused_inside = sum(not answers(sample, thresholds) for sample, inside in samples if inside)
        return f"answers {answered_outside} out-of-scope, refuses {refused_inside} in-scope"

    def span(i: int) -> str:
        return f"{min(t[i] for t in region):.2f}-{max(t[i] for t in region):.2f}"

    return "\n".join([
        f"{len(samples)} standalone questions; {FOLDS}-fold cross-validated decision error {mistakes / max(len(samples), 1):.3f}",
        f"fitted on all: fit >= {chosen[0]:.2f}, known >= {chosen[1]:.2f}, rest >= {chosen[2]:.2f} (best region: fit {span(0)}, known {span(1)}, rest {span(2)});"
        f" {mistakes_of(chosen)}",
        f"in use: fit >= {in_use[0]:.2f}, known >= {in_use[1]:.2f}, rest >= {in_use[2]:.2f}; {mistakes_of(in_use)}",
    ])
