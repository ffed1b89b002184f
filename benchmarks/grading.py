"""How free-text grading agrees with a teacher's labels, and how long grading one answer takes.

Prints the confusion table (teacher label x grader verdict) and the figures (false
rejects, false accepts, agreement, how often the feedback on an answer that is not accepted
names the missing or wrong idea, reversed roles and bare keywords accepted) for the
development half, the held-out half, the whole set and each fresh set in `--folder`
(`FRESH_SETS`: which are development data and which is the blind check), then the
median time to grade one answer over the set (each answer graded `--runs` times; the
median of the per-answer medians), and the same for each answer's first, cold grading;
then the time to grade a long answer (`--long-words` words of the shipped knowledge
documents, far longer than any learner's) against every free-text question, the worst case
of the grader's cost, which grows with the answer's length.

    python benchmarks/grading.py [--folder tests/grading] [--runs 5] [--long-words 541]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from tutor.files.paths import SHIPPED_KNOWLEDGE
from tutor.lessons.catalogue import Catalogue, load_catalogue
from tutor.lessons.grading_set import grade_item, read_set, report, split
from tutor.lessons.model import FreeText

MARKUP = re.compile(r"[#*`\[\]|>_]")
# The fresh sets, each written from the questions' prompts and model answers alone, and
# what each is now (see tests/test_grading_set.py).
FRESH_SETS = (
    ("fresh.yaml", "first fresh set (development)"),
    ("fresh2.yaml", "second fresh set (development; the blind check until 2026-12-03)"),
    ("fresh3.yaml", "third fresh set (development)"),
    ("fresh4.yaml", "fourth fresh set (the blind check: totals only)"),
    ("fresh5.yaml", "fifth fresh set (development)"),
    ("fresh6.yaml", "sixth fresh set (development since the fourth round; a blind check before)"),
    ("fresh7.yaml", "seventh fresh set (development since 2026-12-03 07:00; the second blind check before)"),
    ("fresh8.yaml", "eighth fresh set (development)"),
    ("fresh9.yaml", "ninth fresh set (development)"),
    ("fresh10.yaml", "tenth fresh set (development since 2026-12-03; a blind check on arrival)"),
    ("fresh11.yaml", "eleventh fresh set (development)"),
    ("fresh12.yaml", "twelfth fresh set (the blind check since 2026-12-03, with fresh4: totals only)"),
)


def long_answer(words: int) -> str:
    """The first `words` words of the shipped knowledge documents' text, front matter and markup left out."""
    text = []
    for path in sorted(SHIPPED_KNOWLEDGE.rglob("*.md")):
        text += MARKUP.sub(" ", path.read_text(encoding="utf-8").split("---", 2)[-1]).split()
    return " ".join(text[:words])


def time_long_answer(catalogue: Catalogue, answer: str, runs: int) -> dict[str, float]:
    """The median time to grade `answer` against each free-text question, by "lesson/question"."""
    medians = {}
    for lesson_id in catalogue.lessons:
        lesson = catalogue.get(lesson_id)
        for question in lesson.questions if lesson else []:
            if isinstance(question, FreeText):
                runs_taken = []
                for run in range(runs):
                    start = time.perf_counter()
                    question.grade(f"{answer} {run}")  # a new text each run: the reading of an answer is cached
                    runs_taken.append(time.perf_counter() - start)
                medians[f"{lesson_id}/{question.id}"] = statistics.median(runs_taken)
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("tests/grading"), help="answers.yaml and the fresh sets")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--long-words", type=int, default=541)
    args = parser.parse_args()
    catalogue = load_catalogue()
    items = read_set(args.folder / "answers.yaml")
    develop, held_out = split(items)
    fresh = [(title, read_set(args.folder / name)) for name, title in FRESH_SETS]
    first, timings = [], []  # timed before the reports, so that each answer's first grading is cold
    for item in items:
        question = catalogue.get(item.lesson).question(item.question)  # type: ignore[union-attr]
        runs = []
        for _ in range(args.runs):
            start = time.perf_counter()
            question.grade(item.answer)  # type: ignore[union-attr]
            runs.append(time.perf_counter() - start)
        first.append(runs[0])
        timings.append(statistics.median(runs))
    for title, answers in (("development half", develop), ("held-out half", held_out), ("whole set", items), *fresh):
        print(report([grade_item(catalogue, i) for i in answers], title), end="\n\n")
    print(f"grading one answer: median {statistics.median(timings) * 1000:.2f} ms, slowest {max(timings) * 1000:.2f} ms")
    print(f"first grading of each answer: median {statistics.median(first) * 1000:.2f} ms, slowest {max(first) * 1000:.2f} ms (the slowest loads the English word list, once)")
    answer = long_answer(args.long_words)
    long = time_long_answer(catalogue, answer, args.runs)
    slowest = max(long, key=long.__getitem__)
    print(f"a {len(answer.split())}-word answer: median {statistics.median(long.values()) * 1000:.2f} ms over the free-text questions, slowest {long[slowest] * 1000:.2f} ms ({slowest})")

if __name__ == "__main__":
    main()
