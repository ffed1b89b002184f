"""Measuring the tutor on an evaluation set: retrieval (Recall@k, MRR), answer accuracy
and abstention on out-of-scope questions. Used by `tutor eval` and by the tests.

An evaluation set is a folder (the project's is `tests/eval/` in the repository; it is not
installed with the package): in-scope items in `in_scope_*.yaml` (question, expected
document, facts the answer must contain, optional earlier turns), out-of-scope questions in
`out_of_scope.yaml`. Retrieval is scored on the expected document (Recall@k,
MRR: its rank among the answer's sources, then the search results); an answer is
accurate when it states every expected fact, whichever document it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tutor.answering.engine import Tutor
from tutor.answering.session import Session
from tutor.files.dialogues import load_yaml
from tutor.search.text import fold

@dataclass
class InScopeItem:
    question: str
    expect: list[str]
    facts: list[str]
    context: list[str] = field(default_factory=list)
    origin: str = ""


@dataclass
class ItemResult:
    item: InScopeItem
    rank: int | None  # 1-based rank of the first expected document, None if not found
    correct: bool
    abstained: bool
    answer: str
    sources: list[str]
    missing_facts: list[str]


@dataclass
class Report:
    """Aggregate scores over an evaluation set."""

    results: list[ItemResult]
    out_of_scope: list[tuple[str, bool, str]]  # question, abstained, answer

    def recall_at(self, k: int) -> float:
        return sum(1 for r in self.results if r.rank is not None and r.rank <= k) / max(len(self.results), 1)

    @property
    def mrr(self) -> float:
        return sum(1 / r.rank for r in self.results if r.rank) / max(len(self.results), 1)

    @property
    def accuracy(self) -> float:
        return sum(r.correct for r in self.results) / max(len(self.results), 1)

    @property
    def abstention_recall(self) -> float:
        """Share of out-of-scope questions the tutor declined."""
        return sum(abstained for _, abstained, _ in self.out_of_scope) / max(len(self.out_of_scope), 1)

    @property
    def abstention_precision(self) -> float:
        """Share of the tutor's refusals that were right to refuse."""
        right = sum(abstained for _, abstained, _ in self.out_of_scope)
        wrong = sum(r.abstained for r in self.results)
        return right / (right + wrong) if right + wrong else 1.0

    def summary(self) -> str:
        return (
            f"in-scope questions: {len(self.results)}, out-of-scope: {len(self.out_of_scope)}\n"
            f"Recall@1 {self.recall_at(1):.3f}  Recall@3 {self.recall_at(3):.3f}  MRR {self.mrr:.3f}\n"
            f"answer accuracy {self.accuracy:.3f}\n"
            f"abstention precision {self.abstention_precision:.3f}  recall {self.abstention_recall:.3f}"
        )


def load_in_scope(folder: Path) -> list[InScopeItem]:
    items = []
    for path in sorted(folder.glob("in_scope*.yaml")):
        for entry in load_yaml(path) or []:
            expect = entry["expect"] if isinstance(entry["expect"], list) else [entry["expect"]]
            items.append(InScopeItem(str(entry["question"]), expect, [str(f) for f in entry.get("facts") or []], list(entry.get("context") or []), path.name))
    return items


def load_out_of_scope(folder: Path) -> list[str]:
    return [str(q) for q in load_yaml(folder / "out_of_scope.yaml") or []]


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
    missing = [fact for fact in item.facts if fold(fact) not in answer]
    # An answer is correct when it answers (no refusal) and states every expected fact;
    # whether the expected document came first is what Recall@k and MRR measure.
    correct = not reply.out_of_scope and not missing
    return ItemResult(item, min(ranks) if ranks else None, correct, reply.out_of_scope, reply.answer, ranking[:3], missing)


def evaluate(tutor: Tutor, folder: Path) -> Report:
    results = [evaluate_item(tutor, item) for item in load_in_scope(folder)]
    declined = []
    for question in load_out_of_scope(folder):
        reply = Session(tutor).respond(question)
        declined.append((question, reply.out_of_scope, reply.answer))
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
    outside = [evidence(question) for question in load_out_of_scope(folder)]

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
