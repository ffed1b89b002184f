"""The learner's database: migrating progress.json, damage, read-only files, and several
tutor processes answering at once (including ones killed mid-answer)."""

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

import pytest

from test_lessons_support import main, write_catalogue
from tutor.lessons.catalogue import LESSONS_DIR, LessonRun, load_catalogue
from tutor.lessons.learner import LearnerModel, question_concepts
from tutor.lessons.progress import DB_NAME, MIGRATIONS, ProgressStore, daily_copy_path, database_path, legacy_path, now_utc
from tutor.lessons.review import ReviewRun
from tutor.lessons.schedule import ReviewSchedule

OLD_FILE = Path(__file__).parent / "data" / "progress-v1.json"  # written by the JSON store
SHIPPED = load_catalogue([LESSONS_DIR])
TUTOR = [sys.executable, "-m", "tutor"]


@pytest.fixture
def folder() -> Path:
    path = database_path().parent
    path.mkdir(parents=True)
    return path


def answered(store: ProgressStore, lesson_id: str) -> set[str]:
    record = store.lesson_if_any(lesson_id) or {}
    return {qid for qid, state in record.get("questions", {}).items() if state.get("done")}


# The old progress.json --------------------------------------------------------------------------


def test_an_old_progress_file_is_taken_in_and_kept(folder):
    legacy_path().write_bytes(OLD_FILE.read_bytes())
    old = json.loads(OLD_FILE.read_text(encoding="utf-8"))
    store = ProgressStore.load()
    assert store.take_warnings() == []
    for lesson_id, record in old["lessons"].items():
        assert store.lesson(lesson_id) == record
    assert store.cards() == old["cards"]
    assert store.review() == old["review"]
    assert not legacy_path().exists()
    assert (folder / "progress.json.migrated").read_bytes() == OLD_FILE.read_bytes()
    store.put_lesson("sample", {"position": 5, "questions": {}})
    assert store.save()
    store.close()
    assert ProgressStore.load().lesson("sample") == {"position": 5, "questions": {}}  # taken in once


DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"{not json", "not valid JSON"),
        (DEEP, "nested too deeply"),
        (b'{"version": 1, "lessons": ' + DEEP + b"}", "nested too deeply"),
        (b"[1, 2, 3]", "not a JSON object"),
        (b'{"version": 99}', "unknown format version"),
        (b'{"version": 1, "lessons": []}', "'lessons' entry is not an object"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
    ],
)
def test_a_damaged_or_hostile_progress_file_is_moved_aside_with_one_warning(folder, content, reason):
    legacy_path().write_bytes(content)
    store = ProgressStore.load()
    [warning] = store.take_warnings()
    assert "damaged" in warning and reason in warning and "started afresh" in warning
    [kept] = folder.glob("progress.json.corrupt-*")
    assert kept.read_bytes() == content and kept.name in warning
    assert not legacy_path().exists()
    assert store.lesson_if_any("sample") is None and store.cards() == {}
    store.put_lesson("sample", {"position": 1})
    assert store.save()


def test_a_damaged_progress_file_falls_back_to_its_backup(folder):
    legacy_path().write_text("{truncated", encoding="utf-8")
    legacy_path().with_name("progress.json.bak").write_bytes(OLD_FILE.read_bytes())
    store = ProgressStore.load()
    [warning] = store.take_warnings()
    assert "damaged" in warning and "took in its last backup" in warning
    assert store.lesson("sample")["question"] == "timeline"


def test_a_damaged_progress_file_through_the_command_is_one_warning_line(folder, tmp_path):
    legacy_path().write_bytes(DEEP)
    result = subprocess.run([*TUTOR, "lesson", "--list"], capture_output=True, timeout=120)
    err = result.stderr.decode()
    assert result.returncode == 0 and "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("tutor: warning: the progress file") and "nested too deeply" in err


# A damaged database and the daily copy ----------------------------------------------------------


def saved_store(lessons: dict[str, int]) -> None:
    """Save lessons at the given positions, then close (the WAL is folded into the file)."""
    store = ProgressStore.load()
    for lesson_id, position in lessons.items():
        store.put_lesson(lesson_id, {"position": position})
    assert store.save()
    store.close()


def damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "garbage":
        path.write_bytes(bytes(random.Random(1).randrange(256) for _ in range(len(data))))
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "header only":
        path.write_bytes(data[:100])
    else:  # the pages after the first wiped
        path.write_bytes(data[:4096] + bytes(len(data) - 4096))


@pytest.mark.parametrize("how", ["garbage", "truncated", "header only", "wiped pages"])
def test_a_damaged_database_is_moved_aside_and_the_daily_copy_restored(folder, how):
    saved_store({"sample": 2})
    daily_copy_path(database_path()).unlink()  # so that the next start takes today's copy
    ProgressStore.load().close()
    saved_store({"follow-up": 1})  # after the copy: lost with the damaged file
    damage(database_path(), how)
    store = ProgressStore.load()
    [warning] = store.take_warnings()
    assert "was damaged" in warning and f"restored the copy of {date.today().isoformat()}" in warning
    assert len(list(folder.glob(f"{DB_NAME}.corrupt-*"))) == 1
    assert store.lesson("sample")["position"] == 2 and store.lesson_if_any("follow-up") is None
    store.put_lesson("follow-up", {"position": 1})
    assert store.save()
    store.close()
    assert ProgressStore.load().take_warnings() == []


def test_without_a_good_copy_the_learner_starts_afresh_and_is_told(folder):
    saved_store({"sample": 2})
    damage(database_path(), "garbage")
    damage(daily_copy_path(database_path()), "truncated")
    store = ProgressStore.load()
    [warning] = store.take_warnings()
    assert "was damaged" in warning and "started afresh" in warning and "no good copy" in warning
    assert store.lesson_if_any("sample") is None
    assert store.path == database_path()  # and the new database is used
    store.put_lesson("sample", {"position": 1})
    assert store.save()


def test_the_copy_is_taken_at_the_first_start_of_each_day(folder):
    saved_store({"sample": 1})
    copy = daily_copy_path(database_path())
    saved_store({"sample": 2})  # the same day: the copy is not taken again

    def copied_position() -> int:
        db = sqlite3.connect(copy)
        try:
            return db.execute("SELECT position FROM lessons WHERE id = 'sample'").fetchone()
        finally:
            db.close()

    assert copied_position() is None  # the first start of the day found an empty database
    yesterday = (now_utc() - timedelta(days=1)).timestamp()
    os.utime(copy, (yesterday, yesterday))
    ProgressStore.load().close()
    assert copied_position() == (2,)


# Read-only files --------------------------------------------------------------------------------


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch):
    """Data and cache folders that another user can reach (see `as_learner`)."""
    home = Path(tempfile.mkdtemp(prefix="tutor-ro-"))
    home.chmod(0o755)
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    yield home
    for path in home.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(home)


@contextmanager
def as_learner(home: Path) -> Iterator[None]:
    """Root ignores file modes: as root, act as `nobody`, owner of `home`, meanwhile."""
    if os.geteuid() != 0:
        yield
        return
    for path in [home, *home.rglob("*")]:
        os.chown(path, 65534, 65534)
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def tutor(args: list[str], stdin: str, capsys: pytest.CaptureFixture) -> tuple[int, list[dict], str]:
    """`tutor ...` in this process: its exit code, JSON events and standard error."""
    code, out, err = main(args, stdin, capsys)
    return code, [json.loads(line) for line in out.splitlines()], err


def test_a_read_only_database_is_one_clear_warning_and_its_progress_still_shows(home, capsys):
    store = ProgressStore.load()
    store.put_lesson("what-is-track-one", {"position": 2, "questions": {"q": {"done": True}}})
    assert store.save()
    store.close()
    with as_learner(home):
        database_path().chmod(0o444)
        code, events, err = tutor(["lesson", "what-is-track-one", "--json"], "/skip\n/skip\n", capsys)
        assert code == 0 and "Traceback" not in err
        assert err.count("tutor: warning:") == 1 and "is read-only" in err and "not saved" in err
        assert events[0]["type"] == "question" and events[0]["step"] == 3  # resumed where it was left

        database_path().chmod(0o644)  # writable again: so is every save (no read-only side files)
        code, events, err = tutor(["lesson", "what-is-track-one", "--json"], "/skip\n", capsys)
        assert code == 0 and err == ""
        assert ProgressStore.load().lesson("what-is-track-one")["position"] > 2


def test_a_read_only_data_folder_is_one_clear_warning_and_lessons_still_run(home, capsys):
    database_path().parent.mkdir(parents=True)
    with as_learner(home):
        database_path().parent.chmod(0o555)
        code, events, err = tutor(["lesson", "what-is-track-one", "--json"], "/skip\n/skip\n", capsys)
    assert code == 0 and "Traceback" not in err
    assert err.count("tutor: warning:") == 1 and "cannot open the learner database" in err and "not saved" in err
    assert [event["type"] for event in events].count("feedback") == 2


# Several tutors at once -------------------------------------------------------------------------


def test_two_stores_answering_different_lessons_keep_every_answer(tmp_path):
    """The app's lessons screen and `tutor review` or another `tutor lesson`, in one process."""
    catalogue = load_catalogue([write_catalogue(tmp_path / "lessons")])
    ReviewSchedule(first := ProgressStore.load()).record("sample", "channel", "missed")
    first.save()
    second = ProgressStore.load()
    lesson = LessonRun.open(catalogue, "follow-up", first)
    lesson.start()
    review = ReviewRun(catalogue, second, clock=lambda: now_utc() + timedelta(hours=1))
    assert review.start()[0]["id"] == "channel"
    review.answer("C")  # wrong: saved by the second store
    lesson.answer("true")  # saved by the first store, which never read the review's answer
    review.answer("A")
    fresh = ProgressStore.load()
    assert answered(fresh, "follow-up") == {"binding"}
    assert fresh.review() == {}  # the review finished
    assert set(fresh.cards()) == {"sample/channel", "follow-up/binding"}


class Learner:
    """A `tutor lesson --json` process, answered one line at a time."""

    def __init__(self, lesson_id: str, env: dict[str, str]) -> None:
        self.lesson = SHIPPED.get(lesson_id)
        self.process = subprocess.Popen([*TUTOR, "lesson", lesson_id, "--json"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        self.question = self.read_to_question()

    def read_to_question(self) -> str | None:
        """Read events up to the next question (its id) or the summary (None)."""
        while True:
            line = self.process.stdout.readline()
            assert line, self.process.stderr.read().decode()
            event = json.loads(line)
            if event["type"] == "question":
                return event["id"]
            if event["type"] == "summary":
                return None

    def send(self, text: str) -> None:
        self.process.stdin.write(text.encode() + b"\n")
        self.process.stdin.flush()

    def answer_right(self) -> str:
        """Answer the current question rightly; its id, once the tutor has acknowledged it."""
        asked = self.question
        self.send(self.lesson.question(asked).accepted_answer())
        self.question = self.read_to_question()
        return asked

    def finish(self) -> str:
        _, err = self.process.communicate(timeout=120)
        assert self.process.returncode == 0, err.decode()
        return err.decode()


def test_two_tutor_lesson_processes_at_once_keep_all_their_answers():
    env = os.environ.copy()
    first, second = Learner("what-is-track-one", env), Learner("why-track-one-matters", env)
    acknowledged: dict[str, set[str]] = {"what-is-track-one": set(), "why-track-one-matters": set()}
    while first.question or second.question:  # strictly in turns: both are open all along
        for learner in (first, second):
            if learner.question:
                acknowledged[learner.lesson.id].add(learner.answer_right())
    assert first.finish() == second.finish() == ""
    store = ProgressStore.load()
    for lesson_id, questions in acknowledged.items():
        assert questions == {q.id for q in SHIPPED.get(lesson_id).questions}
        assert answered(store, lesson_id) == questions
        assert store.completed(lesson_id)
        assert {f"{lesson_id}/{q}" for q in questions} <= set(store.cards())
        assert {a["question"] for a in store.attempts() if a["lesson"] == lesson_id} == questions  # the learner model
    mastery = LearnerModel(SHIPPED, store).concepts
    assert all(mastery[ref.concept].mastery > 0 for ref in question_concepts(SHIPPED).values() if ref.lesson.id in acknowledged)


def test_a_tutor_killed_at_random_moments_loses_nothing_it_acknowledged():
    """SIGKILL right after an answer is sent (before, during or after its transaction)."""
    rng = random.Random(13)
    env = os.environ.copy()
    acknowledged: set[str] = set()
    lesson_id = "methods-of-track-one"
    for _ in range(6):
        if ProgressStore.load().completed(lesson_id):
            break  # opened again, a finished lesson would start afresh
        learner = Learner(lesson_id, env)
        for _ in range(rng.randrange(2)):
            if learner.question:
                acknowledged.add(learner.answer_right())
        if learner.question:
            learner.send(learner.lesson.question(learner.question).accepted_answer())
        learner.process.send_signal(signal.SIGKILL)
        learner.process.communicate(timeout=120)
        store = ProgressStore.load()
        assert store.take_warnings() == []  # the database is sound
        assert acknowledged <= answered(store, lesson_id)
        assert {f"{lesson_id}/{q}" for q in acknowledged} <= set(store.cards())
        assert acknowledged <= {a["question"] for a in store.attempts()}  # the learner model too
        store.close()
    assert acknowledged  # the kills left answers to check


# The learner model's attempts ------------------------------------------------------------------


def attempt(question: str) -> dict:
    return {"at": now_utc().isoformat(), "lesson": "sample", "question": question, "outcome": "mastered", "source": "chat", "hints": 0}


def test_a_damaged_database_restores_the_learner_model_of_the_daily_copy(folder):
    store = ProgressStore.load()
    store.put_attempt(attempt("kept"))
    assert store.save()
    store.close()
    daily_copy_path(database_path()).unlink()
    ProgressStore.load().close()  # takes today's copy, with the attempt
    store = ProgressStore.load()
    store.put_attempt(attempt("after the copy"))
    assert store.save()
    store.close()
    damage(database_path(), "garbage")
    store = ProgressStore.load()
    assert "was damaged" in store.take_warnings()[0]
    assert [a["question"] for a in store.attempts()] == ["kept"]


def test_a_database_of_the_first_schema_gains_the_attempts_and_keeps_its_lessons(folder):
    path = folder / DB_NAME
    db = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute("INSERT INTO lessons (id, position) VALUES ('sample', 3)")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    store = ProgressStore.load()
    assert store.take_warnings() == [] and store.lesson("sample")["position"] == 3
    store.put_attempt(attempt("first"))
    assert store.save() and [a["question"] for a in store.attempts()] == ["first"]


RECORDER = """
import sys
from tutor.lessons.progress import ProgressStore, now_utc
name, count = sys.argv[1], int(sys.argv[2])
for number in range(count):
    store = ProgressStore.load()
    store.put_attempt({"at": now_utc().isoformat(), "lesson": name, "question": str(number), "outcome": "helped", "source": "chat", "hints": 1})
    assert store.save()
    store.close()
    print(number, flush=True)
"""


def test_two_processes_recording_attempts_at_once_keep_every_one():
    processes = [subprocess.Popen([sys.executable, "-c", RECORDER, name, "40"], stdout=subprocess.PIPE, stderr=subprocess.PIPE) for name in ("one", "two")]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    attempts = ProgressStore.load().attempts()
    for name in ("one", "two"):
        assert sorted(int(a["question"]) for a in attempts if a["lesson"] == name) == list(range(40))


def test_attempts_acknowledged_before_a_kill_are_never_lost():
    rng = random.Random(7)
    acknowledged: set[tuple[str, str]] = set()
    for round_ in range(8):
        process = subprocess.Popen([sys.executable, "-c", RECORDER, f"run{round_}", "1000"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wanted = rng.randrange(1, 6)
        printed = [process.stdout.readline() for _ in range(wanted)]  # wait until this many are acknowledged
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=120)
        acknowledged |= {(f"run{round_}", line.decode().strip()) for line in printed if line}
        store = ProgressStore.load()
        assert store.take_warnings() == []
        assert acknowledged <= {(a["lesson"], a["question"]) for a in store.attempts()}
        store.close()
    assert acknowledged
