"""The development yes/no questions the tutor gets wrong, grouped by how their answer fails.

Issue 10's yes/no questions are the weakest kind on the development set; this lists each
failing one with its answer, under the general cause it shows: the question declined as
out of scope, no "Yes."/"No." at all, the wrong verdict, or the right verdict missing
another fact (often the answer is from the wrong section). `--all` prints every yes/no
answer instead (to diff before and after a change to the verdict logic). Never run it on
the frozen test set.

    python benchmarks/yesno_failures.py [--folder tests/eval/dev] [--all]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tutor.answering.engine import Tutor
from tutor.answering.evaluation import ItemResult, Report, evaluate

VERDICTS = ("yes", "no")


def verdict_of(answer: str) -> str:
    """The answer's opening "Yes"/"No", or "" when it opens with neither."""
    first = answer.lstrip().split(maxsplit=1)[0].strip(".,").lower() if answer.strip() else ""
    return first if first in VERDICTS else ""


def cause_of(result: ItemResult) -> str:
    """Which general way the answer fails: declined as out of scope, no verdict, the wrong
    one, or a missing fact."""
    if result.abstained:
        return "declined"
    wanted = {fact for fact in result.missing_facts if fact.strip(".").lower() in VERDICTS}
    given = verdict_of(result.answer)
    if wanted and not given:
        return "no verdict"
    if wanted:
        return "wrong verdict"
    return "right verdict, fact missing"


def show(result: ItemResult) -> str:
    return f"[{result.item.origin}] {result.item.question}\n  missing: {result.missing_facts}\n  answer: {result.answer.strip()}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", default="tests/eval/dev")
    parser.add_argument("--all", action="store_true", help="print every yes/no answer")
    args = parser.parse_args()
    report = evaluate(Tutor.load(), Path(args.folder))
    yesno = [r for r in report.results if r.item.kind == "yesno"]
    blind = [r for r in yesno if "_blind" in r.item.origin]
    print(f"yes/no accuracy {Report.accuracy_of(yesno):.2f} ({len(yesno)}), blind parts {Report.accuracy_of(blind):.2f} ({len(blind)})")
    if args.all:
        for result in yesno:
            print(("OK " if result.correct else "XX ") + show(result))
        return
    failing = [r for r in yesno if not r.correct]
    for cause in ("declined", "no verdict", "wrong verdict", "right verdict, fact missing"):
        group = [r for r in failing if cause_of(r) == cause]
        print(f"\n== {cause}: {len(group)}")
        for result in group:
            print(show(result))


if __name__ == "__main__":
    main()
