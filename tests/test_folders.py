"""Folders and the environment (issue 13): a symlink loop, an unreadable file or folder, a
data folder that is a file or read-only, HOME unset. Each gives one clear line naming the
file and the reason, and the tutor goes on with the rest."""

from __future__ import annotations

import errno
import os
import pwd
import types
from pathlib import Path

import pytest

from tutor.cli.main import main
from tutor.search import knowledge

NOTE = "---\nid: lollipops\ntitle: Treaty of Lollipops\ntopic: cases\nsources: [my notes]\n---\n## Overview\nThe Treaty of Lollipops is an agreement about lollipops between Candyland and Gumdrop.\n"
QUESTION = "What is the Treaty of Lollipops?"


def knowledge_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "lollipops.md").write_text(NOTE, encoding="utf-8")
    return folder


def answers(capsys: pytest.CaptureFixture[str], *options: str) -> tuple[str, list[str]]:
    """`tutor ask QUESTION` with `options`: its answer and its lines on stderr."""
    assert main([*options, "ask", QUESTION]) == 0
    out, err = capsys.readouterr()
    return out, err.splitlines()


def deny(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make `path` unreadable: by its mode, or, as root (whom modes do not stop), by refusing
    to read or list it as the operating system would."""
    if os.geteuid() != 0:
        path.chmod(0)  # `restore_modes` gives the mode back
        return
    refusal = PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    real_read_bytes, real_scandir = Path.read_bytes, os.scandir

    def read_bytes(self: Path) -> bytes:
        if self == path:
            raise refusal
        return real_read_bytes(self)

    def scandir(target: object = ".") -> object:
        if Path(str(target)) == path:
            raise refusal
        return real_scandir(target)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(knowledge.os, "scandir", scandir)


@pytest.fixture(autouse=True)
def restore_modes(tmp_path: Path):
    """Give every file back its permissions, so that pytest can delete them."""
    yield
    for path in [tmp_path, *tmp_path.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o700)


def test_symlink_loop_in_a_knowledge_folder_is_one_problem(tmp_path, capsys):
    folder = knowledge_folder(tmp_path)
    (folder / "loop.md").symlink_to("loop.md")
    out, err = answers(capsys, "--knowledge", str(folder))
    assert "agreement about lollipops" in out
    assert err == [f"tutor: skipped {folder / 'loop.md'}:1: error: cannot read file: Too many levels of symbolic links"]
    assert main(["kb", "check", "--knowledge", str(folder)]) == 1
    assert f"{folder / 'loop.md'}:1: error: cannot read file: Too many levels of symbolic links" in capsys.readouterr().out


def test_tutor_knowledge_naming_a_symlink_loop_is_one_problem(tmp_path, monkeypatch, capsys):
    loop = tmp_path / "loop"
    loop.symlink_to("loop")
    monkeypatch.setenv("TUTOR_KNOWLEDGE", os.pathsep.join([str(loop), str(knowledge_folder(tmp_path))]))
    out, err = answers(capsys)
    assert "agreement about lollipops" in out
    assert err == [f"tutor: skipped {loop}: error: cannot read folder: Too many levels of symbolic links"]


def test_unreadable_file_is_one_problem(tmp_path, monkeypatch, capsys):
    folder = knowledge_folder(tmp_path)
    secret = folder / "secret.md"
    secret.write_text(NOTE.replace("lollipops", "secret"), encoding="utf-8")
    deny(monkeypatch, secret)
    out, err = answers(capsys, "--knowledge", str(folder))
    assert "agreement about lollipops" in out
    assert err == [f"tutor: skipped {secret}:1: error: cannot read file: Permission denied"]


def test_unreadable_folder_is_one_problem(tmp_path, monkeypatch, capsys):
    folder = knowledge_folder(tmp_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "other.md").write_text(NOTE.replace("lollipops", "other"), encoding="utf-8")
    deny(monkeypatch, locked)
    monkeypatch.setenv("TUTOR_KNOWLEDGE", str(locked))
    out, err = answers(capsys, "--knowledge", str(folder))
    assert "agreement about lollipops" in out
    assert err == [f"tutor: skipped {locked}: error: cannot read folder: Permission denied"]
    assert main(["kb", "check"]) == 1
    assert f"{locked}: error: cannot read folder: Permission denied" in capsys.readouterr().out


def test_data_folder_that_is_a_file(isolated_dirs, tmp_path, capsys):
    isolated_dirs.mkdir(parents=True)
    (isolated_dirs / "diplomacy-tutor").write_text("a file where the data folder should be")
    assert main(["kb", "new", "Treaty of Toffee"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("tutor kb new: error: cannot write ") and ": Not a directory" in err[0]
    source = tmp_path / "lollipops.md"
    source.write_text(NOTE, encoding="utf-8")
    assert main(["kb", "add", str(source)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{source}: error: cannot write ") and ": Not a directory" in err[0]
    assert err[1:] == [f"not added: {source}"]
    out, err = answers(capsys)  # the rest still works
    assert out.strip() and err == []


def test_read_only_data_folder(isolated_dirs, tmp_path, monkeypatch, capsys):
    folder = isolated_dirs / "diplomacy-tutor" / "knowledge"
    folder.mkdir(parents=True)
    if os.geteuid() != 0:
        folder.chmod(0o500)
    else:  # root writes anywhere: refuse as the operating system would
        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder / ".lollipops.md.tmp"))

        monkeypatch.setattr("tutor.files.atomic.tempfile.mkstemp", refuse)
    source = tmp_path / "lollipops.md"
    source.write_text(NOTE, encoding="utf-8")
    assert main(["kb", "add", str(source)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{source}: error: cannot write {folder / 'lollipops.md'}: Permission denied")
    assert main(["kb", "new", "Treaty of Toffee"]) == 1
    assert capsys.readouterr().err.startswith(f"tutor kb new: error: cannot write {folder / 'treaty-of-toffee.md'}: Permission denied")


def test_home_unset_uses_the_password_database(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: types.SimpleNamespace(pw_dir=str(home)) if uid == os.getuid() else None)
    assert main(["kb", "paths"]) == 0
    assert f"Your data folder: {home / '.local' / 'share' / 'diplomacy-tutor'}" in capsys.readouterr().out
    out, err = answers(capsys)
    assert out.strip() and err == []


def test_home_unset_and_no_password_entry_is_one_error(monkeypatch, capsys):
    monkeypatch.delenv("HOME", raising=False)

    def no_entry(uid: int) -> None:
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    assert main(["ask", QUESTION]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("tutor: error: cannot tell where to keep your files: HOME is not set")
