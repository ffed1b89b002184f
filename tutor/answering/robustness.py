"""Robustness: development questions the tutor answers correctly, rewritten the way learners
mangle questions, and the share still answered correctly.

It measures generalisation to phrasing nobody tuned for without new data: a typo or two in longer
words, an opener and a closer ("random question but ... lol"), a scene before the question ("my
teacher mentioned this in class today, ..."), a bracketed aside ("(for homework)"). The talk
around a question comes from a wrappers file written by someone who saw no question and not the
engine; out-of-scope questions wrapped the same way must still be declined. Deterministic for a
given seed, set and knowledge base.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from tutor.answering.engine import Tutor
from tutor.answering.evaluation import InScopeItem, OutOfScopeItem, evaluate_item, load_in_scope, load_out_of_scope
from tutor.answering.session import Session
from tutor.files.dialogues import load_yaml

Wrappers = dict[str, list[str]]
# Words a typo never touches: too short or the question's own frame.
TYPO_MIN_LETTERS = 5
QUESTION_FRAME = frozenset("which where whose there their about would could should".split())


def typo(question: str, rng: random.Random, wrappers: Wrappers) -> str:
    """One or two longer words get one slip each: a letter dropped, doubled, swapped or a vowel changed."""
    words = question.split()
    long_words = [i for i, word in enumerate(words) if sum(c.isalpha() for c in word) >= TYPO_MIN_LETTERS and word.lower() not in QUESTION_FRAME]
    for i in rng.sample(long_words, min(len(long_words), rng.choice([1, 2]))):
        words[i] = _slip(words[i], rng)
    return " ".join(words)


def _slip(word: str, rng: random.Random) -> str:
    letters = [j for j, c in enumerate(word) if c.isalpha()]
    j = rng.choice(letters[1:-1])
    slip = rng.choice(["drop", "double", "swap", "vowel"])
    if slip == "drop":
        return word[:j] + word[j + 1:]
    if slip == "double":
        return word[:j] + word[j] + word[j:]
    if slip == "swap" and word[j + 1].isalpha():
        return word[:j] + word[j + 1] + word[j] + word[j + 2:]
    vowels = [k for k in letters[1:] if word[k] in "aeiou"]
    if not vowels:
        return word[:j] + word[j + 1:]
    k = rng.choice(vowels)
    return word[:k] + rng.choice([v for v in "aeiou" if v != word[k]]) + word[k + 1:]


def casual(question: str, rng: random.Random, wrappers: Wrappers) -> str:
    """An opener and a closer, the question mostly lowercased without its question mark."""
    body = question.rstrip("?").lower() if rng.random() < 0.7 else question
    return rng.choice(wrappers["prefixes"]) + body + rng.choice(wrappers["suffixes"])


def scene(question: str, rng: random.Random, wrappers: Wrappers) -> str:
    """A sentence or two of the learner's situation before the question."""
    lead = rng.choice(wrappers["scenes"]).rstrip() + " "
    return lead + (question[0].lower() + question[1:] if lead.rstrip().endswith(",") else question)


def aside(question: str, rng: random.Random, wrappers: Wrappers) -> str:
    """A bracketed remark before or after the question."""
    note = rng.choice(wrappers["asides"])
    return f"{question.rstrip('?')} {note}?" if rng.random() < 0.5 else f"{note} {question}"


PERTURBATIONS: dict[str, Callable[[str, random.Random, Wrappers], str]] = {"typo": typo, "casual": casual, "scene": scene, "aside": aside}


@dataclass
class Outcome:
    """How one perturbation fared: of the questions answered correctly before, how many still are."""

    name: str
    kept: int
    refused: int
    total: int
    out_of_scope_declined: int
    out_of_scope_total: int
    missed: list[str]

    def line(self) -> str:
        return (f"{self.name:<7} kept {self.kept / self.total:.3f} ({self.kept} of {self.total}), refused {self.refused}, "
                f"wrong {self.total - self.kept - self.refused}; out of scope declined "
                f"{self.out_of_scope_declined} of {self.out_of_scope_total}")


def load_wrappers(path: Path) -> Wrappers:
    data = load_yaml(path) or {}
    missing = [key for key in ("prefixes", "suffixes", "scenes", "asides") if not data.get(key)]
    if missing:
        raise ValueError(f"{path}: no {', '.join(missing)}")
    return {key: [str(text) for text in data[key]] for key in ("prefixes", "suffixes", "scenes", "asides")}


def sample(tutor: Tutor, folder: Path, size: int, seed: int) -> tuple[list[InScopeItem], list[OutOfScopeItem]]:
    """`size` single questions answered correctly as written, and `size` out-of-scope ones."""
    rng = random.Random(seed)
    singles = [item for item in load_in_scope(folder) if not item.context]
    drawn = rng.sample(singles, min(len(singles), size * 2))
    answered = [item for item in drawn if evaluate_item(tutor, item).correct][:size]
    out_of_scope = rng.sample(load_out_of_scope(folder), min(size, len(load_out_of_scope(folder))))
    return answered, out_of_scope


def wordings(answered: list[InScopeItem], out_of_scope: list[OutOfScopeItem], wrappers: Wrappers, seed: int) -> dict[str, tuple[list[str], list[str]]]:
    """Each perturbation's wordings of the answered questions and of the out-of-scope ones
    (drawn in that order from the perturbation's own seed: the same for every measure)."""
    worded = {}
    for name, change in PERTURBATIONS.items():
        rng = random.Random(f"{seed}-{name}")
        questions = [change(item.question, rng, wrappers) for item in answered]
        worded[name] = (questions, [change(item.question, rng, wrappers) for item in out_of_scope])
    return worded


def robustness(tutor: Tutor, folder: Path, wrappers: Wrappers, size: int, seed: int) -> list[Outcome]:
    """Each perturbation applied to `size` single questions answered correctly as written."""
    answered, out_of_scope = sample(tutor, folder, size, seed)
    outcomes = []
    for name, (questions, outside) in wordings(answered, out_of_scope, wrappers, seed).items():
        results = [evaluate_item(tutor, reworded(item, question)) for item, question in zip(answered, questions)]
        declined = sum(Session(tutor).respond(question).out_of_scope for question in outside)
        missed = [("refused: " if r.abstained else "wrong: ") + r.item.question for r in results if not r.correct]
        outcomes.append(Outcome(name, sum(r.correct for r in results), sum(r.abstained for r in results), len(results), declined, len(out_of_scope), missed))
    return outcomes


def reworded(item: InScopeItem, question: str) -> InScopeItem:
    """The item asked in other words (spaces the wrapping doubled made single)."""
    return replace(item, question=re.sub(r"\s+", " ", question).strip())
