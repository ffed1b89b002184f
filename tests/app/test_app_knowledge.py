"""Reloading the knowledge base (`/reload`, the palette, watching the folders) and
"why this answer?".

Reload tests use their own index cache folder: a reload writes a new index and the engine
then removes the others, which would evict the index the other tests share.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from app_helpers import answers, chat, palette, questions, record_notifications, settle, submit, wait_for, wait_reloaded
from tutor.answering.engine import Tutor
from tutor.app.app import TutorApp
from tutor.app.completion import suggest
from tutor.app.screens.chat import ChatScreen
from tutor.app.screens.help import HelpScreen
from tutor.app.screens.why import WhyScreen
from tutor.app.widgets.note import Note
from tutor.app.widgets.why_link import WhyLink

SIZE = (100, 32)

NEW_DOCUMENT = """\
---
id: zanzibar-spice-accord
title: Zanzibar Spice Accord (1899)
topic: cases
tags: [spice, clove, treaty]
year: 1899
sources: ["Invented for the app's tests"]
---
# Zanzibar Spice Accord

## Overview
The Zanzibar Spice Accord was a treaty signed in 1899 by the Sultan of Zanzibar and three trading states to share the clove harvest. Envoys negotiated it over nine weeks.
"""


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    return cache


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    extra = tmp_path / "extra-knowledge"
    extra.mkdir()
    return extra


def reloaded(notes: list[tuple[str, str, str]]) -> list[str]:
    return [message for _, title, message in notes if title == "Knowledge reloaded"]


async def test_reload_command_picks_up_a_new_knowledge_file(tutor: Tutor, folder: Path, own_cache: Path) -> None:
    documents = len(tutor.retriever.documents)
    app = TutorApp(tutor=tutor, extra_knowledge_dirs=[folder], watch_interval=None)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "Who shared the clove harvest under the Zanzibar Spice Accord?")
        assert all(s.id != "zanzibar-spice-accord" for s in answers(app)[-1].sources)

        (folder / "zanzibar-spice-accord.md").write_text(NEW_DOCUMENT, encoding="utf-8")
        await pilot.press(*"/rel", "tab")  # completed
        assert chat(app).prompt.value == "/reload"
        await pilot.press("enter")
        assert "Reloading" in str(chat(app).conversation.query(Note).last().render())
        await wait_reloaded(pilot)
        [message] = reloaded(notes)
        assert message.startswith(f"Knowledge updated ({documents + 1} documents)")
        assert "New: Zanzibar Spice Accord (1899)" in message
        assert app.tutor is not tutor and f"{documents + 1} documents" in app.sub_title

        await submit(pilot, "Who shared the clove harvest under the Zanzibar Spice Accord?")
        assert answers(app)[-1].sources[0].id == "zanzibar-spice-accord"
        assert "Zanzibar Spice Accord" in " ".join(chat(app).prompt.prompt_suggester.names)  # completion knows it

        await palette(pilot, "reload knowledge", "Reload knowledge")  # the palette does the same
        await wait_reloaded(pilot)
        assert len(reloaded(notes)) == 2 and reloaded(notes)[-1] == f"Knowledge updated ({documents + 1} documents)"

        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen) and "/reload" in str(app.screen.query_one("#commands").render())


async def test_the_watcher_notices_changed_and_broken_files(tutor: Tutor, folder: Path, own_cache: Path) -> None:
    document = folder / "zanzibar-spice-accord.md"
    document.write_text(NEW_DOCUMENT, encoding="utf-8")
    app = TutorApp(tutor=tutor, extra_knowledge_dirs=[folder], watch_interval=None)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        assert not app.check_knowledge_files()  # nothing changed since it started
        document.write_text(NEW_DOCUMENT.replace("nine weeks", "eleven weeks, mostly at night"), encoding="utf-8")
        assert app.check_knowledge_files()  # what the timer calls every few seconds
        await wait_reloaded(pilot)
        [message] = reloaded(notes)
        assert message.startswith(f"Knowledge updated ({len(tutor.retriever.documents) + 1} documents)")
        await submit(pilot, "What was the Zanzibar Spice Accord?")
        assert "eleven weeks" in answers(app)[-1].sources[0].passage
        assert not app.check_knowledge_files()  # quiet again

        (folder / "broken.md").write_text("---\nid: Not Valid\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
        assert app.check_knowledge_files()
        await wait_reloaded(pilot)
        errors = [message for severity, _, message in notes if severity == "error"]
        assert errors and "broken.md" in errors[-1]
        await submit(pilot, "What was the Zanzibar Spice Accord?")
        assert not answers(app)[-1].pending  # still answering


async def test_a_failed_reload_keeps_the_knowledge_in_use(tutor: Tutor, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args: object, **kwargs: object) -> Tutor:
        raise OSError("disk on fire")

    app = TutorApp(tutor=tutor, watch_interval=None)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        monkeypatch.setattr(Tutor, "load", failing)
        await submit(pilot, "/reload")
        await wait_reloaded(pilot)
        assert any(severity == "error" and "disk on fire" in message for severity, _, message in notes)
        assert app.tutor is tutor
        await submit(pilot, "What is ASEAN?")
        assert answers(app)[-1].sources


def test_reload_and_why_are_completed() -> None:
    assert suggest("/rel", []) == "/reload"
    assert suggest("/wh", []) == "/why"


def evidence_text(screen: WhyScreen) -> str:
    return "\n".join(str(s.render()) for s in screen.query(Static))


async def test_why_this_answer_shows_passages_scores_terms_and_the_decision(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor, watch_interval=None)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "Who negociated the Camp David Accords?")
        answer = answers(app)[-1]
        link = answer.query_one(WhyLink)  # beside "Sources"
        await pilot.click(link)
        await wait_for(pilot, lambda: isinstance(app.screen, WhyScreen) and "Answered" in evidence_text(app.screen), "why this answer, drawn")
        screen = app.screen
        assert isinstance(screen, WhyScreen)
        evidence = screen.evidence
        assert evidence.read_as.startswith("who negotiated") and ("negociated", "negotiated") in evidence.typos
        assert evidence.in_scope and len(evidence.passages) == 5
        assert evidence.passages[0].score >= evidence.passages[-1].score
        assert all(p.matched for p in evidence.passages) and "camp" in evidence.terms
        shown = evidence_text(screen)
        assert "Answered" in shown and f"needs {evidence.min_coverage:.0%}" in shown and f"{evidence.passages[0].score:.2f}" in shown
        assert "matched: " in shown and evidence.passages[0].section in shown
        assert all(f"{s.title} › {s.section}" in shown for s in answer.sources)  # what the answer used
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ChatScreen), "back to the chat")

        await submit(pilot, "What is the best pizza in Naples?")  # declined: no sources, no link, but /why says why
        assert not answers(app)[-1].query(WhyLink)
        await submit(pilot, "/why")
        await wait_for(pilot, lambda: isinstance(app.screen, WhyScreen) and "Declined" in evidence_text(app.screen), "why it was declined, drawn")
        assert not app.screen.evidence.in_scope
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ChatScreen), "back to the chat")
        assert questions(app)[-1] == "/why"


async def test_why_is_offered_only_for_answers_from_the_knowledge_base(tutor: Tutor) -> None:
    app = TutorApp(tutor=tutor, watch_interval=None)
    notes = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await submit(pilot, "/why")  # nothing to explain yet
        assert isinstance(app.screen, ChatScreen) and notes[-1][0] == "warning"
        await submit(pilot, "/topics")
        await submit(pilot, "hello")
        assert not any(a.explainable for a in answers(app))
        assert not answers(app)[-1].query(WhyLink)
        await settle(pilot)
