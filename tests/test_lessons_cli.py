"""`tutor lesson` and `tutor review` as scripts drive them: the JSON event contract."""

import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from test_lessons_support import eighty_columns, main, pick, write_catalogue
from tutor.lessons.progress import ProgressStore, legacy_path

TUTOR = [sys.executable, "-m", "tutor"]
EVENT_KEYS = {
    "explain": {"text"},
    "question": {"id", "kind", "prompt"},
    "hint": {"text"},
    "feedback": {"question", "correct", "text"},
    "summary": {"score", "total", "mastered", "review"},
}


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([*TUTOR, *args], input=stdin.encode(), capture_output=True, timeout=120, env=os.environ.copy())


def json_lines(result: subprocess.CompletedProcess) -> list[dict]:
    assert result.returncode == 0, result.stderr.decode()
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def events_of(result: subprocess.CompletedProcess) -> list[dict]:
    events = json_lines(result)
    for event in events:
        assert EVENT_KEYS[event["type"]] <= set(event), event
    return events


@pytest.fixture
def lessons(tmp_path: Path) -> Path:
    return write_catalogue(tmp_path / "lessons")


def accepted(question_id: str) -> str:
    """The right choice of a question of the shipped lesson, as its file gives it."""
    from tutor.lessons.catalogue import load_catalogue

    return load_catalogue().get("what-is-track-one").question(question_id).accepted_answer()


def test_a_whole_shipped_lesson_through_json():
    listing = json_lines(run("lesson", "--list", "--json"))
    first = next(row for row in listing if row["id"] == "what-is-track-one")
    assert first["questions"] == 7 and first["progress"]["status"] == "not started"

    # Wrong answers first, so that the first idea's ladder climbs to the idea itself.
    result = run("lesson", "what-is-track-one", "--json", stdin="nonsense\nnonsense again\nstill wrong\n")
    events = events_of(result)
    assert [e["type"] for e in events] == ["explain", "question"] + ["feedback", "hint"] * 3
    assert events[1]["id"] == "define" and events[1]["kind"] == "free_text"
    assert [e["level"] for e in events[3::2]] == [1, 2, 3] and events[-1]["text"].startswith("The missing piece:")

    # The next run resumes: the question again with the missing pieces stated, and
    # typing the model answer back is correct.
    events = events_of(run("lesson", "what-is-track-one", "--json", stdin="official diplomacy by government representatives\n"))
    assert [e["type"] for e in events[:3]] == ["question", "feedback", "feedback"]
    assert events[0]["id"] == "define" and events[1]["answer"] and events[2]["correct"] is True
    assert events[-1]["type"] == "question" and events[-1]["id"] == "academics-track-one"

    # Answer the rest, one run per answer: letters, numbers and text all work for choices,
    # which are shuffled but shown in the same order when a run resumes the question.
    answers = [
        lambda choices: "false",
        lambda choices: str(choices.index(accepted("embassy-channel")) + 1),
        lambda choices: "the treaty, a written agreement between states governed by international law",
        lambda choices: "true",
        lambda choices: pick(choices, accepted("protocol")),
        lambda choices: "manage relations, resolve conflicts and advance national interests",
    ]
    question = events[-1]
    for answer in answers:
        shown = events_of(run("lesson", "what-is-track-one", "--json"))[0]
        assert shown["id"] == question["id"] and shown.get("choices") == question.get("choices")
        events = events_of(run("lesson", "what-is-track-one", "--json", stdin=answer(question.get("choices")) + "\n"))
        assert [e["correct"] for e in events if e["type"] == "feedback"] == [True], events
        question = [e for e in events if e["type"] == "question"][-1]  # after the one resumed
    summary = events[-1]
    assert summary["type"] == "summary" and summary["score"] == 6 and summary["total"] == 7  # the revealed one does not score
    assert (summary["first_try"], summary["helped"]) == (6, 0)
    assert summary["review"] == ["define"] and "define" not in summary["mastered"] and len(summary["mastered"]) == 6
    assert [entry["question"] for entry in summary["recap"]] == ["define"] and "official" in summary["recap"][0]["idea"]
    assert summary["next"] == ["why-track-one-matters"]  # the first in order whose prerequisites are done

    listing = json_lines(run("lesson", "--list", "--json"))
    progress = next(row for row in listing if row["id"] == "what-is-track-one")["progress"]
    assert progress["status"] == "completed" and progress["last_score"] == 6


def test_end_of_input_saves_and_exits_zero(lessons, capsys):
    code, out, err = main(["lesson", "--lessons", str(lessons), "sample", "--json"], "Embassies\n", capsys)
    assert code == 0 and err == ""
    assert ProgressStore.load().lesson("sample")["question"] == "academics"
    code, out, _ = main(["lesson", "--lessons", str(lessons), "sample", "--json"], "", capsys)
    assert code == 0 and json.loads(out.splitlines()[0])["id"] == "academics"


def test_restart_starts_from_the_beginning(lessons, capsys):
    main(["lesson", "--lessons", str(lessons), "sample", "--json"], "Embassies\n", capsys)
    code, out, _ = main(["lesson", "--lessons", str(lessons), "sample", "--json", "--restart"], "", capsys)
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [e["type"] for e in events] == ["explain", "question"] and events[1]["id"] == "channel"


def test_commands_hint_skip_quit_and_blank_lines(lessons, capsys):
    code, out, _ = main(["lesson", "--lessons", str(lessons), "sample", "--json"], "\n/hint\n?\n/skip\n/quit\nfalse\n", capsys)
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [e["type"] for e in events] == ["explain", "question", "hint", "hint", "feedback", "question"]
    assert events[4]["answer"] == "Embassies"
    assert ProgressStore.load().lesson("sample")["question"] == "academics"  # /quit stopped before "false"


def test_text_mode_is_readable(lessons, capsys):
    code, out, err = main(["lesson", "--lessons", str(lessons), "sample"], "think tanks\nEmbassies\nfalse\n", capsys)
    assert code == 0
    assert "Sample lesson" in out and "Question 1 of 4: Main bilateral channel?" in out
    assert re.search(r"^  [ABC]\) Embassies$", out, re.M) and "Think tanks host track two." in out and "Hint 1: It is a building." in out
    assert "Progress saved" in out


def test_list_in_text_and_json(lessons, capsys):
    code, out, _ = main(["lesson", "--lessons", str(lessons), "--list"], "", capsys)
    assert code == 0 and "sample" in out and "Sample lesson (4 questions" in out and "not started" in out
    code, out, _ = main(["lesson", "--lessons", str(lessons), "--list", "--json"], "", capsys)
    rows = {row["id"]: row for row in map(json.loads, out.splitlines())}
    assert rows["sample"]["title"] == "Sample lesson" and rows["sample"]["questions"] == 4
    assert rows["follow-up"]["prerequisites"] == ["sample"]
    assert {"status", "answered", "questions"} <= set(rows["sample"]["progress"])


@pytest.mark.parametrize(
    "args, message",
    [
        (["lesson"], "give a lesson ID"),
        (["lesson", "no-such-lesson"], "no lesson 'no-such-lesson'"),
        (["lesson", "--list", "what-is-track-one"], "--list takes no lesson ID"),
        (["lesson", "--lessons", "/no/such/folder", "--list"], "lessons folder not found"),
        (["review", "--limit", "-1"], "--limit"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args, message, capsys):
    code, out, err = main(args, "", capsys)
    assert code == 2 and message in err and "Traceback" not in err


def test_a_corrupted_progress_file_is_a_warning(lessons, capsys):
    path = legacy_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{oops", encoding="utf-8")
    code, out, err = main(["lesson", "--lessons", str(lessons), "sample", "--json"], "Embassies\n", capsys)
    assert code == 0
    assert err.count("tutor: warning:") == 1 and "damaged" in err and "Traceback" not in err
    assert list(path.parent.glob("progress.json.corrupt-*"))
    assert ProgressStore.load().lesson("sample")["question"] == "academics"


# The validator --------------------------------------------------------------------------------


def test_check_passes_on_the_shipped_lessons(capsys):
    code, out, _ = main(["lesson", "--check"], "", capsys)
    assert code == 0 and "0 error(s)" in out


BROKEN = """\
id: broken
title: Broken lesson
minutes: 5
objectives: [Show errors]
prerequisites: [missing-lesson]
steps:
  - kind: explain
    knowledge: [no-such-doc#Overview, track-one-diplomacy#No such section]
  - kind: multiple_choice
    id: q1
    prompt: Pick one.
    choices: [Yes, No]
    answer: Maybe
    hints: [One, Two]
    explanation: Because.
  - kind: true_false
    id: q2
    prompt: Hints?
    answer: true
    hints: [Only one]
    explanation: Because.
"""


def test_check_reports_file_and_line(tmp_path, capsys):
    folder = tmp_path / "lessons"
    folder.mkdir()
    (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    (folder / "syntax.yaml").write_text("id: syntax\ntitle: [unclosed\n", encoding="utf-8")
    code, out, _ = main(["lesson", "--check", "--lessons", str(folder)], "", capsys)
    assert code == 1
    path = folder / "broken.yaml"
    assert f"{path}:13: error: step 2 (q1): answer 'Maybe' is not among the choices" in out
    assert f"{path}:20: error: step 3 (q2): 'hints' needs at least 2 entries, found 1" in out
    assert f"{folder / 'syntax.yaml'}:3:" in out and "YAML syntax error" in out


def test_check_reports_unresolved_references_and_prerequisites(tmp_path, capsys):
    folder = tmp_path / "lessons"
    folder.mkdir()
    fixed = BROKEN.replace("answer: Maybe", "answer: 'Yes'").replace("hints: [Only one]", "hints: [Only one, And two]")
    fixed = fixed.replace("choices: [Yes, No]", "choices: ['Yes', 'No']")
    (folder / "broken.yaml").write_text(fixed, encoding="utf-8")
    code, out, _ = main(["lesson", "--check", "--lessons", str(folder)], "", capsys)
    path = folder / "broken.yaml"
    assert code == 1
    assert f"{path}:5: error: prerequisite 'missing-lesson' is not a lesson id" in out
    assert f"{path}:8: error: knowledge reference 'no-such-doc#Overview': no knowledge document has the id 'no-such-doc'" in out
    assert "'track-one-diplomacy' has no section 'No such section'" in out


# Review ---------------------------------------------------------------------------------------


def test_review_through_json(lessons, capsys):
    main(["lesson", "--lessons", str(lessons), "sample", "--json"], "/skip\nfalse\n", capsys)
    code, out, _ = main(["review", "--lessons", str(lessons), "--json"], "", capsys)
    events = [json.loads(line) for line in out.splitlines()]
    empty = {"type": "summary", "score": 0, "first_try": 0, "helped": 0, "total": 0, "mastered": [], "review": [], "recap": [], "next_due": events[0]["next_due"]}
    assert code == 0 and events == [empty]
    assert events[0]["next_due"] is not None

    # Make the missed question due now, as if ten minutes had passed.
    store = ProgressStore.load()
    card = store.card("sample/channel")
    card["due"] = (datetime.now(timezone.utc) - timedelta(minutes=1)).isoformat()
    store.put_card("sample/channel", card)
    assert store.save()

    code, out, _ = main(["review", "--lessons", str(lessons), "--list", "--json"], "", capsys)
    assert [d["question"] for d in json.loads(out)["due"]] == ["channel"]
    code, out, _ = main(["review", "--lessons", str(lessons), "--json"], "companies\nembassies\n", capsys)
    events = [json.loads(line) for line in out.splitlines()]
    assert [e["type"] for e in events] == ["question", "feedback", "hint", "feedback", "summary"]
    assert events[0]["lesson"] == "sample" and events[0]["id"] == "channel"
    assert events[-1]["score"] == 1 and events[-1]["helped"] == 1 and events[-1]["review"] == ["sample/channel"]
    assert events[-1]["recap"] == [{"question": "sample/channel", "prompt": "Main bilateral channel?", "idea": "Embassies are the main bilateral channel."}]


def test_review_subprocess_with_nothing_due():
    result = run("review")
    assert result.returncode == 0 and "Nothing is due for review" in result.stdout.decode()


def test_lesson_text_fits_an_80_column_terminal_without_splitting_words(monkeypatch):
    from tutor.cli.lesson import EventWriter
    from tutor.lessons.dialogue import Event

    eighty_columns(monkeypatch)
    writer = EventWriter(as_json=False)
    text = "The receiving state may not exercise criminal jurisdiction over a diplomatic agent. " * 4
    events = [
        Event("explain", {"text": text, "step": 12, "steps": 13, "sources": [{"title": "Vienna Convention on Diplomatic Relations (1961)", "section": "Immunity from the courts"}]}),
        Event("question", {"prompt": text, "number": 1, "of": 7, "choices": [text, "No"], "instructions": text}),
    ]
    shown = "\n".join(writer.render(event) for event in events)
    assert max(len(line) for line in shown.splitlines()) <= 79
    assert shown.count("jurisdiction") == text.count("jurisdiction") * 4  # never cut in two
    assert shown.lstrip().startswith("[12/13] The receiving state")


def test_a_partly_right_answer_is_not_marked_wrong_in_plain_text(capsys):
    # Official, but not who conducts it: partly right, marked as the app marks it.
    code, out, _ = main(["lesson", "what-is-track-one"], "official diplomacy between governments\n", capsys)
    feedback = next(line for line in out.splitlines() if "you got" in line)
    assert code == 0 and feedback.startswith("\u25d0 ") and "\u2717" not in feedback


def test_a_failure_in_the_lesson_engine_is_one_line_logged_and_the_lesson_goes_on(lessons, capsys, monkeypatch):
    from tutor.files.failure_log import failure_log_path
    from tutor.lessons.catalogue import LessonRun

    answer = LessonRun.answer
    failures = ["lesson engine broke"]

    def broken_once(self, text):
        if failures:
            raise RuntimeError(failures.pop())
        return answer(self, text)

    monkeypatch.setattr(LessonRun, "answer", broken_once)
    code, out, err = main(["lesson", "--lessons", str(lessons), "sample", "--json"], "Embassies\nEmbassies\n", capsys)
    assert code == 1
    assert err == f"tutor: Sorry, something went wrong answering that. It has been logged to {failure_log_path()}; please try rephrasing.\n"
    events = [json.loads(line) for line in out.splitlines()]
    assert [e["type"] for e in events][:3] == ["explain", "question", "feedback"] and events[2]["correct"]  # the second try is judged
    assert ProgressStore.load().lesson("sample")["question"] == "academics"  # and kept
    log = failure_log_path().read_text()
    assert "answering 'Embassies'" in log and "RuntimeError: lesson engine broke" in log
