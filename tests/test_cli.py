"""`tutor ask` as a whole process: the scriptable front end that tools rely on."""

import json
import os
import subprocess
import sys


TUTOR = [sys.executable, "-m", "tutor"]


def run(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([*TUTOR, *args], input=data, capture_output=True, timeout=120, env=os.environ.copy())


def test_ask_json_has_the_documented_fields():
    result = run("ask", "--json", "What is ASEAN?", "What is sushi?")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(lines) == 2
    first, second = lines
    assert set(first) >= {"question", "answer", "intent", "out_of_scope", "sources", "followups"}
    assert first["question"] == "What is ASEAN?" and not first["out_of_scope"]
    assert set(first["sources"][0]) >= {"id", "title", "section", "score"}
    assert first["sources"][0]["id"] == "asean"
    assert second["out_of_scope"] is True and second["sources"] == []


def test_ask_shows_markdown_emphasis_as_plain_words():
    result = run("ask", "what is the difference between an embassy and a consulate?")
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    assert "The key difference:" in text  # the comparison's bold label, as words
    assert "**" not in text


def test_each_argument_is_a_fresh_conversation():
    result = run("ask", "--json", "Tell me about the Iran nuclear deal", "tell me more")
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert lines[1]["sources"] == []  # no topic in a fresh conversation


def test_stdin_is_one_conversation_and_new_starts_afresh():
    script = "Tell me about the Iran nuclear deal\nWho negotiated it?\n/new\ntell me more\n"
    result = run("ask", "--json", stdin=script)
    assert result.returncode == 0
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [line["question"] for line in lines] == ["Tell me about the Iran nuclear deal", "Who negotiated it?", "/new", "tell me more"]
    assert lines[1]["sources"][0]["id"] == "jcpoa"
    assert lines[3]["sources"] == []


def test_a_follow_up_before_any_subject_is_asked_about_and_and_x_keeps_the_kind():
    script = "When was it signed?\nwhen were the camp david accords signed?\nand dayton?\n"
    lines = [json.loads(line) for line in run("ask", "--json", stdin=script).stdout.decode().splitlines()]
    clarifying, _, dayton = lines
    assert not clarifying["out_of_scope"] and not clarifying["sources"] and "refers to" in clarifying["answer"]
    assert dayton["intent"] == "when" and dayton["sources"][0]["id"] == "dayton-accords" and "1995" in dayton["answer"].split(". ")[0]


def test_readable_text_output():
    result = run("ask", "What is the Peace of Westphalia?")
    text = result.stdout.decode()
    assert "Sources: Peace of Westphalia" in text and "You could ask next:" in text


def test_missing_knowledge_folder_is_a_one_line_usage_error(tmp_path):
    result = run("ask", "--knowledge", str(tmp_path / "nope"), "hi")
    assert result.returncode == 2
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert "not found" in result.stderr.decode()


def test_unknown_option_is_a_one_line_usage_error():
    result = run("ask", "--frobnicate")
    assert result.returncode == 2 and len(result.stderr.decode().strip().splitlines()) == 1


def test_extra_knowledge_folder_is_used_and_broken_files_are_named(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "treaty-of-lollipops.md").write_text(
        "---\nid: treaty-of-lollipops\ntitle: Treaty of Lollipops (2031)\ntopic: cases\nsources: [my notes]\n---\n"
        "## Overview\nThe Treaty of Lollipops is an imaginary agreement between Candyland and Gumdrop.\n",
        encoding="utf-8",
    )
    (folder / "broken.md").write_bytes(b"---\nid: [oops\n---\n")
    result = run("ask", "--json", "--knowledge", str(folder), "What is the Treaty of Lollipops?")
    assert result.returncode == 0
    reply = json.loads(result.stdout.decode())
    assert reply["sources"][0]["id"] == "treaty-of-lollipops"
    assert "broken.md:3: error: YAML syntax error" in result.stderr.decode()


def test_hostile_input_never_crashes():
    hostile = b"\n\x1b[31m\x1b]0;pwned\x07What is NATO?\n[bold]hi[/bold]\n\xff\xfe broken utf8\n" + b"a" * 100_000 + b"\n"
    result = run("ask", "--json", stdin=hostile)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(lines) == 5
    assert all("\x1b" not in line["answer"] for line in lines)
    assert b"Traceback" not in result.stderr


def test_ask_does_not_import_textual():
    code = "import sys; from tutor.cli.main import main; main(['ask', 'What is ASEAN?']); print('textual' in sys.modules, file=sys.stderr)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert result.stderr.decode().strip().endswith("False")


def test_a_cached_ask_on_the_shipped_knowledge_imports_neither_numpy_nor_yaml():
    # The first run may build the cache (which needs NumPy); the second reads it.
    code = "import sys; from tutor.cli.main import main; main(['ask', 'What is ASEAN?']); print(sorted({'numpy', 'yaml', 'textual', 'fsrs'} & set(sys.modules)), file=sys.stderr)"
    for _ in range(2):
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120, env=os.environ.copy())
    assert result.stderr.decode().strip().endswith("[]"), result.stderr


def test_knowledge_option_works_before_and_after_the_sub_command(tmp_path):
    from tutor.cli.common import knowledge_options
    from tutor.cli.main import build_parser

    parser = build_parser()
    for argv in (["--knowledge", str(tmp_path), "ask", "q"], ["ask", "--knowledge", str(tmp_path), "q"], ["--knowledge", str(tmp_path)]):
        assert knowledge_options(parser.parse_args(argv)) == [tmp_path]


def test_a_number_picks_a_follow_up_and_a_number_with_none_is_explained():
    result = run("ask", "--json", stdin="1\nWhat is the JCPOA?\n1\n9\n")
    first, asked, picked, missing = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert first["sources"] == [] and "none to pick" in first["answer"]  # never "Article 1"
    assert picked["sources"] and picked["question"] == asked["followups"][0]
    assert missing["sources"] == [] and f"There is no follow-up 9: pick one from 1 to {len(picked['followups'])}" in missing["answer"]


def test_a_number_too_long_to_be_a_year_picks_no_follow_up_and_a_year_is_a_question():
    result = run("ask", "--json", stdin="What is New START?\n12345678901234567890123\n1648\n")
    asked, missing, year = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert missing["sources"] == [] and f"There is no follow-up 12345678901234567890123: pick one from 1 to {len(asked['followups'])}" in missing["answer"]
    assert year["sources"]


def test_help_says_that_plain_tutor_opens_the_app():
    result = run("--help")
    assert "with no command" in result.stdout.decode().casefold()


class Terminal:
    """A stand-in for a terminal on standard input or output."""

    def __init__(self, stream, lines=()):
        self.stream = stream
        self.buffer = __import__("io").BytesIO("".join(f"{line}\n" for line in lines).encode())

    def isatty(self):
        return True

    def __getattr__(self, name):
        return getattr(self.stream, name)


def test_ask_at_a_terminal_prompts_and_wraps_to_its_width(monkeypatch, capsys):
    import shutil

    from tutor.cli.main import ASK_PROMPT, main

    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=None: os.terminal_size((60, 24)))
    monkeypatch.setattr(sys, "stdin", Terminal(sys.stdin, ["What is the JCPOA?"]))
    monkeypatch.setattr(sys, "stdout", Terminal(sys.stdout))
    assert main(["ask"]) == 0
    captured = capsys.readouterr()
    assert "Ctrl+D" in captured.err and captured.err.count(ASK_PROMPT) == 2  # one per line read, and at the end
    lines = captured.out.splitlines()
    assert max(len(line) for line in lines) <= 59 and len(lines) > 8
    words = " ".join(captured.out.split())
    assert "Joint Comprehensive Plan of Action" in words  # words are whole, never split


def test_wrapping_keeps_words_whole_and_list_items_hanging():
    from tutor.cli.terminal import wrap_text

    text = "- a list item that is long enough to need wrapping at this width\nplain jurisdiction " + "x" * 30
    wrapped = wrap_text(text, 24).splitlines()
    assert all(len(line) <= 24 or " " not in line.strip() for line in wrapped)
    assert wrapped[1].startswith("  ") and not wrapped[1].startswith("   ")
    assert "jurisdiction" in " ".join(wrapped).split()
    assert wrap_text(text, None) == text  # not a terminal: unchanged


def test_a_failure_in_answering_is_one_line_logged_and_the_next_question_answered(monkeypatch, capsys):
    from tutor.answering.session import Session
    from tutor.cli.main import main
    from tutor.files.failure_log import failure_log_path

    respond = Session.respond

    def broken_on_g7(self, text):
        if "g7" in text:
            raise AssertionError("engine broke")
        return respond(self, text)

    monkeypatch.setattr(Session, "respond", broken_on_g7)
    assert main(["ask", "g7 or g20, which matters more?", "What is ASEAN?"]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"tutor: Sorry, something went wrong answering that. It has been logged to {failure_log_path()}; please try rephrasing.\n"
    assert "Southeast Asia" in captured.out  # the next question is still answered
    log = failure_log_path().read_text()
    assert "answering 'g7 or g20, which matters more?'" in log and "AssertionError: engine broke" in log

    assert main(["ask", "--json", "g7?", "What is ASEAN?"]) == 1
    failed, answered = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert failed == {"question": "g7?", "error": "could not answer"} and answered["sources"]
