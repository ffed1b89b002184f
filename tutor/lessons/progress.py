"""The learner's data: lessons taken, answers given, review cards, in an SQLite database.

`learner.sqlite3` in the user data folder holds it, as Anki keeps its collection: WAL
mode and a busy timeout, so that any number of tutor processes (the app, `tutor lesson`,
`tutor review`) can use it at once. Callers change a record and `put_*` it; `save()`
writes what was put in one transaction, row by row (a lesson, its questions, a card, the
review), never the whole state. Reads go to the database each time, so one process sees
the answers another has saved.

Nothing here raises for a damaged or unusable file; what went wrong is said once in
`warnings`, for the front end to show:
- a database that cannot be opened as one, or fails `PRAGMA quick_check`, is moved aside
  as `learner.sqlite3.corrupt-<time>` and replaced by the copy taken (with the backup API)
  at the first start of each day, `learner.sqlite3.daily`; with no good copy the learner
  starts afresh;
- the old `progress.json` is read into a new database once and kept as
  `progress.json.migrated`; a damaged one (bad JSON, nesting too deep, wrong shapes) is
  moved aside as `progress.json.corrupt-<time>` and its `.bak` is read instead if sound;
- a database that cannot be written (a read-only file or folder) keeps the answers of the
  session in memory and says that they are not saved.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, TypedDict

from tutor.files.paths import user_data_dir

try:
    import fcntl
except ImportError:  # Windows: opening and repairing the database is not serialised there
    fcntl = None  # type: ignore[assignment]

DB_NAME = "learner.sqlite3"
DAILY_SUFFIX = ".daily"
LOCK_NAME = "learner.lock"
LEGACY_NAME = "progress.json"
LEGACY_VERSION = 1
BUSY_TIMEOUT = 10.0  # seconds a writer waits for another process's transaction (each is a few ms)

# Each entry brings the schema from version N to N+1 (PRAGMA user_version); append, never edit.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE lessons (id TEXT PRIMARY KEY, position INTEGER, question TEXT, started TEXT,"
        " finished TEXT, completions INTEGER, last_score INTEGER, best_score INTEGER, updated TEXT)",
        "CREATE TABLE questions (lesson TEXT NOT NULL, id TEXT NOT NULL, state TEXT NOT NULL, PRIMARY KEY (lesson, id))",
        "CREATE TABLE cards (key TEXT PRIMARY KEY, card TEXT NOT NULL)",
        "CREATE TABLE review (id INTEGER PRIMARY KEY CHECK (id = 1), current TEXT, state TEXT)",
    ),
    (  # 2: every finished question, the evidence of the learner model (`tutor.lessons.learner`)
        "CREATE TABLE attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, lesson TEXT NOT NULL,"
        " question TEXT NOT NULL, outcome TEXT NOT NULL, source TEXT NOT NULL, hints INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX attempts_by_question ON attempts (lesson, question)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

# The lesson fields kept in columns of `lessons`, with their types.
LESSON_FIELDS: dict[str, type] = {
    "position": int,
    "question": str,
    "started": str,
    "finished": str,
    "completions": int,
    "last_score": int,
    "best_score": int,
    "updated": str,
}


def database_path() -> Path:
    return user_data_dir() / DB_NAME


def legacy_path() -> Path:
    """The JSON progress file of earlier versions, read once into the database."""
    return user_data_dir() / LEGACY_NAME


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


class QuestionRecord(TypedDict, total=False):
    """Where the learner is with one question (`tutor.lessons.dialogue.QuestionState`)."""

    attempts: int
    hints: int
    revealed: bool
    correct: bool
    done: bool
    covered: list[str]  # key ideas of a free-text answer already given
    order: list[int]  # the order its choices were shown in (indexes into the lesson file's)
    recall: bool  # asked from memory (review), not with its choices
    failed: list[str]  # review only: the questions failed once in this sitting ("lesson/id")
    ladder: dict[str, int]  # free text: rungs of each missing idea's ladder already shown
    asked: str  # free text: the idea whose prompt was asked last


class PlacementRecord(TypedDict, total=False):
    """How the lesson's question in the placement quiz went (`tutor.lessons.placement`)."""

    question: str  # the id of the question asked
    correct: bool  # right first time: the learner is placed out of the lesson
    when: str  # ISO time


# The placement result is kept among a lesson's question states under this id, which no
# question can have (question ids are kebab-case): no column is needed for it.
PLACEMENT_ID = "@placement"


class LessonRecord(TypedDict, total=False):
    """One lesson's progress. Old files and databases may hold anything: check types."""

    position: int  # the step to show next
    question: str  # the id of the question being answered
    questions: dict[str, QuestionRecord]  # and PLACEMENT_ID: a PlacementRecord
    started: str  # ISO time the lesson was (re)started
    finished: str | None  # ISO time of the last completion
    completions: int
    last_score: int
    best_score: int
    updated: str  # ISO time


def placed_out(record: LessonRecord | None) -> bool:
    """True when the learner answered the lesson's placement question right first time."""
    questions = record.get("questions") if record else None
    placement = questions.get(PLACEMENT_ID) if isinstance(questions, dict) else None
    return isinstance(placement, dict) and placement.get("correct") is True


class ReviewRecord(TypedDict, total=False):
    """The review in progress: the question being asked and where the learner is with it."""

    current: str  # "lesson-id/question-id"
    state: QuestionRecord


class AttemptRecord(TypedDict):
    """One finished question: where it was asked, how it went and how many hints it took."""

    at: str  # ISO time
    lesson: str
    question: str
    outcome: str  # mastered, helped or missed (`tutor.lessons.dialogue`)
    source: str  # lesson, review, chat or placement
    hints: int


class ProgressStore:
    """The learner's data in the database; see the module docstring.

    `ProgressStore.load()` opens (and if need be repairs or creates) the learner's
    database; `ProgressStore.memory()` keeps everything in memory (checks and tests).
    """

    def __init__(self, connection: sqlite3.Connection, path: Path | None, warnings: list[str] | None = None) -> None:
        self.connection = connection
        self.path = path
        self.warnings: list[str] = warnings or []
        self._pending: dict[tuple[str, str], Any] = {}  # what was put and is not saved yet
        self._attempts_put = 0

    @classmethod
    def memory(cls) -> "ProgressStore":
        return cls(_into_memory(None), None)

    @classmethod
    def load(cls, folder: Path | None = None) -> "ProgressStore":
        """Open the learner's database in `folder` (default: the user data folder)."""
        folder = folder or user_data_dir()
        warnings: list[str] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            warnings.append(f"cannot use the data folder {folder} ({_reason(exc)}); answers in this session are not saved")
            return cls(_into_memory(None), None, warnings)
        with _lock(folder):
            connection, path = _open(folder / DB_NAME, warnings)
            if path is not None:
                _keep_daily_copy(connection, path, warnings)
        return cls(connection, path, warnings)

    def close(self) -> None:
        """Close the database (SQLite then folds the WAL back into it)."""
        self.connection.close()

    def take_warnings(self) -> list[str]:
        warnings, self.warnings = self.warnings, []
        return warnings

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # Reading: from the database, with what is put but not yet saved on top --------------

    def lesson_if_any(self, lesson_id: str) -> LessonRecord | None:
        pending = self._pending.get(("lesson", lesson_id))
        if pending is not None:
            return _copy(pending)
        with self._reading() as db:
            row = db.execute(f"SELECT {', '.join(LESSON_FIELDS)} FROM lessons WHERE id = ?", (lesson_id,)).fetchone()
            questions = db.execute("SELECT id, state FROM questions WHERE lesson = ?", (lesson_id,)).fetchall()
        if row is None and not questions:
            return None
        record: LessonRecord = {}
        for (name, kind), value in zip(LESSON_FIELDS.items(), row or ()):
            if _typed(value, kind) is not None:
                record[name] = value  # type: ignore[literal-required]
        record["questions"] = {qid: state for qid, state in ((qid, _json(text)) for qid, text in questions) if isinstance(state, dict)}
        return record

    def lesson(self, lesson_id: str) -> LessonRecord:
        """The record of one lesson (empty when there is none yet); `put_lesson` keeps changes."""
        record = self.lesson_if_any(lesson_id) or {}
        if not isinstance(record.get("questions"), dict):
            record["questions"] = {}
        return record

    def completed(self, lesson_id: str) -> bool:
        """True when the lesson has been finished at least once."""
        record = self.lesson_if_any(lesson_id)
        return bool(record and _whole(record.get("completions")) > 0)

    def cards(self) -> dict[str, dict[str, Any]]:
        """Every review card: "lesson-id/question-id" -> an fsrs Card as a dict."""
        with self._reading() as db:
            rows = db.execute("SELECT key, card FROM cards").fetchall()
        cards = {key: card for key, card in ((key, _json(text)) for key, text in rows) if isinstance(card, dict)}
        cards.update({key: _copy(card) for (kind, key), card in self._pending.items() if kind == "card"})
        return cards

    def card(self, key: str) -> dict[str, Any] | None:
        pending = self._pending.get(("card", key))
        if pending is not None:
            return _copy(pending)
        with self._reading() as db:
            row = db.execute("SELECT card FROM cards WHERE key = ?", (key,)).fetchone()
        card = _json(row[0]) if row else None
        return card if isinstance(card, dict) else None

    def review(self) -> ReviewRecord:
        """The review in progress (empty when none is); `put_review` keeps changes."""
        pending = self._pending.get(("review", ""))
        if pending is not None:
            return _copy(pending)
        with self._reading() as db:
            row = db.execute("SELECT current, state FROM review WHERE id = 1").fetchone()
        record: ReviewRecord = {}
        if row and isinstance(row[0], str):
            record["current"] = row[0]
            state = _json(row[1])
            if isinstance(state, dict):
                record["state"] = state
        return record

    def attempts(self) -> list[AttemptRecord]:
        """Every finished question, oldest first (those put but not yet saved last)."""
        with self._reading() as db:
            rows = db.execute("SELECT at, lesson, question, outcome, source, hints FROM attempts ORDER BY id").fetchall()
        saved: list[AttemptRecord] = [
            {"at": at, "lesson": lesson, "question": question, "outcome": outcome, "source": source, "hints": _whole(hints)}
            for at, lesson, question, outcome, source, hints in rows
        ]
        return saved + [_copy(value) for (kind, _), value in self._pending.items() if kind == "attempt"]

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction, so that a lesson and its questions are read together."""
        try:
            self.connection.execute("BEGIN")
            yield self.connection
        finally:
            if self.connection.in_transaction:
                self.connection.execute("COMMIT")

    # Writing: put what changed, then save it in one transaction --------------------------

    def put_lesson(self, lesson_id: str, record: LessonRecord) -> None:
        self._pending[("lesson", lesson_id)] = _copy(record)

    def put_card(self, key: str, card: dict[str, Any]) -> None:
        self._pending[("card", key)] = _copy(card)

    def put_review(self, record: ReviewRecord) -> None:
        self._pending[("review", "")] = _copy(record)

    def put_attempt(self, record: AttemptRecord) -> None:
        """Add a finished question to the learner's record (appended, never replaced)."""
        self._attempts_put += 1
        self._pending[("attempt", str(self._attempts_put))] = _copy(record)

    def save(self) -> bool:
        """Write what was put in one transaction; False, with a warning, if that failed.

        What could not be written stays pending (and is read back in this session), so
        a later save tries again.
        """
        if not self._pending:
            return True
        try:
            with _writing(self.connection) as db:
                for (kind, key), value in self._pending.items():
                    WRITERS[kind](db, key, value)
        except sqlite3.Error as exc:
            where = self.path or "memory"
            self._warn(f"could not save progress to {where} ({exc}); answers in this session are kept until the tutor closes")
            return False
        self._pending.clear()
        return True


# Rows --------------------------------------------------------------------------------------


def _write_lesson(db: sqlite3.Connection, lesson_id: str, record: Any) -> None:
    """Write one lesson's row and those of its questions that changed."""
    values = [_typed(record.get(name), kind) for name, kind in LESSON_FIELDS.items()]
    db.execute(f"INSERT OR REPLACE INTO lessons (id, {', '.join(LESSON_FIELDS)}) VALUES (?{', ?' * len(LESSON_FIELDS)})", (lesson_id, *values))
    questions = record.get("questions")
    questions = {qid: json.dumps(state, sort_keys=True) for qid, state in questions.items() if isinstance(qid, str) and isinstance(state, dict)} if isinstance(questions, dict) else {}
    saved = dict(db.execute("SELECT id, state FROM questions WHERE lesson = ?", (lesson_id,)).fetchall())
    db.executemany("DELETE FROM questions WHERE lesson = ? AND id = ?", [(lesson_id, qid) for qid in saved if qid not in questions])
    changed = [(lesson_id, qid, state) for qid, state in questions.items() if saved.get(qid) != state]
    db.executemany("INSERT OR REPLACE INTO questions (lesson, id, state) VALUES (?, ?, ?)", changed)


def _write_card(db: sqlite3.Connection, key: str, card: Any) -> None:
    db.execute("INSERT OR REPLACE INTO cards (key, card) VALUES (?, ?)", (key, json.dumps(card, sort_keys=True)))


def _write_review(db: sqlite3.Connection, _key: str, record: Any) -> None:
    current = record.get("current")
    state = record.get("state")
    if not isinstance(current, str):
        db.execute("DELETE FROM review")
        return
    db.execute("INSERT OR REPLACE INTO review (id, current, state) VALUES (1, ?, ?)", (current, json.dumps(state) if isinstance(state, dict) else None))


def _write_attempt(db: sqlite3.Connection, _key: str, record: Any) -> None:
    db.execute(
        "INSERT INTO attempts (at, lesson, question, outcome, source, hints) VALUES (?, ?, ?, ?, ?, ?)",
        (record["at"], record["lesson"], record["question"], record["outcome"], record["source"], _whole(record.get("hints"))),
    )


WRITERS = {"lesson": _write_lesson, "card": _write_card, "review": _write_review, "attempt": _write_attempt}


@contextmanager
def _writing(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken at once (BEGIN IMMEDIATE) so it never has to be retried."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _typed(value: Any, kind: type) -> Any:
    """`value` when it is of `kind` (a bool is not an int here), else None."""
    if isinstance(value, bool) and kind is not bool:
        return None
    return value if isinstance(value, kind) else None


def _whole(value: Any) -> int:
    return _typed(value, int) or 0


def _json(text: Any) -> Any:
    try:
        return json.loads(text) if isinstance(text, str) else None
    except (ValueError, RecursionError):
        return None


def _copy(value: Any) -> Any:
    return json.loads(json.dumps(value))


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)


# Opening, checking and repairing the database ----------------------------------------------


@contextmanager
def _lock(folder: Path) -> Iterator[None]:
    """Hold the folder's lock file, so that one process at a time checks, repairs and copies."""
    try:
        handle = open(folder / LOCK_NAME, "a+b")
    except OSError:
        yield  # a folder we cannot write to: there is nothing to repair in it either
        return
    with handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _connect(path: Path | str) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL, with a busy timeout."""
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")  # an acknowledged answer survives a power cut too (~0.2 ms)
    except sqlite3.Error:
        db.close()
        raise
    return db


def _checked(path: Path, connect: Callable[[Path], sqlite3.Connection] = _connect) -> tuple[sqlite3.Connection | None, str | None]:
    """A connection to `path` once `PRAGMA quick_check` passes, or None and what is wrong.

    Errors that are not damage (permissions, a lock held too long) are raised.
    """
    db = None
    try:
        db = connect(path)
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if db is not None:
            db.close()
        if _is_damage(exc):
            return None, str(exc)
        raise
    if rows != [("ok",)]:
        db.close()
        return None, "it fails its integrity check: " + "; ".join(str(row[0]) for row in rows[:3])
    return db, None


def _is_damage(exc: sqlite3.Error) -> bool:
    """True for "not a database" and "malformed", not for permissions or a busy lock."""
    return _is_error(exc, (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB), ("not a database", "malformed"))


def _is_error(exc: sqlite3.Error, codes: tuple[int, ...], texts: tuple[str, ...]) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if code is not None:
        return code & 0xFF in codes
    return any(text in str(exc) for text in texts)


def _open(path: Path, warnings: list[str]) -> tuple[sqlite3.Connection, Path | None]:
    """Connect to the database at `path`, repairing or creating it; memory when it cannot be."""
    unsaved = "answers in this session are not saved"
    try:
        _match_permissions(path)
        db, problem = _checked(path)
        if db is None:
            _restore(path, problem or "", warnings)
            db = _connect(path)
    except (sqlite3.Error, OSError) as exc:
        warnings.append(f"cannot open the learner database {path} ({_reason(exc)}); {unsaved}")
        return _read_only_copy(path), None
    try:
        _migrate(db, path.parent, warnings)
        problem = _unwritable(db)
    except _NewerSchema as exc:
        db.close()
        warnings.append(f"the learner database {path} was written by a newer tutor (schema {exc}); {unsaved}")
        return _into_memory(None), None
    except (sqlite3.Error, OSError) as exc:
        db.close()
        warnings.append(f"cannot prepare the learner database {path} ({_reason(exc)}); {unsaved}")
        return _read_only_copy(path), None
    if problem is None:
        return db, path
    warnings.append(f"the learner database {path} is read-only ({problem}); {unsaved}")
    memory = _into_memory(db)
    db.close()
    return memory, None


def _match_permissions(path: Path) -> None:
    """Give the WAL's side files the database's permissions.

    SQLite makes them with the database's mode, so a database once read-only leaves
    read-only side files behind, and every save would fail after it is made writable.
    """
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        return
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        try:
            if side.stat().st_mode & 0o777 != mode:
                os.chmod(side, mode)
        except OSError:
            pass  # not there, or not ours: then a save says what is wrong


def _unwritable(db: sqlite3.Connection) -> str | None:
    """Why the database cannot be written (a read-only file or folder), or None."""
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")  # a write that changes nothing
    except sqlite3.OperationalError as exc:
        if _is_error(exc, (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM), ("readonly", "unable to open")):
            return str(exc)
        raise
    finally:
        if db.in_transaction:
            db.execute("ROLLBACK")
    return None


def _into_memory(source: sqlite3.Connection | None) -> sqlite3.Connection:
    """An in-memory database, with what `source` holds when it is of this schema."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    if source is not None and source.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        source.backup(memory)
    _migrate(memory, None, [])
    return memory


def _read_only_copy(path: Path) -> sqlite3.Connection:
    """The database at `path` read into memory (so the learner sees their progress), or an
    empty one when it cannot be read."""
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return _into_memory(source)
        finally:
            source.close()
    except sqlite3.Error:
        return _into_memory(None)


def _restore(path: Path, problem: str, warnings: list[str]) -> None:
    """Move a damaged database aside and put the daily copy in its place, if it is sound."""
    aside = _move_aside(path)
    wal = Path(f"{path}-wal")
    if wal.exists():
        os.replace(wal, f"{aside}-wal")  # its last transactions go aside with it
    Path(f"{path}-shm").unlink(missing_ok=True)  # an index of the WAL, rebuilt when needed
    copy = daily_copy_path(path)
    copy_problem = "there is no copy"
    if copy.exists():
        sound, copy_problem = _checked(copy, sqlite3.connect)
        if sound is not None:
            sound.close()
    if copy_problem is None:
        shutil.copyfile(copy, path)
        day = date.fromtimestamp(copy.stat().st_mtime).isoformat()
        warnings.append(f"the learner database {path} was damaged ({problem}); kept it as {aside.name} and restored the copy of {day}")
    else:
        warnings.append(f"the learner database {path} was damaged ({problem}); kept it as {aside.name} and started afresh (no good copy: {copy_problem})")


def daily_copy_path(path: Path) -> Path:
    return path.with_name(path.name + DAILY_SUFFIX)


def _keep_daily_copy(db: sqlite3.Connection, path: Path, warnings: list[str]) -> None:
    """At the first start of a day, copy the (checked) database beside it with the backup API."""
    copy = daily_copy_path(path)
    try:
        if copy.exists() and date.fromtimestamp(copy.stat().st_mtime) == date.today():
            return
        partial = copy.with_name(copy.name + ".partial")
        target = sqlite3.connect(partial)
        try:
            db.backup(target)
        finally:
            target.close()
        os.replace(partial, copy)
    except (sqlite3.Error, OSError) as exc:
        warnings.append(f"could not copy the learner database to {copy} ({_reason(exc)})")


class _NewerSchema(Exception):
    """The database was made by a later version of the tutor: leave it alone."""


def _migrate(db: sqlite3.Connection, folder: Path | None, warnings: list[str]) -> None:
    """Bring the schema up to date; a new database also takes in the old progress.json."""
    if db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    with _writing(db):
        version = db.execute("PRAGMA user_version").fetchone()[0]  # another process may have done it
        if version > SCHEMA_VERSION:
            raise _NewerSchema(version)
        for steps in MIGRATIONS[version:]:
            for statement in steps:
                db.execute(statement)
        if version == 0 and folder is not None:
            _import_legacy(db, folder, warnings)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    if folder is not None:
        _retire_legacy(folder / LEGACY_NAME)


# The old progress.json -----------------------------------------------------------------------


def _import_legacy(db: sqlite3.Connection, folder: Path, warnings: list[str]) -> None:
    """Copy the old progress file (or its backup) into the new database's first transaction."""
    path = folder / LEGACY_NAME
    if not path.exists():
        return
    data, problem = _read_legacy(path)
    backup = path.with_name(path.name + ".bak")
    if problem is not None:
        aside = _move_aside(path)
        data, backup_problem = _read_legacy(backup) if backup.exists() else (None, "no backup")
        recovered = "took in its last backup" if backup_problem is None else "started afresh"
        warnings.append(f"the progress file {path} was damaged ({problem}); kept it as {aside.name} and {recovered}")
    if data is None:
        return
    for lesson_id, record in data["lessons"].items():
        if isinstance(record, dict):
            _write_lesson(db, lesson_id, record)
    for key, card in data["cards"].items():
        if isinstance(card, dict):
            _write_card(db, key, card)
    _write_review(db, "", data["review"])


def _retire_legacy(path: Path) -> None:
    """Keep an imported progress.json as `progress.json.migrated`, never to be read again."""
    try:
        os.replace(path, path.with_name(path.name + ".migrated"))
    except OSError:
        pass  # not there (the usual case), or already retired by another process


def _read_legacy(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """The old file's data, or why it cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return None, "it is not UTF-8 text"
    except OSError as exc:
        return None, f"it cannot be read: {_reason(exc)}"
    except RecursionError:
        return None, "it is nested too deeply"
    except ValueError as exc:
        return None, f"it is not valid JSON: {exc}"
    if not isinstance(data, dict):
        return None, "it is not a JSON object"
    if data.get("version") != LEGACY_VERSION:
        return None, f"it has an unknown format version ({str(data.get('version'))[:20]!r})"
    for key in ("lessons", "cards", "review"):
        data.setdefault(key, {})
        if not isinstance(data[key], dict):
            return None, f"its '{key}' entry is not an object"
    return data, None


def _move_aside(path: Path) -> Path:
    """Rename a damaged file to `NAME.corrupt-<time>` (numbered if that is taken)."""
    stamp = now_utc().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    os.replace(path, target)
    return target
