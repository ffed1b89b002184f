"""How long a whole `tutor ask` process takes, against `python -c "import rank_bm25, yaml"`.

The index cache is warmed first, so this measures the everyday case: start Python, load
the cached knowledge base, answer one question, exit. Both commands run alternately, so
a busy machine slows both alike; the figures are medians of wall-clock and CPU time.

    python benchmarks/startup.py [--runs 21] [--question "What is track one diplomacy?"]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

TARGET_RATIO = 1.3  # issue 15


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one run of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--question", default="What is track one diplomacy?")
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on a learner's machine: byte code is cached
    tutor = [sys.executable, "-m", "tutor", "ask", args.question]
    baseline = [sys.executable, "-c", "import rank_bm25, yaml"]
    for command in (tutor, baseline):  # warm the index cache and the byte-code cache
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    results: dict[str, list[tuple[float, float]]] = {"tutor ask": [], "import rank_bm25, yaml": []}
    for _ in range(args.runs):
        results["tutor ask"].append(timed(tutor, env))
        results["import rank_bm25, yaml"].append(timed(baseline, env))
    medians = {name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)) for name, runs in results.items()}
    print(f"{args.runs} runs each, medians; Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    for name, (wall, cpu) in medians.items():
        print(f"  {name:<24} wall {wall * 1000:6.0f} ms   CPU {cpu * 1000:6.0f} ms")
    wall_ratio = medians["tutor ask"][0] / medians["import rank_bm25, yaml"][0]
    cpu_ratio = medians["tutor ask"][1] / medians["import rank_bm25, yaml"][1]
    print(f"  ratio                    wall {wall_ratio:.2f}x     CPU {cpu_ratio:.2f}x   (target at most {TARGET_RATIO}x)")
    return 0 if wall_ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
