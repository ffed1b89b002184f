"""The command line: `tutor` (the app), `tutor ask`, `tutor eval`, `tutor kb ...`.

Every sub-command has `--help`. Exit codes: 0 success, 1 a check found problems (or a
question `tutor ask` could not answer), 2 a usage error (with a one-line message, never a
traceback).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from tutor.answering.reply import Reply
from tutor.answering.session import Session
from tutor.cli import kb, lesson
from tutor.cli.common import Parser, UsageError, knowledge_options, load_tutor, tell_failure
from tutor.cli.terminal import json_line, safe_output, terminal_width, wrap_text
from tutor.files.paths import user_cache_dir
from tutor.teaching.teacher import Teacher

if TYPE_CHECKING:
    from tutor.answering.evaluation import Report as EvaluationReport
from tutor.files.paths import HomeError, settle_home

ASK_GREETING = "Ask about track one diplomacy: one question per line, /new for a fresh conversation, Ctrl+D to finish."
ASK_PROMPT = "> "

# The evaluation sets are not installed with the package: they live in the repository.
DEV_SET = Path("tests") / "eval" / "dev"
TEST_SET = Path("tests") / "eval" / "test"
DEFAULT_EVAL_SETS = {"development set": DEV_SET, "test set (frozen, written blind)": TEST_SET}


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

    evaluate = commands.add_parser(
        "eval",
        help="measure answer quality on the development and the test set",
        description="Print answer accuracy, Recall@1/@3, MRR and abstention on tests/eval/dev (tune on it freely) and tests/eval/test (frozen, written blind: never tuned on).",
    )
    evaluate.add_argument("--verbose", "-v", action="store_true", help="list every development question answered wrongly (not the frozen test set's)")
    evaluate.add_argument("--tune", action="store_true", help="search the out-of-scope thresholds that fit the development set best")
    evaluate.add_argument("--set", type=Path, metavar="DIR", help="evaluate this set only (default: both sets, read from tests/eval in the current folder, as in a checkout)")
    evaluate.add_argument("--robustness", action="store_true", help="instead: how many correctly answered development questions stay correct with typos, openers and closers, scenes and asides around them")
    evaluate.add_argument("--through-chat", action="store_true", help="with --robustness: ask the questions in the chat, as the app's teacher reads them (fresh, mid-quiz, after a lesson suggestion, after a check offer), and count the replies that are the engine's own answer")
    evaluate.add_argument("--seed", type=int, default=17, help="which questions and wrappers --robustness draws (default 17)")
    evaluate.add_argument("--size", type=int, default=250, help="how many questions --robustness rewrites (default 250)")
    evaluate.add_argument("--wrappers", type=Path, metavar="FILE", help="the talk --robustness puts around questions (default: wrappers.yaml in the development set)")
    # Further sub-commands register here.
    lesson.add_commands(commands)
    kb.add_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run `tutor` with `argv`; everything a sub-command prints goes through `safe_output`
    (the app draws its own screen)."""
    with safe_output():
        args = build_parser().parse_args(argv)
        if args.command is not None:
            return guarded(run_command, args)
    return guarded(run_app, args)


def run_command(args: argparse.Namespace) -> int:
    if args.command == "ask":
        return run_ask(args)
    if args.command == "eval":
        return run_eval(args)
    # Further sub-commands are dispatched here.
    for run_commands in (lesson.run, kb.run):
        status = run_commands(args)
        if status is not None:
            return status
    raise UsageError(f"unknown command {args.command}")


def guarded(run: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """`run(args)`, with a user's mistake or an interruption as an exit code, not a traceback."""
    try:
        settle_home()
        return run(args)
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
    # A conversation on standard input teaches like the app; questions given as arguments
    # get no offers to check them, so that scripts see the same answers every time.
    conversation = not args.questions or args.questions == ["-"]
    teacher = Teacher.for_learner(cache_dir=user_cache_dir(), offers_checks=conversation)
    session = Session(tutor, teacher)
    width = None if args.json else terminal_width(sys.stdout)
    status = 0
    for fresh, text in read_turns(args.questions):
        if fresh:
            session = Session(tutor, teacher.fresh())
        try:
            reply = session.respond(text)
        except Exception as error:  # a bug in answering: logged, told in one line, and the next question is asked
            tell_failure(error, text)
            if args.json:
                print(json_line({"question": text, "error": "could not answer"}), flush=True)
            status = 1
            continue
        if args.json:
            print(json_line(reply.to_json()), flush=True)
        else:
            print(wrap_text(format_reply(reply), width), flush=True)
    return status


# A character that Markdown would read as markup, escaped in text shown as itself.
_ESCAPED = re.compile(r"\\([\\`*_\[\]<>#|])")
# Bold or italic made with unescaped asterisks ("**The key difference:**"): a plain
# terminal would show the asterisks, so only the words inside are kept.
_EMPHASIS = re.compile(r"(?<![\\*])(\*{1,2})(?=\S)((?:\\.|[^*\\\n])+?)(?<=\S)\1(?!\*)")


def format_reply(reply: Reply) -> str:
    """A reply as readable terminal text: Markdown emphasis shown as its words, and text
    escaped for Markdown shown as typed."""
    lines = [_ESCAPED.sub(r"\1", _EMPHASIS.sub(r"\2", reply.answer))]
    if reply.followups:
        lines.append("")
        lines.append("You could ask next:")
        lines.extend(f"  {number}. {prompt}" for number, prompt in enumerate(reply.followups, 1))
    lines.append("")
    return "\n".join(lines)


def run_eval(args: argparse.Namespace) -> int:
    sets = {str(args.set): args.set} if args.set is not None else DEFAULT_EVAL_SETS
    for name, folder in sets.items():
        if not any(folder.glob("out_of_scope*.yaml")):
            hint = "; run tutor eval in a checkout of the project, or pass --set DIR" if args.set is None else ""
            raise UsageError(f"no evaluation set in {folder} (it needs in_scope*.yaml and out_of_scope*.yaml){hint}")
    if args.through_chat and not args.robustness:
        raise UsageError("--through-chat measures --robustness through the chat: give both")
    if args.robustness:
        return run_robustness(args)
    if args.tune and (args.set or DEV_SET).resolve() == TEST_SET.resolve():
        raise UsageError("the test set is frozen and never tuned on: tune on the development set")
    # Imported here, not at the top: `tutor ask` starts faster without it.
    from tutor.answering.evaluation import evaluate, tune

    tutor = load_tutor(args)
    for name, folder in sets.items():
        report = evaluate(tutor, folder)
        print(f"{name}: {folder}")
        print(report.summary())
        if args.verbose and folder.resolve() != TEST_SET.resolve():
            print_failures(report)
        elif args.verbose:
            # Its questions stay unread by those who work on the engine: figures only.
            print("(the frozen test set's failures are not listed)")
        print()
    if args.tune:
        print(tune(tutor, args.set or DEV_SET))
    return 0


def run_robustness(args: argparse.Namespace) -> int:
    folder = args.set or DEV_SET
    if folder.resolve() == TEST_SET.resolve():
        raise UsageError("the test set is frozen: measure robustness on the development set")
    from tutor.answering.robustness import load_wrappers, robustness
    from tutor.files.dialogues import DialogueError

    try:
        wrappers = load_wrappers(args.wrappers or folder / "wrappers.yaml")
    except (OSError, ValueError, DialogueError) as error:
        raise UsageError(f"cannot read the wrappers: {error}") from None
    if args.through_chat:
        from tutor.teaching.through_chat import through_chat

        print(f"robustness through the chat on {folder}, seed {args.seed}:")
        outcomes: list = through_chat(load_tutor(args), folder, wrappers, args.size, args.seed)
    else:
        print(f"robustness on {folder}, seed {args.seed}:")
        outcomes = robustness(load_tutor(args), folder, wrappers, args.size, args.seed)
    for outcome in outcomes:
        print(outcome.line())
        if args.verbose:
            print("\n".join(f"  {missed}" for missed in outcome.missed))
    return 0


def print_failures(report: "EvaluationReport") -> None:
    for result in report.results:
        if not result.correct:
            asked = " / ".join([*result.item.context, result.item.question])
            expected = f"expected {', '.join(result.item.expect)}; " if result.item.expect else ""
            print(f"WRONG: {asked!r} ({expected}answered from {', '.join(result.sources) or 'nothing'}; missing {result.missing_facts})")
    for item, declined, _ in report.out_of_scope:
        if not declined:
            print(f"ANSWERED OUT OF SCOPE: {item.question!r}")
    for item, declined, _ in report.after_answer:
        if not declined:
            print(f"ANSWERED OUT OF SCOPE AFTER AN ANSWER: {item.question!r}")


def run_app(args: argparse.Namespace) -> int:
    # Imported here, not at the top: Textual takes a while to import and `tutor ask` never needs it.
    from tutor.app.app import run

    return run(knowledge_options(args))
