"""The app's plain helpers: completion, prompt history, transcripts, answer text, timeline."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from tutor.app.completion import suggest
from tutor.app.history import MAX_ENTRIES, PromptHistory
from tutor.app.transcript import Turn, save_transcript, transcript_markdown
from tutor.app.widgets.timeline import era_of, events_of
from tutor.app.widgets.tutor_answer import answer_body

NAMES = ["ASEAN", "Camp David Accords", "Track one basics", "Treaty of Versailles"]


def test_suggest_completes_commands() -> None:
    assert suggest("/to", NAMES) == "/topics"
    assert suggest("/SA", NAMES) == "/save"
    assert suggest("/topics", NAMES) is None
    assert suggest("/topics x", NAMES) is None
    assert suggest("/zzz", NAMES) is None


def test_suggest_completes_names_at_the_end_keeping_what_was_typed() -> None:
    assert suggest("Tell me about the camp", NAMES) == "Tell me about the Camp David Accords"
    assert suggest("WHAT IS ase", NAMES) == "WHAT IS ASEAN"
    assert suggest("What is tr", NAMES) is None  # too short to guess
    assert suggest("What is trea", NAMES) == "What is Treaty of Versailles"
    assert suggest("", NAMES) is None
    assert suggest("ASEAN", NAMES) is None  # already complete


def test_history_walks_back_and_forth_keeping_the_draft() -> None:
    history = PromptHistory()
    for entry in ["one", "two", "two", "  ", "three"]:
        history.add(entry)
    assert history.entries == ["one", "two", "three"]
    assert history.older("draft") == "three"
    assert history.older("three") == "two"
    assert history.older("two") == "one"
    assert history.older("one") is None
    assert history.newer() == "two"
    assert history.newer() == "three"
    assert history.newer() == "draft"
    assert history.newer() is None


def test_history_is_saved_bounded_and_survives_a_bad_file(tmp_path: Path) -> None:
    history = PromptHistory()
    for number in range(MAX_ENTRIES + 10):
        history.add(f"q{number}")
    history.save(tmp_path)
    loaded = PromptHistory.load(tmp_path)
    assert len(loaded.entries) == MAX_ENTRIES and loaded.entries[-1] == f"q{MAX_ENTRIES + 9}"
    (tmp_path / "prompt-history.json").write_text("{not json", encoding="utf-8")
    assert PromptHistory.load(tmp_path).entries == []
    assert PromptHistory.load(tmp_path / "missing").entries == []


def test_transcript_markdown_quotes_the_learner_and_keeps_the_answer(tmp_path: Path) -> None:
    turns = [Turn("What is ASEAN?\n# not a heading", "ASEAN is...\n\nSources: ASEAN › Overview", ["ASEAN › Overview"], ["Tell me about NATO"])]
    when = datetime(2026, 1, 2, 3, 4, 5)
    text = transcript_markdown(turns, when)
    assert "> What is ASEAN?\n> # not a heading" in text
    assert "Sources: ASEAN › Overview" in text and "- Tell me about NATO" in text
    first = save_transcript(turns, tmp_path, when)
    second = save_transcript(turns, tmp_path, when)
    assert first.name == "conversation-20260102-030405.md" and second.name == "conversation-20260102-030405-2.md"
    assert first.read_text(encoding="utf-8") == text


def test_answer_body_drops_the_sources_line_and_listed_follow_ups() -> None:
    assert answer_body("Text.\n\nSources: A › B; C › D", True) == "Text."
    assert answer_body("Text.\n\nSources: A › B", False) == "Text.\n\nSources: A › B"
    assert answer_body("Not mine.\n\nTry:\n\n- One?\n- Two?", False, ["One?", "Two?"]) == "Not mine.\n\nTry:"


def test_timeline_events_are_dated_documents_in_order() -> None:
    def doc(doc_id: str, year: int | None) -> SimpleNamespace:
        return SimpleNamespace(id=doc_id, title=doc_id.title(), short_title=doc_id, topic="cases", summary="", year=year)

    events = events_of([doc("b", 1978), doc("a", None), doc("c", 1648), doc("d", 1978)])  # type: ignore[list-item]
    assert [(e.year, e.doc_id) for e in events] == [(1648, "c"), (1978, "b"), (1978, "d")]
    assert era_of(1648) != era_of(1978) and era_of(1962) == era_of(1989)
