"""Where the tutor finds its shipped data and keeps the user's files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "diplomacy-tutor"


def shipped_folder(name: str) -> Path:
    """A folder of data the tutor ships with: `knowledge` or `dialogues`.

    The repository's root folders are the source of truth. Building the package (a wheel,
    `pip install .`, `pipx install`) copies them into the package as `tutor/shipped/<name>`
    (see `setup.py`), and that copy is found here, beside the package's modules. A source
    checkout or an editable install has no copy and reads the root folder itself, so
    edits to the knowledge show at once. (The tutor reads its data as files, so it is
    installed as files: `importlib.resources` would find the same folder, at the cost of
    importing it, about 3 ms of every start.)
    """
    packaged = Path(__file__).parents[1] / "shipped" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / name


SHIPPED_KNOWLEDGE = shipped_folder("knowledge")
DIALOGUES = shipped_folder("dialogues")
LESSONS_DIR = DIALOGUES / "lessons"


class HomeError(Exception):
    """The current user has no home folder to keep the tutor's folders in."""


def settle_home() -> None:
    """Make HOME name the current user's home folder, before any folder is worked out.

    With HOME unset or not an absolute path, platformdirs versions differ (some turn an
    empty HOME into "/", some stop with an error), so the home comes from the current
    user's entry in the password database, set as HOME for the whole process so that
    every library agrees. Raises HomeError when there is no such entry either.
    """
    if sys.platform == "win32" or os.path.isabs(os.environ.get("HOME", "")):
        return
    try:
        import pwd  # not on Windows, which does not use HOME

        home = pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError):
        home = ""
    if not os.path.isabs(home):
        raise HomeError(f"cannot tell where to keep your files: HOME is not set and user id {os.getuid()} has no home folder in the password database; set HOME to your home folder")
    os.environ["HOME"] = home


def user_data_dir() -> Path:
    """The folder for the learner's own files (progress, transcripts, knowledge)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_cache_dir() -> Path:
    """The folder for rebuildable files such as the search index."""
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def user_state_dir() -> Path:
    """The folder for what the tutor records of its own runs, such as the error log."""
    from platformdirs import user_state_path

    return user_state_path(APP_NAME, appauthor=False)


def user_knowledge_dir() -> Path:
    """The learner's own knowledge folder, read after the shipped one."""
    return user_data_dir() / "knowledge"


def env_knowledge_dirs() -> list[Path]:
    """Folders named in TUTOR_KNOWLEDGE (separated like PATH)."""
    value = os.environ.get("TUTOR_KNOWLEDGE", "")
    return [Path(part).expanduser() for part in value.split(os.pathsep) if part.strip()]


def knowledge_folders(extra: list[Path] | None = None, include_user: bool = True) -> list[Path]:
    """Knowledge folders in order of precedence: shipped, the user's, TUTOR_KNOWLEDGE, options."""
    folders = [SHIPPED_KNOWLEDGE]
    if include_user and user_knowledge_dir().is_dir():
        folders.append(user_knowledge_dir())
    folders.extend(env_knowledge_dirs())
    folders.extend(extra or [])
    unique: dict[Path, Path] = {}
    for folder in folders:
        unique.setdefault(_identity(folder), folder)
    return list(unique.values())


def _identity(folder: Path) -> Path:
    """The folder a path names, to find one folder named twice; a symlink loop names itself
    (it is reported when the folder is read)."""
    try:
        return folder.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop, before Python 3.13
        return folder.absolute()
