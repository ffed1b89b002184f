"""Each development item's result, and what changed between two checkouts.

A figure that stays the same can hide answers won and lost; a change to the engine or the
knowledge is judged by the items it moves. Run in each checkout (each with its own code and
knowledge) and compare:

    python tests/eval/item_results.py save before.json        # in the checkout before
    python tests/eval/item_results.py save after.json         # in the checkout after
    python tests/eval/item_results.py compare before.json after.json

`save` reads the development set only (`--set` another folder of it); the frozen test set
is never read item by item. `compare` prints the items won and lost, with both answers' starts.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tutor.answering.engine import Tutor
from tutor.answering.evaluation import evaluate
from tutor.files.paths import knowledge_folders

EVAL = Path(__file__).resolve().parent
SHOWN = 300  # characters of each answer printed


def save(folder: Path, out: Path) -> None:
    report = evaluate(Tutor.load(knowledge_folders(include_user=False)), folder)
    results = {}
    for result in report.results:
        key = f"{result.item.origin} :: " + " || ".join([*result.item.context, result.item.question])
        results[key] = {"correct": result.correct, "refused": result.abstained, "answer": result.answer}
    for item, declined, answer in report.out_of_scope:
        results[f"out of scope :: {item.question}"] = {"correct": declined, "refused": declined, "answer": answer}
    out.write_text(json.dumps(results, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{sum(r['correct'] for r in results.values())} of {len(results)} right")


def compare(before: Path, after: Path) -> None:
    old, new = (json.loads(path.read_text(encoding="utf-8")) for path in (before, after))
    common = [key for key in old if key in new]
    won = [key for key in common if new[key]["correct"] and not old[key]["correct"]]
    lost = [key for key in common if old[key]["correct"] and not new[key]["correct"]]
    print(f"won {len(won)}, lost {len(lost)} (of {len(common)} items in both)")
    for label, keys in (("WON", won), ("LOST", lost)):
        for key in keys:
            print(f"{label}: {key}")
            print(f"  before: {' '.join(old[key]['answer'].split())[:SHOWN]}")
            print(f"  after:  {' '.join(new[key]['answer'].split())[:SHOWN]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    saving = commands.add_parser("save")
    saving.add_argument("out", type=Path)
    saving.add_argument("--set", type=Path, default=EVAL / "dev")
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "save":
        save(args.set, args.out)
    else:
        compare(args.before, args.after)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
