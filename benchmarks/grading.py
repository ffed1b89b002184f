"""How free-text grading agrees with a teacher's labels, and how long grading one answer takes.

Prints the confusion table (teacher label x grader verdict) and the figures (false
rejects, false accepts, agreement, how often the feedback on an answer that is not accepted
names the missing or wrong idea, reversed roles and bare keywords accepted) for the
development half, the held-out half, the whole set, the first fresh set (now development
data), the second fresh set (the blind check, `tests/grading/fresh2.yaml`) and the third
(`tests/grading/fresh3.yaml`, development data from its arrival), then the
median time to grade one answer over the set (each answer graded `--runs` times; the
median of the per-answer medians), and the same for each answer's first, cold grading.

    python benchmarks/grading.py [--set tests/grading/answers.yaml] [--fresh tests/grading/fresh.yaml]
                                 [--fresh2 tests/grading/fresh2.yaml] [--fresh3 tests/grading/fresh3.yaml] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from tutor.lessons.catalogue import load_catalogue
from tutor.lessons.grading_set import grade_item, read_set, report, split


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=Path("tests/grading/answers.yaml"))
    parser.add_argument("--fresh", type=Path, default=Path("tests/grading/fresh.yaml"))
    parser.add_argument("--fresh2", type=Path, default=Path("tests/grading/fresh2.yaml"))
    parser.add_argument("--fresh3", type=Path, default=Path("tests/grading/fresh3.yaml"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    catalogue = load_catalogue()
    items = read_set(args.set)
    develop, held_out = split(items)
    fresh, fresh2, fresh3 = read_set(args.fresh), read_set(args.fresh2), read_set(args.fresh3)
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
    for title, half in (("development half", develop), ("held-out half", held_out), ("whole set", items), ("first fresh set", fresh), ("fresh2 blind check", fresh2), ("third fresh set (development)", fresh3)):
        print(report([grade_item(catalogue, i) for i in half], title), end="\n\n")
    print(f"grading one answer: median {statistics.median(timings) * 1000:.2f} ms, slowest {max(timings) * 1000:.2f} ms")
    print(f"first grading of each answer: median {statistics.median(first) * 1000:.2f} ms, slowest {max(first) * 1000:.2f} ms (the slowest loads the English word list, once)")

if __name__ == "__main__":
    main()
