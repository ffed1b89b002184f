"""`tutor lesson` and `tutor review`: the scriptable lesson runner.

    tutor lesson --list [--json]          lessons with id, title, questions and progress
    tutor lesson --check                  validate the lessons (file:line: message; exit 1 on errors)
    tutor lesson ID [--json] [--restart]  take a lesson, one answer per line on standard input
    tutor lesson --placement [--restart]  a short quiz on the first lessons, to start further on
    tutor review [--json] [--list]        answer the questions that are due for review
    tutor progress [--json]               what the learner knows, what is due, what to take next

With --json every event is one JSON line (fields after the first ones are extras):

    {"type": "explain", "text", "lesson", "step", "steps", "sources"?}
    {"type": "question", "id", "kind", "prompt", "choices"?, "instructions", "lesson", "number", "of", ...}
    {"type": "hint", "text", "question", "level", "of"}
    {"type": "feedback", "question", "correct", "text", "answer"?, "partial"?, "valid"?}
    {"type": "summary", "score", "first_try", "helped", "total", "mastered", "review", "recap",
     "next" | "next_due", "placed_out"?, "start"?}

`kind` is multiple_choice, true_false, order or free_text; choices come in a fresh order
each time a question is shown, so answer by the letters of this showing. `recall` is true
when a review asks a multiple-choice or true/false question from memory (as free text).
Each answer line gives one feedback event: `answer` is there when the answer is revealed
(typing it back is correct), `valid` is false when the line could not be read as an answer
(it does not count), and `partial` marks a free-text answer with some of the key ideas. In
review, a question failed for the first time is followed by an explain event saying that
it comes back later in the sitting. In a summary, `score` = `first_try` (right first time,
no hints) + `helped`; `mastered` and `review` list question ids ("lesson-id/question-id"
in review) and `recap` gives each of `review` in words: {"question", "prompt", "idea"}.
A lesson's `next` names the lesson to take next (empty when none is ready); a review's
`next_due` says when the next review is due. On resume the current question is shown
again as it was, with the hints (and the revealed answer) it already had.
The placement quiz writes the same events: its questions carry "lesson", its summary lists
"lesson-id/question-id" like a review's, `placed_out` the lessons the learner may skip and
`start` (also in `next`) the first lesson neither placed out nor completed.

Besides answers, a line may be /hint (or ?), /skip or /quit; empty lines are ignored.
At the end of input the progress is saved (it is saved after every answer anyway) and the
command exits 0; the next run resumes where this one stopped.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Protocol

from tutor.cli.common import UsageError, knowledge_options, tell_failure
from tutor.cli.terminal import json_line, terminal_width, wrap_paragraph, wrap_text
from tutor.commands import named

# The lesson modules are imported inside the functions that use them: `tutor ask` loads
# this module (to register its sub-commands) and must not pay for the lessons.
if TYPE_CHECKING:
    from tutor.lessons.catalogue import Catalogue
    from tutor.lessons.dialogue import Event
    from tutor.lessons.progress import ProgressStore



def add_commands(subparsers: Any) -> None:
    """Register `lesson` and `review` on the `tutor` command's sub-parsers."""
    lesson = subparsers.add_parser(
        "lesson",
        help="take a guided lesson (scriptable)",
        description="Take a guided lesson: explanations, check questions, hints and a summary. "
        "Answers are read one per line from standard input; a line may also be /hint (or ?), /skip or /quit. "
        "Progress is saved after every answer and the lesson resumes where it was left.",
    )
    lesson.add_argument("lesson_id", nargs="?", metavar="ID", help="the lesson to take (see --list)")
    lesson.add_argument("--list", action="store_true", help="list the lessons with their progress")
    lesson.add_argument("--check", action="store_true", help="validate the lesson files (file:line: message; exit 1 on errors)")
    lesson.add_argument("--json", action="store_true", help="write one JSON event per line")
    lesson.add_argument("--restart", action="store_true", help="start the lesson (or the placement quiz) again from the beginning")
    lesson.add_argument("--placement", action="store_true", help="a short quiz on the first lessons: those you know are placed out, so you start further on")
    lesson.add_argument("--lessons", action="append", type=Path, default=[], metavar="DIR", help="also read lessons from this folder (repeatable)")
    lesson.add_argument("--knowledge", action="append", type=Path, default=[], metavar="DIR", help="add a folder of knowledge files (repeatable)")

    review = subparsers.add_parser(
        "review",
        help="review the questions that are due (spaced repetition)",
        description="Ask again the lesson questions whose review is due, most overdue first, "
        "reading one answer per line from standard input (/hint, /skip and /quit work too). "
        "Questions come back on a spaced schedule (FSRS): missed ones soon, known ones after days.",
    )
    review.add_argument("--json", action="store_true", help="write one JSON event per line")
    review.add_argument("--list", action="store_true", help="only list what is due and when the next review is")
    review.add_argument("--limit", type=int, default=20, metavar="N", help="at most N questions (default 20; 0 for all)")
    review.add_argument("--lessons", action="append", type=Path, default=[], metavar="DIR", help="also read lessons from this folder (repeatable)")

    progress = subparsers.add_parser(
        "progress",
        help="show what you know: concepts by mastery, what is due, what was missed, the next lesson",
        description="Show the learner model: mastery per concept (from lessons, review and quizzes in the chat), "
        "the questions due for review, those missed last time and the lesson to take next.",
    )
    progress.add_argument("--json", action="store_true", help="write the whole standing as one JSON object")
    progress.add_argument("--lessons", action="append", type=Path, default=[], metavar="DIR", help="also read lessons from this folder (repeatable)")


def run(args: argparse.Namespace) -> int | None:
    """Run `lesson` or `review`; None when the command is not one of these."""
    if args.command == "lesson":
        return run_lesson(args)
    if args.command == "review":
        return run_review(args)
    if args.command == "progress":
        return run_progress(args)
    return None


# Shared set-up ----------------------------------------------------------------------------


def _usage(message: str) -> Exception:
    return UsageError(message)


def _catalogue(args: argparse.Namespace) -> "Catalogue":
    # Imported when used: the catalogue reads YAML and the schedule imports fsrs; `tutor ask`
    # loads this module (for its sub-command) and must stay light.
    from tutor.lessons.catalogue import LESSONS_DIR, load_catalogue

    for folder in args.lessons:
        if not folder.is_dir():
            raise _usage(f"lessons folder not found: {folder}")
    catalogue = load_catalogue([LESSONS_DIR, *args.lessons])
    if not getattr(args, "check", False):
        for problem in catalogue.errors:
            warn(f"skipped {problem}")
    return catalogue


def _store() -> "ProgressStore":
    from tutor.lessons.progress import ProgressStore  # see the note at the imports

    store = ProgressStore.load()
    _flush_warnings(store)
    return store


def _flush_warnings(store: "ProgressStore") -> None:
    for message in store.take_warnings():
        warn(message)


def warn(message: str) -> None:
    print(f"tutor: warning: {message}", file=sys.stderr, flush=True)


def _extra_knowledge(args: argparse.Namespace) -> list[Path]:
    return knowledge_options(args)


# tutor progress ---------------------------------------------------------------------------


def run_progress(args: argparse.Namespace) -> int:
    from tutor.files.paths import knowledge_folders  # see the note at the imports
    from tutor.lessons.learner import LearnerModel
    from tutor.lessons.standing import standing, standing_text
    from tutor.search.knowledge import load_knowledge

    catalogue = _catalogue(args)
    store = _store()
    titles = {doc.id: doc.title for doc in load_knowledge(knowledge_folders(knowledge_options(args))).documents.values()}
    data = standing(LearnerModel(catalogue, store, titles))
    if args.json:
        print(json_line(data))
    else:
        print(wrap_text(standing_text(data), terminal_width(sys.stdout)))
    return 0


# tutor lesson -----------------------------------------------------------------------------


def run_lesson(args: argparse.Namespace) -> int:
    if args.check:
        if args.lesson_id or args.list or args.restart or args.placement:
            raise _usage("--check takes no lesson ID and no other option")
        return check_lessons(args)
    if args.list:
        if args.placement:
            raise _usage("--list and --placement do not go together")
        if args.lesson_id or args.restart:
            raise _usage("--list takes no lesson ID")
        return list_lessons(args)
    if args.placement:
        if args.lesson_id:
            raise _usage("--placement takes no lesson ID")
        return take_placement(args)
    if not args.lesson_id:
        raise _usage("give a lesson ID, --list or --check")
    return take_lesson(args)


def check_lessons(args: argparse.Namespace) -> int:
    # Imported when used: the catalogue reads YAML and the schedule imports fsrs; `tutor ask`
    # loads this module (for its sub-command) and must stay light.
    from tutor.lessons.check import check_catalogue
    from tutor.lessons.catalogue import default_knowledge

    catalogue = _catalogue(args)
    kb = default_knowledge(_extra_knowledge(args))
    problems = check_catalogue(catalogue, kb)
    for problem in problems:
        print(problem)
    errors = [p for p in problems if p.severity == "error"]
    warnings = len(problems) - len(errors)
    questions = sum(len(lesson.questions) for lesson in catalogue)
    print(f"{len(catalogue)} lessons, {questions} questions: {len(errors)} error(s), {warnings} warning(s)")
    return 1 if errors else 0


def list_lessons(args: argparse.Namespace) -> int:
    # Imported when used: the catalogue reads YAML and the schedule imports fsrs; `tutor ask`
    # loads this module (for its sub-command) and must stay light.
    from tutor.lessons.catalogue import lesson_status, status_text

    catalogue = _catalogue(args)
    store = _store()
    rows = []
    for lesson in catalogue:
        rows.append(
            {
                "id": lesson.id,
                "title": lesson.title,
                "questions": len(lesson.questions),
                "minutes": lesson.minutes,
                "prerequisites": lesson.prerequisites,
                "objectives": lesson.objectives,
                "progress": lesson_status(lesson, store),
            }
        )
    if args.json:
        for row in rows:
            print(json_line(row))
        return 0
    width = max((len(row["id"]) for row in rows), default=10)
    columns = terminal_width(sys.stdout)
    for row in rows:
        lead, rest = f"{row['id']:<{width}}  ", f"{row['title']} ({row['questions']} questions, ~{row['minutes']} min) - {status_text(row['progress'])}"
        print(wrap_paragraph(rest, columns, first=lead, indent=" " * len(lead)) if columns else lead + rest)
    if not rows:
        print("No lessons found.")
    return 0


def take_lesson(args: argparse.Namespace) -> int:
    # Imported when used: the catalogue reads YAML and the schedule imports fsrs; `tutor ask`
    # loads this module (for its sub-command) and must stay light.
    from tutor.lessons.catalogue import LessonRun, default_knowledge, missing_prerequisites

    catalogue = _catalogue(args)
    lesson = catalogue.get(args.lesson_id)
    if lesson is None:
        known = ", ".join(catalogue.lessons) or "none"
        raise _usage(f"no lesson '{args.lesson_id}' (lessons: {known}; see tutor lesson --list)")
    store = _store()
    extra = _extra_knowledge(args)
    run = LessonRun.open(catalogue, lesson.id, store, restart=args.restart, knowledge=lambda: default_knowledge(extra))
    out = EventWriter(args.json, catalogue=catalogue)
    if not args.json:
        out.heading(run, missing_prerequisites(lesson, store))
    out.write(run.start())
    _flush_warnings(store)
    return drive(run, out, store)


def take_placement(args: argparse.Namespace) -> int:
    # Imported when used: the catalogue reads YAML and the schedule imports fsrs; `tutor ask`
    # loads this module (for its sub-command) and must stay light.
    from tutor.lessons.placement import PlacementRun, forget_placement

    catalogue = _catalogue(args)
    store = _store()
    if args.restart:
        forget_placement(catalogue, store)
    run = PlacementRun(catalogue, store)
    out = EventWriter(args.json, review=True, catalogue=catalogue)  # questions from many lessons, as in review
    if not args.json and run.items:
        out.placement_heading(len(run.items))
    out.write(run.start())
    _flush_warnings(store)
    return drive(run, out, store)


# tutor review -----------------------------------------------------------------------------


def run_review(args: argparse.Namespace) -> int:
    # Imported when used: the catalogue reads YAML and the schedule imports fsrs; `tutor ask`
    # loads this module (for its sub-command) and must stay light.
    from tutor.lessons.review import ReviewRun
    from tutor.lessons.schedule import describe_due

    if args.limit < 0:
        raise _usage("--limit must be 0 or more")
    catalogue = _catalogue(args)
    store = _store()
    review = ReviewRun(catalogue, store, limit=args.limit or None)
    if args.list:
        due = [{"lesson": item.lesson_id, "question": item.question_id, "due": item.due.isoformat()} for item in review.items]
        next_due = review.schedule.next_due()
        if args.json:
            print(json_line({"due": due, "next_due": next_due.isoformat() if next_due else None}))
        else:
            width = terminal_width(sys.stdout)
            for item in review.items:
                lesson = catalogue.get(item.lesson_id)
                question = lesson.question(item.question_id) if lesson else None
                shown = f"- {question.prompt} ({lesson.title})" if lesson and question else f"- {item.lesson_id}/{item.question_id}"
                print(wrap_text(shown, width))
            later = f"the next one is due {describe_due(next_due)}" if next_due else "nothing else is scheduled"
            print(f"{len(due)} question(s) due now; {later}.")
        return 0
    out = EventWriter(args.json, review=True, catalogue=catalogue)
    out.write(review.start())
    _flush_warnings(store)
    return drive(review, out, store)


# Reading answers and writing events ------------------------------------------------------


class Runner(Protocol):
    """What `drive` needs: a `LessonRun` or a `ReviewRun`."""

    @property
    def finished(self) -> bool: ...

    def answer(self, text: str) -> list[Event]: ...
    def hint(self) -> list[Event]: ...
    def skip(self) -> list[Event]: ...


def read_lines() -> Iterator[str]:
    """Lines of standard input, decoded leniently; a prompt is shown on a terminal."""
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    stream = sys.stdin.buffer
    while True:
        if interactive:
            sys.stdout.write("> ")
            sys.stdout.flush()
        raw = stream.readline()
        if not raw:
            return
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def drive(runner: Runner, out: "EventWriter", store: "ProgressStore") -> int:
    """Feed standard input to the runner until the lesson ends, input ends or /quit; the
    exit status: 1 when a line could not be answered (a bug, logged), else 0."""
    if runner.finished:
        return 0
    status = 0
    for line in read_lines():
        if not line.strip():
            continue
        command = named(line, "lesson")
        if command == "/quit":
            break
        try:
            if command == "/hint":
                events = runner.hint()
            elif command == "/skip":
                events = runner.skip()
            else:
                events = runner.answer(line)
        except Exception as error:  # a bug in the lesson engine: logged, told in one line, and the next line read
            tell_failure(error, line)
            status = 1
            continue
        out.write(events)
        _flush_warnings(store)
        if runner.finished:
            break
    store.save()
    _flush_warnings(store)
    if not runner.finished:
        out.paused()
    return status


class EventWriter:
    """Writes events as JSON lines or as readable terminal text."""

    def __init__(self, as_json: bool, review: bool = False, catalogue: "Catalogue | None" = None) -> None:
        self.as_json = as_json
        self.review = review
        lessons = list(catalogue or [])
        self.titles = {lesson.id: lesson.title for lesson in lessons}
        # "lesson-id/question-id" -> prompt, to name questions in a summary
        self.prompts = {f"{lesson.id}/{q.id}": q.prompt for lesson in lessons for q in lesson.questions}
        self.width = terminal_width(sys.stdout) or 88

    def write(self, events: list[Event]) -> None:
        for event in events:
            if self.as_json:
                print(json_line(event.to_json()), flush=True)
            else:
                print(self.render(event), flush=True)

    def heading(self, run: Any, missing: list[str]) -> None:
        lesson = run.lesson
        print(self._wrap(f"{lesson.title}  (about {lesson.minutes} minutes, {len(lesson.questions)} questions)"))
        for objective in lesson.objectives:
            print(self._wrap(f"- {objective}", indent="  "))
        if missing:
            which = "that lesson" if len(missing) == 1 else "those lessons"
            print(self._wrap(f"Tip: this lesson builds on {', '.join(missing)}; you may want to take {which} first."))
        if run.restarted:
            print("You finished this lesson before; starting it again.")
        elif run.position > 0:
            print(f"Resuming at step {run.step_number} of {run.total_steps}.")
        print(self._wrap("Type /hint for a hint, /skip to see the answer, /quit to stop (progress is kept)."))
        print()

    def placement_heading(self, questions: int) -> None:
        print(self._wrap(f"Placement quiz: {questions} question{'s' if questions != 1 else ''}, one from each of the first lessons. Answer what you know and /skip what you do not; there are no hints. A lesson whose question you get right is marked \"placed out\", so you can start further on."))

    def paused(self) -> None:
        if not self.as_json:
            print("\nProgress saved; run the same command again to continue.")

    def _wrap(self, text: str, indent: str = "", first: str = "") -> str:
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        return "\n\n".join(wrap_paragraph(p, self.width, first=first if n == 0 else indent, indent=indent) for n, p in enumerate(paragraphs))

    def render(self, event: "Event") -> str:
        from tutor.lessons.grading import letter  # see the note at the imports

        data = event.data
        if event.type == "explain":
            sources = data.get("sources") or []
            text = self._wrap(event.text, first=f"[{data.get('step')}/{data.get('steps')}] " if "step" in data else "")
            if sources:
                text += "\n" + "\n".join(self._wrap(f"(from {s['title']}, \"{s['section']}\")", first="  ", indent="  ") for s in sources)
            return f"\n{text}" if "step" in data else text
        if event.type == "question":
            where = f"Question {data.get('number')} of {data.get('of')}" if "number" in data else "Question"
            if self.review and "lesson" in data:
                where += f" (from \"{self.titles.get(data['lesson'], data['lesson'])}\")"
            lines = ["", self._wrap(f"{where}: {data['prompt']}")]
            for i, choice in enumerate(data.get("choices") or []):
                lines.append(self._wrap(f"{letter(i)}) {choice}", first="  ", indent="     "))
            if data.get("instructions"):
                lines.append(self._wrap(f"({data['instructions']})", first="  ", indent="   "))
            return "\n".join(lines)
        if event.type == "hint":
            return self._wrap(f"Hint {data.get('level', '')}: {event.text}".replace("Hint : ", "Hint: "))
        if event.type == "feedback":
            # Partly right is marked as the app marks it, not as wrong ("✗ Good: you got ...").
            mark = "\u2713" if data["correct"] else "?" if data.get("valid") is False else "\u25d0" if data.get("partial") else "\u2717"
            return self._wrap(f"{mark} {event.text}")
        if event.type == "summary":
            return self._summary(data)
        return self._wrap(event.text)

    def _placement_summary(self, data: dict[str, Any]) -> str:
        if data["total"]:
            lines = ["", f"Right first time: {data['score']} of {data['total']}"]
        else:
            lines = ["", self._wrap("Nothing left to ask: each of the first lessons is started, done or already placed (--restart takes the quiz again).")]
        if data["placed_out"]:
            lines.append(self._wrap(f"Placed out of: {', '.join(data['placed_out'])}"))
        start = data.get("start")
        if start:
            lines.append(self._wrap(f"Start with: {start} (\"{self.titles.get(start, start)}\"): tutor lesson {start}"))
        if data.get("review"):
            lines.append("The questions you missed come back in `tutor review`.")
        return "\n".join(lines)

    def _summary(self, data: dict[str, Any]) -> str:
        if "placed_out" in data:
            return self._placement_summary(data)
        from tutor.lessons.dialogue import describe_score  # see the note at the imports

        lines = ["", self._wrap(f"Score: {describe_score(data)}.")]
        if self.review and data["total"] == 0:
            lines = ["", "Nothing is due for review right now."]
        if data.get("recap"):
            lines.append("To go over again:")
            for entry in data["recap"]:
                lines.append(self._wrap(f"- {entry['prompt']}", first="  ", indent="    "))
                lines.append(self._wrap(entry["idea"], first="    ", indent="    "))
        if data.get("mastered"):
            lines.append("Mastered:")
            keys = data["mastered"] if self.review else [f"{data.get('lesson')}/{qid}" for qid in data["mastered"]]
            lines.extend(self._wrap(f"- {self.prompts.get(key, key)}", first="  ", indent="    ") for key in keys)
        if data.get("review") and not self.review:
            lines.append(self._wrap("These come back in `tutor review` on a spaced schedule."))
        for lesson_id in data.get("next") or []:
            lines.append(self._wrap(f"Next lesson: {self.titles.get(lesson_id, lesson_id)}"))
            lines.append(f"  tutor lesson {lesson_id}")
        if self.review:
            # Imported when used: fsrs (and datetime, 1 ms) are kept off `tutor ask`'s path.
            from datetime import datetime

            from tutor.lessons.schedule import describe_due

            next_due = data.get("next_due")
            lines.append(f"Next review {describe_due(datetime.fromisoformat(next_due) if next_due else None)}.")
        return "\n".join(lines)
