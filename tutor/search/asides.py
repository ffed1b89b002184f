"""Asides in brackets, read whole however deeply they nest.

A learner may bracket within a bracket: "when was it signed (the treaty (the one from
1919))". A pattern of "(" and ")" with no bracket between them finds the inner aside
alone and leaves the outer one cut in two ("(the treaty )"), so the readers of asides
(talk, a sense set aside, the names an aside gives) take each outermost aside, brackets
balanced, with whatever it holds. A bracket never closed, or closed never opened, is
left as written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator


def _spans(text: str) -> Iterator[tuple[int, int]]:
    """The start and end of each outermost balanced aside: from its "(" to after its ")"."""
    depth, start = 0, 0
    for at, character in enumerate(text):
        if character == "(":
            start = at if depth == 0 else start
            depth += 1
        elif character == ")" and depth:
            depth -= 1
            if depth == 0:
                yield start, at + 1


def asides(text: str) -> list[str]:
    """What each outermost aside says, without its own brackets."""
    return [text[start + 1 : end - 1] for start, end in _spans(text)]


def replace_asides(text: str, replacement: Callable[[str, str], str]) -> str:
    """`text` with each outermost aside and the spaces before it replaced by
    `replacement(written, said)`: the aside as written (with those spaces) and what it says."""
    pieces, done = [], 0
    for start, end in _spans(text):
        spaced = len(text[done:start].rstrip())
        begin = done + spaced
        pieces.append(text[done:begin])
        pieces.append(replacement(text[begin:end], text[start + 1 : end - 1]))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)
