"""Measuring free-text grading against answers a teacher labelled (`tests/grading/answers.yaml`).

Each labelled answer names its lesson and question, and carries the teacher's label
(correct, partial or incorrect). The grader's verdict is read the same three ways: accepted
is correct; not accepted but credited with an idea (and no wrong idea) is partial; anything
else is incorrect. The set is split by question with a fixed seed, so one half can be used
to develop the grader and the other kept for the figures that are reported. A second,
smaller set (`tests/grading/fresh.yaml`) was written later, blind to the lessons' accept
lists, as a check the grader was never tuned on.

Feedback "names the idea" when, for an answer that is not accepted, the feedback and hint
the learner sees quote a missing whole idea (its hint, prompt or the idea itself; for a
partial answer, the idea the teacher says is missing; a part of an idea, `part_of`, is never
the one asked for, unless every whole idea was said with a doubt, when the parts not said are
missing, or else the whole model answer) or the correction of a wrong idea.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import yaml

from tutor.lessons.catalogue import Catalogue
from tutor.lessons.dialogue import QuestionTurn
from tutor.lessons.model import FreeText

LABELS = ("correct", "partial", "incorrect")
SPLIT_SEED = 11  # issue #11


@dataclass(frozen=True)
class Labelled:
    """One learner answer with the teacher's label."""

    lesson: str
    question: str
    answer: str
    label: str
    style: str
    missing: str = ""

    @property
    def key(self) -> str:
        return f"{self.lesson}/{self.question}"


@dataclass(frozen=True)
class Graded:
    """A labelled answer with the grader's three-way verdict and whether its feedback was specific."""

    item: Labelled
    verdict: str
    names_idea: bool  # feedback on a non-accepted answer names a missing idea (its hint, prompt or idea) or a wrong one


def read_set(path: Path) -> list[Labelled]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Labelled(r["lesson"], r["question"], str(r["answer"]), r["label"], r.get("style", ""), r.get("missing", "")) for r in rows]


def split(items: list[Labelled], seed: int = SPLIT_SEED) -> tuple[list[Labelled], list[Labelled]]:
    """(development half, held-out half), split by question so no question is in both."""
    keys = sorted({i.key for i in items})
    random.Random(seed).shuffle(keys)
    develop = set(keys[: len(keys) // 2])
    return [i for i in items if i.key in develop], [i for i in items if i.key not in develop]


def grade_item(catalogue: Catalogue, item: Labelled) -> Graded:
    lesson = catalogue.get(item.lesson)
    question = lesson.question(item.question) if lesson else None
    if not isinstance(question, FreeText):
        raise KeyError(f"{item.key} is not a free-text question of the lessons")
    verdict = question.grade(item.answer)
    if verdict.correct:
        return Graded(item, "correct", False)
    three_way = "partial" if verdict.covered and not verdict.misconception else "incorrect"
    events = QuestionTurn(question).answer(item.answer)
    said = " ".join(e.text for e in events)
    wrong = [m.feedback for m in question.misconceptions] + list(verdict.wrong)
    # With every whole idea said (and a doubt admitted), the parts not said are what is missing, or else the whole answer.
    missing = question.missing(verdict.covered) or [e for e in question.expectations if e.id not in verdict.covered]
    # For a partial answer, the teacher's missing idea decides which idea the feedback must name.
    named = [e for e in missing if item.missing and e.id in question.grade(item.missing).covered] or missing
    specific = [t for e in named for t in (*e.moves(), e.idea.removeprefix("that "))] or ([question.answer] if question.complete(verdict.covered) else [])
    names = any(t in said for t in wrong + specific)
    return Graded(item, three_way, names)


def confusion(graded: list[Graded]) -> dict[str, dict[str, int]]:
    """Counts by teacher label (rows) and grader verdict (columns)."""
    table = {label: {verdict: 0 for verdict in LABELS} for label in LABELS}
    for g in graded:
        table[g.item.label][g.verdict] += 1
    return table


@dataclass(frozen=True)
class Figures:
    false_reject: float  # correct answers not accepted
    false_accept: float  # incorrect answers accepted
    agreement: float  # verdict equals the teacher's label
    names_idea: float  # non-accepted answers whose feedback names the idea
    bad_accepts: int  # reversed roles or bare keywords accepted


def figures(graded: list[Graded]) -> Figures:
    def share(part: list[Graded], of: list[Graded]) -> float:
        return len(part) / len(of) if of else 0.0

    correct = [g for g in graded if g.item.label == "correct"]
    wrong = [g for g in graded if g.item.label == "incorrect"]
    refused = [g for g in graded if g.verdict != "correct"]
    return Figures(
        false_reject=share([g for g in correct if g.verdict != "correct"], correct),
        false_accept=share([g for g in wrong if g.verdict == "correct"], wrong),
        agreement=share([g for g in graded if g.verdict == g.item.label], graded),
        names_idea=share([g for g in refused if g.names_idea], refused),
        bad_accepts=sum(1 for g in wrong if g.verdict == "correct" and g.item.style in ("reversed", "bare-keyword")),
    )


def report(graded: list[Graded], title: str) -> str:
    """The confusion table and the figures, as text."""
    table = confusion(graded)
    lines = [f"{title} ({len(graded)} answers)", "teacher / grader".ljust(18) + "".join(f"{v:>11}" for v in LABELS)]
    lines += [f"{label:<18}" + "".join(f"{table[label][v]:>11}" for v in LABELS) for label in LABELS]
    f = figures(graded)
    lines.append(f"false rejects {f.false_reject:.1%}  false accepts {f.false_accept:.1%}  agreement {f.agreement:.1%}  feedback names the idea {f.names_idea:.1%}  reversed/bare accepted {f.bad_accepts}")
    return "\n".join(lines)
