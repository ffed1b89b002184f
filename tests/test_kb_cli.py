"""`tutor kb ...`: paths, check, new, add, stats and search, through the real CLI."""

import json
from pathlib import Path

import pytest

from tutor.cli.main import main

GOOD = "---\nid: {id}\ntitle: {title}\ntopic: cases\nsources: [my notes]\n{extra}---\n## Overview\n{title} is an agreement about lollipops between Candyland and Gumdrop.\n"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def good(folder: Path, doc_id: str = "treaty-of-lollipops", title: str = "Treaty of Lollipops", extra: str = "") -> Path:
    return write(folder / f"{doc_id}.md", GOOD.format(id=doc_id, title=title, extra=extra))


def user_folder(isolated_dirs: Path) -> Path:
    return isolated_dirs / "diplomacy-tutor" / "knowledge"


def test_paths_lists_every_source_in_order(tmp_path, monkeypatch, capsys):
    env_dir = tmp_path / "env-kb"
    env_dir.mkdir()
    monkeypatch.setenv("TUTOR_KNOWLEDGE", str(env_dir))
    assert main(["kb", "--knowledge", str(tmp_path), "paths"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.strip()[:2] in {"1.", "2.", "3.", "4."}]
    assert [line.split()[1] for line in lines] == ["shipped", "yours", "TUTOR_KNOWLEDGE", "--knowledge"]


def test_check_reports_every_problem_and_exits_1(tmp_path, capsys):
    folder = tmp_path / "kb"
    good(folder)
    write(folder / "broken.md", "---\nid: broken\ntitle: [oops\n---\ntext\n")
    write(folder / "latin.md", b"---\nid: latin\n\xe9\n")
    write(folder / "empty.md", "")
    write(folder / "jcpoa.md", GOOD.format(id="jcpoa", title="Clash", extra=""))
    write(folder / "glossary.yaml", "groups:\n  - [JCPOA, Lollipop deal]\n")
    assert main(["kb", "check", "--knowledge", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"{folder / 'broken.md'}:4: error: YAML syntax error" in out
    assert f"{folder / 'latin.md'}:3: error: not UTF-8" in out
    assert f"{folder / 'empty.md'}:1: error: empty file" in out
    assert "duplicate id 'jcpoa'" in out
    assert "glossary name 'JCPOA'" in out
    assert "error(s)" in out.splitlines()[-1]


def test_check_reports_a_key_given_twice(tmp_path, capsys):
    """PyYAML keeps the second of two equal keys and drops the first without a word: a
    section's questions given under its heading twice lose the first list."""
    folder = tmp_path / "kb"
    good(folder, extra="questions:\n  Overview:\n    - What is it?\n  Overview:\n    - Who signed it?\n")
    assert main(["kb", "check", "--knowledge", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"{folder / 'treaty-of-lollipops.md'}:9: error: YAML syntax error" in out
    assert "the key 'Overview' is given twice" in out


def test_check_with_warnings_only_exits_0(tmp_path, capsys):
    folder = tmp_path / "kb"
    good(folder, extra="related: [nowhere]\n")
    assert main(["kb", "check", "--knowledge", str(folder)]) == 0
    assert "related id 'nowhere'" in capsys.readouterr().out


def test_shipped_knowledge_and_lessons_check_clean(capsys):
    assert main(["kb", "check"]) == 0
    assert "0 error(s), 0 warning(s)" in capsys.readouterr().out


def test_new_writes_a_valid_skeleton_into_the_users_folder(isolated_dirs, capsys):
    assert main(["kb", "new", "Treaty of Rome (1957)", "--topic", "cases"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path == user_folder(isolated_dirs) / "treaty-of-rome-1957.md"
    # Its placeholders are errors: the tutor never teaches from an unwritten skeleton.
    assert main(["kb", "check"]) == 1
    out = capsys.readouterr().out
    assert out.count("placeholder text left from `tutor kb new`") == out.count("TODO:") >= 4
    assert main(["ask", "What is the Treaty of Rome?"]) == 0
    assert "TODO" not in capsys.readouterr().out
    assert main(["kb", "new", "Treaty of Rome (1957)"]) == 2  # never overwrites
    capsys.readouterr()
    # Written: every placeholder line replaced by text, the file checks clean.
    written = [
        line.replace("TODO: ", "").replace("TODO:", "") for line in path.read_text(encoding="utf-8").splitlines()
    ]
    path.write_text("\n".join(written) + "\n", encoding="utf-8")
    assert main(["kb", "check"]) == 0


def test_new_to_another_folder(tmp_path, capsys):
    assert main(["kb", "new", "My notes", "--to", str(tmp_path)]) == 0
    assert (tmp_path / "my-notes.md").is_file()


def test_add_copies_valid_files_and_refuses_the_rest(tmp_path, isolated_dirs, capsys):
    source = tmp_path / "incoming"
    ok = good(source, title="Treaty of Lollipops")
    clash = write(source / "mine.md", GOOD.format(id="jcpoa", title="My JCPOA", extra=""))
    not_md = write(source / "notes.txt", "hello")
    assert main(["kb", "add", str(ok), str(clash), str(not_md)]) == 1
    captured = capsys.readouterr()
    target = user_folder(isolated_dirs) / "treaty-of-lollipops.md"
    assert target.read_text(encoding="utf-8") == ok.read_text(encoding="utf-8")
    assert "already used by" in captured.err and "only Markdown" in captured.err
    assert not (user_folder(isolated_dirs) / "jcpoa.md").exists()
    # the same name again needs --force, and the old file is kept
    assert main(["kb", "add", str(ok)]) == 1
    assert main(["kb", "add", "--force", str(ok)]) == 0
    assert (target.parent / "treaty-of-lollipops.md.bak").is_file()
    # a file that says it replaces a shipped document is welcome
    replacing = write(source / "jcpoa-mine.md", GOOD.format(id="jcpoa", title="My JCPOA", extra="replaces: jcpoa\n"))
    assert main(["kb", "add", str(replacing)]) == 0


def test_added_knowledge_is_answered_from(tmp_path, isolated_dirs, capsys):
    main(["kb", "add", str(good(tmp_path / "in"))])
    capsys.readouterr()
    assert main(["ask", "--json", "What is the Treaty of Lollipops?"]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply["sources"][0]["id"] == "treaty-of-lollipops"


def test_stats(capsys):
    assert main(["kb", "stats"]) == 0
    out = capsys.readouterr().out
    assert "documents:" in out and "chunks:" in out and "vocabulary:" in out and "glossary:" in out
    assert "Landmark cases" in out


def test_search_shows_scores_matched_terms_and_the_decision(capsys):
    assert main(["kb", "search", "who negotiatd the Iran deal", "-k", "3", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["read_as"] == "who negotiated the iran deal"
    assert result["in_scope"] is True and len(result["passages"]) == 3
    assert result["passages"][0]["chunk_id"].startswith("jcpoa#") and "negoti" in result["passages"][0]["matched"]
    assert result["decision"].startswith("Answered")
    assert main(["kb", "search", "banana bread recipe"]) == 0
    assert "Declined" in capsys.readouterr().out
    # Every word known and in the best passage, but only in an everyday sense ("diplomatic ties").
    assert main(["kb", "search", "how to tie a tie", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["in_scope"] is False and "no term of diplomacy" in result["decision"]


@pytest.mark.parametrize("argv", [["kb"], ["kb", "frobnicate"], ["kb", "add"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


def test_folders_take_precedence_in_order(tmp_path, isolated_dirs, monkeypatch, capsys):
    """Shipped, then the user's folder, then TUTOR_KNOWLEDGE, then --knowledge: a later
    document with a used id is an error unless it says `replaces`."""
    good(user_folder(isolated_dirs), "my-notes", "My notes on lollipops")
    env_dir = tmp_path / "env"
    good(env_dir, "env-notes", "Env notes on gumdrops")
    monkeypatch.setenv("TUTOR_KNOWLEDGE", str(env_dir))
    option_dir = tmp_path / "option"
    good(option_dir, "env-notes", "Clashing notes")
    assert main(["kb", "check", "--knowledge", str(option_dir)]) == 1
    assert "duplicate id 'env-notes'" in capsys.readouterr().out
    good(option_dir, "env-notes", "Replacing notes", extra="replaces: env-notes\n")
    assert main(["kb", "check", "--knowledge", str(option_dir)]) == 0
    capsys.readouterr()
    assert main(["ask", "--json", "--knowledge", str(option_dir), "What are the Replacing notes?", "What are My notes on lollipops?"]) == 0
    replies = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert replies[0]["sources"][0]["id"] == "env-notes" and "Replacing notes" in replies[0]["sources"][0]["title"]
    assert replies[1]["sources"][0]["id"] == "my-notes"
