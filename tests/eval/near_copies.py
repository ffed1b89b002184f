"""Keep a new blind part's questions that are no near copy of a development or test question.

A question (a conversation: all its turns together) is a near copy when it has the same
content words as one already kept or already in `tests/eval`, or when 80% of the larger
one's words are shared. Only counts are printed, so that whoever adds a part reads none of
the test set's questions.

Run in a checkout: `python tests/eval/near_copies.py FOLDER PART "header line" ...`. FOLDER
holds the writer's `in_scope.yaml`, `conversations.yaml` and `out_of_scope.yaml`; the kept
items go to `FOLDER/kept/{in_scope,conversations,out_of_scope}_PART.yaml`, each file opening
with the header lines given (as YAML comments), ready to be sealed and, later, copied into
`tests/eval/dev`.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import yaml

from tutor.search.text import fold

EVAL = Path(__file__).resolve().parent
NAMES = ("in_scope", "conversations", "out_of_scope")
SHARED = 0.8
# Words that say nothing of what is asked: a question differing only in them is a copy.
FUNCTION_WORDS = frozenset(
    """a an the of to in on for and or is are was were be been do does did what who whom when where
    why how which that this it its with by as at from about can could would should will i me my you
    your they them their we our us so just like ok really actually please tell explain""".split()
)


def content_words(question: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", fold(question).lower()) if w not in FUNCTION_WORDS)


def near(a: frozenset[str], b: frozenset[str]) -> bool:
    if a == b:
        return True
    return bool(a and b) and len(a & b) >= SHARED * max(len(a), len(b))


def asked(entry: Any) -> str:
    """An entry's words: a conversation's turns together, else its question."""
    if isinstance(entry, dict) and "turns" in entry:
        return " ".join(entry["turns"])
    return str(entry["question"]) if isinstance(entry, dict) else str(entry)


def existing() -> list[frozenset[str]]:
    """The content words of every question already in the development and test sets."""
    words = []
    for path in sorted(EVAL.glob("*/*.yaml")):
        if path.name.startswith(NAMES):
            words += [content_words(asked(entry)) for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    return words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("part")
    parser.add_argument("header", nargs="*")
    args = parser.parse_args()
    seen = existing()
    header = "".join(f"# {line}\n" for line in args.header)
    (args.folder / "kept").mkdir(exist_ok=True)
    for name in NAMES:
        entries = yaml.safe_load((args.folder / f"{name}.yaml").read_text(encoding="utf-8")) or []
        kept = []
        for entry in entries:
            words = content_words(asked(entry))
            if not any(near(words, other) for other in seen):
                kept.append(entry)
                seen.append(words)
        text = header + yaml.safe_dump(kept, sort_keys=False, allow_unicode=True, width=100)
        (args.folder / "kept" / f"{name}_{args.part}.yaml").write_text(text, encoding="utf-8")
        print(f"{name}: {len(entries)} -> {len(kept)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
