"""How long the chat takes over a learner's line in the middle of a quiz.

Each round opens a quiz in a fresh conversation ("quiz me"), then times the learner's
answer to its question, one line of each kind: a wrong choice or a wrong short answer, a
wrong answer as a sentence, the right answer, and "hint" (each in a quiz of its own, the
right one last since it ends the quiz). Besides the medians in milliseconds it counts the
knowledge-base searches the answer lines cost (`Retriever.search`): a count the machine's
load does not blur. The learner's progress goes to a temporary folder.

    python benchmarks/quiz_turn.py [--rounds 40]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tutor.answering.engine import Tutor  # noqa: E402
from tutor.answering.session import Session  # noqa: E402
from tutor.files.paths import knowledge_folders, user_cache_dir  # noqa: E402
from tutor.lessons.progress import ProgressStore  # noqa: E402
from tutor.search.retrieval import Retriever  # noqa: E402
from tutor.teaching.teacher import Teacher  # noqa: E402


def answer_lines(session: Session) -> dict[str, str]:
    """Lines answering the open quiz question, by kind."""
    teaching = session.respond("quiz me").teaching
    assert teaching is not None and teaching.get("question"), teaching
    question = session.teacher.moves.catalogue.get(teaching["lesson"]).question(teaching["question"])
    right = question.accepted_answer()
    wrong = next((choice for choice in teaching.get("choices") or [] if choice != right), "the French Revolution")
    return {"wrong": wrong, "wrong sentence": f"I think the answer is {wrong}, because that is what I read", "hint": "hint", "right": right}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    tutor = Tutor.load(knowledge_folders(include_user=False))
    searches = 0
    search = Retriever.search

    def counted_search(self, *args, **kwargs):
        nonlocal searches
        searches += 1
        return search(self, *args, **kwargs)

    Retriever.search = counted_search  # type: ignore[method-assign]
    times: dict[str, list[float]] = {}
    counts: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory(prefix="tutor-quiz-bench-") as learner:
        teacher = Teacher.for_learner(cache_dir=user_cache_dir(), open_store=lambda: ProgressStore.load(Path(learner))).sharing_lessons()
        for _ in range(args.rounds):
            for kind in ("wrong", "wrong sentence", "hint", "right"):
                session = Session(tutor, teacher.fresh())
                line = answer_lines(session)[kind]
                searches = 0
                start = time.perf_counter()
                reply = session.respond(line)
                times.setdefault(kind, []).append(time.perf_counter() - start)
                counts.setdefault(kind, []).append(searches)
                assert reply.intent == "graded" or kind == "wrong sentence", (kind, line, reply.intent)
    print(f"{args.rounds} quiz questions; medians of one answer line in the chat")
    for kind in times:
        print(f"  {kind:<16} {statistics.median(times[kind]) * 1000:6.1f} ms   searches per line {statistics.mean(counts[kind]):.2f}")
    everything = [t for kind in times for t in times[kind]]
    print(f"  {'all':<16} {statistics.median(everything) * 1000:6.1f} ms   searches per line {statistics.mean([c for kind in counts for c in counts[kind]]):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
