"""Measuring the tutor on an evaluation set: answer accuracy, retrieval (Recall@k, MRR)
and abstention on out-of-scope questions. Used by `tutor eval` and by the tests.

An evaluation set is a folder (the project's are `tests/eval/dev`, tuned on freely, and
`tests/eval/test`, frozen and written blind; neither is installed with the package):
- `in_scope*.yaml`: question, facts the answer must state (each a text, or a list of
  alternatives of which one must appear), optionally the expected document(s) `expect`,
  earlier turns `context` and the `kind` of answer wanted;
- `conversations*.yaml`: `turns` (the last one is scored) and its `facts`;
- `out_of_scope*.yaml`: questions to decline (a text, or `question` with `near_miss`).
An answer is accurate when it is not a refusal and states every fact. Recall@k and MRR
score the expected document where the item names one (its rank among the answer's
sources, then the search results).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tutor.answering.engine import Tutor
from tutor.answering.session import Session
from tutor.files.dialogues import load_yaml
from tutor.search.text import fold


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


@dataclass
class Report:
    """Aggregate scores over an evaluation set."""

    results: list[ItemResult]
    out_of_scope: list[tuple[OutOfScopeItem, bool, str]]  # item, abstained, answer

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

    @property
    def abstention_recall(self) -> float:
        """Share of out-of-scope questions the tutor declined."""
        return sum(abstained for _, abstained, _ in self.out_of_scope) / max(len(self.out_of_scope), 1)

    @property
    def near_misses_declined(self) -> tuple[int, int]:
        near = [abstained for item, abstained, _ in self.out_of_scope if item.near_miss]
        return sum(near), len(near)

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
        ]
        if self.with_expected_document:
            lines.append(f"Recall@1 {self.recall_at(1):.3f}  Recall@3 {self.recall_at(3):.3f}  MRR {self.mrr:.3f} (on {len(self.with_expected_document)} items naming their document)")
        declined, near = self.near_misses_declined
        near_text = f"; near misses declined {declined} of {near}" if near else ""
        lines.append(f"abstention precision {self.abstention_precision:.3f}  recall {self.abstention_recall:.3f}{near_text}")
        kinds = sorted({r.item.kind for r in self.results if r.item.kind})
        if kinds:
            lines.append("by kind: " + ", ".join(f"{kind} {self.accuracy_of([r for r in self.results if r.item.kind == kind]):.2f}" for kind in kinds))
        return "\n".join(lines)


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
    return ItemResult(item, min(ranks) if ranks else None, correct, reply.out_of_scope, reply.answer, ranking[:3], missing)


def evaluate(tutor: Tutor, folder: Path) -> Report:
    results = [evaluate_item(tutor, item) for item in load_in_scope(folder)]
    declined = []
    for item in load_out_of_scope(folder):
        reply = Session(tutor).respond(item.question)
        declined.append((item, reply.out_of_scope, reply.answer))
    return Report(results, declined)


def tune(tutor: Tutor, folder: Path) -> str:
    """Search the out-of-scope thresholds (coverage, top score) that fit the set best.

    Works on the evidence of a plain search for each standalone question: the best pair
    declines every out-of-scope question and keeps as many in-scope ones as possible.
    """
    retriever = tutor.retriever

    def evidence(question: str) -> tuple[bool | None, float, float]:
        """(named a document? None when declined whatever the thresholds, coverage, score)."""
        saved = retriever.min_coverage, retriever.min_score
        retriever.min_coverage = retriever.min_score = 0.0
        try:
            declined_anyway = Session(tutor).respond(question).out_of_scope
        finally:
            retriever.min_coverage, retriever.min_score = saved
        if declined_anyway:
            return None, 0.0, 0.0
        result = retriever.search(retriever.repair(question)[0])
        return bool(result.named_documents), result.coverage, result.top_score

    inside = [evidence(item.question) for item in load_in_scope(folder) if not item.context]
    outside = [evidence(item.question) for item in load_out_of_scope(folder)]

    def kept(sample: list[tuple[bool | None, float, float]], coverage: float, score: float) -> int:
        return sum(1 for named, c, s in sample if named or (named is not None and c >= coverage and s >= score))

    grid = [
        (coverage / 100, score / 2, kept(inside, coverage / 100, score / 2), kept(outside, coverage / 100, score / 2))
        for coverage in range(0, 101, 2)
        for score in range(0, 41)
    ]
    fewest_answered = min(row[3] for row in grid)
    most_kept = max(row[2] for row in grid if row[3] == fewest_answered)
    best = [row for row in grid if row[3] == fewest_answered and row[2] == most_kept]
    lines = [f"best: keeps {most_kept} of {len(inside)} in-scope questions, answers {fewest_answered} of {len(outside)} out-of-scope, with"]
    for coverage in sorted({row[0] for row in best}):
        scores = [row[1] for row in best if row[0] == coverage]
        lines.append(f"  coverage >= {coverage:.2f} and top score from {min(scores):.1f} to {max(scores):.1f}")
    lines.append(f"in use: coverage >= {retriever.min_coverage:.2f}, score >= {retriever.min_score:.1f} (choose a point well inside the region)")
    return "\n".join(lines)
