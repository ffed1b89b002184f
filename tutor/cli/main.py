"""The command line: `tutor` (the app), `tutor ask`, `tutor eval`, `tutor kb ...`.

Every sub-command has `--help`. Exit codes: 0 success, 1 a check found problems,
2 a usage error (with a one-line message, never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterable

from tutor.answering.evaluation import evaluate, tune
from tutor.answering.reply import Reply
from tutor.answering.session import Session
from tutor.cli import kb, lesson
from tutor.cli.common import Parser, UsageError, knowledge_options, load_tutor
from tutor.cli.terminal import terminal_width, wrap_text
from tutor.files.paths import HomeError, settle_home

ASK_GREETING = "Ask about track one diplomacy: one question per line, /new for a fresh conversation, Ctrl+D to finish."
ASK_PROMPT = "> "

# The evaluation set is not installed with the package: it lives in the repository.
DEFAULT_EVAL_SET = Path("tests") / "eval"


def build_parser() -> Parser:
    parser = Parser(
        prog="tutor",
        description="Diplomacy Tutor: learn track one (official, state-to-state) diplomacy. Run `tutor` with no command to open the app.",
        epilog="With no COMMAND, tutor opens the terminal app (chat, topics, timeline, lessons).",
    )
    parser.add_argument("--knowledge", dest="global_knowledge", action="append", type=Path, default=[], metavar="DIR", help="add a folder of knowledge files (repeatable)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    ask = commands.add_parser("ask", help="answer questions in the terminal (scriptable)", description="Answer each QUESTION in a fresh conversation; with no QUESTION (or -), read one turn per line from standard input as one conversation (the line /new starts a fresh one).")
    ask.add_argument("questions", nargs="*", metavar="QUESTION")
    ask.add_argument("--json", action="store_true", help="write one JSON object per turn")
    ask.add_argument("--knowledge", action="append", type=Path, default=[], metavar="DIR", help="add a folder of knowledge files (repeatable)")

    evaluate = commands.add_parser("eval", help="measure answer quality on the evaluation set", description="Print Recall@1/@3, MRR, answer accuracy and abstention precision/recall on tests/eval.")
    evaluate.add_argument("--verbose", "-v", action="store_true", help="list every question that was answered wrongly")
    evaluate.add_argument("--tune", action="store_true", help="also search the out-of-scope thresholds that fit the set best")
    evaluate.add_argument("--set", type=Path, default=DEFAULT_EVAL_SET, metavar="DIR", help="the evaluation set to use (default: tests/eval in the current folder, as in a checkout of the project; tests/eval/heldout is kept out of tuning)")
    # Further sub-commands register here.
    lesson.add_commands(commands)
    kb.add_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settle_home()
        if args.command == "ask":
            return run_ask(args)
        if args.command == "eval":
            return run_eval(args)
        # Further sub-commands are dispatched here.
        for run_commands in (lesson.run, kb.run):
            status = run_commands(args)
            if status is not None:
                return status
        return run_app(args)
    except (UsageError, HomeError) as exc:
        print(f"tutor: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def read_turns(questions: list[str]) -> Iterable[tuple[bool, str]]:
    """(fresh conversation?, text) for each turn, from the arguments or standard input.
    A learner typing at a terminal is told what to do and prompted for each line."""
    if questions and questions != ["-"]:
        for question in questions:
            yield True, question
        return
    interactive = sys.stdin.isatty()
    if interactive:
        print(ASK_GREETING, file=sys.stderr)
    while True:
        if interactive:
            print(ASK_PROMPT, end="", file=sys.stderr, flush=True)
        raw = sys.stdin.buffer.readline()
        if not raw:
            return
        yield False, raw.decode("utf-8", errors="replace").rstrip("\r\n")


def run_ask(args: argparse.Namespace) -> int:
    tutor = load_tutor(args)
    session = Session(tutor)
    width = None if args.json else terminal_width(sys.stdout)
    for fresh, text in read_turns(args.questions):
        if fresh:
            session = Session(tutor)
        reply = session.respond(text)
        if args.json:
            print(json.dumps(reply.to_json(), ensure_ascii=False), flush=True)
        else:
            print(wrap_text(format_reply(reply), width), flush=True)
    return 0


def format_reply(reply: Reply) -> str:
    """A reply as readable terminal text."""
    lines = [reply.answer]
    if reply.followups:
        lines.append("")
        lines.append("You could ask next:")
        lines.extend(f"  {number}. {prompt}" for number, prompt in enumerate(reply.followups, 1))
    lines.append("")
    return "\n".join(lines)


def run_eval(args: argparse.Namespace) -> int:
    folder = args.set
    if not (folder / "out_of_scope.yaml").is_file():
        hint = "; run tutor eval in a checkout of the project, or pass --set DIR" if folder == DEFAULT_EVAL_SET else ""
        raise UsageError(f"no evaluation set in {folder} (it needs in_scope*.yaml and out_of_scope.yaml){hint}")
    tutor = load_tutor(args)
    report = evaluate(tutor, folder)
    print(report.summary())
    if args.verbose:
        for result in report.results:
            if not result.correct:
                print(f"\nWRONG: {result.item.question!r} (expected {', '.join(result.item.expect)}; answered from {', '.join(result.sources) or 'nothing'}; missing {result.missing_facts})")
        for question, declined, _ in report.out_of_scope:
            if not declined:
                print(f"\nANSWERED OUT OF SCOPE: {question!r}")
    if args.tune:
        print()
        print(tune(tutor, folder))
    return 0


def run_app(args: argparse.Namespace) -> int:
    # Imported here, not at the top: Textual takes a while to import and `tutor ask` never needs it.
    from tutor.app.app import run

    return run(knowledge_options(args))
