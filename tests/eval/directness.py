"""Which development answers state the asked-for fact late, or miss it although their
document has it, and why (issue 10: "put the asked-for fact first").

Run in a checkout: `python tests/eval/directness.py [--set tests/eval/dev]`. It reads the
development set only (the frozen test set is never read for tuning) and prints, for each
in-scope item:
- BURIED: correct, but not every fact in the first sentence. The cause printed is
  `order` when one sentence of the answer holds every fact (the lead was chosen wrongly:
  sentence scoring or kind cues), `spread` when no single sentence of the answer does (the
  facts sit in several sentences: only a different passage or wording could lead with all);
- WRONG-IN-DOC: an answer missing a fact that its first source's document states. The cause is
  `section` when another section of that document has the facts, `sentence` when the
  answering section has them but the answer left them out; the question's words that the
  best sentence holding the facts lacks are listed, a hint of a vocabulary mismatch
  ("started" against "founded").
A summary by cause and kind of question ends the listing.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from tutor.answering.engine import Tutor
from tutor.answering.evaluation import InScopeItem, first_sentence, load_in_scope
from tutor.answering.session import Session
from tutor.search.text import fold, split_sentences


def states_all(text: str, facts: list[list[str]]) -> bool:
    folded = fold(text)
    return all(any(fold(wording) in folded for wording in fact) for fact in facts)


def diagnose(tutor: Tutor, item: InScopeItem) -> tuple[str, str, str, str] | None:
    """(status, cause, kind, detail) for an item that is buried or wrong although its
    document has the facts; None for one that is direct, refused or wrong for lack of them."""
    session = Session(tutor)
    for turn in item.context:
        session.respond(turn)
    reply = session.respond(item.question)
    if reply.out_of_scope or not reply.sources:
        return None
    body = reply.answer.split(f"\n\n{tutor.templates['sources_label']}")[0]
    sentences = [s for line in body.splitlines() for s in split_sentences(line.lstrip("- "))]
    if states_all(body, item.facts):
        if states_all(first_sentence(reply.answer, tutor.templates), item.facts):
            return None
        holding = [s for s in sentences if states_all(s, item.facts)]
        cause = "order" if holding else "spread"
        return "BURIED", cause, reply.intent, f"first: {sentences[0][:160]}" + (f"\n    holds all: {holding[0][:160]}" if holding else "")
    retriever = tutor.retriever
    doc = reply.sources[0].id
    chunks = [retriever.chunks[i] for i in retriever.doc_chunks.get(doc, [])]
    holding = [(chunk, s) for chunk in chunks for s in split_sentences(chunk.plain_text()) if states_all(s, item.facts)]
    if not holding and not states_all(" ".join(chunk.plain_text() for chunk in chunks), item.facts):
        return None
    shown = {source.chunk_id for source in reply.sources}
    cause = "sentence" if any(chunk.id in shown for chunk, _ in holding) else "section"
    asked = set(retriever.focus_tokens(doc, retriever.query_tokens(item.question)))
    detail = f"first: {sentences[0][:160]}"
    if holding:
        chunk, sentence = holding[0]
        lacking = sorted(t for t in asked - set(retriever.query_tokens(sentence)) if not t.startswith("="))
        detail += f"\n    facts in: {chunk.section} :: {sentence[:160]}\n    question words it lacks: {', '.join(lacking) or '-'}"
    return "WRONG-IN-DOC", cause, reply.intent, detail


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=Path("tests") / "eval" / "dev", help="the development set (default: tests/eval/dev)")
    folder = parser.parse_args().set
    if folder.resolve().name == "test":
        print("directness.py reads the development set only, never the frozen test set", file=sys.stderr)
        return 2
    tutor = Tutor.load()
    counts: Counter[tuple[str, str, str]] = Counter()
    for item in load_in_scope(folder):
        found = diagnose(tutor, item)
        if found is None:
            continue
        status, cause, kind, detail = found
        counts[(status, cause, kind)] += 1
        print(f"{status} [{cause}, {kind}] {' | '.join([*item.context, item.question])}\n    {detail}\n")
    for (status, cause, kind), count in sorted(counts.items(), key=lambda entry: -entry[1]):
        print(f"{count:4} {status} {cause} {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
